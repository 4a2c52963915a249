package org.hiptriage.rules.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hiptriage.model.report.ConditionCode.ILIOTIBIAL_BAND_SYNDROME;

import org.hiptriage.engine.Explanation;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.Onset;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Surface;
import org.junit.jupiter.api.Test;

/** One test per rule of conditions/iliotibial-band-syndrome.drl. */
class IliotibialBandSyndromeRulesTest extends ConditionRulesTestSupport {

    /** Outer hip pain worse running downhill in the 35-year-old baseline runner: enough to list the IT band. */
    private static Assessment.Builder downhillOuterHipPain() {
        return Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP).aggravators(Aggravator.DOWNHILL));
    }

    @Test
    void painOnTheOutsideOfTheHipCanComeFromTheItBand() {
        // given outer hip pain worse downhill
        Explanation then = assess(downhillOuterHipPain());
        // then the location counts, a little, for the IT band
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Pain on the outside of the hip can come from the IT band",
                "pain on the outside of the hip");
        // and pain only on the outer thigh does not count as outer hip pain
        Explanation thigh = assess(Assessment.builder().runner(runner()).pain(pain(Location.OUTER_THIGH)));
        assertNotFired(thigh, "Pain on the outside of the hip can come from the IT band");
    }

    @Test
    void painOnTheOuterThighFitsIliotibialBandSyndrome() {
        // given outer hip pain spreading down the outer thigh
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).radiatesTo(Location.OUTER_THIGH)));
        // then it follows the band's course
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Pain on the outer thigh fits iliotibial band syndrome",
                "pain on or down the outer thigh, along the IT band");
        // and given pain felt on the outer thigh itself, the same holds
        assertFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.OUTER_THIGH))),
                "Pain on the outer thigh fits iliotibial band syndrome");
        // and when nobody asked where it spreads, outer hip pain alone does not count as thigh pain
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP))),
                "Pain on the outer thigh fits iliotibial band syndrome");
    }

    @Test
    void outerHipPainThatSpreadsToTheKneeFitsIliotibialBandSyndrome() {
        // given outer hip pain worse downhill that spreads to the knee
        Explanation then = assess(Assessment.builder().runner(runner())
                .pain(pain(Location.LATERAL_HIP).radiatesTo(Location.KNEE).aggravators(Aggravator.DOWNHILL)));
        // then the spread to the knee counts for the band
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Outer hip pain that spreads to the knee fits iliotibial band syndrome",
                "outer hip pain that spreads to the knee");
        // and buttock pain spreading to the knee does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK).radiatesTo(Location.KNEE))),
                "Outer hip pain that spreads to the knee fits iliotibial band syndrome");
    }

    @Test
    void outerHipOrThighPainRunningDownhillIsTypicalOfIliotibialBandSyndrome() {
        // given outer hip pain worse running downhill
        Explanation then = assess(downhillOuterHipPain());
        // then downhill running counts as typical
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Outer hip or thigh pain running downhill is typical of iliotibial band syndrome",
                "worse running downhill");
        // and buttock pain worse downhill does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.BUTTOCK).aggravators(Aggravator.DOWNHILL))),
                "Outer hip or thigh pain running downhill is typical of iliotibial band syndrome");
    }

    @Test
    void clickingOrSnappingOverTheOuterHipFitsTheItBand() {
        // given outer hip pain that clicks
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP).qualities(Quality.CLICKING)));
        // then the clicking counts for the band snapping over the trochanter
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Clicking or snapping over the outer hip fits the IT band",
                "clicking or snapping over the outside of the hip");
        // and clicking in the groin (a joint sign) does not
        assertNotFired(assess(Assessment.builder().runner(runner()).pain(pain(Location.GROIN).qualities(Quality.CLICKING))),
                "Clicking or snapping over the outer hip fits the IT band");
    }

    @Test
    void runningOnCamberedRoadsAddsToIliotibialBandSyndrome() {
        // given outer hip pain worse downhill in a runner who trains on cambered roads
        Explanation then = assess(downhillOuterHipPain()
                .history(History.builder().surfaces(Surface.ROAD, Surface.CAMBERED)));
        // then the camber adds a little
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Running on cambered roads adds to iliotibial band syndrome",
                "runs on cambered roads");
        // and flat roads do not
        assertNotFired(assess(downhillOuterHipPain().history(History.builder().surfaces(Surface.ROAD))),
                "Running on cambered roads adds to iliotibial band syndrome");
    }

    @Test
    void aSharpRiseInDistanceAddsToIliotibialBandSyndrome() {
        // given outer hip pain worse downhill after distance rose by 40 %
        Explanation then = assess(downhillOuterHipPain().history(History.builder().distanceIncreasePercent(40.0)));
        // then the load spike adds, in its own words
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "A sharp rise in distance adds to iliotibial band syndrome",
                "running distance up 40 % on the 4 weeks before");
        // and a 10 % rise does not
        assertNotFired(assess(downhillOuterHipPain().history(History.builder().distanceIncreasePercent(10.0))),
                "A sharp rise in distance adds to iliotibial band syndrome");
    }

    @Test
    void wornOutShoesAddToIliotibialBandSyndrome() {
        // given outer hip pain worse downhill in shoes that have run 900 km
        Explanation then = assess(downhillOuterHipPain().history(History.builder().shoeDistanceKm(900.0)));
        // then the worn shoes add
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Worn-out shoes add to iliotibial band syndrome",
                "shoes that have run 800 km or more");
        // and shoes of 300 km do not
        assertNotFired(assess(downhillOuterHipPain()
                .history(History.builder().shoeDistanceKm(300.0))), "Worn-out shoes add to iliotibial band syndrome");
    }

    @Test
    void youngerRunnersWithOuterHipPainAreTheUsualIliotibialBandPatients() {
        // given a 35-year-old with outer hip pain worse downhill
        Explanation then = assess(downhillOuterHipPain());
        // then the age adds a little
        assertSupports(then, ILIOTIBIAL_BAND_SYNDROME, "Younger runners with outer hip pain are the usual iliotibial band patients",
                "a runner under 40, the age IT band syndrome is commonest");
        // and a 45-year-old does not get it
        assertNotFired(assess(downhillOuterHipPain().runner(runner().age(45))),
                "Younger runners with outer hip pain are the usual iliotibial band patients");
    }

    @Test
    void outerHipPainLyingOnThePainfulSidePointsToTheGlutealTendonsRatherThanTheItBand() {
        // given outer hip pain down the thigh, worse downhill but also lying on that side
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP)
                .radiatesTo(Location.OUTER_THIGH).aggravators(Aggravator.DOWNHILL, Aggravator.LYING_ON_AFFECTED_SIDE)));
        // then side-lying pain is held against the IT band and said to point to GTPS
        assertArgues(then, ILIOTIBIAL_BAND_SYNDROME, "Outer hip pain lying on the painful side points to the gluteal tendons rather than the IT band",
                "worse lying on the painful side, which points to the gluteal tendons (GTPS)");
        // and without side-lying pain it is not
        assertNotFired(assess(downhillOuterHipPain()),
                "Outer hip pain lying on the painful side points to the gluteal tendons rather than the IT band");
    }

    @Test
    void outerHipPainThatBeganSuddenlyArguesAgainstIliotibialBandSyndrome() {
        // given outer hip pain down the thigh, worse downhill, that began suddenly
        Explanation then = assess(Assessment.builder().runner(runner()).pain(pain(Location.LATERAL_HIP).onset(Onset.SUDDEN)
                .radiatesTo(Location.OUTER_THIGH).aggravators(Aggravator.DOWNHILL)));
        // then the sudden onset is held against an overuse injury
        assertArgues(then, ILIOTIBIAL_BAND_SYNDROME, "Outer hip pain that began suddenly argues against iliotibial band syndrome",
                "the pain began suddenly, while the IT band is an overuse injury");
        // and gradual pain is not
        assertNotFired(assess(downhillOuterHipPain()), "Outer hip pain that began suddenly argues against iliotibial band syndrome");
    }
}
