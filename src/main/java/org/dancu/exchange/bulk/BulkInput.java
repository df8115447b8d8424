package org.dancu.exchange.bulk;

import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dancu.exchange.gateway.ExchangeError;
import org.dancu.exchange.gateway.ExchangeRefusal;

/**
 * A bulk upload: a header {@code pin,<attribute>,…} naming attributes by their API names, then one
 * row per person to verify. Rows keep their number (1 = first after the header) so results can
 * be matched without echoing anything the partner sent.
 */
record BulkInput(List<String> attributes, List<List<String>> rows) {

    BulkInput {
        attributes = List.copyOf(attributes);
    }

    /**
     * @throws ExchangeRefusal {@code malformed} for an unreadable file or header, {@code too-large}
     *                         for more than {@code maxRows} rows
     */
    static BulkInput parse(String csv, int maxRows) {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).ofCsvRecord(csv)) {
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                } else if (rows.size() == maxRows) {
                    throw new ExchangeRefusal(ExchangeError.TOO_LARGE);
                } else {
                    rows.add(record.getFields());
                }
            }
        } catch (CsvParseException | java.io.IOException e) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        if (header == null || header.size() < 2 || !"pin".equals(header.get(0)) || rows.isEmpty()
                || header.stream().distinct().count() != header.size()) {
            throw new ExchangeRefusal(ExchangeError.MALFORMED);
        }
        return new BulkInput(header.subList(1, header.size()), rows);
    }

    /** The result file's header. */
    String resultHeader() {
        return "row," + String.join(",", attributes);
    }
}
