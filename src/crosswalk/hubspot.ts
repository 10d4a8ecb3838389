import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { Vocabulary } from './types.js';

/**
 * The default values of the HubSpot company `Type` property, in its order.
 * @example hubspotCompanyTypeValues[1] // 'Partner'
 * @category Crosswalk
 */
export const hubspotCompanyTypeValues = ['Prospect', 'Partner', 'Reseller', 'Vendor', 'Other'] as const;

/**
 * The default values of HubSpot's company `Type` property, mapped to the taxonomy. This
 * project's mapping, not HubSpot's: "Partner" and "Reseller" are partners whose category
 * the value does not say, so rows with them parse as unclassified partners; the rest are
 * not partners.
 * @example hubspotCompanyType.mappings.find((m) => m.value === 'Partner')?.relation // 'unclassified'
 * @category Crosswalk
 */
export const hubspotCompanyType: Vocabulary<(typeof hubspotCompanyTypeValues)[number]> = /* @__PURE__ */ deepFreeze({
  id: 'hubspot',
  label: 'HubSpot company Type',
  values: hubspotCompanyTypeValues,
  mappings: [
    { value: 'Prospect', relation: 'none', target: null, rationale: 'A possible customer, not a partner.', source: 'project' },
    {
      value: 'Partner',
      relation: 'unclassified',
      target: null,
      candidates: [],
      rationale: 'A partner of any kind; the value says nothing about its category.',
      source: 'project',
    },
    {
      value: 'Reseller',
      relation: 'broader',
      target: { kind: 'category', id: 'solution-reseller' },
      candidates: ['solution-reseller', 'value-added-distributor', 'cloud-reseller'],
      rationale: 'Any reselling partner: most often a solution reseller, but it may be a distributor or cloud reseller.',
      source: 'project',
    },
    { value: 'Vendor', relation: 'none', target: null, rationale: 'A company the business buys from, not a channel partner.', source: 'project' },
    { value: 'Other', relation: 'none', target: null, rationale: 'Not marked as a partner; the value says nothing more.', source: 'project' },
  ],
});
