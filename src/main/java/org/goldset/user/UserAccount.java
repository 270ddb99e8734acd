package org.goldset.user;

import java.time.Instant;

/** A person who may log in, as listed; the password hash never leaves {@link UserAccounts}. */
public record UserAccount(long id, String name, Role role, boolean enabled, Instant createdAt) {
}
