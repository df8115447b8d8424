package org.dancu.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fragment of a SQL {@code WHERE} clause with its named parameters, to be placed in a
 * {@link JdbcClient} query and bound with {@link #bind}. The SQL text never holds a value: values
 * always travel as parameters.
 *
 * @param sql        the condition, safe to put between {@code AND}s (parenthesised when compound)
 * @param parameters the named parameters the condition refers to
 */
public record SqlCondition(String sql, Map<String, Object> parameters) {

    static final SqlCondition NOTHING = new SqlCondition("FALSE", Map.of());
    static final SqlCondition EVERYTHING = new SqlCondition("TRUE", Map.of());

    public SqlCondition {
        Objects.requireNonNull(sql, "sql");
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
        return new SqlCondition("(" + sql + ") AND (" + other.sql + ")", merged);
    }

    /** Binds this condition's parameters to a statement whose SQL contains {@link #sql()}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return parameters.isEmpty() ? statement : statement.params(parameters);
    }
}
