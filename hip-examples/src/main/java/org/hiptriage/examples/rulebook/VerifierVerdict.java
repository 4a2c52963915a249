package org.hiptriage.examples.rulebook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Drools Verifier's verdict on the DRL, recorded with a SHA-256 hash of the DRL when the rulebook is
 * regenerated ({@code docs/verifier-verdict.json}). The verifier takes minutes over the whole rule base; the
 * build reuses the recorded verdict while the DRL is unchanged, and the staleness test fails as soon as a rule
 * changes without the rulebook (and so the verdict) being regenerated.
 *
 * @param drlHash the SHA-256 of the DRL the verdict is about
 * @param result what the verifier found
 */
public record VerifierVerdict(String drlHash, DrlVerification.Result result) {

    /** The file name of the recorded verdict, beside the rulebook. */
    public static final String FILE = "verifier-verdict.json";

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** The SHA-256 of the DRL files, path and text, in path order. */
    public static String hash(Map<String, String> drlByPath) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> file : new TreeMap<>(drlByPath).entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Runs the verifier over the DRL now and records the verdict with its hash. */
    public static VerifierVerdict run(Map<String, String> drlByPath) {
        return new VerifierVerdict(hash(drlByPath), DrlVerification.verify(drlByPath));
    }

    /** True when the verdict is about exactly this DRL. */
    public boolean isFor(Map<String, String> drlByPath) {
        return drlHash.equals(hash(drlByPath));
    }

    /** Writes the verdict as JSON. */
    public void write(Path file) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
    }

    /** Reads a recorded verdict. */
    public static VerifierVerdict read(Path file) throws IOException {
        return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), VerifierVerdict.class);
    }

    /**
     * The verdict for this DRL: a recorded one (in {@code folders}, then {@code docs/} from the repository root, then
     * {@code ../docs/} from a module) when it is about this very DRL, else a fresh run of the verifier. Delete the
     * recorded file to force a fresh run.
     */
    public static VerifierVerdict forDrl(Map<String, String> drlByPath, Path... folders) {
        List<Path> candidates = new java.util.ArrayList<>();
        for (Path folder : folders) {
            candidates.add(folder.resolve(FILE));
        }
        candidates.add(Path.of("docs", FILE));
        candidates.add(Path.of("..", "docs", FILE));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                try {
                    VerifierVerdict recorded = read(candidate);
                    if (recorded.isFor(drlByPath)) {
                        return recorded;
                    }
                } catch (IOException e) {
                    // an unreadable record is as good as none: verify again
                }
            }
        }
        return run(drlByPath);
    }
}
