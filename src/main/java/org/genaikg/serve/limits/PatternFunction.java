package org.genaikg.serve.limits;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX and REPLACE (and XPath's fn:matches and fn:replace, which mean the same) as the server runs them: the
 * match reads its input through {@link CancellableText}, so it ends when the query's deadline passes, and a
 * replacement stops growing at the server's string cap.
 */
public final class PatternFunction extends ExprFunctionN {
    enum Kind { MATCH, REPLACE }

    private final Kind kind;
    private final int maxChars;
    private final Pattern constantPattern;

    PatternFunction(Kind kind, ExprList args, int maxChars) {
        super(kind == Kind.MATCH ? "regex" : "replace", args);
        this.kind = kind;
        this.maxChars = maxChars;
        this.constantPattern = constantPattern(kind, args);
    }

    private static Pattern constantPattern(Kind kind, ExprList args) {
        int flagsAt = kind == Kind.MATCH ? 2 : 3;
        Expr pattern = args.get(1);
        Expr flags = args.size() > flagsAt ? args.get(flagsAt) : null;
        if (!pattern.isConstant() || flags != null && !flags.isConstant()) return null;
        try {
            return compile(pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (ExprEvalException e) {
            return null; // bad flags: an evaluation error for each row, as ARQ's own REGEX gives
        }
    }

    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) throw new ExprEvalException("pattern is not a string: " + pattern);
        if (flags != null && !flags.isString()) throw new ExprEvalException("flags are not a string: " + flags);
        return RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node input = args.get(0).asNode();
        if (!input.isLiteral()) throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": not a string: " + input);
        int flagsAt = kind == Kind.MATCH ? 2 : 3;
        Pattern pattern = constantPattern != null ? constantPattern
                : compile(args.get(1), args.size() > flagsAt ? args.get(flagsAt) : null);
        AtomicBoolean cancelled = Context.getCancelSignal(env.getContext());
        Matcher matcher = pattern.matcher(new CancellableText(input.getLiteralLexicalForm(),
                cancelled == null ? new AtomicBoolean() : cancelled));
        if (kind == Kind.MATCH) return NodeValue.booleanReturn(matcher.find());
        return replaced(input, matcher, args.get(2).getString());
    }

    private NodeValue replaced(Node input, Matcher matcher, String replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                throw new ExprEvalException("REPLACE: the pattern matches the empty string");
            }
            matcher.appendReplacement(out, replacement);
            if (out.length() > maxChars) throw CappedString.tooLong(maxChars);
        }
        matcher.appendTail(out);
        if (out.length() > maxChars) throw CappedString.tooLong(maxChars);
        String lang = input.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(out.toString())
                : NodeValue.makeLangString(out.toString(), lang);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new IllegalStateException("evaluated only with its function environment");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new PatternFunction(kind, newArgs, maxChars);
    }
}
