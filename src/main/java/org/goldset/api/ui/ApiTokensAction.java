package org.goldset.api.ui;

import org.goldset.api.ApiTokens;
import org.goldset.base.ui.AccountAction;
import org.springframework.stereotype.Component;

/** "API tokens" in the top bar: the logged-in user's own tokens. */
@Component
class ApiTokensAction implements AccountAction {

    private final ApiTokens tokens;

    ApiTokensAction(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String label() {
        return "API tokens";
    }

    @Override
    public void open(String user) {
        new ApiTokensDialog(tokens, user).open();
    }
}
