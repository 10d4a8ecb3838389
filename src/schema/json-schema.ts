import * as z from 'zod/mini';
import { en } from '../locales/en.js';
import type { Locale } from '../locales/types.js';
import { taxonomyVersion } from '../taxonomy/data.js';
import { isPartnerCategory } from '../taxonomy/guards.js';
import { partnerRecordSchema } from './partner-record.js';

/**
 * Options for {@link partnerRecordJsonSchema}.
 * @example const options: JsonSchemaOptions = { locale: sv };
 * @category Schema
 */
export interface JsonSchemaOptions {
  /** The language of titles and descriptions; English by default. Ids stay ids. */
  readonly locale?: Locale;
}

type Branch = { properties?: Record<string, Record<string, unknown>> } & Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of a partner record in canonical form, made by zod's own
 * conversion of {@link partnerRecordSchema}, with titles and descriptions in a locale: the
 * record's, each category branch's (its label and description) and each field's (its
 * label). It describes the input side: `function` and `custom` may be left out. The
 * package also ships the English one as `partner-taxonomy/partner-record.schema.json` for
 * tools that do not run TypeScript.
 * @param options - The language of titles and descriptions.
 * @returns A fresh JSON Schema object.
 * @example
 * const schema = partnerRecordJsonSchema({ locale: sv });
 * schema.title // 'Partnerpost'
 * schema.oneOf.length // 22, one per category
 * @category Schema
 */
export function partnerRecordJsonSchema(
  options: JsonSchemaOptions = {},
): Record<string, unknown> & { oneOf: unknown[] } {
  const locale = options.locale ?? en;
  const schema = z.toJSONSchema(partnerRecordSchema, { io: 'input', target: 'draft-2020-12' });
  // zod knows no words: name each category branch and each field from the locale.
  const fields: Readonly<Record<string, string>> = { ...locale.fields, custom: locale.schema.custom };
  const oneOf = ((schema as { oneOf?: Branch[] }).oneOf ?? []).map((branch): Branch => {
    const category = branch.properties?.['category']?.['const'];
    const text = isPartnerCategory(category) ? locale.categories[category] : undefined;
    const properties = Object.fromEntries(
      Object.entries(branch.properties ?? {}).map(([name, property]) => [
        name,
        Object.hasOwn(fields, name) ? { title: fields[name], ...property } : property,
      ]),
    );
    return { ...(text === undefined ? {} : { title: text.label, description: text.description }), ...branch, properties };
  });
  return {
    $schema: schema.$schema,
    $id: `urn:partner-taxonomy:partner-record:${taxonomyVersion}`,
    title: locale.schema.title,
    description: locale.schema.description({ version: taxonomyVersion }),
    ...schema,
    oneOf,
  } as Record<string, unknown> & { oneOf: unknown[] };
}
