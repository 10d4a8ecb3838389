import { describe, expectTypeOf, it } from 'vitest';
import type { dynamicsRelationshipTypeValues } from '../crosswalk/dynamics.js';
import type { hubspotCompanyTypeValues } from '../crosswalk/hubspot.js';
import type { partnerMotionValues } from '../crosswalk/motions.js';
import type { programRoleValues } from '../crosswalk/program-roles.js';
import type { salesforceAccountTypeValues } from '../crosswalk/salesforce.js';
import type { svVocabularyNames, svVocabularyRationales } from './sv-vocabulary-rationales.js';

// The shipped vocabularies sit above the locales, so the Swedish tables write their values
// out; these tests prove each has exactly each vocabulary's values, none missing or
// misspelt, and the same vocabularies. (That its vocabulary ids are the shipped ones is a
// runtime test: ids are plain strings.)
interface ShippedValues {
  readonly salesforce: (typeof salesforceAccountTypeValues)[number];
  readonly hubspot: (typeof hubspotCompanyTypeValues)[number];
  readonly dynamics: (typeof dynamicsRelationshipTypeValues)[number];
  readonly motions: (typeof partnerMotionValues)[number];
  readonly roles: (typeof programRoleValues)[number];
}
type Rationales = typeof svVocabularyRationales;
type Names = typeof svVocabularyNames;

describe('the Swedish rationales of the shipped vocabularies', () => {
  it('have exactly the values of each vocabulary', () => {
    expectTypeOf<{ readonly [V in keyof Rationales]: keyof Rationales[V] }>().toEqualTypeOf<ShippedValues>();
  });
});

describe('the Swedish names of the shipped vocabularies', () => {
  it('have exactly the values of each vocabulary, and the same vocabularies as the rationales', () => {
    expectTypeOf<{ readonly [V in keyof Names]: keyof Names[V]['values'] }>().toEqualTypeOf<ShippedValues>();
    expectTypeOf<keyof Names>().toEqualTypeOf<keyof Rationales>();
  });
});
