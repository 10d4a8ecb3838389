import { iterableOrEmpty } from '../rules/iterable-or-empty.js';
import type { RecommendInput } from '../rules/engine.js';
import type { ParseResult } from '../schema/parse-partner-records.js';
import { createInventory, type InventoryOptions } from './create-inventory.js';
import type { InventoryReport } from './report.js';

/**
 * The input of {@link inventory}: records, or a whole parse result, whose unclassified
 * partners and counts are then taken too.
 * @example inventory(parsePartnerRecords(rows)) // the same as inventory(result.records, { unclassified: result.unclassified, rows: result.counts })
 * @category Inventory
 */
export type InventoryInput = Iterable<RecommendInput> | Pick<ParseResult, 'records' | 'unclassified' | 'counts'>;

/**
 * Takes the partner inventory the article asks for, in one pass over the records:
 * coverage per function and category, the categories missing (and the required ones
 * missing), where each category is managed, records with no owner, records managed
 * differently from their recommendation (with the trace), records the rules cannot
 * decide, partners without a category, and findings for the five diagnostic questions.
 * Given a whole parse result, it takes its partners without a category and its row
 * counts too.
 * @param input - Parsed partner records, or what `parsePartnerRecords` returned.
 * @param options - Required categories, engine and context, and whether to keep ids.
 * @returns The report; render it with `inventoryMarkdown` or `inventoryHtml`.
 * @example
 * const report = inventory(parsePartnerRecords(rows), { required: ['oem'] });
 * report.required?.missing // ['oem'] when you have no OEM partner
 * @category Inventory
 */
export function inventory(input: InventoryInput, options: InventoryOptions = {}): InventoryReport {
  if (isParseResult(input)) return inventory(input.records, { unclassified: input.unclassified, rows: input.counts, ...options });
  const taking = createInventory(options);
  for (const record of iterableOrEmpty(input)) taking.add(record);
  for (const partner of options.unclassified ?? []) taking.addUnclassified(partner);
  return taking.report(options.rows);
}

function isParseResult(input: InventoryInput): input is Pick<ParseResult, 'records' | 'unclassified' | 'counts'> {
  return typeof input === 'object' && input !== null && !(Symbol.iterator in input) && 'records' in input;
}
