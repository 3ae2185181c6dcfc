import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
const site = await serve('/work/main/build');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await b.newPage();
await page.goto(site.url + '/');
await page.waitForFunction(() => performance.getEntriesByName('db-ready').length, null, { timeout: 30000 });
await page.waitForTimeout(1500);
const values = await page.locator('select[name="district"] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
for (const v of [...values, ...values]) {
  const r = await page.evaluate(async (value) => {
    const n = performance.getEntriesByName('filter-applied').length;
    const sel = document.querySelector('select[name="district"]');
    const t0 = performance.now(); sel.value = value; sel.dispatchEvent(new Event('change', { bubbles: true }));
    for (;;) { const m = performance.getEntriesByName('filter-applied'); if (m.length > n) break; await new Promise((r) => setTimeout(r, 1)); }
    const q = performance.getEntriesByName('filter-queries').at(-1), d = performance.getEntriesByName('filter-redraw').at(-1);
    return { total: Math.round(performance.getEntriesByName('filter-applied').at(-1).startTime - t0), navToRun: Math.round(q.startTime - t0), queries: Math.round(q.duration), redraw: Math.round(d.duration - q.duration) };
  }, v);
  console.log(v, JSON.stringify(r));
}
await b.close(); await site.close();
