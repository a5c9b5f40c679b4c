package org.genaikg.map;

import org.apache.jena.vocabulary.ORG;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.genaikg.vocab.GKG;

/** The ontology class, or concept, that each allowed value of a table's kind-like column stands for. */
final class KindClasses {
    private KindClasses() {}

    static final Map<String, Node> PLACE = Map.of(
            "country", GKG.term("Country"), "bloc", GKG.term("Bloc"), "region", GKG.term("Region"),
            "province", GKG.term("Province"), "municipality", GKG.term("Municipality"),
            "autonomous-region", GKG.term("AutonomousRegion"),
            "special-administrative-region", GKG.term("SpecialAdministrativeRegion"),
            "city", GKG.term("City"), "district", GKG.term("District"),
            "subdistrict", GKG.term("Subdistrict"));

    static final Map<String, Node> AGENCY = Map.of(
            "government", GKG.term("Government"), "ministry", GKG.term("Ministry"),
            "commission", GKG.term("Commission"), "administration", GKG.term("Administration"),
            "bureau", GKG.term("Bureau"), "standards-committee", GKG.term("StandardsCommittee"),
            "legislature", GKG.term("Legislature"), "council", GKG.term("Council"), "other", GKG.Agency);

    static final Map<String, Node> ORGANIZATION = Map.of(
            "company", GKG.term("Company"), "research-institute", GKG.term("ResearchInstitute"),
            "university", GKG.term("University"), "alliance", GKG.term("Alliance"),
            "association", GKG.term("Association"), "laboratory", GKG.term("Laboratory"),
            "hospital", GKG.term("Hospital"), "media", GKG.term("MediaOrganization"), "other", ORG.Organization.asNode());

    static final Map<String, Node> POLICY = Map.ofEntries(
            Map.entry("law", GKG.term("Law")), Map.entry("regulation", GKG.term("Regulation")),
            Map.entry("measures", GKG.term("AdministrativeMeasures")), Map.entry("plan", GKG.term("Plan")),
            Map.entry("strategy", GKG.term("Strategy")), Map.entry("action-plan", GKG.term("ActionPlan")),
            Map.entry("guideline", GKG.term("Guideline")), Map.entry("standard", GKG.term("Standard")),
            Map.entry("executive-order", GKG.term("ExecutiveOrder")), Map.entry("bill", GKG.term("Bill")),
            Map.entry("initiative", GKG.term("Initiative")), Map.entry("programme", GKG.term("Programme")),
            Map.entry("fund", GKG.term("Fund")), Map.entry("framework", GKG.term("Framework")),
            Map.entry("list", GKG.term("PolicyList")), Map.entry("notice", GKG.term("Notice")),
            Map.entry("opinion", GKG.term("Opinion")), Map.entry("other", GKG.Policy));

    static final Map<String, Node> PRODUCT = Map.ofEntries(
            Map.entry("foundation-model", GKG.term("FoundationModel")), Map.entry("domain-model", GKG.term("DomainModel")),
            Map.entry("application", GKG.term("Application")), Map.entry("agent", GKG.term("Agent")),
            Map.entry("platform", GKG.term("Platform")), Map.entry("chip", GKG.term("Chip")),
            Map.entry("hardware", GKG.term("HardwareProduct")), Map.entry("robot", GKG.term("Robot")),
            Map.entry("benchmark", GKG.term("Benchmark")), Map.entry("category", GKG.term("ProductCategory")),
            Map.entry("technique", GKG.term("Technique")));

    static final Map<String, Node> EVENT = Map.ofEntries(
            Map.entry("funding", GKG.term("Funding")), Map.entry("investment", GKG.term("Investment")),
            Map.entry("partnership", GKG.term("Partnership")), Map.entry("agreement", GKG.term("Agreement")),
            Map.entry("record", GKG.term("Record")), Map.entry("milestone", GKG.term("Milestone")),
            Map.entry("announcement", GKG.term("Announcement")), Map.entry("establishment", GKG.term("Establishment")),
            Map.entry("meeting", GKG.term("Meeting")), Map.entry("launch", GKG.term("Launch")),
            Map.entry("adoption", GKG.Adoption), Map.entry("other", GKG.Event));

    static final Map<String, Node> POLICY_CATEGORY = Map.of(
            "industry-enabling", GKG.term("IndustryEnabling"), "standards-norms", GKG.term("StandardsNorms"));

    static final Map<String, Node> POLICY_STATUS = Map.of(
            "proposed", GKG.term("Proposed"), "draft", GKG.term("Draft"), "in-force", GKG.term("InForce"),
            "cancelled", GKG.term("Cancelled"), "revoked", GKG.term("Revoked"));

    static final Map<String, Node> MODALITY = Map.of(
            "text", GKG.term("TextModality"), "image", GKG.term("ImageModality"), "video", GKG.term("VideoModality"),
            "audio", GKG.term("AudioModality"), "code", GKG.term("CodeModality"), "3d", GKG.term("ThreeDModality"),
            "multimodal", GKG.term("Multimodal"));

    static final Map<String, Node> QUALIFIER = Map.of(
            "eq", GKG.term("Exactly"), "gt", GKG.term("MoreThan"), "ge", GKG.term("AtLeast"),
            "lt", GKG.term("LessThan"), "le", GKG.term("AtMost"), "approx", GKG.term("Approximately"),
            "est", GKG.term("Estimated"));

    static final Map<String, Node> FOOTNOTE_KIND = Map.of(
            "citation", GKG.term("Citation"), "definition", GKG.term("Definition"),
            "explanation", GKG.term("Explanation"));

    /** The node a checked cell stands for; the table schema guarantees the value is a key. */
    static Node of(Map<String, Node> kinds, String value) {
        Node node = kinds.get(value);
        if (node == null) throw new IllegalStateException("No term for '" + value + "' (schema and mapping disagree)");
        return node;
    }
}
