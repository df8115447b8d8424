package org.dancu.payments.beneficiaries;

import java.util.List;
import java.util.Locale;

import org.dancu.civil.CivilColumn;
import org.dancu.tabular.FieldSchema;
import org.dancu.tabular.IntakeField;

/**
 * The columns of a decision's list of beneficiaries: the person as the decision names them (civil's columns,
 * recognised as the register's import recognises them), the programme, the figure of its formula, the decision
 * and the way of payment. The person's ID may be missing: the linkage engine then finds them.
 */
enum DecisionField implements IntakeField {
    PROGRAMME(true, "chuong trinh", "ma chuong trinh", "programme", "program"),
    PIN(false, CivilColumn.PIN.headers()),
    FULL_NAME(true, CivilColumn.FULL_NAME.headers()),
    BIRTH_DATE(false, CivilColumn.BIRTH_DATE.headers()),
    COMMUNE_CODE(false, CivilColumn.COMMUNE_CODE.headers()),
    COEFFICIENT(false, "he so", "he so tro cap", "coefficient"),
    MONTHS(false, "so thang", "so thang ho tro", "months"),
    AMOUNT(false, "so tien", "muc tro cap", "muc huong", "amount"),
    DECISION_REF(true, "so quyet dinh", "quyet dinh", "decision", "decision number"),
    DECISION_DATE(true, "ngay quyet dinh", "ngay ky", "decision date"),
    STARTS_ON(false, "huong tu ngay", "ngay huong", "tu ngay", "starts on", "paid from"),
    CHANNEL(false, "hinh thuc nhan", "hinh thuc chi tra", "channel");

    static final FieldSchema<DecisionField> SCHEMA = new FieldSchema<>() {
        @Override
        public List<DecisionField> fields() {
            return List.of(values());
        }

        @Override
        public boolean requires(DecisionField field) {
            return field.required;
        }
    };

    private final boolean required;
    private final List<String> headers;

    DecisionField(boolean required, String... headers) {
        this(required, List.of(headers));
    }

    DecisionField(boolean required, List<String> headers) {
        this.required = required;
        this.headers = headers;
    }

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<String> headers() {
        return headers;
    }
}
