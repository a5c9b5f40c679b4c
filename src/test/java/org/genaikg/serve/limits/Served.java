package org.genaikg.serve.limits;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.genaikg.RealBuild;
import org.genaikg.dataset.ReadModel;

/** The real graph as the server holds it, and answers as text that compares whatever the order of their rows. */
final class Served {
    private Served() {}

    /** The built graph with the served read model (text index, full DESCRIBE) attached. */
    static DatasetGraph dataset() {
        DatasetGraph dataset = DatasetGraphFactory.wrap(RealBuild.graph());
        ReadModel.attachTo(dataset);
        return dataset;
    }

    /** Every row as its cells in a fixed order, the rows sorted, repeats kept. */
    static List<String> rows(Iterator<Binding> answer) {
        List<String> rows = new ArrayList<>();
        while (answer.hasNext()) {
            Binding b = answer.next();
            List<String> cells = new ArrayList<>();
            b.vars().forEachRemaining(v -> cells.add(v + "=" + b.get(v)));
            cells.sort(null);
            rows.add(String.join(" ", cells));
        }
        rows.sort(null);
        return rows;
    }
}
