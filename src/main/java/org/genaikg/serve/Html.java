package org.genaikg.serve;

/** The few bits of HTML the server's own pages share. */
final class Html {
    private Html() {}

    static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"zh\">\n<head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
                + "td,th{padding:.3em .8em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
                + "td:last-child{white-space:nowrap}code{font-size:90%}</style></head>\n<body>\n";
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
