package org.goldset.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.server.Command;

/**
 * A schema hotkey such as {@code "3"} or {@code "Shift+3"}. A shifted digit is matched by its
 * physical key (Digit3): the character it types depends on the keyboard layout ("#" or "§").
 */
record HotKey(Key key, KeyModifier[] modifiers) {

    static HotKey parse(String text) {
        boolean shift = text.startsWith("Shift+");
        String base = shift ? text.substring("Shift+".length()) : text;
        Key key = shift && base.length() == 1 && Character.isDigit(base.charAt(0))
                ? Key.of("Digit" + base) : Key.of(base);
        return new HotKey(key, shift ? new KeyModifier[] {KeyModifier.SHIFT} : new KeyModifier[0]);
    }

    ShortcutRegistration register(Component owner, Command action) {
        return Shortcuts.addShortcutListener(owner, action, key, modifiers);
    }
}
