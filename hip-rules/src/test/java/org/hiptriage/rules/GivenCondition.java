package org.hiptriage.rules;

import org.hiptriage.model.report.ConditionCode;

/**
 * Test only: a condition a test puts among the candidates with a chosen weight, so that the layers
 * above the evidence (disposition, care, avoid, review) can be tested for every condition code,
 * whatever evidence rules exist for it.
 *
 * @param condition the condition
 * @param weight the weight of evidence for it (3–5 POSSIBLE, 6 or more LIKELY)
 */
public record GivenCondition(ConditionCode condition, int weight) {
}
