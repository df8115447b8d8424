package org.dancu.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dancu.linkage.CommuneTable;
import org.dancu.linkage.PersonRecord;
import org.dancu.linkage.Prepared;
import org.dancu.linkage.RecordCsv;

import scala.Tuple2;

/**
 * REGISTER and RECORDS read with Spark SQL, CSV or Parquet (a path ending in {@code .parquet}), under the
 * contract of {@code dancu link} (docs/linkage.md): columns in any order and any case, unknown ones
 * ignored, the id column and {@code full_name} required, no blank or repeated id. Each row gets its
 * position in the file, which orders the output and breaks ties between candidates as the
 * single-machine engine does.
 */
final class LinkInputs {

    static final String POSITION = "position";
    static final String ID = "id";
    private static final String[] VALUES = {"full_name", "pin", "old_id", "birth_date", "sex", "commune_code",
        "address", "ethnicity", "father_name", "mother_name"};

    private LinkInputs() {
    }

    /** The file's rows as {@code position, id, full_name, pin, …}, all values strings; bad files are refused. */
    static Dataset<Row> read(SparkSession spark, String path, RecordCsv.Kind kind) {
        Dataset<Row> raw = path.endsWith(".parquet") ? spark.read().parquet(path)
                : spark.read().option("header", "true").option("escape", "\"").option("encoding", "UTF-8").csv(path);
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : raw.columns()) {
            columns.putIfAbsent(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), name);
        }
        for (String required : List.of(kind.idColumn(), "full_name")) {
            if (!columns.containsKey(required)) {
                throw new RecordCsv.InvalidFileException(path + ": the header has no column '" + required + "'");
            }
        }
        List<Column> selected = new ArrayList<>();
        selected.add(trim(col("`" + columns.get(kind.idColumn()) + "`").cast(DataTypes.StringType)).as(ID));
        for (String value : VALUES) {
            selected.add(columns.containsKey(value) ? col("`" + columns.get(value) + "`").cast(DataTypes.StringType).as(value)
                    : lit(null).cast(DataTypes.StringType).as(value));
        }
        Dataset<Row> rows = withPositions(spark, raw.select(selected.toArray(Column[]::new)));
        check(rows, path, kind);
        return rows;
    }

    private static Dataset<Row> withPositions(SparkSession spark, Dataset<Row> rows) {
        StructType schema = new StructType().add(POSITION, DataTypes.LongType, false);
        for (var field : rows.schema().fields()) {
            schema = schema.add(field);
        }
        JavaRDD<Row> numbered = rows.javaRDD().zipWithIndex().map(pair -> {
            Object[] values = new Object[pair._1().size() + 1];
            values[0] = pair._2();
            for (int i = 0; i < pair._1().size(); i++) {
                values[i + 1] = pair._1().get(i);
            }
            return RowFactory.create(values);
        });
        return spark.createDataFrame(numbered, schema);
    }

    /** A blank id or one that appears twice: the message names the line (header on line 1) or the id, no personal data. */
    private static void check(Dataset<Row> rows, String path, RecordCsv.Kind kind) {
        List<Row> blank = rows.filter(col(ID).isNull().or(col(ID).equalTo(""))).select(POSITION).limit(1).collectAsList();
        if (!blank.isEmpty()) {
            throw new RecordCsv.InvalidFileException(path + ", line " + (blank.get(0).getLong(0) + 2) + ": "
                    + kind.idColumn() + " is empty");
        }
        List<Row> repeated = rows.groupBy(ID).count().filter(col("count").gt(1)).limit(1).collectAsList();
        if (!repeated.isEmpty()) {
            throw new RecordCsv.InvalidFileException(path + ": " + kind.idColumn() + " " + repeated.get(0).getString(0)
                    + " appears twice");
        }
    }

    /** Each row normalised once by the linkage library, with its position. */
    static Dataset<Tuple2<Long, Prepared>> prepare(Dataset<Row> rows, CommuneTable communes) {
        return rows.map((MapFunction<Row, Tuple2<Long, Prepared>>) row -> new Tuple2<>(row.getLong(0),
                new Prepared(record(row), communes)), Encoders.tuple(Encoders.LONG(), Encoders.kryo(Prepared.class)));
    }

    private static PersonRecord record(Row row) {
        return new PersonRecord(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10), row.getString(11));
    }
}
