package org.genaikg.table;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type of a column's cells. {@link #check} answers what was expected when a non-empty cell is wrong,
 * so that the error can say "'2025-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)".
 */
public interface ColumnType {

    /** Empty when {@code value} (non-empty, trimmed) is valid; otherwise the reason, starting after the value. */
    Optional<String> check(String value);

    Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    Pattern SECTION = Pattern.compile("preface|[1-9](\\.[1-9][0-9]?)*");
    Pattern CJK = Pattern.compile("[\\p{IsHan}]");

    ColumnType TEXT = v -> Optional.empty();

    ColumnType ID = v -> SLUG.matcher(v).matches()
            ? Optional.empty()
            : Optional.of("is not an id (lowercase a-z, 0-9 and single '-' between them)");

    /** Text that must not contain Chinese characters: English names only. */
    ColumnType ENGLISH = v -> CJK.matcher(v).find()
            ? Optional.of("contains Chinese characters, but this column holds an English (@en) name")
            : Optional.empty();

    ColumnType DATE = v -> ReportDate.parse(v).isPresent() && !v.contains("/")
            ? Optional.empty()
            : ReportDate.impossibleDay(v).or(() -> Optional.of("is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));

    ColumnType PERIOD = v -> ReportDate.parse(v).isPresent()
            ? Optional.empty()
            : ReportDate.impossibleDay(v).or(() ->
                    Optional.of("is not a date or period (YYYY, YYYY-MM, YYYY-MM-DD, or START/END of those)"));

    ColumnType BOOLEAN = v -> v.equals("true") || v.equals("false")
            ? Optional.empty()
            : Optional.of("is not a boolean (true or false)");

    /** A number that may be negative, for a column that legitimately holds changes or differences. */
    ColumnType SIGNED_DECIMAL = v -> {
        if (!v.matches("-?[0-9]+(\\.[0-9]+)?")) return Optional.of("is not a number (digits with an optional '.' and decimals, e.g. 36.5)");
        try {
            new BigDecimal(v);
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("is not a number (e.g. 36.5)");
        }
    };

    /**
     * A number that cannot be below zero: amounts, counts, shares and multipliers. A negative value there is a
     * typing slip (a dash pasted from a range, a lost sign convention) rather than a fact of the report.
     */
    ColumnType DECIMAL = v -> {
        Optional<String> notNumber = SIGNED_DECIMAL.check(v);
        if (notNumber.isPresent()) return notNumber;
        return new BigDecimal(v).signum() < 0
                ? Optional.of("is negative, but this column's values cannot be below zero (a column whose values may be "
                        + "negative, such as a change, is declared SIGNED_DECIMAL in the table's schema)")
                : Optional.empty();
    };

    ColumnType POSITIVE_INTEGER = v -> v.matches("[1-9][0-9]{0,8}")
            ? Optional.empty()
            : Optional.of("is not a positive whole number");

    ColumnType URL = v -> {
        try {
            URI uri = new URI(v);
            boolean ok = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
            return ok ? Optional.empty() : Optional.of("is not an absolute http(s) URL");
        } catch (URISyntaxException e) {
            return Optional.of("is not an absolute http(s) URL (" + e.getReason() + ")");
        }
    };

    ColumnType SECTION_NUMBER = v -> SECTION.matcher(v).matches()
            ? Optional.empty()
            : Optional.of("is not a section of the report (preface, or numbers such as 4.3.2)");

    static ColumnType oneOf(String... allowed) {
        List<String> values = List.of(allowed);
        return v -> values.contains(v)
                ? Optional.empty()
                : Optional.of("is not one of: " + String.join(", ", values));
    }

    /** A ';'-separated list, each item of {@code item}'s type. */
    static ColumnType listOf(ColumnType item) {
        return v -> {
            for (String part : v.split(";", -1)) {
                if (part.isEmpty() || !part.strip().equals(part)) {
                    return Optional.of("is not a list of values separated by ';' without spaces or empty items");
                }
                Optional<String> bad = item.check(part);
                if (bad.isPresent()) return Optional.of("has an item '" + part + "' that " + bad.get());
            }
            return Optional.empty();
        };
    }
}
