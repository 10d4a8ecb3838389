import { deepFreeze } from '../taxonomy/deep-freeze.js';
import type { Vocabulary } from './types.js';

/**
 * The four partner motions.
 * @example partnerMotionValues // ['sell', 'service', 'build', 'influence']
 * @category Crosswalk
 */
export const partnerMotionValues = ['sell', 'service', 'build', 'influence'] as const;

/**
 * The generic "sell / service / build / influence" partner-motion model, mapped to the
 * four functions. This project's mapping: each motion is one function's primary value.
 * @example partnerMotions.mappings.find((m) => m.value === 'build')?.target // { kind: 'function', id: 'solution' }
 * @category Crosswalk
 */
export const partnerMotions: Vocabulary<(typeof partnerMotionValues)[number]> = /* @__PURE__ */ deepFreeze({
  id: 'motions',
  label: 'Partner motions (sell / service / build / influence)',
  values: partnerMotionValues,
  mappings: [
    { value: 'sell', relation: 'exact', target: { kind: 'function', id: 'sales' }, rationale: 'Selling is the primary value of sales partners.', source: 'project' },
    { value: 'service', relation: 'exact', target: { kind: 'function', id: 'service' }, rationale: 'Pre- and post-sales services are the primary value of service partners.', source: 'project' },
    { value: 'build', relation: 'exact', target: { kind: 'function', id: 'solution' }, rationale: 'Building and deploying solutions is the primary value of solution partners.', source: 'project' },
    { value: 'influence', relation: 'exact', target: { kind: 'function', id: 'influencer' }, rationale: 'Growing revenue indirectly is the primary value of influencer partners.', source: 'project' },
  ],
});
