import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '../src/inventory/inventory.js';
import { sv } from '../src/locales/sv.js';
import { inventoryHtml } from '../src/render/inventory-html.js';
import { parsePartnerRecords } from '../src/schema/parse-partner-records.js';
import { hasChromium as findChromium, launchChromium } from './support/chromium.js';
import { attributeUnit, hostileRows, imageUnit, rows, scriptId, scriptUnit } from './support/inventory-fixture.js';
import { ordinaryRows } from './support/ordinary-inventory.js';

// The page is opened in the system Chromium, never a downloaded one (test/support/chromium.ts).
const hasChromium = findChromium('inventory-html.browser.test.ts');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const report = inventory(parsePartnerRecords([...rows, ...hostileRows]).records);

/** What happened while a page was open: every request and every error or warning. */
interface Opened {
  readonly url: string;
  readonly requests: string[];
  readonly problems: string[];
}

// Read in the page in one round trip each: the test runs with `lib: ES2022`, so browser
// code is a string, and each call to the browser costs far more than the work it does.
const facts = `(() => {
  const q = (selector) => document.querySelectorAll(selector);
  const charts = ['functions', 'categories', 'heat-map'].map((name) => {
    const svg = document.querySelector('svg[data-chart="' + name + '"]');
    const described = svg && svg.getAttribute('aria-describedby');
    return {
      name,
      role: svg && svg.getAttribute('role'),
      label: svg && svg.getAttribute('aria-label'),
      title: svg && svg.querySelector(':scope > title') && svg.querySelector(':scope > title').textContent,
      width: svg ? svg.getBoundingClientRect().width : 0,
      describes: described !== null && document.getElementById(described) instanceof HTMLTableElement,
    };
  });
  return {
    lang: document.documentElement.lang,
    title: document.title,
    h1: document.querySelector('h1').textContent,
    functionBars: q('svg[data-chart="functions"] rect.bar').length,
    categoryBars: q('svg[data-chart="categories"] rect.bar').length,
    cells: q('svg[data-chart="heat-map"] rect.cell').length,
    cellTitles: q('svg[data-chart="heat-map"] rect.cell > title').length,
    oemBarWidth: document.querySelector('svg[data-chart="categories"] rect.bar[data-category="oem"]').getBoundingClientRect().width,
    functionLabels: [...q('svg[data-chart="functions"] text.label')].map((t) => t.textContent),
    charts,
    active: q('script, img, iframe, object, embed, link').length,
    units: [...q('#table-units tbody th')].map((th) => th.textContent),
    mismatches: document.getElementById('table-mismatches').textContent,
    pwned: window.__pwned,
  };
})()`;

interface Facts {
  readonly lang: string;
  readonly title: string;
  readonly h1: string;
  readonly functionBars: number;
  readonly categoryBars: number;
  readonly cells: number;
  readonly cellTitles: number;
  readonly oemBarWidth: number;
  readonly functionLabels: string[];
  readonly charts: { name: string; role: string; label: string; title: string; width: number; describes: boolean }[];
  readonly active: number;
  readonly units: string[];
  readonly mismatches: string;
  readonly pwned: unknown;
}

describe('inventoryHtml in Chromium', () => {
  let browser: Browser | undefined;
  let page: Page | undefined;
  let dir = '';
  const requests: string[] = [];
  const problems: string[] = [];

  // One browser and one page for the whole file: starting them is the slow part.
  beforeAll(async () => {
    if (!hasChromium) return;
    dir = mkdtempSync(join(tmpdir(), 'inventory-html-'));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the HTML from a file, as a person opens a saved report. */
  const open = async (html: string, name: string): Promise<{ page: Page; opened: Opened; facts: Facts }> => {
    if (page === undefined) throw new Error('no browser');
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    requests.length = 0;
    problems.length = 0;
    await page.goto(url, { waitUntil: 'load' });
    return { page, opened: { url, requests, problems }, facts: (await page.evaluate(facts)) as Facts };
  };

  it.skipIf(!hasChromium)('renders the charts and tables, with no errors and no requests but the page', async () => {
    const { opened, facts: f } = await open(inventoryHtml(report), 'report');
    expect(f.h1).toBe('Partner inventory');
    expect(report.functions).toHaveLength(4);
    expect(f.functionBars).toBe(report.functions.length);
    expect(report.categories).toHaveLength(22);
    expect(f.categoryBars).toBe(report.categories.length);

    const present = report.categories.filter((c) => c.count > 0);
    const someUnowned = present.some((c) => c.count > c.managedBy.reduce((sum, u) => sum + u.count, 0));
    const cells = present.length * (report.units.length + (someUnowned ? 1 : 0));
    // OEM, MSP / CMSP, value-added distributor and academia × 8 units and "no owner".
    expect(cells).toBe(4 * 9);
    expect(f.cells).toBe(cells);
    expect(f.cellTitles).toBe(cells);

    // Charts are drawn, named, and point to a table with the same figures.
    for (const chart of f.charts) {
      expect(chart).toMatchObject({ role: 'img', describes: true });
      expect(chart.label).not.toBe('');
      expect(chart.title).toBe(chart.label);
      expect(chart.width).toBeGreaterThan(100);
    }
    expect(f.oemBarWidth).toBeGreaterThan(10);
    expect(f.functionLabels).toEqual(['Solution partners', 'Sales partners', 'Service partners', 'Influencer partners']);

    expect(opened.requests).toEqual([opened.url]);
    expect(opened.problems).toEqual([]);
  });

  it.skipIf(!hasChromium)('shows hostile unit names and ids as text and runs none of them', async () => {
    const { page, opened, facts: f } = await open(inventoryHtml(report), 'hostile');
    expect(f.pwned).toBeUndefined();
    expect(f.active).toBe(0);
    for (const unit of [scriptUnit, attributeUnit, imageUnit]) expect(f.units).toContain(unit);
    expect(f.mismatches).toContain(scriptId);
    // Hovering the cell of a unit named to inject an onmouseover runs nothing either.
    await page.hover(`svg[data-chart="heat-map"] rect.cell[data-unit="${attributeUnit.replace(/"/g, '\\"')}"]`);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(opened.requests).toEqual([opened.url]);
    expect(opened.problems).toEqual([]);
  });

  it.skipIf(!hasChromium)('renders in Swedish with lang="sv"', async () => {
    const { opened, facts: f } = await open(inventoryHtml(report, { locale: sv }), 'sv');
    expect(f.lang).toBe('sv');
    expect(f.title).toBe('Partnerinventering');
    expect(f.functionBars).toBe(4);
    expect(opened.problems).toEqual([]);
  });

  // Ordinary data, and the same with one unit named in 10,000 characters.
  const ordinary = inventory(parsePartnerRecords(ordinaryRows()).records);
  const longUnit = `Unit ${'x'.repeat(10_000)}`;
  const long = inventory(parsePartnerRecords(ordinaryRows(300, longUnit)).records);

  /** How wide the page is, and which table regions scroll, in a window `width` px wide. */
  const layout = `(() => ({
    window: window.innerWidth,
    page: document.documentElement.scrollWidth,
    scrolling: [...document.querySelectorAll('.scroll')].filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.firstElementChild.id),
  }))()`;

  it.skipIf(!hasChromium).each([
    { data: 'ordinary data (300 records, 12 units)', report: ordinary, width: 1280 },
    { data: 'ordinary data (300 records, 12 units)', report: ordinary, width: 390 },
    { data: 'a 10,000-character unit name', report: long, width: 1280 },
    { data: 'a 10,000-character unit name', report: long, width: 390 },
  ])('fits a $width px window with $data', async ({ report: r, width }) => {
    expect(r.total).toBe(300);
    expect(r.units).toHaveLength(12);
    await page?.setViewportSize({ width, height: 900 });
    try {
      const { page: p, opened } = await open(inventoryHtml(r), `layout-${width}`);
      const measured = (await p.evaluate(layout)) as { window: number; page: number; scrolling: string[] };
      expect(measured.window).toBe(width);
      // The page is never wider than its window (it was 2,122 px and 79,823 px).
      expect(measured.page).toBeLessThanOrEqual(width);
      // On a desktop window every table fits as it is; on a phone, wide tables scroll in
      // their own region, and the summary still fits.
      if (width === 1280) expect(measured.scrolling).toEqual([]);
      else expect(measured.scrolling).not.toContain('table-summary');
      expect(opened.problems).toEqual([]);
    } finally {
      await page?.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it.skipIf(!hasChromium)('shows a long unit name shortened, with the whole name in its tooltip', async () => {
    const { page: p } = await open(inventoryHtml(long), 'long');
    const cell = p.locator('#table-units tbody th span[title]').first();
    expect(await cell.textContent()).toBe(`Unit ${'x'.repeat(34)}…`);
    expect(await cell.getAttribute('title')).toBe(longUnit);
    expect(await cell.boundingBox().then((box) => box?.width ?? Infinity)).toBeLessThan(400);
  });

  it.skipIf(!hasChromium).each([
    { name: 'ordinary data', width: 1280, html: () => inventoryHtml(ordinary) },
    { name: 'ordinary data, tables scrolling on a phone', width: 390, html: () => inventoryHtml(ordinary) },
    { name: 'a 10,000-character unit name', width: 1280, html: () => inventoryHtml(long) },
    { name: 'hostile names', width: 1280, html: () => inventoryHtml(report) },
    { name: 'Swedish', width: 1280, html: () => inventoryHtml(ordinary, { locale: sv }) },
  ])('has no axe-core violations: $name', async ({ width, html }) => {
    // axe is a script, which the page's Content-Security-Policy forbids: this page alone
    // is opened with the policy bypassed, to be checked.
    const context = await browser?.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
    try {
      const checked = await context?.newPage();
      if (checked === undefined) throw new Error('no browser');
      const file = join(dir, 'axe.html');
      writeFileSync(file, html());
      await checked.goto(pathToFileURL(file).href);
      await checked.addScriptTag({ path: axeSource });
      const violations = (await checked.evaluate(
        `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.length + ' ' + v.nodes[0].target.join(' ')))`,
      )) as string[];
      expect(violations).toEqual([]);
    } finally {
      await context?.close();
    }
  }, 60_000);
});
