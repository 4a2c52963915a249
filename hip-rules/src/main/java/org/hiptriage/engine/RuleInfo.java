package org.hiptriage.engine;

import java.util.List;
import org.hiptriage.rules.Layer;

/**
 * One rule of the rule base and its metadata.
 *
 * @param name the rule's name, a clinical statement
 * @param packageName the DRL package, which says the concern it belongs to
 * @param layer the reasoning layer it runs in
 * @param description what it does, in plain language ({@code @description})
 * @param sourceKeys the sources it cites ({@code @source}), as keys
 * @param sources the sources as a report cites them (article keys, guideline titles)
 * @param drlFile the DRL file that defines it, relative to the class path ("" when not known)
 * @param concludes what it concludes, read from its consequence (in the order written)
 * @param considers the codes its conditions test ({@code ConditionCode.X}, {@code FlagCode.X}, …), sorted
 */
public record RuleInfo(String name, String packageName, Layer layer, String description, List<String> sourceKeys,
                       List<String> sources, String drlFile, List<Conclusion> concludes, List<String> considers) {
    /** Copies the lists. */
    public RuleInfo {
        sourceKeys = List.copyOf(sourceKeys);
        sources = List.copyOf(sources);
        drlFile = drlFile == null ? "" : drlFile;
        concludes = List.copyOf(concludes);
        considers = List.copyOf(considers);
    }

    /** A rule whose DRL text is not known: nothing is known of what it concludes. */
    public RuleInfo(String name, String packageName, Layer layer, String description, List<String> sourceKeys,
                    List<String> sources) {
        this(name, packageName, layer, description, sourceKeys, sources, "", List.of(), List.of());
    }
}
