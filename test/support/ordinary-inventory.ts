/**
 * An ordinary partner portfolio for the HTML report's layout tests: 300 records over the
 * 22 categories, managed by 12 units (the six known ones and six of the company's own),
 * some with no owner, some without a stage, some managed differently from the article.
 * Deterministic, so a width measured once is measured again.
 */
import { partnerCategories, managementOptions } from '../../src/taxonomy/ids.js';

const units = [
  'channel-sales',
  'product',
  'marketing',
  'alliances',
  'services',
  'executive',
  'EMEA Partner Office',
  'Public Sector Team',
  'Cloud Marketplace Desk',
  'OEM & Embedded Sales',
  'Developer Relations',
  'Nordics Field Sales',
];

/** `count` partner rows, as a CRM export gives them; `unit` replaces the first unit's name. */
export function ordinaryRows(count = 300, unit?: string): Record<string, string>[] {
  return Array.from({ length: count }, (_, i) => {
    const category = partnerCategories[(i * 7) % partnerCategories.length] as string;
    const owner = i % 29 === 0 ? '' : (i % units.length === 0 && unit !== undefined ? unit : units[(i * 5) % units.length]) ?? '';
    return {
      id: `P-${String(i + 1).padStart(4, '0')}`,
      name: `Partner ${i + 1}`,
      category,
      ...(category === 'msp-cmsp' && i % 3 !== 0 ? { stage: i % 2 === 0 ? 'pre-offer' : 'post-offer' } : {}),
      managedBy: owner,
      ...(i % 4 === 0 ? {} : { management: managementOptions[i % managementOptions.length] as string }),
    };
  });
}
