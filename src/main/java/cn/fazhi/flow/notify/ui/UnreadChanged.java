package cn.fazhi.flow.notify.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user read notifications, so the bell counts again at once. */
class UnreadChanged extends ComponentEvent<UI> {

    UnreadChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
    }
}
