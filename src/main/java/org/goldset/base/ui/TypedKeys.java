package org.goldset.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Keys typed into a text field stay in it. A view's one-key shortcuts (n, j, a, r …) listen on the
 * whole view, so without this, typing "iran" into the documents filter opened a document at the
 * "n". Keys with Ctrl, Alt or Meta still reach the view (Ctrl+Z is not typing).
 */
public final class TypedKeys {

    private TypedKeys() {
    }

    public static <T extends Component> T stayIn(T field) {
        field.addAttachListener(attach -> field.getElement().executeJs("""
                if (!this.__goldsetTypedKeys) {
                  this.__goldsetTypedKeys = true;
                  this.addEventListener('keydown', e => {
                    if (!e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
                  });
                }"""));
        return field;
    }
}
