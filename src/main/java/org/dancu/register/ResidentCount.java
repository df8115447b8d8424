package org.dancu.register;

/**
 * How many living residents the register holds in one commune, as recorded (old or current code)
 * and as the current commune they belong to.
 */
public record ResidentCount(String communeCode, String currentCommuneCode, long persons) {
}
