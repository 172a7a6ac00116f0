package org.frontlinemap.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;

/**
 * Builds a text with some stretches marked, as components: plain stretches become text nodes, marked ones
 * {@code <span class="mention">} elements, and every character goes in as text — never as HTML.
 */
final class HighlightedText {

    /** A stretch to mark, in the text's own offsets. */
    record Mark(int start, int end, String cssClass, String title, String placeId) {
    }

    private HighlightedText() {
    }

    static Span of(String text, List<Mark> marks) {
        Span out = new Span();
        int at = 0;
        for (Mark m : marks.stream().sorted(Comparator.comparingInt(Mark::start)).toList()) {
            int s = Math.max(m.start(), at);
            int e = Math.min(m.end(), text.length());
            if (s >= e) {
                continue; // overlapping or out of range: the earlier mark wins
            }
            if (s > at) {
                out.add(new Text(text.substring(at, s)));
            }
            Span mark = new Span(text.substring(s, e));
            mark.addClassName(m.cssClass());
            if (m.title() != null) {
                mark.getElement().setAttribute("title", m.title());
            }
            if (m.placeId() != null) {
                mark.getElement().setAttribute("data-place-id", m.placeId());
            }
            out.add(mark);
            at = e;
        }
        if (at < text.length()) {
            out.add(new Text(text.substring(at)));
        }
        return out;
    }
}
