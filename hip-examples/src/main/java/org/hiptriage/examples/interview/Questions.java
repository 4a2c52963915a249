package org.hiptriage.examples.interview;

import static org.hiptriage.examples.interview.Question.Operator.AT_LEAST;
import static org.hiptriage.examples.interview.Question.Operator.EQUALS;
import static org.hiptriage.examples.interview.Question.Operator.NOT_EQUALS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hiptriage.examples.interview.Question.Choice;
import org.hiptriage.examples.interview.Question.EnableWhen;
import org.hiptriage.examples.interview.Question.Unit;
import org.hiptriage.model.Aggravator;
import org.hiptriage.model.Location;
import org.hiptriage.model.Quality;
import org.hiptriage.model.Runner;
import org.hiptriage.model.Timing;
import org.hiptriage.model.validation.ContractRange;

/**
 * The questions a runner answers, in the order they are asked, grouped in the contract's sections.
 * Defined here once: the terminal interview asks them and the FHIR {@code Questionnaire} is
 * generated from them. There are no examination questions: the {@code exam} section is for a
 * clinician, and a runner is never asked to test anything on a painful leg (hopping included).
 */
public final class Questions {

    /** The name of each contract code list, {@code urn:hiptriage:code:<Type>}: the FHIR code systems are made from it (fhir.Terminology). */
    public static final String CODE_SYSTEM_PREFIX = "urn:hiptriage:code:";

    /**
     * The age from which pregnancy is asked about (earlier once periods have started): the model's
     * {@link Runner#PREGNANCY_POSSIBLE_FROM_AGE}, from which an unknown pregnancy is kept in mind.
     */
    public static final int PREGNANCY_FROM_AGE = Runner.PREGNANCY_POSSIBLE_FROM_AGE;

    /**
     * A group of questions: one contract section.
     *
     * @param id the section's name in the contract, e.g. {@code pain}
     * @param title the heading in plain words
     * @param questions its questions, in order
     */
    public record Section(String id, String title, List<Question> questions) {
        /** Copies the list. */
        public Section {
            questions = List.copyOf(questions);
        }
    }

    private Questions() {
    }

    /** Every section, in order. */
    public static List<Section> sections() {
        return SECTIONS;
    }

    /** Every question, in the order asked. */
    public static List<Question> all() {
        return SECTIONS.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The question for this contract path, or {@code null}. */
    public static Question byPath(String path) {
        return BY_PATH.get(path);
    }

    private static final EnableWhen NOT_MALE = new EnableWhen("runner.sex", NOT_EQUALS, "MALE");

    private static final List<Section> SECTIONS = define();
    private static final Map<String, Question> BY_PATH = SECTIONS.stream().flatMap(s -> s.questions().stream())
            .collect(Collectors.toUnmodifiableMap(Question::path, q -> q));

    private static List<Section> define() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("runner", "About you", List.of(
                Question.whole(ContractRange.AGE, "How old are you, in years?").mustAnswer(),
                Question.oneOf("runner.sex", "What is your sex?", system("Sex"),
                        choices("FEMALE", "female", "MALE", "male", "OTHER", "other")).mustAnswer(),
                // periods come before pregnancy: a runner under 12 whose periods have started is asked about pregnancy
                // too, and after the menopause or before the periods have started the question is left out
                Question.oneOf("runner.menstrualStatus", "How are your periods at the moment?", system("MenstrualStatus"),
                                choices("REGULAR", "regular", "IRREGULAR", "irregular",
                                        "ABSENT", "stopped for 3 months or more",
                                        "NOT_APPLICABLE", "does not apply (for example after a hysterectomy, or with contraception that stops them)",
                                        "NOT_STARTED", "not started yet",
                                        "POSTMENOPAUSAL", "stopped for good (after the menopause)"))
                        .withHelp("If you are pregnant or have had a baby in the last year, answer for now, or press Enter.")
                        .whenAll(NOT_MALE),
                Question.oneOf("runner.pregnancy", "Are you pregnant, or have you given birth in the last two years?",
                                system("Pregnancy"), choices("NOT_PREGNANT", "neither", "PREGNANT", "pregnant now",
                                        "POSTPARTUM", "gave birth in the last two years"))
                        .withHelp("Press Enter if you don't know or would rather not say: it is then kept in mind, never taken as \"no\".")
                        .whenAny(new EnableWhen("runner.age", AT_LEAST, PREGNANCY_FROM_AGE),
                                new EnableWhen("runner.menstrualStatus", EQUALS, "REGULAR"),
                                new EnableWhen("runner.menstrualStatus", EQUALS, "IRREGULAR"),
                                new EnableWhen("runner.menstrualStatus", EQUALS, "ABSENT"))
                        .within(NOT_MALE,
                                new EnableWhen("runner.menstrualStatus", NOT_EQUALS, "NOT_STARTED"),
                                new EnableWhen("runner.menstrualStatus", NOT_EQUALS, "POSTMENOPAUSAL")),
                Question.whole(ContractRange.WEEKS_PREGNANT_OR_POSTPARTUM,
                                "How many weeks pregnant are you, or how many weeks ago did you give birth?")
                        .mustAnswer().withUnit(new Unit("weeks", "wk", false))
                        .whenAny(new EnableWhen("runner.pregnancy", EQUALS, "PREGNANT"),
                                new EnableWhen("runner.pregnancy", EQUALS, "POSTPARTUM")),
                Question.yesNo("runner.breastfeeding", "Are you breastfeeding?")
                        .whenAll(new EnableWhen("runner.pregnancy", EQUALS, "POSTPARTUM")),
                Question.number(ContractRange.HEIGHT_CM, "How tall are you, in centimetres?")
                        .withUnit(new Unit("cm", "cm", false)),
                Question.number(ContractRange.WEIGHT_KG, "How much do you weigh, in kilograms?")
                        .withUnit(new Unit("kg", "kg", false)))));
        sections.add(new Section("pain", "Your pain", List.of(
                Question.oneOf("pain.side", "Which hip hurts?", system("Side"),
                        choices("LEFT", "left", "RIGHT", "right", "BOTH", "both")),
                Question.anyOf("pain.locations", "Where does it hurt? Choose one or more.", system("Location"),
                        choices(Location.values(), Location::words)).mustAnswer(),
                Question.anyOf("pain.radiatesTo", "Does the pain spread anywhere else? Choose one or more, or none.",
                        system("Location"), choices(Location.values(), Location::words)).noneAllowed(),
                Question.whole(ContractRange.SEVERITY,
                        "How bad has the pain been at its worst in the last week, from 0 (no pain) to 10 (the worst you can imagine)?").mustAnswer(),
                Question.oneOf("pain.onset", "Did it start suddenly, or come on gradually?", system("Onset"),
                        choices("SUDDEN", "suddenly", "GRADUAL", "gradually")).mustAnswer(),
                Question.oneOf("pain.onsetEvent", "Did anything happen when it started?", system("OnsetEvent"),
                        choices("NONE", "nothing in particular", "FALL", "a fall", "DIRECT_BLOW", "a blow to the hip",
                                "SPRINT_OR_KICK", "a sprint or a kick", "OVERSTRETCH", "an overstretch",
                                "CHANGE_OF_DIRECTION", "a sudden change of direction")),
                Question.whole(ContractRange.DURATION_DAYS, "How long has it hurt? (days; 3w or 2 months work too)")
                        .mustAnswer().withUnit(Unit.DAYS),
                Question.oneOf("pain.trend", "Over the last week or two, how is it changing?", system("Trend"),
                        choices("IMPROVING", "getting better", "STABLE", "staying the same", "WORSENING", "getting worse",
                                "WORSE_WITH_EVERY_RUN", "worse with every run")),
                Question.anyOf("pain.qualities", "What does it feel like? Choose one or more, or none.",
                        system("Quality"), choices(Quality.values(), Quality::words)).noneAllowed(),
                Question.anyOf("pain.timing", "When does it hurt? Choose one or more.", system("Timing"),
                        choices(Timing.values(), Timing::words)),
                Question.anyOf("pain.aggravators", "Which of these have you noticed make it worse? Choose one or more, or none.",
                                system("Aggravator"), Question.relabel(choices(Aggravator.values(), Aggravator::words),
                                        "HOPPING", "hopping (only if you have already noticed it)"))
                        .noneAllowed()
                        .withHelp("Answer from what you have already noticed. Do not try any of these now to check: "
                                + "trying them on a painful hip, hopping above all, can make an injury worse."))));
        sections.add(new Section("function", "What you can still do", List.of(
                Question.yesNo("function.canBearWeight", "Can you put your full weight on that leg, to stand and walk?"),
                Question.yesNo("function.limp", "Do you limp?"),
                Question.yesNo("function.limitedHipMotion",
                        "Is the hip stiff, or harder to move than the other one (for example putting on socks)?"),
                Question.yesNo("function.dailyActivitiesLimited",
                        "Does the pain get in the way of daily life, such as work, stairs or sleep?"),
                Question.yesNo("function.painFreeWalking", "Can you walk without pain?")
                        .whenAll(new EnableWhen("function.canBearWeight", NOT_EQUALS, false)),
                Question.yesNo("function.legShortenedOrTurnedOut",
                                "Since the fall, does that leg look shorter than the other, or turned outwards?")
                        .withHelp("Look, or ask someone to look; do not stand on it or move it to check.")
                        .whenAll(new EnableWhen("pain.onsetEvent", EQUALS, "FALL")))));
        sections.add(new Section("general", "Your general health", List.of(
                Question.yesNo("general.fever", "Have you had a fever, or felt hot and shivery, with this pain?"),
                Question.yesNo("general.unexplainedWeightLoss", "Have you lost weight recently without trying?"),
                Question.yesNo("general.cancerHistory", "Have you ever had cancer?"),
                Question.yesNo("general.nightSweats", "Do you wake up at night soaked in sweat?"),
                Question.yesNo("general.bladderOrBowelChange",
                        "Any new trouble passing or holding urine or stools?"),
                Question.yesNo("general.saddleNumbness",
                        "Any numbness between your legs or around your bottom (where you sit on a bike saddle)?"),
                Question.yesNo("general.legNumbnessOrWeakness", "Any numbness, pins and needles or weakness in the leg?"),
                Question.oneOf("general.legNumbnessOrWeaknessSide", "Which leg is numb or weak?", system("Side"),
                                choices("LEFT", "the left leg", "RIGHT", "the right leg", "BOTH", "both legs"))
                        .withHelp("The leg with the numbness or weakness, which may not be the side that hurts.")
                        .whenAll(new EnableWhen("general.legNumbnessOrWeakness", EQUALS, true)),
                Question.yesNo("general.longTermSteroids",
                        "Have you taken steroid tablets (such as prednisolone) for 3 months or more?"),
                Question.yesNo("general.immunosuppressed",
                        "Do you take medicines that weaken the immune system, have chemotherapy, or have diabetes?"),
                Question.yesNo("general.inflammatoryArthritis",
                        "Do you have an inflammatory arthritis, such as rheumatoid arthritis, ankylosing spondylitis or psoriatic arthritis?"),
                Question.yesNo("general.anticoagulants",
                        "Do you take blood thinners (anticoagulants such as warfarin, apixaban or rivaroxaban)?"),
                Question.yesNo("general.stomachOrKidneyProblems",
                        "Have you had a stomach ulcer, bleeding from the stomach or bowel, or kidney disease?"),
                Question.yesNo("general.calfOrThighSwelling", "Is your calf or thigh swollen?"),
                Question.yesNo("general.recentSurgeryOrLongTravel",
                        "In the last 4 weeks, have you had an operation, a plaster cast, or a journey of more than 4 hours?"),
                Question.yesNo("general.abdominalOrPelvicSymptoms",
                        "Do you have tummy pain, sickness or vomiting, pain passing urine, or unusual vaginal bleeding or discharge?"),
                Question.yesNo("general.groinLump", "Have you noticed a lump in the groin?"))));
        sections.add(new Section("history", "Your running", List.of(
                Question.number(ContractRange.WEEKLY_DISTANCE_KM, "About how many kilometres a week do you run?")
                        .withUnit(new Unit("km a week", "km/wk", false)),
                Question.number(ContractRange.DISTANCE_INCREASE_PERCENT,
                                "How much more have you run in the last 4 weeks than in the 4 weeks before, in percent? "
                                        + "(for example 20; 0 for the same; -10 for less)")
                        .withUnit(new Unit("%", "%", false)),
                Question.number(ContractRange.SHOE_DISTANCE_KM, "About how many kilometres have your running shoes done?")
                        .withUnit(new Unit("km", "km", false)),
                Question.anyOf("history.surfaces", "Where do you usually run? Choose one or more.", system("Surface"),
                        choices("ROAD", "road", "TRAIL", "trail", "TRACK", "track", "TREADMILL", "treadmill",
                                "GRASS", "grass", "SAND", "sand", "CAMBERED", "sloping (cambered) roads or paths")),
                Question.yesNo("history.hills", "Do you run hills?"),
                Question.yesNo("history.speedWork", "Do you do speed work, such as intervals, sprints or track sessions?"),
                Question.whole(ContractRange.REST_DAYS_PER_WEEK, "How many rest days from running do you take a week?"),
                Question.number(ContractRange.SITTING_HOURS_PER_DAY, "About how many hours a day do you sit?")
                        .withUnit(new Unit("hours a day", "h/d", false)),
                Question.yesNo("history.priorHipInjury", "Have you injured this hip before?"),
                Question.yesNo("history.priorStressFracture", "Have you ever had a stress fracture?"),
                Question.yesNo("history.lowBoneDensity",
                        "Have you been told you have low bone density (osteopenia or osteoporosis)?"),
                Question.yesNo("history.lowEnergyAvailability",
                        "Do you often eat less than your training needs, or have you been told you have low energy availability (RED-S)?"),
                Question.yesNo("history.legLengthDifference", "Have you been told one leg is longer than the other?"),
                Question.yesNo("history.footProblems", "Do you have flat feet or other foot problems?"),
                Question.yesNo("history.familyHistoryHipArthritis", "Has a parent, brother or sister had hip arthritis?"))));
        sections.add(new Section("careSoFar", "What you have tried", List.of(
                Question.whole(ContractRange.RESTED_DAYS,
                        "How many days have you rested from running since it started? (days; 1w works too)")
                        .withUnit(Unit.DAYS),
                Question.yesNo("careSoFar.ice", "Have you used ice on it?"),
                Question.yesNo("careSoFar.painMedication", "Have you taken pain medication for it?"),
                Question.yesNo("careSoFar.physicalTherapy", "Have you seen a physical therapist for it?"))));
        return List.copyOf(sections);
    }

    private static String system(String type) {
        return CODE_SYSTEM_PREFIX + type;
    }

    private static List<Choice> choices(String... codeAndLabel) {
        List<Choice> out = new ArrayList<>();
        for (int i = 0; i < codeAndLabel.length; i += 2) {
            out.add(new Choice(codeAndLabel[i], codeAndLabel[i + 1]));
        }
        return out;
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] values, Function<E, String> words) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), words.apply(v))).toList();
    }
}
