package org.dancu.locality.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dancu.locality.AdministrativeUnit;
import org.dancu.locality.CurrentCommune;
import org.dancu.locality.Localities;
import org.dancu.locality.Resolution;
import org.dancu.locality.UnitLevel;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@link Localities} over the {@code locality} tables, read once into memory: the data changes
 * only when a new release loads other reference data, and that happens at start-up.
 */
@Service
class JdbcLocalities implements Localities, SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final LocalityDataLoader loader;
    private final LocalityProperties properties;
    private volatile LocalityIndex index;

    JdbcLocalities(JdbcClient jdbc, LocalityDataLoader loader, LocalityProperties properties) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.properties = properties;
    }

    /** A misconfigured province stops the start rather than failing on the first request. */
    @Override
    public void afterSingletonsInstantiated() {
        deploymentProvince();
    }

    @Override
    public Optional<Resolution> resolve(String code) {
        return index().resolve(code);
    }

    @Override
    public Optional<Resolution> resolve(String code, LocalDate asOf) {
        return index().resolve(code, asOf);
    }

    @Override
    public CurrentCommune currentCommune(String code, LocalDate on) {
        return index().currentCommune(code, on);
    }

    @Override
    public List<AdministrativeUnit> children(String code, LocalDate asOf) {
        return index().children(code, asOf);
    }

    @Override
    public List<AdministrativeUnit> search(String text, LocalDate asOf, int limit) {
        return index().search(text, asOf, limit);
    }

    @Override
    public AdministrativeUnit deploymentProvince() {
        String code = properties.province();
        Resolution resolution = index().resolve(code)
                .filter(r -> r.unit().level() == UnitLevel.PROVINCE && !r.currentSuccessors().isEmpty())
                .orElseThrow(() -> new IllegalStateException("dancu.locality.province (DANCU_PROVINCE) = '" + code
                        + "' is not the code of a province"));
        return resolution.currentSuccessors().get(0);
    }

    @Override
    public boolean withinDeployment(String code) {
        return index().within(code, deploymentProvince().code());
    }

    @Override
    public List<AdministrativeUnit> predecessors(String currentCommuneCode) {
        return index().predecessors(currentCommuneCode);
    }

    private LocalityIndex index() {
        LocalityIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    loader.ensureLoaded();
                    index = read();
                }
                current = index;
            }
        }
        return current;
    }

    private LocalityIndex read() {
        List<AdministrativeUnit> units = jdbc.sql("""
                        SELECT code, name, full_name, name_en, type, level, parent_code, valid_from, valid_until
                        FROM locality.unit""")
                .query((rs, row) -> new AdministrativeUnit(rs.getString("code"), rs.getString("name"),
                        rs.getString("full_name"), rs.getString("name_en"), rs.getString("type"),
                        UnitLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class)))
                .list();
        List<LocalityIndex.Link> links = jdbc.sql("SELECT old_code, new_code, partial FROM locality.commune_succession")
                .query((rs, row) -> new LocalityIndex.Link(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
        Map<String, String> provinces = new HashMap<>();
        jdbc.sql("SELECT old_code, new_code FROM locality.province_succession")
                .query(rs -> {
                    provinces.put(rs.getString(1), rs.getString(2));
                });
        return new LocalityIndex(units, links, provinces);
    }
}
