package org.coltrain.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's plots, drawn by JFreeChart onto JFreeSVG: each method returns one standalone {@code <svg>} element.
 * {@code id} prefixes the SVG's internal ids, so several plots can sit inline in one HTML page, and keeps the
 * output the same from run to run (JFreeSVG's default prefix is time-based).
 */
public final class Plots {

    public static final int WIDTH = 720, HEIGHT = 400;
    private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xff7f0e),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2) };

    static {
        // No display is needed to draw onto SVG; say so before AWT starts.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private Plots() {
    }

    /** Latency CDF per service (a step per histogram bucket), with a vertical line at each SLO. */
    public static String latencyCdf(String id, List<Series> cdfs, double[] sloUs, double[] sloPercentile) {
        JFreeChart chart = ChartFactory.createXYLineChart("Latency CDF", "latency (us)", "fraction of requests",
                collection(cdfs), PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRangeAxis().setRange(0, 1.02);
        // show the SLO even when every request is far below it
        double maxX = 0;
        for (Series s : cdfs) for (double v : s.x()) maxX = Math.max(maxX, v);
        for (double v : sloUs) maxX = Math.max(maxX, v);
        ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        plot.getDomainAxis().setUpperBound(maxX * 1.05);
        XYStepRenderer r = new XYStepRenderer();
        plot.setRenderer(r);
        for (int i = 0; i < sloUs.length; i++) {
            ValueMarker slo = new ValueMarker(sloUs[i], PALETTE[i % PALETTE.length].darker(), dashed(1.5f));
            slo.setLabel(String.format(java.util.Locale.ROOT, "SLO %s us", trim(sloUs[i])));
            slo.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            slo.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addDomainMarker(slo);
            ValueMarker p = new ValueMarker(sloPercentile[i] / 100, Color.GRAY, dashed(1f));
            p.setLabel("p" + trim(sloPercentile[i]));
            p.setLabelAnchor(RectangleAnchor.LEFT);
            p.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(p);
        }
        return svg(id, style(chart));
    }

    /** Lines over x (time, load, ...); {@code identity} adds the dashed y = x line (e.g. throughput = offered load). */
    public static String lines(String id, String title, String xLabel, String yLabel, List<Series> series, boolean identity) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, collection(series), PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, series.stream().allMatch(s -> s.x().length <= 40));
        plot.setRenderer(r);
        if (identity) {
            double max = 0;
            for (Series s : series) for (double v : s.x()) max = Math.max(max, v);
            XYSeriesCollection c = (XYSeriesCollection) plot.getDataset();
            XYSeries ideal = new XYSeries("ideal (all offered load served)", false);
            ideal.add(0, 0);
            ideal.add(max, max);
            c.addSeries(ideal);
            r.setSeriesPaint(c.getSeriesCount() - 1, Color.GRAY);
            r.setSeriesStroke(c.getSeriesCount() - 1, dashed(1f));
            r.setSeriesShapesVisible(c.getSeriesCount() - 1, false);
        }
        return svg(id, style(chart));
    }

    /**
     * Scatter of design or sweep points with the Pareto front drawn through the non-dominated ones, which are
     * labelled (labelling every point would pile labels up). {@code minimizeX}/{@code maximizeY} give the better direction of each axis.
     */
    public static String pareto(String id, String title, String xLabel, String yLabel, double[] x, double[] y, String[] labels,
            boolean minimizeX, boolean maximizeY) {
        return pareto(id, title, xLabel, yLabel, x, y, labels, minimizeX, maximizeY, true);
    }

    /** As above; {@code logWhenWide} false keeps a linear x axis (for values that include 0, such as a fraction). */
    public static String pareto(String id, String title, String xLabel, String yLabel, double[] x, double[] y, String[] labels,
            boolean minimizeX, boolean maximizeY, boolean logWhenWide) {
        List<Integer> front = ParetoFront.of(x, y, minimizeX, maximizeY);
        XYSeriesCollection c = new XYSeriesCollection();
        XYSeries all = new XYSeries("points", false), line = new XYSeries("Pareto front", false);
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) all.add(x[i], y[i]);
        for (int i : front) line.add(x[i], y[i]);
        c.addSeries(line);
        c.addSeries(all);
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, c, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesPaint(0, new Color(0xd62728));
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShapesVisible(1, true);
        r.setSeriesPaint(1, new Color(0x1f77b4));
        plot.setRenderer(r);
        java.util.Set<String> labelled = new java.util.HashSet<>();
        for (int i : front) {
            // equal points (e.g. settings that do not matter at this load) get one label
            if (labels == null || labels[i] == null || !labelled.add(x[i] + "," + y[i])) continue;
            XYTextAnnotation a = new XYTextAnnotation(labels[i], x[i], y[i]);
            a.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
        }
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (double v : x) if (v > 0) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (logWhenWide && hi / lo > 30) {
            // saturated points sit orders of magnitude out; a log axis keeps the front readable
            org.jfree.chart.axis.LogAxis log = new org.jfree.chart.axis.LogAxis(xLabel + " (log scale)");
            log.setNumberFormatOverride(new java.text.DecimalFormat("0"));
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1)); // one tick per power of ten
            log.setRange(lo / 1.3, hi * 2);
            plot.setDomainAxis(log);
        } else {
            plot.getDomainAxis().setLowerMargin(0.05);
            plot.getDomainAxis().setUpperMargin(0.15);
            ((org.jfree.chart.axis.NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        }
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return svg(id, style(chart));
    }

    /**
     * Grouped bars on a log axis (factors multiply, so equal distances are equal factors): one group per category
     * (e.g. a workload), one bar per named series (e.g. ratio, scheduler factor, design factor), a line at 1.
     */
    public static String factorBars(String id, String title, String yLabel, List<String> categories,
            Map<String, double[]> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var e : series.entrySet())
            for (int i = 0; i < categories.size(); i++)
                if (e.getValue()[i] > 0) data.addValue(e.getValue()[i], e.getKey(), categories.get(i));
        JFreeChart chart = ChartFactory.createBarChart(title, null, yLabel, data, PlotOrientation.VERTICAL, true, false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        LogAxis log = new LogAxis(yLabel + " (log scale)");
        log.setSmallestValue(1e-3);
        plot.setRangeAxis(log);
        plot.addRangeMarker(new ValueMarker(1, Color.GRAY, dashed(1f)));
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        return svg(id, chart);
    }

    private static XYSeriesCollection collection(List<Series> series) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false);
            for (int i = 0; i < s.x().length; i++) xy.add(s.x()[i], s.y()[i]);
            c.addSeries(xy);
        }
        return c;
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        if (plot.getRenderer() instanceof XYLineAndShapeRenderer r && plot.getDataset() != null)
            for (int i = 0; i < plot.getDataset().getSeriesCount(); i++)
                if (r.getSeriesPaint(i) == null) r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
        return chart;
    }

    private static String svg(String id, JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix(id.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
        chart.draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement(id) + "\n";
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
