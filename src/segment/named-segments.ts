import { enRuleText } from '../locales/en-rules.js';
import { evaluatorFor } from '../rules/conditions.js';
import { asSubject, noContext } from '../rules/field-access.js';
import type { Condition } from '../rules/types.js';
import { checkConditionAt, collector, join, type RuleProblem, type ValidateRulesOptions } from '../rules/validate-rules.js';
import { kindOf } from '../schema/read-row.js';
import type { Segment, SegmentOptions } from './segment.js';

/**
 * A segment named and defined in the rule engine's condition language, so it can live in
 * the same JSON file as rules (`{ "rules": [...], "segments": [...] }`).
 * @example
 * const strategic: SegmentDefinition = {
 *   id: 'strategic-resellers',
 *   when: { all: [{ field: 'function', equals: 'sales' }, { field: 'tier', in: ['Gold', 'Platinum'] }] },
 * };
 * @category Segment
 */
export interface SegmentDefinition {
  /** The segment's name, unique in its file; the `key` of the segment it makes. */
  readonly id: string;
  /** What the segment is for, in words, for the people who read the file. */
  readonly description?: string;
  /** The condition a record meets to be in the segment, as in a rule's `when`. */
  readonly when: Condition;
}

/**
 * The records each named segment holds. A record may be in several segments or in none;
 * a condition that cannot be told for a record (missing taxonomy data) leaves it out.
 * @param records - Partner records.
 * @param definitions - The named segments.
 * @param options - Whether to keep the records in each segment.
 * @returns One segment per definition, in the order given; `key` is the segment's id.
 * @example matchSegments(records, [strategic])[0].count // 4
 * @category Segment
 */
export function matchSegments<R>(
  records: Iterable<R>,
  definitions: readonly SegmentDefinition[],
  options: SegmentOptions = {},
): Segment<R>[] {
  const tests = definitions.map((d) => evaluatorFor(d.when));
  const counts = definitions.map(() => 0);
  const members: R[][] = definitions.map(() => []);
  const keep = options.keep !== 'none';
  let total = 0;
  for (const record of records) {
    const subject = asSubject(record);
    tests.forEach((test, i) => {
      if (test(subject, noContext) !== true) return;
      counts[i] = (counts[i] ?? 0) + 1;
      if (keep) members[i]?.push(record);
    });
    total++;
  }
  return definitions.map((d, i) => ({
    key: d.id,
    values: [d.id],
    count: counts[i] ?? 0,
    share: total === 0 ? 0 : (counts[i] ?? 0) / total,
    records: members[i] ?? [],
  }));
}

/**
 * What {@link validateSegments} returns.
 * @example const result: ValidateSegmentsResult = validateSegments(JSON.parse(file));
 * @category Segment
 */
export type ValidateSegmentsResult =
  | {
      /** The segments are valid. */
      readonly ok: true;
      /** The segment definitions, checked, in file order. */
      readonly segments: readonly SegmentDefinition[];
    }
  | {
      /** The segments have problems, so none is returned. */
      readonly ok: false;
      /** Every problem found, each with its code, path and message. */
      readonly problems: readonly RuleProblem[];
    };

/**
 * Checks named segments from JSON: an array, or a file with a `segments` array (rules
 * beside them are checked by `validateRules`). Problems use the same codes and messages as
 * rule problems, with paths from `segments[i]`. Never throws on data.
 * @param data - The segments, or a file `{ segments: [...] }`.
 * @param options - The message locale.
 * @returns The segment definitions, or every problem.
 * @example validateSegments({ segments: [{ id: 's', when: { field: 'category', equals: 'resellr' } }] }).ok // false
 * @category Segment
 */
export function validateSegments(data: unknown, options: ValidateRulesOptions = {}): ValidateSegmentsResult {
  const { problems, report } = collector(options.locale ?? enRuleText);
  const list = Array.isArray(data) ? data : Object.hasOwn(asSubject(data), 'segments') ? asSubject(data)['segments'] : [];
  if (!Array.isArray(list)) {
    report('wrong_type', 'segments', { expected: 'array', valueKind: kindOf(list) });
    return { ok: false, problems };
  }
  const segments: SegmentDefinition[] = [];
  const seen = new Map<string, number>();
  list.forEach((item: unknown, i) => {
    const path = join('segments', i);
    const entry = asSubject(item);
    const id = entry['id'];
    if (typeof id !== 'string' || id === '') report('missing_key', join(path, 'id'), { key: 'id' });
    else if (seen.has(id)) report('duplicate_rule_id', join(path, 'id'), { id, firstIndex: seen.get(id) ?? 0 });
    else seen.set(id, i);
    const when = checkConditionAt(report, entry['when'], join(path, 'when'));
    const description = entry['description'];
    if (typeof id === 'string' && id !== '' && when !== undefined) {
      segments.push(Object.freeze(typeof description === 'string' ? { id, description, when } : { id, when }));
    }
  });
  return problems.length === 0 ? { ok: true, segments: Object.freeze(segments) } : { ok: false, problems };
}
