import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../src/locales/en.js';
import { sv } from '../src/locales/sv.js';
import type { Locale } from '../src/locales/types.js';
import { taxonomyMermaid } from '../src/render/taxonomy-mermaid.js';
import { categoryNodes, groupNodes } from '../src/taxonomy/data.js';
import { hasChromium, launchChromium } from './support/chromium.js';

// The diagram as people see it: Mermaid 11's own browser bundle renders it in headless
// Chromium, in a page as wide as an ordinary window.
const chromium = hasChromium('taxonomy-mermaid.browser.test.ts');
const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const pageWidth = 1280;

/** What the rendered diagram shows, measured in the page. */
interface Rendered {
  readonly svg: string;
  readonly width: number;
  readonly xmlError: string | null;
  readonly boxes: Readonly<Record<string, Box>>;
  readonly clusters: Readonly<Record<string, Box>>;
  readonly texts: readonly string[];
}
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

// Browser code is a string: the test compiles with `lib: ES2022`, without the DOM.
const render = `async (source) => {
  mermaid.initialize({ startOnLoad: false });
  const { svg } = await mermaid.render('d', source);
  document.body.innerHTML = svg;
  const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
  // Node ids read d-flowchart-<id>-<n>, cluster ids d-<id>.
  const boxes = Object.fromEntries([...document.querySelectorAll('g.node')].map((g) => [g.id.replace(/^d-flowchart-|-\\d+$/g, ''), box(g)]));
  const clusters = Object.fromEntries([...document.querySelectorAll('g.cluster')].map((g) => [g.id.replace(/^d-/, ''), box(g)]));
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = parsed.querySelector('parsererror');
  return {
    svg,
    width: document.querySelector('svg').viewBox.baseVal.width,
    xmlError: error && error.textContent,
    boxes,
    clusters,
    texts: [...document.querySelectorAll('g.node .label, g.cluster .cluster-label')].map((t) => t.textContent.replace(/\\s+/g, ' ').trim()),
  };
}`;

const node = (id: string) => id.replace(/-/g, '_');
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('taxonomyMermaid rendered by Mermaid 11 in Chromium', () => {
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    if (!chromium) return;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: pageWidth, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  const draw = async (locale: Locale): Promise<Rendered> => {
    if (page === undefined) throw new Error('no browser');
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ path: mermaidBundle });
    return (await page.evaluate(`(${render})(${JSON.stringify(taxonomyMermaid({ locale }))})`)) as Rendered;
  };

  it.skipIf(!chromium).each([en, sv])('fits a $code page, as parseable SVG, every category in its function', async (locale) => {
    const r = await draw(locale);
    expect(r.svg).not.toMatch(/Syntax error/i);
    expect(r.xmlError).toBeNull();
    // All 22 categories in one row drew 4,948 px.
    expect(r.width).toBeGreaterThan(400);
    expect(r.width).toBeLessThanOrEqual(pageWidth);

    for (const category of categoryNodes) {
      const box = r.boxes[node(category.id)];
      expect(box, category.id).toBeDefined();
      expect(r.texts).toContain(locale.categories[category.id].label);
      expect(inside(box as Box, r.clusters[category.function] as Box), `${category.id} in ${category.function}`).toBe(true);
      if (category.group !== null) expect(inside(box as Box, r.clusters[node(category.group)] as Box), category.id).toBe(true);
    }
    for (const group of groupNodes) expect(inside(r.clusters[node(group.id)] as Box, r.clusters[group.function] as Box)).toBe(true);
    expect(r.texts).toContain(locale.functions.service.label);

    // No box covers another: nothing is hidden behind a box.
    const boxes = Object.entries(r.boxes);
    const covered = boxes.flatMap(([a, boxA], i) => boxes.slice(i + 1).filter(([, boxB]) => overlap(boxA, boxB)).map(([b]) => `${a} × ${b}`));
    expect(covered).toEqual([]);
  }, 60_000);
});
