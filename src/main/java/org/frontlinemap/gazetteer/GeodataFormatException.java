package org.frontlinemap.gazetteer;

/** A bundled or imported geodata file that cannot be read; the message names the file and, where known, the line. */
public class GeodataFormatException extends RuntimeException {

    private final String file;
    private final int line;

    public GeodataFormatException(String file, int line, String message) {
        this(file, line, message, null);
    }

    public GeodataFormatException(String file, int line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
