package org.hiptriage.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.CareSoFar;
import org.hiptriage.model.Exam;
import org.hiptriage.model.FunctionStatus;
import org.hiptriage.model.General;
import org.hiptriage.model.History;
import org.hiptriage.model.Location;
import org.hiptriage.model.MenstrualStatus;
import org.hiptriage.model.Onset;
import org.hiptriage.model.OnsetEvent;
import org.hiptriage.model.Pain;
import org.hiptriage.model.Pregnancy;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Sex;
import org.hiptriage.model.Side;
import org.hiptriage.model.Surface;
import org.hiptriage.model.Timing;
import org.hiptriage.model.Trend;

/**
 * A seeded generator of valid assessments for property tests: every field, unknowns ({@code null})
 * and empty lists included, pregnancy and postpartum, adolescents, with and without an examination,
 * and red-flag facts at a low but real rate. The same seed always gives the same cases.
 */
public final class RandomAssessments {

    private final Random random;

    /** A generator with this seed. */
    public RandomAssessments(long seed) {
        this.random = new Random(seed);
    }

    /** The next valid assessment. */
    public Assessment next() {
        Runner runner = runner();
        Pain pain = pain();
        FunctionStatus function = chance(0.15) ? null : function(pain);
        // each builder call draws in the order of the record's fields, so a seed gives the cases it always gave
        return Assessment.builder().runner(runner).pain(pain).function(function).general(chance(0.2) ? null : general())
                .history(chance(0.2) ? null : history()).careSoFar(chance(0.3) ? null : care(pain))
                .exam(chance(0.6) ? null : exam()).build();
    }

    /** The next {@code n} assessments. */
    public List<Assessment> next(int n) {
        List<Assessment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    private Runner runner() {
        int age = chance(0.12) ? 8 + random.nextInt(10) : 18 + random.nextInt(83);
        Sex sex = pick(Sex.values());
        Pregnancy pregnancy = null;
        Integer weeks = null;
        if (sex == Sex.FEMALE && age >= 16 && age <= 45 && chance(0.2)) {
            pregnancy = chance(0.5) ? Pregnancy.PREGNANT : Pregnancy.POSTPARTUM;
            weeks = pregnancy == Pregnancy.PREGNANT ? random.nextInt(43) : random.nextInt(105);
        } else if (chance(0.3)) {
            pregnancy = Pregnancy.NOT_PREGNANT;
        }
        Boolean breastfeeding = bool();
        MenstrualStatus periods = maybe(MenstrualStatus.values());
        if (sex == Sex.MALE) { // the same draws as before, then made consistent with the sex
            breastfeeding = Boolean.TRUE.equals(breastfeeding) ? Boolean.FALSE : breastfeeding;
            periods = periods == null ? null : MenstrualStatus.NOT_APPLICABLE;
        }
        return Runner.builder().age(age).sex(sex).pregnancy(pregnancy).weeksPregnantOrPostpartum(weeks)
                .breastfeeding(breastfeeding).menstrualStatus(periods)
                .heightCm(chance(0.5) ? null : 100.0 + random.nextInt(131))
                .weightKg(chance(0.5) ? null : 25.0 + random.nextInt(226)).build();
    }

    private Pain pain() {
        List<Location> locations = codes(Location.values(), 1, 3);
        return Pain.builder().side(maybe(Side.values())).locations(locations)
                .radiatesTo(chance(0.4) ? null : codes(Location.values(), 0, 2)).severity(random.nextInt(11))
                .onset(pick(Onset.values())).onsetEvent(maybe(OnsetEvent.values()))
                .durationDays(random.nextInt(200) + (chance(0.05) ? 1000 : 0)).trend(maybe(Trend.values()))
                .qualities(chance(0.3) ? null : codes(Quality.values(), 0, 3))
                .timing(chance(0.3) ? null : codes(Timing.values(), 0, 3))
                .aggravators(chance(0.3) ? null : codes(Aggravator.values(), 0, 4)).build();
    }

    private FunctionStatus function(Pain pain) {
        Boolean canBearWeight = chance(0.08) ? Boolean.FALSE : bool();
        Boolean painFree = bool();
        boolean walkingHurts = pain.worseWith(Aggravator.WALKING) || pain.comes(Timing.WHEN_WALKING);
        if (Boolean.TRUE.equals(painFree) && (Boolean.FALSE.equals(canBearWeight) || walkingHurts)) {
            painFree = chance(0.5) ? null : Boolean.FALSE;
        }
        return FunctionStatus.builder().canBearWeight(canBearWeight).limp(bool()).limitedHipMotion(bool())
                .dailyActivitiesLimited(bool()).painFreeWalking(painFree).legShortenedOrTurnedOut(rare()).build();
    }

    private General general() {
        Boolean numbness = rare();
        Side numbnessSide = Boolean.TRUE.equals(numbness) ? maybe(Side.values()) : null;
        return General.builder().fever(rare()).unexplainedWeightLoss(rare()).cancerHistory(rare()).nightSweats(rare())
                .bladderOrBowelChange(rare()).saddleNumbness(rare()).legNumbnessOrWeakness(numbness)
                .legNumbnessOrWeaknessSide(numbnessSide).longTermSteroids(rare()).immunosuppressed(rare())
                .inflammatoryArthritis(rare()).anticoagulants(rare()).stomachOrKidneyProblems(rare())
                .calfOrThighSwelling(rare()).recentSurgeryOrLongTravel(rare()).abdominalOrPelvicSymptoms(rare())
                .groinLump(rare()).build();
    }

    private History history() {
        return History.builder().weeklyDistanceKm(chance(0.3) ? null : (double) random.nextInt(150))
                .distanceIncreasePercent(chance(0.3) ? null : (double) (random.nextInt(160) - 50))
                .shoeDistanceKm(chance(0.4) ? null : (double) random.nextInt(1500))
                .surfaces(chance(0.4) ? null : codes(Surface.values(), 0, 3)).hills(bool()).speedWork(bool())
                .restDaysPerWeek(chance(0.3) ? null : random.nextInt(8))
                .sittingHoursPerDay(chance(0.4) ? null : (double) random.nextInt(15)).priorHipInjury(bool())
                .priorStressFracture(rare()).lowBoneDensity(rare()).lowEnergyAvailability(rare())
                .legLengthDifference(bool()).footProblems(bool()).familyHistoryHipArthritis(bool()).build();
    }

    private CareSoFar care(Pain pain) {
        return CareSoFar.builder().restedDays(chance(0.3) ? null : random.nextInt(pain.durationDays() + 1)).ice(bool())
                .painMedication(bool()).physicalTherapy(bool()).build();
    }

    private Exam exam() {
        return Exam.builder().greaterTrochanterTenderness(bool()).painOnResistedHipFlexion(bool()).fadirPositive(bool())
                .faberPositive(bool()).hopTestPain(rare()).ischialTuberosityTenderness(bool()).adductorSqueezePain(bool())
                .trendelenburgSign(bool()).straightLegRaisePositive(bool()).painfulInternalRotation(bool())
                .limitedInternalRotation(bool()).focalBonyTenderness(rare()).singleLegStancePain(bool()).build();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Boolean bool() {
        double r = random.nextDouble();
        return r < 0.34 ? null : (r < 0.67 ? Boolean.FALSE : Boolean.TRUE);
    }

    private Boolean rare() {
        double r = random.nextDouble();
        return r < 0.3 ? null : (r < 0.93 ? Boolean.FALSE : Boolean.TRUE);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(T[] values) {
        return chance(0.3) ? null : pick(values);
    }

    private <T> List<T> codes(T[] values, int min, int max) {
        List<T> pool = new ArrayList<>(List.of(values));
        java.util.Collections.shuffle(pool, random);
        return List.copyOf(pool.subList(0, min + random.nextInt(max - min + 1)));
    }
}
