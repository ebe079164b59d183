package cn.fazhi.flow.campaign.ui;

import cn.fazhi.flow.campaign.BoardRow;
import cn.fazhi.flow.report.ReportStatus;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.function.BiFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The campaign's progress as an SVG drawn on the server (JFreeChart and JFreeSVG): one bar per status, stacked on
 * time and overdue, and the share done (approved or later) in the title.
 */
final class ProgressChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 280;

    private ProgressChart() {}

    /** The SVG element; {@code t} translates a key with arguments. */
    static String svg(List<BoardRow> rows, BiFunction<String, Object[], String> t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String onTime = t.apply("campaign.chart.onTime", new Object[0]);
        String late = t.apply("campaign.chart.overdue", new Object[0]);
        for (ReportStatus status : ReportStatus.values()) {
            String category = t.apply("status." + status.name(), new Object[0]);
            data.addValue(
                    rows.stream()
                            .filter(r -> r.status() == status && !r.overdue())
                            .count(),
                    onTime,
                    category);
            data.addValue(
                    rows.stream()
                            .filter(r -> r.status() == status && r.overdue())
                            .count(),
                    late,
                    category);
        }
        long done = rows.stream().filter(r -> done(r.status())).count();
        int percent = rows.isEmpty() ? 0 : (int) Math.round(100.0 * done / rows.size());
        String title = t.apply("campaign.chart.title", new Object[] {percent, done, rows.size()});
        JFreeChart chart = ChartFactory.createStackedBarChart(
                title,
                null,
                t.apply("campaign.chart.townships", new Object[0]),
                data,
                PlotOrientation.HORIZONTAL,
                true,
                false,
                false);
        StandardChartTheme theme = new StandardChartTheme("fazhi");
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.apply(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x2E7D32));
        renderer.setSeriesPaint(1, new Color(0xC62828));
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }

    static boolean done(ReportStatus status) {
        return status == ReportStatus.APPROVED || status == ReportStatus.PUBLISHED;
    }
}
