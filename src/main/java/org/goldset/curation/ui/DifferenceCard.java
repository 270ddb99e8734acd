package org.goldset.curation.ui;

import java.util.List;
import java.util.function.Consumer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.goldset.annotation.AnnotationStatus;
import org.goldset.curation.CurationSheet;
import org.goldset.curation.CurationSheet.Item;
import org.goldset.curation.CurationSheet.ItemKind;
import org.goldset.curation.CurationSheet.Row;
import org.goldset.curation.CurationSheet.Unit;

/**
 * The current difference, as the curator settles it: one column per analyst (numbered: the key that
 * takes their version), one for the gold, a line per thing compared (the entities; an event's type
 * and each of its roles), lines that differ marked; then the gold units with how they were reached.
 */
class DifferenceCard extends Div {

    private final Consumer<String> take;
    private final Runnable reject;
    private final Runnable relabel;

    DifferenceCard(Consumer<String> take, Runnable reject, Runnable relabel) {
        this.take = take;
        this.reject = reject;
        this.relabel = relabel;
        addClassName("goldset-difference-card");
    }

    void show(CurationSheet sheet, Item item, List<Item> positions) {
        removeAll();
        if (item == null) {
            add(new H3("Nothing to settle"), new Span(sheet.open() == 0
                    ? "Every difference is settled: finish (f) to make this the gold."
                    : "Turn on “Show agreed” to see everything."));
            return;
        }
        getElement().setAttribute("data-state", item.state().name());
        H3 heading = new H3(switch (item.kind()) {
            case ENTITIES -> "Entities";
            case EVENT -> "Event";
            case POSITION -> "Argument: " + item.role();
        } + " · " + sheet.covered(item.span()));
        Span state = new Span(stateText(item.state()));
        state.addClassName("goldset-curation-state");
        state.getElement().setAttribute("data-state", item.state().name());
        add(heading, state, table(sheet, item, positions), actions(sheet, item), gold(item, positions));
    }

    private Div table(CurationSheet sheet, Item item, List<Item> positions) {
        Div table = new Div();
        table.addClassName("goldset-versions");
        table.getStyle().set("--goldset-columns", String.valueOf(sheet.analysts().size() + 2));
        table.add(cell("", "gs-head"));
        for (int n = 0; n < sheet.analysts().size(); n++) {
            table.add(cell((n + 1) + " " + sheet.analysts().get(n), "gs-head"));
        }
        table.add(cell("Gold", "gs-head"));
        addRows(table, item.rows(), false);
        positions.forEach(position -> addRows(table, position.rows(), true));
        return table;
    }

    private static void addRows(Div table, List<Row> rows, boolean position) {
        for (Row row : rows) {
            String kind = (row.differs() ? "gs-differs" : "gs-same") + (position ? " gs-position" : "");
            table.add(cell(row.heading(), "gs-row-head " + kind));
            row.cells().forEach(text -> table.add(cell(text, "gs-cell " + kind)));
            table.add(cell(row.gold(), "gs-gold " + kind));
        }
    }

    private Div actions(CurationSheet sheet, Item item) {
        Div actions = new Div();
        actions.addClassName("goldset-curation-actions");
        for (int n = 0; n < sheet.analysts().size(); n++) {
            String analyst = sheet.analysts().get(n);
            Button button = new Button((n + 1) + " · take " + analyst + (item.kind() == ItemKind.EVENT ? "'s card" : "'s"),
                    click -> take.accept(analyst));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(button);
        }
        Button rejectButton = new Button("r · reject all", click -> reject.run());
        rejectButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(rejectButton);
        if (item.kind() == ItemKind.ENTITIES) {
            Button relabelButton = new Button("l · relabel…", click -> relabel.run());
            relabelButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(relabelButton);
        }
        return actions;
    }

    private static Div gold(Item item, List<Item> positions) {
        Div gold = new Div();
        gold.addClassName("goldset-gold-units");
        java.util.stream.Stream.concat(item.units().stream(), positions.stream().flatMap(p -> p.units().stream()))
                .forEach(unit -> gold.add(unitLine(unit)));
        return gold;
    }

    private static Div unitLine(Unit unit) {
        Div line = new Div();
        line.addClassName("gs-unit");
        line.getElement().setAttribute("data-status", unit.status().name());
        String what = switch (unit.kind()) {
            case ENTITY, EVENT -> unit.label() + " " + unit.detail();
            case ARGUMENT -> unit.label() + ": " + unit.detail();
        };
        String voters = unit.voters().isEmpty() ? "no analyst" : String.join(", ", unit.voters());
        String how = unit.status() == AnnotationStatus.PENDING ? "open" : unit.howReached();
        line.setText(what + " — given by " + voters + " — " + how);
        return line;
    }

    static String stateText(CurationSheet.State state) {
        return switch (state) {
            case AGREED -> "agreed by all, merged";
            case OPEN -> "analysts disagree";
            case INCOMPLETE -> "incomplete: some analysts left the role empty";
            case DECIDED -> "decided";
        };
    }

    private static Div cell(String text, String classes) {
        Div cell = new Div();
        cell.setText(text);
        cell.setClassName(classes);
        return cell;
    }
}
