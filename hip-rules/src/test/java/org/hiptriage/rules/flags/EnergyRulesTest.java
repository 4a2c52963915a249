package org.hiptriage.rules.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.FlagCode.RED_S_SIGNS;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.report.Level;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** One test per rule of flags/energy.drl. */
class EnergyRulesTest extends RuleTestSupport {

    static final String PERIODS = "Missing periods call for a medical check of energy, bone and hormones";
    static final String ENERGY = "Low energy availability calls for a medical check of energy, bone and hormones";

    static Explanation woman(Runner.Builder runner) {
        return assess(caseWith(Location.LATERAL_HIP).runner(runner));
    }

    static Runner.Builder aged(int age, MenstrualStatus periods) {
        return runner().age(age).sex(Sex.FEMALE).menstrualStatus(periods);
    }

    @Test
    void missingPeriodsCallForAMedicalCheckOfEnergyBoneAndHormones() {
        // given a 22-year-old woman with outer-hip pain whose periods have stopped
        Explanation then = woman(aged(22, MenstrualStatus.ABSENT));
        // then a medical check of RED-S, whatever the hip is
        assertFired(then, PERIODS);
        assertThat(flag(then, RED_S_SIGNS).level()).isEqualTo(Level.SEE_CLINICIAN);
        assertThat(flag(then, RED_S_SIGNS).because()).contains("periods that have stopped");
        // and given irregular periods, they count from 15 to 45 only
        assertThat(flag(woman(15, MenstrualStatus.IRREGULAR), RED_S_SIGNS).because()).contains("irregular periods");
        assertFired(woman(aged(45, MenstrualStatus.IRREGULAR)), PERIODS);
        assertNotFired(woman(aged(14, MenstrualStatus.IRREGULAR)), PERIODS);
        assertNotFired(woman(aged(48, MenstrualStatus.IRREGULAR)), PERIODS);
        // and given periods not started, they count from 15
        assertThat(flag(woman(15, MenstrualStatus.NOT_STARTED), RED_S_SIGNS).because()).contains("periods not started at 15");
        assertNotFired(woman(aged(13, MenstrualStatus.NOT_STARTED)), PERIODS);
        // and after the menopause, never
        assertNotFired(woman(aged(55, MenstrualStatus.POSTMENOPAUSAL)), PERIODS);
        // and given absent periods while breastfeeding or 20 weeks after birth, not
        assertNotFired(woman(aged(30, MenstrualStatus.ABSENT).breastfeeding(true)), PERIODS);
        assertNotFired(woman(aged(30, MenstrualStatus.ABSENT).postpartum(20)), PERIODS);
    }

    static Explanation woman(int age, MenstrualStatus periods) {
        return woman(aged(age, periods));
    }

    @Test
    void lowEnergyAvailabilityCallsForAMedicalCheckOfEnergyBoneAndHormones() {
        // given a man who eats too little for his training
        Explanation then = assess(caseWith(Location.LATERAL_HIP).history(History.builder().lowEnergyAvailability(true)));
        // then a medical check
        assertFired(then, ENERGY);
        assertThat(flag(then, RED_S_SIGNS).because()).contains("eating too little for the training (low energy availability)");
        assertThat(level(then)).isEqualTo(Level.SEE_CLINICIAN);
        // and given he eats enough, not
        Explanation not = assess(caseWith(Location.LATERAL_HIP).history(History.builder().lowEnergyAvailability(false)));
        assertNotFired(not, ENERGY);
        assertThat(raised(not, RED_S_SIGNS)).isFalse();
    }
}
