package cn.fazhi.flow.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.flow.report.VersionDiff.Change;
import cn.fazhi.flow.report.VersionDiff.ParagraphChange;
import cn.fazhi.flow.report.VersionDiff.PartDiff;
import cn.fazhi.flow.report.VersionDiff.Place;
import cn.fazhi.flow.report.VersionDiff.Segment;
import cn.fazhi.flow.report.VersionDiff.SegmentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static final String MEASURES_1 = "一是抓“关键少数”，全年开展会前学法11次。";
    private static final String MEASURES_2 = "二是抓谋划安排，压实主体责任。";
    private static final String MEASURES_3 = "三是抓全员覆盖，深化“法律十进”。";
    private static final String SHORTCOMINGS_1 = "法治宣传的针对性还不够强。";
    private static final String NEXT_1 = "继续加强领导干部学法用法。";

    private static ReportContent report(String title, ReportPart... parts) {
        return new ReportContent(title, "现将有关情况报告如下：", List.of(parts), new Closing("示范镇人民政府", "2020年12月26日"));
    }

    private static ReportPart part(PartKind kind, String... paragraphs) {
        return new ReportPart(kind, "heading " + kind, String.join("\n", paragraphs));
    }

    private static final ReportContent BEFORE = report(
            "示范镇2020年法治政府建设情况报告",
            part(PartKind.MEASURES, MEASURES_1, MEASURES_2, MEASURES_3),
            part(PartKind.SHORTCOMINGS, SHORTCOMINGS_1),
            part(PartKind.NEXT_YEAR, NEXT_1));

    @Test
    void identicalTextsHaveNoChanges() {
        VersionDiff.Result diff = VersionDiff.compare(BEFORE, BEFORE);

        assertThat(diff.changed()).isFalse();
        assertThat(diff.parts())
                .extracting(PartDiff::kind)
                .containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS, PartKind.NEXT_YEAR);
        assertThat(diff.parts()).allSatisfy(p -> assertThat(p.change()).isEqualTo(Change.UNCHANGED));
        assertThat(diff.parts().get(0).paragraphs())
                .extracting(ParagraphChange::previousNumber, ParagraphChange::currentNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1),
                        org.assertj.core.groups.Tuple.tuple(2, 2),
                        org.assertj.core.groups.Tuple.tuple(3, 3));
    }

    @Test
    void aChangedParagraphMarksOnlyTheChangedCharacters() {
        String changed = "二是抓谋划安排，层层压实主体责任。";
        ReportContent after = report(
                BEFORE.title(),
                part(PartKind.MEASURES, MEASURES_1, changed, MEASURES_3),
                part(PartKind.SHORTCOMINGS, SHORTCOMINGS_1),
                part(PartKind.NEXT_YEAR, NEXT_1));

        VersionDiff.Result diff = VersionDiff.compare(BEFORE, after);

        PartDiff measures = diff.parts().get(0);
        assertThat(measures.change()).isEqualTo(Change.CHANGED);
        assertThat(measures.paragraphs())
                .extracting(ParagraphChange::change)
                .containsExactly(Change.UNCHANGED, Change.CHANGED, Change.UNCHANGED);
        ParagraphChange second = measures.paragraphs().get(1);
        assertThat(second.previousNumber()).isEqualTo(2);
        assertThat(second.currentNumber()).isEqualTo(2);
        assertThat(second.segments())
                .containsExactly(
                        new Segment(SegmentKind.SAME, "二是抓谋划安排，"),
                        new Segment(SegmentKind.INSERTED, "层层"),
                        new Segment(SegmentKind.SAME, "压实主体责任。"));
        assertThat(diff.parts().get(1).changed()).isFalse();
        assertThat(diff.parts().get(2).changed()).isFalse();
        assertThat(diff.changed()).isTrue();
    }

    @Test
    void addedAndRemovedParagraphsAreTold() {
        String added = "四是抓执法规范，推行行政执法三项制度。";
        ReportContent after = report(
                BEFORE.title(),
                part(PartKind.MEASURES, MEASURES_2, MEASURES_3, added),
                part(PartKind.SHORTCOMINGS, SHORTCOMINGS_1),
                part(PartKind.NEXT_YEAR, NEXT_1));

        List<ParagraphChange> paragraphs =
                VersionDiff.compare(BEFORE, after).parts().get(0).paragraphs();

        assertThat(paragraphs)
                .extracting(ParagraphChange::change)
                .containsExactly(Change.REMOVED, Change.UNCHANGED, Change.UNCHANGED, Change.ADDED);
        assertThat(paragraphs.get(0).previousNumber()).isEqualTo(1);
        assertThat(paragraphs.get(0).currentNumber()).isNull();
        assertThat(paragraphs.get(0).segments()).containsExactly(new Segment(SegmentKind.DELETED, MEASURES_1));
        assertThat(paragraphs.get(1).currentNumber()).isEqualTo(1);
        assertThat(paragraphs.get(3).currentNumber()).isEqualTo(3);
        assertThat(paragraphs.get(3).segments()).containsExactly(new Segment(SegmentKind.INSERTED, added));
        assertThat(paragraphs.get(3).text()).isEqualTo(added);
    }

    @Test
    void aReplacedParagraphUnlikeTheOldOneIsRemovedAndAdded() {
        String unrelated = "第四季度组织了宪法宣传周活动。";
        List<ParagraphChange> paragraphs =
                VersionDiff.paragraphs(List.of(MEASURES_1, MEASURES_2), List.of(MEASURES_1, unrelated));

        assertThat(paragraphs)
                .extracting(ParagraphChange::change)
                .containsExactly(Change.UNCHANGED, Change.REMOVED, Change.ADDED);
        assertThat(paragraphs.get(1).previousText()).isEqualTo(MEASURES_2);
        assertThat(paragraphs.get(2).currentText()).isEqualTo(unrelated);
    }

    @Test
    void inABlockOfReplacedParagraphsTheSimilarOnesArePaired() {
        String inserted = "新增：开展行政复议应诉专题培训两次。";
        String edited = "三是抓全员覆盖，持续深化“法律十进”。";
        List<ParagraphChange> paragraphs =
                VersionDiff.paragraphs(List.of(MEASURES_1, MEASURES_3), List.of(MEASURES_1, inserted, edited));

        assertThat(paragraphs)
                .extracting(ParagraphChange::change)
                .containsExactly(Change.UNCHANGED, Change.ADDED, Change.CHANGED);
        ParagraphChange pair = paragraphs.get(2);
        assertThat(pair.previousNumber()).isEqualTo(2);
        assertThat(pair.currentNumber()).isEqualTo(3);
        assertThat(pair.segments()).contains(new Segment(SegmentKind.INSERTED, "持续"));
    }

    @Test
    void partsAddedOrRemovedAreWholeAndHeadingsCompare() {
        ReportContent after = report(
                BEFORE.title(),
                new ReportPart(PartKind.MEASURES, "一、主要举措", String.join("\n", MEASURES_1, MEASURES_2, MEASURES_3)),
                part(PartKind.LEADERSHIP, "党政主要负责人认真履行第一责任人职责。"),
                part(PartKind.NEXT_YEAR, NEXT_1));

        VersionDiff.Result diff = VersionDiff.compare(BEFORE, after);

        assertThat(diff.parts())
                .extracting(PartDiff::kind, PartDiff::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PartKind.MEASURES, Change.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(PartKind.LEADERSHIP, Change.ADDED),
                        org.assertj.core.groups.Tuple.tuple(PartKind.NEXT_YEAR, Change.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple(PartKind.SHORTCOMINGS, Change.REMOVED));
        PartDiff measures = diff.parts().get(0);
        assertThat(measures.headingChanged()).isTrue();
        assertThat(measures.paragraphs()).allSatisfy(p -> assertThat(p.change()).isEqualTo(Change.UNCHANGED));
        assertThat(diff.parts().get(1).paragraphs()).singleElement().satisfies(p -> assertThat(p.change())
                .isEqualTo(Change.ADDED));
        assertThat(diff.parts().get(3).paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.change()).isEqualTo(Change.REMOVED);
            assertThat(p.previousText()).isEqualTo(SHORTCOMINGS_1);
        });
    }

    @Test
    void titleOpeningAndClosingAreComparedToo() {
        ReportContent after = new ReportContent(
                "示范镇2020年度法治政府建设情况报告",
                BEFORE.opening() + "\n补充说明一段。",
                BEFORE.parts(),
                new Closing("示范镇人民政府", "2020年12月28日"));

        VersionDiff.Result diff = VersionDiff.compare(BEFORE, after);

        assertThat(diff.title().change()).isEqualTo(Change.CHANGED);
        assertThat(diff.title().segments()).contains(new Segment(SegmentKind.INSERTED, "度"));
        assertThat(diff.opening()).extracting(ParagraphChange::change).containsExactly(Change.UNCHANGED, Change.ADDED);
        assertThat(diff.closing().change()).isEqualTo(Change.CHANGED);
        assertThat(diff.parts()).noneMatch(PartDiff::changed);
    }

    @Test
    void segmentsSpellBothTexts() {
        String before = "坚持把筑牢党员干部依法行政、依法执法的理论基础作为关键任务来抓。";
        String after = "坚持把筑牢领导干部依法行政的理论基础作为首要任务，常抓不懈。";

        List<Segment> segments = VersionDiff.characters(before, after);

        StringBuilder old = new StringBuilder();
        StringBuilder now = new StringBuilder();
        for (Segment s : segments) {
            if (s.kind() != SegmentKind.INSERTED) {
                old.append(s.text());
            }
            if (s.kind() != SegmentKind.DELETED) {
                now.append(s.text());
            }
        }
        assertThat(old).hasToString(before);
        assertThat(now).hasToString(after);
        for (int i = 1; i < segments.size(); i++) {
            assertThat(segments.get(i).kind()).isNotEqualTo(segments.get(i - 1).kind());
        }
        assertThat(VersionDiff.similarity(before, after)).isBetween(0.5, 1.0);
        assertThat(VersionDiff.similarity("", "")).isEqualTo(1.0);
    }

    @Test
    void charactersOutsideTheBasicPlaneStayWhole() {
        String before = "𠀀村开展普法";
        String after = "𠀁村开展普法";

        List<Segment> segments = VersionDiff.characters(before, after);

        assertThat(segments)
                .containsExactly(
                        new Segment(SegmentKind.DELETED, "𠀀"),
                        new Segment(SegmentKind.INSERTED, "𠀁"),
                        new Segment(SegmentKind.SAME, "村开展普法"));
    }

    @Test
    void aParagraphMovedWithinAPartIsMarkedOnBothSides() {
        ReportContent after = report(
                BEFORE.title(),
                part(PartKind.MEASURES, MEASURES_2, MEASURES_3, MEASURES_1),
                part(PartKind.SHORTCOMINGS, SHORTCOMINGS_1),
                part(PartKind.NEXT_YEAR, NEXT_1));

        VersionDiff.Result diff = VersionDiff.compare(BEFORE, after);

        List<ParagraphChange> paragraphs = diff.parts().get(0).paragraphs();
        ParagraphChange away = paragraphs.stream()
                .filter(ParagraphChange::movedAway)
                .findFirst()
                .orElseThrow();
        ParagraphChange here = paragraphs.stream()
                .filter(ParagraphChange::movedHere)
                .findFirst()
                .orElseThrow();
        assertThat(away.previousNumber()).isEqualTo(1);
        assertThat(away.move().place()).isEqualTo(new Place(PartKind.MEASURES, 3));
        assertThat(here.currentNumber()).isEqualTo(3);
        assertThat(here.move().place()).isEqualTo(new Place(PartKind.MEASURES, 1));
        assertThat(here.move().identical()).isTrue();
        assertThat(diff.moves()).isEqualTo(1);
        assertThat(paragraphs).filteredOn(p -> p.change() == Change.UNCHANGED).hasSize(2);
    }

    @Test
    void aParagraphMovedToAnotherPartWithASmallEditShowsTheEdit() {
        String moved = "法治宣传的针对性和实效性还不够强。";
        ReportContent after = report(
                BEFORE.title(),
                part(PartKind.MEASURES, MEASURES_1, MEASURES_2, MEASURES_3),
                part(PartKind.SHORTCOMINGS, "基层执法人员力量不足。"),
                part(PartKind.NEXT_YEAR, NEXT_1, moved));

        VersionDiff.Result diff = VersionDiff.compare(BEFORE, after);

        ParagraphChange away = diff.parts().get(1).paragraphs().stream()
                .filter(p -> p.change() == Change.REMOVED)
                .findFirst()
                .orElseThrow();
        assertThat(away.movedAway()).isTrue();
        assertThat(away.move().place()).isEqualTo(new Place(PartKind.NEXT_YEAR, 2));
        ParagraphChange here = diff.parts().get(2).paragraphs().get(1);
        assertThat(here.movedHere()).isTrue();
        assertThat(here.move().place()).isEqualTo(new Place(PartKind.SHORTCOMINGS, 1));
        assertThat(here.move().identical()).isFalse();
        assertThat(here.move().edits()).contains(new Segment(SegmentKind.INSERTED, "和实效性"));
        // A marked-up copy still sees the paragraph struck out at its old place and inserted at its new one.
        assertThat(here.segments()).containsExactly(new Segment(SegmentKind.INSERTED, moved));
        assertThat(diff.parts().get(1).paragraphs())
                .filteredOn(p -> p.change() == Change.ADDED)
                .singleElement()
                .satisfies(p -> assertThat(p.move()).isNull());
    }

    @Test
    void aParagraphMovedFromTheOpeningIntoAPartIsMoved() {
        String sentence = "全年共办理行政复议案件十二件，无一被纠错。";
        ReportContent before =
                new ReportContent(BEFORE.title(), BEFORE.opening() + "\n" + sentence, BEFORE.parts(), BEFORE.closing());
        ReportContent after = report(
                BEFORE.title(),
                part(PartKind.MEASURES, MEASURES_1, MEASURES_2, MEASURES_3, sentence),
                part(PartKind.SHORTCOMINGS, SHORTCOMINGS_1),
                part(PartKind.NEXT_YEAR, NEXT_1));

        VersionDiff.Result diff = VersionDiff.compare(before, after);

        assertThat(diff.opening().get(1).movedAway()).isTrue();
        assertThat(diff.opening().get(1).move().place()).isEqualTo(new Place(PartKind.MEASURES, 4));
        assertThat(diff.parts().get(0).paragraphs().get(3).move().place()).isEqualTo(new Place(null, 2));
    }

    @Test
    void aRemovedAndAnUnlikeAddedParagraphAreNoMove() {
        ReportContent after = report(
                BEFORE.title(),
                part(PartKind.MEASURES, MEASURES_1, MEASURES_2, MEASURES_3),
                part(PartKind.SHORTCOMINGS, "基层执法人员力量不足。"),
                part(PartKind.NEXT_YEAR, NEXT_1, "推进村级法律顾问全覆盖。"));

        VersionDiff.Result diff = VersionDiff.compare(BEFORE, after);

        assertThat(diff.moves()).isZero();
        assertThat(diff.parts()).flatExtracting(PartDiff::paragraphs).allSatisfy(p -> assertThat(p.move())
                .isNull());
    }

    @Test
    void eachParagraphTakesPartInOneMoveAtMost() {
        List<ParagraphChange> none = VersionDiff.paragraphs(List.of(MEASURES_1), List.of(MEASURES_1));
        assertThat(none).allSatisfy(p -> assertThat(p.move()).isNull());

        ReportContent after = report(
                BEFORE.title(),
                part(PartKind.MEASURES, MEASURES_2, MEASURES_3),
                part(PartKind.SHORTCOMINGS, SHORTCOMINGS_1, MEASURES_1),
                part(PartKind.NEXT_YEAR, NEXT_1, MEASURES_1));

        VersionDiff.Result diff = VersionDiff.compare(BEFORE, after);

        assertThat(diff.moves()).isEqualTo(1);
        long addedWithoutMove = diff.parts().stream()
                .flatMap(p -> p.paragraphs().stream())
                .filter(p -> p.change() == Change.ADDED && p.move() == null)
                .count();
        assertThat(addedWithoutMove).isEqualTo(1);
    }
}
