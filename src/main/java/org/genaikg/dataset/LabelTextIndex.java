package org.genaikg.dataset;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.graph.Graph;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index behind SPARQL text search ({@code ?s text:query "人工智能"}): every name of every resource (the
 * same properties as the page search), analysed with Lucene's CJK analyzer, which splits Chinese into overlapping
 * character pairs and English into lower-cased words. Built in memory from the served graph at start-up and
 * attached to the dataset's context, where jena-text's {@code text:query} looks for it.
 */
public final class LabelTextIndex {
    /** The Lucene field that holds the names; {@code rdfs:label} is its primary property. */
    public static final String FIELD = "label";
    /** The properties whose values are names: what {@code text:query} and the site's search look in. */
    public static final List<Node> NAME_PROPERTIES = List.of(RDFS.Nodes.label, SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
            SKOS.notation.asNode(), DCTerms.title.asNode());

    private LabelTextIndex() {}

    /** Indexes {@code graph}'s names; the caller holds a read transaction if the graph needs one. */
    public static TextIndex of(Graph graph) {
        EntityDefinition definition = new EntityDefinition("uri", FIELD);
        for (Node p : NAME_PROPERTIES) definition.set(FIELD, p);
        definition.setPrimaryPredicate(NAME_PROPERTIES.get(0));
        definition.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        TextIndexLucene index = new ChinesePhraseIndex(new ByteBuffersDirectory(), config);
        for (Node p : NAME_PROPERTIES) {
            graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral()) return;
                Entity entity = TextQueryFuncs.entityFromQuad(definition, Quad.defaultGraphIRI, t.getSubject(),
                        t.getPredicate(), t.getObject());
                if (entity != null) index.addEntity(entity);
            });
        }
        index.commit();
        return index;
    }

    /**
     * Searches a run of Chinese characters as a phrase: the analyzer cuts {@code 人工智能} into 人工 · 工智 · 智能, and
     * Lucene's query parser would otherwise accept any one of them, so that every name with 智能 would match.
     * A query that has quotes of its own is left as written, as is all other query syntax.
     */
    static String quoteChineseRuns(String query) {
        if (query.indexOf('"') >= 0) return query;
        return CHINESE_RUN.matcher(query).replaceAll("\"$1\"");
    }

    private static final Pattern CHINESE_RUN = Pattern.compile("(\\p{IsHan}{2,})");

    private static final class ChinesePhraseIndex extends TextIndexLucene {
        ChinesePhraseIndex(Directory directory, TextIndexConfig config) {
            super(directory, config);
        }

        @Override
        public List<TextHit> query(Node subject, List<Resource> properties, String queryString, String graphUri,
                                   String lang, int limit, String highlight) {
            return super.query(subject, properties, quoteChineseRuns(queryString), graphUri, lang, limit, highlight);
        }
    }

    /** Makes {@code text:query} over {@code dataset} use {@code index}. */
    public static void attach(DatasetGraph dataset, TextIndex index) {
        TextQuery.init();
        dataset.getContext().set(TextQuery.textIndex, index);
    }
}
