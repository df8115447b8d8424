package org.dancu.locality.internal;

import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dancu.civil.VietnameseText;
import org.dancu.locality.AdministrativeUnit;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the {@code locality} tables from the bundled reference data when they are empty or hold
 * another version, in one transaction: readers see either the old data or the new, never a mix,
 * and a failure changes nothing. An advisory lock keeps two instances starting together from
 * loading twice.
 */
@Component
class LocalityDataLoader implements SmartInitializingSingleton {

    static final String BUNDLED_DATA = "classpath:locality/";

    private static final Logger log = LoggerFactory.getLogger(LocalityDataLoader.class);
    /** Any constant will do, as long as no other module locks on it. */
    private static final long LOCK_KEY = 0x6c6f63616c697479L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ResourceLoader resources;
    private final String location;
    private volatile boolean loaded;

    @Autowired
    LocalityDataLoader(DataSource dataSource, PlatformTransactionManager transactionManager, ResourceLoader resources) {
        this(dataSource, transactionManager, resources, BUNDLED_DATA);
    }

    /** Loads from another directory of reference files than the bundled one. */
    LocalityDataLoader(DataSource dataSource, PlatformTransactionManager transactionManager, ResourceLoader resources,
                       String location) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.resources = resources;
        this.location = location;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureLoaded();
    }

    /** Makes sure the tables hold the bundled version; cheap after the first call. */
    void ensureLoaded() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    loadIfChanged();
                    loaded = true;
                }
            }
        }
    }

    /** Replaces the tables' contents when they hold another version; returns whether it did. */
    boolean loadIfChanged() {
        ReferenceData data = ReferenceData.load(resources, location);
        Boolean replaced = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, row) -> 1).list();
            List<String> present = jdbc.sql("SELECT version FROM locality.dataset").query(String.class).list();
            if (present.equals(List.of(data.version()))) {
                return false;
            }
            replace(data);
            return true;
        });
        return Boolean.TRUE.equals(replaced);
    }

    private void replace(ReferenceData data) {
        long start = System.nanoTime();
        CommuneSuccession succession = CommuneSuccession.derive(data);
        for (String table : List.of("scope_commune", "commune_succession", "province_succession", "unit", "dataset")) {
            jdbc.sql("DELETE FROM locality." + table).update();
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            int units = unitRows(data).copyInto(connection);
            provinceRows(data.provinceSuccession()).copyInto(connection);
            int links = communeRows(succession.links()).copyInto(connection);
            int scopes = scopeRows(ScopeCommunes.derive(data, succession.links())).copyInto(connection);
            jdbc.sql("INSERT INTO locality.dataset (version, loaded_at) VALUES (?, ?)")
                    .params(data.version(), OffsetDateTime.now()).update();
            CommuneSuccession.Coverage coverage = succession.coverage();
            log.info("Loaded locality data {}: {} units, {} commune links ({} of {} old communes have a successor), "
                            + "{} scope rows in {} ms", data.version(), units, links, coverage.withSuccessor(),
                    coverage.oldCommunes(), scopes, (System.nanoTime() - start) / 1_000_000);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static CopyRows unitRows(ReferenceData data) {
        CopyRows rows = new CopyRows("locality.unit (code, valid_from, valid_until, level, type, name, full_name, "
                + "name_en, parent_code, folded_name, search_key)");
        for (List<AdministrativeUnit> set : List.of(data.threeLevelUnits(), data.twoLevelUnits())) {
            for (AdministrativeUnit unit : set) {
                rows.field(unit.code()).field(unit.validFrom()).field(unit.validUntil()).field(unit.level())
                        .field(unit.type()).field(unit.name()).field(unit.fullName()).field(unit.nameEn())
                        .field(unit.parentCode()).field(VietnameseText.fold(unit.name()))
                        .field(VietnameseText.asciiKey(unit.name())).endRow();
            }
        }
        return rows;
    }

    private static CopyRows provinceRows(Map<String, String> succession) {
        CopyRows rows = new CopyRows("locality.province_succession (old_code, new_code)");
        succession.forEach((oldCode, newCode) -> rows.field(oldCode).field(newCode).endRow());
        return rows;
    }

    private static CopyRows scopeRows(Map<String, Set<String>> scopes) {
        CopyRows rows = new CopyRows("locality.scope_commune (scope_code, commune_code)");
        scopes.forEach((scope, communes) -> communes.forEach(commune -> rows.field(scope).field(commune).endRow()));
        return rows;
    }

    private static CopyRows communeRows(List<CommuneSuccession.Link> links) {
        CopyRows rows = new CopyRows("locality.commune_succession (old_code, new_code, partial, method)");
        for (CommuneSuccession.Link link : links) {
            rows.field(link.oldCode()).field(link.newCode()).field(link.partial()).field(link.method()).endRow();
        }
        return rows;
    }
}
