package org.hiptriage.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hiptriage.examples.rulebook.RulebookGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code hip-triage rulebook [--out docs] [--vignettes hip-rules/src/test/vignettes]}: writes the rulebook. */
@Command(name = "rulebook", mixinStandardHelpOptions = true,
        description = "Writes the rulebook (rulebook.md and a self-contained rulebook.html) generated from the packaged rule base "
                + "and the vignette suite. Run it from the repository root.")
final class RulebookCommand implements Callable<Integer> {

    @ParentCommand
    HipTriageCli parent;

    @Option(names = "--out", paramLabel = "DIR", description = "the folder to write into (default: ${DEFAULT-VALUE})")
    Path out = Path.of("docs");

    @Option(names = "--vignettes", paramLabel = "DIR", description = "the vignette folder (default: ${DEFAULT-VALUE})")
    Path vignettes = Path.of(RulebookGenerator.VIGNETTES);

    @Override
    public Integer call() throws Exception {
        for (Path written : RulebookGenerator.write(out, vignettes)) {
            parent.out().println("wrote " + written);
        }
        return HipTriageCli.OK;
    }
}
