package org.dancu.exchange.partners;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.dancu.civil.PartialDate;
import org.dancu.civil.ParseResult;
import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;
import org.dancu.register.RegisteredPerson;

/**
 * The person attributes a partner may verify or receive, by their API name. Names and addresses
 * compare after Vietnamese normalisation and case folding, dates and sex by meaning (so
 * "01/05/1990" matches "1990-05-01", "Nữ" matches "F"), codes exactly.
 */
public enum Attribute {
    FULL_NAME("fullName", person -> person.name().fullName(), Comparison.TEXT),
    BIRTH_DATE("birthDate", person -> text(person.birthDate()), Comparison.DATE),
    SEX("sex", person -> person.sex().code(), Comparison.SEX),
    ETHNICITY("ethnicity", person -> person.ethnicity() == null ? null : person.ethnicity().code(), Comparison.CODE),
    NATIONALITY("nationality", RegisteredPerson::nationality, Comparison.CODE),
    COMMUNE_CODE("communeCode", RegisteredPerson::communeCode, Comparison.CODE),
    ADDRESS("address", RegisteredPerson::address, Comparison.TEXT),
    ALIVE("alive", facts -> Boolean.toString(facts.alive()), Comparison.CODE);

    private enum Comparison { TEXT, DATE, SEX, CODE }

    private final String apiName;
    private final Function<RegisteredPerson, String> value;
    private final Comparison comparison;

    Attribute(String apiName, Function<RegisteredPerson, String> value, Comparison comparison) {
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

    /** The known ones among these API names, in the gateway's order; unknown names are left out. */
    public static List<String> inOrder(Collection<String> names) {
        return Arrays.stream(values()).map(Attribute::apiName).filter(names::contains).toList();
    }

    public String valueOf(RegisteredPerson person) {
        return value.apply(person);
    }

    /** Does the value a partner holds agree with the register's? A missing value on either side never does. */
    public boolean matches(RegisteredPerson person, String claimed) {
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

    /** A birth date as partners receive it: ISO 8601 to the precision recorded. */
    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }

    private static <T> boolean same(ParseResult<T, ?> held, ParseResult<T, ?> claimed) {
        return held.isValid() && claimed.isValid() && held.value().equals(claimed.value());
    }
}
