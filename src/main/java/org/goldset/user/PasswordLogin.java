package org.goldset.user;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password against {@code app_user}, throttled by {@link LoginThrottle}. The only
 * authentication provider of the web app (so Spring Boot never makes its default user with a
 * logged password). A disabled user is refused like a wrong password, naming neither.
 */
final class PasswordLogin implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordLogin.class);

    private final LoginThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    PasswordLogin(UserAccounts accounts, LoginThrottle throttle) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(name -> accounts.storedLogin(name)
                .map(login -> User.withUsername(login.name())
                        .password(login.passwordHash())
                        .authorities(login.role().authorities().toArray(String[]::new))
                        .disabled(!login.enabled())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user")));
        this.passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        Duration wait = throttle.wait(name, address);
        if (!wait.isZero()) {
            throw new LockedException("Too many wrong passwords. Try again in " + describe(wait) + ".");
        }
        try {
            Authentication accepted = passwords.authenticate(attempt);
            throttle.succeeded(name);
            return accepted;
        } catch (AuthenticationException refused) {
            throttle.failed(name, address);
            Duration locked = throttle.wait(name, address);
            if (!locked.isZero()) {
                // For the administrator (or a log watcher): never the password, the name made printable.
                LOG.warn("Logins for \"{}\" from {} locked for {} s after repeated wrong passwords",
                        printable(name), address, locked.toSeconds());
            }
            throw new BadCredentialsException("Wrong name or password.", refused);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String printable(String name) {
        String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 64 ? shown.substring(0, 64) + "…" : shown;
    }

    private static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds < 90 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
