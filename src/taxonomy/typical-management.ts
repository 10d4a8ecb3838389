import { categoryById } from './category-index.js';
import type { ManagementOption, PartnerType } from './types.js';

/**
 * The management option the source article gives as typical for a partner type. For
 * `msp-cmsp` the option depends on its `stage`; without one the answer is `undefined`.
 * @param type - A partner type (a parsed record will do).
 * @returns The typical option, or `undefined` when the type does not determine one.
 * @example typicalManagement({ category: 'oem' }) // 'one-to-one'
 * @example typicalManagement({ category: 'msp-cmsp', stage: 'post-offer' }) // 'formal-program'
 * @example typicalManagement({ category: 'msp-cmsp' }) // undefined
 * @category Taxonomy
 */
export function typicalManagement(type: PartnerType): ManagementOption | undefined {
  const typical = categoryById.get(type.category)?.typicalManagement;
  if (typical === undefined || typeof typical === 'string') return typical;
  const value = (type as Readonly<Record<string, unknown>>)[typical.by];
  return typeof value === 'string' && Object.hasOwn(typical.cases, value)
    ? typical.cases[value as keyof typeof typical.cases]
    : undefined;
}
