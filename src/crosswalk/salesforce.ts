import { deepFreeze } from '../taxonomy/deep-freeze.js';
import { resellingCategories, technologyCategories } from '../taxonomy/broad-readings.js';
import { prospect } from './common-mappings.js';
import type { Vocabulary } from './types.js';

/**
 * The default values of the Salesforce Account `Type` picklist, in its order.
 * @example salesforceAccountTypeValues[0] // 'Prospect'
 * @category Crosswalk
 */
export const salesforceAccountTypeValues = ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Installation Partner', 'Technology Partner', 'Other'] as const;

/**
 * The default values of Salesforce's Account `Type` picklist, mapped to the taxonomy.
 * This project's mapping, not Salesforce's: three values name partners, and only
 * "Installation Partner" says which category; the other two are broader than any one.
 * @example salesforceAccountType.mappings.find((m) => m.value === 'Installation Partner')?.target // { kind: 'category', id: 'consulting-deployment' }
 * @category Crosswalk
 */
export const salesforceAccountType: Vocabulary<(typeof salesforceAccountTypeValues)[number]> = /* @__PURE__ */ deepFreeze({
  id: 'salesforce',
  label: 'Salesforce Account Type',
  values: salesforceAccountTypeValues,
  mappings: [
    prospect,
    { value: 'Customer - Direct', relation: 'none', target: null, rationale: 'A customer buying direct, not a partner.', source: 'project' },
    { value: 'Customer - Channel', relation: 'none', target: null, rationale: 'A customer buying through a partner; the partner is a separate account.', source: 'project' },
    {
      value: 'Channel Partner / Reseller',
      relation: 'broader',
      target: { kind: 'category', id: 'solution-reseller' },
      candidates: resellingCategories,
      rationale: 'Covers every reselling partner; a solution reseller is the most common reading, but it may be a distributor or cloud reseller.',
      source: 'project',
    },
    {
      value: 'Installation Partner',
      relation: 'narrower',
      target: { kind: 'category', id: 'consulting-deployment' },
      rationale: 'Installing is the deployment part of consulting, design, procurement and deployment.',
      source: 'project',
    },
    {
      value: 'Technology Partner',
      relation: 'broader',
      target: { kind: 'category', id: 'isv-ihv' },
      candidates: technologyCategories,
      rationale: 'Usually an ISV or IHV, but also covers platform and interoperability partners.',
      source: 'project',
    },
    { value: 'Other', relation: 'none', target: null, rationale: 'Says nothing about the partner type.', source: 'project' },
  ],
});
