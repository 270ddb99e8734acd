package org.goldset.user;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says what to do when the web app refuses to listen beyond this machine; no stack trace. */
public class ListenAddressFailureAnalyzer extends AbstractFailureAnalyzer<ListenAddressGuard.ListenAddressRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ListenAddressGuard.ListenAddressRefused cause) {
        return new FailureAnalysis(cause.getMessage() + ": the first person to open it would become its administrator.",
                "Create a user first, then start Goldset again:\n"
                        + "    java -jar goldset.jar user add --db FILE --name NAME --role admin\n"
                        + "or start it on this machine alone (without --server.address) and create the administrator "
                        + "in the browser at http://localhost:8080/.", cause);
    }
}
