package org.dancu.web;

import java.util.Locale;
import java.util.Set;

import org.dancu.civil.CountryNames;
import org.dancu.civil.ProvinceTime;
import org.dancu.security.CurrentStaff;
import org.dancu.security.PinView;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * What every template reads civil values through: {@code #times}, dates and times in the province's
 * zone and the Vietnamese order ({@code ${#times.dateTime(job.createdAt)}}; Thymeleaf's own
 * {@code #temporals} uses the server's zone and each template's pattern, which is how pages came to
 * disagree), {@code #countries}, a nationality code by its name in the page's language, and {@code #pins}, a
 * personal ID whole or masked as the signed-in officer's role sees IDs ({@link PinView}): every ID on every page
 * goes through it.
 */
@Component
class ReadingDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String TIMES = "times";
    static final String COUNTRIES = "countries";
    static final String PINS = "pins";

    private final ProvinceTime time;
    private final CurrentStaff staff;

    ReadingDialect(ProvinceTime time, CurrentStaff staff) {
        super("dancu-reading");
        this.time = time;
        this.staff = staff;
    }

    /** {@code #countries.name(code)} in the language of the page being rendered. */
    record Countries(Locale language) {
        public String name(String code) {
            return CountryNames.of(code, language);
        }
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(TIMES, COUNTRIES, PINS);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return switch (expressionObjectName) {
                    case TIMES -> time;
                    case COUNTRIES -> new Countries(context.getLocale());
                    case PINS -> staff.pinView();
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                // within one rendering; each rendering is one officer's request
                return true;
            }
        };
    }
}
