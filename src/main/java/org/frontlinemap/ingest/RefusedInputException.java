package org.frontlinemap.ingest;

/** An input that cannot become an article; the message is the reason shown to the user. */
public class RefusedInputException extends Exception {
    public RefusedInputException(String reason) {
        super(reason);
    }
}
