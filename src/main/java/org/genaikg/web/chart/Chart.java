package org.genaikg.web.chart;

import java.util.List;
import org.genaikg.dataset.Bilingual;

/**
 * What a chart shows, independent of how it is drawn: categories along one axis, one or more series of values
 * (aligned with the categories; {@code null} where a series has no value), and the bilingual titles of both axes.
 *
 * @param shape      bars (one series), grouped bars (several series) or lines (categories are periods in order)
 * @param categories the labels along the category axis
 * @param series     the values; one series for {@link Shape#BARS}
 * @param categoryAxis the category axis's title
 * @param valueAxis  the value axis's title (the unit)
 * @param unitSymbol appended to each value label, e.g. {@code %}; empty when the unit has no symbol
 */
public record Chart(Shape shape, List<Bilingual> categories, List<Series> series, Bilingual categoryAxis,
        Bilingual valueAxis, String unitSymbol) {

    public enum Shape { BARS, GROUPED_BARS, LINES }

    /**
     * One series: its values, and how each is written on its mark ({@code null}: the number and the unit) — a
     * qualified value keeps its qualifier there ("≈ 40", "> 31").
     */
    public record Series(Bilingual name, List<Double> values, List<String> marks) {
        public Series(Bilingual name, List<Double> values) {
            this(name, values, java.util.Collections.nCopies(values.size(), null));
        }

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            marks = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(marks));
            if (marks.size() != values.size()) throw new IllegalArgumentException("One mark per value");
        }

        /** How many points the series has. */
        long points() {
            return values.stream().filter(java.util.Objects::nonNull).count();
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) throw new IllegalArgumentException("A chart needs at least one series");
        for (Series s : series) {
            if (shape == Shape.LINES && s.points() < 2) {
                throw new IllegalArgumentException("Series '" + s.name().joined() + "' has one point: a line needs two");
            }
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + s.name().joined() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }
}
