// A minimal SPARQL endpoint over Oxigraph's in-process store (npm "oxigraph"), for bench/compare-peers.sh.
//
//   node oxigraph-server.mjs --data target/dumps/genai-kg.nt [--host 127.0.0.1] [--port 7878]
//
// Loads the N-Triples file into the default graph of an in-memory Store, then answers SPARQL queries at
// /sparql (and /query): GET ?query=..., POST application/x-www-form-urlencoded (query=...), or POST
// application/sparql-query. SELECT/ASK results are written by Oxigraph's own SPARQL 1.1 JSON results writer
// (application/sparql-results+json: "uri" / "literal" with "xml:lang" or "datatype" / "bnode"), or as XML,
// CSV or TSV when the Accept header asks for them; CONSTRUCT/DESCRIBE answer N-Triples (or Turtle).
// GET /health answers 200 with the triple count once loaded. Binds to loopback only, no row cap, no cache.
// The WASM store is synchronous: queries run one at a time on Node's event loop.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import oxigraph from 'oxigraph';

function arg(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const dataFile = arg('data', 'target/dumps/genai-kg.nt');
const host = arg('host', '127.0.0.1');
const port = Number(arg('port', '7878'));
if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    console.error(`oxigraph-server: refusing to bind to ${host}: loopback only`);
    process.exit(2);
}

const started = process.hrtime.bigint();
const store = new oxigraph.Store();
store.load(readFileSync(dataFile, 'utf8'), { format: 'application/n-triples' });
const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
console.log(`oxigraph ${dataFile}: ${store.size} triples loaded in ${loadMs.toFixed(0)} ms`);

const RESULT_FORMATS = ['application/sparql-results+json', 'application/sparql-results+xml', 'text/csv',
    'text/tab-separated-values'];
const GRAPH_FORMATS = ['application/n-triples', 'text/turtle'];

/** The first media type of the Accept header that is in `offered`, else the first offered. */
function negotiate(accept, offered) {
    for (const part of (accept || '').split(',')) {
        const type = part.split(';')[0].trim().toLowerCase();
        if (offered.includes(type)) return type;
        if (type === 'application/json') return offered[0];
    }
    return offered[0];
}

/** Strips comments, IRIs and strings so that the query form keyword can be found. */
function queryForm(query) {
    const bare = query
        .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
        .replace(/<[^<>"{}|^`\\\s]*>/g, '<>')
        .replace(/#[^\n]*/g, ' ');
    const m = bare.match(/\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i);
    return m ? m[1].toUpperCase() : 'SELECT';
}

function answer(query, accept) {
    const graph = ['CONSTRUCT', 'DESCRIBE'].includes(queryForm(query));
    const type = negotiate(accept, graph ? GRAPH_FORMATS : RESULT_FORMATS);
    const body = store.query(query, { results_format: type });
    return { type: type.startsWith('text/') || type.includes('json') ? `${type}; charset=utf-8` : type, body };
}

function send(res, status, type, body) {
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
}

const server = http.createServer((req, res) => {
    const url = new URL(req.url, `http://${host}`);
    if (url.pathname === '/health') return send(res, 200, 'text/plain', `ok ${store.size}\n`);
    if (url.pathname !== '/sparql' && url.pathname !== '/query') return send(res, 404, 'text/plain', 'not found\n');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        let query = url.searchParams.get('query');
        if (req.method === 'POST') {
            const body = Buffer.concat(chunks).toString('utf8');
            const ctype = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
            if (ctype === 'application/sparql-query') query = body;
            else if (ctype === 'application/x-www-form-urlencoded') query = new URLSearchParams(body).get('query');
        } else if (req.method !== 'GET') {
            return send(res, 405, 'text/plain', 'GET or POST\n');
        }
        if (!query) return send(res, 400, 'text/plain', 'missing query\n');
        try {
            const { type, body } = answer(query, req.headers.accept);
            send(res, 200, type, body);
        } catch (e) {
            send(res, 400, 'text/plain; charset=utf-8', `query failed: ${e && e.message ? e.message : e}\n`);
        }
    });
});
server.keepAliveTimeout = 65000;
server.listen(port, host, () => console.log(`oxigraph SPARQL endpoint http://${host}:${port}/sparql`));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
