package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.ExprUtils;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every function and property function of ARQ's standard registries is either on the server's list (and bounded)
 * or refused by name before a query runs; the registries a query runs with know nothing else; and every numeric
 * operation refuses a number beyond the bound before it computes.
 */
class FunctionAllowListTest {
    private final FunctionAllowList list = new FunctionAllowList();
    private final QueryGuard guard = new QueryGuard(100, Set.of(), list);

    @Test
    void everyStandardFunctionIsAllowedAndBoundedOrRefusedByName() {
        List<String> allowed = new ArrayList<>();
        FunctionRegistry.standardRegistry().keys().forEachRemaining(iri -> {
            Optional<String> refusal = guard.refusal(QueryFactory.create("SELECT (<" + iri + ">(\"1\") AS ?x) {}"));
            if (list.allowedFunctions().contains(iri)) {
                allowed.add(iri);
                assertTrue(refusal.isEmpty(), iri + ": " + refusal);
                // allowed means: an XSD cast (numeric ones parse bounded text) or an XPath function SPARQL names
                assertTrue(iri.startsWith(XSD.NS) || FunctionAllowList.XPATH.contains(iri), iri);
            } else {
                assertTrue(refusal.isPresent() && refusal.get().contains("<" + iri + ">"), iri + ": " + refusal);
                assertNull(list.functions().get(iri), iri + " is known to the query's registry");
            }
        });
        assertTrue(allowed.containsAll(FunctionAllowList.XPATH), "every listed XPath function is one ARQ has");
        assertTrue(allowed.contains(XSD.integer.getURI()) && allowed.contains(XSD.date.getURI()), allowed.toString());
    }

    @Test
    void everyStandardPropertyFunctionIsAllowedOrRefusedByName() {
        PropertyFunctionRegistry perQuery = list.propertyFunctions(new Context());
        PropertyFunctionRegistry.standardRegistry().keys().forEachRemaining(iri -> {
            Optional<String> refusal = guard.refusal(QueryFactory.create("SELECT * { ?s <" + iri + "> ?o }"));
            if (FunctionAllowList.PROPERTY_FUNCTIONS.contains(iri)) {
                assertTrue(refusal.isEmpty(), iri + ": " + refusal);
            } else if (iri.equals(RDFS.member.getURI())) {
                assertTrue(refusal.isEmpty(), "rdfs:member stays an ordinary property: " + refusal);
                assertFalse(perQuery.manages(iri), "rdfs:member is matched as a triple, not run as a function");
            } else {
                assertTrue(refusal.isPresent() && refusal.get().contains("<" + iri + ">"), iri + ": " + refusal);
                assertFalse(perQuery.manages(iri), iri);
            }
        });
    }

    @Test
    void theQueryRegistriesNeverLoadAClassForAName() {
        for (String iri : List.of("java:org.apache.jena.sparql.function.library.wait",
                "http://jena.apache.org/ARQ/function#wait", "java:java.lang.Runtime")) {
            assertNull(list.functions().get(iri), iri);
            assertTrue(guard.refusal(QueryFactory.create("SELECT (<" + iri + ">(1) AS ?x) {}")).isPresent(), iri);
        }
        PropertyFunctionRegistry perQuery = list.propertyFunctions(new Context());
        for (String iri : List.of("java:org.apache.jena.sparql.pfunction.library.strSplit",
                "http://jena.apache.org/ARQ/property#concat", "http://jena.apache.org/ARQ/list#member")) {
            assertFalse(perQuery.manages(iri), iri);
            assertNull(perQuery.get(iri), iri);
        }
    }

    @ParameterizedTest(name = "{0} refuses a number beyond the bound")
    @ValueSource(strings = {"?big + 1", "?big - 1", "?big * 2", "?big / 3", "-?big", "+?big", "ABS(?big)",
            "ROUND(?big)", "CEIL(?big)", "FLOOR(?big)", "fn:abs(?big)", "fn:round(?big)", "fn:ceiling(?big)",
            "fn:floor(?big)", "?bigDecimal * 2", "?wide * ?wide", "xsd:integer(?digits)", "xsd:decimal(?digits)",
            "xsd:double(?digits)", "xsd:long(?digits)", "STRDT(?digits, xsd:integer)"})
    void everyNumericOperationRefusesABigNumberBeforeItComputes(String expression) {
        Expr bounded = bounded(expression);
        long start = System.nanoTime();
        ExprEvalException e = assertThrows(ExprEvalException.class, () -> bounded.eval(binding(), env()));
        assertTrue(e.getMessage().contains(BoundedNumber.MAX_DIGITS + " digits"), e.getMessage());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1000, "the check came after a long computation");
    }

    @Test
    void ordinaryNumbersComputeAsBefore() {
        assertEquals(NodeValue.makeInteger(14), bounded("?small * 2 + fn:abs(-4) - ROUND(0)").eval(binding(), env()));
        assertEquals(NodeValue.makeInteger(538), bounded("xsd:integer(\"538\")").eval(binding(), env()));
        assertEquals("538", bounded("STRDT(\"538\", xsd:integer)").eval(binding(), env()).asNode().getLiteralLexicalForm());
    }

    private Expr bounded(String expression) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefix("fn", FunctionAllowList.FN).setNsPrefix("xsd", XSD.NS);
        return ExprTransformer.transform(new SafeExpressions(1 << 20, 1000), ExprUtils.parse(expression, prefixes));
    }

    private static Binding binding() {
        String digits = "7".repeat(BoundedNumber.MAX_TEXT_CHARS + 1);
        return BindingFactory.builder()
                .add(Var.alloc("big"), NodeFactory.createLiteralDT(digits, XSDDatatype.XSDinteger))
                .add(Var.alloc("bigDecimal"), NodeFactory.createLiteralDT(digits + ".5", XSDDatatype.XSDdecimal))
                .add(Var.alloc("wide"), NodeFactory.createLiteralDT("9".repeat(BoundedNumber.MAX_DIGITS - 10), XSDDatatype.XSDinteger))
                .add(Var.alloc("digits"), NodeFactory.createLiteralString(digits))
                .add(Var.alloc("small"), NodeFactory.createLiteralDT("5", XSDDatatype.XSDinteger))
                .build();
    }

    private FunctionEnvBase env() {
        Context context = new Context();
        FunctionRegistry.set(context, list.functions());
        return new FunctionEnvBase(context);
    }
}
