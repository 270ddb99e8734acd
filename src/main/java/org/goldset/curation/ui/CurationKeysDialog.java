package org.goldset.curation.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;

/** The curation screen's keys (press ?), as the review screen lists its own. */
final class CurationKeysDialog {

    private static final String[][] KEYS = {
            {"j  ↓", "next open difference (any item with “Show agreed”)"},
            {"k  ↑", "previous open difference"},
            {"1 – 9", "take that analyst's version: on an event, the whole card; on a role, that role only"},
            {"r", "reject every version (recorded as your decision)"},
            {"l", "relabel the entity (the gold keeps the span with your label)"},
            {"Ctrl+Z", "undo the last choice"},
            {"f", "finish: the gold is made (open differences are rejected, if you say so)"},
            {"?", "this list"}};

    private CurationKeysDialog() {
    }

    static Dialog open() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Curation keys");
        Div table = new Div();
        table.addClassName("goldset-versions");
        table.getStyle().set("--goldset-columns", "2");
        for (String[] key : KEYS) {
            Div name = new Div(key[0]);
            name.addClassName("gs-head");
            table.add(name, new Div(key[1]));
        }
        dialog.add(table);
        dialog.setWidth("34rem");
        dialog.open();
        return dialog;
    }
}
