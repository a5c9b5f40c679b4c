package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each column type on values at the edge of what it accepts: an empty {@code expected} means valid, otherwise the
 * reason the error message gives after the value.
 */
class ColumnTypeTest {

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "ID               | a-b1            |",
            "ID               | A               | is not an id (lowercase a-z, 0-9 and single '-' between them)",
            "ID               | a--b            | is not an id (lowercase a-z, 0-9 and single '-' between them)",
            "ID               | a-              | is not an id (lowercase a-z, 0-9 and single '-' between them)",
            "ENGLISH          | Beijing         |",
            "ENGLISH          | Beijing 北京     | contains Chinese characters, but this column holds an English (@en) name",
            "DATE             | 2025-06         |",
            "DATE             | 2025-01/2025-02 | is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            "DATE             | 2025-13         | is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            "PERIOD           | 2025-01/2025-02 |",
            "PERIOD           | 2025-02/2025-01 | is not a date or period (YYYY, YYYY-MM, YYYY-MM-DD, or START/END of those)",
            "BOOLEAN          | true            |",
            "BOOLEAN          | false           |",
            "BOOLEAN          | True            | is not a boolean (true or false)",
            "BOOLEAN          | 1               | is not a boolean (true or false)",
            "DECIMAL          | 36.5            |",
            "DECIMAL          | -1              | is negative, but this column's values cannot be below zero (a column whose values may be negative, such as a change, is declared SIGNED_DECIMAL in the table's schema)",
            "SIGNED_DECIMAL   | -1              |",
            "SIGNED_DECIMAL   | -1.5.2          | is not a number (digits with an optional '.' and decimals, e.g. 36.5)",
            "DECIMAL          | 1.              | is not a number (digits with an optional '.' and decimals, e.g. 36.5)",
            "DECIMAL          | 1e3             | is not a number (digits with an optional '.' and decimals, e.g. 36.5)",
            "DECIMAL          | 1,000           | is not a number (digits with an optional '.' and decimals, e.g. 36.5)",
            "POSITIVE_INTEGER | 1               |",
            "POSITIVE_INTEGER | 999999999       |",
            "POSITIVE_INTEGER | 0               | is not a positive whole number",
            "POSITIVE_INTEGER | 01              | is not a positive whole number",
            "POSITIVE_INTEGER | 1000000000      | is not a positive whole number",
            "URL              | https://example.org/a |",
            "URL              | http://example.org    |",
            "URL              | ftp://example.org     | is not an absolute http(s) URL",
            "URL              | https:///path         | is not an absolute http(s) URL",
            "URL              | example.org           | is not an absolute http(s) URL",
            "URL              | https://exa mple.org  | is not an absolute http(s) URL (Illegal character in authority)",
            "SECTION_NUMBER   | preface         |",
            "SECTION_NUMBER   | 4.3.2           |",
            "SECTION_NUMBER   | 4.10            |",
            "SECTION_NUMBER   | 4.0             | is not a section of the report (preface, or numbers such as 4.3.2)",
            "SECTION_NUMBER   | 0               | is not a section of the report (preface, or numbers such as 4.3.2)",
            "SECTION_NUMBER   | 4.              | is not a section of the report (preface, or numbers such as 4.3.2)",
            "ONE_OF_A_B       | b               |",
            "ONE_OF_A_B       | c               | is not one of: a, b",
            "LIST_OF_IDS      | a;b-c           |",
            "LIST_OF_IDS      | a;;b            | is not a list of values separated by ';' without spaces or empty items",
            "LIST_OF_IDS      | a; b            | is not a list of values separated by ';' without spaces or empty items",
            "LIST_OF_IDS      | a;              | is not a list of values separated by ';' without spaces or empty items",
            "LIST_OF_IDS      | a;B             | has an item 'B' that is not an id (lowercase a-z, 0-9 and single '-' between them)"})
    void acceptsOrSaysWhatWasExpected(String type, String value, String expected) {
        assertEquals(Optional.ofNullable(expected), type(type).check(value));
    }

    private static ColumnType type(String name) {
        return switch (name) {
            case "ID" -> ColumnType.ID;
            case "ENGLISH" -> ColumnType.ENGLISH;
            case "DATE" -> ColumnType.DATE;
            case "PERIOD" -> ColumnType.PERIOD;
            case "BOOLEAN" -> ColumnType.BOOLEAN;
            case "DECIMAL" -> ColumnType.DECIMAL;
            case "SIGNED_DECIMAL" -> ColumnType.SIGNED_DECIMAL;
            case "POSITIVE_INTEGER" -> ColumnType.POSITIVE_INTEGER;
            case "URL" -> ColumnType.URL;
            case "SECTION_NUMBER" -> ColumnType.SECTION_NUMBER;
            case "ONE_OF_A_B" -> ColumnType.oneOf("a", "b");
            case "LIST_OF_IDS" -> ColumnType.listOf(ColumnType.ID);
            default -> throw new IllegalArgumentException("no column type " + name);
        };
    }
}
