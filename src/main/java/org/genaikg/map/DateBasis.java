package org.genaikg.map;

import org.apache.jena.graph.Node;
import org.genaikg.vocab.GKG;

/**
 * Where a row's date comes from, from its {@code date_basis} cell. Only a date the report gives (in the cited
 * span or in its context) may be shown as the fact's date; the others are "as of" a publication.
 */
enum DateBasis {
    STATED("", GKG.StatedDate, true),
    CONTEXT("context", GKG.DateFromContext, true),
    AS_OF_STATED("as-of", GKG.AsOfStatedDate, true),
    SOURCE_PUBLICATION("source-publication", GKG.AsOfSourcePublication, false),
    REPORT_PUBLICATION("report-publication", GKG.AsOfReportPublication, false);

    private final String cell;
    private final Node concept;
    private final boolean givenByReport;

    DateBasis(String cell, Node concept, boolean givenByReport) {
        this.cell = cell;
        this.concept = concept;
        this.givenByReport = givenByReport;
    }

    Node concept() { return concept; }

    /** Whether the report itself gives this date, so that a label may show it. */
    boolean givenByReport() { return givenByReport; }

    static DateBasis of(String cell) {
        for (DateBasis b : values()) if (b.cell.equals(cell)) return b;
        throw new IllegalArgumentException("Not a date basis: " + cell);
    }
}
