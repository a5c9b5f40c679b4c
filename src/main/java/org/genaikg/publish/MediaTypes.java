package org.genaikg.publish;

/** The media type of each dump file, by its name; a gzip copy is served as gzip of that type. */
public final class MediaTypes {
    private MediaTypes() {}

    public static String of(String fileName) {
        if (fileName.endsWith(".gz")) return "application/gzip";
        if (fileName.endsWith(".ttl")) return "text/turtle";
        if (fileName.endsWith(".nt")) return "application/n-triples";
        if (fileName.endsWith(".jsonld")) return "application/ld+json";
        return "application/octet-stream";
    }
}
