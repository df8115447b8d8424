package org.dancu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;

class ScopeTest {

    @Test
    void aLocalityScopeSelectsTheCommunesOfItsSubtreeThroughABoundParameter() {
        SqlCondition condition = new Scope("03334", null).communes("p.commune_code");

        assertThat(condition.sql()).isEqualTo(" (p.commune_code IN (SELECT commune_code FROM locality.scope_commune "
                + "WHERE scope_code = :scope_locality)) ");
        assertThat(condition.parameters()).containsExactly(Map.entry("scope_locality", "03334"));
    }

    @Test
    void withoutALocalityTheLocalityConditionSelectsNothing() {
        assertThat(Scope.NONE.communes("commune_code")).isEqualTo(new SqlCondition("FALSE", Map.of()));
        assertThat(new Scope(null, "SO_YT").communes("commune_code").sql()).isEqualTo(" (FALSE) ");
    }

    @Test
    void anAgencyScopeSelectsItsAgencyOnly() {
        SqlCondition condition = new Scope("11", "SO_NNMT").agency("d.agency_code");

        assertThat(condition.sql()).isEqualTo(" (d.agency_code = :scope_agency) ");
        assertThat(condition.parameters()).containsExactly(Map.entry("scope_agency", "SO_NNMT"));
    }

    @Test
    void aLocalityScopeWithoutAgencyIsNotRestrictedByAgencyButNoScopeSeesNoAgency() {
        assertThat(new Scope("11", null).agency("agency_code").sql()).isEqualTo(" (TRUE) ");
        assertThat(Scope.NONE.agency("agency_code").sql()).isEqualTo(" (FALSE) ");
    }

    @Test
    void columnsMustBePlainIdentifiersSoNoSqlCanBeSmuggledIn() {
        Scope scope = new Scope("11", null);

        assertThatThrownBy(() -> scope.communes("x) OR (1=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scope.agency("a; DROP TABLE t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scope.communes(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conditionsCombineWithTheirParameters() {
        Scope scope = new Scope("094", "SO_YT");

        SqlCondition both = scope.communes("commune_code").and(scope.agency("agency_code"));

        assertThat(both.sql()).isEqualTo(" ((commune_code IN (SELECT commune_code FROM locality.scope_commune "
                + "WHERE scope_code = :scope_locality)) AND (agency_code = :scope_agency)) ");
        assertThat(both.parameters()).containsOnly(Map.entry("scope_locality", "094"),
                Map.entry("scope_agency", "SO_YT"));
    }

    /**
     * A condition is placed in SQL by concatenation, often beside a text block whose leading space
     * Java strips: glued to the keywords around it, its parameters must still be read as exactly its own.
     */
    @Test
    void aConditionGluedToTheKeywordsAroundItKeepsItsParameterNames() {
        Scope scope = new Scope("11", "SO_TC");
        for (SqlCondition condition : List.of(scope.agency("d.agency_code"), scope.communes("r.commune_code"),
                scope.agency("d.agency_code").and(scope.communes("r.commune_code")))) {
            String sql = "SELECT d.agency_code FROM d WHERE" + condition.sql() + "ORDER BY 1";

            assertThat(NamedParameterUtils.buildValueArray(NamedParameterUtils.parseSqlStatement(sql),
                    new MapSqlParameterSource(condition.parameters()), null))
                    .containsExactlyInAnyOrderElementsOf(condition.parameters().values());
        }
    }

    @Test
    void combiningRefusesOneParameterBoundToTwoValues() {
        SqlCondition one = new Scope("03334", null).communes("a.commune_code");
        SqlCondition other = new Scope("03127", null).communes("b.commune_code");

        assertThat(one.and(new Scope("03334", null).communes("b.commune_code")).parameters())
                .containsExactly(Map.entry("scope_locality", "03334"));
        assertThatThrownBy(() -> one.and(other)).isInstanceOf(IllegalArgumentException.class);
    }
}
