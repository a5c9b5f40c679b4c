package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.genaikg.validate.ShapesValidator.Violation;
import org.junit.jupiter.api.Test;

/** How a SHACL violation is shown to whoever has to fix the table: the row first, then what is wrong. */
class ViolationTest {

    @Test
    void namesTheRowTheFocusNodeThePathTheMessageAndTheValue() {
        assertEquals("data/places.csv:3: res:place/beijing gkg:within: must be a place (value: res:place/atlantis)",
                new Violation("data/places.csv:3", "res:place/beijing", "gkg:within", "must be a place",
                        "res:place/atlantis").toString());
    }

    @Test
    void saysWhenTheFocusNodeComesFromTheOntologyAndLeavesOutWhatIsMissing() {
        assertEquals("(ontology): gkg:Law: must have a label",
                new Violation(null, "gkg:Law", "", "must have a label", null).toString());
    }

    @Test
    void sortsByWhatItShows() {
        Violation first = new Violation("data/a.csv:2", "res:x", "", "m", null);
        Violation second = new Violation("data/a.csv:3", "res:x", "", "m", null);
        assertTrue(first.compareTo(second) < 0);
        assertTrue(second.compareTo(first) > 0);
        assertEquals(0, first.compareTo(new Violation("data/a.csv:2", "res:x", "", "m", null)));
    }
}
