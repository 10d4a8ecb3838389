import type { Locale } from '../locales/types.js';
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
 * A node of a bucket's result tree. A recommendation depends only on which of the
 * bucket's rules held or could not tell, so results are kept in a tree: from the bucket's
 * root, one step per such rule, in rank order, and the result at the node reached. Most
 * records of a category take one of a few paths (most fire one rule), so most calls return
 * a result already built, frozen and shared.
 * @internal
 */
export interface ResultNode {
  /** The steps from the root, in rank order. */
  readonly path: readonly Step[];
  /** What a rule that could not tell lacks, for every record of the bucket. */
  readonly needs: readonly string[];
  /** How many rules the bucket has: a step is made by one of them. */
  readonly size: number;
  /**
   * The next nodes, by the rule's place in the bucket times 2, plus 1 for a rule that
   * could not tell; made with the node's first child, at its full length, so that looking
   * a step up is an index into an array.
   */
  next: (ResultNode | undefined)[] | undefined;
  result: Recommendation | undefined;
}

/**
 * The result trees of one engine.
 * @internal
 */
export interface ResultCache {
  /** A new tree, for a bucket of `size` rules. */
  readonly root: (size: number, needs: readonly string[]) => ResultNode;
  /**
   * The node one step on: the bucket's rule at `place`, `ranked`, held (`true`) or could
   * not tell (`undefined`).
   */
  readonly step: (node: ResultNode, place: number, ranked: RankedRule, truth: true | undefined) => ResultNode;
  /** The recommendation at a node, built on first use. */
  readonly result: (node: ResultNode) => Recommendation;
}

// The cap on the nodes an engine keeps, so memory stays bounded whatever the records;
// beyond it, results are built afresh.
const nodeLimit = 10_000;

/**
 * Creates the result trees of one engine, whose results are worded in `locale`.
 * @internal
 */
export function createResultCache(locale: Locale): ResultCache {
  let nodes = 0;
  const step = (node: ResultNode, place: number, ranked: RankedRule, truth: true | undefined): ResultNode => {
    const key = 2 * place + (truth === true ? 0 : 1);
    const known = node.next?.[key];
    if (known !== undefined) return known;
    const { size, needs } = node;
    const made: ResultNode = { path: [...node.path, { ranked, held: truth === true }], size, needs, next: undefined, result: undefined };
    if (nodes < nodeLimit) {
      (node.next ??= new Array<ResultNode | undefined>(2 * size))[key] = made;
      nodes++;
    }
    return made;
  };
  const result = (node: ResultNode): Recommendation => (node.result ??= build(node, locale));
  return { root: (size, needs) => ({ path: [], size, needs, next: undefined, result: undefined }), step, result };
}

// The hit policy: the best rule that held decides, unless a rule ranked above it that
// could not tell recommends something else; then the record needs what that rule lacks.
function build({ path, needs }: ResultNode, locale: Locale): Recommendation {
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
