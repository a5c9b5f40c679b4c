package org.genaikg.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every search of {@code searches.csv} finds its resource among the first three, and the report says where. */
class SearchRankingTest {
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchRanking.index();
    }

    static List<SearchRanking.Case> cases() {
        return SearchRanking.cases();
    }

    @Test
    void atLeastFortySearches() {
        assertTrue(cases().size() >= 40, "only " + cases().size() + " searches");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExpectedResourceIsInTheFirstThree(SearchRanking.Case search) {
        SearchRanking.Result r = SearchRanking.run(index, search);
        assertTrue(r.rank() >= 1 && r.rank() <= 3, search.query() + " → " + search.expected() + " came " + r.rank()
                + (r.suggested() ? " among the suggestions" : "") + "; first three: " + r.top());
    }

    @Test
    void theReportInDocsIsCurrent() throws Exception {
        assertEquals(SearchRanking.report(SearchRanking.runAll()), Files.readString(SearchRanking.REPORT),
                SearchRanking.REPORT + " is out of date: regenerate it (see its first paragraph)");
    }
}
