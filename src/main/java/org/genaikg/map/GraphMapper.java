package org.genaikg.map;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.table.CuratedData;

/** Maps every checked table to triples, in a fixed order, into one graph. */
public final class GraphMapper {
    static final List<TableMapper> MAPPERS = List.of(
            new SourceMapper(), new PlaceAndBodyMapper(), new PolicyMapper(), new ScenarioMapper(), new TermMapper(),
            new ProductMapper(), new EventMapper(), new StatisticsMapper(), new AliasMapper());

    private GraphMapper() {}

    /** The facts of the tables as a graph, with each subject's source row. */
    public static MappedGraph map(CuratedData data) {
        Graph graph = GraphFactory.createDefaultGraph();
        Emitter out = new Emitter(graph);
        MappingContext context = new MappingContext(data, out);
        for (TableMapper mapper : MAPPERS) mapper.map(context);
        return new MappedGraph(graph, out.origins());
    }
}
