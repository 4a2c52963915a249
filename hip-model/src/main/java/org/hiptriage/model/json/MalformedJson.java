package org.hiptriage.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hiptriage.model.validation.Problem;

/**
 * What is wrong with a document that is not JSON, in the contract's words: the parser's own message names its
 * settings and classes, which mean nothing to a caller, so each kind of fault is said again in plain words, with
 * its line and column. At most {@value #MAX_ECHO} characters of the bad input are echoed.
 */
public final class MalformedJson {

    /** The most characters of the caller's input a message repeats. */
    public static final int MAX_ECHO = 40;

    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.{1,2})' \\(code (\\d+)\\)\\)");
    private static final Pattern QUOTED = Pattern.compile("'((?s).*?)'(?=[:\\s]|$)");
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    private static final Pattern NUMBER_IN_PARENS = Pattern.compile("\\((\\d+)\\)");

    private MalformedJson() {
    }

    /** The problem with a document the JSON parser refused: path {@code $}, "must be valid JSON", and what came. */
    public static Problem problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException limit) {
            return new Problem("$", "must stay within the reader's limits (" + AssessmentJson.MAX_BYTES + " bytes, nesting depth "
                    + AssessmentJson.MAX_DEPTH + ", numbers of " + AssessmentJson.MAX_NUMBER_LENGTH + " characters, strings of "
                    + AssessmentJson.MAX_STRING_LENGTH + " characters)", beyondLimit(limit));
        }
        return new Problem("$", "must be valid JSON", fault(e) + where(e.getLocation()));
    }

    /** What came, for a document beyond a limit of the reader. */
    static String beyondLimit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher n = NUMBER_IN_PARENS.matcher(message);
        String size = n.find() ? n.group(1) : null;
        if (message.startsWith("Document nesting depth")) {
            return size == null ? "nesting too deep" : "nesting " + size + " deep";
        }
        if (message.startsWith("Number value length") || message.startsWith("Number length")) {
            return size == null ? "a number too long" : "a number of " + size + " characters";
        }
        if (message.startsWith("String value length")) {
            return size == null ? "a string too long" : "a string of " + size + " characters";
        }
        if (message.startsWith("Name length")) {
            return size == null ? "a field name too long" : "a field name of " + size + " characters";
        }
        if (message.startsWith("Document length")) {
            return "a larger document";
        }
        return "a document beyond them";
    }

    /** The kind of fault, in plain words. */
    private static String fault(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.length() > 2_000) {
            message = message.substring(0, 2_000);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "a document that ends before it is complete (an object, list or string left open)";
        }
        if (message.startsWith("Trailing token")) {
            return "more than one JSON value in the document";
        }
        if (message.startsWith("Duplicate field")) {
            return "Duplicate field '" + clip(quoted(message)) + "'";
        }
        Matcher character = CHARACTER.matcher(message);
        if (character.find()) {
            String shown = shown(character.group(1), character.group(2));
            if (message.contains("comment")) {
                return "a comment (" + shown + "), which JSON does not allow";
            }
            if (message.contains("double-quote to start field name")) {
                return shown + " where a field name in double quotes belongs";
            }
            if (message.contains("colon")) {
                return shown + " where a colon belongs";
            }
            if (message.contains("comma")) {
                return shown + " where a comma belongs";
            }
            if (message.contains("expected a valid value")) {
                return shown + " where a value belongs (a string in double quotes, a number, true, false, null, a list or an object)";
            }
            return "the unexpected character " + shown;
        }
        if (message.startsWith("Non-standard token")) {
            return "the value " + clip(quoted(message)) + ", which JSON does not allow (numbers must be finite)";
        }
        if (message.startsWith("Unrecognized token")) {
            return "the word '" + clip(quoted(message)) + "', which is not a JSON value (a string in double quotes, a number, true, false "
                    + "or null)";
        }
        if (message.startsWith("Invalid numeric value") || message.startsWith("Unexpected character") && message.contains("number")) {
            return message.contains("Leading zeroes") ? "a number with a leading zero" : "a malformed number";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character (" + code(message) + ") inside a string, where it must be escaped";
        }
        if (message.startsWith("Illegal character")) {
            return "a control character (" + code(message) + ") between values";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "the escape \\" + clip(quoted(message)) + ", which JSON does not have";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "a closing bracket that closes nothing open";
        }
        if (message.startsWith("Invalid UTF-8") || message.contains("UTF-8")) {
            return "bytes that are not UTF-8";
        }
        return "malformed JSON";
    }

    private static String shown(String character, String code) {
        int c = Integer.parseInt(code);
        return c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) ? "a control character (code " + c + ")" : "'" + character + "'";
    }

    private static String quoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? m.group(1) : "";
    }

    private static String code(String message) {
        Matcher m = CODE.matcher(message);
        return m.find() ? "code " + m.group(1) : "a character below space";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String clip(String text) {
        return AssessmentJson.clip(text, MAX_ECHO);
    }
}
