package org.hiptriage.examples.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hiptriage.engine.TriageEngine;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.json.AssessmentJson;
import org.hiptriage.model.json.ReportJson;
import org.hiptriage.model.testing.RandomAssessments;
import org.hiptriage.model.validation.AssessmentValidator;

/**
 * The checksum that shows an optimisation left every report as it was (issue 16): SHA-256 over the reports of the
 * benchmark mix (1,024 seeded cases, or the first N of the same seed), each read from its contract JSON by the strict reader, assessed, and written by
 * {@link ReportJson#write}, one line each;.
 *
 * <pre>java -cp hip-examples/target/benchmarks.jar org.hiptriage.examples.bench.MixDigest [N]</pre>
 *
 * To compare with an earlier build, put its jar first on the class path: its classes are then the ones measured.
 */
public final class MixDigest {

    private MixDigest() {
    }

    /** Prints the digest of the reports of the mix, or of the first N cases of its seed. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
        List<Assessment> cases = new ArrayList<>(n);
        // the mix's seed, generated here rather than by Cases.seeded: builds older than that method, put first on the class
        // path to compare with, then still run this class
        RandomAssessments random = new RandomAssessments(20_261_122L);
        while (cases.size() < n) {
            Assessment a = random.next();
            if (AssessmentValidator.validate(a).isEmpty()) {
                cases.add(a);
            }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (TriageEngine engine = TriageEngine.create()) {
            for (Assessment a : cases) {
                byte[] json = EndToEndBenchmark.contractJson(a).getBytes(StandardCharsets.UTF_8);
                sha.update((ReportJson.write(engine.assess(AssessmentJson.parse(json))) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        System.out.println(HexFormat.of().formatHex(sha.digest()) + "  reports of " + n + " cases");
    }
}
