package org.coltrain.spark;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.coltrain.sim.table.TypedTable;

/**
 * Writes a {@link TypedTable} as one Parquet file with Apache Parquet's writer: every column optional (an empty cell
 * is a null), DOUBLE as a Parquet double, LONG as int64, STRING as UTF-8 binary; the rows in the table's order.
 */
public final class ParquetTableFormat implements org.coltrain.sim.table.TableFormat {

    @Override
    public String name() {
        return "parquet";
    }

    @Override
    public void write(TypedTable table, OutputStream out) throws IOException {
        MessageType schema = schema(table);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new StreamOutputFile(out)).withType(schema).build()) {
            for (int r = 0; r < table.rows().size(); r++) {
                Group g = groups.newGroup();
                for (int c = 0; c < table.columns().size(); c++) {
                    switch (table.value(r, c)) {
                        case null -> { }
                        case Double d -> g.add(c, d);
                        case Long l -> g.add(c, l);
                        case String s -> g.add(c, s);
                        default -> throw new IllegalStateException("a table cell is a Double, Long or String");
                    }
                }
                writer.write(g);
            }
        }
    }

    static MessageType schema(TypedTable table) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c);
            switch (table.types().get(c)) {
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(name);
                case LONG -> b.optional(PrimitiveTypeName.INT64).named(name);
                case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
            }
        }
        return b.named(table.name());
    }

    /** Parquet's output over a stream the caller owns (the run folder's file): counts the position, never closes it. */
    private record StreamOutputFile(OutputStream out) implements OutputFile {

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long pos;

                @Override
                public long getPos() {
                    return pos;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    pos++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    pos += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
