import * as z from 'zod/mini';
import { taxonomyVersion } from '../taxonomy/data.js';
import { partnerRecordSchema } from './partner-record.js';

/**
 * The JSON Schema (draft 2020-12) of a partner record in canonical form, made by zod's own
 * conversion of {@link partnerRecordSchema}. It describes the input side: `function` and
 * `custom` may be left out. The package also ships it as
 * `partner-taxonomy/partner-record.schema.json` for tools that do not run TypeScript.
 * @returns A fresh JSON Schema object.
 * @example
 * const schema = partnerRecordJsonSchema();
 * schema.oneOf.length // 22, one per category
 * @category Schema
 */
export function partnerRecordJsonSchema(): Record<string, unknown> & { oneOf: unknown[] } {
  const schema = z.toJSONSchema(partnerRecordSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: `urn:partner-taxonomy:partner-record:${taxonomyVersion}`,
    title: 'Partner record',
    description: `A channel-partner record in canonical form (taxonomy ${taxonomyVersion}): category ids, the category's own subtype field only, and custom fields under "custom".`,
    ...schema,
  } as Record<string, unknown> & { oneOf: unknown[] };
}
