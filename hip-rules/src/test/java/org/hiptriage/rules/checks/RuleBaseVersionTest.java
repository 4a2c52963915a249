package org.hiptriage.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hiptriage.rules.RuleTestSupport;
import org.junit.jupiter.api.Test;

/** The rule base has a semantic version, reports carry it, and the changelog says what changed in it. */
class RuleBaseVersionTest extends RuleTestSupport {

    static String classpath(String name) throws IOException {
        try (InputStream in = RuleBaseVersionTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theRuleBaseVersionIsSemantic() {
        // given the engine, then its version is MAJOR.MINOR.PATCH
        assertThat(engine().ruleBaseVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void theChangelogHasAnEntryForTheCurrentVersion() throws IOException {
        // given the clinical changelog packaged with the rules
        String changelog = classpath("/org/hiptriage/rules/CHANGELOG.md");
        String version = engine().ruleBaseVersion();
        // then it has a section for the current version, and that section says something
        assertThat(changelog)
                .as("hip-rules/src/main/resources/org/hiptriage/rules/CHANGELOG.md has no '## " + version
                        + "' section: add one saying what changed clinically (rulebase.properties says " + version + ")")
                .containsPattern("(?m)^## " + java.util.regex.Pattern.quote(version) + "\\b");
        String section = changelog.substring(changelog.indexOf("## " + version) + 3 + version.length());
        int next = section.indexOf("\n## ");
        assertThat((next < 0 ? section : section.substring(0, next)).strip()).as("the changelog entry of " + version)
                .contains("- ");
    }
}
