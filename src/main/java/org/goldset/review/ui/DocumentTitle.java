package org.goldset.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.goldset.review.listing.DocumentRow;
import org.goldset.review.listing.SearchSnippet;

/**
 * A document's title in the list and, when the list is searched, a line of its text around the words
 * found, each marked. The snippet is built from text nodes and mark elements, never from HTML, so an
 * article's own markup is shown as text.
 */
class DocumentTitle extends Div {

    DocumentTitle(DocumentRow document) {
        add(new Span(document.title()));
        if (document.snippet() != null) {
            Div snippet = new Div();
            snippet.addClassName("goldset-snippet");
            for (SearchSnippet.Part part : document.snippet().parts()) {
                snippet.getElement().appendChild(part.hit() ? new Element("mark").setText(part.text())
                        : Element.createText(part.text()));
            }
            add(snippet);
        }
    }
}
