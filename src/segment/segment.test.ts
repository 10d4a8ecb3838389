import { describe, expect, it } from 'vitest';
import { recommendAll } from '../rules/recommend.js';
import { parsePartnerRecords } from '../schema/parse-partner-records.js';
import { homogeneity } from './homogeneity.js';
import { matchSegments, validateSegments } from './named-segments.js';
import { segment } from './segment.js';
import { segmentContext } from './segment-context.js';

const { records } = parsePartnerRecords([
  { id: '1', name: 'A', category: 'VAD', region: 'EMEA', tier: 'Gold', model: 'stock' },
  { id: '2', name: 'B', category: 'solution reseller', region: 'EMEA', tier: 'Gold', model: 'project' },
  { id: '3', name: 'C', category: 'MSP', stage: 'pre-offer', region: 'AMER', tier: 'Silver', model: 'hosted' },
  { id: '4', name: 'D', category: 'MSP', stage: 'post-offer', region: 'EMEA', model: 'hosted' },
  { id: '5', name: 'E', category: 'ISV', region: 'AMER', tier: 'Silver', model: 'hosted' },
  { id: '6', name: 'F', category: 'academia' },
]);

describe('segment', () => {
  it('groups by a taxonomy level, largest first, with counts and shares', () => {
    expect(segment(records, 'function').map((s) => [s.key, s.count, s.share])).toEqual([
      ['solution', 3, 0.5],
      ['sales', 2, 2 / 6],
      ['influencer', 1, 1 / 6],
    ]);
  });

  it('groups by several dimensions, with (none) for missing values', () => {
    const segments = segment(records, ['region', 'tier']);
    expect(segments.map((s) => [s.key, s.count])).toEqual([
      ['AMER / Silver', 2],
      ['EMEA / Gold', 2],
      ['(none) / (none)', 1],
      ['EMEA / (none)', 1],
    ]);
    expect(segments[0]?.values).toEqual(['AMER', 'Silver']);
    expect(segments[0]?.records.map((r) => r.id)).toEqual(['3', '5']);
  });

  it('groups by subtype, custom fields and functions, and can drop the records', () => {
    expect(segment(records, 'subtype').map((s) => [s.key, s.count])).toEqual([
      ['(none)', 3],
      ['isv', 1],
      ['post-offer', 1],
      ['pre-offer', 1],
    ]);
    expect(segment(records, 'custom.model', { keep: 'none' })[0]).toEqual({
      key: 'hosted',
      values: ['hosted'],
      count: 3,
      share: 0.5,
      records: [],
    });
    expect(segment(records, (r) => (String(r['name']) < 'C' ? 'early' : 'late')).map((s) => s.count)).toEqual([4, 2]);
  });

  it('handles empty input', () => {
    expect(segment([], 'category')).toEqual([]);
  });
});

describe('homogeneity', () => {
  it('is 1 when all agree, 0 when all differ, Simpson’s index between', () => {
    expect(homogeneity([{ category: 'oem' }, { category: 'oem' }], 'category')).toBe(1);
    expect(homogeneity([{ category: 'oem' }, { category: 'epc' }, { category: 'platform' }], 'category')).toBe(0);
    // counts 2 and 1: 2·1 / (3·2)
    expect(homogeneity([{ category: 'oem' }, { category: 'oem' }, { category: 'epc' }], 'category')).toBeCloseTo(1 / 3);
    expect(homogeneity(records, 'custom.model')).toBeCloseTo((3 * 2) / (5 * 4));
  });

  it('is undefined with fewer than two values', () => {
    expect(homogeneity([], 'category')).toBeUndefined();
    expect(homogeneity([{ category: 'oem' }, { category: 'oem', custom: {} }], 'custom.model')).toBeUndefined();
  });
});

describe('segmentContext', () => {
  it('feeds each segment’s homogeneity to the engine', () => {
    const context = segmentContext(records, { by: 'region', field: 'custom.model' });
    expect(context(records[0]!)).toEqual({ homogeneity: 0 }); // EMEA: stock, project, hosted
    expect(context(records[2]!)).toEqual({ homogeneity: 1 }); // AMER: hosted, hosted
    // EMEA's business models all differ, so the program categories get formal support.
    expect(recommendAll(records, context).map((r) => r.option)).toEqual([
      'formal-support',
      'formal-support',
      'one-to-one',
      'formal-support',
      'formal-program',
      'marketing-pr',
    ]);
  });
});

describe('named segments', () => {
  const definitions = [
    { id: 'emea-sales', when: { all: [{ field: 'function', equals: 'sales' }, { field: 'region', equals: 'EMEA' }] } },
    { id: 'hosted', description: 'Hosted business models', when: { field: 'custom.model', equals: 'hosted' } },
  ] as const;

  it('collect the records each definition matches', () => {
    expect(matchSegments(records, definitions).map((s) => [s.key, s.records.map((r) => r.id)])).toEqual([
      ['emea-sales', ['1', '2']],
      ['hosted', ['3', '4', '5']],
    ]);
  });

  it('are validated like rules, from the same kind of file', () => {
    expect(validateSegments({ rules: [], segments: definitions })).toMatchObject({ ok: true });
    const bad = validateSegments({ segments: [{ id: 'x', when: { field: 'category', equals: 'resellr' } }, { when: {} }, { id: 'x', when: { field: 'tier', equals: 'A' } }] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "segments[0].when.equals: 'resellr' is not a partner category",
      'segments[1].id: id is missing',
      "segments[1].when: a condition needs all, any, not, or a field with equals, in, exists, gt, gte, lt, lte, startsWith or contains; found no keys",
      "segments[2].id: rule id 'x' is already used by rules[0]",
    ]);
    expect(validateSegments({ segments: 5 })).toMatchObject({ ok: false, problems: [{ code: 'wrong_type', path: 'segments' }] });
  });
});
