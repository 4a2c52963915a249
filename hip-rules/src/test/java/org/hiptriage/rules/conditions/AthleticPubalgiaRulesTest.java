package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.ATHLETIC_PUBALGIA;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Location;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/athletic-pubalgia.drl (the baseline runner is a man, which adds 1). */
class AthleticPubalgiaRulesTest extends FrontOfHipTestSupport {

    @Test
    void groinPainOnCoughingOrSneezingPointsToAthleticPubalgia() {
        // given groin pain worse coughing
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).aggravators(Aggravator.COUGHING_OR_SNEEZING)));
        // then the cough counts for athletic pubalgia
        assertFired(then, "Groin pain on coughing or sneezing points to athletic pubalgia");
        assertThat(listed(then, ATHLETIC_PUBALGIA).because()).contains("groin pain on coughing or sneezing");
        // and with the aggravators unknown it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN))),
                "Groin pain on coughing or sneezing points to athletic pubalgia");
    }

    @Test
    void groinPainOnChangingDirectionOrSprintingFitsAthleticPubalgia() {
        // given groin pain worse changing direction
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).aggravators(Aggravator.DIRECTION_CHANGES)));
        // then turning counts for athletic pubalgia
        assertFired(then, "Groin pain on changing direction or sprinting fits athletic pubalgia");
        assertThat(listed(then, ATHLETIC_PUBALGIA).because()).contains("groin pain on changing direction or sprinting");
    }

    @Test
    void painOverThePubicBoneFitsOsteitisPubis() {
        // given pain over the pubic bone
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.PUBIC_BONE)));
        // then it is listed as possible athletic pubalgia / osteitis pubis
        assertFired(then, "Pain over the pubic bone fits osteitis pubis");
        assertThat(listed(then, ATHLETIC_PUBALGIA).because()).contains("pain over the pubic bone (osteitis pubis)");
    }

    @Test
    void menAreTheAthletesMostOftenAffectedByAthleticPubalgia() {
        // given a man with groin pain worse coughing
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.GROIN).aggravators(Aggravator.COUGHING_OR_SNEEZING)));
        // then being a man adds a little
        assertFired(then, "Men are the athletes most often affected by athletic pubalgia");
        assertThat(listed(then, ATHLETIC_PUBALGIA).because()).contains("a man, the group athletic pubalgia affects most");
        // and for a woman it does not
        assertNotFired(assess(Assessment.builder().runner(woman(35))
                .pain(pain(Location.GROIN).aggravators(Aggravator.COUGHING_OR_SNEEZING))),
                "Men are the athletes most often affected by athletic pubalgia");
    }

    @Test
    void pubicOrGroinPainInPregnancyOrAfterBirthIsUsuallyPelvicGirdlePainRatherThanAthleticPubalgia() {
        // given a pregnant runner with pubic and groin pain worse coughing and turning
        Explanation then = assess(Assessment.builder().runner(woman(31).pregnant(24)).pain(pain(Location.PUBIC_BONE, Location.GROIN)
                .aggravators(Aggravator.COUGHING_OR_SNEEZING, Aggravator.DIRECTION_CHANGES)));
        // then the pregnancy is listed against athletic pubalgia
        assertFired(then, "Pubic or groin pain in pregnancy or after birth is usually pelvic girdle pain rather than athletic pubalgia");
        assertThat(listed(then, ATHLETIC_PUBALGIA).against())
                .contains("pregnant or recently given birth, when pubic pain is usually pelvic girdle pain");
        // and for a woman who is not pregnant it does not fire
        assertNotFired(assess(Assessment.builder().runner(woman(31)).pain(pain(Location.PUBIC_BONE))),
                "Pubic or groin pain in pregnancy or after birth is usually pelvic girdle pain rather than athletic pubalgia");
    }

    @Test
    void innerThighPainThatACoughDoesNotWorsenPointsToTheAdductorsRatherThanAthleticPubalgia() {
        // given pubic, groin and inner-thigh pain worse turning but not on coughing
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.PUBIC_BONE, Location.GROIN, Location.INNER_THIGH).aggravators(Aggravator.DIRECTION_CHANGES)));
        // then the inner thigh is listed against athletic pubalgia
        assertFired(then, "Inner-thigh pain that a cough does not worsen points to the adductors rather than athletic pubalgia");
        assertThat(listed(then, ATHLETIC_PUBALGIA).against())
                .contains("inner-thigh pain that coughing or sneezing does not worsen, which points to the adductors");
        // and when the aggravators were not asked it does not fire
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.PUBIC_BONE, Location.INNER_THIGH))),
                "Inner-thigh pain that a cough does not worsen points to the adductors rather than athletic pubalgia");
    }
}
