package org.goldset.base.ui;

/**
 * Something a logged-in user can do about their own account from the frame's top bar ("API
 * tokens"). Features contribute these as beans, so the frame knows none of them.
 */
public interface AccountAction {

    /** The button's text. */
    String label();

    /** Opens what the action shows, for the logged-in user. */
    void open(String user);
}
