package org.goldset;

import java.util.function.Supplier;
import org.goldset.user.Role;
import org.goldset.user.UserAccounts;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Users for tests that log in through the browser; every one has the same long password. */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private TestUsers() {
    }

    /** The administrator browser tests log in as ("ana"), added on first use. */
    public static String admin(UserAccounts users) {
        ensure(users, "ana", Role.ADMIN);
        return "ana";
    }

    /** Adds the user unless there is one by that name, as an administrator would. */
    public static void ensure(UserAccounts users, String name, Role role) {
        asAdministrator(() -> users.list().stream().anyMatch(user -> user.name().equalsIgnoreCase(name))
                ? null : users.add(name, role, PASSWORD));
    }

    /** Runs a call to a secured service as an administrator, from a test's own thread. */
    public static <T> T asAdministrator(Supplier<T> call) {
        return as("test-admin", Role.ADMIN, call);
    }

    /** Runs a call to a secured service as this user with this role, from a test's own thread. */
    public static <T> T as(String name, Role role, Supplier<T> call) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                name, null, AuthorityUtils.createAuthorityList(role.authorities()))));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
