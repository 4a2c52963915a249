package org.hiptriage.examples.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hiptriage.engine.RuleFiles;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.junit.jupiter.api.Test;

/**
 * The codes of the contract (a copy of its lists in contract-codes.txt) and the enums the rules
 * conclude agree both ways, and every code a rule names is a contract code.
 */
class ContractCodesTest {

    private static final Map<String, Class<? extends Enum<?>>> ENUMS = Map.of(
            "ConditionCode", ConditionCode.class, "FlagCode", FlagCode.class, "CareStepCode", CareStepCode.class,
            "AvoidCode", AvoidCode.class, "Level", Level.class);

    /** The enum whose codes a kind of conclusion names. */
    private static final Map<Conclusion.Kind, String> ENUM_OF = Map.of(
            Conclusion.Kind.EVIDENCE_FOR, "ConditionCode", Conclusion.Kind.EVIDENCE_AGAINST, "ConditionCode",
            Conclusion.Kind.CANDIDATE, "ConditionCode", Conclusion.Kind.GUIDE, "ConditionCode",
            Conclusion.Kind.FLAG, "FlagCode", Conclusion.Kind.CARE_STEP, "CareStepCode", Conclusion.Kind.AVOID, "AvoidCode",
            Conclusion.Kind.WITHDRAWAL, "CareStepCode", Conclusion.Kind.URGENCY, "Level", Conclusion.Kind.DISPOSITION, "Level");

    static Map<String, Set<String>> contract() throws IOException {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : RuleBaseStaticChecksTest.resource("contract-codes.txt").split("\\R")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[")) {
                current = new TreeSet<>();
                lists.put(t.substring(1, t.length() - 1), current);
            } else {
                current.addAll(Arrays.asList(t.split("\\s+")));
            }
        }
        return lists;
    }

    @Test
    void theEnumsAndTheContractListTheSameCodes() throws IOException {
        // given the contract's code lists, then each enum has exactly those constants
        Map<String, Set<String>> contract = contract();
        assertThat(contract.keySet()).containsExactlyInAnyOrderElementsOf(ENUMS.keySet());
        List<String> problems = new ArrayList<>();
        ENUMS.forEach((name, type) -> {
            Set<String> constants = new TreeSet<>();
            for (Enum<?> e : type.getEnumConstants()) {
                constants.add(e.name());
            }
            for (String c : constants) {
                if (!contract.get(name).contains(c)) {
                    problems.add(name + "." + c + " is not a code of the contract: a report could carry a code callers do not know. "
                            + "Add it to shared/contract.md (adding is allowed) and to contract-codes.txt, or remove it.");
                }
            }
            for (String c : contract.get(name)) {
                if (!constants.contains(c)) {
                    problems.add(c + " is a contract code missing from " + name
                            + ": codes are never renamed or removed; restore the constant.");
                }
            }
        });
        assertThat(problems).as("contract codes").isEmpty();
    }

    @Test
    void everyCodeARuleNamesIsAContractCode() throws IOException {
        // given every code the DRL names (in conditions or conclusions), then each is in the contract's lists
        Map<String, Set<String>> contract = contract();
        List<String> problems = new ArrayList<>();
        for (DrlCatalogue.Rule rule : DrlCatalogue.byName(RuleFiles.packaged()).values()) {
            String path = rule.file() + " (rule \"" + rule.name() + "\")";
            TreeSet<String> named = new TreeSet<>(rule.considers());
            rule.concludes().stream().filter(c -> !c.isVariable())
                    .forEach(c -> named.add(ENUM_OF.getOrDefault(c.kind(), "") + "." + c.code()));
            for (String code : named) {
                String[] parts = code.split("\\.");
                if (contract.containsKey(parts[0]) && !contract.get(parts[0]).contains(parts[1])) {
                    problems.add(path + " names " + code + ", which is not in the contract: add it to the contract first");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
