package org.hiptriage.engine.impl;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.model.report.Source;
import org.hiptriage.rules.Layer;
import org.kie.api.definition.rule.Rule;

/** Reads a rule's {@code @source} and {@code @description} metadata and its layer. */
final class RuleMetadata {

    private RuleMetadata() {
    }

    static RuleInfo describe(Rule rule) {
        return describe(rule, null);
    }

    /** The rule's metadata, with what it concludes and considers read from its DRL text when given. */
    static RuleInfo describe(Rule rule, DrlRules.DrlRule drl) {
        List<String> keys = sourceKeys(rule);
        List<String> citations = keys.stream()
                .map(key -> Source.byKey(key).map(Source::citation).orElse(key))
                .collect(Collectors.toList());
        Object description = rule.getMetaData().get("description");
        if (description == null) {
            // Drools files @description under the kie-api annotation's name
            description = rule.getMetaData().get("org.kie.api.definition.type.Description");
        }
        return new RuleInfo(rule.getName(), rule.getPackageName(), layer(rule),
                description == null ? "" : unquote(description.toString()), keys, citations,
                drl == null ? "" : drl.file(), drl == null ? List.of() : drl.concludes(),
                drl == null ? List.of() : drl.considers());
    }

    static List<String> sourceKeys(Rule rule) {
        Object source = rule.getMetaData().get("source");
        if (source == null) {
            return List.of();
        }
        return Arrays.stream(unquote(source.toString()).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    private static Layer layer(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl) {
            Layer layer = Layer.ofAgendaGroup(impl.getAgendaGroup());
            if (layer != null) {
                return layer;
            }
        }
        return null;
    }

    private static String unquote(String value) {
        String v = value.trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
