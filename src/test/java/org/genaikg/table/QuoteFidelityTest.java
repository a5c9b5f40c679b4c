package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a row states agrees with the words it quotes: a date the row calls stated appears in its quote, and a number
 * stored as exact is not one its quote qualifies (预计, 将, 推算 → an estimate; 约, 近 → about; 超过, 逾 → more than;
 * …以上, …多, …余 → at least) — unless the row's note says why, naming the word.
 */
class QuoteFidelityTest {
    private static final List<String> BEFORE = List.of("预计", "推算", "将", "约", "近", "超过", "逾");
    private static final List<String> AFTER = List.of("以上", "多", "余", "左右");
    private static CuratedData data;

    @BeforeAll
    static void read() {
        data = CuratedData.load(Path.of("data"), "data");
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Whether {@code quote} gives {@code date} (YYYY, YYYY-MM, YYYY-MM-DD, or a half or whole year as START/END). */
    static boolean givesDate(String quote, String date) {
        String q = normal(quote);
        if (date.contains("/")) {
            String year = date.substring(0, 4);
            return q.contains(year + "年") && (q.contains("上半年") || q.contains("下半年") || q.contains("年初")
                    || q.contains("年底") || q.contains("全年"));
        }
        String[] parts = date.split("-");
        if (parts.length == 1) return q.contains(parts[0] + "年");
        boolean month = q.contains(Integer.parseInt(parts[1]) + "月");
        return parts.length == 2 ? month : month && q.contains(Integer.parseInt(parts[2]) + "日");
    }

    @Test
    void theDateCheckReadsTheReportsForms() {
        assertTrue(givesDate("2025 年 2 月 11 日，欧盟宣布", "2025-02-11"));
        assertTrue(givesDate("国家统计局已从2025年下半年起", "2025-07/2025-12"));
        assertTrue(!givesDate("并与多家电影制片厂展开合作对话", "2024-12"));
    }

    @Test
    void everyEventWhoseDateIsStatedQuotesIt() {
        List<String> bad = new ArrayList<>();
        for (Row r : data.rows(TableCatalog.EVENTS)) {
            if (r.has("date_basis") || !r.has("date")) continue;
            if (!givesDate(r.get("quote_zh"), r.get("date"))) bad.add(r.location() + " " + r.get("date"));
        }
        assertEquals(List.of(), bad, "events whose quote lacks the date they state; give the basis (context …) instead");
    }

    /** The qualifying words next to the row's number in its quote that its note does not mention. */
    static List<String> unexplainedQualifiers(String quote, String value, String note) {
        String q = normal(quote);
        List<String> found = new ArrayList<>();
        for (String v : value.endsWith(".0") ? List.of(value, value.substring(0, value.length() - 2)) : List.of(value)) {
            Matcher m = Pattern.compile("(?<![\\d.])" + Pattern.quote(v) + "(?![\\d])").matcher(q);
            while (m.find()) {
                String before = q.substring(Math.max(0, m.start() - 16), m.start());
                for (String w : BEFORE) {
                    int at = before.lastIndexOf(w);
                    if (at >= 0 && !before.substring(at).matches(".*[，。；、].*")) found.add(w);
                }
                String after = q.substring(m.end(), Math.min(q.length(), m.end() + 4));
                for (String w : AFTER) {
                    if (after.matches("[万亿千百]?\\S{0,2}?" + w + ".*")) found.add(w);
                }
            }
        }
        found.removeIf(note::contains);
        return found.stream().distinct().toList();
    }

    @Test
    void theQualifierCheckFindsTheWordsBesideTheNumber() {
        assertEquals(List.of("预计"), unexplainedQualifiers("预计亩均节水 40% 以上", "40", "以上: more than"));
        assertEquals(List.of("以上"), unexplainedQualifiers("覆盖超过 80% 的行业，效率提升 28.4% 以上", "28.4", ""));
        assertEquals(List.of(), unexplainedQualifiers("40岁及以上用户占比合计25.4%", "25.4", ""));
    }

    @Test
    void noNumberStoredAsExactIsOneItsQuoteQualifies() {
        List<String> bad = new ArrayList<>();
        List<Row> rows = new ArrayList<>(data.rows(TableCatalog.MODEL_FIGURES));
        data.observationTables().forEach(t -> rows.addAll(t.rows()));
        for (Row r : rows) {
            if (!r.get("qualifier").equals("eq")) continue;
            List<String> words = unexplainedQualifiers(r.get("quote_zh"), r.get("value"), r.get("note"));
            if (!words.isEmpty()) bad.add(r.location() + " " + r.get("value") + " " + words);
        }
        assertEquals(List.of(), bad, "exact numbers their quote qualifies: give the qualifier, or say in the note why not");
    }
}
