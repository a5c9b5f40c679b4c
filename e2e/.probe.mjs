import { chromium } from '/work/main/e2e/node_modules/playwright-core/index.mjs';
import { mkdtempSync } from 'node:fs';
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/pp-'), {executablePath:'/usr/bin/chromium', headless:true, args:['--no-sandbox','--disable-gpu']});
const page = ctx.pages()[0];
page.on('response', r => { if (r.status() >= 400) console.log('  HTTP', r.status(), r.request().method(), r.url()); });
for (const h of ['#/manage', '#/dataset/kg/edit', '#/dataset/kg/upload', '#/manage/tasks']) {
  console.log(h);
  await page.goto('http://127.0.0.1:3099/' + h); await page.waitForTimeout(2500);
  if (h.endsWith('edit')) { await page.getByText('list current graphs').click().catch(e=>console.log('  no list button')); await page.waitForTimeout(1500); }
  await page.screenshot({path: '/tmp/shots/probe-' + h.replace(/[#\/]/g,'_') + '.png'});
  console.log('  text:', (await page.locator('body').innerText()).replace(/\s+/g,' ').slice(0, 300));
}
await ctx.close();
