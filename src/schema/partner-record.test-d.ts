import { describe, expectTypeOf, it } from 'vitest';
import type { RecordIssue } from './issues.js';
import type { PartnerRecord, PartnerRecordFields } from './partner-record.js';
import type { PartnerRecordField, recordFieldTable } from './record-fields.js';
import type { SubtypeField } from '../taxonomy/types.js';
import type { ParseResult } from './parse-partner-records.js';
import type { partnerRecordSchema } from './partner-record.js';
import type * as z from 'zod/mini';

describe('PartnerRecord', () => {
  it('narrows on category to the subtype and function of that category', () => {
    const narrow = (r: PartnerRecord) => {
      if (r.category === 'msp-cmsp') {
        expectTypeOf(r.stage).toEqualTypeOf<'pre-offer' | 'post-offer' | undefined>();
        expectTypeOf(r.function).toEqualTypeOf<'solution'>();
      }
      if (r.category === 'sales-agent') {
        expectTypeOf(r.mode).toEqualTypeOf<'introducer' | 'closer' | undefined>();
        expectTypeOf(r.function).toEqualTypeOf<'sales'>();
        // @ts-expect-error stage does not exist on a sales agent
        void r.stage;
      }
      expectTypeOf(r.custom).toEqualTypeOf<Readonly<Record<string, unknown>>>();
    };
    void narrow;
  });

  it('rejects a subtype or function that does not fit the category', () => {
    // @ts-expect-error stage applies only to msp-cmsp
    const a: PartnerRecord = { id: '1', name: 'A', category: 'oem', function: 'solution', stage: 'pre-offer', custom: {} };
    // @ts-expect-error oem is a solution partner
    const b: PartnerRecord = { id: '1', name: 'A', category: 'oem', function: 'sales', custom: {} };
    // @ts-expect-error a misspelt field is a compile error
    const c: PartnerRecord = { id: '1', name: 'A', category: 'oem', function: 'solution', regoin: 'EU', custom: {} };
    void [a, b, c];
  });

  it('is what the schema parses to', () => {
    expectTypeOf<z.output<typeof partnerRecordSchema>>().toEqualTypeOf<PartnerRecord>();
    expectTypeOf<ParseResult['records'][number]>().toEqualTypeOf<PartnerRecord>();
  });
});

describe('RecordIssue', () => {
  it('is a union keyed on code, with each code’s own parameters', () => {
    const read = (issue: RecordIssue) => {
      if (issue.code === 'unknown_category') expectTypeOf(issue.suggestion).toEqualTypeOf<string | undefined>();
      if (issue.code === 'subtype_not_allowed') expectTypeOf(issue.owner).toEqualTypeOf<PartnerRecord['category']>();
      expectTypeOf(issue.index).toEqualTypeOf<number>();
      expectTypeOf(issue.path).toEqualTypeOf<readonly string[]>();
    };
    void read;
  });
});

describe('PartnerRecordFields', () => {
  it('has the plain fields of the field table: required ones required, the rest optional', () => {
    type Table = (typeof recordFieldTable)[number];
    type Plain = Extract<Table, { value: 'text' | 'unit' | 'option' }>;
    type Required = Extract<Plain, { required: true }>['name'];
    expectTypeOf<Exclude<keyof PartnerRecordFields, 'custom'>>().toEqualTypeOf<Plain['name']>();
    expectTypeOf<Pick<PartnerRecordFields, Required>>().toEqualTypeOf<{ readonly id: string; readonly name: string }>();
    expectTypeOf<{} extends Pick<PartnerRecordFields, Exclude<Plain['name'], Required>> ? true : false>().toEqualTypeOf<true>();
  });

  it('names every field of the table, and only those, as a PartnerRecordField', () => {
    expectTypeOf<PartnerRecordField>().toEqualTypeOf<(typeof recordFieldTable)[number]['name']>();
    expectTypeOf<PartnerRecordField>().toEqualTypeOf<Exclude<keyof PartnerRecordFields, 'custom'> | 'category' | 'function' | SubtypeField>();
  });
});
