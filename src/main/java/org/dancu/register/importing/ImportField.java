package org.dancu.register.importing;

import java.util.List;
import java.util.Locale;

import org.dancu.civil.CivilColumn;
import org.dancu.tabular.FieldSchema;
import org.dancu.tabular.IntakeField;

/**
 * The person fields an import file can fill, each a civil column whose header texts suggest it
 * ({@link CivilColumn}, recognised by {@link org.dancu.civil.ColumnHeaders}, as cleansing's upload
 * recognises them). An export writes {@link #column()} as its header, so an exported file maps itself
 * when imported again.
 */
public enum ImportField implements IntakeField {
    PIN(true, CivilColumn.PIN),
    FULL_NAME(true, CivilColumn.FULL_NAME),
    BIRTH_DATE(true, CivilColumn.BIRTH_DATE),
    SEX(true, CivilColumn.SEX),
    COMMUNE_CODE(true, CivilColumn.COMMUNE_CODE),
    OLD_ID(false, CivilColumn.OLD_ID),
    ETHNICITY(false, CivilColumn.ETHNICITY),
    RELIGION(false, CivilColumn.RELIGION),
    NATIONALITY(false, CivilColumn.NATIONALITY),
    ADDRESS(false, CivilColumn.ADDRESS),
    OTHER_NAMES(false, CivilColumn.OTHER_NAMES),
    HOME_TOWN(false, CivilColumn.HOME_TOWN),
    FATHER_NAME(false, CivilColumn.FATHER_NAME),
    MOTHER_NAME(false, CivilColumn.MOTHER_NAME);

    /** The register's schema for the intake of tabular files: every field, the first five required. */
    public static final FieldSchema<ImportField> SCHEMA = new FieldSchema<>() {
        @Override
        public List<ImportField> fields() {
            return List.of(values());
        }

        @Override
        public boolean requires(ImportField field) {
            return field.required;
        }
    };

    private final boolean required;
    private final CivilColumn civil;

    ImportField(boolean required, CivilColumn civil) {
        this.required = required;
        this.civil = civil;
    }

    public boolean required() {
        return required;
    }

    /** The column name an export writes and the CLI's {@code --mapping} accepts: {@code full_name}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String key() {
        return column();
    }

    public String messageKey() {
        return "register.import.field." + column();
    }

    /** The header texts that name the field besides {@link #column()}. */
    @Override
    public List<String> headers() {
        return civil.headers();
    }
}
