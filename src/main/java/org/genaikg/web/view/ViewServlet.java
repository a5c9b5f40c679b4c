package org.genaikg.web.view;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.genaikg.dataset.ReadModel;
import org.genaikg.web.chart.SvgChart;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.Responses;

/**
 * {@code /view/{bar|line|timeline|graph}?query=…}: a SELECT's answer drawn on the server as a standalone SVG, which a
 * page may embed or a reader save. The query runs through the server's own query path ({@link Answers}), so the
 * same guard, caps, deadline and fair share apply, and a refusal is the same status with the same message.
 * {@code width=380} draws for a phone.
 */
public final class ViewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient ReadModel model;
    private final transient Answers answers;

    public ViewServlet(ReadModel model, Answers answers) {
        this.model = model;
        this.answers = answers;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String segment = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<View> view = View.ofSegment(segment);
        if (view.isEmpty()) {
            Responses.text(resp, 404, "No such view '" + segment + "': /view/bar, /view/line, /view/timeline or /view/graph.\n");
            return;
        }
        String query = req.getParameter("query");
        if (query == null || query.isBlank()) {
            Responses.text(resp, 400, "Give the SELECT query to draw: /view/" + segment + "?query=…\n");
            return;
        }
        String widthParameter = req.getParameter("width");
        int width = "380".equals(widthParameter) ? SvgChart.NARROW : SvgChart.WIDE;
        if (widthParameter != null && !widthParameter.equals("380") && !widthParameter.equals("760")) {
            Responses.text(resp, 400, "width= is 380 (a phone) or 760 (a desktop column).\n");
            return;
        }
        if (view.get() != View.GRAPH && !isSelect(query)) {
            Responses.text(resp, 400, "A " + segment + " chart draws a SELECT query's answer; a CONSTRUCT or DESCRIBE "
                    + "is drawn at /view/graph.\n");
            return;
        }
        try {
            AnswerColumns answer = new AnswerColumns(answers.select(query, req.getRemoteAddr()), model.labels());
            Html svg = AnswerDrawings.draw(view.get(), answer, title(query), width);
            byte[] body = (Html.XML_DECLARATION.toString() + svg).getBytes(StandardCharsets.UTF_8);
            Responses.send(resp, 200, "image/svg+xml;charset=utf-8", body, Responses.PAGE_CACHE);
        } catch (Answers.Refused e) {
            Responses.text(resp, e.status(), e.getMessage() + "\n");
        }
    }

    /** Whether the query's form (after comments, PREFIX and BASE) is SELECT; the server's parse decides the rest. */
    private static boolean isSelect(String query) {
        String body = query.replaceAll("(?m)^\\s*#.*$", "").replaceAll("(?is)^\\s*((PREFIX\\s+\\S*\\s*<[^>]*>|BASE\\s*<[^>]*>)\\s*)*", "");
        return body.regionMatches(true, 0, "SELECT", 0, 6);
    }

    /** The drawing's title: the query's first comment that is not a view line, else "SPARQL answer". */
    private static String title(String query) {
        return query.lines().map(String::strip).filter(l -> l.startsWith("#") && !View.ofQuery(l).isPresent())
                .map(l -> l.replaceFirst("^#+\\s*", "")).filter(l -> !l.isBlank()).findFirst().orElse("SPARQL answer");
    }
}
