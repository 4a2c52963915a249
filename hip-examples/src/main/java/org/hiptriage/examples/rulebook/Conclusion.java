package org.hiptriage.examples.rulebook;

import java.util.Objects;

/**
 * One thing a rule concludes, read from its DRL consequence by {@link DrlCatalogue}: the kind of fact it inserts, the code
 * and a detail (the weight of evidence, the level of a flag or urgency, the dose of a care step).
 *
 * @param kind what kind of fact the rule inserts
 * @param code the code concluded (an enum constant's name), or {@code *} when the rule takes it from
 *             a matched fact (for example the review layer withdrawing whichever step contradicts)
 * @param detail "+3" / "-2" for evidence, the level for a flag or urgency, the dose for a care step, else ""
 */
public record Conclusion(Kind kind, String code, String detail) {

    /** The kinds of facts a rule concludes, in layer order. */
    public enum Kind {
        /** A clinical finding (FindingCode). */
        FINDING("finding"),
        /** Evidence for a condition. */
        EVIDENCE_FOR("evidence for"),
        /** Evidence against a condition. */
        EVIDENCE_AGAINST("evidence against"),
        /** A ranked candidate condition. */
        CANDIDATE("candidate"),
        /** A condition the care plan is chosen for (ConditionCode). */
        GUIDE("guides the care"),
        /** An escalation flag (FlagCode). */
        FLAG("flag"),
        /** An unanswered question and the level its worrying answer calls for (Level). */
        UNANSWERED("unanswered question"),
        /** An urgency that competes for the disposition (Level). */
        URGENCY("urgency"),
        /** The disposition (Level). */
        DISPOSITION("disposition"),
        /** A care step (CareStepCode). */
        CARE_STEP("care step"),
        /** Something to avoid (AvoidCode). */
        AVOID("avoid"),
        /** A care step withdrawn because the plan also avoids it. */
        WITHDRAWAL("withdrawal"),
        /** An unanswered question put to the runner because it could raise the disposition. */
        OPEN_QUESTION("open question");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /** The kind in words. */
        public String words() {
            return words;
        }
    }

    /** Checks the parts. */
    public Conclusion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        detail = detail == null ? "" : detail;
    }

    /** True when the code is taken from a matched fact rather than named in the rule. */
    public boolean isVariable() {
        return "*".equals(code);
    }

    /** "flag SUSPECTED_STRESS_FRACTURE (URGENT)". */
    @Override
    public String toString() {
        return kind.words() + " " + code + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
