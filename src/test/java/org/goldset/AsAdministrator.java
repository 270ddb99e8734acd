package org.goldset;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Runs a test's own calls to the services (setting up documents, checking what is stored) as a
 * logged-in administrator, as the web app's method security requires; what the browser does goes
 * through a real login.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@WithMockUser(username = "ana", roles = {"ANALYST", "CURATOR", "ADMIN"})
public @interface AsAdministrator {
}
