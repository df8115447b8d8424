package org.dancu.services.work;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the dossier page reads beside the dossier itself: whether the officer reaches it, which legs they handle, its timeline. */
@Component
class DossierPageQuery {

    /** One thing that happened: {@code kind} is a key under {@code services.timeline.}. */
    record Moment(Instant at, String legKey, String actor, String kind, String note) {
    }

    private final JdbcClient jdbc;

    DossierPageQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys of the dossier's legs meeting the condition over {@code services.leg l}. */
    Set<String> legs(String code, SqlCondition legs) {
        return Set.copyOf(legs.bind(jdbc.sql("SELECT l.leg_key FROM services.leg l WHERE l.dossier_code = :code AND"
                + legs.sql())).param("code", code).query(String.class).list());
    }

    /** What happened to the dossier, in order. */
    List<Moment> timeline(String code) {
        return jdbc.sql("SELECT at, leg_key, actor, kind, note FROM services.timeline WHERE dossier_code = :code"
                        + " ORDER BY id")
                .param("code", code)
                .query((rs, i) -> new Moment(rs.getObject(1, Timestamp.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }
}
