package org.dancu.audit.internal;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the ledger's writer to its own connection, and its verifier and queries to the application's pool. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    LedgerConnection ledgerConnection(DataSource dataSource) {
        return new LedgerConnection(dataSource);
    }

    @Bean
    LedgerKey ledgerKey(AuditProperties properties) {
        return LedgerKey.of(properties);
    }

    @Bean
    GroupCommitLedger auditLedger(LedgerConnection connection, LedgerKey key, JdbcClient jdbc,
                                  AuditProperties properties, MeterRegistry meters) {
        return new GroupCommitLedger(new ChainAppender(connection.source(), key),
                new LedgerRoleGuard(jdbc, properties.allowOwnerRole()), properties, meters);
    }

    @Bean
    JdbcAuditVerifier auditVerifier(DataSource dataSource, LedgerKey key) {
        return new JdbcAuditVerifier(dataSource, key);
    }

    @Bean
    LedgerSearch auditTrail(JdbcClient jdbc) {
        return new LedgerSearch(jdbc);
    }
}
