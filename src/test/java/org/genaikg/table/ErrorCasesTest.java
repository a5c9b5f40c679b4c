package org.genaikg.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.genaikg.TestData;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per bad input under {@code src/test/resources/errors}: its tables are laid over the valid base
 * tables, and reading them must fail with exactly the messages of {@code expected.txt} (file, line, column).
 * A line starting with {@code PREFIX } only fixes the start of the message (for parser wording).
 */
class ErrorCasesTest {

    static Stream<Named<Path>> cases() {
        return TestData.cases("src/test/resources/errors").stream().map(p -> Named.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithItsPlace(Path caseFolder, @TempDir Path temp) throws IOException {
        Path data = TestData.overlay(caseFolder, temp.resolve("data"));
        List<String> expected = Files.readAllLines(caseFolder.resolve("expected.txt"), StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CuratedData.load(data, "data"));
        List<String> actual = e.problems().stream().map(Problem::toString).toList();
        if (expected.size() == 1 && expected.get(0).startsWith("PREFIX ")) {
            assertEquals(1, actual.size(), () -> "problems: " + actual);
            String prefix = expected.get(0).substring("PREFIX ".length());
            assertTrue(actual.get(0).startsWith(prefix), () -> "expected a message starting with " + prefix + " but got " + actual);
            return;
        }
        assertEquals(expected, actual);
    }
}
