package org.frontlinemap.map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A point marker; {@code label} is shown as a tooltip (as text), {@code count} after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapPoint(String id, double lat, double lon, String label, Double radius, Integer count, String color) {
}
