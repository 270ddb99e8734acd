package org.goldset.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.goldset.base.GoldsetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The running web app holds its database's {@link AppLock}, so that {@code restore} can tell it is there. */
@Component
@Profile("!cli")
class WebAppLock implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WebAppLock.class);

    private final Optional<AppLock> lock;

    WebAppLock(GoldsetProperties properties, Environment environment) {
        Optional<AppLock> taken = Optional.empty();
        if (!environment.containsProperty("spring.datasource.url")) {
            try {
                taken = AppLock.tryTake(Path.of(properties.db()));
                if (taken.isEmpty()) {
                    LOG.warn("Another Goldset web app serves {} too", properties.db());
                }
            } catch (IOException e) {
                LOG.warn("Cannot write {}: restore will not see that this web app runs",
                        AppLock.lockFile(Path.of(properties.db())));
            }
        }
        this.lock = taken;
    }

    @Override
    public void destroy() throws IOException {
        if (lock.isPresent()) {
            lock.get().close();
        }
    }
}
