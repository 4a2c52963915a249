package org.hiptriage.examples.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.util.HashSet;
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
 * Reads an assessment in the contract's JSON (contract §1). Every problem is collected with its
 * contract path — unknown fields, unknown codes, wrong types, out-of-range values, contradictions —
 * and the whole document is refused if there is any. Limits (a hostile document cannot make the
 * reader use much memory or time): {@value #MAX_BYTES} bytes, nesting depth {@value #MAX_DEPTH},
 * numbers of at most {@value #MAX_NUMBER_LENGTH} characters, strings of at most
 * {@value #MAX_STRING_LENGTH} characters. A leading UTF-8 byte-order mark is ignored. It never
 * throws anything but {@link InvalidAssessmentException} (checked by a seeded fuzz test).
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

    private static final Map<String, Set<String>> FIELDS = Map.of(
            "", Set.of("runner", "pain", "function", "general", "history", "careSoFar", "exam"),
            "runner", Set.of("age", "sex", "pregnancy", "weeksPregnantOrPostpartum", "breastfeeding", "menstrualStatus",
                    "heightCm", "weightKg"),
            "pain", Set.of("side", "locations", "radiatesTo", "severity", "onset", "onsetEvent", "durationDays", "trend",
                    "qualities", "timing", "aggravators"),
            "function", Set.of("canBearWeight", "limp", "limitedHipMotion", "dailyActivitiesLimited", "painFreeWalking"),
            "general", Set.of("fever", "unexplainedWeightLoss", "cancerHistory", "nightSweats", "bladderOrBowelChange",
                    "saddleNumbness", "legNumbnessOrWeakness"),
            "history", Set.of("weeklyDistanceKm", "distanceIncreasePercent", "shoeDistanceKm", "surfaces", "hills",
                    "speedWork", "restDaysPerWeek", "sittingHoursPerDay", "priorHipInjury", "priorStressFracture",
                    "lowBoneDensity", "lowEnergyAvailability", "legLengthDifference", "footProblems",
                    "familyHistoryHipArthritis"),
            "careSoFar", Set.of("restedDays", "ice", "painMedication", "physicalTherapy"),
            "exam", Set.of("greaterTrochanterTenderness", "painOnResistedHipFlexion", "fadirPositive", "faberPositive",
                    "hopTestPain", "ischialTuberosityTenderness", "adductorSqueezePain", "trendelenburgSign",
                    "straightLegRaisePositive"));

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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8));
        } catch (CharacterCodingException e) {
            throw refuse("$", "must be UTF-8 text", "bytes that are not UTF-8");
        }
        String text = new String(utf8, StandardCharsets.UTF_8);
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
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (StreamConstraintsException e) {
            throw refuse("$", "must stay within the reader's limits (" + MAX_BYTES + " bytes, nesting depth " + MAX_DEPTH
                    + ", numbers of " + MAX_NUMBER_LENGTH + " characters, strings of " + MAX_STRING_LENGTH + " characters)",
                    clip(plain(String.valueOf(e.getOriginalMessage())), 160));
        } catch (JsonProcessingException e) {
            throw refuse("$", "must be valid JSON", describe(e));
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson refuses some numbers (e.g. 1E+99999999999, too many exponent digits) outside its own exception type
            throw refuse("$", "must hold numbers of a sensible size", "a number that cannot be read (" + clip(plain(String.valueOf(e.getMessage())), 120) + ")");
        } catch (IOException e) {
            throw refuse("$", "must be readable JSON", e.getClass().getSimpleName());
        }
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

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? null : clip(plain(e.getOriginalMessage()), 160);
        var location = e.getLocation();
        return (message == null ? "malformed JSON" : message)
                + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr());
    }

    /** Jackson's message without its class and setting names, which mean nothing to a caller. */
    private static String plain(String message) {
        String text = message.length() > 1_000 ? message.substring(0, 1_000) : message;
        if (text.startsWith("Trailing token")) {
            return "more than one JSON value in the document";
        }
        return text.replaceAll(" \\(bound as `[^`]{0,200}`\\)", "")
                .replaceAll(",? from `[^`]{0,200}`", "")
                .replaceAll(": not allowed as per `[^`]{0,200}`", "");
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
        Runner runner = r == null ? null : new Runner(whole(r, "runner", "age"), code(r, "runner", "sex", Sex.class),
                code(r, "runner", "pregnancy", Pregnancy.class), whole(r, "runner", "weeksPregnantOrPostpartum"),
                bool(r, "runner", "breastfeeding"), code(r, "runner", "menstrualStatus", MenstrualStatus.class),
                number(r, "runner", "heightCm"), number(r, "runner", "weightKg"));
        Pain pain = p == null ? null : new Pain(code(p, "pain", "side", Side.class),
                codes(p, "pain", "locations", Location.class), codes(p, "pain", "radiatesTo", Location.class),
                whole(p, "pain", "severity"), code(p, "pain", "onset", Onset.class),
                code(p, "pain", "onsetEvent", OnsetEvent.class), whole(p, "pain", "durationDays"),
                code(p, "pain", "trend", Trend.class), codes(p, "pain", "qualities", Quality.class),
                codes(p, "pain", "timing", Timing.class), codes(p, "pain", "aggravators", Aggravator.class));
        FunctionStatus function = f == null ? null : new FunctionStatus(bool(f, "function", "canBearWeight"),
                bool(f, "function", "limp"), bool(f, "function", "limitedHipMotion"),
                bool(f, "function", "dailyActivitiesLimited"), bool(f, "function", "painFreeWalking"));
        General general = g == null ? null : new General(bool(g, "general", "fever"),
                bool(g, "general", "unexplainedWeightLoss"), bool(g, "general", "cancerHistory"),
                bool(g, "general", "nightSweats"), bool(g, "general", "bladderOrBowelChange"),
                bool(g, "general", "saddleNumbness"), bool(g, "general", "legNumbnessOrWeakness"));
        History history = h == null ? null : new History(number(h, "history", "weeklyDistanceKm"),
                number(h, "history", "distanceIncreasePercent"), number(h, "history", "shoeDistanceKm"),
                codes(h, "history", "surfaces", Surface.class), bool(h, "history", "hills"),
                bool(h, "history", "speedWork"), whole(h, "history", "restDaysPerWeek"),
                number(h, "history", "sittingHoursPerDay"), bool(h, "history", "priorHipInjury"),
                bool(h, "history", "priorStressFracture"), bool(h, "history", "lowBoneDensity"),
                bool(h, "history", "lowEnergyAvailability"), bool(h, "history", "legLengthDifference"),
                bool(h, "history", "footProblems"), bool(h, "history", "familyHistoryHipArthritis"));
        CareSoFar care = c == null ? null : new CareSoFar(whole(c, "careSoFar", "restedDays"),
                bool(c, "careSoFar", "ice"), bool(c, "careSoFar", "painMedication"),
                bool(c, "careSoFar", "physicalTherapy"));
        Exam exam = e == null ? null : new Exam(bool(e, "exam", "greaterTrochanterTenderness"),
                bool(e, "exam", "painOnResistedHipFlexion"), bool(e, "exam", "fadirPositive"),
                bool(e, "exam", "faberPositive"), bool(e, "exam", "hopTestPain"),
                bool(e, "exam", "ischialTuberosityTenderness"), bool(e, "exam", "adductorSqueezePain"),
                bool(e, "exam", "trendelenburgSign"), bool(e, "exam", "straightLegRaisePositive"));
        return new Assessment(runner, pain, function, general, history, care, exam);
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
        String path = sectionName + "." + field;
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new Problem(path, "must be a whole number", kind(node)));
            return null;
        }
        if (!node.isIntegralNumber()) {
            java.math.BigDecimal value = node.decimalValue();
            if (value.stripTrailingZeros().scale() > 0) {
                // toString, never toPlainString: 1e-999999999 would be a billion characters
                problems.add(new Problem(path, "must be a whole number", clip(value.toString())));
                return null;
            }
        }
        if (!node.canConvertToInt() && !(node.isFloatingPointNumber() && Math.abs(node.doubleValue()) < Integer.MAX_VALUE)) {
            problems.add(new Problem(path, "must be a whole number of a sensible size", clip(node.asText())));
            return null;
        }
        return node.intValue();
    }

    private Double number(JsonNode section, String sectionName, String field) {
        JsonNode node = section.get(field);
        String path = sectionName + "." + field;
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new Problem(path, "must be a number", kind(node)));
            return null;
        }
        double value = node.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            problems.add(new Problem(path, "must be a finite number", clip(node.asText())));
            return null;
        }
        return value;
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
        return code(section.get(field), sectionName + "." + field, type);
    }

    private <E extends Enum<E>> E code(JsonNode node, String path, Class<E> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, "must be one of " + allowed(type), kind(node)));
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(node.textValue())) {
                return constant;
            }
        }
        problems.add(new Problem(path, "must be one of " + allowed(type), "\"" + clip(node.textValue()) + "\""));
        return null;
    }

    private <E extends Enum<E>> List<E> codes(JsonNode section, String sectionName, String field, Class<E> type) {
        JsonNode node = section.get(field);
        String path = sectionName + "." + field;
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            problems.add(new Problem(path, "must be a list of codes (" + allowed(type) + ")", kind(node)));
            return null;
        }
        List<E> out = new ArrayList<>();
        Set<E> seen = new HashSet<>();
        boolean bad = false;
        for (int i = 0; i < node.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = node.get(i);
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
