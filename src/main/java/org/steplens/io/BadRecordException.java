package org.steplens.io;

/** A record that cannot be read; the message is the reason shown to the user (without file and line). */
final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecordException(String reason) {
        super(reason, null, false, false);
    }
}
