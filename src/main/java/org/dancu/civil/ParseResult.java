package org.dancu.civil;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a value from untrusted text: either the value, or the reason it was
 * refused. Parsing returns this instead of throwing, because linkage and imports read millions of
 * dirty values and every refusal is an expected outcome that must be counted and explained.
 *
 * <p>A refusal may carry a {@link #detail()} (the length found, the unknown code …) that is safe
 * to log: it never repeats the input. An ambiguous refusal lists the readings it could not choose
 * between in {@link #alternatives()}.
 *
 * @param <T> the parsed type
 * @param <R> the closed set of reasons the type can be refused for
 */
public final class ParseResult<T, R extends Enum<R>> {

    private final T value;
    private final R reason;
    private final String detail;
    private final List<T> alternatives;

    private ParseResult(T value, R reason, String detail, List<T> alternatives) {
        this.value = value;
        this.reason = reason;
        this.detail = detail;
        this.alternatives = alternatives;
    }

    public static <T, R extends Enum<R>> ParseResult<T, R> valid(T value) {
        return new ParseResult<>(Objects.requireNonNull(value, "value"), null, "", List.of());
    }

    public static <T, R extends Enum<R>> ParseResult<T, R> invalid(R reason) {
        return invalid(reason, "");
    }

    public static <T, R extends Enum<R>> ParseResult<T, R> invalid(R reason, String detail) {
        return new ParseResult<>(null, Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(detail, "detail"),
                List.of());
    }

    public static <T, R extends Enum<R>> ParseResult<T, R> ambiguous(R reason, List<T> alternatives) {
        return new ParseResult<>(null, Objects.requireNonNull(reason, "reason"), "", List.copyOf(alternatives));
    }

    public boolean isValid() {
        return reason == null;
    }

    /** The parsed value; asking for it after a refusal is a programming error. */
    public T value() {
        if (reason != null) {
            throw new IllegalStateException("No value: " + describe());
        }
        return value;
    }

    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /** Why the input was refused; asking for it after a success is a programming error. */
    public R reason() {
        if (reason == null) {
            throw new IllegalStateException("The input was valid");
        }
        return reason;
    }

    /** A short, log-safe detail of the refusal (for example the length found), or "". */
    public String detail() {
        return detail;
    }

    /** For an ambiguous input, the readings it allows; otherwise empty. */
    public List<T> alternatives() {
        return alternatives;
    }

    /** For trusted input: the value, or an {@link IllegalArgumentException} naming the reason. */
    public T orElseThrow() {
        if (reason != null) {
            throw new IllegalArgumentException(describe());
        }
        return value;
    }

    /** "valid", or the reason with its detail, e.g. "WRONG_LENGTH (11)". Never contains the input. */
    public String describe() {
        if (reason == null) {
            return "valid";
        }
        return detail.isEmpty() ? reason.name() : reason.name() + " (" + detail + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParseResult<?, ?> that && Objects.equals(value, that.value)
                && reason == that.reason && detail.equals(that.detail) && alternatives.equals(that.alternatives);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, reason, detail, alternatives);
    }

    @Override
    public String toString() {
        return isValid() ? "ParseResult[" + value + "]" : "ParseResult[" + describe() + "]";
    }
}
