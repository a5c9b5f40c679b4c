package org.genaikg.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One SPARQL/Turtle prefix per kind of resource ({@code policy:eu-ai-act}), because {@code res:policy/eu-ai-act}
 * is not a valid prefixed name. The prefixes are declared with the kinds, in {@link Kind}.
 */
public final class ResourcePrefixes {
    private ResourcePrefixes() {}

    /** Prefix → namespace, in the order they are listed to users. */
    public static final Map<String, String> NAMESPACES = build();

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) kind.prefix().ifPresent(prefix -> m.put(prefix, kind.namespace()));
        return Collections.unmodifiableMap(m);
    }
}
