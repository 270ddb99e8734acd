package org.goldset.user;

/** A user could not be added or changed; the message says why, for the person at the keyboard. */
public class UserException extends RuntimeException {

    public UserException(String message) {
        super(message);
    }
}
