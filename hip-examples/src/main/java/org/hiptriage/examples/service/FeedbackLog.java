package org.hiptriage.examples.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the feedback on cards goes: one {@link Feedback} per card the user accepted or overrode. It holds
 * no personal data (the card's id, the outcome, the override reason's code), never the user's comment.
 */
@FunctionalInterface
public interface FeedbackLog {

    /** Logs each feedback at INFO on the logger {@code org.hiptriage.examples.service.feedback}. */
    FeedbackLog SLF4J = new FeedbackLog() {
        private final Logger log = LoggerFactory.getLogger("org.hiptriage.examples.service.feedback");

        @Override
        public void record(Feedback feedback) {
            log.info("{}", feedback.line());
        }
    };

    /** Records one feedback. */
    void record(Feedback feedback);
}
