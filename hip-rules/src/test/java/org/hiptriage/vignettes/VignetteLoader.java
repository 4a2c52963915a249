package org.hiptriage.vignettes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.report.AvoidCode;
import org.hiptriage.model.report.CareStepCode;
import org.hiptriage.model.report.ConditionCode;
import org.hiptriage.model.report.FlagCode;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.validation.InvalidAssessmentException;

/**
 * Reads the vignettes of {@code hip-rules/src/test/vignettes/}: every {@code NNN-slug.json} assessment
 * (read with {@link AssessmentJson}, so it must pass the contract's validation) with its
 * {@code NNN-slug.expected.json}. Every problem is collected with the file's name, none stops the
 * reading of the other files.
 */
public final class VignetteLoader {

    /** The expected-file suffix. */
    public static final String EXPECTED_SUFFIX = ".expected.json";

    private static final Pattern INPUT_NAME = Pattern.compile("(\\d{3})-[a-z0-9]+(-[a-z0-9]+)*\\.json");
    private static final Set<String> FIELDS = Set.of("title", "basis", "kind", "conditions", "conditionsAbsent",
            "disposition", "flags", "careSteps", "avoid");
    private static final Set<String> REQUIRED = Set.of("title", "basis", "kind", "conditions", "disposition");
    private static final Set<String> PRESENT_ABSENT = Set.of("present", "absent");
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /**
     * The vignettes read and the problems found.
     *
     * @param vignettes every vignette that was read whole, in file-name order
     * @param problems every problem, each starting with the file's name
     */
    public record Loaded(List<Vignette> vignettes, List<String> problems) {
        /** Copies the lists. */
        public Loaded {
            vignettes = List.copyOf(vignettes);
            problems = List.copyOf(problems);
        }

        /** The vignettes; throws listing every problem when any file is broken. */
        public List<Vignette> orFail() {
            if (!problems.isEmpty()) {
                throw new IllegalStateException("broken vignette files:\n  " + String.join("\n  ", problems));
            }
            return vignettes;
        }
    }

    private VignetteLoader() {
    }

    /** Where the vignettes live, relative to the project root. */
    public static final String FOLDER = "hip-rules/src/test/vignettes";

    /** {@code src/test/vignettes/} of the hip-rules module (Maven runs tests with {@code basedir} set to it). */
    public static Path directory() {
        Path base = Path.of(System.getProperty("basedir", "."));
        Path dir = base.resolve("src/test/vignettes");
        if (!Files.isDirectory(dir) && Files.isDirectory(base.resolve(FOLDER))) {
            dir = base.resolve(FOLDER);
        }
        return dir;
    }

    /** {@code target/} of the hip-rules module, where the reports are written. */
    public static Path targetDirectory() {
        return directory().toAbsolutePath().getParent().getParent().getParent().resolve("target");
    }

    /** Reads every vignette of the default directory. */
    public static Loaded load() {
        return load(directory());
    }

    /** Reads every vignette of {@code dir}. */
    public static Loaded load(Path dir) {
        List<String> problems = new ArrayList<>();
        List<Vignette> vignettes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Loaded(List.of(), List.of(dir + ": no vignette directory"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> numbers = new HashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(EXPECTED_SUFFIX)) {
                String input = name.substring(0, name.length() - EXPECTED_SUFFIX.length()) + ".json";
                if (!Files.exists(dir.resolve(input))) {
                    problems.add(name + ": no assessment " + input + " beside it");
                }
                continue;
            }
            if (!name.endsWith(".json")) {
                if (!name.equals("README.md")) {
                    problems.add(name + ": not a vignette file (NNN-slug.json or NNN-slug" + EXPECTED_SUFFIX + ")");
                }
                continue;
            }
            var matcher = INPUT_NAME.matcher(name);
            if (!matcher.matches()) {
                problems.add(name + ": must be named NNN-short-slug.json (three digits, lower-case words joined by hyphens)");
                continue;
            }
            String previous = numbers.putIfAbsent(matcher.group(1), name);
            if (previous != null) {
                problems.add(name + ": number " + matcher.group(1) + " is already used by " + previous);
            }
            String id = name.substring(0, name.length() - ".json".length());
            Path expectedFile = dir.resolve(id + EXPECTED_SUFFIX);
            Assessment assessment = readAssessment(file, problems);
            Expectation expected = null;
            if (!Files.exists(expectedFile)) {
                problems.add(name + ": no expected outcome " + id + EXPECTED_SUFFIX + " beside it");
            } else {
                expected = readExpectation(expectedFile, problems);
            }
            if (assessment != null && expected != null) {
                vignettes.add(new Vignette(id, file, expectedFile, assessment, expected));
            }
        }
        return new Loaded(vignettes, problems);
    }

    private static Assessment readAssessment(Path file, List<String> problems) {
        String name = file.getFileName().toString();
        try {
            return AssessmentJson.parse(Files.readAllBytes(file));
        } catch (InvalidAssessmentException e) {
            e.problems().forEach(p -> problems.add(name + ": " + p.message()));
        } catch (IOException e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
        }
        return null;
    }

    /** Reads one expected file; adds every problem, prefixed with the file's name, and returns null if there is any. */
    static Expectation readExpectation(Path file, List<String> problems) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            problems.add(name + ": not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(name + ": cannot be read: " + e.getMessage());
            return null;
        }
        ExpectationReader reader = new ExpectationReader(name);
        Expectation expectation = reader.read(root);
        problems.addAll(reader.problems);
        return reader.problems.isEmpty() ? expectation : null;
    }

    /** Reads one expected document, collecting problems. */
    private static final class ExpectationReader {
        private final String file;
        private final List<String> problems = new ArrayList<>();

        ExpectationReader(String file) {
            this.file = file;
        }

        private void problem(String path, String message) {
            problems.add(file + ": " + path + ": " + message);
        }

        Expectation read(JsonNode root) {
            if (root == null || !root.isObject()) {
                problem("$", "must be a JSON object");
                return null;
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!FIELDS.contains(field)) {
                    problem(field, "is not a field of an expected outcome; allowed: " + String.join(", ", new java.util.TreeSet<>(FIELDS)));
                }
            }
            for (String field : REQUIRED) {
                if (root.get(field) == null || root.get(field).isNull()) {
                    problem(field, "is required");
                }
            }
            String title = text(root, "title");
            String basis = text(root, "basis");
            String kindCode = text(root, "kind");
            Kind kind = null;
            if (kindCode != null) {
                kind = Kind.of(kindCode).orElse(null);
                if (kind == null) {
                    problem("kind", "must be one of " + String.join(", ", Stream.of(Kind.values()).map(Kind::code).toList())
                            + ", was \"" + kindCode + "\"");
                }
            }
            List<ConditionCode> conditions = codes(root.get("conditions"), "conditions", ConditionCode::valueOf, ConditionCode.class);
            List<ConditionCode> conditionsAbsent = codes(root.get("conditionsAbsent"), "conditionsAbsent",
                    ConditionCode::valueOf, ConditionCode.class);
            Level disposition = null;
            String level = text(root, "disposition");
            if (level != null) {
                disposition = code(level, "disposition", Level::valueOf, Level.class);
            }
            Expectation.Expected<FlagCode> flags = presentAbsent(root, "flags", FlagCode::valueOf, FlagCode.class);
            Expectation.Expected<CareStepCode> care = presentAbsent(root, "careSteps", CareStepCode::valueOf, CareStepCode.class);
            Expectation.Expected<AvoidCode> avoid = presentAbsent(root, "avoid", AvoidCode::valueOf, AvoidCode.class);
            disjoint("conditions", conditions, "conditionsAbsent", conditionsAbsent);
            if (kind == Kind.NOTHING_FITS && !conditions.isEmpty()) {
                problem("conditions", "must be [] for a nothing-fits vignette");
            }
            boolean nothingFits = root.get("conditions") != null && root.get("conditions").isArray() && root.get("conditions").isEmpty();
            if (nothingFits && disposition == Level.SELF_CARE) {
                problem("disposition", "must not be SELF_CARE when nothing fits (contract §2)");
            }
            if (title != null && title.isBlank()) {
                problem("title", "must not be blank");
            }
            if (basis != null && basis.isBlank()) {
                problem("basis", "must not be blank");
            }
            if (!problems.isEmpty()) {
                return null;
            }
            return new Expectation(title, basis, kind, conditions, conditionsAbsent, disposition, flags, care, avoid);
        }

        private String text(JsonNode root, String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                problem(field, "must be a string");
                return null;
            }
            return node.textValue();
        }

        private <E extends Enum<E>> E code(String value, String path, Function<String, E> parse, Class<E> type) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                problem(path, "unknown " + type.getSimpleName() + " \"" + value + "\"; the contract has "
                        + String.join(", ", Stream.of(type.getEnumConstants()).map(Enum::name).toList()));
                return null;
            }
        }

        private <E extends Enum<E>> List<E> codes(JsonNode node, String path, Function<String, E> parse, Class<E> type) {
            List<E> out = new ArrayList<>();
            if (node == null || node.isNull()) {
                return out;
            }
            if (!node.isArray()) {
                problem(path, "must be a list of " + type.getSimpleName() + " codes");
                return out;
            }
            Set<E> seen = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                String itemPath = path + "[" + i + "]";
                if (!item.isTextual()) {
                    problem(itemPath, "must be a code");
                    continue;
                }
                E code = code(item.textValue(), itemPath, parse, type);
                if (code != null && !seen.add(code)) {
                    problem(itemPath, "repeats " + code);
                } else if (code != null) {
                    out.add(code);
                }
            }
            return out;
        }

        private <E extends Enum<E>> Expectation.Expected<E> presentAbsent(JsonNode root, String field,
                                                                          Function<String, E> parse, Class<E> type) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return new Expectation.Expected<E>(List.<E>of(), List.<E>of());
            }
            if (!node.isObject()) {
                problem(field, "must be an object with present and absent lists");
                return new Expectation.Expected<E>(List.<E>of(), List.<E>of());
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!PRESENT_ABSENT.contains(name)) {
                    problem(field + "." + name, "is not a field; allowed: present, absent");
                }
            }
            List<E> present = codes(node.get("present"), field + ".present", parse, type);
            List<E> absent = codes(node.get("absent"), field + ".absent", parse, type);
            disjoint(field + ".present", present, field + ".absent", absent);
            return new Expectation.Expected<>(present, absent);
        }

        private <E> void disjoint(String a, List<E> as, String b, List<E> bs) {
            as.stream().filter(bs::contains).forEach(code -> problem(b, code + " is also in " + a));
        }
    }
}
