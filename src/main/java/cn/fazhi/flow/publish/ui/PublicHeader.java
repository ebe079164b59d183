package cn.fazhi.flow.publish.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** The band above the public pages: the application's name linking to the list, and the way to log in. */
class PublicHeader extends HorizontalLayout {

    PublicHeader() {
        addClassName("public-header");
        setWidthFull();
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        RouterLink home = new RouterLink(getTranslation("publish.public.siteName"), PublicReportsView.class);
        home.addClassName("app-name");
        home.setId("public-home");
        Span space = new Span();
        Anchor login = new Anchor("login", getTranslation("publish.public.login"));
        login.setId("public-login");
        add(home, space, login);
        setFlexGrow(1, space);
    }
}
