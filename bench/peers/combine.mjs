// Combines target/bench/endpoint-LABEL.json (written by `genai-kg bench endpoint`) and the rowcounts.json of
// rowcounts.mjs into one Markdown report, for bench/compare-peers.sh.
//
//   node combine.mjs --bench target/bench --rowcounts FILE --out target/bench/peers.md --notes FILE LABEL...
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function arg(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const benchDir = arg('bench', 'target/bench');
const rowcountsFile = arg('rowcounts', null);
const outFile = arg('out', path.join(benchDir, 'peers.md'));
const notesFile = arg('notes', null);
const flags = new Set(['--bench', '--rowcounts', '--out', '--notes']);
const labels = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !flags.has(all[i - 1]));

const runs = labels.map((label) => {
    const jsonFile = path.join(benchDir, `endpoint-${label}.json`);
    const mdFile = path.join(benchDir, `endpoint-${label}.md`);
    const json = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : null;
    const failures = new Map();
    if (existsSync(mdFile)) {
        for (const line of readFileSync(mdFile, 'utf8').split('\n')) {
            const m = line.match(/^\| ([^|]+?) \| failed: (.*?) \| \| \|$/);
            if (m) failures.set(m[1], m[2].replace(/\s+/g, ' ').slice(0, 80));
        }
    }
    return { label, json, failures };
});
const rowcounts = rowcountsFile && existsSync(rowcountsFile) ? JSON.parse(readFileSync(rowcountsFile, 'utf8')) : null;

const fmt = (x) => (x === undefined || x === null || Number.isNaN(x) ? '–' : x.toFixed(1));
const queries = [...new Set([
    ...(rowcounts ? rowcounts.results.map((r) => r.query) : []),
    ...runs.flatMap((r) => Object.entries(r.json ?? {}).filter(([k]) => k.startsWith('perQuery_'))
        .flatMap(([, v]) => v.map((q) => q.query))),
])].sort();

const perQuery = (run, q) => {
    const entry = Object.entries(run.json ?? {}).find(([k]) => k.startsWith('perQuery_'));
    return entry ? entry[1].find((x) => x.query === q) : undefined;
};

let md = `# genai-kg and peer SPARQL stores, side by side\n\n`;
if (notesFile && existsSync(notesFile)) md += readFileSync(notesFile, 'utf8').trimEnd() + '\n\n';
md += `## Per-query latency, one client (ms; 30 timed runs after 3 warm-ups)\n\n`;
md += `| query | ${runs.map((r) => `${r.label} p50 | ${r.label} p99`).join(' | ')} |\n`;
md += `|---|${runs.map(() => '---:|---:').join('|')}|\n`;
for (const q of queries) {
    md += `| ${q} | ${runs.map((r) => {
        const p = perQuery(r, q);
        if (p) return `${fmt(p.p50)} | ${fmt(p.p99)}`;
        const why = r.failures.get(q);
        return why !== undefined ? `**failed** | ${why.replace(/\|/g, '\\|')}` : '– | –';
    }).join(' | ')} |\n`;
}
const sums = runs.map((r) => queries.map((q) => perQuery(r, q)?.p50).filter((x) => x !== undefined));
md += `| **sum of p50 over answered queries** | ${sums.map((s) => `${fmt(s.reduce((a, b) => a + b, 0))} (${s.length}) | `).join(' | ')}|\n\n`;
// the first endpoint against each other one, over the queries both answered
for (const peer of runs.slice(1)) {
    const both = queries.filter((q) => perQuery(runs[0], q) && perQuery(peer, q));
    const ours = both.map((q) => perQuery(runs[0], q).p50);
    const theirs = both.map((q) => perQuery(peer, q).p50);
    const atOrBelow = both.filter((q, i) => ours[i] <= theirs[i]).length;
    const sum = (xs) => xs.reduce((a, b) => a + b, 0);
    md += `${runs[0].label} against ${peer.label}, over the ${both.length} queries both answered: p50 at or below on `
        + `**${atOrBelow} of ${both.length}**; sum of p50 ${fmt(sum(ours))} ms against ${fmt(sum(theirs))} ms `
        + `(**${(sum(ours) / sum(theirs)).toFixed(2)}×**).\n\n`;
}

md += `## Load: the whole query mix, closed loop\n\n`;
md += `| endpoint | clients | queries/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n`;
for (const r of runs) {
    for (const l of r.json?.load ?? []) {
        const bold = l.clients === 8 ? '**' : '';
        md += `| ${r.label} | ${bold}${l.clients}${bold} | ${bold}${l.qps.toFixed(0)}${bold} | ${fmt(l.p50)} | ${bold}${fmt(l.p99)}${bold} | ${l.errors} |\n`;
    }
    if (!r.json) md += `| ${r.label} | – | no result (bench failed) | | | |\n`;
}
md += `\nAt 8 clients: ${runs.map((r) => {
    const l = (r.json?.load ?? []).find((x) => x.clients === 8);
    return l ? `${r.label} ${l.qps.toFixed(0)} q/s, p99 ${fmt(l.p99)} ms, ${l.errors} errors` : `${r.label} –`;
}).join('; ')}.\n\n`;

if (rowcounts) {
    const names = rowcounts.endpoints.map((e) => e.name);
    const ref = names[0];
    md += `## Answers: rows per query, and whether they match ${ref}'s\n\n`;
    md += `Each query sent once to each endpoint. "=" : same rows as ${ref} (multiset of values + language tags; numbers compared by value, booleans as 1/0); `
        + `"≠ values": different rows; "≈ lexical": same values but a literal is spelled differently `
        + `(e.g. a datatype or a canonicalised number). "expected" is the row count of queries/NAME.expected.csv.\n\n`;
    md += `| query | expected | ${names.join(' | ')} |\n|---|---:|${names.map(() => '---|').join('')}\n`;
    const findings = [];
    for (const r of rowcounts.results) {
        const cells = names.map((n) => {
            const e = r.endpoints[n];
            if (e.status !== 200) {
                findings.push(`- **${r.query}** — ${n} failed (HTTP ${e.status}): ${e.error}`);
                return `**HTTP ${e.status}**`;
            }
            let mark = '';
            if (n !== ref && r.endpoints[ref].status === 200) {
                if (!e.sameValues) {
                    mark = ' ≠ values';
                    findings.push(`- **${r.query}** — ${n}: ${e.rows} rows vs ${ref} ${r.endpoints[ref].rows}`
                        + ` (expected ${r.expected ?? '–'}); e.g. only in ${n}: \`${e.example?.onlyHere ?? '–'}\`;`
                        + ` only in ${ref}: \`${e.example?.onlyReference ?? '–'}\``);
                } else if (!e.sameLexical) {
                    mark = ' ≈ lexical';
                    findings.push(`- ${r.query} — ${n}: same rows, literal spelled differently, e.g. \`${e.example?.lexicalHere ?? '–'}\``);
                } else mark = ' =';
            } else if (n === ref && r.expected !== null && e.rows !== r.expected) {
                mark = ' (≠ expected)';
                findings.push(`- **${r.query}** — ${ref}: ${e.rows} rows, expected.csv has ${r.expected}`);
            }
            return `${e.rows}${mark}`;
        });
        md += `| ${r.query} | ${r.expected ?? '–'} | ${cells.join(' | ')} |\n`;
    }
    md += `\n### Differences found\n\n${findings.length ? findings.join('\n') : 'None: every endpoint gave the same rows for every query.'}\n`;
}
writeFileSync(outFile, md);
console.log(`wrote ${outFile}`);
