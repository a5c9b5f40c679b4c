/*
 * genai-kg's layer over the stock Fuseki UI (jena-fuseki-ui, served unchanged from its jar).
 * Loaded by /ui/ before the UI's own module, it
 *  - gives the UI the server root as its path: the UI builds every server URL (/$/server, /kg/sparql) from
 *    location.pathname, so /ui/ would otherwise ask /ui/$/server; the address shown becomes /#/…, which the home
 *    page forwards back here;
 *  - keeps every request on this server: prefix.cc and LOV look-ups are answered from the project's prefixes;
 *  - marks a SELECT answer the server capped; leaves out request statistics, which the server keeps internal;
 *  - replaces the two stock example queries with the project's, starts a new query with the prefixes most use,
 *    counts the triples on the info page, runs a query opened with run=1, and opens the graph's IRIs here.
 * Write actions are hidden by genai-kg-ui.css (the server refuses them anyway).
 */
(function () {
    'use strict';
    var configElement = document.getElementById('genai-kg-config');
    var config = configElement ? JSON.parse(configElement.textContent) : { queries: [], prefixes: {}, rowCap: 0 };
    var IRI_BASE = 'https://w3id.org/genai-kg/';

    if (location.pathname !== '/') {
        history.replaceState(history.state, '', '/' + (location.hash || '#/'));
    }

    function markRoute() {
        document.documentElement.setAttribute('data-route', location.hash.replace(/\?.*$/, '') || '#/');
    }
    markRoute();
    window.addEventListener('hashchange', markRoute);

    // ---- every request stays on this server
    function localAnswer(url) {
        if (/\/popular\/all\.file\.json$/.test(url.pathname)) {
            return new Response(JSON.stringify(config.prefixes), { headers: { 'Content-Type': 'application/json' } });
        }
        return new Response(JSON.stringify({ results: [], total_results: 0 }), { headers: { 'Content-Type': 'application/json' } });
    }

    var realFetch = window.fetch.bind(window);
    window.fetch = function (input, init) {
        var url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, location.href);
        if (url.host !== location.host) return Promise.resolve(localAnswer(url));
        var isQuery = /^\/kg(\/(sparql|query)?)?$/.test(url.pathname);
        if (isQuery) clearCapNotice();
        return realFetch(input, init).then(function (response) {
            if (isQuery) {
                noticeCap(response);
                if (response.ok) setTimeout(function () { drawAnswer(null); }, 0);
            }
            return response;
        });
    };

    var realOpen = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (method, url) {
        var target = new URL(String(url), location.href);
        var args = Array.prototype.slice.call(arguments);
        if (target.host !== location.host) args[1] = '/ui/prefixes.json';
        // request statistics are internal to this server (no /$/stats): the info page gets an empty set instead
        else if (target.pathname.indexOf('/$/stats') === 0) args[1] = '/ui/no-stats.json';
        return realOpen.apply(this, args);
    };

    // ---- the row cap
    function clearCapNotice() {
        var old = document.getElementById('genai-kg-cap');
        if (old) old.remove();
    }

    function showCapNotice(cap) {
        clearCapNotice();
        var yasr = document.querySelector('.yasr');
        if (!yasr) return;
        var notice = document.createElement('div');
        notice.id = 'genai-kg-cap';
        notice.className = 'genai-kg-cap';
        notice.setAttribute('role', 'status');
        var n = Number(cap);
        notice.textContent = 'Capped at ' + (isNaN(n) ? cap : n.toLocaleString('en')) + ' rows: the answer is incomplete. '
            + 'Add LIMIT/OFFSET to page through it, or download the dumps (/dumps/). '
            + '结果已截断：请使用 LIMIT/OFFSET 分页，或下载完整数据。';
        yasr.parentNode.insertBefore(notice, yasr);
    }

    /**
     * The server names its cap in X-Row-Cap ("10000; …") whenever it limited a query, whether or not the answer
     * reached the limit; an answer with fewer rows is complete. Without the header, an answer of exactly the cap
     * is the sign.
     */
    function noticeCap(response) {
        var header = response.headers.get('X-Row-Cap');
        var cap = header ? parseInt(header, 10) || config.rowCap : config.rowCap;
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('sparql-results+json') < 0) {
            if (header) showCapNotice(cap);
            return;
        }
        if (!cap) return;
        response.clone().json().then(function (body) {
            var rows = body && body.results && body.results.bindings;
            if (rows && rows.length >= cap) showCapNotice(cap);
        }, function () {});
    }

    // ---- answers drawn on the server: a "#view:bar" line in the query, or a button under the editor
    var VIEWS = ['bar', 'line', 'timeline', 'graph'];

    function viewOf(query) {
        var m = /^\s*#\s*view\s*:\s*([a-z]+)/m.exec(query);
        return m && VIEWS.indexOf(m[1]) >= 0 ? m[1] : null;
    }

    /** Shows the answer drawn as {@code view} (or as the query's own #view line) above the results. */
    function drawAnswer(view) {
        var cm = editor();
        var old = document.getElementById('genai-kg-view');
        if (!cm) return;
        var query = cm.getValue();
        var form = /^(?:\s*(?:#[^\n]*\n|PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>))*\s*(SELECT|CONSTRUCT|DESCRIBE|ASK)/i.exec(query);
        form = form ? form[1].toUpperCase() : null;
        // a graph answer is drawn as a graph: the table cannot show it
        if (!view && (form === 'CONSTRUCT' || form === 'DESCRIBE')) view = 'graph';
        view = view || viewOf(query);
        if (!view || !form || form === 'ASK' || (form !== 'SELECT' && view !== 'graph')) {
            if (old) old.remove();
            return;
        }
        var yasr = document.querySelector('.yasr');
        if (!yasr) return;
        var src = '/view/' + view + '?query=' + encodeURIComponent(query);
        var figure = old || document.createElement('figure');
        figure.id = 'genai-kg-view';
        figure.className = 'genai-kg-view';
        figure.textContent = '';
        var img = document.createElement('img');
        img.src = src;
        img.alt = 'The answer drawn as a ' + view + ' chart';
        var caption = document.createElement('figcaption');
        var link = document.createElement('a');
        link.href = src;
        link.textContent = 'SVG (' + view + ')';
        caption.appendChild(document.createTextNode('Drawn on the server: '));
        caption.appendChild(link);
        img.addEventListener('error', function () {
            caption.textContent = 'This answer cannot be drawn as a ' + view + ' chart: open ';
            caption.appendChild(link);
            caption.appendChild(document.createTextNode(' for the reason.'));
        });
        figure.appendChild(img);
        figure.appendChild(caption);
        if (!old) yasr.parentNode.insertBefore(figure, yasr);
    }

    function drawButtons() {
        if (document.getElementById('genai-kg-draw')) return;
        var yasqe = document.querySelector('.yasqe');
        if (!yasqe) return;
        var bar = document.createElement('div');
        bar.id = 'genai-kg-draw';
        bar.className = 'genai-kg-draw';
        bar.appendChild(document.createTextNode('Draw the answer: '));
        VIEWS.forEach(function (view) {
            var button = document.createElement('button');
            button.type = 'button';
            button.textContent = view;
            button.addEventListener('click', function () { drawAnswer(view); });
            bar.appendChild(button);
        });
        yasqe.parentNode.insertBefore(bar, yasqe.nextSibling);
    }

    /**
     * The results table shows values, not their typing: "3"^^xsd:integer reads 3 and "人工智能"@zh reads 人工智能; the
     * datatype or language is on hover (and the response view still has the raw answer).
     */
    function plainValues(root) {
        root.querySelectorAll('.yasr span.nonIri').forEach(function (span) {
            var sup = span.querySelector('sup');
            if (!sup || span.getAttribute('data-genai-kg')) return;
            var typing = sup.textContent;
            sup.remove();
            var text = span.textContent;
            if (text.length >= 2 && text.charAt(0) === '"' && text.charAt(text.length - 1) === '"') text = text.slice(1, -1);
            span.textContent = text;
            if (typing.indexOf('^^') === 0) {
                span.title = 'datatype ' + typing.slice(2);
            } else if (typing.indexOf('@') === 0) {
                span.title = 'language ' + typing.slice(1);
                span.lang = typing.slice(1);
            }
            span.setAttribute('data-genai-kg', 'plain');
        });
    }

    // ---- the editor and the pages
    function editor() {
        var cm = document.querySelector('.yasqe .CodeMirror');
        return cm && cm.CodeMirror ? cm.CodeMirror : null;
    }

    /**
     * A new query declares the three prefixes most queries use; the endpoint predeclares all of genai-kg's (as the
     * comment says), so a query may use policy:, place: … without a PREFIX line.
     */
    var STARTER_PREFIXES = ['gkg', 'rdfs', 'xsd'];
    function starterQuery() {
        var width = Math.max.apply(null, STARTER_PREFIXES.map(function (p) { return p.length; }));
        return STARTER_PREFIXES.filter(function (p) { return config.prefixes[p]; }).map(function (p) {
            return 'PREFIX ' + (p + ':' + ' '.repeat(width)).substring(0, width + 2) + '<' + config.prefixes[p] + '>';
        }).join('\n') + '\n# policy:, place:, organization:, model: and the other prefixes of genai-kg are predeclared\n\n'
            + '# English titles of the policies dated 2025, by date\n'
            + 'SELECT ?policy ?title ?date WHERE {\n'
            + '  ?policy a gkg:Policy ; rdfs:label ?title ; gkg:startDate ?date .\n'
            + '  FILTER(LANG(?title) = "en" && YEAR(?date) = 2025)\n'
            + '}\nORDER BY ?date\nLIMIT 20\n';
    }

    function exampleQueries(fieldset) {
        if (fieldset.querySelector('.genai-kg-examples')) return;
        var select = document.createElement('select');
        select.className = 'form-select genai-kg-examples';
        select.setAttribute('aria-label', 'Example queries');
        var first = document.createElement('option');
        first.value = '';
        first.textContent = config.queries.length + ' example queries of genai-kg: choose a question …  示例查询';
        select.appendChild(first);
        config.queries.forEach(function (q, i) {
            var option = document.createElement('option');
            option.value = String(i);
            option.textContent = q.en + ' · ' + q.zh;
            option.title = q.name;
            select.appendChild(option);
        });
        select.addEventListener('change', function () {
            var q = config.queries[Number(select.value)];
            var cm = editor();
            if (q && cm) cm.setValue(q.text);
        });
        fieldset.appendChild(select);
        fieldset.classList.add('genai-kg-examples-set');
    }

    var declared = false;
    var ranFor = null;
    var countedFor = null;

    function onQueryPage() {
        document.querySelectorAll('label').forEach(function (label) {
            if (label.textContent.trim() === 'Example Queries' && label.parentElement) exampleQueries(label.parentElement);
        });
        var cm = editor();
        if (!cm) return;
        drawButtons();
        var params = new URLSearchParams(location.hash.replace(/^[^?]*\??/, ''));
        if (!declared && !params.has('query') && /\?sub \?pred \?obj/.test(cm.getValue())) {
            cm.setValue(starterQuery());
        }
        declared = true;
        if (params.get('run') === '1' && params.has('query') && ranFor !== location.hash
                && cm.getValue().trim() === params.get('query').trim()) {
            ranFor = location.hash;
            var button = document.querySelector('.yasqe_queryButton');
            if (button) button.click();
        }
    }

    function onInfoPage() {
        var submit = document.getElementById('count-triples-submit-button');
        // the count needs the dataset's services, which the page lists once it has them
        var ready = document.querySelector('#app .card-body a[href$="/sparql"], #app .card-body a[href$="/query"]');
        if (submit && ready && countedFor !== location.hash) {
            countedFor = location.hash;
            submit.click();
        }
    }

    var WRITE_ACTIONS = ['add data', 'edit', 'upload', 'remove', 'backup', 'compact', 'new dataset', 'upload files', 'upload all'];

    /** The stylesheet hides write actions by their links and icons; this catches any that carry only a label. */
    function hideWriteActions() {
        document.querySelectorAll('#app button, #app a.btn, #app a.nav-link').forEach(function (el) {
            if (WRITE_ACTIONS.indexOf(el.textContent.trim().toLowerCase()) >= 0) el.style.display = 'none';
        });
    }

    /**
     * The path on this server of one of the graph's own IRIs (resource/KIND/ID…, ontology, dataset), or null: an IRI
     * that merely starts with the base ("…/genai-kg//evil.example/x") is left as it is, never made a link elsewhere.
     */
    var OWN_IRI = /^https:\/\/w3id\.org\/genai-kg\/((?:resource\/[a-z]+(?:\/[A-Za-z0-9._~%-]+)+)|ontology|dataset)(#[A-Za-z0-9._~%-]*)?$/;
    function localPath(href) {
        var m = OWN_IRI.exec(href);
        if (!m) return null;
        var path = '/' + m[1] + (m[2] || '');
        var url = new URL(path, location.href);
        return url.origin === location.origin ? url.pathname + url.hash : null;
    }

    function localLinks(root) {
        root.querySelectorAll('a[href^="' + IRI_BASE + '"]').forEach(function (a) {
            var path = localPath(a.getAttribute('href'));
            if (!path) return;
            a.setAttribute('href', path);
            a.removeAttribute('target');
        });
    }

    function readOnlyNote() {
        if (document.getElementById('genai-kg-read-only')) return;
        var heading = document.querySelector('#app .col-12 h2');
        if (!heading) return;
        var note = document.createElement('p');
        note.id = 'genai-kg-read-only';
        note.className = 'genai-kg-note';
        note.setAttribute('role', 'note');
        note.innerHTML = 'This server is read-only: datasets cannot be added, changed, removed or backed up here. '
            + 'To get the whole graph, <a href="/dumps/">download the dumps</a>. '
            + '<span lang="zh">本服务器只读；完整数据请从 <a href="/dumps/">/dumps/</a> 下载。</span>';
        heading.parentNode.insertBefore(note, heading.nextSibling);
    }

    var scheduled = false;
    function update() {
        scheduled = false;
        var route = location.hash;
        if (/^#\/dataset\/[^/]+\/query/.test(route)) onQueryPage();
        if (/^#\/dataset\/[^/]+\/info/.test(route)) onInfoPage();
        if (!/^#\/dataset\/[^/]+\/info/.test(route)) countedFor = null;
        if (/^#\/manage/.test(route)) readOnlyNote();
        hideWriteActions();
        localLinks(document);
        plainValues(document);
    }

    /** A click on a graph IRI that the observer has not rewritten yet still opens its page on this server. */
    function openIrisHere(event) {
        var a = event.target && event.target.closest ? event.target.closest('a[href^="' + IRI_BASE + '"]') : null;
        if (!a || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        var path = localPath(a.getAttribute('href'));
        if (!path) return;
        event.preventDefault();
        event.stopPropagation();
        location.assign(path);
    }

    function start() {
        document.addEventListener('click', openIrisHere, true);
        new MutationObserver(function () {
            if (!scheduled) {
                scheduled = true;
                setTimeout(update, 50);
            }
        }).observe(document.body, { childList: true, subtree: true });
        update();
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
})();
