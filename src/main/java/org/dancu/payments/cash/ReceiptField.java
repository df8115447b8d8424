package org.dancu.payments.cash;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.dancu.tabular.FieldSchema;
import org.dancu.tabular.IntakeField;

/** The columns of the postal operator's receipts file: the line's reference, the receipt's number, the day paid. */
enum ReceiptField implements IntakeField {
    LINE_REF("line_ref", "ma dong", "line", "end_to_end_id", "reference"),
    RECEIPT("receipt", "so bien nhan", "receipt_number", "bien lai"),
    PAID_ON("paid_on", "ngay chi tra", "ngay tra", "paid");

    static final FieldSchema<ReceiptField> SCHEMA = new FieldSchema<>() {
        @Override
        public List<ReceiptField> fields() {
            return List.of(values());
        }

        @Override
        public boolean requires(ReceiptField field) {
            return true;
        }
    };

    private final String key;
    private final List<String> headers;

    ReceiptField(String key, String... headers) {
        this.key = key;
        this.headers = Arrays.asList(headers);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Collection<String> headers() {
        return headers;
    }
}
