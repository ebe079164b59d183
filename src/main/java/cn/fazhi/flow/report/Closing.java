package cn.fazhi.flow.report;

/** The closing block (落款): the issuing office and the date as written, e.g. 2022年12月26日. */
public record Closing(String office, String date) {

    public static final Closing EMPTY = new Closing("", "");

    public Closing {
        office = office == null ? "" : office;
        date = date == null ? "" : date;
    }
}
