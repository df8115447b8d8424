package org.dancu.web;

import java.util.Set;

import org.dancu.civil.ProvinceTime;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #times} in every template: dates and times in the province's zone and the Vietnamese
 * order ({@code ${#times.dateTime(job.createdAt)}}). Thymeleaf's own {@code #temporals} uses the
 * server's zone and each template's pattern, which is how pages came to disagree.
 */
@Component
class ProvinceTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String NAME = "times";

    private final ProvinceTime time;

    ProvinceTimeDialect(ProvinceTime time) {
        super("dancu-times");
        this.time = time;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? time : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
