package cn.fazhi.flow.review;

import cn.fazhi.flow.report.PartKind;

/** A comment to add: on a paragraph of a part (with the text it quotes), on the whole report, or a reply. */
public record NewComment(PartKind part, Integer paragraph, String quote, String text, Long replyTo) {}
