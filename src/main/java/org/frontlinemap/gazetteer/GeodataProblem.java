package org.frontlinemap.gazetteer;

/** A geodata file that was skipped or partly skipped while loading, kept so the app can show what is missing. */
public record GeodataProblem(String file, int line, String message) {

    static GeodataProblem of(GeodataFormatException e) {
        return new GeodataProblem(e.file(), e.line(), e.getMessage());
    }

    @Override
    public String toString() {
        return message;
    }
}
