package org.dancu.exchange.partners;

import java.util.Optional;
import java.util.function.Function;

import org.dancu.civil.PartialDate;
import org.dancu.civil.ParseResult;
import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;
import org.dancu.register.IdentityFacts;

/**
 * The person attributes a partner may verify or receive, by their API name. Names and addresses
 * compare after Vietnamese normalisation and case folding, dates and sex by meaning (so
 * "01/05/1990" matches "1990-05-01", "Nữ" matches "F"), codes exactly.
 */
public enum Attribute {
    FULL_NAME("fullName", IdentityFacts::fullName, Comparison.TEXT),
    BIRTH_DATE("birthDate", IdentityFacts::birthDate, Comparison.DATE),
    SEX("sex", IdentityFacts::sex, Comparison.SEX),
    ETHNICITY("ethnicity", IdentityFacts::ethnicity, Comparison.CODE),
    NATIONALITY("nationality", IdentityFacts::nationality, Comparison.CODE),
    COMMUNE_CODE("communeCode", IdentityFacts::communeCode, Comparison.CODE),
    ADDRESS("address", IdentityFacts::address, Comparison.TEXT),
    ALIVE("alive", facts -> Boolean.toString(facts.alive()), Comparison.CODE);

    private enum Comparison { TEXT, DATE, SEX, CODE }

    private final String apiName;
    private final Function<IdentityFacts, String> value;
    private final Comparison comparison;

    Attribute(String apiName, Function<IdentityFacts, String> value, Comparison comparison) {
        this.apiName = apiName;
        this.value = value;
        this.comparison = comparison;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<Attribute> byApiName(String name) {
        for (Attribute attribute : values()) {
            if (attribute.apiName.equals(name)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    public String valueOf(IdentityFacts person) {
        return value.apply(person);
    }

    /** Does the value a partner holds agree with the register's? A missing value on either side never does. */
    public boolean matches(IdentityFacts person, String claimed) {
        String held = valueOf(person);
        if (held == null || claimed == null || claimed.isBlank()) {
            return false;
        }
        return switch (comparison) {
            case TEXT -> VietnameseText.fold(held).equals(VietnameseText.fold(claimed));
            case CODE -> held.strip().equalsIgnoreCase(claimed.strip());
            case DATE -> same(PartialDate.parse(held), PartialDate.parse(claimed));
            case SEX -> same(Sex.parse(held), Sex.parse(claimed));
        };
    }

    private static <T> boolean same(ParseResult<T, ?> held, ParseResult<T, ?> claimed) {
        return held.isValid() && claimed.isValid() && held.value().equals(claimed.value());
    }
}
