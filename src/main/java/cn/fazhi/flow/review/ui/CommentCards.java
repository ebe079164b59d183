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
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reviewers' comments as cards: where each stands (paragraph, or "原文已修改" when its text is gone), the quoted text,
 * the comment, who wrote it in which role and at which step, whether it is resolved, and its replies beneath it. Two
 * layouts: the full cards of the report page and the editor (with replies), and the compact cards beside a paragraph
 * of the review page (with the reviewer's resolve and reopen).
 */
public final class CommentCards extends Div {

    /** Sends a reply; returns whether it was kept (the view reports a failure itself). */
    @FunctionalInterface
    public interface ReplyHandler {
        boolean reply(CommentView parent, String text);
    }

    /** Marks a comment resolved, or open again. */
    @FunctionalInterface
    public interface ResolveHandler {
        void resolve(CommentView comment, boolean resolved);
    }

    private final ZoneId zone;
    private final ReplyHandler onReply;
    private final ResolveHandler onResolve;

    /**
     * The top-level comments of one place (a part, or the whole report when {@code part} is null), with their replies
     * from {@code all}; {@code onReply} null shows no reply button.
     */
    public CommentCards(List<CommentView> all, PartKind part, ZoneId zone, ReplyHandler onReply) {
        this(zone, onReply, null);
        Map<Long, List<CommentView>> replies = repliesByParent(all);
        for (CommentView root : roots(all, part)) {
            add(card(root, replies.getOrDefault(root.id(), List.of())));
        }
    }

    private CommentCards(ZoneId zone, ReplyHandler onReply, ResolveHandler onResolve) {
        this.zone = zone;
        this.onReply = onReply;
        this.onResolve = onResolve;
        addClassName("comment-cards");
    }

    /**
     * The compact cards beside the review page's text of version {@code shownVersion}: the given top-level comments
     * with their replies from {@code all}, those of an earlier round greyed under their version; {@code onResolve}
     * null shows no resolve or reopen button.
     */
    public static CommentCards beside(
            List<CommentView> all, List<CommentView> roots, int shownVersion, ZoneId zone, ResolveHandler onResolve) {
        CommentCards cards = new CommentCards(zone, null, onResolve);
        Map<Long, List<CommentView>> replies = repliesByParent(all);
        for (CommentView root : roots) {
            cards.add(
                    cards.compactCard(root, replies.getOrDefault(root.id(), List.of()), root.version() < shownVersion));
        }
        return cards;
    }

    /** The top-level comments on a part (or on the whole report), in the order of the paragraphs they stand at. */
    public static List<CommentView> roots(List<CommentView> all, PartKind part) {
        List<CommentView> roots = new ArrayList<>(all.stream()
                .filter(c -> c.replyTo() == null && c.part() == part)
                .toList());
        roots.sort(Comparator.comparing(CommentView::anchor, Comparator.nullsLast(Comparator.naturalOrder())));
        return roots;
    }

    /** The comments that stand on their own (not replies to one in {@code all}) and match {@code which}, in order. */
    public static List<CommentView> topLevel(List<CommentView> all, Predicate<CommentView> which) {
        Set<Long> ids = all.stream().map(CommentView::id).collect(Collectors.toSet());
        return all.stream()
                .filter(c -> c.replyTo() == null || !ids.contains(c.replyTo()))
                .filter(which)
                .toList();
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
            where.add(changed);
        }
        Span state = new Span(c.resolved() ? getTranslation("comment.resolved") : getTranslation("comment.open"));
        state.addClassName(c.resolved() ? "comment-resolved" : "comment-open");
        where.add(state);
        card.add(where);

        if (c.quote() != null && !c.quote().isBlank()) {
            Paragraph quote = new Paragraph(getTranslation("comment.quote", c.quote()));
            quote.addClassName("comment-quote");
            card.add(quote);
        }
        Paragraph text = new Paragraph(c.text());
        text.addClassName("comment-text");
        card.add(text);
        Span meta = new Span(metaLine(c, true));
        meta.addClassName("comment-meta");
        card.add(meta);

        for (CommentView reply : replies) {
            Paragraph replyText = new Paragraph(reply.text());
            replyText.addClassName("comment-text");
            Span replyMeta = new Span(metaLine(reply, true));
            replyMeta.addClassName("comment-meta");
            Div r = new Div(replyText, replyMeta);
            r.addClassName("comment-reply");
            card.add(r);
        }
        if (onReply != null) {
            card.add(replyBox(c));
        }
        return card;
    }

    /**
     * A card beside a paragraph: an earlier round's label, who and when, the moved or changed note, the quote, the
     * text, replies, the disposition and resolve.
     */
    private Component compactCard(CommentView c, List<CommentView> replies, boolean earlier) {
        Div card = new Div();
        card.addClassName("review-comment");
        card.addClassName(c.resolved() ? "comment-resolved" : "comment-open");
        if (earlier) {
            card.addClassName("comment-earlier");
            Div round = new Div(getTranslation("comment.earlierRound", c.version()));
            round.addClassName("comment-round");
            card.add(round);
        }
        card.add(compactMeta(c));
        if (c.part() != null && c.textChanged()) {
            Div moved = new Div(getTranslation("comment.textChangedAt", c.paragraph()));
            moved.addClassName("comment-moved");
            card.add(moved);
        }
        if (c.quote() != null && !c.quote().isBlank()) {
            Div quote = new Div(getTranslation("comment.quote", c.quote()));
            quote.addClassName("comment-quote");
            card.add(quote);
        }
        Div text = new Div(c.text());
        text.addClassName("comment-text");
        card.add(text);
        for (CommentView reply : replies) {
            Div r = new Div(compactMeta(reply), new Div(reply.text()));
            r.addClassName("comment-reply");
            card.add(r);
        }
        HorizontalLayout foot = new HorizontalLayout();
        foot.setSpacing(true);
        foot.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (c.resolved()) {
            Span resolved = new Span(getTranslation("comment.resolved"));
            resolved.addClassName("comment-resolved-note");
            foot.add(resolved);
        } else if (earlier) {
            Span open = new Span(getTranslation("comment.open"));
            open.addClassName("comment-open-note");
            foot.add(open);
        }
        if (onResolve != null) {
            Button toggle = new Button(
                    getTranslation(c.resolved() ? "comment.reopen" : "comment.resolve"),
                    e -> onResolve.resolve(c, !c.resolved()));
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            toggle.addClassName(c.resolved() ? "comment-reopen" : "comment-resolve");
            foot.add(toggle);
        }
        if (foot.getComponentCount() > 0) {
            card.add(foot);
        }
        return card;
    }

    private Div compactMeta(CommentView c) {
        Div meta = new Div(metaLine(c, false));
        meta.addClassName("comment-meta");
        return meta;
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

    /** Who wrote it in which role, at which step, on which version and when; who resolved it, if asked. */
    private String metaLine(CommentView c, boolean withResolver) {
        List<String> bits = new ArrayList<>();
        bits.add(
                c.role() == null
                        ? c.authorName()
                        : getTranslation(
                                "comment.by",
                                c.authorName(),
                                getTranslation("role." + c.role().name())));
        if (c.step() != null && !c.step().isBlank()) {
            bits.add(getTranslation("step." + c.step()));
        }
        bits.add(getTranslation("comment.version", c.version()));
        bits.add(Times.dateTime(c.createdAt(), getLocale(), zone));
        if (withResolver && c.resolved() && c.resolvedBy() != null) {
            bits.add(getTranslation("comment.resolvedBy", c.resolvedBy()));
        }
        bits.removeIf(Objects::isNull);
        return String.join(" · ", bits);
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
