package org.hiptriage.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hiptriage.model.validation.AssessmentValidator;
import org.hiptriage.model.Assessment;
import org.hiptriage.model.Pregnancy;
import org.junit.jupiter.api.Test;

class RandomAssessmentsTest {

    @Test
    void everyGeneratedAssessmentIsValidAndTheMixIsBroad() {
        List<Assessment> cases = new RandomAssessments(7).next(10_000);
        assertThat(cases).allSatisfy(a -> assertThat(AssessmentValidator.validate(a)).as(a.toString()).isEmpty());
        assertThat(cases).anyMatch(a -> a.runner().pregnancy() == Pregnancy.PREGNANT);
        assertThat(cases).anyMatch(a -> a.runner().isAdolescent());
        assertThat(cases).anyMatch(a -> a.general().hasFever());
        assertThat(cases).anyMatch(a -> a.function().cannotBearWeight());
        assertThat(cases).anyMatch(a -> a.general().fever() == null);
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        assertThat(new RandomAssessments(42).next(100)).isEqualTo(new RandomAssessments(42).next(100));
    }
}
