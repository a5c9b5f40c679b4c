package org.genaikg.serve.limits;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * The first link of the server's SERVICE chain: a call goes on to ARQ's HTTP executor only when its endpoint's
 * host is on the operator's allow-list. With an empty list there is no HTTP executor behind it at all, so SERVICE
 * never fetches anything.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<String> hosts;
    /** Never follows a redirect: an allowed host must not be able to send the call on to one that is not. */
    private final HttpClient client;

    ServiceAllowList(Set<String> hosts, long timeoutMillis) {
        this.hosts = Set.copyOf(hosts);
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(timeoutMillis)).build();
    }

    /** Puts this allow-list, ARQ's SERVICE switch, the HTTP client and the call time-out into {@code context}. */
    void install(Context context, long timeoutMillis) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        if (!hosts.isEmpty()) registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
        context.set(ARQ.httpServiceAllowed, !hosts.isEmpty());
        context.set(ARQ.httpQueryClient, client);
        context.set(ARQ.httpQueryTimeout, timeoutMillis);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        String host = service.isURI() ? QueryGuard.hostOf(service.getURI()) : null;
        if (host == null || !hosts.contains(host)) {
            throw new QueryDeniedException(hosts.isEmpty() ? "SERVICE is off on this server."
                    : "SERVICE " + service + " is refused: this server calls only " + hosts + ".");
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
