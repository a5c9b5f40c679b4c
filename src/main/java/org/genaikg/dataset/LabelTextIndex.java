package org.genaikg.dataset;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.graph.Graph;
import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
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
        return fill(new ChinesePhraseIndex(new ByteBuffersDirectory(), config()), graph);
    }

    /** What is indexed and how: the names in one field, with their language, analysed by the CJK analyzer. */
    static TextIndexConfig config() {
        EntityDefinition definition = new EntityDefinition("uri", FIELD);
        for (Node p : NAME_PROPERTIES) definition.set(FIELD, p);
        definition.setPrimaryPredicate(NAME_PROPERTIES.get(0));
        definition.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** Adds every name of {@code graph} to {@code index} and commits it. */
    static <T extends TextIndex> T fill(T index, Graph graph) {
        EntityDefinition definition = index.getDocDef();
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

    /**
     * jena-text's Lucene index, searched through one reader opened when the index is committed, with each document's
     * hit (subject, name, property) read once then. jena-text opens a new reader for every search and decompresses
     * the stored fields of every hit, which made a search of a common word the slowest step of a query; the index
     * never changes while it is served. What the fast path does not cover (highlighting, a graph, a language list)
     * goes to jena-text's own search.
     */
    static final class ChinesePhraseIndex extends TextIndexLucene {
        private static final int MAX_HITS = 10_000;
        private static final String DATATYPE_PREFIX = "^^";
        private volatile Searchable searchable;

        ChinesePhraseIndex(Directory directory, TextIndexConfig config) {
            super(directory, config);
        }

        @Override
        public void commit() {
            super.commit();
            searchable = Searchable.open(getDirectory(), getDocDef());
        }

        @Override
        public List<TextHit> query(String subjectUri, List<Resource> props, String queryString, String graphUri,
                                   String lang, int limit, String highlight) {
            String quoted = quoteChineseRuns(queryString);
            Searchable index = searchable;
            if (index == null || highlight != null || graphUri != null || Util.usingSearchFor(lang)) {
                return super.query(subjectUri, props, quoted, graphUri, lang, limit, highlight);
            }
            for (Resource p : props) {
                if (!FIELD.equals(getDocDef().getField(p.asNode()))) {
                    return super.query(subjectUri, props, quoted, graphUri, lang, limit, highlight);
                }
            }
            try {
                return index.search(luceneQuery(subjectUri, props, quoted, lang), limit <= 0 ? MAX_HITS : limit);
            } catch (ParseException e) {
                throw new TextIndexParseException(quoted, e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw new TextIndexException("query", e);
            }
        }

        /** The Lucene query jena-text builds for these arguments on this index's one field. */
        private Query luceneQuery(String subjectUri, List<Resource> props, String qs, String lang) throws ParseException {
            String qString = props.isEmpty() ? qs + " " : FIELD + ": (" + qs + ") ";
            if (props.isEmpty() && lang != null) qString += FIELD + ": (" + qs + ") ";
            String langField = getDocDef().getLangField();
            if (langField != null && lang != null && !lang.isBlank()) {
                qString = "(" + qString + ") AND " + (lang.equals("none") ? "-" + langField + ":*" : langField + ":" + lang);
            }
            QueryParser parser = new QueryParser(getDocDef().getPrimaryField(), getQueryAnalyzer());
            parser.setAllowLeadingWildcard(true);
            Query text;
            // as jena-text: an analyzer reached through several wrappers need not be safe to share between threads
            synchronized (this) {
                text = parser.parse(qString);
            }
            if (subjectUri == null) return text;
            return new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(getDocDef().getEntityField(), subjectUri)), BooleanClause.Occur.FILTER)
                    .build();
        }

        /** A reader and searcher over the committed index, and each document's hit without its score. */
        private record Searchable(IndexSearcher searcher, Node[] subjects, Node[] names, Node property) {
            static Searchable open(Directory directory, EntityDefinition definition) {
                try {
                    DirectoryReader reader = DirectoryReader.open(directory);
                    int n = reader.maxDoc();
                    Node[] subjects = new Node[n];
                    Node[] names = new Node[n];
                    StoredFields stored = reader.storedFields();
                    for (int doc = 0; doc < n; doc++) {
                        Document d = stored.document(doc);
                        subjects[doc] = TextQueryFuncs.stringToNode(d.get(definition.getEntityField()));
                        names[doc] = name(d.get(FIELD), d.get(definition.getLangField()));
                    }
                    Node property = definition.getPredicates(FIELD).iterator().next();
                    return new Searchable(new IndexSearcher(reader), subjects, names, property);
                } catch (IOException e) {
                    throw new TextIndexException("open", e);
                }
            }

            /** The name as jena-text returns it: with its language, its datatype, or plain. */
            private static Node name(String lexical, String langOrType) {
                if (lexical == null) return null;
                if (langOrType == null) return NodeFactory.createLiteralString(lexical);
                if (langOrType.startsWith(DATATYPE_PREFIX)) {
                    return NodeFactory.createLiteralDT(lexical,
                            TypeMapper.getInstance().getSafeTypeByName(langOrType.substring(DATATYPE_PREFIX.length())));
                }
                return NodeFactory.createLiteralLang(lexical, langOrType);
            }

            List<TextHit> search(Query query, int limit) throws IOException {
                ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
                List<TextHit> hits = new ArrayList<>(docs.length);
                for (ScoreDoc d : docs) hits.add(new TextHit(subjects[d.doc], d.score, names[d.doc], null, property));
                return hits;
            }
        }
    }

    /** Makes {@code text:query} over {@code dataset} use {@code index}. */
    public static void attach(DatasetGraph dataset, TextIndex index) {
        TextQuery.init();
        dataset.getContext().set(TextQuery.textIndex, index);
    }
}
