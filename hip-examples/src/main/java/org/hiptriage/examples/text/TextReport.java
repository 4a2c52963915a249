package org.hiptriage.examples.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hiptriage.engine.Explanation;
import org.hiptriage.engine.RuleInfo;
import org.hiptriage.examples.rulebook.Conclusion;
import org.hiptriage.examples.rulebook.DrlCatalogue;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.Level;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.Phase;
import org.hiptriage.model.report.Source;
import org.hiptriage.model.report.TriageReport;

/**
 * A triage report for a person to read: what to do first, then why (warning signs by their message,
 * conditions), then the questions still open that could make it more urgent ("Before you rely on
 * this"), the care plan by phase, what to avoid, the safety net and the disclaimer. Counts read as a
 * person says them: "1 more reason", "1 day".
 */
public final class TextReport {

    /** How many reasons the disposition lists before pointing to the warning signs. */
    static final int MAX_DISPOSITION_REASONS = 3;

    /** The width text is wrapped to. */
    public static final int WIDTH = 100;

    private final StringBuilder out = new StringBuilder();

    private TextReport() {
    }

    /** The report as text. */
    public static String format(TriageReport report) {
        return new TextReport().report(report).toString();
    }

    /** The report as text, followed by every rule that fired, in order, with its description. */
    public static String format(Explanation explanation) {
        TextReport text = new TextReport().report(explanation.report());
        text.heading("HOW THE RULES REASONED (" + Counts.of(explanation.firedRules().size(), "rule", "rules") + " fired, in order)");
        int i = 1;
        for (RuleInfo rule : explanation.firedRules()) {
            text.item(String.format(Locale.ROOT, "%3d. ", i++), "[" + layer(rule) + "] " + rule.name());
            text.para("       ", rule.description());
            List<Conclusion> concludes = DrlCatalogue.concludes(rule.name());
            if (!concludes.isEmpty()) {
                text.para("       ", "Concludes: " + concludes.stream().map(Object::toString).distinct()
                        .collect(java.util.stream.Collectors.joining("; ")) + ".");
            }
            text.para("       ", "Sources: " + titles(rule.sources()) + ".");
        }
        return text.toString();
    }

    /**
     * The sources as a person reads them: an article by its key and title ("S3: Why Do My Hips Hurt When
     * Running?"), a guideline by its title.
     */
    static String titles(List<String> citations) {
        List<String> out = new ArrayList<>();
        for (String citation : citations) {
            Source source = Source.byKey(citation).orElse(null);
            if (source == null) {
                for (Source s : Source.values()) {
                    if (s.title().equals(citation) || s.citation().equals(citation)) {
                        source = s;
                    }
                }
            }
            String title = source == null ? citation : source.isArticle() ? source.name() + ": " + source.title() : source.title();
            if (!out.contains(title)) {
                out.add(title);
            }
        }
        return String.join("; ", out);
    }

    private static String layer(RuleInfo rule) {
        return rule.layer() == null ? "?" : rule.layer().agendaGroup();
    }

    private TextReport report(TriageReport r) {
        heading("WHAT TO DO: " + r.disposition().level().name().replace('_', ' '));
        para("", r.disposition().advice());
        if (!r.disposition().because().isEmpty()) {
            List<String> why = r.disposition().because();
            if (why.size() > MAX_DISPOSITION_REASONS) {
                // a person reads the first few; the warning signs below give every one (the JSON keeps them all)
                why = new ArrayList<>(why.subList(0, MAX_DISPOSITION_REASONS));
                why.add("and " + Counts.of(r.disposition().because().size() - MAX_DISPOSITION_REASONS, "more reason", "more reasons")
                        + " below");
            }
            para("", "Why: " + joinSentences(why));
        }
        if (!r.openQuestions().isEmpty()) {
            para("", "Not everything is known yet: " + Counts.of(r.openQuestions().size(), "question", "questions")
                    + " under \"" + OPEN_QUESTIONS + "\" could make this more urgent.");
        }
        if (!r.flags().isEmpty()) {
            heading("WARNING SIGNS");
            for (Flag f : r.flags()) {
                item("! ", f.message() + " (" + levelInWords(f.level()) + ")");
                para("    ", "Because: " + joinSentences(f.because()));
                para("    ", "Sources: " + titles(f.sources()));
            }
        }
        heading("WHAT IT MAY BE");
        if (r.conditions().isEmpty()) {
            para("", "Nothing fits clearly. That is an honest answer: a clinician should examine the hip.");
        }
        for (Condition c : r.conditions()) {
            item("* ", c.name() + " — " + c.likelihood().name().toLowerCase(Locale.ROOT) + " (score " + c.score() + ")");
            para("    ", "What fits: " + joinSentences(c.because()));
            if (!c.against().isEmpty()) {
                para("    ", "What does not fit: " + joinSentences(c.against()));
            }
            para("    ", "Sources: " + titles(c.sources()));
        }
        if (!r.openQuestions().isEmpty()) {
            heading(OPEN_QUESTIONS);
            para("", (r.openQuestions().size() == 1
                    ? "This was not answered, and its answer could make this more urgent. Answer it"
                    : "These were not answered, and their answers could make this more urgent. Answer them")
                    + ", or ask a clinician, before you follow the plan below: not knowing is not the same as \"no\".");
            for (OpenQuestion q : r.openQuestions()) {
                item("? ", q.question());
                para("    ", "Why it matters: " + sentence(q.why()));
                para("    ", "A worrying answer could make this " + raisedTo(q.couldRaiseTo()) + ".");
            }
        }
        if (!r.careSteps().isEmpty()) {
            heading("CARE PLAN");
            Phase phase = null;
            for (CareStep s : r.careSteps()) {
                if (s.phase() != phase) {
                    phase = s.phase();
                    line("  " + phaseTitle(phase));
                }
                item("  - ", s.instructions());
                para("      ", "How much: " + s.dose());
                para("      ", "Why: " + joinSentences(s.because()));
            }
        }
        if (!r.avoid().isEmpty()) {
            heading("AVOID");
            for (Avoid a : r.avoid()) {
                item("x ", a.reason());
                if (!a.because().isEmpty()) {
                    para("    ", "For you because: " + joinSentences(a.because()));
                }
            }
        }
        heading("SAFETY NET");
        for (String s : r.safetyNet()) {
            item("- ", s);
        }
        line("");
        para("", r.disclaimer());
        line("(rule base " + r.ruleBaseVersion() + ", contract " + r.contractVersion() + ")");
        return this;
    }

    /** The heading of the open questions. */
    static final String OPEN_QUESTIONS = "Before you rely on this";

    /** A flag's level as a person reads it: how soon, in words (never its code). */
    static String levelInWords(Level level) {
        return switch (level) {
            case EMERGENCY -> "emergency: go to an emergency department now";
            case URGENT -> "urgent: be seen today";
            case SEE_CLINICIAN -> "see a clinician within 1–2 weeks";
            case SELF_CARE -> "self-care";
        };
    }

    /** The level an open question could raise the report to, to follow "could make this". */
    static String raisedTo(Level level) {
        return switch (level) {
            case EMERGENCY -> "an emergency: go to an emergency department now";
            case URGENT -> "urgent: be seen today";
            case SEE_CLINICIAN -> "a reason to see a clinician within 1–2 weeks";
            case SELF_CARE -> "self-care";
        };
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    private static String phaseTitle(Phase phase) {
        return switch (phase) {
            case PROTECT -> "Now (protect):";
            case SETTLE -> "The first days and weeks (settle):";
            case REBUILD -> "Strength and mobility (rebuild):";
            case RETURN -> "Back to running (return):";
            case PREVENT -> "Habits (prevent):";
        };
    }

    private static String joinSentences(List<String> parts) {
        String joined = String.join("; ", parts);
        return joined.endsWith(".") ? joined : joined + ".";
    }

    private void heading(String title) {
        if (out.length() > 0) {
            out.append('\n');
        }
        line(title);
        line("-".repeat(Math.min(title.length(), WIDTH)));
    }

    private void line(String text) {
        out.append(Counts.grammar(text)).append('\n');
    }

    private void item(String bullet, String text) {
        wrap(bullet, " ".repeat(bullet.length()), text);
    }

    private void para(String indent, String text) {
        wrap(indent, indent, text);
    }

    private void wrap(String first, String rest, String text) {
        text = Counts.grammar(text);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(first);
        int prefix = first.length();
        for (String word : text.split(" ")) {
            if (current.length() > prefix && current.length() + 1 + word.length() > WIDTH) {
                lines.add(current.toString());
                current = new StringBuilder(rest);
                prefix = rest.length();
            }
            if (current.length() > prefix) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        lines.forEach(this::line);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
