package org.genaikg.table;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the report gives it, at its own precision (year, month or day), or a period between two such dates.
 * It keeps the faithful lexical form and knows the first and last day it covers, so that facts of different
 * precision can be filtered and ordered together.
 */
public record ReportDate(String lexical, Precision precision, LocalDate start, LocalDate end) {

    public enum Precision { YEAR, MONTH, DAY, PERIOD }

    private static final Pattern SINGLE = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

    public static Optional<ReportDate> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) return single(text);
        Optional<ReportDate> from = single(text.substring(0, slash));
        Optional<ReportDate> to = single(text.substring(slash + 1));
        if (from.isEmpty() || to.isEmpty() || to.get().end.isBefore(from.get().start)) return Optional.empty();
        return Optional.of(new ReportDate(text, Precision.PERIOD, from.get().start, to.get().end));
    }

    private static Optional<ReportDate> single(String text) {
        Matcher m = SINGLE.matcher(text);
        if (!m.matches()) return Optional.empty();
        try {
            int year = Integer.parseInt(m.group(1));
            if (year < 1900 || year > 2100) return Optional.empty();
            if (m.group(2) == null) {
                return Optional.of(new ReportDate(text, Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new ReportDate(text, Precision.MONTH, ym.atDay(1), ym.atEndOfMonth()));
            }
            LocalDate day = ym.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new ReportDate(text, Precision.DAY, day, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Why a date of the right shape is still not a date: a day its month does not have ("2025-02-30"). Empty when
     * the text is not of that shape or its days are real, so that the caller can give its general message.
     */
    public static Optional<String> impossibleDay(String text) {
        for (String part : text.split("/", -1)) {
            Matcher m = SINGLE.matcher(part);
            if (!m.matches() || m.group(3) == null) continue;
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1) continue;
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            if (day > ym.lengthOfMonth()) {
                String where = part.equals(text) ? "" : "has '" + part + "', which ";
                return Optional.of(where + "is not a day of that month ("
                        + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + " " + ym.getYear() + " has " + ym.lengthOfMonth() + " days)");
            }
        }
        return Optional.empty();
    }

    public static ReportDate of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("Not a report date: " + text));
    }
}
