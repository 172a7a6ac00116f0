package org.frontlinemap.map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a polygon or line is drawn. Null fields fall back to the layer's style, then to Leaflet's defaults.
 * Put it in a feature's {@code style} property to style that feature alone.
 *
 * @param hatch striped fill, used for partial or contested control
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PathStyle(
        String color,
        String fillColor,
        Double weight,
        Double opacity,
        Double fillOpacity,
        String dashArray,
        Boolean hatch) {

    public static PathStyle fill(String colour, double fillOpacity) {
        return new PathStyle(colour, colour, 1.0, 0.9, fillOpacity, null, null);
    }

    public static PathStyle line(String colour, double weight) {
        return new PathStyle(colour, null, weight, 1.0, 0.0, null, null);
    }

    public PathStyle withDash(String dash) {
        return new PathStyle(color, fillColor, weight, opacity, fillOpacity, dash, hatch);
    }

    public PathStyle withHatch(boolean on) {
        return new PathStyle(color, fillColor, weight, opacity, fillOpacity, dashArray, on);
    }

    public PathStyle withWeight(double w) {
        return new PathStyle(color, fillColor, w, opacity, fillOpacity, dashArray, hatch);
    }
}
