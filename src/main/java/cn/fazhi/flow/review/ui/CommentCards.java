package cn.fazhi.flow.review.ui;

import cn.fazhi.flow.base.Times;
import cn.fazhi.flow.report.PartKind;
import cn.fazhi.flow.review.CommentView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.card.CardVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reviewers' comments as cards: where each stands (paragraph, or "原文已修改" when its text is gone), the quoted text,
 * the comment, who wrote it in which role and at which step, whether it is resolved, and its replies beneath it.
 */
public final class CommentCards extends Div {

    /** Sends a reply; returns whether it was kept (the view reports a failure itself). */
    @FunctionalInterface
    public interface ReplyHandler {
        boolean reply(CommentView parent, String text);
    }

    private final ZoneId zone;
    private final ReplyHandler onReply;

    /**
     * The top-level comments of one place (a part, or the whole report when {@code part} is null), with their replies
     * from {@code all}; {@code onReply} null shows no reply button.
     */
    public CommentCards(List<CommentView> all, PartKind part, ZoneId zone, ReplyHandler onReply) {
        this.zone = zone;
        this.onReply = onReply;
        addClassName("comment-cards");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
        Map<Long, List<CommentView>> replies = repliesByParent(all);
        for (CommentView root : roots(all, part)) {
            add(card(root, replies.getOrDefault(root.id(), List.of())));
        }
    }

    /** The top-level comments on a part (or on the whole report), in the order of the paragraphs they stand at. */
    public static List<CommentView> roots(List<CommentView> all, PartKind part) {
        List<CommentView> roots = new ArrayList<>(all.stream()
                .filter(c -> c.replyTo() == null && c.part() == part)
                .toList());
        roots.sort(Comparator.comparing(CommentView::anchor, Comparator.nullsLast(Comparator.naturalOrder())));
        return roots;
    }

    static Map<Long, List<CommentView>> repliesByParent(List<CommentView> all) {
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        all.stream().filter(c -> c.replyTo() != null).forEach(c -> replies.computeIfAbsent(
                        c.replyTo(), k -> new ArrayList<>())
                .add(c));
        return replies;
    }

    private Component card(CommentView c, List<CommentView> replies) {
        Card card = new Card();
        card.addThemeVariants(CardVariant.LUMO_OUTLINED);
        card.addClassName("comment");
        card.setWidthFull();

        HorizontalLayout where = new HorizontalLayout();
        where.setSpacing(true);
        where.addClassName("comment-where");
        where.add(new Span(placeOf(c)));
        if (c.textChanged()) {
            Span changed = new Span(getTranslation("comment.textChanged"));
            changed.addClassName("comment-text-changed");
            changed.getStyle().set("color", "var(--lumo-error-text-color)");
            where.add(changed);
        }
        Span state = new Span(c.resolved() ? getTranslation("comment.resolved") : getTranslation("comment.open"));
        state.addClassName(c.resolved() ? "comment-resolved" : "comment-open");
        state.getStyle()
                .set("color", c.resolved() ? "var(--lumo-success-text-color)" : "var(--lumo-secondary-text-color)");
        where.add(state);
        card.add(where);

        if (c.quote() != null && !c.quote().isBlank()) {
            Paragraph quote = new Paragraph(getTranslation("comment.quote", c.quote()));
            quote.addClassName("comment-quote");
            card.add(quote);
        }
        card.add(text(c));
        card.add(meta(c));

        for (CommentView reply : replies) {
            Div r = new Div(text(reply), meta(reply));
            r.addClassName("comment-reply");
            r.getStyle()
                    .set("border-left", "3px solid var(--lumo-contrast-20pct)")
                    .set("padding-left", "var(--lumo-space-s)")
                    .set("margin-top", "var(--lumo-space-xs)");
            card.add(r);
        }
        if (onReply != null) {
            card.add(replyBox(c));
        }
        return card;
    }

    private String placeOf(CommentView c) {
        if (c.part() == null) {
            return getTranslation("comment.whole");
        }
        if (c.anchor() != null) {
            return getTranslation("comment.paragraph", c.anchor());
        }
        return getTranslation("comment.originalParagraph", c.paragraph());
    }

    private static Component text(CommentView c) {
        Paragraph text = new Paragraph(c.text());
        text.addClassName("comment-text");
        text.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0");
        return text;
    }

    private Component meta(CommentView c) {
        List<String> bits = new ArrayList<>();
        String role = c.role() == null ? "" : getTranslation("role." + c.role().name());
        bits.add(role.isEmpty() ? c.authorName() : getTranslation("comment.by", c.authorName(), role));
        if (c.step() != null && !c.step().isBlank()) {
            bits.add(getTranslation("step." + c.step()));
        }
        bits.add(getTranslation("comment.version", c.version()));
        bits.add(Times.dateTime(c.createdAt(), getLocale(), zone));
        if (c.resolved() && c.resolvedBy() != null) {
            bits.add(getTranslation("comment.resolvedBy", c.resolvedBy()));
        }
        Span meta = new Span(
                String.join(" · ", bits.stream().filter(Objects::nonNull).toList()));
        meta.addClassName("comment-meta");
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return meta;
    }

    private Component replyBox(CommentView parent) {
        Div box = new Div();
        TextArea text = new TextArea();
        text.setPlaceholder(getTranslation("comment.replyPlaceholder"));
        text.setAriaLabel(getTranslation("comment.reply"));
        text.setWidthFull();
        text.setVisible(false);
        Button send = new Button(getTranslation("comment.replySend"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("comment.replyCancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(send, cancel);
        actions.setVisible(false);
        Button reply = new Button(getTranslation("comment.reply"));
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reply.addClassName("comment-reply-button");
        reply.addClickListener(e -> {
            reply.setVisible(false);
            text.setVisible(true);
            actions.setVisible(true);
            text.focus();
        });
        cancel.addClickListener(e -> {
            reply.setVisible(true);
            text.setVisible(false);
            actions.setVisible(false);
        });
        send.addClickListener(e -> {
            if (!text.getValue().isBlank()) {
                onReply.reply(parent, text.getValue());
            }
        });
        box.add(reply, text, actions);
        return box;
    }
}
