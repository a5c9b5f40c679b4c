package org.genaikg.web.page;

import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Url;

/** The search form of the search page and of the not-found page. */
public final class SearchForm {
    /** The longest search text the form lets a user type; search refuses longer ones too. */
    public static final int MAX_LENGTH = 200;

    private SearchForm() {}

    /** The form, prefilled with {@code q}. */
    public static void write(HtmlWriter w, String q) {
        w.openForm(Url.local("/search"), "class", "search", "method", "get")
                .empty("input", "type", "search", "name", "q", "maxlength", Integer.toString(MAX_LENGTH),
                        "required", "", "aria-label", "搜索 Search", "value", q)
                .text(" ").element("button", "搜索 Search", "type", "submit").close("form").newline();
    }
}
