package org.hiptriage.examples.interview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hiptriage.model.validation.ContractRange;

/**
 * One question of the interview, defined once as data: the interview asks it on a terminal and the
 * FHIR {@code Questionnaire} publishes it. Its {@link #path()} is the contract path of the field it
 * fills (e.g. {@code pain.severity}), which is also the FHIR {@code linkId}.
 *
 * @param path the contract path, {@code section.field}
 * @param kind what sort of answer it takes
 * @param text the question in plain words
 * @param help a note shown with the question, or {@code null}
 * @param required whether the contract requires an answer (when the question applies)
 * @param choices the codes to choose from (ONE_OF, ANY_OF), in the contract's order
 * @param codeSystem the FHIR code system of the choices, or {@code null}
 * @param allowNone whether "none of these" is an answer (ANY_OF; it gives an empty list)
 * @param min the smallest number accepted, or {@code null}
 * @param max the largest number accepted, or {@code null}
 * @param unit the unit of a number, or {@code null}
 * @param enableWhen when the question applies; empty means always
 * @param enableWhenAll true when every condition must hold, false when any one is enough
 * @param alsoWhen conditions that must every one hold as well as {@code enableWhen}: "all of these, and any of
 *     those" (FHIR R4 cannot nest conditions in one item, so the questionnaire puts these on a group around it)
 */
public record Question(String path, Kind kind, String text, String help, boolean required, List<Choice> choices,
                       String codeSystem, boolean allowNone, BigDecimal min, BigDecimal max, Unit unit,
                       List<EnableWhen> enableWhen, boolean enableWhenAll, List<EnableWhen> alsoWhen) {

    /** The answer code (in the interview and in FHIR) that means "none of these" for an ANY_OF question. */
    public static final String NONE = "NONE";

    /** The sorts of answer. */
    public enum Kind {
        /** A whole number within {@code min}–{@code max}. */
        WHOLE_NUMBER,
        /** A number within {@code min}–{@code max}. */
        NUMBER,
        /** Yes or no. */
        YES_NO,
        /** One code of the choices. */
        ONE_OF,
        /** Any codes of the choices (a list). */
        ANY_OF
    }

    /**
     * One code to choose.
     *
     * @param code the contract code
     * @param label the code in plain words
     */
    public record Choice(String code, String label) {
    }

    /**
     * A unit of a number.
     *
     * @param words how the interview says it
     * @param ucum the UCUM code FHIR uses
     * @param acceptsWeeksAndMonths whether an answer may be given in weeks or months (a number of days)
     */
    public record Unit(String words, String ucum, boolean acceptsWeeksAndMonths) {
        /** Days; answers such as "3w" or "2 months" are turned into days. */
        public static final Unit DAYS = new Unit("days", "d", true);
    }

    /** The operators of a condition, as FHIR R4 names them. */
    public enum Operator {
        /** The answer is this value. */
        EQUALS("="),
        /** No answer is this value (true when unanswered, as in FHIR R4). */
        NOT_EQUALS("!="),
        /** The answer is at least this value. */
        AT_LEAST(">=");

        private final String fhir;

        Operator(String fhir) {
            this.fhir = fhir;
        }

        /** The FHIR R4 operator code. */
        public String fhir() {
            return fhir;
        }
    }

    /**
     * A condition on an earlier answer.
     *
     * @param question the path of the earlier question
     * @param operator how to compare
     * @param value a code (String), a whole number (Integer) or a Boolean
     */
    public record EnableWhen(String question, Operator operator, Object value) {
        /** Checks the value's type. */
        public EnableWhen {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(operator, "operator");
            if (!(value instanceof String || value instanceof Integer || value instanceof Boolean)) {
                throw new IllegalArgumentException("an enableWhen value is a code, a whole number or a boolean: " + value);
            }
        }
    }

    /** Copies the lists. */
    public Question {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        choices = List.copyOf(choices);
        enableWhen = List.copyOf(enableWhen);
        alsoWhen = List.copyOf(alsoWhen);
    }

    /** Every condition on earlier answers, {@link #alsoWhen()} first. */
    public List<EnableWhen> conditions() {
        List<EnableWhen> all = new ArrayList<>(alsoWhen);
        all.addAll(enableWhen);
        return all;
    }

    /** The contract section, e.g. {@code pain}. */
    public String section() {
        return path.substring(0, path.indexOf('.'));
    }

    /** The field within the section, e.g. {@code severity}. */
    public String field() {
        return path.substring(path.indexOf('.') + 1);
    }

    /** The choice with this code, or {@code null}. */
    public Choice choice(String code) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    // --- building the definitions -------------------------------------------------------------

    static Question whole(ContractRange range, String text) {
        return whole(range.path(), text, range.min(), range.max());
    }

    static Question number(ContractRange range, String text) {
        return number(range.path(), text, range.min(), range.max());
    }

    static Question whole(String path, String text, int min, int max) {
        return new Question(path, Kind.WHOLE_NUMBER, text, null, false, List.of(), null, false,
                BigDecimal.valueOf(min), BigDecimal.valueOf(max), null, List.of(), true, List.of());
    }

    static Question number(String path, String text, int min, int max) {
        return new Question(path, Kind.NUMBER, text, null, false, List.of(), null, false,
                BigDecimal.valueOf(min), BigDecimal.valueOf(max), null, List.of(), true, List.of());
    }

    static Question yesNo(String path, String text) {
        return new Question(path, Kind.YES_NO, text, null, false, List.of(), null, false, null, null, null, List.of(), true, List.of());
    }

    static Question oneOf(String path, String text, String codeSystem, List<Choice> choices) {
        return new Question(path, Kind.ONE_OF, text, null, false, choices, codeSystem, false, null, null, null, List.of(), true, List.of());
    }

    static Question anyOf(String path, String text, String codeSystem, List<Choice> choices) {
        return new Question(path, Kind.ANY_OF, text, null, false, choices, codeSystem, false, null, null, null, List.of(), true, List.of());
    }

    Question mustAnswer() {
        return new Question(path, kind, text, help, true, choices, codeSystem, allowNone, min, max, unit, enableWhen, enableWhenAll, alsoWhen);
    }

    Question withHelp(String note) {
        return new Question(path, kind, text, note, required, choices, codeSystem, allowNone, min, max, unit, enableWhen, enableWhenAll, alsoWhen);
    }

    Question noneAllowed() {
        return new Question(path, kind, text, help, required, choices, codeSystem, true, min, max, unit, enableWhen, enableWhenAll, alsoWhen);
    }

    Question withUnit(Unit value) {
        return new Question(path, kind, text, help, required, choices, codeSystem, allowNone, min, max, value, enableWhen, enableWhenAll, alsoWhen);
    }

    /** Applies only when every one of these conditions holds. */
    Question whenAll(EnableWhen... conditions) {
        return new Question(path, kind, text, help, required, choices, codeSystem, allowNone, min, max, unit,
                List.of(conditions), true, alsoWhen);
    }

    /** Applies when any one of these conditions holds. */
    Question whenAny(EnableWhen... conditions) {
        return new Question(path, kind, text, help, required, choices, codeSystem, allowNone, min, max, unit,
                List.of(conditions), false, alsoWhen);
    }

    /** Applies only when every one of these conditions holds too, whatever {@link #enableWhen()} says. */
    Question within(EnableWhen... conditions) {
        return new Question(path, kind, text, help, required, choices, codeSystem, allowNone, min, max, unit, enableWhen,
                enableWhenAll, List.of(conditions));
    }

    /** Relabels some choices (code, label, code, label …); the others keep their label. */
    static List<Choice> relabel(List<Choice> choices, String... codeAndLabel) {
        List<Choice> out = new ArrayList<>(choices);
        for (int i = 0; i < codeAndLabel.length; i += 2) {
            String code = codeAndLabel[i];
            int at = -1;
            for (int j = 0; j < out.size(); j++) {
                if (out.get(j).code().equals(code)) {
                    at = j;
                }
            }
            if (at < 0) {
                throw new IllegalArgumentException("no choice " + code);
            }
            out.set(at, new Choice(code, codeAndLabel[i + 1]));
        }
        return out;
    }
}
