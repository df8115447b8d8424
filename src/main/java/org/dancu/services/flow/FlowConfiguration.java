package org.dancu.services.flow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workflow engine's place: every table it reads and writes is named with its schema
 * {@code flowable} (made by migration V46 ({@code db.migration.V46__flowable_engine_tables})), on the application's own DataSource and
 * transactions, so a dossier's change and its process's step commit together. The engine is not given
 * the schema as its own ({@code databaseSchema}): it would set it on the pooled connections it uses,
 * and the other modules' unqualified statements on those connections would no longer find their tables.
 */
@Configuration(proxyBeanMethods = false)
class FlowConfiguration {

    static final String SCHEMA = "flowable";

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> flowableSchema() {
        return engine -> {
            engine.setDatabaseTablePrefix(SCHEMA + ".");
            engine.setTablePrefixIsSchema(true);
        };
    }
}
