package org.goldset.base;

import java.sql.SQLException;
import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells Hikari to close a SQLite connection that failed on a lock instead of returning it to the pool.
 * When {@code BEGIN IMMEDIATE} gives up after the busy timeout, sqlite-jdbc has already marked the
 * connection as inside a transaction; handed out again, it fails every later request with "cannot
 * commit - no transaction is active" until the application restarts. A fresh connection has no such
 * memory. SQLite reports no SQL state, so Hikari's own rules (SQL state 08…) never evict these.
 */
public class BrokenByLockOverride implements SQLExceptionOverride {

    @java.lang.Override
    public Override adjudicate(SQLException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return DatabaseBusy.isBusy(failure) || message.contains("no transaction is active")
                || message.contains("cannot start a transaction within a transaction")
                ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
