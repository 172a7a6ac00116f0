package org.frontlinemap.ingest;

/**
 * Bounds on what one ingest accepts, so that a hostile or accidental input (a 2 GB log file, a zip bomb) is
 * refused with a reason instead of exhausting memory.
 *
 * @param maxFileBytes        largest single file (or archive entry) read
 * @param maxBodyChars        longest article body stored
 * @param maxZipEntries       most entries an archive may list
 * @param maxZipTotalBytes    most uncompressed bytes read from one archive
 */
public record IngestLimits(long maxFileBytes, int maxBodyChars, int maxZipEntries, long maxZipTotalBytes) {

    public static final IngestLimits DEFAULT = new IngestLimits(8L << 20, 1_000_000, 20_000, 512L << 20);

    public IngestLimits {
        if (maxFileBytes <= 0 || maxBodyChars <= 0 || maxZipEntries <= 0 || maxZipTotalBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
