package org.dancu.cleansing;

/** "Đúng, đủ, sạch, sống": the four qualities every record is checked on. */
public enum Criterion {
    CORRECT, COMPLETE, CLEAN, LIVE
}
