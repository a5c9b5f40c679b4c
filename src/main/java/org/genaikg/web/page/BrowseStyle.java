package org.genaikg.web.page;

import org.genaikg.web.html.Html;
import org.genaikg.web.html.Layout;

/** The few styles the resource, ontology and search pages add to the shared layout's. */
public final class BrowseStyle {
    public static final Html HEAD = Layout.style("""
            h1 .en{display:block;font-size:1.05rem;color:var(--muted);font-weight:400}
            h2 .en,h3 .en,th .en{color:var(--muted);font-weight:400}
            .iri{font-family:ui-monospace,monospace;font-size:.85rem;color:var(--muted);word-break:break-all}
            .types a,.type{font-size:.85rem;background:var(--soft);border-radius:.3rem;padding:0 .35rem;margin-right:.3rem}
            table.facts{width:100%}table.facts th{width:15rem;background:none}
            ul.values{list-style:none;margin:0;padding:0}
            .date-key,.detail,.count{color:var(--muted);font-size:.85rem}
            blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid #9ab;background:var(--soft)}
            .source{margin:.6rem 0}.actions a{margin-right:1rem}
            a.external::after{content:" \\2197"}
            p.via{margin:.7rem 0 .2rem}details summary{cursor:pointer;color:var(--muted)}
            .value{font-variant-numeric:tabular-nums}
            """);

    private BrowseStyle() {}
}
