import type { PartnerCategory, PartnerFunction } from '../taxonomy/types.js';

/**
 * How an outside value relates to a taxonomy concept, as SKOS mapping relations read
 * from the outside value: `exact` (same meaning), `broader` (the outside value means more
 * than the target: "Technology Partner" covers more than ISVs), `narrower` (it means
 * less), `related`, or `none` (not a partner at all, such as "Prospect").
 * @example const relation: MappingRelation = 'broader';
 * @category Crosswalk
 */
export type MappingRelation = 'exact' | 'broader' | 'narrower' | 'related' | 'none';

/**
 * What a mapping points at: a category or a whole function.
 * @example const target: MappingTarget = { kind: 'category', id: 'system-integrator' };
 * @category Crosswalk
 */
export type MappingTarget =
  | { readonly kind: 'category'; readonly id: PartnerCategory }
  | { readonly kind: 'function'; readonly id: PartnerFunction };

/**
 * One value of an outside vocabulary and where it lands in the taxonomy. Every mapping is
 * this project's judgement (`source: 'project'`) or its user's (`'user'`), with a
 * one-line rationale; the source article maps no outside vocabulary.
 * @example salesforceAccountType.mappings.find((m) => m.value === 'Prospect')?.relation // 'none'
 * @category Crosswalk
 */
export type Mapping<V extends string = string> =
  | {
      readonly value: V;
      readonly relation: Exclude<MappingRelation, 'none'>;
      readonly target: MappingTarget;
      readonly rationale: string;
      readonly source: 'project' | 'user';
    }
  | {
      readonly value: V;
      readonly relation: 'none';
      readonly target: null;
      readonly rationale: string;
      readonly source: 'project' | 'user';
    };

/**
 * An outside vocabulary: its values (a literal union for the shipped ones) and a mapping
 * for each, including an explicit `none` for values that are not partners.
 * @example salesforceAccountType.values.length // 7
 * @category Crosswalk
 */
export interface Vocabulary<V extends string = string> {
  readonly id: string;
  readonly label: string;
  readonly values: readonly V[];
  readonly mappings: readonly Mapping<V>[];
}
