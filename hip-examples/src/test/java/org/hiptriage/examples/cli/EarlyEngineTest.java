package org.hiptriage.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line starts building its engine early only for reports of files, never for a command. */
class EarlyEngineTest {

    @Test
    void everyCommandPicocliKnowsIsACommandAndAFileOrAnOptionIsNot() {
        for (String command : new String[] {"interview", "batch", "serve", "questionnaire", "rulebook"}) {
            assertThat(EarlyEngine.isCommand(command)).as(command).isTrue();
        }
        for (String other : new String[] {"case.json", "--format", "--explain", "-", "Batch"}) {
            assertThat(EarlyEngine.isCommand(other)).as(other).isFalse();
        }
    }
}
