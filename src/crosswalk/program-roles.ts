import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { Vocabulary } from './types.js';

/**
 * The four program roles.
 * @example programRoleValues // ['integrator', 'provider', 'developer', 'advisor']
 * @category Crosswalk
 */
export const programRoleValues = ['integrator', 'provider', 'developer', 'advisor'] as const;

/**
 * Role-based program vocabularies (integrator / provider / developer / advisor), as many
 * vendor partner programs name their tracks, mapped to the taxonomy. This project's
 * mapping; programs differ in what each role covers.
 * @example programRoles.mappings.find((m) => m.value === 'integrator')?.relation // 'exact'
 * @category Crosswalk
 */
export const programRoles: Vocabulary<(typeof programRoleValues)[number]> = /* @__PURE__ */ deepFreeze({
  id: 'roles',
  label: 'Program roles (integrator / provider / developer / advisor)',
  values: programRoleValues,
  mappings: [
    { value: 'integrator', relation: 'exact', target: { kind: 'category', id: 'system-integrator' }, rationale: 'Integrators create, integrate and support solutions.', source: 'project' },
    { value: 'provider', relation: 'broader', target: { kind: 'category', id: 'msp-cmsp' }, candidates: ['msp-cmsp', 'cloud-reseller'], rationale: 'Usually a managed or cloud service provider, but programs also use it for resellers of their services.', source: 'project' },
    { value: 'developer', relation: 'broader', target: { kind: 'category', id: 'isv-ihv' }, candidates: ['isv-ihv', 'platform'], rationale: 'Builds products on the vendor’s platform, as ISVs do; may also be a platform partner.', source: 'project' },
    { value: 'advisor', relation: 'related', target: { kind: 'category', id: 'consulting-deployment' }, candidates: ['consulting-deployment', 'sales-agent', 'industry-analyst'], rationale: 'Advises customers; close to consulting, but also used for referral-only partners and analysts.', source: 'project' },
  ],
});
