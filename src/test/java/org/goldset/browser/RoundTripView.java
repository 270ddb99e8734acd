package org.goldset.browser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** Test-only page: the cheapest Vaadin round trip (click → server → DOM), the benchmark's yardstick. */
@Route("benchmark/round-trip")
@jakarta.annotation.security.PermitAll
public class RoundTripView extends VerticalLayout {

    private int clicks;

    public RoundTripView() {
        Span counter = new Span("0");
        counter.setId("counter");
        Button button = new Button("Click", click -> counter.setText(String.valueOf(++clicks)));
        button.setId("bare-button");
        add(button, counter);
    }
}
