package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates the report gives, at their own precision, and the days they cover; the edges of what is accepted. */
class ReportDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2025,            YEAR,   2025-01-01, 2025-12-31",
            "1900,            YEAR,   1900-01-01, 1900-12-31",
            "2100,            YEAR,   2100-01-01, 2100-12-31",
            "2025-02,         MONTH,  2025-02-01, 2025-02-28",
            "2024-02,         MONTH,  2024-02-01, 2024-02-29",
            "2025-03-14,      DAY,    2025-03-14, 2025-03-14",
            "2025-01/2025-04, PERIOD, 2025-01-01, 2025-04-30",
            "2024/2025-06-30, PERIOD, 2024-01-01, 2025-06-30",
            "2025-03-01/2025-03-01, PERIOD, 2025-03-01, 2025-03-01"})
    void coversTheDaysItNames(String text, ReportDate.Precision precision, LocalDate start, LocalDate end) {
        assertEquals(new ReportDate(text, precision, start, end), ReportDate.of(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1899", "2101", "25", "2025-1", "2025-13", "2025-00", "2025-02-30", "2025-02-00",
            "2025-04/2025-01", "2025-01-02/2025-01-01", "2025/", "/2025", "2025-01/2025-02/2025-03", "2025年", " 2025",
            "2025-01-01T00:00"})
    void refusesWhatIsNotADate(String text) {
        assertTrue(ReportDate.parse(text).isEmpty(), text);
    }

    @Test
    void ofNamesTheTextItRefuses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportDate.of("2025-13"));
        assertEquals("Not a report date: 2025-13", e.getMessage());
    }
}
