package org.goldset.user;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to serve beyond this machine ({@code --server.address}) while nobody can log in: until
 * the first user exists, whoever reaches the port first would create the administrator. Runs while
 * the application starts, before the web server takes its port.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ListenAddressGuard implements InitializingBean {

    private final Environment environment;
    private final UserAccounts accounts;

    ListenAddressGuard(Environment environment, UserAccounts accounts) {
        this.environment = environment;
        this.accounts = accounts;
    }

    @Override
    public void afterPropertiesSet() {
        String address = environment.getProperty("server.address", "");
        if (!isLoopback(address) && !accounts.anyEnabled()) {
            throw new ListenAddressRefused(address);
        }
    }

    static boolean isLoopback(String address) {
        if (address.isBlank()) {
            return false; // no address: every interface
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    /** Why the web app did not start; {@link ListenAddressFailureAnalyzer} turns it into advice. */
    static final class ListenAddressRefused extends RuntimeException {

        final String address;

        ListenAddressRefused(String address) {
            super("Goldset will not listen on " + (address.isBlank() ? "every interface" : address)
                    + " while no user can log in");
            this.address = address;
        }
    }
}
