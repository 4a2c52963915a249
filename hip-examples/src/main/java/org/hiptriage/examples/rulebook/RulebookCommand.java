package org.hiptriage.examples.rulebook;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hiptriage.examples.common.ExitCode;
import org.hiptriage.examples.common.Streams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hip-triage rulebook [--out docs] [--vignettes hip-rules/src/test/vignettes]}: writes the rulebook. */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = {"Writes the rulebook (rulebook.md and .html) from the rule base.",
                "Generated from the packaged rule base and the vignette suite; rulebook.html is self-contained. "
                        + "Run it from the repository root."})
public final class RulebookCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write into (default: ${DEFAULT-VALUE})")
    Path out = Path.of("docs");

    @Option(names = "--vignettes", paramLabel = "DIR", description = "the vignette folder (default: ${DEFAULT-VALUE})")
    Path vignettes = Path.of(RulebookGenerator.VIGNETTES);

    private final Streams streams;

    /** The command, printing what it wrote to these streams' output. */
    public RulebookCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws Exception {
        for (Path written : RulebookGenerator.write(out, vignettes)) {
            streams.out().println("wrote " + written);
        }
        return ExitCode.OK;
    }
}
