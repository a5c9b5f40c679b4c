package org.genaikg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the genai-kg ontology ({@code ontology/genai-kg.ttl}) that the mapping emits. */
public final class GKG {
    private GKG() {}

    public static Node term(String localName) {
        return NodeFactory.createURI(Namespaces.GKG + localName);
    }

    // Places
    public static final Node Place = term("Place");
    // Agencies and organisations: concrete classes come from the tables' kind columns.
    public static final Node Agency = term("Agency");
    // Policies
    public static final Node Policy = term("Policy");
    // AI products
    public static final Node AIProduct = term("AIProduct");
    // Scenarios, figures, events, sources, units
    public static final Node ApplicationScenario = term("ApplicationScenario");
    public static final Node StatedFigure = term("StatedFigure");
    public static final Node Event = term("Event");
    public static final Node Release = term("Release");
    public static final Node PolicyIssuance = term("PolicyIssuance");
    public static final Node TakingEffect = term("TakingEffect");
    public static final Node Adoption = term("Adoption");
    public static final Node ReportTable = term("ReportTable");
    public static final Node Term = term("Term");
    public static final Node Person = term("Person");
    public static final Node Report = term("Report");
    public static final Node ReportSection = term("ReportSection");
    public static final Node Footnote = term("Footnote");
    public static final Node Unit = term("Unit");

    // Concept schemes and their members defined in the ontology
    public static final Node DayPrecision = term("DayPrecision");
    public static final Node MonthPrecision = term("MonthPrecision");
    public static final Node YearPrecision = term("YearPrecision");
    public static final Node PeriodPrecision = term("PeriodPrecision");
    public static final Node StatedDate = term("StatedDate");
    public static final Node DateFromContext = term("DateFromContext");
    public static final Node AsOfSourcePublication = term("AsOfSourcePublication");
    public static final Node AsOfStatedDate = term("AsOfStatedDate");
    public static final Node AsOfReportPublication = term("AsOfReportPublication");

    // Properties
    public static final Node within = term("within");
    public static final Node jurisdiction = term("jurisdiction");
    public static final Node country = term("country");
    public static final Node location = term("location");
    public static final Node translatedLabel = term("translatedLabel");
    public static final Node officialShortName = term("officialShortName");
    public static final Node listOrder = term("listOrder");
    public static final Node derived = term("derived");
    public static final Node issuanceOf = term("issuanceOf");
    public static final Node versionOf = term("versionOf");
    public static final Node hasVersion = term("hasVersion");
    public static final Node issuedBy = term("issuedBy");
    public static final Node category = term("category");
    public static final Node status = term("status");
    public static final Node issued = term("issued");
    public static final Node issuedStart = term("issuedStart");
    public static final Node issuedEnd = term("issuedEnd");
    public static final Node effective = term("effective");
    public static final Node effectiveStart = term("effectiveStart");
    public static final Node released = term("released");
    public static final Node releasedStart = term("releasedStart");
    public static final Node releasedEnd = term("releasedEnd");
    public static final Node developer = term("developer");
    public static final Node modality = term("modality");
    public static final Node reasoning = term("reasoning");
    public static final Node lightweight = term("lightweight");
    public static final Node openSource = term("openSource");
    public static final Node previousVersion = term("previousVersion");
    public static final Node servesScenario = term("servesScenario");
    public static final Node statedFigure = term("statedFigure");
    public static final Node metric = term("metric");
    public static final Node unit = term("unit");
    public static final Node qualifier = term("qualifier");
    public static final Node asOf = term("asOf");
    public static final Node date = term("date");
    public static final Node startDate = term("startDate");
    public static final Node endDate = term("endDate");
    public static final Node datePrecision = term("datePrecision");
    public static final Node dateBasis = term("dateBasis");
    public static final Node participant = term("participant");
    public static final Node about = term("about");
    public static final Node aboutNone = term("aboutNone");
    public static final Node builtOn = term("builtOn");
    public static final Node basisOf = term("basisOf");
    public static final Node moreIssuers = term("moreIssuers");
    public static final Node moreDevelopers = term("moreDevelopers");
    public static final Node listedIn = term("listedIn");
    public static final Node tableNumber = term("tableNumber");
    public static final Node changeOf = term("changeOf");
    public static final Node concerns = term("concerns");
    public static final Node place = term("place");
    public static final Node amount = term("amount");
    public static final Node period = term("period");
    public static final Node periodStart = term("periodStart");
    public static final Node periodEnd = term("periodEnd");
    public static final Node multiplier = term("multiplier");
    public static final Node baseUnit = term("baseUnit");
    public static final Node symbol = term("symbol");
    public static final Node quote = term("quote");
    public static final Node footnoteNumber = term("footnoteNumber");
    public static final Node footnoteKind = term("footnoteKind");
    public static final Node text = term("text");
    public static final Node sectionNumber = term("sectionNumber");
    public static final Node citedIn = term("citedIn");
}
