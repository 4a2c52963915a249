package org.hiptriage.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;

/**
 * One CDS Hooks feedback on a card: what the user did with it, without personal data. The user's
 * free-text {@code overrideReason.userComment} is read past, never kept.
 *
 * @param card the card's {@code uuid}
 * @param outcome {@code accepted} or {@code overridden}
 * @param reasonSystem the override reason's code system, or null
 * @param reasonCode the override reason's code, or null
 * @param at when the user acted
 */
public record Feedback(String card, String outcome, String reasonSystem, String reasonCode, Instant at) {

    /** The outcomes CDS Hooks defines. */
    public static final Set<String> OUTCOMES = Set.of("accepted", "overridden");

    private static final int LONGEST_CODE = 100;

    /** The feedback as one log line: {@code card=… outcome=… reason=system|code} (nothing else). */
    public String line() {
        return "card=" + card + " outcome=" + outcome + " reason=" + (reasonCode == null ? "-" : reasonSystem + "|" + reasonCode);
    }

    /**
     * Reads a feedback request, {@code {"feedback": [{"card", "outcome", "overrideReason", "outcomeTimestamp"}]}}.
     *
     * @throws InvalidAssessmentException listing every problem with its path
     */
    public static List<Feedback> read(JsonNode request) {
        List<Problem> problems = new ArrayList<>();
        JsonNode items = request == null ? null : request.get("feedback");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw new InvalidAssessmentException(List.of(new Problem("feedback", "must be a non-empty array of feedback on cards",
                    items == null ? "missing" : items.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
        List<Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "feedback[" + i + "]";
            JsonNode item = items.get(i);
            int before = problems.size();
            String card = HookRequest.uuid(item.get("card"), at + ".card", "must be the card's uuid", problems);
            String outcome = item.path("outcome").asText("");
            if (!OUTCOMES.contains(outcome)) {
                problems.add(new Problem(at + ".outcome", "must be \"accepted\" or \"overridden\"", safe(item.get("outcome"))));
            }
            Instant when = timestamp(item.get("outcomeTimestamp"), at + ".outcomeTimestamp", problems);
            String system = null;
            String code = null;
            JsonNode reason = item.get("overrideReason");
            if (reason != null && !reason.isNull()) {
                JsonNode coding = reason.get("reason");
                if (!reason.isObject()) {
                    problems.add(new Problem(at + ".overrideReason", "must be an object", reason.getNodeType().name()));
                } else if (!"overridden".equals(outcome)) {
                    problems.add(new Problem(at + ".overrideReason", "must go with the outcome \"overridden\"", outcome));
                } else if (coding != null && !coding.isNull()) {
                    system = code(coding.get("system"), at + ".overrideReason.reason.system", problems);
                    code = code(coding.get("code"), at + ".overrideReason.reason.code", problems);
                }
            }
            if (problems.size() == before) {
                feedback.add(new Feedback(card, outcome, system, code, when));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return feedback;
    }

    private static Instant timestamp(JsonNode node, String path, List<Problem> problems) {
        if (node != null && node.isTextual()) {
            try {
                return OffsetDateTime.parse(node.textValue()).toInstant();
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        problems.add(new Problem(path, "must be an ISO 8601 timestamp with its offset, e.g. 2025-01-15T09:30:00Z", safe(node)));
        return null;
    }

    /** A code or system: printable, no spaces, at most 100 characters (it goes into a log line). */
    private static String code(JsonNode node, String path, List<Problem> problems) {
        if (node != null && node.isTextual() && node.textValue().matches("[\\x21-\\x7E]{1," + LONGEST_CODE + "}")) {
            return node.textValue();
        }
        problems.add(new Problem(path, "must be a code: 1 to " + LONGEST_CODE + " printable characters without spaces", safe(node)));
        return null;
    }

    private static String safe(JsonNode node) {
        return HookRequest.got(node);
    }
}
