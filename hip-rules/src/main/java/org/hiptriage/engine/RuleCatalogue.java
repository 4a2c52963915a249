package org.hiptriage.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hiptriage.engine.impl.RuleMetadata;
import org.kie.api.definition.rule.Rule;

/** Every rule of a knowledge base with its metadata, read once at load, in layer, package and name order. */
final class RuleCatalogue {

    private final Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    private final List<RuleInfo> rules;

    RuleCatalogue(List<Rule> compiled) {
        List<RuleInfo> all = new ArrayList<>();
        for (Rule rule : compiled) {
            RuleInfo info = describe(rule);
            byRule.put(rule, info);
            all.add(info);
        }
        all.sort(Comparator.comparing(RuleInfo::layer, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RuleInfo::packageName).thenComparing(RuleInfo::name));
        this.rules = List.copyOf(all);
    }

    /** A compiled rule's metadata as the knowledge base holds it. */
    private static RuleInfo describe(Rule rule) {
        List<String> keys = RuleMetadata.sourceKeys(rule);
        return new RuleInfo(rule.getName(), rule.getPackageName(), RuleMetadata.layer(rule),
                RuleMetadata.description(rule), keys, RuleMetadata.citations(keys));
    }

    /** Every rule, in layer order. */
    List<RuleInfo> rules() {
        return rules;
    }

    /** The metadata of the rules that fired, in the order they fired. */
    List<RuleInfo> of(List<Rule> fired) {
        List<RuleInfo> infos = new ArrayList<>(fired.size());
        for (Rule rule : fired) {
            RuleInfo info = byRule.get(rule);
            infos.add(info != null ? info : describe(rule));
        }
        return infos;
    }
}
