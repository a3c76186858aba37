package org.coltrain.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.coltrain.sim.table.ColumnType;
import org.coltrain.sim.table.TableFormat;
import org.coltrain.sim.table.TableFormats;
import org.coltrain.sim.table.TypedTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet table format, read back with Apache Parquet's own reader: schema, values, nulls, row order. */
class ParquetTableFormatTest {

    @TempDir
    Path dir;

    /** Every row of the file as one Double, Long or String (null when absent) per column, and the file's schema. */
    record ReadBack(MessageType schema, List<List<Object>> rows) {
    }

    static ReadBack read(Path file) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        MessageType schema = null;
        // a local file, not Hadoop's file system (whose user lookup calls Subject.getSubject, which JDK 23+ refuses)
        ParquetReader.Builder<Group> builder = new ParquetReader.Builder<Group>(new LocalInputFile(file)) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        };
        try (ParquetReader<Group> reader = builder.build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                schema = (MessageType) g.getType();
                List<Object> row = new ArrayList<>();
                for (int c = 0; c < g.getType().getFieldCount(); c++) {
                    if (g.getFieldRepetitionCount(c) == 0) {
                        row.add(null);
                        continue;
                    }
                    row.add(switch (g.getType().getType(c).asPrimitiveType().getPrimitiveTypeName()) {
                        case DOUBLE -> g.getDouble(c, 0);
                        case INT64 -> g.getLong(c, 0);
                        case BINARY -> g.getString(c, 0);
                        default -> throw new AssertionError("unexpected column type " + g.getType().getType(c));
                    });
                }
                rows.add(row);
            }
        }
        return new ReadBack(schema, rows);
    }

    static Path write(TypedTable table, Path dir) throws Exception {
        TableFormat parquet = TableFormats.byName("parquet").orElseThrow(); // found as a service, as the CLI finds it
        Path file = dir.resolve(table.name() + ".parquet");
        try (OutputStream out = Files.newOutputStream(file)) {
            parquet.write(table, out);
        }
        return file;
    }

    @Test
    void aTableReadsBackWithItsTypesValuesAndNulls() throws Exception {
        TypedTable table = new TypedTable("t", List.of("images.p99_us", "arrivals", "candidate"),
                List.of(ColumnType.DOUBLE, ColumnType.LONG, ColumnType.STRING), List.of(
                        List.of("123.25", "1000", "128x128/output-stationary/16MiB/hbfp8"),
                        List.of("", "9007199254740993", "x"), // 2^53 + 1: a long a double cannot hold
                        List.of("-1.0E-9", "", ""),
                        List.of("7", "0", "no")));
        ReadBack back = read(write(table, dir));
        List<Type> fields = back.schema().getFields();
        assertEquals(List.of("images.p99_us", "arrivals", "candidate"), fields.stream().map(Type::getName).toList());
        assertEquals(List.of(PrimitiveTypeName.DOUBLE, PrimitiveTypeName.INT64, PrimitiveTypeName.BINARY),
                fields.stream().map(f -> f.asPrimitiveType().getPrimitiveTypeName()).toList());
        for (Type f : fields) assertEquals(Type.Repetition.OPTIONAL, f.getRepetition());
        PrimitiveType text = fields.get(2).asPrimitiveType();
        assertEquals(LogicalTypeAnnotation.stringType(), text.getLogicalTypeAnnotation());
        assertEquals(4, back.rows().size());
        assertEquals(Arrays.asList(123.25, 1000L, "128x128/output-stationary/16MiB/hbfp8"), back.rows().get(0));
        assertEquals(Arrays.asList(null, 9007199254740993L, "x"), back.rows().get(1));
        assertEquals(Arrays.asList(-1.0e-9, null, null), back.rows().get(2));
        // a whole number in a double column (how dse.csv writes 700 MHz) is still a double
        assertEquals(Arrays.asList(7.0, 0L, "no"), back.rows().get(3));
        assertNull(back.rows().get(2).get(2));
    }

    @Test
    void anEmptyTableIsAFileWithTheSchemaAndNoRows() throws Exception {
        TypedTable table = new TypedTable("empty", List.of("a"), List.of(ColumnType.DOUBLE), List.of());
        Path file = write(table, dir);
        assertEquals(0, read(file).rows().size());
        // the 4-byte magic "PAR1" opens and closes every Parquet file (Apache Parquet format specification)
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("PAR1", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("PAR1", new String(bytes, bytes.length - 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }
}
