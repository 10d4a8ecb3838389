import { describe, expectTypeOf, it } from 'vitest';
import type {
  ManagementOption,
  PartnerCategory,
  PartnerFunction,
  PartnerType,
  SubtypeField,
  SubtypeValue,
} from './types.js';
import type { getCategory } from './lookup.js';

describe('derived id types', () => {
  it('are literal unions read off the data', () => {
    expectTypeOf<PartnerFunction>().toEqualTypeOf<'solution' | 'sales' | 'service' | 'influencer'>();
    expectTypeOf<ManagementOption>().toEqualTypeOf<
      'formal-program' | 'formal-support' | 'one-to-one' | 'sla' | 'marketing-pr'
    >();
    expectTypeOf<'value-added-distributor'>().toExtend<PartnerCategory>();
    expectTypeOf<'resellr'>().not.toExtend<PartnerCategory>();
    expectTypeOf<SubtypeField>().toEqualTypeOf<'kind' | 'stage' | 'mode' | 'businessModel'>();
    expectTypeOf<SubtypeValue<'stage'>>().toEqualTypeOf<'pre-offer' | 'post-offer'>();
  });
});

describe('PartnerType', () => {
  it('allows a subtype on its own category', () => {
    expectTypeOf({ category: 'msp-cmsp', stage: 'pre-offer' } as const).toExtend<PartnerType>();
    expectTypeOf({ category: 'isv-ihv', kind: 'ihv' } as const).toExtend<PartnerType>();
    expectTypeOf({ category: 'sales-agent', mode: 'closer' } as const).toExtend<PartnerType>();
    expectTypeOf({ category: 'authorized-service', businessModel: 'value-add' } as const).toExtend<PartnerType>();
    expectTypeOf({ category: 'oem' } as const).toExtend<PartnerType>();
  });

  it('rejects a subtype on the wrong category, and a wrong subtype value', () => {
    // @ts-expect-error stage applies only to msp-cmsp
    const wrongCategory: PartnerType = { category: 'oem', stage: 'pre-offer' };
    // @ts-expect-error 'later' is not a stage
    const wrongValue: PartnerType = { category: 'msp-cmsp', stage: 'later' };
    // @ts-expect-error kind belongs to isv-ihv
    const swapped: PartnerType = { category: 'sales-agent', kind: 'isv' };
    void [wrongCategory, wrongValue, swapped];
  });

  it('narrows on category', () => {
    const narrow = (t: PartnerType) => {
      if (t.category === 'msp-cmsp') {
        expectTypeOf(t.stage).toEqualTypeOf<'pre-offer' | 'post-offer' | undefined>();
      } else if (t.category === 'isv-ihv') {
        expectTypeOf(t.kind).toEqualTypeOf<'isv' | 'ihv' | undefined>();
      }
    };
    void narrow;
  });

  it('gives getCategory the exact node of its id', () => {
    type Vad = ReturnType<typeof getCategory<'value-added-distributor'>>;
    expectTypeOf<Vad['function']>().toEqualTypeOf<'sales'>();
    expectTypeOf<Vad['attributes']['holdsInventory']>().toEqualTypeOf<{ readonly value: true; readonly source: 'article' }>();
    // The article does not say a distributor takes title: no fact at all, not `true`.
    expectTypeOf<Vad['attributes']['takesTitle']>().toEqualTypeOf<null>();
    expectTypeOf<Vad['attributes']['resells']>().toEqualTypeOf<{ readonly value: true; readonly source: 'project' }>();
  });
});
