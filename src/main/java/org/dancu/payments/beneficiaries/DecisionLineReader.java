package org.dancu.payments.beneficiaries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;

import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentRefusedException;
import org.dancu.payments.Programme;
import org.dancu.payments.ProgrammeCode;
import org.dancu.payments.ProgrammeKind;
import org.dancu.payments.Programmes;
import org.dancu.payments.Vnd;
import org.springframework.stereotype.Component;

/**
 * Reads a decision's line, typed or imported, into a {@link DecisionLine}, or refuses it naming the first fault
 * ({@code payments.beneficiaries.refused.*}): an unknown programme or one not in force on the start day, a
 * missing name or decision, a day that does not exist, a coefficient with more than two decimals, months that
 * are not a whole number of the school year's, an amount with decimals (the dong has none) or not the formula's,
 * an unknown channel. Numbers may be written the Vietnamese way ({@code 1,5}; {@code 500.000}).
 */
@Component
class DecisionLineReader {

    static final int MOST_MONTHS = 9;
    private static final BigDecimal MOST_COEFFICIENT = new BigDecimal("99.99");
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Programmes programmes;

    DecisionLineReader(Programmes programmes) {
        this.programmes = programmes;
    }

    /** The programme of a checked line, as in force on its start day. */
    Programme programmeOf(DecisionLine line) {
        return programmes.find(line.programme(), line.startsOn())
                .orElseThrow(() -> new PaymentRefusedException("payments.beneficiaries.refused.programme"));
    }

    DecisionLine read(DecisionInput input) {
        String name = text(input.fullName());
        if (name.isEmpty()) {
            throw refused("name");
        }
        String decisionRef = text(input.decisionRef());
        if (decisionRef.isEmpty()) {
            throw refused("decision");
        }
        LocalDate decisionDate = date(input.decisionDate());
        LocalDate startsOn = text(input.startsOn()).isEmpty() ? decisionDate : date(input.startsOn());
        Programme programme = programme(input.programme(), startsOn);
        ProgrammeKind kind = programme.kind();
        boolean perCoefficient = kind == ProgrammeKind.MONTHLY_ASSISTANCE || kind == ProgrammeKind.SOCIAL_PENSION;
        BigDecimal coefficient = perCoefficient ? coefficient(input.coefficient()) : null;
        Integer months = kind == ProgrammeKind.STUDY_SUPPORT ? months(input.months()) : null;
        if (!text(input.amount()).isEmpty()) {
            Vnd stated = amount(input.amount());
            if (!stated.equals(programme.rule().amountFor(kind, coefficient, months))) {
                throw refused("amount");
            }
        }
        return new DecisionLine(programme.code(), text(input.pin()), name, text(input.birthDate()),
                text(input.communeCode()), coefficient, months, decisionRef, decisionDate, startsOn,
                channel(input.channel()));
    }

    private Programme programme(String text, LocalDate on) {
        String code = text(text).toUpperCase(Locale.ROOT);
        try {
            return programmes.find(new ProgrammeCode(code), on).orElseThrow(() -> refused("programme"));
        } catch (IllegalArgumentException notACode) {
            throw refused("programme");
        }
    }

    private static BigDecimal coefficient(String text) {
        BigDecimal coefficient = number(text, "coefficient");
        if (coefficient.signum() <= 0 || coefficient.stripTrailingZeros().scale() > 2
                || coefficient.compareTo(MOST_COEFFICIENT) > 0) {
            throw refused("coefficient");
        }
        return coefficient.setScale(2);
    }

    private static Integer months(String text) {
        BigDecimal months = number(text, "months");
        if (months.stripTrailingZeros().scale() > 0 || months.compareTo(BigDecimal.ONE) < 0
                || months.compareTo(BigDecimal.valueOf(MOST_MONTHS)) > 0) {
            throw refused("months");
        }
        return months.intValueExact();
    }

    private static Vnd amount(String text) {
        try {
            return Vnd.parse(text);
        } catch (IllegalArgumentException notWhole) {
            throw refused("amount-decimals");
        }
    }

    private static BigDecimal number(String text, String what) {
        try {
            return new BigDecimal(text(text).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw refused(what);
        }
    }

    private static LocalDate date(String text) {
        String written = text(text);
        try {
            return written.contains("/") ? LocalDate.parse(written, VIETNAMESE) : LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            throw refused("date");
        }
    }

    private static PayChannel channel(String text) {
        String written = text(text).toUpperCase(Locale.ROOT);
        if (written.isEmpty()) {
            return PayChannel.BANK_ACCOUNT;
        }
        return Arrays.stream(PayChannel.values()).filter(c -> c.name().equals(written)).findFirst()
                .orElseThrow(() -> refused("channel"));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static PaymentRefusedException refused(String what) {
        return new PaymentRefusedException("payments.beneficiaries.refused." + what);
    }
}
