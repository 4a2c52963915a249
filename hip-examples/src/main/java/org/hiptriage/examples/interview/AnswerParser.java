package org.hiptriage.examples.interview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiptriage.examples.interview.Question.Choice;

/**
 * Reads a short typed answer: y/n, numbers (days also as "3w" or "2 months"), a code by its number,
 * its code or its words, comma lists, "none", and an empty line for "don't know" (optional questions).
 */
public final class AnswerParser {

    /**
     * What an answer line came to.
     *
     * @param value the value (see {@link Answers}), or {@code null} when skipped or refused
     * @param error why it was refused, or {@code null}
     */
    public record Parsed(Object value, String error) {
        /** Skipped: unknown. */
        static final Parsed SKIPPED = new Parsed(null, null);

        static Parsed ok(Object value) {
            return new Parsed(value, null);
        }

        static Parsed bad(String error) {
            return new Parsed(null, error);
        }

        /** True when the answer was refused and the question should be asked again. */
        public boolean refused() {
            return error != null;
        }
    }

    private static final Pattern DURATION = Pattern.compile(
            "(\\d{1,5})\\s*(d|day|days|w|wk|wks|week|weeks|m|mo|month|months|y|yr|year|years)?");
    private static final Set<String> YES = Set.of("y", "yes", "yeah", "yep", "true", "j", "ja", "oui", "si", "1");
    private static final Set<String> NO = Set.of("n", "no", "nope", "false", "nein", "non", "0");
    private static final Set<String> DONT_KNOW = Set.of("", "?", "-", "dk", "don't know", "dont know", "not sure", "skip");

    private AnswerParser() {
    }

    /** Reads {@code line} as an answer to {@code question}. */
    public static Parsed parse(Question question, String line) {
        String text = line == null ? "" : line.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (DONT_KNOW.contains(lower)) {
            return question.required()
                    ? Parsed.bad("This one needs an answer.")
                    : Parsed.SKIPPED;
        }
        return switch (question.kind()) {
            case YES_NO -> yesNo(lower);
            case WHOLE_NUMBER -> whole(question, lower);
            case NUMBER -> number(question, lower);
            case ONE_OF -> oneOf(question, text);
            case ANY_OF -> anyOf(question, text);
        };
    }

    private static Parsed yesNo(String lower) {
        if (YES.contains(lower)) {
            return Parsed.ok(Boolean.TRUE);
        }
        if (NO.contains(lower)) {
            return Parsed.ok(Boolean.FALSE);
        }
        return Parsed.bad("Please answer y (yes) or n (no), or press Enter if you don't know.");
    }

    private static Parsed whole(Question question, String lower) {
        long value;
        if (question.unit() != null && question.unit().acceptsWeeksAndMonths()) {
            Matcher m = DURATION.matcher(lower);
            if (!m.matches()) {
                return Parsed.bad("Please give a number of days, for example 10, 3w or 2 months.");
            }
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "d" : m.group(2);
            value = switch (unit.charAt(0)) {
                case 'w' -> n * 7;
                case 'm' -> n * 30;
                case 'y' -> n * 365;
                default -> n;
            };
        } else {
            if (!lower.matches("[+-]?\\d{1,9}")) {
                return Parsed.bad("Please give a whole number from " + range(question) + ".");
            }
            value = Long.parseLong(lower);
        }
        if (value < question.min().longValue() || value > question.max().longValue()) {
            return Parsed.bad("Please give a whole number from " + range(question) + ".");
        }
        return Parsed.ok((int) value);
    }

    private static Parsed number(Question question, String lower) {
        String text = lower.replace(',', '.');
        if (question.unit() != null) {
            String unit = question.unit().words().toLowerCase(Locale.ROOT);
            if (text.endsWith(unit)) {
                text = text.substring(0, text.length() - unit.length()).strip();
            }
        }
        if (!text.matches("[+-]?(\\d{1,7}(\\.\\d{0,3})?|\\.\\d{1,3})")) {
            return Parsed.bad("Please give a number from " + range(question) + ".");
        }
        BigDecimal value = new BigDecimal(text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
        if (value.compareTo(question.min()) < 0 || value.compareTo(question.max()) > 0) {
            return Parsed.bad("Please give a number from " + range(question) + ".");
        }
        return Parsed.ok(value);
    }

    private static String range(Question question) {
        String unit = question.unit() == null ? "" : " " + question.unit().words();
        return question.min().toPlainString() + " to " + question.max().toPlainString() + unit;
    }

    private static Parsed oneOf(Question question, String text) {
        String code = choice(question, text);
        if (code == null) {
            return Parsed.bad("Please choose one of the numbers 1 to " + question.choices().size() + " (or type the words).");
        }
        return Parsed.ok(code);
    }

    private static Parsed anyOf(Question question, String text) {
        if (question.allowNone() && isNone(text)) {
            return Parsed.ok(List.of());
        }
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            String code = choice(question, item);
            if (code != null) {
                codes.add(code);
                continue;
            }
            // "1 3 5": numbers separated by spaces
            String[] words = item.split("\\s+");
            List<String> each = new ArrayList<>();
            for (String word : words) {
                String c = word.matches("\\d+") ? choice(question, word) : null;
                if (c == null) {
                    each = null;
                    break;
                }
                each.add(c);
            }
            if (each == null) {
                unknown.add(item);
            } else {
                codes.addAll(each);
            }
        }
        if (!unknown.isEmpty()) {
            return Parsed.bad("I did not recognise " + String.join(", ", unknown) + ". Please give numbers from 1 to "
                    + question.choices().size() + ", separated by commas" + (question.allowNone() ? ", or none." : "."));
        }
        if (codes.isEmpty()) {
            return Parsed.bad("Please choose at least one.");
        }
        return Parsed.ok(List.copyOf(codes));
    }

    private static boolean isNone(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.equals("none") || lower.equals("no") || lower.equals("n") || lower.equals("nowhere")
                || lower.equals("nothing") || lower.equals("none of these") || lower.equals(Question.NONE.toLowerCase(Locale.ROOT));
    }

    /** The code this text names (its number, its code or its words), or {@code null}. */
    static String choice(Question question, String text) {
        String t = text.strip();
        List<Choice> choices = question.choices();
        if (t.matches("\\d{1,3}")) {
            int n = Integer.parseInt(t);
            return n >= 1 && n <= choices.size() ? choices.get(n - 1).code() : null;
        }
        String normal = t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Choice c : choices) {
            if (c.code().equals(normal) || c.label().equalsIgnoreCase(t)) {
                return c.code();
            }
        }
        // a unique start of a code or of its words: "f" for female, "grad" for gradually
        String lower = t.toLowerCase(Locale.ROOT);
        List<String> matches = choices.stream()
                .filter(c -> !lower.isEmpty() && (c.code().startsWith(normal) || c.label().toLowerCase(Locale.ROOT).startsWith(lower)))
                .map(Choice::code).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
