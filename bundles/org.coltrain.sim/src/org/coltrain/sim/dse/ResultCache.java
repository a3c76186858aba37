package org.coltrain.sim.dse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Measured values kept under the SHA-256 of the canonical text of everything they depend on, so that a rerun with
 * the same inputs reads them instead of simulating again, and any changed input (a latency table, an SLO, the
 * simulator's own behaviour through its fingerprint) misses. Backed by one text file, one entry per line
 * ({@code key<TAB>values<TAB>description}, sorted by key so that a regenerated file diffs cleanly), written
 * atomically by {@link #save}. Without a file it only memoises within the run. Thread safe.
 */
public final class ResultCache {

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final AtomicInteger hits = new AtomicInteger(), misses = new AtomicInteger();
    private boolean dirty;

    /** One cached result: its values and a readable description of its inputs. */
    public record Entry(double[] values, String description) {
    }

    private ResultCache(Path file) {
        this.file = file;
    }

    /** A cache that lives only as long as this object. */
    public static ResultCache inMemory() {
        return new ResultCache(null);
    }

    /** A cache backed by {@code file} (read now if it exists, written by {@link #save}). */
    public static ResultCache at(Path file) {
        ResultCache cache = new ResultCache(file);
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] parts = line.split("\t", 3);
                    if (parts.length < 2) continue;
                    String[] numbers = parts[1].split(",");
                    double[] values = new double[numbers.length];
                    for (int i = 0; i < numbers.length; i++) values[i] = Double.parseDouble(numbers[i]);
                    cache.entries.put(parts[0], new Entry(values, parts.length > 2 ? parts[2] : ""));
                }
            } catch (IOException | NumberFormatException e) {
                // A damaged cache is not an error of the model: it is ignored and rewritten on save.
                cache.entries.clear();
            }
        }
        return cache;
    }

    public Path file() { return file; }

    /** The hex SHA-256 of the canonical input text. */
    public static String key(String canonicalInputs) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonicalInputs.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The values cached under {@code key}, or {@code compute}'s (then cached with the description). */
    public double[] get(String key, String description, Supplier<double[]> compute) {
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null) {
                hits.incrementAndGet();
                return e.values().clone();
            }
        }
        misses.incrementAndGet();
        double[] values = compute.get();
        synchronized (this) {
            entries.put(key, new Entry(values.clone(), description.replace('\t', ' ').replace('\n', ' ')));
            dirty = true;
        }
        return values;
    }

    public synchronized boolean contains(String key) { return entries.containsKey(key); }

    public int hits() { return hits.get(); }

    public int misses() { return misses.get(); }

    public synchronized int size() { return entries.size(); }

    /** Writes the entries to the file (if any changed), through a temporary file and an atomic move. */
    public synchronized void save() {
        if (file == null || !dirty) return;
        List<String> lines = new ArrayList<>(entries.size() + 1);
        lines.add("# coltrain result cache: sha256 of the inputs, measured values, what was measured");
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            StringBuilder values = new StringBuilder();
            for (double v : e.getValue().values()) {
                if (!values.isEmpty()) values.append(',');
                values.append(String.format(Locale.ROOT, "%s", Double.toString(v)));
            }
            lines.add(e.getKey() + "\t" + values + "\t" + e.getValue().description());
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".cache", ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result cache " + file, e);
        }
    }
}
