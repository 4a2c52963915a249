package org.hiptriage.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * Reads an assessment in the contract's JSON (contract §1, version 2). Every problem is collected with its
 * contract path — unknown fields, unknown codes, wrong types, out-of-range values, contradictions (the
 * model's validator) — and the whole document is refused if there is any. The fields of each section and
 * their types come from the model's record components ({@link ContractFields}); the values go into the
 * model through its builders, and a field the model has but this reader does not set is a programming
 * error that fails every read of its section ({@link IllegalStateException}), never a dropped answer.
 * Limits (a hostile document cannot make the reader use much memory or time): {@value #MAX_BYTES} bytes,
 * nesting depth {@value #MAX_DEPTH}, numbers of at most {@value #MAX_NUMBER_LENGTH} characters, strings
 * of at most {@value #MAX_STRING_LENGTH} characters. A leading UTF-8 byte-order mark is ignored. Given any
 * input it throws nothing but {@link InvalidAssessmentException} (checked by a seeded fuzz test).
 */
public final class AssessmentJson {

    /** The largest document accepted, in bytes (64 KiB; the contract's full example is about 2 KiB). */
    public static final int MAX_BYTES = 64 * 1024;
    /** The deepest nesting accepted (the contract needs 3: the assessment, a section, a list). */
    public static final int MAX_DEPTH = 10;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 10_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH).maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxStringLength(MAX_STRING_LENGTH).maxDocumentLength(MAX_BYTES).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The fields of each section ("" for the assessment itself), from the model's record components. */
    private static final Map<String, Set<String>> FIELDS = fieldNames();

    private static Map<String, Set<String>> fieldNames() {
        Map<String, Set<String>> out = new HashMap<>();
        out.put("", Set.copyOf(ContractFields.sections()));
        for (String section : ContractFields.sections()) {
            out.put(section, ContractFields.fields(section).stream().map(ContractFields.Field::name)
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return Map.copyOf(out);
    }

    /** Each section's fields by name, to their position in {@link ContractFields#fields(String)}. */
    private static final Map<String, Map<String, Integer>> POSITIONS = positions();

    private static Map<String, Map<String, Integer>> positions() {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (String section : ContractFields.sections()) {
            Map<String, Integer> positions = new HashMap<>();
            List<ContractFields.Field> fields = ContractFields.fields(section);
            for (int i = 0; i < fields.size(); i++) {
                positions.put(fields.get(i).name(), i);
            }
            out.put(section, Map.copyOf(positions));
        }
        return Map.copyOf(out);
    }

    private final List<Problem> problems = new ArrayList<>();

    private AssessmentJson() {
    }

    /** Reads an assessment from UTF-8 bytes; throws {@link InvalidAssessmentException} listing every problem. */
    public static Assessment parse(byte[] utf8) {
        if (utf8 == null) {
            throw refuse("$", "must be a JSON object (an assessment)", "nothing");
        }
        if (utf8.length > MAX_BYTES) {
            throw refuse("$", "must be at most " + MAX_BYTES + " bytes", "a larger document");
        }
        if (isAscii(utf8)) { // nearly every case: plain ASCII is valid UTF-8 as it is, and has no byte-order mark
            if (isBlank(utf8)) {
                throw refuse("$", "must be a JSON object (an assessment)", "an empty document");
            }
            return read(utf8, null);
        }
        String text;
        try { // one strict decoding pass: it both checks the bytes and gives the text
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw refuse("$", "must be UTF-8 text", "bytes that are not UTF-8");
        }
        return parse(text.startsWith(BOM) ? text.substring(1) : text);
    }

    private static final String BOM = "\uFEFF";

    /** Reads an assessment from JSON text; throws {@link InvalidAssessmentException} listing every problem. */
    public static Assessment parse(String json) {
        if (json == null || json.isBlank()) {
            throw refuse("$", "must be a JSON object (an assessment)", "an empty document");
        }
        if (json.length() > MAX_BYTES) {
            throw refuse("$", "must be at most " + MAX_BYTES + " bytes", "a larger document");
        }
        return read(null, json);
    }

    /** True when every byte is ASCII (below 0x80). */
    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the ASCII bytes hold only what {@link String#isBlank()} calls blank. */
    private static boolean isBlank(byte[] ascii) {
        for (byte b : ascii) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** Reads the document from ASCII {@code bytes}, or else from {@code json}: the same parser settings and checks. */
    private static Assessment read(byte[] bytes, String json) {
        JsonNode root;
        if (bytes != null) {
            try {
                root = MAPPER.readTree(bytes);
            } catch (IOException | RuntimeException e) {
                // refused: read it again as text, so that the refusal says exactly what the text reader says (the two
                // count a string beyond the limit differently)
                return read(null, new String(bytes, StandardCharsets.US_ASCII));
            }
            return checked(root);
        }
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidAssessmentException(List.of(MalformedJson.problem(e)));
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson refuses some numbers (e.g. 1E+99999999999, too many exponent digits) outside its own exception type
            throw refuse("$", "must hold numbers of a sensible size", "a number too large to read");
        } catch (IOException e) {
            throw refuse("$", "must be readable JSON", "text that could not be read");
        }
        return checked(root);
    }

    /** The assessment the document {@code root} holds, checked field by field and then by the validator. */
    private static Assessment checked(JsonNode root) {
        AssessmentJson reader = new AssessmentJson();
        Assessment assessment = reader.assessment(root);
        if (assessment != null) {
            Set<String> reported = reader.problems.stream().map(Problem::path).collect(Collectors.toSet());
            for (Problem p : AssessmentValidator.validate(assessment)) {
                boolean overlaps = reported.stream().anyMatch(r -> r.startsWith(p.path()) || p.path().startsWith(r));
                if (!overlaps) {
                    reader.problems.add(p);
                }
            }
        }
        if (!reader.problems.isEmpty()) {
            throw new InvalidAssessmentException(reader.problems);
        }
        return assessment;
    }

    private static InvalidAssessmentException refuse(String path, String expected, String got) {
        return new InvalidAssessmentException(List.of(new Problem(path, expected, got)));
    }

    private Assessment assessment(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            problems.add(new Problem("$", "must be a JSON object (an assessment)", "an empty document"));
            return null;
        }
        if (!root.isObject()) {
            problems.add(new Problem("$", "must be a JSON object (an assessment)", kind(root)));
            return null;
        }
        checkFields("", root);
        JsonNode r = section(root, "runner");
        JsonNode p = section(root, "pain");
        JsonNode f = section(root, "function");
        JsonNode g = section(root, "general");
        JsonNode h = section(root, "history");
        JsonNode c = section(root, "careSoFar");
        JsonNode e = section(root, "exam");
        Assessment.Builder assessment = Assessment.builder();
        if (r != null) {
            Fields in = new Fields("runner", r);
            assessment.runner(Runner.builder().age(in.whole("age")).sex(in.code("sex", Sex.class))
                    .pregnancy(in.code("pregnancy", Pregnancy.class))
                    .weeksPregnantOrPostpartum(in.whole("weeksPregnantOrPostpartum"))
                    .breastfeeding(in.bool("breastfeeding")).menstrualStatus(in.code("menstrualStatus", MenstrualStatus.class))
                    .heightCm(in.number("heightCm")).weightKg(in.number("weightKg")).build());
            in.allTaken();
        }
        if (p != null) {
            Fields in = new Fields("pain", p);
            // an unknown list stays unknown (null), never "none"
            assessment.pain(Pain.builder().side(in.code("side", Side.class)).severity(in.whole("severity"))
                    .onset(in.code("onset", Onset.class)).onsetEvent(in.code("onsetEvent", OnsetEvent.class))
                    .durationDays(in.whole("durationDays")).trend(in.code("trend", Trend.class))
                    .locations(in.codes("locations", Location.class)).radiatesTo(in.codes("radiatesTo", Location.class))
                    .qualities(in.codes("qualities", Quality.class)).timing(in.codes("timing", Timing.class))
                    .aggravators(in.codes("aggravators", Aggravator.class)).build());
            in.allTaken();
        }
        if (f != null) {
            Fields in = new Fields("function", f);
            assessment.function(FunctionStatus.builder().canBearWeight(in.bool("canBearWeight")).limp(in.bool("limp"))
                    .limitedHipMotion(in.bool("limitedHipMotion")).dailyActivitiesLimited(in.bool("dailyActivitiesLimited"))
                    .painFreeWalking(in.bool("painFreeWalking")).legShortenedOrTurnedOut(in.bool("legShortenedOrTurnedOut"))
                    .build());
            in.allTaken();
        }
        if (g != null) {
            Fields in = new Fields("general", g);
            assessment.general(General.builder().fever(in.bool("fever"))
                    .unexplainedWeightLoss(in.bool("unexplainedWeightLoss")).cancerHistory(in.bool("cancerHistory"))
                    .nightSweats(in.bool("nightSweats")).bladderOrBowelChange(in.bool("bladderOrBowelChange"))
                    .saddleNumbness(in.bool("saddleNumbness")).legNumbnessOrWeakness(in.bool("legNumbnessOrWeakness"))
                    .legNumbnessOrWeaknessSide(in.code("legNumbnessOrWeaknessSide", Side.class))
                    .longTermSteroids(in.bool("longTermSteroids")).immunosuppressed(in.bool("immunosuppressed"))
                    .inflammatoryArthritis(in.bool("inflammatoryArthritis")).anticoagulants(in.bool("anticoagulants"))
                    .stomachOrKidneyProblems(in.bool("stomachOrKidneyProblems"))
                    .calfOrThighSwelling(in.bool("calfOrThighSwelling"))
                    .recentSurgeryOrLongTravel(in.bool("recentSurgeryOrLongTravel"))
                    .abdominalOrPelvicSymptoms(in.bool("abdominalOrPelvicSymptoms")).groinLump(in.bool("groinLump"))
                    .build());
            in.allTaken();
        }
        if (h != null) {
            Fields in = new Fields("history", h);
            assessment.history(History.builder().weeklyDistanceKm(in.number("weeklyDistanceKm"))
                    .distanceIncreasePercent(in.number("distanceIncreasePercent"))
                    .shoeDistanceKm(in.number("shoeDistanceKm")).surfaces(in.codes("surfaces", Surface.class))
                    .hills(in.bool("hills")).speedWork(in.bool("speedWork")).restDaysPerWeek(in.whole("restDaysPerWeek"))
                    .sittingHoursPerDay(in.number("sittingHoursPerDay")).priorHipInjury(in.bool("priorHipInjury"))
                    .priorStressFracture(in.bool("priorStressFracture")).lowBoneDensity(in.bool("lowBoneDensity"))
                    .lowEnergyAvailability(in.bool("lowEnergyAvailability"))
                    .legLengthDifference(in.bool("legLengthDifference")).footProblems(in.bool("footProblems"))
                    .familyHistoryHipArthritis(in.bool("familyHistoryHipArthritis")).build());
            in.allTaken();
        }
        if (c != null) {
            Fields in = new Fields("careSoFar", c);
            assessment.careSoFar(CareSoFar.builder().restedDays(in.whole("restedDays")).ice(in.bool("ice"))
                    .painMedication(in.bool("painMedication")).physicalTherapy(in.bool("physicalTherapy")).build());
            in.allTaken();
        }
        if (e != null) {
            Fields in = new Fields("exam", e);
            assessment.exam(Exam.builder().greaterTrochanterTenderness(in.bool("greaterTrochanterTenderness"))
                    .painOnResistedHipFlexion(in.bool("painOnResistedHipFlexion")).fadirPositive(in.bool("fadirPositive"))
                    .faberPositive(in.bool("faberPositive")).hopTestPain(in.bool("hopTestPain"))
                    .ischialTuberosityTenderness(in.bool("ischialTuberosityTenderness"))
                    .adductorSqueezePain(in.bool("adductorSqueezePain")).trendelenburgSign(in.bool("trendelenburgSign"))
                    .straightLegRaisePositive(in.bool("straightLegRaisePositive"))
                    .painfulInternalRotation(in.bool("painfulInternalRotation"))
                    .limitedInternalRotation(in.bool("limitedInternalRotation"))
                    .focalBonyTenderness(in.bool("focalBonyTenderness")).singleLegStancePain(in.bool("singleLegStancePain"))
                    .build());
            in.allTaken();
        }
        return assessment.build();
    }

    /**
     * One section's values, read field by field in the contract's order as the model's record components
     * list them, each by its type (whole number, number, boolean, code, list of codes). The builder calls
     * above take each value once; {@link #allTaken()} checks that none was left behind, so a field added to
     * the model without a line here fails every test that reads that section instead of being dropped.
     */
    private final class Fields {
        private final String section;
        private final List<ContractFields.Field> fields;
        /** Each field's position in {@link #fields}, by name (built once per section, not per read). */
        private final Map<String, Integer> positions;
        private final Object[] values;
        private final boolean[] taken;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Fields(String section, JsonNode node) {
            this.section = section;
            this.fields = ContractFields.fields(section);
            this.positions = POSITIONS.get(section);
            this.values = new Object[fields.size()];
            this.taken = new boolean[fields.size()];
            for (int i = 0; i < values.length; i++) {
                ContractFields.Field field = fields.get(i);
                String name = field.name();
                values[i] = switch (field.kind()) {
                    case WHOLE_NUMBER -> AssessmentJson.this.whole(node, section, name);
                    case NUMBER -> AssessmentJson.this.number(node, section, name);
                    case BOOLEAN -> AssessmentJson.this.bool(node, section, name);
                    case CODE -> AssessmentJson.this.code(node, section, name, (Class) field.codeType());
                    case CODES -> AssessmentJson.this.codes(node, section, name, (Class) field.codeType());
                };
            }
        }

        Integer whole(String name) {
            return take(name, ContractFields.Kind.WHOLE_NUMBER, Integer.class);
        }

        Double number(String name) {
            return take(name, ContractFields.Kind.NUMBER, Double.class);
        }

        Boolean bool(String name) {
            return take(name, ContractFields.Kind.BOOLEAN, Boolean.class);
        }

        <E extends Enum<E>> E code(String name, Class<E> type) {
            return take(name, ContractFields.Kind.CODE, type);
        }

        @SuppressWarnings("unchecked")
        <E extends Enum<E>> List<E> codes(String name, Class<E> type) {
            return take(name, ContractFields.Kind.CODES, List.class);
        }

        private <T> T take(String name, ContractFields.Kind kind, Class<T> type) {
            Integer position = positions.get(name);
            if (position == null) {
                throw new IllegalStateException(section + "." + name + " is not a field of the model");
            }
            ContractFields.Field field = fields.get(position);
            if (field.kind() != kind || taken[position]) {
                throw new IllegalStateException(section + "." + name + " is a " + field.kind() + " read once, not a " + kind);
            }
            taken[position] = true;
            return type.cast(values[position]);
        }

        /** Every field of the model was handed to the builder. */
        void allTaken() {
            List<String> untaken = new ArrayList<>();
            for (int i = 0; i < taken.length; i++) {
                if (!taken[i]) {
                    untaken.add(section + "." + fields.get(i).name());
                }
            }
            if (!untaken.isEmpty()) {
                throw new IllegalStateException("AssessmentJson reads but does not set " + String.join(", ", untaken)
                        + ": add it to the builder calls");
            }
        }
    }

    private JsonNode section(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new Problem(name, "must be an object", kind(node)));
            return null;
        }
        checkFields(name, node);
        return node;
    }

    private void checkFields(String section, JsonNode node) {
        Set<String> allowed = FIELDS.get(section);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                String shown = name.isEmpty() ? "\"\"" : clip(name, 60);
                String path = section.isEmpty() ? shown : section + "." + shown;
                problems.add(new Problem(path, "is not a contract field; " + (section.isEmpty() ? "an assessment" : section)
                        + " has " + String.join(", ", new java.util.TreeSet<>(allowed)), null));
            }
        }
    }

    private Integer whole(JsonNode section, String sectionName, String field) {
        JsonNode node = section.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isInt()) {
            return node.intValue(); // written as a whole number that fits an int: nothing to check
        }
        String path = sectionName + "." + field;
        if (!node.isNumber()) {
            problems.add(new Problem(path, "must be a whole number", kind(node)));
            return null;
        }
        Problem problem = ContractNumbers.wholeProblem(path, node.decimalValue());
        if (problem != null) {
            problems.add(problem);
            return null;
        }
        return node.intValue();
    }

    private Double number(JsonNode section, String sectionName, String field) {
        JsonNode node = section.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String path = sectionName + "." + field;
        if (!node.isNumber()) {
            problems.add(new Problem(path, "must be a number", kind(node)));
            return null;
        }
        Problem problem = ContractNumbers.numberProblem(path, node.decimalValue());
        if (problem != null) {
            problems.add(problem);
            return null;
        }
        return node.doubleValue();
    }

    private Boolean bool(JsonNode section, String sectionName, String field) {
        JsonNode node = section.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(new Problem(sectionName + "." + field, "must be true, false or null", kind(node)));
            return null;
        }
        return node.booleanValue();
    }

    private <E extends Enum<E>> E code(JsonNode section, String sectionName, String field, Class<E> type) {
        JsonNode node = section.get(field);
        return node == null || node.isNull() ? null : code(node, sectionName + "." + field, type);
    }

    private <E extends Enum<E>> E code(JsonNode node, String path, Class<E> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, "must be one of " + allowed(type), kind(node)));
            return null;
        }
        E constant = ContractCodes.of(type, node.textValue());
        if (constant != null) {
            return constant;
        }
        problems.add(new Problem(path, "must be one of " + allowed(type), "\"" + clip(node.textValue()) + "\""));
        return null;
    }

    private <E extends Enum<E>> List<E> codes(JsonNode section, String sectionName, String field, Class<E> type) {
        JsonNode node = section.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        String path = sectionName + "." + field;
        if (!node.isArray()) {
            problems.add(new Problem(path, "must be a list of codes (" + allowed(type) + ")", kind(node)));
            return null;
        }
        List<E> out = new ArrayList<>(node.size());
        Set<E> seen = EnumSet.noneOf(type);
        boolean bad = false;
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            E known = item.isTextual() ? ContractCodes.of(type, item.textValue()) : null;
            if (known != null && seen.add(known)) {
                out.add(known); // a code, the first time: the common case, no path to build
                continue;
            }
            String itemPath = path + "[" + i + "]";
            if (item.isNull()) {
                problems.add(new Problem(itemPath, "must be a code", "null"));
                bad = true;
                continue;
            }
            E value = code(item, itemPath, type);
            if (value == null) {
                bad = true;
            } else if (!seen.add(value)) {
                problems.add(new Problem(itemPath, "must not repeat a code", value.name()));
                bad = true;
            } else {
                out.add(value);
            }
        }
        return bad && out.isEmpty() ? null : out;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "the string \"" + clip(node.textValue()) + "\"";
            case NUMBER -> "the number " + clip(node.asText());
            case BOOLEAN -> "the boolean " + node.asText();
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String clip(String text) {
        return clip(text, 40);
    }

    /**
     * What came, safe to echo: at most {@code max} characters, never a half surrogate pair, control
     * characters and lone surrogates replaced by U+FFFD.
     */
    static String clip(String text, int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 1);
        int i = 0;
        while (i < text.length() && out.length() < max) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else {
                out.append(Character.isSurrogate(c) || Character.isISOControl(c) ? '\uFFFD' : c);
                i++;
            }
        }
        return i < text.length() ? out.append('…').toString() : out.toString();
    }
}
