package cn.fazhi.flow.desk;

import cn.fazhi.flow.check.CheckInput;
import cn.fazhi.flow.check.CheckService;
import cn.fazhi.flow.check.Finding;
import cn.fazhi.flow.check.Waiver;
import cn.fazhi.flow.check.ui.FindingsPanel;
import cn.fazhi.flow.report.ReportContent;
import cn.fazhi.flow.report.ui.DraftFields;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pre-check beside the editor's text: the findings on the text in the fields (stored or not), and where a click
 * on one goes — the field it is about, with its paragraph (or the excerpt in it) selected.
 */
final class EditorFindings {

    private final CheckService checks;
    private final long reportId;
    private final int year;
    private final DraftFields fields;
    private final FindingsPanel panel;
    /** The blocks of the text the findings shown were computed on, by line (index = line - 1). */
    private List<CheckInput.Block> checkedBlocks = List.of();

    EditorFindings(
            CheckService checks,
            long reportId,
            int year,
            DraftFields fields,
            Consumer<ReportEditorView.Jump> onJump,
            Consumer<Finding> onWaive,
            Consumer<Waiver> onUnwaive) {
        this.checks = checks;
        this.reportId = reportId;
        this.year = year;
        this.fields = fields;
        panel = new FindingsPanel(checks, true, f -> onJump.accept(jumpTo(f)), onWaive, onUnwaive);
        panel.setId("editor-findings");
        panel.addClassName("editor-findings");
    }

    FindingsPanel panel() {
        return panel;
    }

    /** Checks the text in the fields under the county's settings, with the report's waivers. */
    void refresh() {
        ReportContent content = fields.content();
        checkedBlocks = CheckInput.of(content, year).blocks();
        panel.show(checks.findings(reportId, content));
    }

    /**
     * Scrolls to the field a finding is about and focuses it; in a multi-line field the finding's paragraph (its
     * excerpt, when the paragraph holds it) is selected.
     */
    private ReportEditorView.Jump jumpTo(Finding f) {
        CheckInput.Block block = f.line() != null && f.line() >= 1 && f.line() <= checkedBlocks.size()
                ? checkedBlocks.get(f.line() - 1)
                : null;
        TextFieldBase<?, String> field;
        int paragraph = 0;
        if (block == null) {
            if (f.part() != null) {
                field = fields.body(f.part());
            } else if ("missing-closing".equals(f.rule())) {
                field = fields.office().getValue().isBlank() ? fields.office() : fields.date();
            } else {
                field = fields.title();
            }
        } else {
            field = switch (block.zone()) {
                case TITLE -> fields.title();
                case OPENING -> fields.opening();
                case HEADING -> fields.heading(block.part());
                case BODY -> fields.body(block.part());
                case CLOSING_OFFICE -> fields.office();
                case CLOSING_DATE -> fields.date();
            };
            paragraph = block.paragraph();
        }
        int[] range = field instanceof TextArea area && paragraph > 0
                ? selection(area.getValue(), paragraph, f.excerpt())
                : new int[] {-1, -1};
        field.getElement()
                .executeJs(
                        "const ta = this.inputElement || this.querySelector('textarea') || this.querySelector('input');"
                                + "this.scrollIntoView({block: 'start'});"
                                + "if (ta) {"
                                + "  ta.focus({preventScroll: true});"
                                + "  if ($0 >= 0) {"
                                + "    ta.setSelectionRange($0, $1);"
                                + "    const box = ta.getBoundingClientRect();"
                                + "    const y = box.top + box.height * ($0 / Math.max(1, ta.value.length));"
                                + "    if (y > window.innerHeight * 0.6) { window.scrollBy(0, y - window.innerHeight / 3); }"
                                + "  }"
                                + "} else { this.focus(); }",
                        range[0],
                        range[1]);
        return new ReportEditorView.Jump(field.getId().orElse(""), range[0], range[1]);
    }

    /**
     * The start and end of the n-th paragraph (a non-blank line, as {@code Paragraphs} counts them) in a field's
     * value, narrowed to the excerpt when the paragraph holds it; {-1, -1} when there is no such paragraph.
     */
    static int[] selection(String value, int paragraph, String excerpt) {
        int count = 0;
        int lineStart = 0;
        while (lineStart <= value.length()) {
            int lineEnd = value.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = value.length();
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
                end--;
            }
            if (end > start && ++count == paragraph) {
                int at = excerpt == null || excerpt.isEmpty()
                        ? -1
                        : value.substring(start, end).indexOf(excerpt);
                return at < 0 ? new int[] {start, end} : new int[] {start + at, start + at + excerpt.length()};
            }
            lineStart = lineEnd + 1;
        }
        return new int[] {-1, -1};
    }
}
