import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { ordinaryRows } from '../../test/support/ordinary-inventory.js';
import { attributeUnit, hostileRows, imageUnit, rows, scriptId, scriptUnit } from '../../test/support/inventory-fixture.js';
import { inventory } from '../inventory/inventory.js';
import { sv } from '../locales/sv.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { escapeHtml } from './escape.js';
import { inventoryHtml } from './inventory-html.js';

const reportOf = (input: readonly object[], options: Parameters<typeof inventory>[1] = {}) =>
  inventory(parsePartnerRecords(input).records, options);

/** The inline SVG chart named `name`. */
const chart = (html: string, name: string): string => {
  const start = html.indexOf(`<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${name}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</svg>', start) + 6);
};
const count = (text: string, pattern: RegExp): number => text.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('inventoryHtml', () => {
  const html = inventoryHtml(reportOf(rows, { required: ['oem', 'epc'] }));

  it('is one self-contained page: no script, no external resource', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Partner inventory</title>');
    expect(html).toContain('<h1>Partner inventory</h1>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=|\bhref=/i);
    // The only URL is the SVG namespace, which is a name and is never fetched.
    expect(html.match(/https?:\/\/[^"\s]+/g)?.every((url) => url === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('has the same tables as the Markdown, with hand-checked counts', () => {
    expect(html).toContain('<tr><th scope="row">Partners</th><td class="num">7</td></tr>');
    expect(html).toContain('<tr><th scope="row">Without an owner</th><td class="num">1</td></tr>');
    expect(html).toContain(
      '<tr><th scope="row">Solution partners</th><td class="num">4</td><td class="num">57.1%</td><td class="num">2 of 6</td></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row">OEM</th><td>oem</td><td class="num">2</td><td class="num">28.6%</td><td>Product (2)</td><td>One-to-one management</td></tr>',
    );
    expect(count(html.slice(html.indexOf('id="table-missing"'), html.indexOf('</table>', html.indexOf('id="table-missing"'))), /<tr><th scope="row">/)).toBe(18);
    expect(html).toContain('<h2 id="h-requiredMissing">Required categories without partners</h2>');
    expect(html).toContain('<td>a3, a4</td>');
    expect(html).toContain('Do we have every channel-partner relationship type our business needs, based on our current offering portfolio?');
    for (const key of ['summary', 'functions', 'categories', 'units', 'mismatches', 'undecided', 'findings']) {
      // Each in a region of its own that scrolls when the window is narrower than the table.
      expect(html).toContain(`<div class="scroll" role="group" aria-labelledby="h-${key}" tabindex="0"><table id="table-${key}">`);
    }
  });

  it('draws a bar per function and per category, with labels, values and a table to describe it', () => {
    const functions = chart(html, 'functions');
    expect(count(functions, /<rect class="bar" data-function="/)).toBe(4);
    expect(functions).toContain('role="img" aria-label="Partners per function" aria-describedby="table-functions"');
    expect(functions).toContain('<title>Partners per function</title>');
    expect(functions).toMatch(/<text class="label"[^>]*>Solution partners<\/text>/);
    expect(functions).toMatch(/<text class="value"[^>]*>4 \(57\.1%\)<\/text>/);
    const categories = chart(html, 'categories');
    expect(count(categories, /<rect class="bar" data-category="/)).toBe(22);
    expect(categories).toContain('data-category="oem"');
  });

  it('draws a heat map of category × unit, one titled cell per pair, and a table of the same counts', () => {
    const heat = chart(html, 'heat-map');
    // 4 categories with partners × (4 units + "no owner" for the academia record).
    expect(count(heat, /<rect class="cell"/)).toBe(20);
    expect(heat).toContain(
      '<rect class="cell" data-category="oem" data-unit="product" data-count="2"',
    );
    expect(heat).toContain('<title>OEM, Product: 2 partners</title>');
    expect(heat).toContain('<title>Academia, No owner: 1 partner</title>');
    // Hidden in a clipping box: a table is never narrower than its content, so hiding the
    // table itself widened the page.
    expect(html).toContain(
      '<div class="visually-hidden"><table id="table-heatMap"><caption>Partners per category and managing unit</caption>',
    );
  });

  it('renders an empty inventory', () => {
    const empty = inventoryHtml(reportOf([]));
    expect(count(chart(empty, 'functions'), /class="bar"/)).toBe(4);
    expect(count(chart(empty, 'categories'), /class="bar" [^>]*width="0"/)).toBe(22);
    expect(chart(empty, 'heat-map')).toBe('');
    expect(empty).toContain('<h2 id="h-heatMap">Where each category is managed</h2><p>None.</p>');
    expect(empty).toContain('<tr><th scope="row">Partners</th><td class="num">0</td></tr>');
  });

  it('renders a portfolio of one category', () => {
    const one = inventoryHtml(reportOf([{ id: '1', name: 'A', category: 'oem', managedBy: 'product', management: 'one-to-one' }]));
    expect(count(chart(one, 'categories'), /class="bar" [^>]*width="0"/)).toBe(21);
    expect(count(chart(one, 'heat-map'), /<rect class="cell"/)).toBe(1);
    expect(one).toContain('<td class="num">100%</td>');
  });

  it('speaks Swedish and sets lang from the locale', () => {
    const swedish = inventoryHtml(reportOf(rows), { locale: sv });
    expect(swedish).toContain('<html lang="sv">');
    expect(swedish).toContain('<title>Partnerinventering</title>');
    expect(swedish).toContain('aria-label="Partner per funktion"');
    expect(swedish).toMatch(/<td class="num">57,1\s%<\/td>/);
    expect(swedish).toContain('<title>OEM, Produktavdelningen: 2 partner</title>');
  });

  it('takes a title, escaped', () => {
    const titled = inventoryHtml(reportOf(rows), { title: 'Q3 <b>draft</b>' });
    expect(titled).toContain('<title>Q3 &lt;b&gt;draft&lt;/b&gt;</title>');
    expect(titled).toContain('<h1>Q3 &lt;b&gt;draft&lt;/b&gt;</h1>');
  });

  it('escapes every value from the records, in text and in attributes', () => {
    const hostile = inventoryHtml(reportOf(hostileRows));
    expect(hostile).not.toMatch(/<script|<img|" onmouseover="/i);
    for (const text of [scriptUnit, attributeUnit, imageUnit, scriptId]) expect(hostile).toContain(escapeHtml(text));
    expect(hostile).toContain(`data-unit="${escapeHtml(attributeUnit)}"`);
    expect(hostile).toContain(`<td>${escapeHtml(scriptId)}</td>`);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('inventoryHtml under html-validate', () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const longUnit = `Unit ${'x'.repeat(10_000)}`;

  it.each([
    { name: 'the fixture, with required categories', html: () => inventoryHtml(reportOf(rows, { required: ['oem', 'epc'] })) },
    { name: 'ordinary data (300 records, 12 units)', html: () => inventoryHtml(reportOf(ordinaryRows())) },
    { name: 'a 10,000-character unit name', html: () => inventoryHtml(reportOf(ordinaryRows(300, longUnit))) },
    { name: 'hostile names', html: () => inventoryHtml(reportOf(hostileRows)) },
    { name: 'no records', html: () => inventoryHtml(reportOf([])) },
    { name: 'Swedish', html: () => inventoryHtml(reportOf(ordinaryRows()), { locale: sv }) },
  ])('passes the recommended rules: $name', async ({ html }) => {
    const report = await validator.validateString(html());
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('finds what it should: the lowercase doctype the page once had', async () => {
    const html = inventoryHtml(reportOf(rows)).replace('<!DOCTYPE html>', '<!doctype html>');
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['doctype-style']);
  });
});

describe('inventoryHtml with long values', () => {
  const longUnit = `Unit ${'x'.repeat(10_000)}`;
  const html = inventoryHtml(reportOf(ordinaryRows(300, longUnit)));
  const short = `Unit ${'x'.repeat(34)}…`;

  it('shortens a long value on the page and keeps the whole in a title and for screen readers', () => {
    expect([...short]).toHaveLength(40);
    const shown = `<span title="${longUnit}" aria-hidden="true">${short}</span><span class="visually-hidden">${longUnit}</span>`;
    // The units table.
    expect(html).toContain(`<tr><th scope="row">${shown}</th>`);
    // A cell of several values shows them all, the long one shortened, and keeps the
    // whole cell in its title.
    expect(html).toMatch(
      new RegExp(
        `<td><span title="[^"]*${longUnit} \\(\\d+\\)[^"]*" aria-hidden="true">[^<]*${short} \\(\\d+\\)[^<]*</span>` +
          `<span class="visually-hidden">[^<]*${longUnit} \\(\\d+\\)[^<]*</span></td>`,
      ),
    );
    // The text shown, without screen-reader text, the hidden table, the SVG's titles and
    // any attribute, has the short form only.
    const visible = html
      .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
      .replace(/<div class="visually-hidden">.*?<\/div>/gs, '')
      .replace(/<title>[^<]*<\/title>/g, '')
      .replace(/<([a-z]+)[^>]*>/g, '<$1>');
    expect(visible).toContain(short);
    expect(visible).not.toContain('x'.repeat(40));
  });

  it('leaves short values as they are', () => {
    expect(html).toContain('<tr><th scope="row">Nordics Field Sales</th>');
    expect(html).not.toContain('Nordics Field Sales</span>');
  });
});
