package org.goldset.user;

import java.nio.charset.StandardCharsets;
import org.goldset.annotation.Layers;

/**
 * What a name and a password must be. Length is what makes a password strong (NIST SP 800-63B), so
 * there is a minimum and no rules about character classes; the maximum is bcrypt's: it reads only
 * the first 72 bytes, and Spring Security refuses longer input rather than ignore the rest.
 */
final class PasswordRules {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_BYTES = 72;

    private PasswordRules() {
    }

    static void checkName(String name) {
        if (!Layers.isAnalystName(name)) {
            throw new UserException("a user name is 1 to 64 letters, digits, dots, hyphens or underscores,"
                    + " starting with a letter or digit: \"" + name + "\" is not");
        }
    }

    static void checkPassword(String name, String password) {
        if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            throw new UserException("the password is too short: at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            throw new UserException("the password is too long: at most " + MAXIMUM_BYTES + " bytes in UTF-8");
        }
        if (password.equalsIgnoreCase(name)) {
            throw new UserException("the password must not be the user's name");
        }
    }
}
