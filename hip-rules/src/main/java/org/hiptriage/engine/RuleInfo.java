package org.hiptriage.engine;

import java.util.List;
import org.hiptriage.rules.Layer;

/**
 * One rule of the rule base and its metadata, as the knowledge base holds it.
 *
 * @param name the rule's name, a clinical statement
 * @param packageName the DRL package, which says the concern it belongs to
 * @param layer the reasoning layer it runs in
 * @param description what it does, in plain language ({@code @description})
 * @param sourceKeys the sources it cites ({@code @source}), as keys
 * @param sources the sources as a report cites them (article keys, guideline titles)
 */
public record RuleInfo(String name, String packageName, Layer layer, String description, List<String> sourceKeys,
                       List<String> sources) {
    /** Copies the lists. */
    public RuleInfo {
        sourceKeys = List.copyOf(sourceKeys);
        sources = List.copyOf(sources);
    }
}
