package org.hiptriage.examples.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.reteoo.PathMemory;
import org.drools.core.reteoo.TerminalNode;
import org.hiptriage.model.Assessment;
import org.hiptriage.rules.Layer;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * How much of the network a case wakes: for the benchmark mix, the rules that fire per case and the
 * rules Drools links (builds memories for) per case, and the rules most often linked without firing.
 * A linked rule costs its segment memories even when it never fires; BENCHMARKS.md explains why that
 * matters. Run: {@code java -cp hip-examples/target/benchmarks.jar org.hiptriage.examples.bench.TouchedRules [top]}.
 */
public final class TouchedRules {

    private TouchedRules() {
    }

    /** Prints the counts and the {@code args[0]} (default 15) rules most often linked without firing. */
    public static void main(String[] args) {
        int top = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        // the packaged knowledge base as Drools loads it from the class path (the executable model, as the engine does)
        KieBase kieBase = KieServices.get().getKieClasspathContainer().getKieBase("hipTriage");
        Assessment[] cases = Cases.mix();
        Map<String, Integer> linked = new HashMap<>();
        Map<String, Integer> fired = new HashMap<>();
        long firings = 0;
        for (Assessment a : cases) {
            KieSession session = kieBase.newKieSession();
            try {
                Set<String> firedHere = new HashSet<>();
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        firedHere.add(event.getMatch().getRule().getName());
                    }
                });
                List<Layer> layers = Layer.inOrder();
                for (int i = layers.size() - 1; i >= 0; i--) {
                    session.getAgenda().getAgendaGroup(layers.get(i).agendaGroup()).setFocus();
                }
                for (Object fact : List.of(a.runner(), a.pain(), a.function(), a.general(), a.history(), a.careSoFar(), a.exam())) {
                    session.insert(fact);
                }
                firings += session.fireAllRules();
                firedHere.forEach(rule -> fired.merge(rule, 1, Integer::sum));
                NodeMemories memories = ((InternalWorkingMemory) session).getNodeMemories();
                for (int i = 0; i < memories.length(); i++) {
                    Memory memory = memories.peekNodeMemory(i);
                    if (memory instanceof PathMemory path && path.getPathEndNode() instanceof TerminalNode terminal) {
                        linked.merge(terminal.getRule().getName(), 1, Integer::sum);
                    }
                }
            } finally {
                session.dispose();
            }
        }
        long linkedTotal = linked.values().stream().mapToLong(Integer::longValue).sum();
        long idleTotal = linked.entrySet().stream().mapToLong(e -> e.getValue() - fired.getOrDefault(e.getKey(), 0)).sum();
        System.out.printf("%d cases: %.1f rule firings, %.1f rules linked, %.1f rules linked without firing per case%n",
                cases.length, firings / (double) cases.length, linkedTotal / (double) cases.length, idleTotal / (double) cases.length);
        List<String> names = new ArrayList<>(linked.keySet());
        names.sort((x, y) -> Integer.compare(linked.get(y) - fired.getOrDefault(y, 0), linked.get(x) - fired.getOrDefault(x, 0)));
        System.out.println("linked  fired  rule (cases of " + cases.length + ")");
        for (String name : names.subList(0, Math.min(top, names.size()))) {
            System.out.printf("%6d %6d  %s%n", linked.get(name), fired.getOrDefault(name, 0), name);
        }
    }
}
