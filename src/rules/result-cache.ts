import type { RuleText } from '../locales/types.js';
import type { Candidate, Recommendation, TraceEntry } from './recommendation.js';
import type { Rule, RuleSource } from './types.js';

/**
 * A rule with what the hit policy ranks it by, and its place in that order.
 * @internal
 */
export interface RankedRule {
  readonly rule: Rule;
  readonly source: RuleSource;
  readonly priority: number;
  readonly specificity: number;
  /** Its place in rank order (list order under `hitPolicy: 'first'`). */
  rank: number;
}

/** A rule that held (`held`), or could not tell for lack of data (`!held`). */
interface Step {
  readonly ranked: RankedRule;
  readonly held: boolean;
}

/**
 * The results of one bucket of rules. A recommendation depends only on which of the
 * bucket's rules held or could not tell, so it is built once and shared, frozen, by every
 * record that comes to the same: most records of a category fire one or two rules.
 * Which rules is a number, the key: one digit (in base `2 * rules + 1`) per rule that held
 * (`2 * place + 1`) or could not tell (`2 * place + 2`), exact while below 2^53.
 * @internal
 */
export interface Results {
  readonly rules: readonly RankedRule[];
  /** What a rule that could not tell lacks, for every record of the bucket. */
  readonly needs: readonly string[];
  readonly base: number;
  readonly byKey: Map<number, Recommendation>;
}

// The cap on the results an engine keeps, so memory stays bounded whatever the records;
// beyond it, results are built afresh.
const resultLimit = 10_000;

/**
 * The result caches of one engine, worded in `locale`: `results(rules, needs)` makes a
 * bucket's; `find(results, key)` gives the result for a key, built on first use;
 * `build(steps, needs)` one for a list of steps, for keys too long to be exact.
 * @internal
 */
export function createResultCache(locale: RuleText) {
  let kept = 0;
  const results = (rules: readonly RankedRule[], needs: readonly string[]): Results => ({
    rules,
    needs,
    base: 2 * rules.length + 1,
    byKey: new Map(),
  });
  const find = (bucket: Results, key: number): Recommendation => {
    const known = bucket.byKey.get(key);
    if (known !== undefined) return known;
    const steps: Step[] = [];
    for (let rest = key; rest > 0; rest = Math.floor(rest / bucket.base)) {
      const digit = rest % bucket.base;
      steps.unshift({ ranked: bucket.rules[(digit - 1) >> 1] as RankedRule, held: digit % 2 === 1 });
    }
    const made = build(steps, bucket.needs, locale);
    if (kept < resultLimit) {
      bucket.byKey.set(key, made);
      kept++;
    }
    return made;
  };
  return { results, find, build: (steps: readonly Step[], needs: readonly string[]) => build(steps, needs, locale) };
}

// The hit policy: the best rule that held decides, unless a rule ranked above it that
// could not tell recommends something else; then the record needs what that rule lacks.
function build(path: readonly Step[], needs: readonly string[], locale: RuleText): Recommendation {
  const top = path.find((s) => s.held)?.ranked;
  const blocks = (s: Step): boolean =>
    !s.held && (top === undefined || s.ranked.rank < top.rank) && s.ranked.rule.recommend !== top?.rule.recommend;
  const decider = path.some(blocks) ? undefined : top;
  const shown = path.filter((s) => s.held || (decider === undefined && blocks(s)));
  const trace: TraceEntry[] = [];
  const candidates: Candidate[] = [];
  for (const { ranked, held } of shown) {
    trace.push(traceEntry(ranked, decider, held ? undefined : needs));
    if (!candidates.some((c) => c.option === ranked.rule.recommend)) {
      const { rule, source, priority } = ranked;
      candidates.push(Object.freeze({ option: rule.recommend, rule: rule.id, source, priority, status: held ? 'fired' : 'pending' }));
    }
  }
  const pending = decider === undefined && shown.some((s) => !s.held);
  const reason =
    decider !== undefined
      ? decider.rule.description
      : pending
        ? locale.reasons.needs({ fields: needs, options: candidates.map((c) => c.option) })
        : locale.reasons.noMatch({});
  return Object.freeze({
    option: decider?.rule.recommend,
    decidedBy: decider?.rule.id,
    candidates: Object.freeze(candidates),
    trace: Object.freeze(trace),
    needs: Object.freeze(pending ? [...needs] : []),
    reason,
  });
}

function traceEntry(ranked: RankedRule, decider: RankedRule | undefined, needs: readonly string[] | undefined): TraceEntry {
  const { rule: { id: rule, recommend: option, description: reason }, source } = ranked;
  if (needs !== undefined) return Object.freeze({ rule, source, option, outcome: 'pending', reason, needs: Object.freeze([...needs]) });
  if (ranked === decider) return Object.freeze({ rule, source, option, outcome: 'chosen', reason });
  return Object.freeze(
    decider === undefined
      ? { rule, source, option, outcome: 'outranked', reason }
      : { rule, source, option, outcome: 'outranked', reason, outrankedBy: decider.rule.id },
  );
}
