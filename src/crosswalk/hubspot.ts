import { deepFreeze } from '../taxonomy/deep-freeze.js';
import { anyPartner, anyReseller, boughtFrom, notMarked, prospect } from './common-mappings.js';
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
    prospect,
    anyPartner,
    anyReseller,
    boughtFrom('Vendor'),
    notMarked,
  ],
});
