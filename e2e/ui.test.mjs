// End-to-end test of the genai-kg web UI in a real (headless) Chromium.
//
//   node e2e/ui.test.mjs BASE_URL SCREENSHOT_DIR
//
// Uses the system Chromium (CHROMIUM, default /usr/bin/chromium) through playwright-core; it never downloads
// a browser. Every wait is bounded; the browser is always closed. The last line is "N passed, M failed"
// (preceded by "K skipped" when a step could not run); the exit code is 1 when a check failed.
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [baseArg, shotArg] = process.argv.slice(2);
if (!baseArg || !shotArg) {
    console.error('usage: node e2e/ui.test.mjs BASE_URL SCREENSHOT_DIR');
    process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const SHOTS = path.resolve(shotArg);
const WAIT = 20_000;          // the longest any single wait may take
const TOTAL = 110_000;        // the whole run, browser start to close
const CHINESE = /[\u4e00-\u9fff]/;
const EXPECTED_LABEL = '人工智能生成合成内容标识办法';

const POLICY_QUERY = `PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?policy ?label WHERE {
  ?policy a gkg:AdministrativeMeasures ;
          rdfs:label ?label .
  FILTER(lang(?label) = "zh")
}
ORDER BY ?label`;

let passed = 0, failed = 0, skipped = 0;
const notes = [];          // requests that failed, console errors: reported at the end
function pass(name, detail = '') { passed++; console.log(`PASS  ${name}${detail ? ' — ' + detail : ''}`); }
function fail(name, detail) { failed++; console.log(`FAIL  ${name} — ${detail}`); }
function skip(name, detail) { skipped++; console.log(`SKIP  ${name} — ${detail}`); }

/** Runs one check; an exception (including a timed-out wait) fails it without stopping the run. */
async function check(name, fn) {
    try {
        const detail = await fn();
        if (detail && typeof detail === 'object' && detail.skip) skip(name, detail.skip);
        else pass(name, detail || '');
    } catch (e) {
        fail(name, String(e && e.message ? e.message.split('\n')[0] : e));
    }
}

async function shot(page, file) {
    try {
        await page.screenshot({ path: path.join(SHOTS, file), fullPage: true, timeout: WAIT });
        console.log(`      screenshot ${path.join(SHOTS, file)}`);
    } catch (e) {
        console.log(`      (screenshot ${file} failed: ${e.message.split('\n')[0]})`);
    }
}

/** The text of the YASQE editor (CodeMirror 5 keeps its instance on the .CodeMirror element). */
async function editorText(page) {
    return page.evaluate(() => {
        const cm = document.querySelector('.yasqe .CodeMirror');
        return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : null;
    });
}

async function waitForEditorText(page, predicate, what) {
    const deadline = Date.now() + WAIT;
    let last = null;
    while (Date.now() < deadline) {
        last = await editorText(page);
        if (last !== null && predicate(last)) return last;
        await page.waitForTimeout(200);
    }
    throw new Error(`editor did not show ${what} within ${WAIT / 1000} s; it shows: ${JSON.stringify((last || '').slice(0, 200))}`);
}

const normalise = s => s.replace(/\s+/g, ' ').trim();

async function main() {
    await mkdir(SHOTS, { recursive: true });
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'genai-kg-e2e-'));
    let context = null;
    const watchdog = setTimeout(() => {
        console.log(`FAIL  run — took longer than ${TOTAL / 1000} s; aborting`);
        console.log(`${passed} passed, ${failed + 1} failed`);
        process.exit(1);
    }, TOTAL);
    try {
        context = await chromium.launchPersistentContext(userDataDir, {
            executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
            headless: true,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
            viewport: { width: 1280, height: 900 },
            timeout: WAIT,
        });
        context.setDefaultTimeout(WAIT);
        context.setDefaultNavigationTimeout(WAIT);
        const page = context.pages()[0] || await context.newPage();
        page.on('response', r => {
            if (r.status() >= 400) notes.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
        });
        page.on('requestfailed', r => notes.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
        page.on('console', m => { if (m.type() === 'error') notes.push(`console error: ${m.text().slice(0, 300)}`); });
        page.on('pageerror', e => notes.push(`page error: ${String(e.message).slice(0, 300)}`));

        // 1. The start page lists the dataset /kg.
        await check('dataset list shows /kg', async () => {
            await page.goto(`${BASE}/`, { waitUntil: 'domcontentloaded' });
            const cell = page.locator('table').getByText('/kg', { exact: true }).first();
            await cell.waitFor({ state: 'visible' });
            await page.waitForLoadState('networkidle', { timeout: WAIT }).catch(() => {});
            await shot(page, '01-datasets.png');
            return `title "${await page.title()}"`;
        });

        // 2. The query editor, given the query in the ?query= parameter the UI supports; run it; Chinese rows.
        await check('query editor runs a SELECT and shows Chinese policy labels', async () => {
            await page.goto(`${BASE}/#/dataset/kg/query?query=${encodeURIComponent(POLICY_QUERY)}`,
                { waitUntil: 'domcontentloaded' });
            await page.locator('.yasqe .CodeMirror').first().waitFor({ state: 'visible' });
            let how = 'via ?query=';
            try {
                await waitForEditorText(page, t => t.includes('gkg:AdministrativeMeasures'), 'the query');
            } catch (e) {
                // Fall back to the CodeMirror API when the URL parameter did not reach the editor.
                how = 'via CodeMirror.setValue (?query= was not applied)';
                await page.evaluate(q => document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(q), POLICY_QUERY);
                await waitForEditorText(page, t => t.includes('gkg:AdministrativeMeasures'), 'the query');
            }
            const answered = page.waitForResponse(r => /\/kg(\/(sparql|query)?)?(\?|$)/.test(new URL(r.url()).pathname + '?')
                && r.request().method() !== 'OPTIONS', { timeout: WAIT });
            await page.locator('.yasqe_queryButton').first().click();
            const response = await answered;
            if (response.status() !== 200) throw new Error(`query request ${response.request().method()} ${response.url()} answered ${response.status()}`);
            const row = page.locator('.yasr table tbody tr').filter({ hasText: EXPECTED_LABEL }).first();
            await row.waitFor({ state: 'visible' });
            const rows = await page.locator('.yasr table tbody tr').allInnerTexts();
            // The DOM holds the right text either way; without a CJK font the screenshot shows boxes instead.
            const tofu = await page.evaluate(() => {
                const ctx = document.createElement('canvas').getContext('2d');
                ctx.font = '16px sans-serif';
                return ctx.measureText('人工智能').width === ctx.measureText('\uE000\uE001\uE002\uE003').width;
            });
            if (tofu) console.log('WARN  no CJK font installed: Chinese text renders as boxes in the screenshots '
                + '(apt-get install fonts-wqy-microhei)');
            const chinese = rows.filter(r => CHINESE.test(r));
            await shot(page, '02-query-results.png');
            if (chinese.length < 2) throw new Error(`expected several rows with Chinese labels, got ${chinese.length}: ${rows.slice(0, 3)}`);
            return `${rows.length} rows, ${chinese.length} with Chinese text, query set ${how}`;
        });

        // 3. The dataset info page: services, statistics (/$/stats/kg), and the triple counts (two SPARQL queries).
        await check('dataset info page shows services and triple counts', async () => {
            await page.goto(`${BASE}/#/dataset/kg/info`, { waitUntil: 'domcontentloaded' });
            await page.getByText('Available Services').waitFor({ state: 'visible' });
            await page.locator('a[href="/kg/sparql"]').first().waitFor({ state: 'visible' });
            await page.locator('#count-triples-button').click();
            await page.locator('#count-triples-submit-button').last().click();
            const sizeRow = page.locator('#dataset-size-table tbody tr').filter({ hasText: /\d{3,}/ }).first();
            let counts = null;
            try {
                await sizeRow.waitFor({ state: 'visible' });
                counts = (await sizeRow.innerText()).replace(/\s+/g, ' ').trim();
            } catch (e) {
                await shot(page, '03-info.png');
                throw new Error(`no triple count appeared in #dataset-size-table (see the request notes below)`);
            }
            const statsRows = await page.locator('#statistics-table tbody tr').count();
            await shot(page, '03-info.png');
            return `counts "${counts}"; statistics table ${statsRows} rows`;
        });

        // 4. The example query catalogue: an "open" link loads its query into the editor; a "csv" link answers CSV.
        let openHref = null, csvHref = null;
        await check('/queries/ lists example queries', async () => {
            const r = await page.goto(`${BASE}/queries/`, { waitUntil: 'domcontentloaded' });
            if (r.status() !== 200) throw new Error(`GET /queries/ answered ${r.status()}`);
            await page.locator('h1').waitFor({ state: 'visible' });
            await shot(page, '04-queries.png');
            const open = page.locator('a.open');
            const n = await open.count();
            if (n === 0) return { skip: 'the catalogue lists no queries (queries/ is empty), so the open/csv links cannot be followed' };
            openHref = await open.first().getAttribute('href');
            csvHref = await page.locator('a.csv').first().getAttribute('href');
            return `${n} queries listed`;
        });

        await check('"open" link loads the query into the editor', async () => {
            if (!openHref) return { skip: 'no "open" link' };
            const expected = new URLSearchParams(openHref.slice(openHref.indexOf('?') + 1)).get('query');
            if (!expected) throw new Error(`the link ${openHref} has no ?query=`);
            await page.locator('a.open').first().click();
            await page.waitForURL(/#\/dataset\/kg\/query/);
            await page.locator('.yasqe .CodeMirror').first().waitFor({ state: 'visible' });
            await waitForEditorText(page, t => normalise(t) === normalise(expected), 'the linked query');
            await shot(page, '05-open-link.png');
            return `${expected.split('\n').length} lines loaded`;
        });

        await check('"csv" link answers CSV with a header', async () => {
            if (!csvHref) return { skip: 'no "csv" link' };
            const url = new URL(csvHref, `${BASE}/queries/`).toString();
            const r = await context.request.get(url, { timeout: WAIT });
            const type = r.headers()['content-type'] || '';
            const body = await r.text();
            if (r.status() !== 200) throw new Error(`GET ${url} answered ${r.status()}: ${body.slice(0, 200)}`);
            if (!type.startsWith('text/csv')) throw new Error(`content type ${type}, not text/csv`);
            const header = body.split(/\r?\n/)[0];
            if (!/^[A-Za-z_][\w-]*(,[A-Za-z_][\w-]*)*$/.test(header)) throw new Error(`first line is not a CSV header: ${JSON.stringify(header.slice(0, 200))}`);
            return `header "${header}", ${body.split(/\r?\n/).filter(Boolean).length - 1} rows`;
        });

        // Browsing: search from the home page, open DeepSeek, follow a link to one of its products and back;
        // an IRI clicked in the editor's results opens its page on this server.
        await check('search from the home page finds DeepSeek and opens its page', async () => {
            await page.goto(`${BASE}/`, { waitUntil: 'domcontentloaded' });
            const box = page.locator('form[action="/search"] input[name="q"]').first();
            await box.fill('deepseek');
            await Promise.all([page.waitForURL(/\/search\?q=deepseek/), box.press('Enter')]);
            const hit = page.locator('ol.hits a[href="/resource/organization/deepseek"]').first();
            await hit.waitFor({ state: 'visible' });
            await shot(page, '20-search.png');
            await Promise.all([page.waitForURL(/\/resource\/organization\/deepseek$/), hit.click()]);
            const heading = normalise(await page.locator('h1').innerText());
            if (!heading.includes('DeepSeek')) throw new Error(`the page's heading is ${JSON.stringify(heading)}`);
            await shot(page, '21-resource-deepseek.png');
            return `heading "${heading}"`;
        });

        await check('a resource page links to a product, and back', async () => {
            const product = page.locator('main a[href="/resource/model/deepseek-r1"]').first();
            await Promise.all([page.waitForURL(/\/resource\/model\/deepseek-r1$/), product.click()]);
            const heading = normalise(await page.locator('h1').innerText());
            if (!heading.includes('DeepSeek-R1')) throw new Error(`the product's heading is ${JSON.stringify(heading)}`);
            await shot(page, '22-resource-deepseek-r1.png');
            await page.goBack({ waitUntil: 'domcontentloaded' });
            await page.waitForURL(/\/resource\/organization\/deepseek$/);
            return `opened "${heading}" and came back`;
        });

        await check('an IRI clicked in the editor results opens its page on this server', async () => {
            const query = 'SELECT ?company WHERE { ?company a <https://w3id.org/genai-kg/ontology#Company> } ORDER BY ?company LIMIT 3';
            await page.goto(`${BASE}/ui/#/dataset/kg/query?query=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
            await page.locator('.yasqe .CodeMirror').first().waitFor({ state: 'visible' });
            try {
                await waitForEditorText(page, t => t.includes('ontology#Company'), 'the query');
            } catch (e) {
                await page.evaluate(q => document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(q), query);
            }
            await page.locator('.yasqe_queryButton').first().click();
            const link = page.locator('.yasr table tbody a').filter({ hasText: /resource\/organization\// }).first();
            await link.waitFor({ state: 'visible' });
            const [opened] = await Promise.all([
                context.waitForEvent('page', { timeout: 5_000 }).catch(() => null),
                link.click(),
            ]);
            const target = opened || page;
            await target.waitForURL(u => u.pathname.startsWith('/resource/organization/'), { timeout: WAIT });
            const url = new URL(target.url());
            if (url.origin !== new URL(BASE).origin) throw new Error(`the IRI opened ${target.url()}, not a page on this server`);
            await target.locator('h1').waitFor({ state: 'visible' });
            await shot(target, '23-iri-from-editor.png');
            if (opened) await opened.close();
            return `opened ${url.pathname}`;
        });
    } catch (e) {
        fail('browser', String(e && e.message ? e.message.split('\n')[0] : e));
    } finally {
        if (context) await context.close().catch(e => console.log(`(closing the browser failed: ${e.message})`));
        clearTimeout(watchdog);
        await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
    }
    if (notes.length) {
        console.log('Requests and console messages that failed:');
        for (const n of [...new Set(notes)]) console.log(`  ${n}`);
    }
    if (skipped) console.log(`${skipped} skipped (not counted)`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
}

main();
