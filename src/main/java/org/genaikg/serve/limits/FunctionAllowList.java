package org.genaikg.serve.limits;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * What a query on this server may call by name: SPARQL 1.1's own functions (its keywords, which are not named by
 * IRI), the XSD casts, the XPath functions SPARQL 1.1 names, {@code text:query} and {@code apf:strSplit}. Each query
 * runs with registries built from this list ({@link #functions()}, {@link #propertyFunctions(Context)}), which know
 * no other name and never load a class for one; the guard refuses any other name before the query runs.
 */
public final class FunctionAllowList {
    static final String FN = ARQConstants.fnPrefix;
    static final String TEXT_QUERY = "http://jena.apache.org/text#query";

    /** The XPath functions SPARQL 1.1 names (its operator mapping and section 17.4), each bounded on this server. */
    static final Set<String> XPATH = Set.of(FN + "concat", FN + "substring", FN + "string-length", FN + "upper-case",
            FN + "lower-case", FN + "contains", FN + "starts-with", FN + "ends-with", FN + "substring-before",
            FN + "substring-after", FN + "encode-for-uri", FN + "matches", FN + "replace", FN + "abs", FN + "ceiling",
            FN + "floor", FN + "round", FN + "not", FN + "boolean", FN + "year-from-dateTime",
            FN + "month-from-dateTime", FN + "day-from-dateTime", FN + "hours-from-dateTime",
            FN + "minutes-from-dateTime", FN + "seconds-from-dateTime", FN + "timezone-from-dateTime");

    /** The property functions: the text index, and the label splitter whose pattern the guard checks. */
    public static final Set<String> PROPERTY_FUNCTIONS = Set.of(TEXT_QUERY, QueryGuard.STR_SPLIT_IRI);

    /** Namespaces whose every name ARQ would map to a class of its library, and Java's own class scheme. */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of(ARQConstants.javaClassURIScheme,
            ARQConstants.ARQFunctionLibraryURI, ARQConstants.ARQPropertyFunctionLibraryURI,
            "http://jena.apache.org/ARQ/list#", "http://jena.hpl.hp.com/ARQ/function#",
            "http://jena.hpl.hp.com/ARQ/property#", "http://jena.hpl.hp.com/ARQ/list#");

    private final FunctionRegistry functions = new Closed();
    private final Set<String> allowedFunctions;

    FunctionAllowList() {
        FunctionRegistry standard = FunctionRegistry.standardRegistry();
        Set<String> allowed = new TreeSet<>();
        for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
            String iri = it.next();
            if (iri.startsWith(XSD.NS) || XPATH.contains(iri)) {
                allowed.add(iri);
                functions.put(iri, standard.get(iri));
            }
        }
        this.allowedFunctions = Set.copyOf(allowed);
    }

    /** The names of every function a query may call by IRI. */
    public Set<String> allowedFunctions() {
        return allowedFunctions;
    }

    /** The function registry of every execution: the allowed functions and nothing else. */
    FunctionRegistry functions() {
        return functions;
    }

    /**
     * The property function registry of one execution: the allowed entries of the registry {@code context} would
     * use (the text index adds {@code text:query} to it), with strSplit in the form that honours the deadline.
     */
    PropertyFunctionRegistry propertyFunctions(Context context) {
        PropertyFunctionRegistry from = PropertyFunctionRegistry.chooseRegistry(context);
        PropertyFunctionRegistry registry = new ClosedProperties();
        if (from.isRegistered(TEXT_QUERY)) registry.put(TEXT_QUERY, from.get(TEXT_QUERY));
        registry.put(QueryGuard.STR_SPLIT_IRI, (PropertyFunctionFactory) uri -> new CancellableSplit());
        return registry;
    }

    /** Why a function call by this IRI is refused, or empty when it is allowed. */
    Optional<String> refusalOfFunction(String iri) {
        if (allowedFunctions.contains(iri)) return Optional.empty();
        return Optional.of("The function <" + iri + "> is not offered on this server. It offers SPARQL 1.1's "
                + "functions, the XSD casts and the XPath functions SPARQL names such as fn:concat, fn:substring and fn:matches; "
                + "see the README's 'Safe by default'.");
    }

    /**
     * Why a triple pattern with this predicate is refused: ARQ would run it as a property function that is not on
     * the list (any name of its property library, its list functions, a {@code java:} class). Other predicates —
     * {@code rdfs:member} among them — are ordinary triple patterns here.
     */
    Optional<String> refusalOfProperty(String iri) {
        if (PROPERTY_FUNCTIONS.contains(iri) || iri.equals(RDFS.member.getURI())) return Optional.empty();
        boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(iri::startsWith)
                || PropertyFunctionRegistry.standardRegistry().isRegistered(iri);
        return dynamic ? Optional.of("The property function <" + iri + "> is not offered on this server; it offers "
                + "text:query and apf:strSplit only.") : Optional.empty();
    }

    /** A function registry that knows only what was put into it: no name is ever mapped to a class and loaded. */
    private static final class Closed extends FunctionRegistry {
        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    /** A property function registry that knows only what was put into it, by exactly that name. */
    private static final class ClosedProperties extends PropertyFunctionRegistry {
        private final java.util.Map<String, PropertyFunctionFactory> factories = new java.util.HashMap<>();

        @Override
        public void put(String uri, PropertyFunctionFactory factory) {
            factories.put(uri, factory);
        }

        @Override
        public boolean manages(String uri) {
            return factories.containsKey(uri);
        }

        @Override
        public boolean isRegistered(String uri) {
            return factories.containsKey(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return factories.get(uri);
        }

        @Override
        public Iterator<String> keys() {
            return factories.keySet().iterator();
        }
    }
}
