package org.hiptriage.engine.impl;

import java.util.Arrays;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.hiptriage.model.report.Source;
import org.hiptriage.rules.Layer;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a compiled rule's metadata as the knowledge base holds it: {@code @source},
 * {@code @description} and the agenda group that is its layer. Nothing here reads DRL text.
 */
public final class RuleMetadata {

    /**
     * What a report cites of a rule that concluded something: its name and its sources.
     *
     * @param name the rule's name
     * @param sources its sources as a report cites them (article keys, guideline titles)
     */
    public record Citation(String name, List<String> sources) {
        /** Copies the list. */
        public Citation {
            sources = List.copyOf(sources);
        }
    }

    private RuleMetadata() {
    }

    /** The rule's name and its sources as a report cites them. */
    public static Citation citation(Rule rule) {
        return new Citation(rule.getName(), citations(sourceKeys(rule)));
    }

    /** The source keys of {@code @source}, in the order written. */
    public static List<String> sourceKeys(Rule rule) {
        Object source = rule.getMetaData().get("source");
        if (source == null) {
            return List.of();
        }
        return Arrays.stream(unquote(source.toString()).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The sources as a report cites them: a known key's citation, else the key as written. */
    public static List<String> citations(List<String> sourceKeys) {
        return sourceKeys.stream().map(key -> Source.byKey(key).map(Source::citation).orElse(key)).toList();
    }

    /** The plain-language {@code @description}, or "". */
    public static String description(Rule rule) {
        Object description = rule.getMetaData().get("description");
        if (description == null) {
            // Drools files @description under the kie-api annotation's name
            description = rule.getMetaData().get("org.kie.api.definition.type.Description");
        }
        return description == null ? "" : unquote(description.toString());
    }

    /** The layer the rule's agenda group names, or null. */
    public static Layer layer(Rule rule) {
        return rule instanceof RuleImpl impl ? Layer.ofAgendaGroup(impl.getAgendaGroup()) : null;
    }

    private static String unquote(String value) {
        String v = value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
