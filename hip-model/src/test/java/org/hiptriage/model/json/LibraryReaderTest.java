package org.hiptriage.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.hiptriage.model.validation.InvalidAssessmentException;
import org.junit.jupiter.api.Test;

/** An integrator depending only on hip-model gets the command line's strict reading of the contract. */
class LibraryReaderTest {

    @Test
    void aMisspeltFieldIsRefusedWithItsPathNotSilentlyDropped() {
        // given a case whose general section misspells "fever"
        String json = "{\"runner\":{\"age\":30,\"sex\":\"FEMALE\"},\"pain\":{\"locations\":[\"GROIN\"],\"severity\":4,"
                + "\"onset\":\"GRADUAL\",\"durationDays\":10},\"general\":{\"fevr\":true}}";
        // then the library refuses it whole and names the field and what the section has
        InvalidAssessmentException refused = catchThrowableOfType(InvalidAssessmentException.class, () -> AssessmentJson.parse(json));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("general.fevr");
            assertThat(p.expected()).contains("is not a contract field", "fever");
        });
    }

    @Test
    void aCorrectCaseIsReadAndItsUnknownsStayUnknown() {
        // given the same case spelt correctly, pregnancy not given
        var a = AssessmentJson.parse("{\"runner\":{\"age\":30,\"sex\":\"FEMALE\"},\"pain\":{\"locations\":[\"GROIN\"],\"severity\":4,"
                + "\"onset\":\"GRADUAL\",\"durationDays\":10},\"general\":{\"fever\":true}}");
        // then fever is true and pregnancy is unknown, not "not pregnant"
        assertThat(a.general().hasFever()).isTrue();
        assertThat(a.runner().pregnancy()).isNull();
        assertThat(a.runner().couldBePregnant()).isTrue();
    }
}
