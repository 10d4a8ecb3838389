import { describe, expectTypeOf, it } from 'vitest';
import type { dynamicsRelationshipTypeValues } from '../crosswalk/dynamics.js';
import type { hubspotCompanyTypeValues } from '../crosswalk/hubspot.js';
import type { partnerMotionValues } from '../crosswalk/motions.js';
import type { programRoleValues } from '../crosswalk/program-roles.js';
import type { salesforceAccountTypeValues } from '../crosswalk/salesforce.js';
import type { svVocabularyNames, svVocabularyRationales } from './sv-vocabulary-rationales.js';

// The shipped vocabularies sit above the locales, so the Swedish table writes their values
// out; these tests prove it has exactly each vocabulary's values, none missing or misspelt.
// (That its vocabulary ids are the shipped ones is a runtime test: ids are plain strings.)
type Keys<V extends keyof typeof svVocabularyRationales> = keyof (typeof svVocabularyRationales)[V];

describe('the Swedish rationales of the shipped vocabularies', () => {
  it('have exactly the values of each vocabulary', () => {
    expectTypeOf<Keys<'salesforce'>>().toEqualTypeOf<(typeof salesforceAccountTypeValues)[number]>();
    expectTypeOf<Keys<'hubspot'>>().toEqualTypeOf<(typeof hubspotCompanyTypeValues)[number]>();
    expectTypeOf<Keys<'dynamics'>>().toEqualTypeOf<(typeof dynamicsRelationshipTypeValues)[number]>();
    expectTypeOf<Keys<'motions'>>().toEqualTypeOf<(typeof partnerMotionValues)[number]>();
    expectTypeOf<Keys<'roles'>>().toEqualTypeOf<(typeof programRoleValues)[number]>();
  });
});

type NameKeys<V extends keyof typeof svVocabularyNames> = keyof (typeof svVocabularyNames)[V]['values'];

describe('the Swedish names of the shipped vocabularies', () => {
  it('have exactly the values of each vocabulary, and the same vocabularies as the rationales', () => {
    expectTypeOf<NameKeys<'salesforce'>>().toEqualTypeOf<(typeof salesforceAccountTypeValues)[number]>();
    expectTypeOf<NameKeys<'hubspot'>>().toEqualTypeOf<(typeof hubspotCompanyTypeValues)[number]>();
    expectTypeOf<NameKeys<'dynamics'>>().toEqualTypeOf<(typeof dynamicsRelationshipTypeValues)[number]>();
    expectTypeOf<NameKeys<'motions'>>().toEqualTypeOf<(typeof partnerMotionValues)[number]>();
    expectTypeOf<NameKeys<'roles'>>().toEqualTypeOf<(typeof programRoleValues)[number]>();
    expectTypeOf<keyof typeof svVocabularyNames>().toEqualTypeOf<keyof typeof svVocabularyRationales>();
  });
});
