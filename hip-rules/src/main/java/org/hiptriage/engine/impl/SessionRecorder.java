package org.hiptriage.engine.impl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Remembers each conclusion a rule inserted, with the rule (for the report's "rules" and "sources"),
 * and, when tracing, every rule that fired.
 */
final class SessionRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** A fact and the rule that concluded it. */
    record Conclusion(Object fact, Rule rule) {
    }

    private final List<Conclusion> conclusions = new ArrayList<>();
    private final Set<Object> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Rule> fired;

    SessionRecorder(boolean trace) {
        this.fired = trace ? new ArrayList<>() : List.of();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            conclusions.add(new Conclusion(event.getObject(), event.getRule()));
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // conclusions are immutable records: nothing to record
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        deleted.add(event.getOldObject());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(event.getMatch().getRule());
    }

    /** The conclusions still in working memory, in the order they were drawn. */
    List<Conclusion> conclusions() {
        if (deleted.isEmpty()) {
            return conclusions;
        }
        return conclusions.stream().filter(c -> !deleted.contains(c.fact())).toList();
    }

    /** The rules that fired, in order (empty unless tracing). */
    List<Rule> fired() {
        return fired;
    }
}
