package org.frontlinemap.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * An article body cut into paragraphs and sentences, all with offsets into the body.
 *
 * <p>Paragraphs are separated by blank lines; a text without any blank line but with line breaks has one paragraph
 * a line. A very long paragraph (news pasted as one line, like many copied Arabic reports) is cut at sentence ends
 * into pieces of about {@link #TARGET_PARAGRAPH_CHARS}, so that a place's mention list shows readable excerpts.
 * Sentences come from ICU's sentence rules, which know the Arabic question mark and full stop.
 */
public record ArticleStructure(String body, List<Paragraph> paragraphs) {

    static final int LONG_PARAGRAPH_CHARS = 1500;
    static final int TARGET_PARAGRAPH_CHARS = 800;

    public record Sentence(int start, int end) {
    }

    public record Paragraph(int ordinal, int start, int end, List<Sentence> sentences) {
        public String text(String body) {
            return body.substring(start, end);
        }
    }

    /** Building a break iterator reads ICU's rule data; cloning a built one does not. */
    private static final BreakIterator SENTENCE_RULES = BreakIterator.getSentenceInstance(ULocale.ROOT);

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n\\s*");

    /**
     * Cleans a raw text into a body: line ends made {@code \n}, control and bidi-override characters dropped,
     * trailing spaces cut. Offsets of mentions and claims refer to this string.
     */
    public static String cleanBody(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        String s = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\t' || !(Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF')) {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").strip();
    }

    public static ArticleStructure of(String body) {
        List<int[]> spans = split(body, BLANK_LINES);
        if (spans.size() == 1 && body.indexOf('\n') >= 0) {
            spans = split(body, LINE_BREAK);
        }
        BreakIterator sentences = (BreakIterator) SENTENCE_RULES.clone();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int[] span : spans) {
            List<Sentence> ss = sentences(body, span[0], span[1], sentences);
            if (span[1] - span[0] <= LONG_PARAGRAPH_CHARS || ss.size() < 2) {
                paragraphs.add(new Paragraph(paragraphs.size(), span[0], span[1], ss));
                continue;
            }
            List<Sentence> piece = new ArrayList<>();
            for (Sentence s : ss) {
                piece.add(s);
                if (s.end() - piece.get(0).start() >= TARGET_PARAGRAPH_CHARS) {
                    paragraphs.add(new Paragraph(paragraphs.size(), piece.get(0).start(), s.end(), List.copyOf(piece)));
                    piece.clear();
                }
            }
            if (!piece.isEmpty()) {
                paragraphs.add(new Paragraph(paragraphs.size(), piece.get(0).start(),
                        piece.get(piece.size() - 1).end(), List.copyOf(piece)));
            }
        }
        return new ArticleStructure(body, List.copyOf(paragraphs));
    }

    /** Index of the paragraph containing body offset {@code off} (the last one for an offset past the end). */
    public int paragraphAt(int off) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphs.get(mid).start() <= off) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static List<int[]> split(String body, Pattern separator) {
        List<int[]> out = new ArrayList<>();
        Matcher m = separator.matcher(body);
        int pos = 0;
        while (m.find()) {
            addTrimmed(body, pos, m.start(), out);
            pos = m.end();
        }
        addTrimmed(body, pos, body.length(), out);
        return out;
    }

    private static void addTrimmed(String body, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    private static List<Sentence> sentences(String body, int start, int end, BreakIterator it) {
        List<Sentence> out = new ArrayList<>();
        it.setText(body.substring(start, end));
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            int a = start + s;
            int b = start + e;
            while (a < b && Character.isWhitespace(body.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(body.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                out.add(new Sentence(a, b));
            }
        }
        return out;
    }
}
