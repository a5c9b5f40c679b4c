package org.genaikg.web.page;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;

/**
 * The one order in which a resource page lists its facts: its other names, then its dates, where it is, who is
 * involved, what it is, its links to other resources, and notes; its types come above and its sources below. Within
 * a group the order is the one written here; a property not named here goes to "what" when its value is a literal and
 * to "links" when it is a resource. README.md ("Browse") says the same.
 */
final class FactOrder {
    enum Group { NAMES, DATES, WHERE, WHO, WHAT, LINKS, NOTES }

    private record Entry(Group group, List<Node> properties) {}

    private static final List<Entry> ORDER = List.of(
            new Entry(Group.NAMES, List.of(GKG.officialShortName, SKOS.altLabel.asNode(), GKG.translatedLabel,
                    DCTerms.title.asNode(), SKOS.notation.asNode(), SchemaDO.jobTitle.asNode(), GKG.symbol)),
            new Entry(Group.DATES, List.of(GKG.issued, GKG.effective, GKG.released, GKG.date, GKG.period,
                    DCTerms.issued.asNode(), GKG.asOf, GKG.startDate, GKG.endDate, GKG.datePrecision, GKG.dateBasis)),
            new Entry(Group.WHERE, List.of(GKG.jurisdiction, GKG.country, GKG.location, GKG.place, GKG.within,
                    NodeFactory.createURI(Namespaces.RES + "dimension/region"))),
            new Entry(Group.WHO, List.of(GKG.issuedBy, GKG.moreIssuers, GKG.developer, GKG.moreDevelopers,
                    GKG.participant, DCTerms.publisher.asNode(), SchemaDO.publisher.asNode(), DCTerms.creator.asNode(),
                    SchemaDO.affiliation.asNode(), ORG.subOrganizationOf.asNode())),
            new Entry(Group.WHAT, List.of(GKG.category, GKG.status, GKG.modality, GKG.reasoning, GKG.lightweight,
                    GKG.openSource, GKG.about, GKG.concerns, GKG.servesScenario, GKG.metric, Std.SDMX_OBS_VALUE,
                    SchemaDO.value.asNode(), GKG.amount, GKG.qualifier, Std.SDMX_UNIT_MEASURE, GKG.unit,
                    GKG.multiplier, GKG.baseUnit, GKG.footnoteNumber, GKG.footnoteKind, GKG.sectionNumber,
                    GKG.tableNumber)),
            new Entry(Group.LINKS, List.of(GKG.statedFigure, GKG.builtOn, GKG.basisOf, GKG.previousVersion,
                    GKG.versionOf, GKG.hasVersion, SKOS.broader.asNode(), SKOS.narrower.asNode(),
                    SKOS.inScheme.asNode(), SKOS.topConceptOf.asNode(), SKOS.hasTopConcept.asNode(),
                    Std.QB_DATA_SET_PROP, DCTerms.isPartOf.asNode(), GKG.listedIn, GKG.citedIn, GKG.issuanceOf,
                    GKG.changeOf, SchemaDO.url.asNode(), RDFS.Nodes.seeAlso)),
            new Entry(Group.NOTES, List.of(SKOS.definition.asNode(), RDFS.Nodes.comment, SchemaDO.description.asNode(),
                    DCTerms.description.asNode(), GKG.text, SKOS.editorialNote.asNode())));

    private FactOrder() {}

    /** Where {@code property} stands: its group, and its place in the group ({@code Integer.MAX_VALUE} if unnamed). */
    static int[] rank(Node property, boolean literalValue) {
        for (Entry e : ORDER) {
            int at = e.properties().indexOf(property);
            if (at >= 0) return new int[] {e.group().ordinal(), at};
        }
        return new int[] {(literalValue ? Group.WHAT : Group.LINKS).ordinal(), Integer.MAX_VALUE};
    }
}
