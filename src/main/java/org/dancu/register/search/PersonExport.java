package org.dancu.register.search;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.dancu.audit.AuditEntry;
import org.dancu.audit.AuditLedger;
import org.dancu.audit.Outcome;
import org.dancu.civil.Ethnicity;
import org.dancu.civil.Sex;
import org.dancu.civil.VietnameseText;
import org.dancu.register.importing.ImportField;
import org.dancu.security.CurrentStaff;
import org.dancu.security.SqlCondition;
import org.dancu.tabular.Column;
import org.dancu.tabular.Tabular;
import org.dancu.tabular.TabularFormat;
import org.dancu.tabular.TabularWriter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the persons of the officer's scope that match the criteria, streamed from a cursor. The
 * scope is a condition of the query itself. The count is recorded in the ledger before the first
 * row leaves. A file for machines: the columns are the import's field names and the values its
 * codes, so an export can be imported again; an XLSX file says what they mean on a legend sheet
 * in Vietnamese and English.
 */
@Service
class PersonExport {

    static final String ACTION = "register.person.export";
    private static final int FETCH = 2_000;
    private static final List<Locale> LEGEND_LANGUAGES = List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH);
    private static final List<ImportField> FIELDS = List.of(ImportField.PIN, ImportField.FULL_NAME,
            ImportField.BIRTH_DATE, ImportField.SEX, ImportField.ETHNICITY, ImportField.COMMUNE_CODE,
            ImportField.ADDRESS);

    /** What to export; with no name, everybody in scope (narrowed by year and sex when given). */
    public record Criteria(String name, Integer birthYear, Sex sex) {

        String describe() {
            return "name=" + (name == null || name.isBlank() ? "*" : "given") + ", year="
                    + (birthYear == null ? "*" : birthYear) + ", sex=" + (sex == null ? "*" : sex.code());
        }
    }

    private record Rows(String where, Map<String, Object> parameters) {
    }

    private final JdbcClient jdbc;
    private final CurrentStaff currentStaff;
    private final AuditLedger ledger;
    private final TransactionTemplate transaction;
    private final MessageSource messages;

    PersonExport(JdbcClient jdbc, CurrentStaff currentStaff, AuditLedger ledger, TransactionTemplate transaction,
                 MessageSource messages) {
        this.jdbc = jdbc;
        this.currentStaff = currentStaff;
        this.ledger = ledger;
        this.transaction = transaction;
        this.messages = messages;
    }

    /**
     * @param pin how the PIN is shown: in full or masked, as the officer's role allows
     * @return the number of persons written
     */
    public long export(Criteria criteria, TabularFormat format, OutputStream out, UnaryOperator<String> pin,
                       String origin) {
        Rows rows = rows(criteria);
        return transaction.execute(status -> {
            long count = jdbc.sql("SELECT count(*) FROM register.person p WHERE " + rows.where())
                    .params(rows.parameters()).query(Long.class).single();
            ledger.record(new AuditEntry(currentStaff.actor(), ACTION, "person", null, null, origin, Outcome.SUCCESS,
                    criteria.describe() + ", format=" + format.name().toLowerCase(java.util.Locale.ROOT) + ", rows="
                            + count));
            List<Column> columns = FIELDS.stream().map(field -> Column.text(field.column())).toList();
            try (TabularWriter writer = Tabular.writer(out, format, columns, "persons");
                 var stream = jdbc.sql("""
                                 SELECT p.pin, p.full_name, p.birth_date, p.sex, p.ethnicity, p.commune_code, p.address
                                 FROM register.person p WHERE\s""" + rows.where() + " ORDER BY p.commune_code, p.name_key, p.person_id")
                         .withFetchSize(FETCH)
                         .params(rows.parameters())
                         .query((rs, n) -> java.util.Arrays.asList(pin.apply(rs.getString(1)), rs.getString(2),
                                 rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                         .stream()) {
                stream.forEach(writer::row);
                writer.legend(legendText("sheet", LEGEND_LANGUAGES.get(0)), legend());
            }
            return count;
        });
    }

    /**
     * What the columns and codes mean, in Vietnamese and English: what the file is, one line per
     * column, then the ethnicity codes with their names.
     */
    private List<List<String>> legend() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(legendLine("README", "about"));
        FIELDS.forEach(field -> lines.add(legendLine(field.column(), field.column())));
        lines.add(List.of());
        Ethnicity.all().forEach(group -> lines.add(List.of(ImportField.ETHNICITY.column() + " " + group.code(),
                group.name(), group.name())));
        return lines;
    }

    private List<String> legendLine(String first, String key) {
        List<String> line = new ArrayList<>(List.of(first));
        LEGEND_LANGUAGES.forEach(language -> line.add(legendText(key, language)));
        return line;
    }

    private String legendText(String key, Locale language) {
        return messages.getMessage("register.export.legend." + key, null, language);
    }

    private Rows rows(Criteria criteria) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        JdbcPersonSearch.filter(criteria.name() == null ? "" : VietnameseText.asciiKey(criteria.name()),
                criteria.birthYear(), criteria.sex(), conditions, parameters);
        SqlCondition inScope = currentStaff.scope().persons("p.person_id", "p.commune_code");
        conditions.add(inScope.sql());
        parameters.putAll(inScope.parameters());
        return new Rows(String.join(" AND ", conditions), parameters);
    }
}
