package org.genaikg.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every answer of the server says about itself, and the methods it takes. Answers are never sniffed into
 * another type, never framed by another site, and may run script only from this server (plus the inline scripts
 * the site writes itself, named by their hashes); styles may be inline. Methods other than GET, HEAD, POST and
 * OPTIONS ({@code TRACE}, {@code PUT}, {@code DELETE} …) are answered 405 before any servlet sees them.
 */
public final class SecurityHeadersFilter implements Filter {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private final String policy;

    public SecurityHeadersFilter(List<String> inlineScripts) {
        String hashes = inlineScripts.stream().map(s -> " 'sha256-" + sha256(s) + "'").collect(Collectors.joining());
        this.policy = "default-src 'self'; script-src 'self'" + hashes + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    String policy() {
        return policy;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", METHODS.stream().sorted().toList()));
            UnreadBodies.discard(request, response, false);
            HttpErrors.send(response, 405, request.getMethod() + " is not a method of this server: it answers "
                    + "GET, HEAD, POST and OPTIONS, and changes nothing.");
            return;
        }
        chain.doFilter(req, res);
    }

    private static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
