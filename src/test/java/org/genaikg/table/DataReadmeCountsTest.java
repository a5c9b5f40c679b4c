package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The row counts that data/README.md gives are the tables' real counts. */
class DataReadmeCountsTest {
    private static final Pattern COUNT = Pattern.compile("^\\| `([^`<]+\\.csv)` \\| (\\d+) \\|$", Pattern.MULTILINE);

    @Test
    void rowCountsMatchTheTables() throws IOException {
        String readme = Files.readString(Path.of("data/README.md"));
        String section = readme.substring(readme.indexOf("## Row counts"));
        CuratedData data = CuratedData.load(Path.of("data"), "data");
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (Table t : data.tables().values()) actual.put(t.schema().file(), t.rows().size());
        Matcher m = COUNT.matcher(section);
        int checked = 0;
        while (m.find()) {
            assertEquals(actual.get(m.group(1)), Integer.valueOf(m.group(2)), "data/README.md count of " + m.group(1));
            checked++;
        }
        assertTrue(checked > 40, "counts checked: " + checked);
    }
}
