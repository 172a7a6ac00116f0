package org.frontlinemap.claims;

/** A number found in a text at original offsets {@code [start, end)}: a share (0..1) or an area in km². */
public record Quantity(int start, int end, double value) {
}
