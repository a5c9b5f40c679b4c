package org.genaikg.web.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaikg.dataset.Bilingual;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;

/**
 * Draws a {@link Chart} as inline SVG on the server: horizontal bars (long Chinese labels stay readable), grouped
 * bars with a legend, or lines over periods. Every label is escaped; text is measured by an estimate (CJK one em,
 * other characters about half), which is enough to keep labels inside the drawing.
 */
final class SvgChart {
    private static final int WIDTH = 760;
    private static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7f7f7f"};
    private static final String FONT = "system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";

    private SvgChart() {}

    /** The chart as an {@code <svg>} element; {@code id} makes its title's id unique on the page. */
    static Html draw(Chart chart, String id, String title) {
        return chart.shape() == Chart.Shape.LINES ? lines(chart, id, title) : bars(chart, id, title);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static void line(HtmlWriter svg, double x1, double y1, double x2, double y2, String stroke) {
        svg.empty("line", "x1", f(x1), "y1", f(y1), "x2", f(x2), "y2", f(y2), "stroke", stroke).newline();
    }

    private static Html bars(Chart chart, String id, String title) {
        int seriesCount = chart.series().size();
        int rowHeight = Math.max(36, seriesCount * 16 + 12);
        int labelWidth = 260;
        int x0 = labelWidth + 12;
        int x1 = WIDTH - 90;
        int top = 34 + legendHeight(chart);
        int plotHeight = rowHeight * chart.categories().size();
        int height = top + plotHeight + 62;
        Scale scale = Scale.of(values(chart), x0, x1);

        HtmlWriter svg = open(id, title, height);
        text(svg, 0, 18, "start", 13, "700", chart.categoryAxis().joined(), labelWidth + 200, "axis-title category-axis");
        legend(svg, chart, 34);
        for (double tick : scale.ticks()) {
            double x = scale.at(tick);
            line(svg, x, top, x, top + plotHeight, "#e3e7eb");
            text(svg, x, top + plotHeight + 18, "middle", 11, "400", number(tick), 80, "tick");
        }
        line(svg, scale.at(0), top, scale.at(0), top + plotHeight, "#555");
        for (int c = 0; c < chart.categories().size(); c++) {
            int rowTop = top + c * rowHeight;
            Bilingual category = chart.categories().get(c);
            double middle = rowTop + rowHeight / 2.0;
            if (category.en() == null || category.zh() == null || category.en().equals(category.zh())) {
                text(svg, labelWidth, middle + 4, "end", 12, "400", category.first(""), labelWidth, "category");
            } else {
                text(svg, labelWidth, middle - 3, "end", 12, "400", category.zh(), labelWidth, "category");
                text(svg, labelWidth, middle + 12, "end", 10.5, "400", category.en(), labelWidth, "category-en");
            }
            double barHeight = (rowHeight - 12.0) / seriesCount;
            for (int s = 0; s < seriesCount; s++) {
                Double value = chart.series().get(s).values().get(c);
                if (value == null) continue;
                double y = rowTop + 6 + s * barHeight;
                double xa = Math.min(scale.at(0), scale.at(value));
                double w = Math.max(1, Math.abs(scale.at(value) - scale.at(0)));
                svg.open("rect", "x", f(xa), "y", f(y), "width", f(w), "height", f(barHeight - 2),
                        "fill", COLOURS[s % COLOURS.length])
                        .element("title", category.joined() + (seriesCount > 1 ? " / " + chart.series().get(s).name().joined() : "")
                                + ": " + number(value) + chart.unitSymbol()).close("rect").newline();
                double labelX = value < 0 ? xa - 4 : xa + w + 4;
                text(svg, labelX, y + barHeight / 2 + 3, value < 0 ? "end" : "start", 10.5, "400",
                        number(value) + chart.unitSymbol(), 86, "value");
            }
        }
        text(svg, (x0 + x1) / 2.0, top + plotHeight + 44, "middle", 13, "700", chart.valueAxis().joined(), x1 - x0 + 120,
                "axis-title value-axis");
        return svg.close("svg").newline().toHtml();
    }

    private static Html lines(Chart chart, String id, String title) {
        int x0 = 80;
        int x1 = WIDTH - 40;
        int top = 24 + legendHeight(chart);
        int plotHeight = 260;
        int height = top + plotHeight + 80;
        int n = chart.categories().size();
        Scale scale = Scale.of(values(chart), top + plotHeight, top);
        double step = n > 1 ? (x1 - x0) / (double) (n - 1) : 0;

        HtmlWriter svg = open(id, title, height);
        legend(svg, chart, 8);
        for (double tick : scale.ticks()) {
            double y = scale.at(tick);
            line(svg, x0, y, x1, y, "#e3e7eb");
            text(svg, x0 - 6, y + 4, "end", 11, "400", number(tick), 70, "tick");
        }
        line(svg, x0, scale.at(0), x1, scale.at(0), "#555");
        for (int c = 0; c < n; c++) {
            double x = n > 1 ? x0 + c * step : (x0 + x1) / 2.0;
            text(svg, x, top + plotHeight + 18, "middle", 11, "400", chart.categories().get(c).first(""),
                    n > 1 ? Math.max(step, 50) : 200, "category");
        }
        for (int s = 0; s < chart.series().size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            List<Double> values = chart.series().get(s).values();
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < n; c++) {
                if (values.get(c) == null) continue;
                double x = n > 1 ? x0 + c * step : (x0 + x1) / 2.0;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, scale.at(values.get(c))));
            }
            svg.empty("polyline", "fill", "none", "stroke", colour, "stroke-width", "2.5", "points",
                    points.toString().strip()).newline();
            for (int c = 0; c < n; c++) {
                Double value = values.get(c);
                if (value == null) continue;
                double x = n > 1 ? x0 + c * step : (x0 + x1) / 2.0;
                double y = scale.at(value);
                svg.open("circle", "cx", f(x), "cy", f(y), "r", "4", "fill", colour)
                        .element("title", chart.series().get(s).name().joined() + ", "
                                + chart.categories().get(c).first("") + ": " + number(value) + chart.unitSymbol())
                        .close("circle").newline();
                text(svg, x, y - 8, "middle", 10.5, "400", number(value) + chart.unitSymbol(), 90, "value");
            }
        }
        text(svg, (x0 + x1) / 2.0, top + plotHeight + 44, "middle", 13, "700", chart.categoryAxis().joined(), x1 - x0,
                "axis-title category-axis");
        svg.open("g", "transform", "translate(16 " + f(top + plotHeight / 2.0) + ") rotate(-90)");
        text(svg, 0, 0, "middle", 13, "700", chart.valueAxis().joined(), plotHeight + 60, "axis-title value-axis");
        return svg.close("g").newline().close("svg").newline().toHtml();
    }

    private static HtmlWriter open(String id, String title, int height) {
        HtmlWriter svg = new HtmlWriter(4096);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "viewBox", "0 0 " + WIDTH + " " + height,
                        "width", Integer.toString(WIDTH), "height", Integer.toString(height), "role", "img",
                        "aria-labelledby", id + "-title", "font-family", FONT).newline()
                .element("title", title, "id", id + "-title").newline();
        return svg;
    }

    /** Three legend entries to a row, or one when a name would not fit a third of the width. */
    private static int legendColumns(Chart chart) {
        for (Chart.Series s : chart.series()) {
            String name = s.name().joined();
            if (!fit(name, 226, 11.5).equals(name)) return 1;
        }
        return 3;
    }

    private static int legendHeight(Chart chart) {
        int columns = legendColumns(chart);
        return chart.series().size() > 1 ? 22 * ((chart.series().size() + columns - 1) / columns) : 0;
    }

    private static void legend(HtmlWriter svg, Chart chart, int y) {
        if (chart.series().size() < 2) return;
        int columns = legendColumns(chart);
        for (int s = 0; s < chart.series().size(); s++) {
            int x = 12 + (s % columns) * 248;
            int row = y + (s / columns) * 22;
            svg.empty("rect", "x", Integer.toString(x), "y", Integer.toString(row), "width", "12", "height", "12",
                    "fill", COLOURS[s % COLOURS.length]).newline();
            text(svg, x + 17, row + 10.5, "start", 11.5, "400", chart.series().get(s).name().joined(),
                    columns == 1 ? WIDTH - 40 : 226, "legend");
        }
    }

    private static void text(HtmlWriter svg, double x, double y, String anchor, double size, String weight,
            String content, double maxWidth, String cssClass) {
        String shown = fit(content, maxWidth, size);
        svg.open("text", "class", cssClass, "x", f(x), "y", f(y), "text-anchor", anchor, "font-size", f(size),
                "font-weight", weight, "fill", "#1d232a");
        if (!shown.equals(content)) svg.element("title", content);
        svg.text(shown).close("text").newline();
    }

    /** {@code s}, shortened with an ellipsis to about {@code maxWidth} pixels at {@code size}. */
    static String fit(String s, double maxWidth, double size) {
        double width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += (cp >= 0x2E80 ? 1.0 : 0.58) * size;
            if (width > maxWidth) return s.substring(0, Math.max(0, i - 1)) + "…";
            i += Character.charCount(cp);
        }
        return s;
    }

    private static List<Double> values(Chart chart) {
        List<Double> all = new ArrayList<>();
        chart.series().forEach(s -> s.values().forEach(v -> { if (v != null) all.add(v); }));
        return all;
    }

    /** The value as the report gives it: no exponent, no trailing zeros. */
    static String number(double v) {
        // twelve significant digits undo the binary noise of tick arithmetic (0.1 + 0.2) without touching data
        return BigDecimal.valueOf(v).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** A linear scale from data values to pixels with "nice" round ticks, always including zero. */
    private record Scale(double min, double max, double from, double to, double step) {
        static Scale of(List<Double> values, double from, double to) {
            double min = 0;
            double max = 0;
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max == min) max = min + 1;
            double raw = (max - min) / 5;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = magnitude * (raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10);
            return new Scale(Math.floor(min / step) * step, Math.ceil(max / step) * step, from, to, step);
        }

        double at(double value) {
            return from + (value - min) / (max - min) * (to - from);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (double t = min; t <= max + step / 1000; t += step) ticks.add(Math.abs(t) < step / 1e6 ? 0 : t);
            return ticks;
        }
    }
}
