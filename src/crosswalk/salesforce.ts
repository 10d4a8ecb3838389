import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { Vocabulary } from './types.js';

const values = ['Prospect', 'Customer - Direct', 'Customer - Channel', 'Channel Partner / Reseller', 'Installation Partner', 'Technology Partner', 'Other'] as const;

/**
 * The default values of Salesforce's Account `Type` picklist, mapped to the taxonomy.
 * This project's mapping, not Salesforce's: only two values name partners at all, and
 * both are broader than any one category.
 * @example salesforceAccountType.mappings.find((m) => m.value === 'Installation Partner')?.target // { kind: 'category', id: 'consulting-deployment' }
 * @category Crosswalk
 */
export const salesforceAccountType: Vocabulary<(typeof values)[number]> = /* @__PURE__ */ deepFreeze({
  id: 'salesforce',
  label: 'Salesforce Account Type',
  values,
  mappings: [
    { value: 'Prospect', relation: 'none', target: null, rationale: 'A possible customer, not a partner.', source: 'project' },
    { value: 'Customer - Direct', relation: 'none', target: null, rationale: 'A customer buying direct, not a partner.', source: 'project' },
    { value: 'Customer - Channel', relation: 'none', target: null, rationale: 'A customer buying through a partner; the partner is a separate account.', source: 'project' },
    {
      value: 'Channel Partner / Reseller',
      relation: 'broader',
      target: { kind: 'category', id: 'solution-reseller' },
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
      rationale: 'Usually an ISV or IHV, but also covers platform and interoperability partners.',
      source: 'project',
    },
    { value: 'Other', relation: 'none', target: null, rationale: 'Says nothing about the partner type.', source: 'project' },
  ],
});
