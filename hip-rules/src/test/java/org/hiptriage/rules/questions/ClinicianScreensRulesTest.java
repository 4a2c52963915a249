package org.hiptriage.rules.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.ILIOTIBIAL_BAND_SYNDROME;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Trend;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/**
 * One test per rule of questions/clinician-screens.drl: these questions matter only when the report would advise
 * self-care; each shows as an openQuestion that could raise it to SEE_CLINICIAN.
 */
class ClinicianScreensRulesTest extends RuleTestSupport {

    /** A likely IT band syndrome, the emergency screens answered "no": a self-care case. */
    static Explanation selfCare(Assessment.Builder given) {
        return assess(given.general(screened()), likely(ILIOTIBIAL_BAND_SYNDROME));
    }

    static Assessment.Builder outerHip(Runner.Builder runner) {
        return caseWith(Location.LATERAL_HIP).runner(runner);
    }

    static OpenQuestion asked(Explanation then, String path) {
        assertThat(level(then)).as("disposition").isEqualTo(Level.SELF_CARE);
        OpenQuestion q = report(then).openQuestion(path).orElseThrow(() -> new AssertionError("no open question " + path
                + " in " + report(then).openQuestions().stream().map(OpenQuestion::path).toList()));
        assertThat(q.couldRaiseTo()).as(path).isEqualTo(Level.SEE_CLINICIAN);
        return q;
    }

    static void notAsked(Explanation then, String path) {
        assertThat(report(then).openQuestions()).extracting(OpenQuestion::path).as("open questions").doesNotContain(path);
    }

    @Test
    void unaskedPeriodsCouldShowLowEnergyAvailability() {
        // given a 30-year-old woman known not pregnant, periods not asked, in a self-care case
        Explanation then = selfCare(outerHip(runner().age(30).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT)));
        // then her periods are asked
        assertFired(then, "Unasked periods could show low energy availability");
        asked(then, "runner.menstrualStatus");
        // and given them answered, or a man, or a woman of 50, not
        notAsked(selfCare(outerHip(runner().age(30).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT).menstrualStatus(MenstrualStatus.REGULAR))),
                "runner.menstrualStatus");
        notAsked(selfCare(outerHip(runner())), "runner.menstrualStatus");
        assertNotFired(selfCare(outerHip(runner().age(50).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT))),
                "Unasked periods could show low energy availability");
        // and given the same case at SEE_CLINICIAN (fever not asked), not listed: it could not raise it
        Explanation clinician = assess(outerHip(runner().age(30).sex(Sex.FEMALE).pregnancy(Pregnancy.NOT_PREGNANT)), likely(ILIOTIBIAL_BAND_SYNDROME));
        assertThat(level(clinician)).isEqualTo(Level.SEE_CLINICIAN);
        notAsked(clinician, "runner.menstrualStatus");
    }

    @Test
    void unaskedEnergyAvailabilityCouldShowRedS() {
        // given a self-care case, energy availability not asked
        Explanation then = selfCare(outerHip(runner()));
        // then it is asked
        assertFired(then, "Unasked energy availability could show RED-S");
        asked(then, "history.lowEnergyAvailability");
        // and given it answered "no", not
        notAsked(selfCare(outerHip(runner())
                .history(History.builder().lowEnergyAvailability(false))), "history.lowEnergyAvailability");
    }

    @Test
    void anUnaskedTrendCouldShowPainThatWorsensWithEveryRun() {
        // given a self-care case, the trend not asked
        Explanation then = selfCare(outerHip(runner()));
        // then it is asked
        assertFired(then, "An unasked trend could show pain that worsens with every run");
        asked(then, "pain.trend");
        // and given it answered, not
        notAsked(selfCare(outerHip(runner()).pain(pain(Location.LATERAL_HIP).trend(Trend.IMPROVING))), "pain.trend");
    }

    @Test
    void unaskedLegNumbnessOrWeaknessCouldComeFromANerve() {
        // given a self-care case, numbness not asked
        Explanation then = selfCare(outerHip(runner()));
        // then it is asked
        assertFired(then, "Unasked leg numbness or weakness could come from a nerve");
        asked(then, "general.legNumbnessOrWeakness");
        // and given it answered "no", not
        notAsked(assess(outerHip(runner())
                .general(screened().legNumbnessOrWeakness(false)), likely(ILIOTIBIAL_BAND_SYNDROME)),
                "general.legNumbnessOrWeakness");
    }
}
