package org.hiptriage.model;

/**
 * General health: the screening questions for dangerous causes. {@code null} means "not asked".
 *
 * @param fever fever or feeling feverish
 * @param unexplainedWeightLoss weight loss the runner cannot explain
 * @param cancerHistory a history of cancer
 * @param nightSweats night sweats
 * @param bladderOrBowelChange a new change in bladder or bowel control
 * @param saddleNumbness numbness between the legs or around the back passage
 * @param legNumbnessOrWeakness numbness or weakness in a leg
 */
public record General(Boolean fever, Boolean unexplainedWeightLoss, Boolean cancerHistory, Boolean nightSweats,
                      Boolean bladderOrBowelChange, Boolean saddleNumbness, Boolean legNumbnessOrWeakness) {

    /** Nothing known about general health. */
    public static final General UNKNOWN = new General(null, null, null, null, null, null, null);

    /** True when the runner is known to have a fever. */
    public boolean hasFever() { return Boolean.TRUE.equals(fever); }
    /** True when the runner is known to have no fever. */
    public boolean knownNoFever() { return Boolean.FALSE.equals(fever); }
    /** True when the runner is known to have lost weight without explanation. */
    public boolean hasUnexplainedWeightLoss() { return Boolean.TRUE.equals(unexplainedWeightLoss); }
    /** True when the runner is known to have had cancer. */
    public boolean hasCancerHistory() { return Boolean.TRUE.equals(cancerHistory); }
    /** True when the runner is known to have night sweats. */
    public boolean hasNightSweats() { return Boolean.TRUE.equals(nightSweats); }
    /** True when the runner is known to have a new bladder or bowel change. */
    public boolean hasBladderOrBowelChange() { return Boolean.TRUE.equals(bladderOrBowelChange); }
    /** True when the runner is known to have saddle numbness. */
    public boolean hasSaddleNumbness() { return Boolean.TRUE.equals(saddleNumbness); }
    /** True when the runner is known to have leg numbness or weakness. */
    public boolean hasLegNumbnessOrWeakness() { return Boolean.TRUE.equals(legNumbnessOrWeakness); }
}
