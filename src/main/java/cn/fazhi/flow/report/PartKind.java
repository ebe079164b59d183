package cn.fazhi.flow.report;

/** The five things a report covers, in the order 《法治政府建设与责任落实督察工作规定》 lists them. */
public enum PartKind {
    MEASURES(true),
    SHORTCOMINGS(true),
    LEADERSHIP(true),
    NEXT_YEAR(true),
    OTHER(false);

    private final boolean mandatory;

    PartKind(boolean mandatory) {
        this.mandatory = mandatory;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
