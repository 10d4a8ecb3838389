import { deepFreeze } from '../taxonomy/deep-freeze.js';
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
    {
      value: 'Partner',
      relation: 'unclassified',
      target: null,
      candidates: [],
      rationale: 'A partner of any kind; the value says nothing about its category.',
      source: 'project',
    },
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
    { value: 'Prospect', relation: 'none', target: null, rationale: 'A possible customer, not a partner.', source: 'project' },
    {
      value: 'Reseller',
      relation: 'broader',
      target: { kind: 'category', id: 'solution-reseller' },
      candidates: ['solution-reseller', 'value-added-distributor', 'cloud-reseller'],
      rationale: 'Any reselling partner: most often a solution reseller, but it may be a distributor or cloud reseller.',
      source: 'project',
    },
    { value: 'Supplier', relation: 'none', target: null, rationale: 'A company the business buys from, not a channel partner.', source: 'project' },
    { value: 'Vendor', relation: 'none', target: null, rationale: 'A company the business buys from, not a channel partner.', source: 'project' },
    { value: 'Other', relation: 'none', target: null, rationale: 'Not marked as a partner; the value says nothing more.', source: 'project' },
  ],
});
