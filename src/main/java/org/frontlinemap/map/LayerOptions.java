package org.frontlinemap.map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a named layer behaves on the map.
 *
 * @param overlay         listed in the layer control so the user can toggle it
 * @param visible         shown when first added (a replaced layer keeps the user's choice)
 * @param tooltipProperty feature property shown as a tooltip (as text)
 * @param idProperty      feature property reported as the feature id on click (default {@code id})
 * @param labelProperty   feature property drawn as a permanent label at the feature's centre
 * @param interactive     whether features react to the pointer
 * @param side            {@code left} or {@code right} to put the layer on one side of the swipe divider
 * @param zIndex          drawing order among overlays
 * @param style           default style of the features
 * @param title           name shown in the layer control (defaults to the layer's name, which stays its key)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerOptions(
        Boolean overlay,
        Boolean visible,
        String tooltipProperty,
        String idProperty,
        String labelProperty,
        Boolean interactive,
        String side,
        Integer zIndex,
        PathStyle style,
        String title) {

    public static LayerOptions toggleable() {
        return new LayerOptions(true, true, null, null, null, true, null, null, null, null);
    }

    /** A layer that is always on and not listed in the layer control. */
    public static LayerOptions fixed() {
        return new LayerOptions(false, true, null, null, null, true, null, null, null, null);
    }

    public LayerOptions visible(boolean v) {
        return new LayerOptions(overlay, v, tooltipProperty, idProperty, labelProperty, interactive, side, zIndex, style, title);
    }

    public LayerOptions tooltip(String property) {
        return new LayerOptions(overlay, visible, property, idProperty, labelProperty, interactive, side, zIndex, style, title);
    }

    public LayerOptions id(String property) {
        return new LayerOptions(overlay, visible, tooltipProperty, property, labelProperty, interactive, side, zIndex, style, title);
    }

    public LayerOptions label(String property) {
        return new LayerOptions(overlay, visible, tooltipProperty, idProperty, property, interactive, side, zIndex, style, title);
    }

    public LayerOptions interactive(boolean on) {
        return new LayerOptions(overlay, visible, tooltipProperty, idProperty, labelProperty, on, side, zIndex, style, title);
    }

    public LayerOptions side(SwipeSide s) {
        return new LayerOptions(overlay, visible, tooltipProperty, idProperty, labelProperty, interactive,
                s == null ? null : s.code(), zIndex, style, title);
    }

    public LayerOptions zIndex(int z) {
        return new LayerOptions(overlay, visible, tooltipProperty, idProperty, labelProperty, interactive, side, z, style, title);
    }

    public LayerOptions style(PathStyle s) {
        return new LayerOptions(overlay, visible, tooltipProperty, idProperty, labelProperty, interactive, side, zIndex, s, title);
    }

    public LayerOptions title(String t) {
        return new LayerOptions(overlay, visible, tooltipProperty, idProperty, labelProperty, interactive, side, zIndex,
                style, t);
    }

    public boolean isOverlay() {
        return overlay == null || overlay;
    }

    public boolean isVisible() {
        return visible == null || visible;
    }

    public enum SwipeSide {
        LEFT, RIGHT;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
