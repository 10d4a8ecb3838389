import { resellingCategories } from '../taxonomy/broad-readings.js';

// Values that several CRMs' default picklists share and that mean the same in each: one
// mapping a value, so a "Reseller" reads alike whichever CRM it comes from.

/** @internal */
export const prospect = { value: 'Prospect', relation: 'none', target: null, rationale: 'A possible customer, not a partner.', source: 'project' } as const;

/** @internal */
export const anyPartner = {
  value: 'Partner',
  relation: 'unclassified',
  target: null,
  candidates: [],
  rationale: 'A partner of any kind; the value says nothing about its category.',
  source: 'project',
} as const;

/** @internal */
export const anyReseller = {
  value: 'Reseller',
  relation: 'broader',
  target: { kind: 'category', id: 'solution-reseller' },
  candidates: resellingCategories,
  rationale: 'Any reselling partner: most often a solution reseller, but it may be a distributor or cloud reseller.',
  source: 'project',
} as const;

/**
 * "Vendor" and "Supplier" in a CRM: a company the business buys from, not the vendor of
 * a partner program.
 * @internal
 */
export const boughtFrom = <V extends string>(value: V) =>
  ({ value, relation: 'none', target: null, rationale: 'A company the business buys from, not a channel partner.', source: 'project' }) as const;

/** @internal */
export const notMarked = { value: 'Other', relation: 'none', target: null, rationale: 'Not marked as a partner; the value says nothing more.', source: 'project' } as const;
