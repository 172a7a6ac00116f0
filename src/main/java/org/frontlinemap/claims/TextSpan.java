package org.frontlinemap.claims;

/** A stretch {@code [start, end)} of a text, in Java String indices. */
public record TextSpan(int start, int end) {

    public String of(String text) {
        return text.substring(start, end);
    }
}
