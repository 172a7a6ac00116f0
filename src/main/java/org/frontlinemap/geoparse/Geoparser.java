package org.frontlinemap.geoparse;

import java.util.List;

/** Finds place mentions in a text. Never throws on any input; mentions come sorted by start and never overlap. */
public interface Geoparser {
    List<Mention> parse(String text);
}
