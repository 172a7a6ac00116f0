package org.frontlinemap.store;

/** The database cannot be opened for a reason the user can fix; the message says how. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
