package org.frontlinemap.ingest;

/** Follows an ingest run as it goes, for progress bars and logs. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    default void outcome(IngestOutcome outcome) {
    }

    /** A file (or archive) is finished; {@code filesTotal} is known up front for paths given to the service. */
    default void fileDone(int filesDone, int filesTotal) {
    }
}
