package org.genaikg.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/** The files a build publishes under {@code dumps/}, and the media type each is served as. */
public final class DumpFiles {
    /** The VoID/DCAT description of the dumps, written beside them. */
    public static final String VOID = "void.ttl";
    /** A gzip copy is gzip of its syntax: the one type Jena's languages do not name. */
    private static final String GZIP = "application/gzip";

    private DumpFiles() {}

    /** Every published file name, the dumps first. */
    public static List<String> names() {
        List<String> files = new ArrayList<>(DumpWriter.FILES);
        files.add(VOID);
        return List.copyOf(files);
    }

    /** The media type of a published file, from Jena's language for its suffix. */
    public static String mediaType(String fileName) {
        if (fileName.endsWith(".gz")) return GZIP;
        Lang lang = RDFLanguages.filenameToLang(fileName);
        return lang == null ? WebContent.contentTypeOctets : lang.getContentType().getContentTypeStr();
    }
}
