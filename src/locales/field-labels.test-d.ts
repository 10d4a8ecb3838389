import { describe, expectTypeOf, it } from 'vitest';
import type { PowerBalance, RuleContext } from '../rules/types.js';
import type { MappingRelation } from '../crosswalk/types.js';
import type { PartnerRecordField } from '../schema/record-fields.js';
import type { LabelledField, Locale } from './types.js';

// The locales sit below the schema and the rules, so these key unions are written out
// there; these tests prove they equal the ones the upper layers derive.
describe('the keys the locales write out by hand', () => {
  it('label exactly the fields of a partner record', () => {
    expectTypeOf<LabelledField>().toEqualTypeOf<PartnerRecordField>();
  });

  it('name exactly the context factors and power balances of the rules', () => {
    expectTypeOf<keyof Locale['names']['context']>().toEqualTypeOf<keyof RuleContext>();
    expectTypeOf<keyof Locale['names']['power']>().toEqualTypeOf<PowerBalance>();
  });

  it('name exactly the mapping relations of the crosswalks', () => {
    expectTypeOf<keyof Locale['reference']['crosswalks']['relations']>().toEqualTypeOf<MappingRelation>();
  });
});
