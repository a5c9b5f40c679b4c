package org.genaikg.serve.http;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Jetty's CORS filter (as Fuseki ships it) set up for a public, read-only endpoint: any origin may read, with the
 * methods a query needs, and never with credentials — there is nothing a cookie could unlock. Fuseki's own
 * {@code enableCors} would allow credentials, so the server turns the builder's CORS off and installs this one
 * filter with its settings given here.
 */
public final class NoCredentialsCorsFilter extends CrossOriginFilter {
    private final Map<String, String> settings;

    /** {@code exposedHeader} is the server's own answer header a script may read, beside the standard ones. */
    public NoCredentialsCorsFilter(String exposedHeader) {
        this.settings = Map.of(
                ALLOWED_ORIGINS_PARAM, "*",
                ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                ALLOWED_HEADERS_PARAM, "Accept,Content-Type,If-None-Match,X-Requested-With,Origin",
                EXPOSED_HEADERS_PARAM, exposedHeader + ",Retry-After,Content-Length,ETag",
                ALLOW_CREDENTIALS_PARAM, "false",
                PREFLIGHT_MAX_AGE_PARAM, "86400",
                CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override public String getFilterName() { return config.getFilterName(); }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return settings.get(name); }
            @Override public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(settings.keySet());
            }
        });
    }
}
