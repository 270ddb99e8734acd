package org.goldset.user;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * Logs in the administrator just created on the first visit, so that one form leads from the run
 * command to the documents. The password goes through the same check as the login form; the
 * session gets a new id, as after any login.
 */
@Service
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FirstLogin {

    private final AuthenticationProvider passwordLogin;

    FirstLogin(AuthenticationProvider passwordLogin) {
        this.passwordLogin = passwordLogin;
    }

    public void logIn(String name, String password) {
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        HttpServletRequest request = vaadinRequest.getHttpServletRequest();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        Authentication authentication = passwordLogin.authenticate(attempt);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request,
                VaadinServletResponse.getCurrent().getHttpServletResponse());
    }
}
