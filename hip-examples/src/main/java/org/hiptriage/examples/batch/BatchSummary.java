package org.hiptriage.examples.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hiptriage.examples.text.Counts;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.validation.Problem;

/** What a batch came to: counts by disposition, flag and top condition, and every refused case. */
public final class BatchSummary {

    /** A case the batch refused or could not assess. */
    public record Refused(String id, List<String> errors) {
    }

    /** Shown in the "top condition" counts when no condition fits. */
    public static final String NO_CONDITION = "(none fits)";

    /** The most refused cases the summary lists one by one (all are in the output, each with its errors). */
    public static final int MAX_LISTED = 100;

    private final Map<Level, Integer> dispositions = new EnumMap<>(Level.class);
    private final Map<String, Integer> flags = new TreeMap<>();
    private final Map<String, Integer> topConditions = new TreeMap<>();
    private final List<Refused> refused = new ArrayList<>();
    private long assessed;
    private long refusedCount;
    private long failed;
    private long resumed;

    void assessed(Level level, List<String> flagCodes, String topCondition) {
        assessed++;
        dispositions.merge(level, 1, Integer::sum);
        flagCodes.forEach(f -> flags.merge(f, 1, Integer::sum));
        topConditions.merge(topCondition == null ? NO_CONDITION : topCondition, 1, Integer::sum);
    }

    void refused(String id, List<Problem> problems) {
        refusedWith(id, problems.stream().map(Problem::message).toList());
    }

    /** A refused case by its error messages (as its line in OUT holds them). */
    void refusedWith(String id, List<String> messages) {
        refusedCount++;
        list(new Refused(id, messages));
    }

    /** Notes that the first {@code n} cases were kept from an earlier, stopped run ({@code --resume}). */
    void resumed(long n) {
        resumed = n;
    }

    void failed(String id, String why) {
        failed++;
        list(new Refused(id, List.of("could not be assessed: " + why)));
    }

    private void list(Refused r) {
        if (refused.size() < MAX_LISTED) {
            refused.add(r);
        }
    }

    /** Cases assessed. */
    public long assessed() {
        return assessed;
    }

    /** Cases refused for bad input. */
    public long refusedCount() {
        return refusedCount;
    }

    /** Cases the engine failed on. */
    public long failed() {
        return failed;
    }

    /** Counts by disposition level, every level listed. */
    public Map<Level, Integer> dispositions() {
        Map<Level, Integer> out = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            out.put(level, dispositions.getOrDefault(level, 0));
        }
        return out;
    }

    /** Counts by flag code. */
    public Map<String, Integer> flags() {
        return flags;
    }

    /** Counts by top condition ({@value #NO_CONDITION} when none fits). */
    public Map<String, Integer> topConditions() {
        return topConditions;
    }

    /** The first {@value #MAX_LISTED} refused and failed cases, in input order. */
    public List<Refused> refused() {
        return refused;
    }

    /** The summary as text for a person. */
    public String format(String in, int threads, long millis) {
        StringBuilder s = new StringBuilder();
        long total = assessed + refusedCount + failed;
        s.append(String.format(Locale.ROOT, "hip-triage batch: %s from %s in %.1f s on %s%n",
                Counts.of(total, "case", "cases"), in, millis / 1000.0, Counts.of(threads, "thread", "threads")));
        s.append(String.format(Locale.ROOT, "  assessed %d, refused %d%s%n", assessed, refusedCount(),
                failed > 0 ? ", failed " + failed : ""));
        if (resumed > 0) {
            s.append(String.format(Locale.ROOT, "  resumed: %s kept from the stopped run, not assessed again%n",
                    Counts.of(resumed, "case", "cases")));
        }
        s.append("By disposition:\n");
        dispositions().forEach((level, n) -> s.append(String.format(Locale.ROOT, "  %-14s %d%n", level, n)));
        s.append("By flag:\n");
        if (flags.isEmpty()) {
            s.append("  (no flags)\n");
        }
        byCount(flags).forEach(e -> s.append(String.format(Locale.ROOT, "  %-34s %d%n", e.getKey(), e.getValue())));
        s.append("By top condition:\n");
        if (topConditions.isEmpty()) {
            s.append("  (none assessed)\n");
        }
        byCount(topConditions).forEach(e -> s.append(String.format(Locale.ROOT, "  %-34s %d%n", e.getKey(), e.getValue())));
        if (!refused.isEmpty()) {
            s.append("Refused:\n");
            for (Refused r : refused) {
                s.append("  ").append(r.id()).append('\n');
                r.errors().forEach(e -> s.append("    ").append(e).append('\n'));
            }
            if (refusedCount + failed > refused.size()) {
                s.append("  … and ").append(refusedCount + failed - refused.size()).append(" more: every one is a line with its errors in the output\n");
            }
        }
        return s.toString();
    }

    private static List<Map.Entry<String, Integer>> byCount(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }
}
