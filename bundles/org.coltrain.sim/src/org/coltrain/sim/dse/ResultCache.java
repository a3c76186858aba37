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
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Measured values kept under the SHA-256 of the canonical text of everything they depend on, so that a rerun with
 * the same inputs reads them instead of simulating again, and any changed input (a latency table, an SLO, the
 * simulator's own behaviour through its fingerprint) misses. Backed by one text file, one entry per line
 * ({@code key<TAB>values<TAB>description}, sorted by key so that a regenerated file diffs cleanly), written
 * atomically by {@link #save}. Without a file it only memoises within the run. Thread safe.
 *
 * <p>For tests and CI a cache can refuse to simulate ({@link #requireHits}: a miss is an error that says how to
 * regenerate the file) and can prove that its entries are still what the simulator computes ({@link #recheck}: the
 * chosen keys are computed again on a hit and compared bit for bit).
 */
public final class ResultCache {

    private final Path file;
    private final Map<String, Entry> entries = new TreeMap<>();
    private final AtomicInteger hits = new AtomicInteger(), fileHits = new AtomicInteger(), misses = new AtomicInteger();
    private final Set<String> fromFile = new HashSet<>();
    private boolean dirty;
    private String requireHits;
    private final Set<String> recheck = new HashSet<>();
    private final Set<String> used = new HashSet<>();
    private final List<Recheck> rechecked = new ArrayList<>();

    /** One cached result: its values and a readable description of its inputs. */
    public record Entry(double[] values, String description) {
    }

    /** A cached entry computed again: equal when every value has the same bits. */
    public record Recheck(String key, String description, double[] cached, double[] computed) {
        public boolean equal() { return Arrays.equals(cached, computed); }
    }

    /** Thrown on a miss of a cache that {@link #requireHits requires hits}. */
    public static final class MissException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MissException(String message) {
            super(message);
        }
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
                    cache.fromFile.add(parts[0]);
                }
            } catch (IOException | NumberFormatException e) {
                // A damaged cache is not an error of the model: it is ignored and rewritten on save.
                cache.entries.clear();
                cache.fromFile.clear();
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

    /**
     * From now on a miss throws a {@link MissException} naming the missing result, its key and
     * {@code regenerateCommand} instead of computing it.
     */
    public synchronized ResultCache requireHits(String regenerateCommand) {
        this.requireHits = regenerateCommand;
        return this;
    }

    /**
     * From now on the first hit on each of these keys is also computed, and the two compared
     * ({@link #rechecked()}); later hits read the cache as usual.
     */
    public synchronized ResultCache recheck(Collection<String> keys) {
        recheck.addAll(keys);
        return this;
    }

    /** The entries computed again so far, in the order they were hit. */
    public synchronized List<Recheck> rechecked() { return List.copyOf(rechecked); }

    /**
     * Drops the entries no {@link #get} of this object asked for, so that the file saved after a complete run holds
     * exactly what that run read or computed (entries of earlier inputs do not pile up).
     */
    public synchronized void retainUsed() {
        if (entries.keySet().retainAll(used)) dirty = true;
    }

    /** A copy of the entries, by key. */
    public synchronized Map<String, Entry> entries() { return new TreeMap<>(entries); }

    /** The values cached under {@code key}, or {@code compute}'s (then cached with the description). */
    public double[] get(String key, String description, Supplier<double[]> compute) {
        Entry hit;
        synchronized (this) {
            used.add(key);
            hit = entries.get(key);
            if (hit != null && !recheck.remove(key)) {
                hits.incrementAndGet();
                if (fromFile.contains(key)) fileHits.incrementAndGet();
                return hit.values().clone();
            }
            if (hit == null && requireHits != null)
                throw new MissException("not in the result cache " + (file == null ? "(in memory)" : file) + ": "
                        + description + " (inputs sha256 " + key + "); the models or the simulator changed since the "
                        + "cache was written: regenerate it with " + requireHits);
        }
        if (hit != null) {
            double[] computed = compute.get();
            synchronized (this) {
                rechecked.add(new Recheck(key, hit.description(), hit.values().clone(), computed.clone()));
            }
            hits.incrementAndGet();
            if (fromFile.contains(key)) fileHits.incrementAndGet();
            return hit.values().clone();
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

    /** Results read instead of computed: from the file, or computed earlier by this object. */
    public int hits() { return hits.get(); }

    /** Of the {@link #hits()}, those read from the file. */
    public int fileHits() { return fileHits.get(); }

    public int misses() { return misses.get(); }

    public synchronized int size() { return entries.size(); }

    /**
     * Writes the entries to the file (if any changed and the cache does not {@link #requireHits require hits}),
     * through a temporary file and an atomic move.
     */
    public synchronized void save() {
        if (file == null || !dirty || requireHits != null) return; // a cache that requires hits is read only
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
