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
 * bars with a legend, or lines over periods. Drawn for a width — {@link #WIDE} for a desktop's content column,
 * {@link #NARROW} for a phone, where each bar's label stands above it — in a {@code viewBox} the page scales to its
 * width, every text at least 12 units high. A label never is cut: it wraps onto as many lines as it needs. Every
 * label is escaped; text is measured by an estimate (CJK one em, other characters about half).
 */
public final class SvgChart {
    public static final int WIDE = 760;
    public static final int NARROW = 380;
    private static final String[] COLOURS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7f7f7f"};
    private static final String FONT = "system-ui,'Noto Sans CJK SC','WenQuanYi Micro Hei',sans-serif";
    static final double TEXT = 13;
    static final double SMALL = 12;
    private static final double LINE = 16;

    private SvgChart() {}

    /** The chart at the desktop width; {@code id} makes its title's id unique on the page. */
    static Html draw(Chart chart, String id, String title) {
        return draw(chart, id, title, WIDE);
    }

    public static Html draw(Chart chart, String id, String title, int width) {
        return chart.shape() == Chart.Shape.LINES ? lines(chart, id, title, width) : bars(chart, id, title, width);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static void line(HtmlWriter svg, double x1, double y1, double x2, double y2, String stroke) {
        svg.empty("line", "x1", f(x1), "y1", f(y1), "x2", f(x2), "y2", f(y2), "stroke", stroke).newline();
    }

    private static Html bars(Chart chart, String id, String title, int width) {
        boolean narrow = width < WIDE;
        int seriesCount = chart.series().size();
        int labelWidth = narrow ? width - 16 : 250;
        int x0 = narrow ? 8 : labelWidth + 14;
        int x1 = width - (narrow ? 70 : 90);
        List<List<String>> labelLines = new ArrayList<>();
        for (Bilingual category : chart.categories()) labelLines.add(categoryLines(category, labelWidth));
        List<String> axisTitle = wrap(chart.categoryAxis().joined(), width - 16, TEXT);
        int top = 8 + (int) (axisTitle.size() * LINE) + legendHeight(chart, width) + 8;
        double barBlock = seriesCount * 18.0;
        List<Double> rowHeights = new ArrayList<>();
        for (List<String> lines : labelLines) {
            rowHeights.add(narrow ? lines.size() * LINE + 4 + barBlock + 10 : Math.max(Math.max(36, barBlock + 12),
                    lines.size() * LINE + 10));
        }
        double plotHeight = rowHeights.stream().mapToDouble(Double::doubleValue).sum();
        List<String> valueTitle = wrap(chart.valueAxis().joined(), width - 16, TEXT);
        int height = (int) Math.ceil(top + plotHeight + 26 + valueTitle.size() * LINE + 8);
        Scale scale = Scale.of(values(chart), x0, x1);

        HtmlWriter svg = open(id, title, width, height);
        lines(svg, 8, 8 + TEXT, "start", TEXT, "700", axisTitle, "axis-title category-axis");
        legend(svg, chart, 8 + (int) (axisTitle.size() * LINE) + 6, width);
        for (double tick : scale.ticks()) {
            double x = scale.at(tick);
            line(svg, x, top, x, top + plotHeight, "#e3e7eb");
            text(svg, x, top + plotHeight + 16, "middle", SMALL, "400", number(tick), "tick");
        }
        line(svg, scale.at(0), top, scale.at(0), top + plotHeight, "#555");
        double rowTop = top;
        for (int c = 0; c < chart.categories().size(); c++) {
            List<String> label = labelLines.get(c);
            double rowHeight = rowHeights.get(c);
            double barsTop;
            if (narrow) {
                lines(svg, 8, rowTop + TEXT + 2, "start", TEXT, "400", label, "category");
                barsTop = rowTop + label.size() * LINE + 6;
            } else {
                double labelTop = rowTop + (rowHeight - label.size() * LINE) / 2 + TEXT - 1;
                lines(svg, labelWidth, labelTop, "end", TEXT, "400", label, "category");
                barsTop = rowTop + (rowHeight - barBlock) / 2;
            }
            for (int s = 0; s < seriesCount; s++) {
                Chart.Series series = chart.series().get(s);
                Double value = series.values().get(c);
                if (value == null) continue;
                double y = barsTop + s * 18;
                double xa = Math.min(scale.at(0), scale.at(value));
                double w = Math.max(1, Math.abs(scale.at(value) - scale.at(0)));
                String mark = mark(chart, series, c);
                svg.open("rect", "x", f(xa), "y", f(y), "width", f(w), "height", f(16), "fill", COLOURS[s % COLOURS.length])
                        .element("title", chart.categories().get(c).joined()
                                + (seriesCount > 1 ? " / " + series.name().joined() : "") + ": " + mark)
                        .close("rect").newline();
                text(svg, value < 0 ? xa - 4 : xa + w + 4, y + 12.5, value < 0 ? "end" : "start", SMALL, "400", mark,
                        "value");
            }
            rowTop += rowHeight;
        }
        lines(svg, width / 2.0, top + plotHeight + 36, "middle", TEXT, "700", valueTitle, "axis-title value-axis");
        return svg.close("svg").newline().toHtml();
    }

    /** A category's lines: the Chinese name, then the English one when it differs, each wrapped to the width. */
    private static List<String> categoryLines(Bilingual category, double width) {
        List<String> lines = new ArrayList<>(wrap(category.first(""), width, TEXT));
        if (category.en() != null && category.zh() != null && !category.en().equals(category.zh())) {
            lines.addAll(wrap(category.en(), width, TEXT));
        }
        return lines;
    }

    private static Html lines(Chart chart, String id, String title, int width) {
        boolean narrow = width < WIDE;
        int x0 = narrow ? 50 : 80;
        int x1 = width - (narrow ? 24 : 40);
        int n = chart.categories().size();
        double step = n > 1 ? (x1 - x0) / (double) (n - 1) : 0;
        List<List<String>> ticks = new ArrayList<>();
        int tickLines = 1;
        for (Bilingual c : chart.categories()) {
            List<String> l = wrap(c.first(""), n > 1 ? Math.max(step - 4, 40) : 200, SMALL);
            ticks.add(l);
            tickLines = Math.max(tickLines, l.size());
        }
        int top = 16 + legendHeight(chart, width);
        int plotHeight = narrow ? 220 : 260;
        List<String> categoryTitle = wrap(chart.categoryAxis().joined(), width - 16, TEXT);
        int height = (int) (top + plotHeight + 12 + tickLines * LINE + 10 + categoryTitle.size() * LINE + 12);
        Scale scale = Scale.of(values(chart), top + plotHeight, top);

        HtmlWriter svg = open(id, title, width, height);
        legend(svg, chart, 8, width);
        for (double tick : scale.ticks()) {
            double y = scale.at(tick);
            line(svg, x0, y, x1, y, "#e3e7eb");
            text(svg, x0 - 6, y + 4, "end", SMALL, "400", number(tick), "tick");
        }
        line(svg, x0, scale.at(0), x1, scale.at(0), "#555");
        for (int c = 0; c < n; c++) {
            double x = n > 1 ? x0 + c * step : (x0 + x1) / 2.0;
            lines(svg, x, top + plotHeight + 18, "middle", SMALL, "400", ticks.get(c), "category");
        }
        for (int s = 0; s < chart.series().size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            Chart.Series series = chart.series().get(s);
            List<Double> values = series.values();
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < n; c++) {
                if (values.get(c) == null) continue;
                double x = n > 1 ? x0 + c * step : (x0 + x1) / 2.0;
                points.append(f(x)).append(',').append(f(scale.at(values.get(c)))).append(' ');
            }
            svg.empty("polyline", "fill", "none", "stroke", colour, "stroke-width", "2.5", "points",
                    points.toString().strip()).newline();
            for (int c = 0; c < n; c++) {
                Double value = values.get(c);
                if (value == null) continue;
                double x = n > 1 ? x0 + c * step : (x0 + x1) / 2.0;
                double y = scale.at(value);
                String mark = mark(chart, series, c);
                svg.open("circle", "cx", f(x), "cy", f(y), "r", "4", "fill", colour)
                        .element("title", series.name().joined() + ", " + chart.categories().get(c).first("") + ": " + mark)
                        .close("circle").newline();
                text(svg, x, y - 8, "middle", SMALL, "400", mark, "value");
            }
        }
        lines(svg, width / 2.0, top + plotHeight + 18 + tickLines * LINE + 12, "middle", TEXT, "700", categoryTitle,
                "axis-title category-axis");
        svg.open("g", "transform", "translate(14 " + f(top + plotHeight / 2.0) + ") rotate(-90)");
        lines(svg, 0, 0, "middle", TEXT, "700", wrap(chart.valueAxis().joined(), plotHeight + 40, TEXT),
                "axis-title value-axis");
        return svg.close("g").newline().close("svg").newline().toHtml();
    }

    /** What a point's mark says: its own words (a qualifier with the number), else the number and the unit. */
    private static String mark(Chart chart, Chart.Series series, int c) {
        String own = series.marks().get(c);
        return own != null ? own : number(series.values().get(c)) + chart.unitSymbol();
    }

    private static HtmlWriter open(String id, String title, int width, int height) {
        HtmlWriter svg = new HtmlWriter(4096);
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart " + (width < WIDE ? "narrow" : "wide"),
                        "viewBox", "0 0 " + width + " " + height, "role", "img", "aria-labelledby", id + "-title",
                        "font-family", FONT).newline()
                .element("title", title, "id", id + "-title").newline();
        return svg;
    }

    /** The legend's entries, one to a row when a name is long, else as many as fit a row. */
    private static int legendColumns(Chart chart, int width) {
        int columns = Math.max(1, (width - 16) / 248);
        for (Chart.Series s : chart.series()) {
            if (textWidth(s.name().joined(), SMALL) > 226) return 1;
        }
        return columns;
    }

    private static int legendHeight(Chart chart, int width) {
        if (chart.series().size() < 2) return 0;
        int columns = legendColumns(chart, width);
        int height = 0;
        for (int row = 0; row * columns < chart.series().size(); row++) {
            int lines = 1;
            for (int s = row * columns; s < Math.min(chart.series().size(), (row + 1) * columns); s++) {
                lines = Math.max(lines, wrap(chart.series().get(s).name().joined(), legendTextWidth(columns, width), SMALL).size());
            }
            height += (int) (lines * LINE) + 6;
        }
        return height;
    }

    private static double legendTextWidth(int columns, int width) {
        return columns == 1 ? width - 40 : 226;
    }

    private static void legend(HtmlWriter svg, Chart chart, int y, int width) {
        if (chart.series().size() < 2) return;
        int columns = legendColumns(chart, width);
        double rowTop = y;
        for (int row = 0; row * columns < chart.series().size(); row++) {
            int lines = 1;
            for (int s = row * columns; s < Math.min(chart.series().size(), (row + 1) * columns); s++) {
                int x = 12 + (s % columns) * 248;
                svg.empty("rect", "x", Integer.toString(x), "y", f(rowTop), "width", "12", "height", "12",
                        "fill", COLOURS[s % COLOURS.length]).newline();
                List<String> name = wrap(chart.series().get(s).name().joined(), legendTextWidth(columns, width), SMALL);
                lines(svg, x + 17, rowTop + 10.5, "start", SMALL, "400", name, "legend");
                lines = Math.max(lines, name.size());
            }
            rowTop += lines * LINE + 6;
        }
    }

    private static void text(HtmlWriter svg, double x, double y, String anchor, double size, String weight,
            String content, String cssClass) {
        lines(svg, x, y, anchor, size, weight, List.of(content), cssClass);
    }

    /** A text of one or more lines, the first on the baseline {@code y}, the next each a line below. */
    private static void lines(HtmlWriter svg, double x, double y, String anchor, double size, String weight,
            List<String> lines, String cssClass) {
        lines(svg, x, y, anchor, size, weight, lines, cssClass, "#1d232a");
    }

    /**
     * A text of one or more lines, the first on the baseline {@code y}, each next one a line below: how every drawing
     * of the site writes a label that wraps.
     */
    public static void lines(HtmlWriter svg, double x, double y, String anchor, double size, String weight,
            List<String> lines, String cssClass, String fill) {
        svg.open("text", "class", cssClass, "x", f(x), "y", f(y), "text-anchor", anchor, "font-size", f(size),
                "font-weight", weight, "fill", fill);
        if (lines.size() == 1) {
            svg.text(lines.get(0));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                svg.element("tspan", lines.get(i), "x", f(x), "dy", i == 0 ? "0" : f(LINE));
            }
        }
        svg.close("text").newline();
    }

    /**
     * {@code s} broken into lines of about {@code maxWidth} units at {@code size}: between words where it has spaces,
     * anywhere between Chinese characters; a word longer than a line is broken too. Nothing is left out.
     */
    public static List<String> wrap(String s, double maxWidth, double size) {
        // units: a word of Latin letters, digits and punctuation, or one Chinese character; a space only separates
        List<String> units = new ArrayList<>();
        List<Boolean> spaceBefore = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || isCjk(cp)) {
                if (word.length() > 0) {
                    units.add(word.toString());
                    spaceBefore.add(space);
                    word.setLength(0);
                    space = false;
                }
                if (cp == ' ') {
                    space = true;
                } else {
                    units.add(new String(Character.toChars(cp)));
                    spaceBefore.add(space);
                    space = false;
                }
            } else {
                word.appendCodePoint(cp);
            }
        }
        if (word.length() > 0) {
            units.add(word.toString());
            spaceBefore.add(space);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            String joined = line.length() == 0 ? unit : line + (spaceBefore.get(u) ? " " : "") + unit;
            if (textWidth(joined, size) <= maxWidth || line.length() == 0 && textWidth(unit, size) <= maxWidth) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            // a word longer than a line is broken where it must be
            for (int i = 0; i < unit.length(); ) {
                int cp = unit.codePointAt(i);
                if (line.length() > 0 && textWidth(line + new String(Character.toChars(cp)), size) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static boolean isCjk(int cp) {
        return cp >= 0x2E80;
    }

    private static double charWidth(int cp, double size) {
        return (isCjk(cp) ? 1.0 : 0.58) * size;
    }

    static double textWidth(String s, double size) {
        double width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += charWidth(cp, size);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static List<Double> values(Chart chart) {
        List<Double> all = new ArrayList<>();
        chart.series().forEach(s -> s.values().forEach(v -> { if (v != null) all.add(v); }));
        return all;
    }

    /** The value as the report gives it: no exponent, no trailing zeros. */
    public static String number(double v) {
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
