package org.frontlinemap.zones;

/** A snapshot file that cannot be read or composed; the message names the file, the zone and the culprit. */
public class SnapshotException extends IllegalArgumentException {
    public SnapshotException(String message) {
        super(message);
    }
}
