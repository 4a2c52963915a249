package org.hiptriage.examples.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small document that renders the same way to Markdown and to one self-contained HTML page.
 * Inline text may use {@code `code`}, {@code **bold**} and {@code [label](#anchor)}.
 */
final class Doc {

    private sealed interface Block permits Heading, Para, Table, Items, Quote {
    }

    private record Heading(int level, String id, String text, boolean toc) implements Block {
    }

    private record Para(String text) implements Block {
    }

    private record Quote(String text) implements Block {
    }

    private record Table(List<String> headers, List<List<String>> rows) implements Block {
    }

    private record Items(List<String> items) implements Block {
    }

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((#[^)]+)\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    Doc(String title) {
        this.title = title;
    }

    Doc heading(int level, String id, String text, boolean toc) {
        blocks.add(new Heading(level, id, text, toc));
        return this;
    }

    Doc para(String text) {
        blocks.add(new Para(text));
        return this;
    }

    Doc quote(String text) {
        blocks.add(new Quote(text));
        return this;
    }

    Doc table(List<String> headers, List<List<String>> rows) {
        blocks.add(new Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList()));
        return this;
    }

    Doc items(List<String> items) {
        blocks.add(new Items(List.copyOf(items)));
        return this;
    }

    /** An anchor id from any text: lower case letters, digits and hyphens. */
    static String slug(String prefix, String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + "-" + s;
    }

    // ---------------------------------------------------------------- Markdown

    String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title).append("\n\n");
        boolean tocDone = false;
        for (Block block : blocks) {
            if (!tocDone && block instanceof Heading) {
                out.append("## Contents\n\n");
                for (Block b : blocks) {
                    if (b instanceof Heading h && h.toc()) {
                        out.append("  ".repeat(h.level() - 2)).append("- [").append(h.text()).append("](#").append(h.id())
                                .append(")\n");
                    }
                }
                out.append('\n');
                tocDone = true;
            }
            if (block instanceof Heading h) {
                out.append("<a id=\"").append(h.id()).append("\"></a>\n")
                        .append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (block instanceof Para p) {
                out.append(p.text()).append("\n\n");
            } else if (block instanceof Quote q) {
                out.append("> ").append(q.text()).append("\n\n");
            } else if (block instanceof Items l) {
                for (String item : l.items()) {
                    out.append("- ").append(item).append('\n');
                }
                out.append('\n');
            } else if (block instanceof Table t) {
                out.append(row(t.headers()));
                out.append("|").append("---|".repeat(t.headers().size())).append('\n');
                for (List<String> r : t.rows()) {
                    out.append(row(r));
                }
                out.append('\n');
            }
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return out.append('\n').toString();
    }

    // ---------------------------------------------------------------- HTML

    String html() {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(inline(title)).append("</h1>\n");
        boolean tocDone = false;
        for (Block block : blocks) {
            if (!tocDone && block instanceof Heading) {
                out.append("<nav class=\"toc\">\n<h2>Contents</h2>\n<ul>\n");
                int depth = 2;
                boolean first = true;
                for (Block b : blocks) {
                    if (b instanceof Heading h && h.toc()) {
                        if (h.level() > depth) {
                            out.append("\n<ul>\n");
                        } else if (h.level() < depth) {
                            out.append("</li>\n</ul>\n</li>\n");
                        } else if (!first) {
                            out.append("</li>\n");
                        }
                        depth = h.level();
                        first = false;
                        out.append("<li><a href=\"#").append(h.id()).append("\">").append(inline(h.text())).append("</a>");
                    }
                }
                while (depth > 2) {
                    out.append("</li>\n</ul>\n");
                    depth--;
                }
                out.append("</li>\n</ul>\n</nav>\n");
                tocDone = true;
            }
            if (block instanceof Heading h) {
                out.append("<h").append(h.level()).append(" id=\"").append(h.id()).append("\">")
                        .append(inline(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (block instanceof Para p) {
                out.append("<p>").append(inline(p.text())).append("</p>\n");
            } else if (block instanceof Quote q) {
                out.append("<blockquote>").append(inline(q.text())).append("</blockquote>\n");
            } else if (block instanceof Items l) {
                out.append("<ul>\n");
                for (String item : l.items()) {
                    out.append("<li>").append(inline(item)).append("</li>\n");
                }
                out.append("</ul>\n");
            } else if (block instanceof Table t) {
                {
                    out.append("<table>\n<thead><tr>");
                    for (String h : t.headers()) {
                        out.append("<th>").append(inline(h)).append("</th>");
                    }
                    out.append("</tr></thead>\n<tbody>\n");
                    for (List<String> r : t.rows()) {
                        out.append("<tr>");
                        for (String c : r) {
                            out.append("<td>").append(inline(c)).append("</td>");
                        }
                        out.append("</tr>\n");
                    }
                    out.append("</tbody>\n</table>\n");
                }
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String inline(String text) {
        String s = escape(text);
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
        s = BOLD.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<strong>" + m.group(1) + "</strong>"));
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<a href=\"" + m.group(2) + "\">" + m.group(1) + "</a>"));
        return s;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = """
            :root { --ink: #1d232b; --muted: #5b6670; --line: #d5dbe0; --accent: #0b5c8a; --soft: #f3f6f8; }
            body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
                   max-width: 72rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; }
            h1 { font-size: 2rem; margin-bottom: .25rem; }
            h2 { margin-top: 2.5rem; padding-top: .5rem; border-top: 2px solid var(--line); }
            h3 { margin-top: 1.8rem; }
            h4 { margin: 1.4rem 0 .3rem; font-size: 1.05rem; }
            a { color: var(--accent); }
            code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft);
                   padding: 0 .2em; border-radius: 3px; }
            table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .92rem; }
            th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
            th { background: var(--soft); }
            tbody tr:nth-child(even) { background: #fafbfc; }
            blockquote { margin: .6rem 0; padding: .4rem .9rem; border-left: 4px solid var(--line); color: var(--muted); }
            nav.toc { background: var(--soft); border: 1px solid var(--line); border-radius: 6px; padding: .4rem 1.2rem; }
            nav.toc h2 { border: 0; margin-top: .6rem; }
            nav.toc ul { margin: .2rem 0; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10.5pt; }
              a { color: inherit; text-decoration: none; }
              h2 { break-before: page; border-top: 0; }
              nav.toc + h2 { break-before: auto; }
              h2, h3, h4 { break-after: avoid; }
              tr, blockquote { break-inside: avoid; }
              nav.toc { break-after: page; background: none; }
            }
            """;
}
