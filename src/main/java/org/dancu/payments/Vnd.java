package org.dancu.payments;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount in Vietnamese dong. The dong has no minor unit, so an amount is a whole number of dong,
 * never negative; an ISO 20022 amount with a fractional part is refused, not rounded.
 */
public record Vnd(long dong) implements Comparable<Vnd> {

    public static final Vnd ZERO = new Vnd(0);
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    public Vnd {
        if (dong < 0) {
            throw new IllegalArgumentException("an amount in dong is never negative: " + dong);
        }
    }

    public static Vnd of(long dong) {
        return new Vnd(dong);
    }

    /**
     * An amount as an ISO 20022 message or a decision writes it; {@code 150000} and {@code 150000.00}
     * are whole dong, {@code 150000.5} is refused.
     *
     * @throws IllegalArgumentException when it is negative, has a fractional part or does not fit
     */
    public static Vnd of(BigDecimal amount) {
        BigDecimal whole = amount.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new IllegalArgumentException("an amount in VND has no decimals: " + amount.toPlainString());
        }
        return new Vnd(whole.longValueExact());
    }

    /**
     * An amount as a person or a decision's list writes it: {@code 500000}, or grouped by thousands the
     * Vietnamese or the English way ({@code 500.000}, {@code 500,000}); {@code 150000,5} and {@code 150000.5}
     * have decimals and are refused.
     *
     * @throws IllegalArgumentException when it is not a number, is negative or has a fractional part
     */
    public static Vnd parse(String written) {
        String text = written == null ? "" : written.strip().replace(" ", "");
        if (THOUSANDS.matcher(text).matches()) {
            return of(Long.parseLong(text.replaceAll("[.,]", "")));
        }
        try {
            return of(new BigDecimal(text.replace(',', '.')));
        } catch (ArithmeticException tooLarge) {
            throw new IllegalArgumentException("not an amount in dong", tooLarge);
        }
    }

    public Vnd plus(Vnd other) {
        return new Vnd(Math.addExact(dong, other.dong));
    }

    public Vnd times(long factor) {
        return new Vnd(Math.multiplyExact(dong, factor));
    }

    /** As ISO 20022 writes it: digits only, no decimals. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(dong);
    }

    @Override
    public int compareTo(Vnd other) {
        return Long.compare(dong, other.dong);
    }

    @Override
    public String toString() {
        return dong + " VND";
    }
}
