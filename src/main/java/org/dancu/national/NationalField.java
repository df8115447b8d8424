package org.dancu.national;

/** The fields the national database verifies and returns, by their name on the wire. */
public enum NationalField { FULL_NAME, BIRTH_DATE, SEX, COMMUNE_CODE, ADDRESS, ALIVE, DEATH_DATE }
