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
const TOTAL = 220_000;        // the whole run, browser start to close (under the Java test's 4 min)
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
const foreign = [];        // requests to any host but the server under test
const WRITE_ACTION = /^(add data|edit|upload|upload files|upload all|remove|backup|compact|new dataset)$/i;

/** The visible buttons, links and tabs whose label is a write action the read-only server refuses. */
async function visibleWriteActions(page) {
    return page.evaluate(pattern => {
        const re = new RegExp(pattern, 'i');
        return [...document.querySelectorAll('button, a, [role=tab]')]
            .filter(el => re.test(el.textContent.trim()) && el.offsetParent !== null
                && getComputedStyle(el).visibility !== 'hidden')
            .map(el => el.textContent.trim());
    }, WRITE_ACTION.source);
}
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

async function shot(page, file, fullPage = true) {
    try {
        await page.screenshot({ path: path.join(SHOTS, file), fullPage, timeout: WAIT });
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
        const origin = new URL(BASE).origin;
        context.on('request', r => {
            const url = r.url();
            if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) foreign.push(`${r.method()} ${url}`);
        });
        page.on('response', r => {
            if (r.status() >= 400) notes.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
        });
        page.on('requestfailed', r => notes.push(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
        page.on('console', m => { if (m.type() === 'error') notes.push(`console error: ${m.text().slice(0, 300)}`); });
        page.on('pageerror', e => notes.push(`page error: ${String(e.message).slice(0, 300)}`));

        // 0. The home page names genai-kg and the report, offers the search box and the counts by kind.
        await check('home page names genai-kg and has the search box', async () => {
            const r = await page.goto(`${BASE}/`, { waitUntil: 'domcontentloaded' });
            if (r.status() !== 200) throw new Error(`GET / answered ${r.status()}`);
            const title = await page.title();
            if (!/genai-kg/.test(title)) throw new Error(`title "${title}" does not name genai-kg`);
            const h1 = await page.locator('h1').first().innerText();
            if (!/genai-kg/.test(h1) || !CHINESE.test(h1)) throw new Error(`heading "${h1}" does not name genai-kg in both languages`);
            const box = page.locator('main form[action="/search"] input[name="q"]');
            await box.waitFor({ state: 'visible' });
            const kinds = await page.locator('ul.kinds a[href^="/list/"]').count();
            if (kinds < 9) throw new Error(`${kinds} counts by kind, expected at least 9`);
            await shot(page, '00-home.png');
            return `title "${title}", ${kinds} kinds`;
        });

        // 1. The start page of the UI lists the dataset /kg, with no write action.
        await check('dataset list shows /kg and no write action', async () => {
            await page.goto(`${BASE}/#/`, { waitUntil: 'domcontentloaded' });
            const cell = page.locator('table').getByText('/kg', { exact: true }).first();
            await cell.waitFor({ state: 'visible' });
            await page.waitForLoadState('networkidle', { timeout: WAIT }).catch(() => {});
            await page.locator('table button, table a.btn').filter({ hasText: 'query' }).first().waitFor({ state: 'visible' });
            await shot(page, '01-datasets.png');
            const writes = await visibleWriteActions(page);
            if (writes.length) throw new Error(`write actions visible: ${writes.join(', ')}`);
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
            const local = await page.locator('.yasr table tbody a[href^="/resource/policy/"]').count();
            const remote = await page.locator('.yasr table tbody a[href^="https://w3id.org/"]').count();
            if (local === 0 || remote > 0) throw new Error(`IRIs in the results link to this server ${local} times, to w3id.org ${remote} times`);
            return `${rows.length} rows, ${chinese.length} with Chinese text, ${local} IRIs open here, query set ${how}`;
        });

        await check('an IRI that only starts like the graph\'s is never made a link to another host', async () => {
            await page.evaluate(q => document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(q),
                'SELECT ?x WHERE { VALUES ?x { <https://w3id.org/genai-kg//evil.example/x> <https://w3id.org/genai-kg/resource/policy/eu-ai-act> } }');
            const answered = page.waitForResponse(r => /\/kg(\/(sparql|query)?)?$/.test(new URL(r.url()).pathname)
                && r.request().method() !== 'OPTIONS', { timeout: WAIT });
            await page.locator('.yasqe_queryButton').first().click();
            await answered;
            await page.locator('.yasr table tbody a[href="/resource/policy/eu-ai-act"]').first().waitFor({ state: 'visible' });
            const hrefs = await page.locator('.yasr table tbody a').evaluateAll(as => as.map(a => a.href));
            const elsewhere = hrefs.filter(h => new URL(h).host === 'evil.example');
            if (elsewhere.length > 0) throw new Error(`a result links to another host: ${elsewhere}`);
            return `${hrefs.length} links, none to another host`;
        });

        await check('a SELECT cut at the row cap is visibly marked', async () => {
            await page.evaluate(q => document.querySelector('.yasqe .CodeMirror').CodeMirror.setValue(q),
                'SELECT * WHERE { ?s ?p ?o }');
            const answered = page.waitForResponse(r => /\/kg(\/(sparql|query)?)?$/.test(new URL(r.url()).pathname)
                && r.request().method() !== 'OPTIONS', { timeout: WAIT });
            await page.locator('.yasqe_queryButton').first().click();
            const response = await answered;
            const notice = page.locator('#genai-kg-cap');
            await notice.waitFor({ state: 'visible' });
            const text = (await notice.innerText()).trim();
            await shot(page, '10-row-cap.png');
            if (!/capped/i.test(text)) throw new Error(`the notice says "${text}"`);
            return `X-Row-Cap "${response.headers()['x-row-cap'] || ''}"; notice "${text.slice(0, 60)}…"`;
        });

        // 3. The dataset info page: services, and the triple counts without a confirmation.
        await check('dataset info page shows services and triple counts', async () => {
            await page.goto(`${BASE}/#/dataset/kg/info`, { waitUntil: 'domcontentloaded' });
            await page.getByText('Available Services').waitFor({ state: 'visible' });
            await page.locator('a[href="/kg/sparql"]').first().waitFor({ state: 'visible' });
            const sizeRow = page.locator('#dataset-size-table tbody tr').filter({ hasText: /\d{3,}/ }).first();
            let counts = null;
            try {
                await sizeRow.waitFor({ state: 'visible' });
                counts = (await sizeRow.innerText()).replace(/\s+/g, ' ').trim();
            } catch (e) {
                await shot(page, '03-info.png');
                throw new Error(`no triple count appeared in #dataset-size-table (see the request notes below)`);
            }
            await shot(page, '03-info.png');
            const writes = await visibleWriteActions(page);
            if (writes.length) throw new Error(`write actions visible: ${writes.join(', ')}`);
            return `counts "${counts}", shown without a confirmation`;
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
            await page.locator('.yasr table tbody tr').first().waitFor({ state: 'visible' });
            await shot(page, '05-open-link.png');
            return `${expected.split('\n').length} lines loaded and run`;
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

        await check('the manage page offers no write action and says the server is read-only', async () => {
            await page.goto(`${BASE}/#/manage`, { waitUntil: 'domcontentloaded' });
            await page.locator('#genai-kg-read-only').waitFor({ state: 'visible' });
            await page.waitForTimeout(500);
            await shot(page, '09-manage.png');
            const writes = await visibleWriteActions(page);
            if (writes.length) throw new Error(`write actions visible: ${writes.join(', ')}`);
            return (await page.locator('#genai-kg-read-only').innerText()).slice(0, 60) + '…';
        });

        await check('a data set page draws an SVG chart with labelled axes', async () => {
            await page.goto(`${BASE}/statistics`, { waitUntil: 'domcontentloaded' });
            await shot(page, '06-statistics.png');
            const link = page.locator('main table a[href^="/statistics/"]').first();
            const href = await link.getAttribute('href');
            await link.click();
            await page.waitForURL(u => new URL(u).pathname === href);
            const chart = page.locator('svg.chart').first();
            await chart.waitFor({ state: 'visible' });
            const box = await chart.boundingBox();
            if (!box || box.width < 200 || box.height < 80) throw new Error(`chart is ${JSON.stringify(box)}`);
            const axes = await chart.locator('text.axis-title').allTextContents();
            if (axes.length < 2 || !axes.some(a => CHINESE.test(a)) || !axes.some(a => /[A-Za-z]/.test(a))) {
                throw new Error(`axis titles ${JSON.stringify(axes)} are not labelled in Chinese and English`);
            }
            const marks = await chart.locator('rect, polyline').count();
            if (marks === 0) throw new Error('the chart draws nothing');
            await shot(page, '07-chart.png');
            return `${href}: axes ${JSON.stringify(axes)}, ${marks} marks`;
        });

        await check('/timeline lists and links events, and filters them by kind', async () => {
            await page.goto(`${BASE}/timeline`, { waitUntil: 'domcontentloaded' });
            const entries = page.locator('ol.timeline li.event');
            const all = await entries.count();
            const linked = await page.locator('ol.timeline li.event a[href^="/resource/event/"]').count();
            if (all < 50 || linked !== all) throw new Error(`${all} events listed, ${linked} linked to their pages`);
            await shot(page, '08-timeline.png');
            await page.locator('select[name="kind"]').selectOption('Release');
            await page.locator('form.filters button[type="submit"]').click();
            await page.waitForURL(/kind=Release/);
            const releases = await page.locator('ol.timeline li.event').count();
            if (releases === 0 || releases >= all) throw new Error(`${releases} releases of ${all} events`);
            const first = page.locator('ol.timeline li.event a[href^="/resource/event/"]').first();
            const target = await first.getAttribute('href');
            const r = await context.request.get(new URL(target, BASE).toString(), { timeout: WAIT });
            if (r.status() >= 500) throw new Error(`the event page ${target} answered ${r.status()}`);
            return `${all} events, ${releases} releases; ${target} answers ${r.status()}`;
        });

        await check('the editor shows values, not their typing, and draws a #view:bar answer', async () => {
            const query = '#view:bar\nPREFIX gkg: <https://w3id.org/genai-kg/ontology#>\n'
                + 'SELECT ?kind (COUNT(?p) AS ?policies) WHERE { ?p a gkg:Policy ; a ?kind } GROUP BY ?kind ORDER BY DESC(?policies) LIMIT 5';
            await page.setViewportSize({ width: 1280, height: 900 });
            await page.goto(`${BASE}/ui/#/dataset/kg/query?query=${encodeURIComponent(query)}&run=1`, { waitUntil: 'domcontentloaded' });
            const img = page.locator('#genai-kg-view img');
            await img.waitFor({ state: 'visible' });
            await page.waitForFunction(() => {
                const i = document.querySelector('#genai-kg-view img');
                return i && i.complete && i.naturalWidth > 0;
            }, null, { timeout: WAIT });
            const cells = page.locator('.yasr table tbody span.nonIri');
            await cells.first().waitFor({ state: 'visible' });
            await page.waitForTimeout(300);
            const texts = await cells.allTextContents();
            if (texts.some(t => t.includes('^^') || t.includes('XMLSchema'))) throw new Error(`typed values: ${texts.slice(0, 3)}`);
            const title = await cells.first().getAttribute('title');
            if (!/datatype/.test(title || '')) throw new Error(`no datatype on hover: ${title}`);
            await shot(page, '40-editor-view-bar.png');
            return `${texts.length} values such as ${JSON.stringify(texts[0])} (${title}); the answer drawn`;
        });

        await check('a DESCRIBE opens drawn as a graph', async () => {
            const query = 'DESCRIBE <https://w3id.org/genai-kg/resource/organization/deepseek>';
            await page.goto(`${BASE}/ui/#/dataset/kg/query?query=${encodeURIComponent(query)}&run=1`, { waitUntil: 'domcontentloaded' });
            await page.waitForFunction(() => {
                const i = document.querySelector('#genai-kg-view img');
                return i && i.complete && i.naturalWidth > 0 && /\/view\/graph/.test(i.src);
            }, null, { timeout: WAIT });
            await shot(page, '41-editor-describe-graph.png');
            return 'drawn from /view/graph';
        });

        const drawn = {
            bar: 'SELECT ?group ?share WHERE { ?o <http://purl.org/linked-data/cube#dataSet> <https://w3id.org/genai-kg/resource/dataset/genai-user-age> ; <https://w3id.org/genai-kg/resource/dimension/age-group> ?group ; <http://purl.org/linked-data/sdmx/2009/measure#obsValue> ?share } ORDER BY ?group',
            line: 'PREFIX gkg: <https://w3id.org/genai-kg/ontology#>\nSELECT ?year (COUNT(DISTINCT ?p) AS ?policies) WHERE { ?p a gkg:Policy ; gkg:issuedStart ?s BIND(STR(YEAR(?s)) AS ?year) } GROUP BY ?year ORDER BY ?year',
            timeline: 'PREFIX gkg: <https://w3id.org/genai-kg/ontology#>\nSELECT ?date ?policy WHERE { ?policy a gkg:Policy ; gkg:jurisdiction <https://w3id.org/genai-kg/resource/place/united-states> ; gkg:issued ?date }',
            graph: 'PREFIX org: <http://www.w3.org/ns/org#>\nSELECT ?agency ?parent WHERE { ?agency org:subOrganizationOf ?parent }',
        };
        const pages = [['home', '/'], ['resource', '/resource/organization/deepseek'], ['list', '/list/policy'],
            ['chart', '/statistics/genai-service-filings'],
            ...Object.entries(drawn).map(([v, q]) => [`view-${v}`, `/view/${v}?query=${encodeURIComponent(q)}`])];
        for (const [width, height] of [[1280, 900], [390, 844]]) {
            await check(`pages and drawn answers read well at ${width} px`, async () => {
                await page.setViewportSize({ width, height });
                const notes = [];
                for (const [name, target] of pages) {
                    const response = await page.goto(`${BASE}${target}`, { waitUntil: 'load' });
                    if (!response || response.status() !== 200) throw new Error(`${target} answered ${response && response.status()}`);
                    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
                    if (overflow > 2) throw new Error(`${name} is ${overflow} px wider than the screen`);
                    if (name === 'chart') {
                        const shown = page.locator(width < 600 ? 'svg.chart.narrow' : 'svg.chart.wide').first();
                        const box = await shown.boundingBox();
                        if (!box || box.width < Math.min(width, 960) * 0.6) throw new Error(`the chart is ${JSON.stringify(box)} wide`);
                        notes.push(`chart ${Math.round(box.width)} px`);
                    }
                    if (name.startsWith('view-')) {
                        // an SVG document is as wide as the window: the drawing fills the screen at both widths
                        const box = await page.locator('svg').first().boundingBox();
                        if (!box || box.width < width * 0.9) throw new Error(`${name} is ${JSON.stringify(box)} wide`);
                    }
                    // a page that is an SVG document has no full-page size to measure: its window is the picture
                    await shot(page, `5${pages.findIndex(p => p[0] === name)}-${name}-${width}.png`, !name.startsWith('view-'));
                }
                return notes.join(', ') || `${pages.length} pages`;
            });
        }
        await page.setViewportSize({ width: 1280, height: 900 });

        await check('no request went to another host', async () => {
            if (foreign.length) throw new Error(`${foreign.length} requests left the server: ${[...new Set(foreign)].slice(0, 5).join('; ')}`);
            return 'every request stayed on the server';
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
