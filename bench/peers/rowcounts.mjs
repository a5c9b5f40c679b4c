// Answers every queries/*.rq once at each endpoint and compares the answers, for bench/compare-peers.sh.
//
//   node rowcounts.mjs --queries DIR --out FILE.json NAME=URL [NAME=URL ...]
//
// The first endpoint is the reference. For each query and endpoint: HTTP status, row count, and whether the rows
// equal the reference's as a multiset, compared on term value plus language tag (datatypes are left out, since
// stores spell them differently, e.g. Virtuoso's "typed-literal"; numeric literals are compared by numeric value and
// booleans as 1/0, since Virtuoso answers xsd:boolean true as 1); a second check compares the full lexical form
// with datatype, which shows stores that rewrite literals (e.g. "34.0"^^xsd:decimal read back as "34").
// Also counts the data rows of queries/NAME.expected.csv, the project's expected answer.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function arg(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const queriesDir = arg('queries', 'queries');
const outFile = arg('out', 'rowcounts.json');
const endpoints = process.argv.slice(2).filter((a) => /^[\w.-]+=https?:\/\//.test(a)).map((a) => {
    const i = a.indexOf('=');
    return { name: a.slice(0, i), url: a.slice(i + 1) };
});
for (const e of endpoints) {
    const host = new URL(e.url).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) throw new Error(`not loopback: ${e.url}`);
}

/** Data rows of a CSV file (RFC 4180 quoting: newlines inside quotes do not end a row). */
function csvRows(text) {
    let rows = 0, inQuotes = false, any = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') inQuotes = !inQuotes;
        else if (c === '\n' && !inQuotes) { if (any) rows++; any = false; continue; }
        else if (c !== '\r') any = true;
        if (c === '"') any = true;
    }
    if (any) rows++;
    return Math.max(0, rows - 1);
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
function term(t, strict) {
    if (!t) return '';
    if (t.type === 'uri') return `<${t.value}>`;
    if (t.type === 'bnode') return '_:';
    const lang = t['xml:lang'] ? `@${t['xml:lang'].toLowerCase()}` : '';
    if (!strict) return `"${looseValue(t)}"${lang}`;
    const dt = t.datatype && t.datatype !== `${XSD}string` ? `^^${t.datatype}` : '';
    return `"${t.value}"${lang}${dt}`;
}
const NUMERIC = new Set(['integer', 'decimal', 'double', 'float', 'int', 'long', 'short', 'byte', 'nonNegativeInteger',
    'positiveInteger', 'negativeInteger', 'nonPositiveInteger', 'unsignedInt', 'unsignedLong'].map((n) => XSD + n));
/** The value compared in the loose check: numbers by numeric value ("34.0" = "34"), booleans as 1/0. */
function looseValue(t) {
    if (NUMERIC.has(t.datatype) && t.value.trim() !== '' && !Number.isNaN(Number(t.value))) return String(Number(t.value));
    if (t.datatype === `${XSD}boolean`) return t.value === 'true' || t.value === '1' ? '1' : '0';
    return t.value;
}
function rowKeys(json, strict) {
    const vars = json.head?.vars ?? [];
    return (json.results?.bindings ?? []).map((b) => vars.map((v) => `${v}=${term(b[v], strict)}`).join(' ')).sort();
}
function sameMultiset(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}

async function ask(url, query) {
    const t = Date.now();
    try {
        const r = await fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
            body: new URLSearchParams({ query }).toString(),
            signal: AbortSignal.timeout(60000),
        });
        const text = await r.text();
        if (r.status !== 200) return { status: r.status, error: text.replace(/\s+/g, ' ').slice(0, 200), ms: Date.now() - t };
        const json = JSON.parse(text);
        return { status: 200, json, rows: json.results?.bindings?.length ?? (json.boolean === undefined ? 0 : 1),
            ms: Date.now() - t };
    } catch (e) {
        return { status: 0, error: String(e.message ?? e).slice(0, 200), ms: Date.now() - t };
    }
}

const files = readdirSync(queriesDir).filter((f) => f.endsWith('.rq')).sort();
const results = [];
for (const f of files) {
    const name = f.replace(/\.rq$/, '');
    const query = readFileSync(path.join(queriesDir, f), 'utf8');
    const expectedFile = path.join(queriesDir, `${name}.expected.csv`);
    const expected = existsSync(expectedFile) ? csvRows(readFileSync(expectedFile, 'utf8')) : null;
    const answers = [];
    for (const e of endpoints) answers.push(await ask(e.url, query));
    const ref = answers[0];
    const refLoose = ref.json ? rowKeys(ref.json, false) : null;
    const refStrict = ref.json ? rowKeys(ref.json, true) : null;
    const row = { query: name, expected, endpoints: {} };
    endpoints.forEach((e, i) => {
        const a = answers[i];
        const entry = { status: a.status, rows: a.rows ?? null, ms: a.ms };
        if (a.error) entry.error = a.error;
        if (a.json && refLoose) {
            entry.sameValues = sameMultiset(rowKeys(a.json, false), refLoose);
            entry.sameLexical = sameMultiset(rowKeys(a.json, true), refStrict);
            const refRowSet = new Set(refLoose);
            entry.rowsNotInReference = rowKeys(a.json, false).filter((k) => !refRowSet.has(k)).length;
            if (!entry.sameValues) {
                const mine = new Set(rowKeys(a.json, false));
                const onlyHere = rowKeys(a.json, false).find((k) => !refRowSet.has(k));
                const onlyRef = refLoose.find((k) => !mine.has(k));
                entry.example = { onlyHere: onlyHere?.slice(0, 300), onlyReference: onlyRef?.slice(0, 300) };
            } else if (!entry.sameLexical) {
                const refSet = new Set(refStrict);
                entry.example = { lexicalHere: rowKeys(a.json, true).find((k) => !refSet.has(k))?.slice(0, 300) };
            }
        }
        row.endpoints[e.name] = entry;
    });
    results.push(row);
    const summary = endpoints.map((e) => `${e.name}=${row.endpoints[e.name].rows ?? 'ERR ' + row.endpoints[e.name].status}`);
    console.log(`${name}: expected ${expected ?? '-'}; ${summary.join(', ')}`);
}
writeFileSync(outFile, JSON.stringify({ endpoints, results }, null, 2) + '\n');
console.log(`wrote ${outFile}`);
