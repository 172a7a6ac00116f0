package org.frontlinemap.zones;

/**
 * A public source a snapshot or claim rests on.
 *
 * @param name  publisher or report name
 * @param date  publication date as written (ISO date)
 * @param facts what the source says, in our own words
 */
public record CitedSource(String name, String date, String facts) {
}
