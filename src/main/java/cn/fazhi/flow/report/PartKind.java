package cn.fazhi.flow.report;

/**
 * The five things a report covers, in the order 《法治政府建设与责任落实督察工作规定》 lists them, each with its standard
 * heading: the wording a report uses where the drafter left a part's heading empty.
 */
public enum PartKind {
    MEASURES(true, "一、上一年度推进法治政府建设的主要举措和成效"),
    SHORTCOMINGS(true, "二、上一年度推进法治政府建设存在的不足和原因"),
    LEADERSHIP(true, "三、上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"),
    NEXT_YEAR(true, "四、下一年度推进法治政府建设的主要安排"),
    OTHER(false, "五、其他需要报告的情况");

    private final boolean mandatory;
    private final String standardHeading;

    PartKind(boolean mandatory, String standardHeading) {
        this.mandatory = mandatory;
        this.standardHeading = standardHeading;
    }

    public boolean mandatory() {
        return mandatory;
    }

    /** The heading of this part as the rules word it, numbered (一、 … 五、); the document is Chinese in every locale. */
    public String standardHeading() {
        return standardHeading;
    }
}
