import { describe, expect, it } from 'vitest';
import { hostileRows, rows, scriptId, scriptUnit } from '../../test/support/inventory-fixture.js';
import { inventory } from '../inventory/inventory.js';
import { sv } from '../locales/sv.js';
import { hubspotCompanyType } from '../crosswalk/hubspot.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { escapeMarkdownCell } from './escape.js';
import { inventoryMarkdown } from './inventory-markdown.js';

const reportOf = (input: readonly object[], options: Parameters<typeof inventory>[1] = {}) =>
  inventory(parsePartnerRecords(input).records, options);

/** The section under `## heading`, up to the next heading. */
const section = (markdown: string, heading: string): string => {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
};

/** The data rows of a section's table (not the header or the alignment row). */
const tableRows = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('| ')).slice(2);

/** Cells split on unescaped pipes, as a GFM table parser splits them. */
const cells = (line: string): string[] => line.slice(2, -2).split(/(?<!\\) \| /);

describe('inventoryMarkdown', () => {
  const markdown = inventoryMarkdown(reportOf(rows, { required: ['oem', 'epc'] }));

  it('summarises the report with hand-checked counts', () => {
    expect(markdown.startsWith('# Partner inventory\n\n## Summary\n')).toBe(true);
    expect(tableRows(section(markdown, 'Summary'))).toEqual([
      '| Partners | 7 |',
      '| With known management | 6 |',
      '| Managed differently from the recommendation | 3 |',
      '| Not decided by the rules | 1 |',
      '| Without an owner | 1 |',
      '| Partners without a category (not counted above) | 0 |',
    ]);
    expect(section(markdown, 'Summary')).toContain('| --- | ---: |');
  });

  it('counts the partners without a category, and every row left out, when given a parse result', () => {
    const parsed = parsePartnerRecords(
      [
        { id: 'u1', name: 'A', category: 'Reseller', managedBy: 'Channel Sales' },
        { id: 'u2', name: 'B', category: 'Återförsäljare', managedBy: 'Channel Sales' },
        { id: 'u3', name: 'C', category: '' },
        { id: 'r1', name: 'D', category: 'OEM' },
        { id: 'bad', category: 'OEM' },
        { id: 's1', name: 'E', category: 'Prospect' },
      ],
      { vocabulary: hubspotCompanyType },
    );
    const report = inventory(parsed);
    expect(report.unclassified).toEqual({
      count: 3,
      groups: [
        { function: 'sales', count: 2, managedBy: [{ unit: 'channel-sales', count: 2 }], ids: ['u1', 'u2'] },
        { function: undefined, count: 1, managedBy: [], ids: ['u3'] },
      ],
    });
    const text = inventoryMarkdown(report);
    expect(tableRows(section(text, 'Summary')).slice(-4)).toEqual([
      '| Partners without a category (not counted above) | 3 |',
      '| Rows read | 6 |',
      '| Rows skipped: not partners | 1 |',
      '| Rows left out: invalid | 1 |',
    ]);
    expect(tableRows(section(text, 'Partners without a category'))).toEqual([
      '| Sales partners | 2 | Channel sales (2) | u1, u2 |',
      '| Not known | 1 |  | u3 |',
    ]);
    expect(report.findings[0]?.text).toContain('3 partners have no category, so a category counted as missing may still have partners');
    expect(inventoryMarkdown(report, { locale: sv })).toContain('| Utelämnade rader: ogiltiga | 1 |');
  });

  it('gives coverage by function and by category', () => {
    expect(tableRows(section(markdown, 'Coverage by function'))).toEqual([
      '| Solution partners | 4 | 57.1% | 2 of 6 |',
      '| Sales partners | 2 | 28.6% | 1 of 4 |',
      '| Service partners | 0 | 0% | 0 of 6 |',
      '| Influencer partners | 1 | 14.3% | 1 of 6 |',
    ]);
    const categories = tableRows(section(markdown, 'Coverage by category'));
    expect(categories).toHaveLength(22);
    expect(categories).toContain('| OEM | oem | 2 | 28.6% | Product (2) | One-to-one management |');
    expect(categories).toContain('| MSP / CMSP | msp-cmsp | 2 | 28.6% | Alliances (1), Partner Success (1) | Depends on the partner |');
    expect(categories).toContain('| Academia | academia | 1 | 14.3% |  | Marketing and PR |');
  });

  it('lists missing categories, required ones, units and split ownership', () => {
    const missing = tableRows(section(markdown, 'Categories without partners'));
    expect(missing).toHaveLength(18);
    expect(missing).toContain('| Engineering, procurement and construction (EPC) | epc | Service partners |');
    expect(tableRows(section(markdown, 'Required categories without partners'))).toEqual([
      '| Engineering, procurement and construction (EPC) | epc |',
    ]);
    expect(tableRows(section(markdown, 'Units and the categories they manage'))).toEqual([
      '| Product | 3 | OEM, Value-added distributor |',
      '| Alliances | 1 | MSP / CMSP |',
      '| Partner Success | 1 | MSP / CMSP |',
      '| Channel sales | 1 | Value-added distributor |',
    ]);
    expect(tableRows(section(markdown, 'Categories managed in more than one place'))).toEqual([
      '| MSP / CMSP | Alliances, Partner Success |',
      '| Value-added distributor | Channel sales, Product |',
    ]);
  });

  it('lists mismatches with rule and source, and undecided records with what they need', () => {
    expect(tableRows(section(markdown, 'Managed differently from the recommendation'))).toEqual([
      '| OEM | Formal partner program → One-to-one management | 2 | oem is typically managed by one-to-one management (source article) | article:oem | Source article | a3, a4 |',
      '| Value-added distributor | One-to-one management → Formal partner program | 1 | value-added-distributor is typically managed by formal partner program (source article) | article:value-added-distributor | Source article | a2 |',
    ]);
    expect(tableRows(section(markdown, 'Not decided by the rules'))).toEqual([
      "| MSP / CMSP | Commercialisation stage | 1 | 'stage' is needed to choose between 'formal-program' and 'one-to-one' | a5 |",
    ]);
  });

  it('answers the five questions, each with its question text', () => {
    const findings = tableRows(section(markdown, 'The five diagnostic questions'));
    expect(findings.map((row) => cells(row).slice(0, 3))).toEqual([
      // The article's questions in full (the report is made with the required categories).
      ['1', 'Do we have every channel-partner relationship type our business needs, based on our current offering portfolio?', 'The data'],
      ['2', 'Are all our channel-partner strategies aligned with the relevant business strategy?', 'Not the data'],
      ['3', 'Are we confident these partner relationships are managed well?', 'The data'],
      ['4', 'Do we have a clear and consistent way to communicate channel-partner value to the whole organisation?', 'Partly the data'],
      ['5', 'Do we have a robust set of partner-management tools to complement and grow staff skills and ensure partner satisfaction?', 'Not the data'],
    ]);
    expect(findings[2]).toContain('3 of 6 relationships with a known management are managed differently');
  });

  it('renders an empty inventory: zero counts, every category missing, nothing to list', () => {
    const empty = inventoryMarkdown(reportOf([]));
    expect(tableRows(section(empty, 'Summary')).map((row) => cells(row)[1])).toEqual(['0', '0', '0', '0', '0', '0']);
    expect(tableRows(section(empty, 'Coverage by function'))).toContain('| Solution partners | 0 | 0% | 0 of 6 |');
    expect(tableRows(section(empty, 'Categories without partners'))).toHaveLength(22);
    for (const heading of ['Units and the categories they manage', 'Managed differently from the recommendation', 'Not decided by the rules']) {
      expect(section(empty, heading)).toContain('\nNone.\n');
    }
    expect(empty).not.toContain('Required categories without partners');
    expect(tableRows(section(empty, 'The five diagnostic questions'))).toHaveLength(5);
  });

  it('renders a portfolio of one category', () => {
    const one = inventoryMarkdown(
      reportOf([
        { id: '1', name: 'A', category: 'oem', managedBy: 'product', management: 'one-to-one' },
        { id: '2', name: 'B', category: 'oem', managedBy: 'product', management: 'one-to-one' },
      ]),
    );
    expect(tableRows(section(one, 'Coverage by function'))[0]).toBe('| Solution partners | 2 | 100% | 1 of 6 |');
    expect(tableRows(section(one, 'Coverage by category'))).toContain('| OEM | oem | 2 | 100% | Product (2) | One-to-one management |');
    expect(tableRows(section(one, 'Categories without partners'))).toHaveLength(21);
    expect(section(one, 'Managed differently from the recommendation')).toContain('\nNone.\n');
    expect(section(one, 'Categories managed in more than one place')).toContain('\nNone.\n');
  });

  it('speaks Swedish, with Swedish number formats', () => {
    const swedish = inventoryMarkdown(reportOf(rows), { locale: sv });
    expect(swedish.startsWith('# Partnerinventering\n\n## Sammanfattning\n')).toBe(true);
    expect(tableRows(section(swedish, 'Sammanfattning'))[0]).toBe('| Partner | 7 |');
    expect(tableRows(section(swedish, 'Täckning per funktion'))[0]).toMatch(/^\| Lösningspartner \| 4 \| 57,1\s% \| 2 av 6 \|$/);
    expect(tableRows(section(swedish, 'Täckning per kategori'))).toContainEqual(
      expect.stringMatching(/^\| OEM \| oem \| 2 \| 28,6\s% \| Produktavdelningen \(2\) \| Individuell hantering \(en-till-en\) \|$/),
    );
    expect(cells(tableRows(section(swedish, 'De fem diagnostiska frågorna'))[0] ?? '')[1]).toBe(
      'Har vi alla typer av kanalpartnerrelationer som verksamheten behöver, utifrån vår nuvarande erbjudandeportfölj?',
    );
  });

  it('escapes units and ids so they cannot break a table or inject HTML', () => {
    const hostile = inventoryMarkdown(reportOf(hostileRows));
    expect(hostile).not.toMatch(/<script|<img/i);
    expect(hostile).toContain('&lt;script&gt;window.\\_\\_pwned = 1&lt;/script&gt;');
    expect(hostile).toContain('&lt;img src=x onerror="window.\\_\\_pwned = 3"&gt;');
    expect(hostile).toContain('a\\|b\\\\c');
    expect(hostile).toContain('x\\|y');
    // Every row of every table has as many cells as its header.
    for (const table of hostile.split('\n\n').filter((block) => block.startsWith('| '))) {
      const [header, ...body] = table.split('\n').filter((line) => line !== '');
      for (const row of body) expect(cells(row)).toHaveLength(cells(header ?? '').length);
    }
    expect(scriptId).toContain('<script>');
    expect(scriptUnit).toContain('<script>');
  });
});

describe('escapeMarkdownCell', () => {
  it('escapes pipes, backslashes, newlines, inline Markdown and HTML', () => {
    expect(escapeMarkdownCell('a|b\\c\r\nd')).toBe('a\\|b\\\\c d');
    expect(escapeMarkdownCell('[x](javascript:alert(1)) *b* _i_ `c` ~s~')).toBe(
      '\\[x\\](javascript:alert(1)) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~',
    );
    expect(escapeMarkdownCell('<b> & &lt;')).toBe('&lt;b&gt; &amp; &amp;lt;');
  });
});
