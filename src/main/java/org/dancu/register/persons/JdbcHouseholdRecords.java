package org.dancu.register.persons;

import java.util.List;
import java.util.Optional;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.AuditNote;
import org.dancu.audit.Outcome;
import org.dancu.register.HouseholdRecords;
import org.dancu.register.HouseholdView;
import org.dancu.register.PersonProfile.Relative;
import org.dancu.register.internal.AuditActions;
import org.dancu.security.CurrentStaff;
import org.dancu.security.Scope;
import org.dancu.security.SqlCondition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A household in scope, each member shown written to the ledger as a read of that person. */
@Service
class JdbcHouseholdRecords implements HouseholdRecords {

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;

    JdbcHouseholdRecords(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
    }

    private record HouseholdRow(long householdId, Long headPersonId, String communeCode, String address) {
    }

    @Override
    public Optional<HouseholdView> read(long householdId, String origin) {
        Scope scope = currentStaff.scope();
        SqlCondition membersInScope = scope.persons("p.person_id", "p.commune_code");
        SqlCondition inScope = scope.communes("h.commune_code");
        if (scope.agencyCode() != null) {
            // an agency officer reaches a household only through a member linked to the agency's records
            inScope = inScope.and(new SqlCondition("EXISTS (SELECT FROM register.person p WHERE p.household_id"
                    + " = h.household_id AND " + membersInScope.sql() + ")", membersInScope.parameters()));
        }
        Optional<HouseholdRow> household = inScope.bind(jdbc.sql("""
                        SELECT h.household_id, h.head_person_id, h.commune_code, h.address FROM register.household h
                        WHERE h.household_id = :id AND\s""" + inScope.sql()))
                .param("id", householdId)
                .query(HouseholdRow.class)
                .optional();
        if (household.isEmpty()) {
            return Optional.empty();
        }
        List<Relative> members = membersInScope.bind(jdbc.sql("""
                        SELECT p.person_id, p.pin, p.full_name, p.birth_date, p.relation_to_head AS relation
                        FROM register.person p
                        WHERE p.household_id = :id AND\s""" + membersInScope.sql() + """

                        ORDER BY p.relation_to_head <> 'HEAD', p.person_id"""))
                .param("id", householdId)
                .query(Relative.class)
                .list();
        String detail = AuditNote.of("audit.note.shown-on-household", householdId);
        ledger.recordAll(members.stream().map(member -> new AuditEntry(currentStaff.actor(),
                AuditActions.READ, "person", member.pin() != null ? member.pin() : "register:"
                + member.personId(), null, origin, Outcome.SUCCESS, detail)).toList());
        HouseholdRow row = household.get();
        return Optional.of(new HouseholdView(row.householdId(), row.headPersonId(), row.communeCode(), row.address(),
                members));
    }
}
