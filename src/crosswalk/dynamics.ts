import { deepFreeze } from '../taxonomy/deep-freeze.js';
import { anyPartner, anyReseller, boughtFrom, notMarked, prospect } from './common-mappings.js';
import type { Vocabulary } from './types.js';

/**
 * The default values of the Dynamics 365 account `Relationship Type` choice, in its order.
 * @example dynamicsRelationshipTypeValues[0] // 'Competitor'
 * @category Crosswalk
 */
export const dynamicsRelationshipTypeValues = [
  'Competitor',
  'Consultant',
  'Customer',
  'Investor',
  'Partner',
  'Influencer',
  'Press',
  'Prospect',
  'Reseller',
  'Supplier',
  'Vendor',
  'Other',
] as const;

/**
 * The default values of Dynamics 365's account `Relationship Type`, mapped to the
 * taxonomy. This project's mapping, not Microsoft's: "Consultant" names a category;
 * "Partner", "Influencer" and "Reseller" are partners whose category the value does not
 * say (an influencer at least names its function); the rest are not partners.
 * @example dynamicsRelationshipType.mappings.find((m) => m.value === 'Influencer')?.target // { kind: 'function', id: 'influencer' }
 * @category Crosswalk
 */
export const dynamicsRelationshipType: Vocabulary<(typeof dynamicsRelationshipTypeValues)[number]> = /* @__PURE__ */ deepFreeze({
  id: 'dynamics',
  label: 'Dynamics 365 account Relationship Type',
  values: dynamicsRelationshipTypeValues,
  mappings: [
    { value: 'Competitor', relation: 'none', target: null, rationale: 'A competitor, not a partner.', source: 'project' },
    {
      value: 'Consultant',
      relation: 'exact',
      target: { kind: 'category', id: 'consulting-deployment' },
      rationale: 'A consulting firm: the taxonomy’s consulting, design, procurement and deployment partner.',
      source: 'project',
    },
    { value: 'Customer', relation: 'none', target: null, rationale: 'A customer, not a partner.', source: 'project' },
    { value: 'Investor', relation: 'none', target: null, rationale: 'An investor in the business, not a channel partner.', source: 'project' },
    anyPartner,
    {
      value: 'Influencer',
      relation: 'exact',
      target: { kind: 'function', id: 'influencer' },
      rationale: 'An influencer partner; the value names the function, not which of its six categories.',
      source: 'project',
    },
    {
      value: 'Press',
      relation: 'none',
      target: null,
      rationale: 'Media, not a partner: the taxonomy’s influencers are agencies, standards bodies, communities, academia and analysts.',
      source: 'project',
    },
    prospect,
    anyReseller,
    boughtFrom('Supplier'),
    boughtFrom('Vendor'),
    notMarked,
  ],
});
