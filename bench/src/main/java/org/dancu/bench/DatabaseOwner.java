package org.dancu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.core.env.Environment;

/** The benchmark database's owner (the embedded server's superuser, with its generated password), for set-up work. */
final class DatabaseOwner {

    private DatabaseOwner() {
    }

    static Connection connect(Environment environment) throws SQLException {
        return DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"));
    }
}
