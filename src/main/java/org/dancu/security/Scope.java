package org.dancu.security;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What part of the data a staff member may see: a locality subtree (the unit whose code is
 * {@code localityCode} and every commune, old or new, under it) and, for agency officers, one
 * agency. Modules enforce it in their SQL with {@link #communes}, {@link #persons} and {@link #agency}; a scope
 * without a locality grants no locality-bound data at all, and {@link #NONE} grants nothing.
 *
 * @param localityCode GSO code of the scope's root unit (province, former district or commune), or null
 * @param agencyCode   code of the agency the staff member works for, or null
 */
public record Scope(String localityCode, String agencyCode) implements Serializable {

    /** The scope of anyone who is not a signed-in staff member: nothing. */
    public static final Scope NONE = new Scope(null, null);

    /** Parameter names the conditions bind; a query must not use them for anything else. */
    public static final String LOCALITY_PARAMETER = "scope_locality";
    public static final String AGENCY_PARAMETER = "scope_agency";

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    /**
     * Restricts rows to the scope's communes: {@code column} must hold a commune code (old or
     * new). Without a locality the condition is {@code FALSE}, so an officer whose scope was
     * never set sees nothing rather than everything.
     *
     * @param column the commune-code column, optionally qualified ({@code p.commune_code}); never user input
     */
    public SqlCondition communes(String column) {
        checkColumn(column);
        if (localityCode == null) {
            return SqlCondition.NOTHING;
        }
        return new SqlCondition(column + " IN (SELECT commune_code FROM locality.scope_commune WHERE scope_code = :"
                + LOCALITY_PARAMETER + ")", Map.of(LOCALITY_PARAMETER, localityCode));
    }

    /**
     * Restricts rows of the population register to the persons the staff member may reach: those of
     * the scope's communes and, for an agency officer, only those linked to a record of one of the
     * agency's own sector datasets (the cleansing module's contract view {@code cleansing.agency_person});
     * an agency officer reaches nobody else through the register (docs/security.md, "Agency officers").
     *
     * @param personColumn  the person-id column, optionally qualified ({@code p.person_id}); never user input
     * @param communeColumn the commune-code column, as for {@link #communes}; never user input
     */
    public SqlCondition persons(String personColumn, String communeColumn) {
        SqlCondition inCommunes = communes(communeColumn);
        checkColumn(personColumn);
        if (agencyCode == null) {
            return inCommunes;
        }
        return inCommunes.and(new SqlCondition(personColumn + " IN (SELECT a.person_id FROM cleansing.agency_person a"
                + " WHERE a.agency_code = :" + AGENCY_PARAMETER + ")", Map.of(AGENCY_PARAMETER, agencyCode)));
    }

    /**
     * Restricts rows to the scope's agency: {@code column} must hold an agency code. A scope
     * with a locality but no agency (province and commune officers) is not restricted by agency;
     * a scope with neither sees nothing.
     *
     * @param column the agency-code column, optionally qualified; never user input
     */
    public SqlCondition agency(String column) {
        checkColumn(column);
        if (agencyCode != null) {
            return new SqlCondition(column + " = :" + AGENCY_PARAMETER, Map.of(AGENCY_PARAMETER, agencyCode));
        }
        return localityCode == null ? SqlCondition.NOTHING : SqlCondition.EVERYTHING;
    }

    private static void checkColumn(String column) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
    }
}
