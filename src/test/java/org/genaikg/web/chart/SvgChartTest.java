package org.genaikg.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.genaikg.dataset.Bilingual;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartTest {
    private static final Bilingual UNIT = Bilingual.of("百分比", "percent (%)");

    private static Chart bars(double... values) {
        List<Bilingual> categories = new ArrayList<>();
        for (int i = 0; i < values.length; i++) categories.add(Bilingual.of("类别" + i, "category " + i));
        return new Chart(Chart.Shape.BARS, categories,
                List.of(new Chart.Series(UNIT, Arrays.stream(values).boxed().toList())),
                Bilingual.of("类别", "category"), UNIT, "%");
    }

    /** The x and width of each bar, in drawing order. */
    private static List<double[]> rects(String svg) {
        Matcher m = Pattern.compile("<rect x=\"([-0-9.]+)\" y=\"[-0-9.]+\" width=\"([0-9.]+)\"").matcher(svg);
        List<double[]> found = new ArrayList<>();
        while (m.find()) found.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        return found;
    }

    @Test
    void barLengthsAreProportionalToTheValues() {
        List<double[]> r = rects(SvgChart.draw(bars(10, 40), "c", "t").toString());
        assertEquals(2, r.size());
        assertEquals(4.0, r.get(1)[1] / r.get(0)[1], 0.01);
        assertEquals(r.get(0)[0], r.get(1)[0], 0.01, "bars start at the same zero line");
    }

    @Test
    void negativeValuesGrowLeftOfZero() {
        List<double[]> r = rects(SvgChart.draw(bars(-5, 5), "c", "t").toString());
        double zeroOfNegative = r.get(0)[0] + r.get(0)[1];
        assertEquals(r.get(1)[0], zeroOfNegative, 0.01, "the negative bar ends where the positive one starts");
    }

    @Test
    void axesAreTitledInBothLanguagesAndLabelsAreEscaped() {
        Chart chart = new Chart(Chart.Shape.BARS, List.of(Bilingual.of("<b>&", "x\"y")),
                List.of(new Chart.Series(UNIT, List.of(1.0))), Bilingual.of("类别", "category"), UNIT, "%");
        String svg = SvgChart.draw(chart, "c", "a <title>").toString();
        assertTrue(svg.contains(">类别 · category</text>"), svg);
        assertTrue(svg.contains(">百分比 · percent (%)</text>"), svg);
        assertTrue(svg.contains("&lt;b&gt;&amp;") && svg.contains("x&quot;y") && svg.contains("a &lt;title&gt;"), svg);
        assertFalse(svg.contains("<b>"), svg);
    }

    @Test
    void linesJoinThePointsOfEachSeriesInPeriodOrder() {
        Chart chart = new Chart(Chart.Shape.LINES,
                List.of(Bilingual.of("2024-12", ""), Bilingual.of("2025-06", ""), Bilingual.of("2025-07", "")),
                List.of(new Chart.Series(Bilingual.of("用户", "users"), List.of(2.0, 5.0, 5.15))),
                Bilingual.of("时间", "period"), UNIT, "");
        String svg = SvgChart.draw(chart, "c", "t").toString();
        Matcher points = Pattern.compile("points=\"([^\"]+)\"").matcher(svg);
        assertTrue(points.find(), svg);
        String[] xy = points.group(1).split(" ");
        assertEquals(3, xy.length);
        double y0 = Double.parseDouble(xy[0].split(",")[1]);
        double y1 = Double.parseDouble(xy[1].split(",")[1]);
        assertTrue(y1 < y0, "a larger value is drawn higher");
    }

    @Test
    void aLineNeedsTwoPointsInEverySeries() {
        assertThrows(IllegalArgumentException.class, () -> new Chart(Chart.Shape.LINES,
                List.of(Bilingual.of("2025-06", ""), Bilingual.of("2024-12/2025-06", "")),
                List.of(new Chart.Series(UNIT, java.util.Arrays.asList(5.15, null))), UNIT, UNIT, ""));
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThrows(IllegalArgumentException.class, () -> new Chart(Chart.Shape.BARS, List.of(Bilingual.of("a", "")),
                List.of(new Chart.Series(UNIT, List.of(1.0, 2.0))), UNIT, UNIT, ""));
    }

    @Test
    void longLabelsWrapWholeAndNumbersShownAsTheReportGivesThem() {
        assertEquals(List.of("人工智能生", "成合成内容", "标识办法"), SvgChart.wrap("人工智能生成合成内容标识办法", 60, 12));
        assertEquals(List.of("short"), SvgChart.wrap("short", 100, 12));
        assertEquals(List.of("AI Activity", "rank"), SvgChart.wrap("AI Activity rank", 90, 12));
        assertEquals(List.of("abcdefghij", "klmno"), SvgChart.wrap("abcdefghijklmno", 70, 12));
        assertEquals("0.3", SvgChart.number(0.1 + 0.2));
        assertEquals("143.5", SvgChart.number(143.5));
        assertEquals("10000", SvgChart.number(10000));
    }
}
