package org.dancu;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProductionProfileTests {

    @Test
    void refusesToStartWithoutAnExternalDatabase() {
        SpringApplicationBuilder production = new SpringApplicationBuilder(DancuApplication.class)
                .profiles("prod")
                .web(WebApplicationType.NONE);

        assertThatThrownBy(production::run)
                .isInstanceOf(DatabaseEnvironment.MissingDatabaseException.class)
                .hasMessageContaining("DANCU_DB_URL")
                .hasMessageContaining("never starts the embedded PostgreSQL");
    }
}
