package org.dancu.web;

import java.util.Locale;
import java.util.Set;

import org.dancu.civil.CountryNames;
import org.dancu.civil.ProvinceTime;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * What every template reads civil values through: {@code #times}, dates and times in the province's
 * zone and the Vietnamese order ({@code ${#times.dateTime(job.createdAt)}}; Thymeleaf's own
 * {@code #temporals} uses the server's zone and each template's pattern, which is how pages came to
 * disagree), and {@code #countries}, a nationality code by its name in the page's language.
 */
@Component
class ReadingDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String TIMES = "times";
    static final String COUNTRIES = "countries";

    private final ProvinceTime time;

    ReadingDialect(ProvinceTime time) {
        super("dancu-reading");
        this.time = time;
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
                return Set.of(TIMES, COUNTRIES);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return switch (expressionObjectName) {
                    case TIMES -> time;
                    case COUNTRIES -> new Countries(context.getLocale());
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
