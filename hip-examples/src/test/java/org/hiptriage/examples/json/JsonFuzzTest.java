package org.hiptriage.examples.json;

import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.AssessmentJsonTest;
import org.hiptriage.model.json.HostileInputTest;
import org.hiptriage.model.json.ReportJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer of the JSON reader and the validator, over the sample cases and the
 * contract's example: byte flips, truncation, inserted bytes and invalid UTF-8, field deletion and
 * duplication, type swaps, number extremes, unicode oddities, repeated codes, deep nesting. It tries
 * {@code hiptriage.fuzz.iterations} inputs (default 12,000: the same inputs on every machine, so a CI
 * failure reproduces anywhere), within {@code hiptriage.fuzz.millis} ms (default 120,000, a guard for
 * a very slow machine; set a long time and a huge count to explore further).
 * For every input the reader must either return an assessment the validator accepts (and the engine
 * then assesses) or throw {@link InvalidAssessmentException} with well-formed problems; anything
 * else fails with the seed, the iteration and the input in Base64 to reproduce it with
 * {@code -Dhiptriage.fuzz.seed=S -Dhiptriage.fuzz.from=I -Dhiptriage.fuzz.iterations=1}.
 */
class JsonFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NUMBERS = {"0", "-0", "-1", "1.5", "2147483647", "2147483648", "-2147483649",
            "9223372036854775808", "1e308", "1e309", "-1e309", "1e-400", "1e999999999", "1e-999999999", "0.0000001",
            "123456789012345678901234567890", "1234567890123456789012345678901234567890123", "4.9e-324", "100", "101", "3650", "3651"};
    private static final String[] STRINGS = {"", " ", "MALE", "male", "GROIN", "PREGNANT", "NOT_APPLICABLE", "\u0000",
            "\ud800", "\udc00", "\ud83c\udfc3", "\u202eEMALEF", "G\u200bROIN", "e\u0301", "\uFEFF", "\\", "\"", "null", "true", "42",
            "x".repeat(300)};
    private static final byte[][] BYTES = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {'{'}, {'}'}, {'['}, {']'},
            {'"'}, {','}, {':'}, {'\\'}, {'\n'}};

    @Test
    void theReaderAndValidatorNeverFailOtherThanByRefusingTheDocument() throws Exception {
        long seed = Long.getLong("hiptriage.fuzz.seed", 20_261_122L);
        long millis = Long.getLong("hiptriage.fuzz.millis", 120_000L);
        long from = Long.getLong("hiptriage.fuzz.from", 0L);
        long iterations = Long.getLong("hiptriage.fuzz.iterations", 12_000L);
        List<byte[]> corpus = corpus();
        long started = System.nanoTime();
        long deadline = started + millis * 1_000_000L;
        long accepted = 0;
        long refused = 0;
        long done = 0;
        try (TriageEngine engine = TriageEngine.create()) {
            for (long i = from; i < from + iterations && System.nanoTime() < deadline; i++, done++) {
                Random random = new Random(seed * 1_000_003L + i);
                byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
                try {
                    Assessment assessment = AssessmentJson.parse(input);
                    // accepted: the validator agrees, and the engine assesses it (a sample, to bound the time)
                    assertThat(AssessmentValidator.validate(assessment)).isEmpty();
                    if (accepted++ % 8 == 0) {
                        assertThat(engine.assess(assessment).disposition()).isNotNull();
                    }
                } catch (InvalidAssessmentException e) {
                    refused++;
                    checkWellFormed(e.problems());
                } catch (Throwable t) {
                    StringWriter trace = new StringWriter();
                    t.printStackTrace(new PrintWriter(trace));
                    throw new AssertionError("fuzz input failed other than by refusal: seed " + seed + ", iteration " + i
                            + " (reproduce: -Dhiptriage.fuzz.seed=" + seed + " -Dhiptriage.fuzz.from=" + i
                            + " -Dhiptriage.fuzz.iterations=1)\ninput (Base64): " + Base64.getEncoder().encodeToString(input)
                            + "\n" + trace, t);
                }
            }
        }
        System.out.printf("fuzz: %d inputs (seed %d, from %d) in %d ms: %d accepted, %d refused%n", done, seed, from,
                (System.nanoTime() - started) / 1_000_000L, accepted, refused);
        assertThat(done).as("inputs tried").isGreaterThan(Math.min(iterations, 500L));
        assertThat(refused).as("most mutations break the document").isPositive();
        assertThat(accepted).as("some mutations keep it valid").isPositive();
    }

    private static void checkWellFormed(List<Problem> problems) throws IOException {
        assertThat(problems).isNotEmpty().doesNotHaveDuplicates().allSatisfy(p -> {
            assertThat(p.path()).isNotBlank().hasSizeLessThan(200);
            assertThat(p.expected()).isNotBlank();
            assertThat(p.message()).hasSizeLessThan(1_500).doesNotContain("\n");
        });
        String line = ReportJson.errorLine("fuzz.json", problems);
        assertThat(line).doesNotContain("\n");
        assertThat(JSON.readTree(line).get("errors")).hasSize(problems.size());
    }

    static List<byte[]> corpus() throws IOException {
        List<byte[]> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                corpus.add(Files.readAllBytes(p));
            }
        }
        corpus.add(AssessmentJsonTest.CONTRACT_EXAMPLE.getBytes(StandardCharsets.UTF_8));
        assertThat(corpus).hasSizeGreaterThan(3);
        return corpus;
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] data = original;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            data = random.nextInt(3) == 0 ? mutateBytes(data, random) : mutateTree(data, random);
        }
        return data;
    }

    static byte[] mutateBytes(byte[] data, Random random) {
        if (data.length == 0) {
            return BYTES[random.nextInt(BYTES.length)];
        }
        int at = random.nextInt(data.length);
        switch (random.nextInt(6)) {
            case 0 -> { // flip a bit
                byte[] out = data.clone();
                out[at] ^= (byte) (1 << random.nextInt(8));
                return out;
            }
            case 1 -> { // truncate
                return java.util.Arrays.copyOf(data, at);
            }
            case 2 -> { // delete a range
                int length = Math.min(data.length - at, 1 + random.nextInt(20));
                return concat(java.util.Arrays.copyOfRange(data, 0, at), java.util.Arrays.copyOfRange(data, at + length, data.length));
            }
            case 3 -> { // duplicate a range
                int length = Math.min(data.length - at, 1 + random.nextInt(60));
                return concat(java.util.Arrays.copyOfRange(data, 0, at + length), java.util.Arrays.copyOfRange(data, at, data.length));
            }
            case 4 -> { // insert interesting bytes (invalid UTF-8, NUL, BOM, brackets, quotes)
                return concat(java.util.Arrays.copyOfRange(data, 0, at), BYTES[random.nextInt(BYTES.length)],
                        java.util.Arrays.copyOfRange(data, at, data.length));
            }
            default -> { // a random byte
                byte[] out = data.clone();
                out[at] = (byte) random.nextInt(256);
                return out;
            }
        }
    }

    static byte[] mutateTree(byte[] data, Random random) {
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (IOException | RuntimeException e) {
            return mutateBytes(data, random);
        }
        if (root == null || !root.isContainerNode() || root.isEmpty()) {
            return mutateBytes(data, random);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(6)) {
                case 0 -> object.remove(name); // delete a field
                case 1 -> { // duplicate a field as raw text (the tree cannot hold two)
                    String text = new String(data, StandardCharsets.UTF_8);
                    int i = text.indexOf("\"" + name + "\"");
                    if (i >= 0) {
                        return (text.substring(0, i) + "\"" + name + "\": " + object.get(name) + ", " + text.substring(i))
                                .getBytes(StandardCharsets.UTF_8);
                    }
                    object.set(name + "X", object.get(name)); // an unknown field instead
                }
                case 2 -> object.set(random.nextBoolean() ? name : name.toUpperCase() + "_", anyValue(random, nodes)); // type swap / unknown field
                case 3 -> object.set(name, number(random, nodes)); // number extremes
                case 4 -> object.set(name, nodes.textNode(STRINGS[random.nextInt(STRINGS.length)])); // unicode and codes
                default -> { // deep nesting
                    JsonNode value = object.get(name);
                    for (int depth = random.nextInt(14); depth > 0; depth--) {
                        value = random.nextBoolean() ? nodes.arrayNode().add(value) : nodes.objectNode().set(name, value);
                    }
                    object.set(name, value);
                }
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(4)) {
                case 0 -> { if (!array.isEmpty()) { array.add(array.get(random.nextInt(array.size()))); } } // repeat a code
                case 1 -> array.removeAll(); // empty the list
                case 2 -> array.add(anyValue(random, nodes));
                default -> array.insert(0, nodes.textNode(STRINGS[random.nextInt(STRINGS.length)]));
            }
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException | RuntimeException e) { // e.g. a lone surrogate Jackson refuses to write
            return mutateBytes(data, random);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }

    private static JsonNode anyValue(Random random, JsonNodeFactory nodes) {
        return switch (random.nextInt(7)) {
            case 0 -> nodes.nullNode();
            case 1 -> nodes.booleanNode(random.nextBoolean());
            case 2 -> number(random, nodes);
            case 3 -> nodes.textNode(STRINGS[random.nextInt(STRINGS.length)]);
            case 4 -> nodes.arrayNode().add(STRINGS[random.nextInt(STRINGS.length)]);
            case 5 -> nodes.objectNode().put("x", 1);
            default -> nodes.textNode(String.valueOf(random.nextInt(200) - 50));
        };
    }

    private static JsonNode number(Random random, JsonNodeFactory nodes) {
        return random.nextBoolean() ? nodes.numberNode(new BigDecimal(NUMBERS[random.nextInt(NUMBERS.length)]))
                : nodes.numberNode(random.nextInt(300) - 100);
    }

    private static byte[] concat(byte[]... parts) {
        return HostileInputTest.concat(parts);
    }
}
