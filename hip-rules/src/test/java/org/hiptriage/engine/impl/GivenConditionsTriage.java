package org.hiptriage.engine.impl;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hiptriage.engine.EngineAccess;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.model.Assessment;
import org.hiptriage.rules.GivenCondition;

/**
 * Test only: the packaged rule base, compiled from its DRL, plus one test rule that turns a
 * {@link GivenCondition} into evidence. It runs a case exactly as the engine does (the same
 * {@link DroolsTriage}), with the given conditions added, so the rules above the evidence layer can
 * be tested for every condition.
 */
public final class GivenConditionsTriage {

    static final String GIVEN_RULE = "Test only: a condition given by the test weighs as given";
    private static final String GIVEN_DRL = """
            package org.hiptriage.rules.conditions

            import org.hiptriage.rules.*

            rule "%s"
                @source("CONVENTION")
                @description("Test only: puts a condition among the candidates with the weight the test chose.")
                agenda-group "evidence"
            when
                GivenCondition( $condition : condition, $weight : weight )
            then
                insert( Evidence.supports( $condition, $weight, "given by the test" ) );
            end
            """.formatted(GIVEN_RULE);

    private static final class Holder {
        static final DroolsTriage TRIAGE = new DroolsTriage(
                KnowledgeBases.fromDrl(Map.of("org/hiptriage/rules/conditions/given-for-tests.drl", GIVEN_DRL)),
                RuleBaseVersion.packaged());
        static final Map<String, RuleInfo> RULES = EngineAccess.engine(TRIAGE).rules().stream()
                .collect(Collectors.toMap(RuleInfo::name, Function.identity()));
    }

    private GivenConditionsTriage() {
    }

    /** Assesses the case with the given conditions among the evidence, recording every rule that fired. */
    public static Explanation explain(Assessment assessment, List<GivenCondition> given) {
        DroolsTriage.Outcome outcome = Holder.TRIAGE.run(assessment, true, given);
        return new Explanation(outcome.report(), outcome.fired().stream().map(r -> Holder.RULES.get(r.getName())).toList());
    }
}
