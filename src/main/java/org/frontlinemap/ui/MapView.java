package org.frontlinemap.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("")
@PageTitle("Frontline Map")
@AnonymousAllowed
public class MapView extends Div {
    public MapView() {
        setText("Frontline Map");
    }
}
