import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { partnerCategories } from '../taxonomy/ids.js';
import { partnerRecordJsonSchema } from './json-schema.js';
import { parsePartnerRecords } from './parse-partner-records.js';
import { sv } from '../locales/sv.js';

type Branch = { properties: Record<string, Record<string, unknown>> };

// An independent validator checks the exported schema, so the test proves what a
// non-TypeScript user's tooling would conclude, not what zod thinks of itself.
const validate = new Ajv2020({ strict: false }).compile(partnerRecordJsonSchema());

describe('partnerRecordJsonSchema', () => {
  it('has one branch per category', () => {
    expect(partnerRecordJsonSchema().oneOf).toHaveLength(partnerCategories.length);
  });

  it('accepts every record that parsePartnerRecords produces', () => {
    const { records } = parsePartnerRecords([
      { id: '1', name: 'A', category: 'MSP', stage: 'pre-offer', management: 'SLA', custom: 'x', Notes: 'kept' },
      { id: '2', name: 'B', category: 'ISV', region: 'EMEA' },
      { id: '3', name: 'C', category: 'academia', managedBy: 'Research office' },
    ]);
    expect(records).toHaveLength(3);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('takes its titles and descriptions from the locale, and keeps ids as ids', () => {
    const english = partnerRecordJsonSchema();
    expect(english).toMatchObject({ title: 'Partner record' });
    const swedish = partnerRecordJsonSchema({ locale: sv });
    expect(swedish.title).toBe('Partnerpost');
    expect(swedish['description']).toMatch(/^En kanalpartnerpost i kanonisk form \(taxonomi \d+\.\d+\.\d+\)/);
    const msp = swedish.oneOf.find((b) => (b as Branch).properties['category']?.['const'] === 'msp-cmsp') as Branch;
    expect(msp).toMatchObject({ title: 'MSP / CMSP', description: sv.categories['msp-cmsp'].description });
    expect(msp.properties).toMatchObject({
      stage: { title: 'Fas', enum: ['pre-offer', 'post-offer'] },
      managedBy: { title: 'Ansvarig enhet' },
      custom: { title: 'Egna fält' },
    });
    // The words differ; what the schema accepts does not.
    const strip = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(strip)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'title' && k !== 'description').map(([k, v]) => [k, strip(v)]))
          : value;
    expect(strip(swedish)).toEqual(strip(english));
  });

  it('rejects a subtype on the wrong category, an unknown category and a stray field', () => {
    expect(validate({ id: '1', name: 'A', category: 'oem', stage: 'pre-offer' })).toBe(false);
    expect(validate({ id: '1', name: 'A', category: 'resellr' })).toBe(false);
    expect(validate({ id: '1', name: 'A', category: 'oem', function: 'sales' })).toBe(false);
    expect(validate({ id: '1', name: 'A', category: 'oem', notes: 'belongs under custom' })).toBe(false);
    expect(validate({ id: '1', name: 'A', category: 'oem' })).toBe(true);
  });
});
