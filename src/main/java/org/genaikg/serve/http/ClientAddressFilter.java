package org.genaikg.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides who the client is, before anything counts requests or logs them. The connection's peer is the client,
 * unless the peer is one of the operator's trusted proxies ({@code serve --trusted-proxy}): then the client is the
 * last address that proxy put into {@code X-Forwarded-For} (or {@code Forwarded: for=}). From anyone else those
 * headers are removed from the request, so a client cannot pick the address it is counted and logged under.
 */
public final class ClientAddressFilter implements Filter {
    private static final Set<String> FORWARDING = Set.of("x-forwarded-for", "forwarded", "x-real-ip");
    private final Set<String> trustedProxies;

    public ClientAddressFilter(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String forwarded = trustedProxies.contains(request.getRemoteAddr()) ? forwardedClient(request) : null;
        chain.doFilter(new Client(request, forwarded), res);
    }

    /** The address the trusted proxy appended last: entries before it were written by the client and prove nothing. */
    static String forwardedClient(HttpServletRequest request) {
        String xff = request.getHeader("X-Forwarded-For");
        if (xff != null) {
            List<String> hops = List.of(xff.split(","));
            String last = hops.get(hops.size() - 1).strip();
            if (isAddress(last)) return last;
        }
        String rfc7239 = request.getHeader("Forwarded");
        if (rfc7239 != null) {
            String[] elements = rfc7239.split(",");
            for (String pair : elements[elements.length - 1].split(";")) {
                String p = pair.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                    String value = p.substring(4).replace("\"", "").replaceAll("^\\[|\\](:\\d+)?$", "");
                    if (isAddress(value)) return value;
                }
            }
        }
        return null;
    }

    private static boolean isAddress(String s) {
        return !s.isEmpty() && s.length() <= 45 && s.matches("[0-9A-Fa-f.:]+");
    }

    /** The request as the rest of the server sees it: its client address, and no forwarding headers. */
    private static final class Client extends HttpServletRequestWrapper {
        private final String address;

        Client(HttpServletRequest request, String forwardedAddress) {
            super(request);
            this.address = forwardedAddress;
        }

        @Override
        public String getRemoteAddr() {
            return address != null ? address : super.getRemoteAddr();
        }

        @Override
        public String getRemoteHost() {
            return getRemoteAddr();
        }

        @Override
        public String getHeader(String name) {
            return FORWARDING.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return FORWARDING.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !FORWARDING.contains(n.toLowerCase(Locale.ROOT))).toList());
        }
    }
}
