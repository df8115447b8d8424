package org.dancu.locality;

/** The level of an administrative unit. Districts exist only in the hierarchy valid until 30 June 2025. */
public enum UnitLevel {
    PROVINCE,
    DISTRICT,
    /** Any commune-level unit: xã, phường, thị trấn, đặc khu. */
    COMMUNE
}
