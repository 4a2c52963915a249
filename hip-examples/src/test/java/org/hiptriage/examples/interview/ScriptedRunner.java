package org.hiptriage.examples.interview;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A runner at the keyboard, for tests: standard input that answers whatever question the interview has
 * just printed, by its contract path, so a test says what the runner answers and not in which order the
 * questions come (that order depends on the engine's open questions). A question without a scripted
 * answer gets Enter ("don't know"); a path scripted with several answers gives them in turn (for a
 * question asked again). It records the paths in the order asked.
 */
final class ScriptedRunner extends InputStream {

    private static final int MAX_ASKS_OF_ONE_QUESTION = 4;

    private final ByteArrayOutputStream transcript;
    private final Map<String, Deque<String>> script = new HashMap<>();
    private final Map<String, String> pathByText = new LinkedHashMap<>();
    private final List<String> asked = new ArrayList<>();
    private int seen;
    private byte[] pending = new byte[0];
    private int at;

    /**
     * @param transcript what the interview prints (its questions), as it prints it
     * @param answers the contract path and the line typed, path, line …
     */
    ScriptedRunner(ByteArrayOutputStream transcript, String... answers) {
        this.transcript = transcript;
        for (int i = 0; i < answers.length; i += 2) {
            script.computeIfAbsent(answers[i], k -> new ArrayDeque<>()).add(answers[i + 1]);
        }
        for (Question q : Questions.all()) {
            pathByText.put(q.text(), q.path());
        }
    }

    /** The paths of the questions asked, in order (a question asked again appears again). */
    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public int read() {
        if (at == pending.length && !next()) {
            return -1;
        }
        return pending[at++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (at == pending.length && !next()) {
            return -1;
        }
        int n = Math.min(len, pending.length - at);
        System.arraycopy(pending, at, b, off, n);
        at += n;
        return n;
    }

    @Override
    public int available() {
        return pending.length - at;
    }

    /** Finds the question printed since the last answer and types its answer; false when none was asked. */
    private boolean next() {
        String text = transcript.toString(StandardCharsets.UTF_8);
        String recent = text.substring(Math.min(seen, text.length()));
        seen = text.length();
        String path = null;
        for (String line : recent.split("\n")) {
            String question = line.strip();
            if (question.endsWith(" *")) {
                question = question.substring(0, question.length() - 2);
            }
            if (pathByText.containsKey(question)) {
                path = pathByText.get(question);
            }
        }
        if (path == null) {
            return false;
        }
        String asking = path;
        asked.add(path);
        if (asked.stream().filter(asking::equals).count() > MAX_ASKS_OF_ONE_QUESTION) {
            return false; // the script does not answer a question that needs one: end the input
        }
        Deque<String> lines = script.get(path);
        String line = lines == null || lines.isEmpty() ? "" : lines.size() == 1 ? lines.peek() : lines.poll();
        pending = (line + "\n").getBytes(StandardCharsets.UTF_8);
        at = 0;
        return true;
    }
}
