package org.genaikg.serve.limits;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.library.strSplit;
import org.apache.jena.sparql.util.IterLib;

/**
 * ARQ's {@code apf:strSplit} as the server runs it: the same tokens (split on the pattern, each trimmed), but the
 * split reads its input through {@link CancellableText}, so it ends when the query's deadline passes.
 */
public final class CancellableSplit extends strSplit {
    @Override
    public QueryIterator execEvaluated(Binding binding, Node subject, Node predicate, PropFuncArg object,
                                       ExecutionContext execCxt) {
        if (!object.getArg(0).isLiteral() || !object.getArg(1).isLiteral()) return IterLib.noResults(execCxt);
        AtomicBoolean cancelled = execCxt.getCancelSignal() == null ? new AtomicBoolean() : execCxt.getCancelSignal();
        Pattern pattern = Pattern.compile(object.getArg(1).getLiteralLexicalForm());
        List<String> tokens = Arrays.stream(pattern.split(new CancellableText(object.getArg(0).getLiteralLexicalForm(),
                cancelled))).map(String::trim).toList();
        if (Var.isVar(subject)) {
            Var var = Var.alloc(subject);
            return QueryIterPlainWrapper.create(tokens.stream()
                    .map(t -> BindingFactory.binding(binding, var, NodeFactory.createLiteralString(t))).iterator(), execCxt);
        }
        if (Util.isSimpleString(subject) && tokens.contains(subject.getLiteralLexicalForm())) {
            return IterLib.result(binding, execCxt);
        }
        return IterLib.noResults(execCxt);
    }
}
