package org.dancu.services.flow;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workflow engine's place: every table it reads and writes is named in schema {@code flowable}
 * (made by {@link FlowableSchemaMigration}), on the application's own DataSource and transactions, so a
 * dossier's change and its process's step commit together.
 */
@Configuration(proxyBeanMethods = false)
class FlowConfiguration {

    static final String SCHEMA = "flowable";

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> flowableSchema() {
        return engine -> {
            engine.setDatabaseSchema(SCHEMA);
            engine.setDatabaseTablePrefix(SCHEMA + ".");
            engine.setTablePrefixIsSchema(true);
        };
    }
}
