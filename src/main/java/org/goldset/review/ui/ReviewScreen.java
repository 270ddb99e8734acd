package org.goldset.review.ui;

import org.goldset.base.ui.AnnotatedText;
import java.util.function.Supplier;
import com.vaadin.flow.component.dialog.Dialog;
import org.goldset.corpus.Document;
import org.goldset.review.ReviewChange;
import org.goldset.text.TextOffsets;

/** What the entity and event panels need from the review screen around them. */
interface ReviewScreen {

    Document document();

    TextOffsets offsets();

    /** Runs a change with the screen's error handling; the result is an entity to select, or null. */
    void run(Supplier<Long> change);

    /** A dialog of the screen opened: the screen's keys wait until it closes. */
    void opened(Dialog dialog);

    /** A decision was made: its step goes on the undo stack, entities it changed are redrawn. */
    void decided(ReviewChange change);

    /** Shows the current event in the text; null for none. */
    void focus(AnnotatedText.EventFocus event);

    void eventCountChanged(int count);
}
