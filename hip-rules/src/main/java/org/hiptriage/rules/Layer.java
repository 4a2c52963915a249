package org.hiptriage.rules;

import java.util.List;

/**
 * The layers of reasoning, in the order they run. Each rule belongs to one layer through its
 * {@code agenda-group}; a layer starts only when the one before it has finished, so a rule always
 * sees the complete conclusions of the layers below it.
 */
public enum Layer {
    /** Input facts become clinical findings (e.g. a load spike, a bone-stress risk profile). */
    FINDINGS("findings"),
    /** Findings and facts weigh for or against each condition. */
    EVIDENCE("evidence"),
    /** The weights of each condition add up to a score and a likelihood. */
    RANKING("ranking"),
    /** Escalation flags, each with its urgency. */
    FLAGS("flags"),
    /** The unanswered questions that, answered the worrying way, would call for a more urgent level. */
    QUESTIONS("questions"),
    /** Flags and conditions decide how soon the runner should be seen. */
    DISPOSITION("disposition"),
    /** The conservative-care plan. */
    CARE("care"),
    /** What the runner should not do, which may depend on the plan (e.g. how to stretch). */
    AVOID("avoid"),
    /** Final checks: a care step that contradicts something to avoid is withdrawn; the open questions are chosen. */
    REVIEW("review");

    private final String agendaGroup;

    Layer(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    /** The DRL agenda group of the layer. */
    public String agendaGroup() {
        return agendaGroup;
    }

    /** The layers in the order they run. */
    public static List<Layer> inOrder() {
        return List.of(values());
    }

    /** The layer of an agenda group, or {@code null} when none has that name. */
    public static Layer ofAgendaGroup(String group) {
        for (Layer layer : values()) {
            if (layer.agendaGroup.equals(group)) {
                return layer;
            }
        }
        return null;
    }
}
