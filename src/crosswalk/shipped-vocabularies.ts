import { crosswalk } from './crosswalk.js';
import { dynamicsRelationshipType } from './dynamics.js';
import { hubspotCompanyType } from './hubspot.js';
import { partnerMotions } from './motions.js';
import { programRoles } from './program-roles.js';
import { salesforceAccountType } from './salesforce.js';
import type { Vocabulary } from './types.js';

/**
 * The shipped vocabularies of CRMs' default picklists: Salesforce, HubSpot, Dynamics 365.
 * @example crmVocabularies.map((v) => v.id) // ['salesforce', 'hubspot', 'dynamics']
 * @category Crosswalk
 */
export const crmVocabularies: readonly Vocabulary[] = /* @__PURE__ */ Object.freeze([
  salesforceAccountType,
  hubspotCompanyType,
  dynamicsRelationshipType,
]);

/**
 * The vocabularies the package ships: the CRMs' default picklists first, then the generic
 * partner models. The reference docs show them all, and `--vocabulary` takes their ids.
 * @example shippedVocabularies.map((v) => v.id) // ['salesforce', 'hubspot', 'dynamics', 'motions', 'roles']
 * @category Crosswalk
 */
export const shippedVocabularies: readonly Vocabulary[] = /* @__PURE__ */ Object.freeze([
  salesforceAccountType,
  hubspotCompanyType,
  dynamicsRelationshipType,
  partnerMotions,
  programRoles,
]);

/**
 * The shipped vocabularies that list a value (in any case, spacing or punctuation): for a
 * hint when a category column speaks a CRM's picklist and no vocabulary was given.
 * @param value - A category cell that did not resolve.
 * @returns The vocabularies with that value, in shipped order; empty when none has it.
 * @example shippedVocabulariesWith('Prospect').map((v) => v.id) // ['salesforce', 'hubspot', 'dynamics']
 * @category Crosswalk
 */
export function shippedVocabulariesWith(value: string): readonly Vocabulary[] {
  return shippedVocabularies.filter((vocabulary) => crosswalk(vocabulary, value) !== undefined);
}
