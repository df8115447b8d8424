package org.dancu.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fragment of a SQL {@code WHERE} clause with its named parameters, to be placed in a
 * {@link JdbcClient} query and bound with {@link #bind}. The SQL text never holds a value: values
 * always travel as parameters.
 * <p>
 * The text is always enclosed in parentheses with a space on either side, so it can be placed
 * anywhere a condition can stand, even glued to the text before or after it: a parameter that ends
 * the condition ({@code :scope_agency}) can never run into a following keyword and become
 * {@code :scope_agencyORDER}, and an {@code OR} inside it never escapes the surrounding {@code AND}s.
 *
 * @param sql        the condition, enclosed as described
 * @param parameters the named parameters the condition refers to
 */
public record SqlCondition(String sql, Map<String, Object> parameters) {

    static final SqlCondition NOTHING = new SqlCondition("FALSE", Map.of());
    static final SqlCondition EVERYTHING = new SqlCondition("TRUE", Map.of());

    public SqlCondition {
        sql = " (" + Objects.requireNonNull(sql, "sql").strip() + ") ";
        parameters = Map.copyOf(parameters);
    }

    /** Both conditions; parameters of the same name must carry the same value. */
    public SqlCondition and(SqlCondition other) {
        Map<String, Object> merged = new HashMap<>(parameters);
        other.parameters.forEach((name, value) -> {
            Object previous = merged.putIfAbsent(name, value);
            if (previous != null && !previous.equals(value)) {
                throw new IllegalArgumentException("parameter :" + name + " bound to two different values");
            }
        });
        return new SqlCondition(sql + "AND" + other.sql, merged);
    }

    /** Binds this condition's parameters to a statement whose SQL contains {@link #sql()}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return parameters.isEmpty() ? statement : statement.params(parameters);
    }
}
