package org.genaikg.web.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.genaikg.RealBuild;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.vocab.GKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule a chart keeps so as not to mislead, checked on every chart the site draws from the real graph. */
class ChartRulesTest {
    private static final Pattern FONT_SIZE = Pattern.compile("font-size=\"([0-9.]+)\"");
    private static List<CubeCharts.Titled> charts;
    private static CubeCharts cube;

    @BeforeAll
    static void draw() {
        GraphReader read = new GraphReader(RealBuild.graph());
        cube = new CubeCharts(LabelIndex.of(RealBuild.graph()), read);
        charts = new ArrayList<>();
        for (Node set : CubeDataSet.all(read)) charts.addAll(cube.charts(CubeDataSet.read(read, set)));
        assertTrue(charts.size() >= 27, "charts: " + charts.size());
    }

    @Test
    void levelsAndChangesNeverShareAnAxisNorDoUnits() {
        for (CubeCharts.Titled t : charts) {
            long changes = t.observations().stream().filter(cube::isChange).count();
            assertTrue(changes == 0 || changes == t.observations().size(), t.chart().valueAxis().joined() + " mixes levels and changes");
            assertEquals(t.part() == CubeCharts.Part.CHANGES, changes > 0, t.chart().valueAxis().joined());
            assertEquals(1, t.observations().stream().map(o -> Optional.ofNullable(o.unit())).distinct().count(),
                    "one unit per chart");
        }
        assertTrue(charts.stream().anyMatch(t -> t.part() == CubeCharts.Part.CHANGES), "the report's changes are drawn");
    }

    @Test
    void aSeriesWithOnePointIsNeverALine() {
        assertTrue(charts.stream().anyMatch(t -> t.chart().shape() == Chart.Shape.LINES), "real series are still lines");
        for (CubeCharts.Titled t : charts) {
            if (t.chart().shape() != Chart.Shape.LINES) continue;
            for (Chart.Series s : t.chart().series()) assertTrue(s.points() >= 2, s.name().joined() + " is a line of one point");
        }
    }

    @Test
    void categoriesKeepTheirCodeListsOrder() {
        int checked = 0;
        for (CubeCharts.Titled t : charts) {
            if (t.chart().shape() != Chart.Shape.BARS) continue;
            List<CubeDataSet.Observation> drawn = t.observations();
            // the bars are drawn in the order CubeCharts sorts the observations; compare codes along each dimension
            for (Node dimension : dimensionsWithOrder(drawn)) {
                List<Integer> orders = cube.ordered(drawn, List.of(dimension)).stream()
                        .map(o -> cube.listOrder(o.codes().get(dimension)).orElse(Integer.MAX_VALUE)).toList();
                List<Integer> sorted = new ArrayList<>(orders);
                sorted.sort(null);
                assertEquals(sorted, orders, t.chart().categoryAxis().joined());
                checked++;
            }
        }
        assertTrue(checked > 5, "coded charts checked: " + checked);
    }

    private static List<Node> dimensionsWithOrder(List<CubeDataSet.Observation> observations) {
        List<Node> dimensions = new ArrayList<>();
        for (CubeDataSet.Observation o : observations) {
            o.codes().forEach((d, c) -> { if (!dimensions.contains(d) && cube.listOrder(c).isPresent()) dimensions.add(d); });
        }
        return dimensions;
    }

    @Test
    void ageGroupsGoByAge() {
        CubeCharts.Titled ages = charts.stream().filter(t -> t.chart().categoryAxis().joined().contains("年龄"))
                .findFirst().orElseThrow();
        List<String> drawn = ages.chart().categories().stream().map(c -> c.first("")).toList();
        assertEquals(List.of("19岁及以下", "20-29岁", "30-39岁", "40岁及以上"), drawn.stream().map(s -> s.split(" · ")[0]).toList());
    }

    @Test
    void fullLabelsWrapAndAreNeverCut() {
        for (CubeCharts.Titled t : charts) {
            for (int width : new int[] {SvgChart.WIDE, SvgChart.NARROW}) {
                String svg = SvgChart.draw(t.chart(), "c", "t", width).toString();
                String text = svg.replaceAll("<title>[^<]*</title>", "").replaceAll("<[^>]+>", "").replaceAll("\\s", "")
                        .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&#39;", "'");
                for (Bilingual category : t.chart().categories()) {
                    String whole = category.first("").replaceAll("\\s", "");
                    assertTrue(text.contains(whole), "'" + category.first("") + "' is not drawn whole at " + width);
                }
            }
        }
    }

    @Test
    void aTotalIsDrawnApartFromItsParts() {
        boolean apart = false;
        for (CubeCharts.Titled t : charts) {
            List<CubeDataSet.Observation> os = t.observations();
            for (CubeDataSet.Observation a : os) {
                for (CubeDataSet.Observation b : os) {
                    if (a == b) continue;
                    a.codes().forEach((d, code) -> {
                        Node other = b.codes().get(d);
                        if (other != null) {
                            assertTrue(!cube.isWithin(other, code), code + " is drawn among its parts in "
                                    + t.chart().valueAxis().joined());
                        }
                    });
                }
            }
            apart |= t.part() == CubeCharts.Part.TOTALS;
        }
        assertTrue(apart, "the national total of a by-province data set is drawn in a chart of its own");
    }

    @Test
    void aQualifiedValueShowsItsQualifierOnItsMark() {
        int qualified = 0;
        for (CubeCharts.Titled t : charts) {
            String svg = SvgChart.draw(t.chart(), "c", "t").toString().replace("&gt;", ">").replace("&lt;", "<");
            for (CubeDataSet.Observation o : t.observations()) {
                String q = CubeCharts.qualifier(o);
                if (q.isEmpty()) continue;
                qualified++;
                assertTrue(svg.contains(">" + q + o.lexicalValue()), o.iri() + " drawn without '" + q + "'");
            }
        }
        assertTrue(qualified > 0, "the report qualifies some values (≈, >)");
    }

    @Test
    void everyChartScalesToItsWidthWithTextAtLeastTwelveUnits() {
        for (CubeCharts.Titled t : charts) {
            for (int width : new int[] {SvgChart.WIDE, SvgChart.NARROW}) {
                String svg = SvgChart.draw(t.chart(), "c", "t", width).toString();
                assertTrue(svg.contains("viewBox=\"0 0 " + width + " "), "no viewBox");
                assertTrue(!svg.matches("(?s)<svg[^>]*\\swidth=.*"), "a fixed width would not scale");
                Matcher m = FONT_SIZE.matcher(svg);
                while (m.find()) assertTrue(Double.parseDouble(m.group(1)) >= 12, "text of " + m.group(1) + " units");
            }
        }
    }

    @Test
    void theUserScaleIsALevelChartAndAChangeChart() {
        List<CubeCharts.Titled> scale = charts.stream().filter(t -> t.observations().stream()
                .anyMatch(o -> o.iri().getURI().endsWith("/genai-user-scale/users-2025-06"))).toList();
        assertEquals(1, scale.size());
        assertTrue(scale.get(0).observations().stream().noneMatch(o -> o.period().contains("/")));
        assertTrue(charts.stream().anyMatch(t -> t.part() == CubeCharts.Part.CHANGES && t.observations().stream()
                .anyMatch(o -> o.iri().getURI().endsWith("/genai-user-scale/users-increase-2024-12-2025-06"))));
        assertTrue(GKG.listOrder != null);
    }
}
