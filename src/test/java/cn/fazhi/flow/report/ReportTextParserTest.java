package cn.fazhi.flow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTextParserTest {

    static final List<String> SAMPLES =
            List.of("chengqu-rushan-2022", "hongshan-2023", "panlong-2023", "taiyao-2022", "yufa-2020");

    private final ReportTextParser parser = new ReportTextParser();

    static String sample(String name) {
        String resource = "/demo/samples/" + name + ".txt";
        try (InputStream in = ReportTextParserTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private ReportContent parseSample(String name) {
        return parser.parse(sample(name));
    }

    private static List<PartKind> kinds(ReportContent content) {
        return content.parts().stream().map(ReportPart::kind).toList();
    }

    private static List<String> headings(ReportContent content) {
        return content.parts().stream().map(ReportPart::heading).toList();
    }

    private static ReportPart part(ReportContent content, PartKind kind) {
        return content.part(kind).orElseThrow(() -> new AssertionError("no part " + kind));
    }

    // ---- the no-text-lost invariant --------------------------------------------------------------

    private static boolean blank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The non-blank characters of a text, sorted: equal multisets mean nothing lost or added. */
    private static String nonBlankSorted(String s) {
        return s.codePoints()
                .filter(c -> !blank(c))
                .sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String everything(ReportContent content) {
        StringBuilder all = new StringBuilder(content.title()).append(content.opening());
        content.parts().forEach(p -> all.append(p.heading()).append(p.body()));
        return all.append(content.closing().office())
                .append(content.closing().date())
                .toString();
    }

    private static void assertNoTextLost(String input, ReportContent content) {
        String withoutBom = input.startsWith("\uFEFF") ? input.substring(1) : input;
        String in = nonBlankSorted(withoutBom);
        String out = nonBlankSorted(everything(content));
        assertThat(out.length()).as("non-blank characters").isEqualTo(in.length());
        assertThat(out).as("the same characters").isEqualTo(in);
    }

    static Stream<String> samples() {
        return SAMPLES.stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTextIsLostInSample(String name) {
        String text = sample(name);
        assertNoTextLost(text, parser.parse(text));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void noTextIsLostInSampleWithCrlfAndBom(String name) {
        String text = "\uFEFF" + sample(name).replace("\n", "\r\n");
        ReportContent crlf = parser.parse(text);
        assertNoTextLost(text, crlf);
        assertThat(crlf).isEqualTo(parser.parse(sample(name)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplePartsAreDistinctAndNotBlank(String name) {
        ReportContent content = parseSample(name);
        assertThat(kinds(content)).doesNotHaveDuplicates().isNotEmpty();
        content.parts().forEach(p -> assertThat(p.body()).as(p.heading()).isNotBlank());
    }

    // ---- the five samples ------------------------------------------------------------------------

    @Test
    void taiyao2022() {
        ReportContent c = parseSample("taiyao-2022");
        assertThat(c.title()).isEmpty();
        assertThat(c.opening()).startsWith("2022年以来,太要镇人民政府始终坚持以习近平新时代中国特色社会主义思想为指导");
        assertThat(kinds(c)).containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS, PartKind.NEXT_YEAR);
        assertThat(headings(c)).containsExactly("一、2022年法治政府建设工作开展情况", "二、法治政府建设工作存在的问题与不足之处", "三、2023年改进措施");
        assertThat(c.part(PartKind.LEADERSHIP)).isEmpty();
        assertThat(part(c, PartKind.MEASURES).body())
                .startsWith("(一)立足学法用法守法,强化法治思维。")
                .contains("(二)突出关键部位,纵深推进法制建设。\n1、紧抓组织领导,高站位建设队伍。")
                .contains("(四)、落实监督制约机制,确保权力依法运行。");
        assertThat(part(c, PartKind.SHORTCOMINGS).body())
                .startsWith("一是关于部分行政决策、重大项目的开展方面")
                .endsWith("执法人员培训和业务能力水平有待进一步提升。");
        assertThat(part(c, PartKind.NEXT_YEAR).body()).startsWith("(一)进一步提高思想认识。");
        assertThat(c.closing()).isEqualTo(Closing.EMPTY);
    }

    @Test
    void yufa2020() {
        ReportContent c = parseSample("yufa-2020");
        assertThat(c.title()).isEmpty();
        assertThat(c.opening()).startsWith("2020年,在区委、区政府的坚强领导下");
        assertThat(kinds(c))
                .containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS, PartKind.LEADERSHIP, PartKind.NEXT_YEAR);
        assertThat(headings(c))
                .containsExactly(
                        "一、推进法治政府建设的主要举措和成效", "二、存在的不足和原因", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、下一年度推进法治政府建设的主要安排");
        assertThat(part(c, PartKind.MEASURES).body())
                .startsWith("(一)提高政治站位,狠抓责任落实\n1.强化理论学习,凝聚依法行政思想共识")
                // the second "(三)" (broken numbering) stays inside the body
                .contains("(三)深化体制改革,持续提升执法水平")
                .contains("(三)坚持多措并举,依法化解矛盾纠纷");
        assertThat(part(c, PartKind.SHORTCOMINGS).body()).startsWith("对照区委、区政府要求,我镇主要存在以下不足");
        assertThat(part(c, PartKind.LEADERSHIP).body()).startsWith("我镇党政主要负责人能够做到全面履行推进法治建设第一责任人职责");
        assertThat(part(c, PartKind.NEXT_YEAR).body())
                .startsWith("1.坚持理论和法律制度,不断提升领导干部依法行政能力")
                .endsWith("夯实人才基础。");
        assertThat(c.closing()).isEqualTo(Closing.EMPTY);
    }

    @Test
    void chengquRushan2022() {
        ReportContent c = parseSample("chengqu-rushan-2022");
        assertThat(c.title()).isEmpty();
        assertThat(c.opening()).startsWith("2022年度,城区街道坚持以习近平新时代中国特色社会主义思想为指导");
        assertThat(kinds(c))
                .containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS, PartKind.LEADERSHIP, PartKind.NEXT_YEAR);
        assertThat(headings(c))
                .containsExactly(
                        "一、2022年法治政府建设的主要举措和成效",
                        "二、2022年推进法治政府建设存在的不足和原因",
                        "三、2022年党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况",
                        "四、2023年推进法治政府建设的主要安排");
        assertThat(part(c, PartKind.MEASURES).body()).startsWith("(一)加强党对法治建设的领导。");
        assertThat(part(c, PartKind.SHORTCOMINGS).body()).startsWith("(一)队伍建设水平不足。");
        assertThat(part(c, PartKind.LEADERSHIP).body())
                .startsWith("(一)城区街道党工委书记履行推进法治建设第一责任人职责情况。")
                .contains("(二)城区街道办事处主任履行推进法治建设第一责任人职责情况。");
        ReportPart nextYear = part(c, PartKind.NEXT_YEAR);
        assertThat(nextYear.body()).startsWith("(一)注重自身建设。").endsWith("着力提升村民和社区居民道德文化修养。");
        assertThat(nextYear.body()).doesNotContain("乳山市城区街道办事处", "2022年12月26日");
        assertThat(c.closing()).isEqualTo(new Closing("乳山市城区街道办事处", "2022年12月26日"));
    }

    @Test
    void hongshan2023() {
        ReportContent c = parseSample("hongshan-2023");
        assertThat(c.title()).isEqualTo("关于2023年度法治政府建设情况的报告");
        // the issuing office above the title and the addressee stay in the opening, so does "1、 …"
        assertThat(c.opening())
                .startsWith("洪山镇人民政府\n")
                .contains("中共沈丘县委、沈丘县人民政府：\n1、 2023年以来洪山镇党委政府认真贯彻落实党的二十大会议精神")
                .endsWith("现将2023年度法治政府建设工作报告如下：");
        assertThat(kinds(c))
                .containsExactly(PartKind.LEADERSHIP, PartKind.MEASURES, PartKind.SHORTCOMINGS, PartKind.NEXT_YEAR);
        assertThat(headings(c))
                .containsExactly(
                        "2、 单位负责人履行推进法治建设第一责任人职责情况；",
                        "2、 洪山镇法治政府建设的主要举措和成效；",
                        "三、存在的不足、原因和问题整改情况；",
                        "四、下一年度法治政府建设的初步安排；");
        // between the two "2、" headings: （一）加强组织领导 and （二）…法治宣传教育 belong to LEADERSHIP
        assertThat(part(c, PartKind.LEADERSHIP).body())
                .startsWith("[bookmark: _GoBack]（一）加强组织领导。")
                .contains("\n（二）积极部署深入开展法治宣传教育。")
                .endsWith("参加人员达120余人。");
        assertThat(part(c, PartKind.MEASURES).body())
                .startsWith("（1） 深入学习贯彻习近平法治思想。")
                .contains("（十）加强党的领导，完善法治政府建设组织保障和落实机制。");
        assertThat(part(c, PartKind.SHORTCOMINGS).body()).startsWith("2023年，我镇推进建设法治政府工作虽然取得了一定成效");
        // the indented first line keeps no leading ideographic spaces once the body is trimmed
        assertThat(part(c, PartKind.NEXT_YEAR).body())
                .startsWith("（一）继续深入贯彻落实习近平法治思想。认真落实党政主要负责人履行推进法治建设第一责任人制度")
                .endsWith("进一步增强干部职工学法用法守法意识。");
        assertThat(c.closing()).isEqualTo(Closing.EMPTY);
    }

    @Test
    void panlong2023() {
        ReportContent c = parseSample("panlong-2023");
        assertThat(c.title()).isEqualTo("盘龙彝族乡2023年法治政府建设工作报告");
        assertThat(c.opening())
                .startsWith("2023年11月5日 星期天\n发布时间:2024-03-14 14:05:00     来源:盘龙彝族乡人民政府 阅读次数:1864")
                .contains("2023年来,盘龙乡在县委、县人民政府的正确领导下");
        assertThat(kinds(c)).containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS, PartKind.NEXT_YEAR);
        assertThat(headings(c)).containsExactly("一、工作开展情况", "二、存在问题", "三、2024年工作计划");
        assertThat(part(c, PartKind.MEASURES).body())
                // a body sentence about 第一责任人 does not start a LEADERSHIP part
                .startsWith("(一)依法全面履行政府职能。一是切实履行推进法治建设第一责任人职责")
                .contains("(五)重大突发事件依法预防处置。\n\n1.依法打击各类非法违法生产经营建设行为。")
                .contains("(七)强化行政权力运行制约和监督。");
        assertThat(part(c, PartKind.SHORTCOMINGS).body()).startsWith("我乡在建设法治政府工作上虽取得了一定的成效");
        assertThat(part(c, PartKind.NEXT_YEAR).body())
                .startsWith("2024年,盘龙彝族乡将继续坚持以习近平新时代中国特色社会主义思想为指引")
                .contains("(三)进一步加强社会面法制教育宣传。");
        assertThat(c.closing()).isEqualTo(Closing.EMPTY);
    }

    // ---- synthetic cases -------------------------------------------------------------------------

    @Nested
    class Headings {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "一、上一年度推进法治政府建设的主要举措和成效",
                    "一、2022年法治政府建设工作开展情况",
                    "工作开展情况",
                    "1、主要举措和成效",
                    "（一）主要做法",
                    "1. 工作成效",
                    "第一部分 2021年度法治政府建设情况"
                })
        void measures(String line) {
            assertThat(parser.headingKind(line)).contains(PartKind.MEASURES);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"二、上一年度推进法治政府建设存在的不足和原因", "二、存在的问题与不足之处", "2、存在问题", "（二）不足、原因和问题整改情况", "三、存在的不足、原因和问题整改情况； "
                })
        void shortcomings(String line) {
            assertThat(parser.headingKind(line)).contains(PartKind.SHORTCOMINGS);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "三、上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                    "单位负责人履行推进法治建设第一责任人职责情况",
                    "3.党政主要负责人履行第一责任人职责情况",
                    "（三）第一责任人"
                })
        void leadership(String line) {
            assertThat(parser.headingKind(line)).contains(PartKind.LEADERSHIP);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "四、下一年度推进法治政府建设的主要安排",
                    "三、2024年工作计划",
                    "2023年改进措施",
                    "（四）下一步工作打算",
                    "4、下一年度法治政府建设的初步安排；",
                    "四、2025年度工作思路"
                })
        void nextYear(String line) {
            assertThat(parser.headingKind(line)).contains(PartKind.NEXT_YEAR);
        }

        @ParameterizedTest
        @ValueSource(strings = {"五、其他需要报告的情况", "5.其他情况", "（五）其他需要说明的事项"})
        void other(String line) {
            assertThat(parser.headingKind(line)).contains(PartKind.OTHER);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "",
                    "   ",
                    "我镇党政主要负责人认真履行第一责任人职责。",
                    "一是落实第一责任人职责。",
                    "（一）加强组织领导。镇党委书记切实履行第一责任人职责",
                    "镇长履行推进法治建设第一责任人职责，每季度听取一次法治工作汇报，研究解决重大问题，并带头学法用法，发挥表率作用。",
                    "(三)、强化法治宣传,营造浓厚氛围。",
                    "关于2023年度法治政府建设情况的报告",
                    "乳山市城区街道办事处",
                    "2022年12月26日"
                })
        void notHeadings(String line) {
            assertThat(parser.headingKind(line)).isEmpty();
        }

        @Test
        void theDataFileCoversAllKinds() {
            Map<PartKind, List<Pattern>> patterns = ReportTextParser.loadHeadingPatterns();
            // tried in the order of the file: the more specific kinds first
            assertThat(patterns.keySet())
                    .containsExactly(
                            PartKind.OTHER,
                            PartKind.LEADERSHIP,
                            PartKind.SHORTCOMINGS,
                            PartKind.NEXT_YEAR,
                            PartKind.MEASURES);
            patterns.values().forEach(list -> assertThat(list).isNotEmpty());
            assertThat(parser.headingPatterns().toString()).isEqualTo(patterns.toString());
        }

        @Test
        void dataFileErrorsNameTheLine() {
            assertThatThrownBy(() -> ReportTextParser.readHeadingPatterns(new StringReader("# c\n存在问题\n")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Line 2");
            assertThatThrownBy(() -> ReportTextParser.readHeadingPatterns(new StringReader("[NOPE]\n")))
                    .hasMessageContaining("unknown part kind NOPE");
            assertThatThrownBy(() -> ReportTextParser.readHeadingPatterns(new StringReader("[OTHER]\n(其他\n")))
                    .hasMessageContaining("Line 2: bad pattern");
        }
    }

    private static String lines(String... lines) {
        return String.join("\n", lines);
    }

    private ReportContent parseChecked(String text) {
        ReportContent content = parser.parse(text);
        assertNoTextLost(text, content);
        return content;
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、|二、|三、|四、|五、", "1、|2、|3、|4、|5、", "1.|2.|3.|4.|5.", "（一）|（二）|（三）|（四）|（五）", "||||"})
    void numberingStyles(String numbering) {
        String[] n = numbering.split("\\|", -1);
        ReportContent c = parseChecked(lines(
                "某某镇2023年法治政府建设情况报告",
                "2023年，我镇坚持依法行政。",
                n[0] + "2023年推进法治政府建设的主要举措和成效",
                "（一）加强领导。一是学法。",
                n[1] + "2023年推进法治政府建设存在的不足和原因",
                "普法形式单一。",
                n[2] + "2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
                "书记带头学法。",
                n[3] + "2024年推进法治政府建设的主要安排",
                "继续深化普法。",
                n[4] + "其他需要报告的情况",
                "无。"));
        assertThat(c.title()).isEqualTo("某某镇2023年法治政府建设情况报告");
        assertThat(c.opening()).isEqualTo("2023年，我镇坚持依法行政。");
        assertThat(kinds(c))
                .containsExactly(
                        PartKind.MEASURES,
                        PartKind.SHORTCOMINGS,
                        PartKind.LEADERSHIP,
                        PartKind.NEXT_YEAR,
                        PartKind.OTHER);
        assertThat(part(c, PartKind.MEASURES).heading()).isEqualTo(n[0] + "2023年推进法治政府建设的主要举措和成效");
        assertThat(c.parts().stream().map(ReportPart::body))
                .containsExactly("（一）加强领导。一是学法。", "普法形式单一。", "书记带头学法。", "继续深化普法。", "无。");
    }

    @Test
    void aBodySentenceMentioningTheFirstResponsibleDoesNotSplit() {
        ReportContent c = parseChecked(lines(
                "一、主要举措和成效",
                "（一）加强组织领导。",
                "我镇党政主要负责人认真履行第一责任人职责。",
                "一是落实第一责任人职责。",
                "镇长切实履行推进法治建设第一责任人职责，带头学法用法，定期听取法治工作汇报。",
                "二、存在的不足和原因",
                "学法不够深入。"));
        assertThat(kinds(c)).containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS);
        assertThat(part(c, PartKind.MEASURES).body())
                .isEqualTo(lines(
                        "（一）加强组织领导。",
                        "我镇党政主要负责人认真履行第一责任人职责。",
                        "一是落实第一责任人职责。",
                        "镇长切实履行推进法治建设第一责任人职责，带头学法用法，定期听取法治工作汇报。"));
    }

    @Test
    void aParenthesisedSubHeadingUnderTopLevelHeadingsDoesNotSplit() {
        ReportContent c = parseChecked(lines("一、主要举措和成效", "（一）加强组织领导", "甲。", "（二）落实第一责任人职责情况", "乙。", "二、存在问题", "丙。"));
        assertThat(kinds(c)).containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS);
        assertThat(part(c, PartKind.MEASURES).body()).isEqualTo("（一）加强组织领导\n甲。\n（二）落实第一责任人职责情况\n乙。");
    }

    @Test
    void aKindWrittenTwiceIsAppendedToTheFirst() {
        ReportContent c = parseChecked(lines("一、主要举措和成效", "甲。", "二、存在问题", "乙。", "三、工作成效", "丙。", "四、2024年工作计划", "丁。"));
        assertThat(kinds(c)).containsExactly(PartKind.MEASURES, PartKind.SHORTCOMINGS, PartKind.NEXT_YEAR);
        assertThat(part(c, PartKind.MEASURES))
                .isEqualTo(new ReportPart(PartKind.MEASURES, "一、主要举措和成效", "甲。\n三、工作成效\n丙。"));
    }

    @Test
    void closingWithOfficeAndDate() {
        ReportContent c = parseChecked(
                lines("一、主要举措和成效", "甲。", "四、下一年度推进法治政府建设的主要安排", "乙。", "", "某某县某某镇人民政府", "2022年12月26日", ""));
        assertThat(part(c, PartKind.NEXT_YEAR).body()).isEqualTo("乙。");
        assertThat(c.closing()).isEqualTo(new Closing("某某县某某镇人民政府", "2022年12月26日"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022年12月", "2022-12-26", "2022.12.26", "二〇二二年十二月二十六日", "2022 年 12 月 26 日"})
    void closingDateFormats(String date) {
        ReportContent c = parseChecked(lines("二、存在问题", "乙。", "某某街道办事处", date));
        assertThat(c.closing()).isEqualTo(new Closing("某某街道办事处", date));
        assertThat(part(c, PartKind.SHORTCOMINGS).body()).isEqualTo("乙。");
    }

    @Test
    void closingWithOnlyADateOrOnlyAnOffice() {
        assertThat(parseChecked(lines("二、存在问题", "乙。", "2023年1月5日")).closing()).isEqualTo(new Closing("", "2023年1月5日"));
        assertThat(parseChecked(lines("二、存在问题", "乙。", "中共某某镇委员会")).closing()).isEqualTo(new Closing("中共某某镇委员会", ""));
    }

    @Test
    void closingWithTwoOfficesOrOnOneLine() {
        assertThat(parseChecked(lines("二、存在问题", "乙。", "中共某某镇委员会", "某某镇人民政府", "2023年1月5日"))
                        .closing())
                .isEqualTo(new Closing("中共某某镇委员会\n某某镇人民政府", "2023年1月5日"));
        assertThat(parseChecked(lines("二、存在问题", "乙。", "某某镇人民政府　2023年1月5日")).closing())
                .isEqualTo(new Closing("某某镇人民政府", "2023年1月5日"));
        assertThat(parseChecked(lines("二、存在问题", "乙。", "某某县 某某镇人民政府 2023-01-05")).closing())
                .isEqualTo(new Closing("某某县 某某镇人民政府", "2023-01-05"));
    }

    @Test
    void noClosingWhenTheTextEndsInProse() {
        ReportContent c = parseChecked(lines("二、存在问题", "乙。", "我镇将在2023年12月完成整改。"));
        assertThat(c.closing()).isEqualTo(Closing.EMPTY);
        assertThat(part(c, PartKind.SHORTCOMINGS).body()).isEqualTo("乙。\n我镇将在2023年12月完成整改。");
    }

    @Test
    void emptyInput() {
        ReportContent empty = new ReportContent("", "", List.of(), Closing.EMPTY);
        assertThat(parser.parse("")).isEqualTo(empty);
        assertThat(parser.parse(null)).isEqualTo(empty);
        assertThat(parser.parse(" \n\r\n\t\n")).isEqualTo(empty);
        assertThat(parser.parse("\uFEFF")).isEqualTo(empty);
    }

    @Test
    void textWithoutHeadingsIsAllOpening() {
        ReportContent c = parseChecked("今年我镇依法行政。\n成效明显。");
        assertThat(c.parts()).isEmpty();
        assertThat(c.title()).isEmpty();
        assertThat(c.opening()).isEqualTo("今年我镇依法行政。\n成效明显。");
    }

    @Test
    void crlfBomAndTrailingSpacesAreNormalised() {
        String text = "\uFEFF某镇2023年法治政府建设情况报告  \r\n导语。\u00A0\u00A0\r\n一、主要举措和成效 \r\n甲；\r\n\r\n乙。\r\n二、存在问题\r"
                + "丙。\r\n某镇人民政府\r\n2024年1月2日\r\n";
        ReportContent c = parseChecked(text);
        assertThat(c.title()).isEqualTo("某镇2023年法治政府建设情况报告");
        assertThat(c.opening()).isEqualTo("导语。");
        assertThat(c.parts())
                .containsExactly(
                        new ReportPart(PartKind.MEASURES, "一、主要举措和成效", "甲；\n\n乙。"),
                        new ReportPart(PartKind.SHORTCOMINGS, "二、存在问题", "丙。"));
        assertThat(c.closing()).isEqualTo(new Closing("某镇人民政府", "2024年1月2日"));
        assertThat(everything(c)).doesNotContain("\r", "\uFEFF");
    }

    @Test
    void punctuationAndLeadingIndentInsideBodiesAreKept() {
        ReportContent c = parseChecked(lines("一、主要举措和成效", "(一)甲,乙.", "　　（二）丙，丁。", "  3、戊"));
        assertThat(part(c, PartKind.MEASURES).body()).isEqualTo("(一)甲,乙.\n　　（二）丙，丁。\n  3、戊");
    }

    @Test
    void titleIsOnlyTakenNearTheTop() {
        assertThat(parseChecked(lines("关于2023年度法治政府建设情况的报告", "一、主要举措和成效", "甲。")).title())
                .isEqualTo("关于2023年度法治政府建设情况的报告");
        ReportContent noTitle = parseChecked(
                lines("2023年，我镇坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设，现将有关情况报告如下：", "关于法治政府建设情况的报告", "一、主要举措和成效", "甲。"));
        assertThat(noTitle.title()).isEmpty();
        assertThat(noTitle.opening()).endsWith("关于法治政府建设情况的报告");
    }

    @Test
    void partsAreInTextOrder() {
        ReportContent c = parseChecked(lines("四、下一年度推进法治政府建设的主要安排", "甲。", "一、主要举措和成效", "乙。"));
        assertThat(kinds(c)).containsExactly(PartKind.NEXT_YEAR, PartKind.MEASURES);
        assertThat(c.parts().stream().map(ReportPart::body).collect(Collectors.joining("|")))
                .isEqualTo("甲。|乙。");
    }
}
