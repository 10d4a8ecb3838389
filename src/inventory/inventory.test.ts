import { describe, expect, it } from 'vitest';
import { sv } from '../locales/sv.js';
import { createRuleEngine } from '../rules/engine.js';
import { defaultRules } from '../rules/default-rules.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { segmentContext } from '../segment/segment-context.js';
import { rows } from '../../test/support/inventory-fixture.js';
import { inventoryMarkdown } from '../render/inventory-markdown.js';
import { createInventory } from './create-inventory.js';
import { inventory } from './inventory.js';

const { records } = parsePartnerRecords(rows);

describe('inventory', () => {
  const report = inventory(records);

  it('counts partners per function and category, with hand-checked figures', () => {
    expect(report.total).toBe(7);
    expect(report.functions.map((f) => [f.function, f.count, f.categoriesPresent, f.categoriesTotal])).toEqual([
      ['solution', 4, 2, 6],
      ['sales', 2, 1, 4],
      ['service', 0, 0, 6],
      ['influencer', 1, 1, 6],
    ]);
    expect(report.categories).toHaveLength(22);
    expect(report.categories.find((c) => c.category === 'oem')).toMatchObject({ count: 2, share: 2 / 7, typical: 'one-to-one' });
    expect(report.missing).toHaveLength(22 - 4);
    expect(report.missing).not.toContain('oem');
  });

  it('says which required categories are missing', () => {
    const withRequired = inventory(records, { required: ['oem', 'cloud-reseller', 'epc'] });
    expect(withRequired.required).toEqual({ categories: ['oem', 'cloud-reseller', 'epc'], missing: ['cloud-reseller', 'epc'] });
    expect(withRequired.findings[0]?.text).toMatch(/Required but missing: cloud-reseller, epc\./);
    expect(report.required).toBeUndefined();
  });

  it('shows where each category is managed, what is managed in several places, and who has no owner', () => {
    expect(report.categories.find((c) => c.category === 'value-added-distributor')?.managedBy).toEqual([
      { unit: 'channel-sales', count: 1 },
      { unit: 'product', count: 1 },
    ]);
    expect(report.multiManaged).toEqual([
      { category: 'msp-cmsp', units: ['alliances', 'Partner Success'] },
      { category: 'value-added-distributor', units: ['channel-sales', 'product'] },
    ]);
    expect(report.units[0]).toEqual({ unit: 'product', count: 3, categories: ['oem', 'value-added-distributor'] });
    expect(report.unowned).toEqual({ count: 1, ids: ['a6'] });
  });

  it('lists mismatches with the recommendation and its trace', () => {
    expect(report.assessed).toBe(6);
    expect(report.mismatchCount).toBe(3);
    expect(report.mismatches).toEqual([
      expect.objectContaining({
        category: 'oem',
        current: 'formal-program',
        recommended: 'one-to-one',
        rule: 'article:oem',
        source: 'article',
        count: 2,
        ids: ['a3', 'a4'],
        trace: [expect.objectContaining({ rule: 'article:oem', outcome: 'chosen' })],
      }),
      expect.objectContaining({ category: 'value-added-distributor', current: 'one-to-one', recommended: 'formal-program', ids: ['a2'] }),
    ]);
  });

  it('lists what the rules could not decide, and why', () => {
    expect(report.undecidedCount).toBe(1);
    expect(report.undecided).toEqual([
      expect.objectContaining({ category: 'msp-cmsp', needs: ['stage'], count: 1, ids: ['a5'] }),
    ]);
  });

  it('answers the five questions where the data can, and says so where it cannot', () => {
    // Without the categories the portfolio needs, question 1 is answered only in part.
    expect(report.findings.map((f) => [f.question, f.topic, f.answer])).toEqual([
      [1, 'coverage', 'partial'],
      [2, 'alignment', 'none'],
      [3, 'management', 'data'],
      [4, 'communication', 'partial'],
      [5, 'tools', 'none'],
    ]);
    expect(report.findings[2]?.text).toBe(
      '3 of 6 relationships with a known management are managed differently from what is typical for their type; 1 of 7 could not be decided.',
    );
    expect(inventory(records, { required: ['oem'] }).findings[0]?.answer).toBe('data');
  });

  it('gives reasons in the report’s language with the default rules', () => {
    const swedish = inventory(records, { locale: sv });
    expect(swedish.mismatches[0]?.reason).toBe(
      'enligt källartikeln hanteras kategorin OEM vanligtvis genom individuell hantering (en-till-en)',
    );
    expect(swedish.undecided[0]?.reason).toMatch(/^fas behövs för att välja mellan/);
  });

  it('keeps only counts when asked, so its size does not grow with the records', () => {
    const lean = inventory(records, { keepRecords: false });
    expect(lean.mismatches[0]).toMatchObject({ count: 2, ids: [] });
    expect(lean.unowned).toEqual({ count: 1, ids: [] });
    const tenfold = Array.from({ length: 10 }, (_, n) => records.map((r) => ({ ...r, id: `${r.id}-${n}` }))).flat();
    const big = inventory(tenfold, { keepRecords: false });
    expect(big.mismatches.map((m) => m.count)).toEqual(lean.mismatches.map((m) => m.count * 10));
    // Same groups, larger counts: only a few more digits, not ten times the size.
    expect(JSON.stringify(big).length - JSON.stringify(lean).length).toBeLessThan(60);
  });

  it('takes a user engine and a per-segment context', () => {
    const articleOnly = createRuleEngine({ rules: defaultRules({ heuristics: false }) });
    expect(inventory(records, { engine: articleOnly }).mismatchCount).toBe(3);
    const diverse = inventory(records, { context: segmentContext(records, { by: 'function' }) });
    expect(diverse.mismatches.map((m) => [m.category, m.recommended])).toContainEqual(['value-added-distributor', 'formal-program']);
  });

  it('handles empty input, malformed records and a single category', () => {
    const empty = inventory([]);
    expect(empty).toMatchObject({ total: 0, assessed: 0, mismatchCount: 0, undecidedCount: 0 });
    expect(empty.missing).toHaveLength(22);
    expect(empty.findings[2]?.answer).toBe('none');
    const malformed = inventory([null, 5, { category: 'nope' }, {}] as never);
    expect(malformed).toMatchObject({ total: 4, undecidedCount: 2 });
    expect(malformed.undecided[0]).toMatchObject({ category: undefined, needs: ['category'], count: 2 });
    expect(inventory(null as never).total).toBe(0);
    const single = inventory(parsePartnerRecords([{ id: '1', name: 'x', category: 'epc' }]).records);
    expect(single.functions.find((f) => f.function === 'service')).toMatchObject({ count: 1, share: 1 });
  });

  it('speaks Swedish', () => {
    expect(inventory(records, { locale: sv }).findings[4]?.text).toMatch(/^Partnerposterna säger inget/);
  });
});

describe('inventory of a parse result', () => {
  it('takes the records, the partners without a category and the row counts at once', () => {
    const parsed = parsePartnerRecords([
      { id: '1', name: 'A', category: 'OEM', managedBy: 'Product' },
      { id: '2', name: 'B', category: 'Reseller' },
      { id: '3', category: 'OEM' },
    ]);
    const whole = inventory(parsed);
    expect(whole).toEqual(inventory(parsed.records, { unclassified: parsed.unclassified, rows: parsed.counts }));
    expect(whole).toMatchObject({ total: 1, unclassified: { count: 1 }, rows: { rows: 3, records: 1, unclassified: 1, invalid: 1 } });
    expect(inventory(parsed, { keepRecords: false }).unclassified.groups[0]?.ids).toEqual([]);
    expect(inventory(parsed.records).unclassified).toEqual({ count: 0, groups: [] });
  });
});

describe('createInventory', () => {
  it('takes records one at a time, to the same report as inventory', () => {
    const parsed = parsePartnerRecords(rows);
    const taking = createInventory();
    for (const record of parsed.records) taking.add(record);
    for (const partner of parsed.unclassified) taking.addUnclassified(partner);
    expect(taking.report(parsed.counts)).toEqual(inventory(parsed));
  });

  it('keeps at most maxIds ids a group, and every count exact', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `m-${i}`, name: 'A', category: 'oem', management: 'SLA' }));
    const report = inventory(parsePartnerRecords(many).records, { maxIds: 3 });
    expect(report.mismatches[0]).toMatchObject({ count: 50, ids: ['m-0', 'm-1', 'm-2'] });
    expect(report.unowned).toEqual({ count: 50, ids: ['m-0', 'm-1', 'm-2'] });
    expect(inventoryMarkdown(report)).toContain('| m-0, m-1, m-2 and 47 more |');
    expect(inventory(parsePartnerRecords(many).records, { keepRecords: false }).mismatches[0]?.ids).toEqual([]);
  });
});
