import { createInventory } from '../../inventory/create-inventory.js';
import { inventoryHtml } from '../../render/inventory-html.js';
import { inventoryMarkdown } from '../../render/inventory-markdown.js';
import { resolvePartnerType, suggestPartnerCategory } from '../../resolve/resolve-partner-type.js';
import type { PartnerRecord } from '../../schema/partner-record.js';
import { matchSegments } from '../../segment/named-segments.js';
import type { PartnerCategory } from '../../taxonomy/types.js';
import { inputOptions } from '../args.js';
import { checkRows, emptyTally, exitCodeOf } from '../check-rows.js';
import { CliError } from '../cli-error.js';
import { type Command, say } from '../command.js';
import { formatOption, rowOptions } from '../input-options.js';
import { openInput } from '../input.js';
import { openOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { readRows } from '../read-rows.js';
import { lineSink } from '../row-sink.js';
import { loadRules } from '../rules-file.js';
import { segmentsMarkdown, withSegmentsHtml } from '../segments-section.js';
import type { CliText } from '../text/types.js';

/**
 * `inventory <file|->`: the inventory report as Markdown on standard output, or written
 * with `--md`, `--html` (or printed as JSON with `--json`). Records and partners without
 * a category are gathered for the report, which `inventory` takes in one pass; problems
 * go to standard error, and the report says how many rows were left out and why. Exit 0
 * when every row is a record or skipped, 1 when any is unclassified or invalid (the
 * report is written either way).
 * @example partner-taxonomy inventory partners.csv --html report.html --locale sv
 */
export const inventoryCommand: Command = {
  name: 'inventory',
  options: {
    ...inputOptions,
    md: { type: 'string' },
    html: { type: 'string' },
    json: { type: 'boolean' },
    required: { type: 'string', multiple: true },
    rules: { type: 'string' },
  },
  run: async (args, language) => {
    const { text, locale } = language;
    const { file, columns, vocabulary, delimiter } = await rowOptions(args, 'inventory', language);
    const required = requiredCategories(args.strings('required'), text);
    const { engine, segments } = await loadRules(args.string('rules'), language);
    const input = await openInput(file, formatOption(args, ['format', 'input-format'], text), text);

    if (input.notice !== undefined) say(input.notice);
    const progress = createProgress(text);
    const tally = emptyTally();
    const notes: string[] = [];
    const sink = lineSink(say, text, progress);
    // Counts, not records: the report keeps the first ids of each group, as many as it shows.
    const taking = createInventory({ engine, locale, maxIds: shownIds, ...(required === undefined ? {} : { required }) });
    const inSegment = segments.map(() => 0);
    try {
      const rows = readRows(input, { delimiter, text, locale });
      for await (const batch of checkRows(rows, { language, columns, vocabulary, sink, tally, notes, progress, header: input.format === 'csv' })) {
        const records: PartnerRecord[] = [];
        for (const { outcome } of batch) {
          if (outcome?.outcome === 'record') {
            taking.add(outcome.record);
            records.push(outcome.record);
          } else if (outcome?.outcome === 'unclassified') taking.addUnclassified(outcome.partner);
        }
        // Named segments are counted a batch at a time, and their shares once at the end.
        if (segments.length > 0) {
          matchSegments(records, segments, { keep: 'none' }).forEach((s, i) => {
            inSegment[i] = (inSegment[i] ?? 0) + s.count;
          });
        }
      }
    } finally {
      progress.clear();
    }

    const { warnings: _, ...counts } = tally;
    const result = taking.report(counts);
    const segmentCounts = segments.map((s, i) => {
      const count = inSegment[i] ?? 0;
      return { key: s.id, values: [s.id], count, share: result.total === 0 ? 0 : count / result.total, records: [] };
    });
    const md = args.string('md');
    const html = args.string('html');
    const writes: [string | undefined, () => string][] = [];
    if (md !== undefined) writes.push([md, () => markdown()]);
    if (html !== undefined) {
      writes.push([html, () => (segmentCounts.length === 0 ? inventoryHtml(result, { locale }) : withSegmentsHtml(inventoryHtml(result, { locale }), segmentCounts, locale, text))]);
    }
    if (args.flag('json')) writes.push([undefined, () => `${JSON.stringify({ ...result, segments: segmentCounts.map(({ records: _r, ...s }) => s) }, null, 2)}\n`]);
    else if (writes.length === 0) writes.push([undefined, () => markdown()]);
    function markdown(): string {
      const body = inventoryMarkdown(result, { locale });
      return segmentCounts.length === 0 ? body : `${body}${segmentsMarkdown(segmentCounts, locale, text)}`;
    }

    for (const [target, render] of writes) {
      const out = await openOutput(target, text);
      await out.write(render());
      await out.close();
    }
    for (const note of notes) say(note);
    say(text.summary({ file: input.name, ...tally }));
    for (const [target] of writes) {
      if (target !== undefined) say(text.wroteReport({ file: target, records: result.total, unclassified: result.unclassified.count }));
    }
    return exitCodeOf(tally);
  },
};

// The report shows up to ten ids a group, and how many more there are.
const shownIds = 10;

/** `--required "SI,cloud reseller"`: ids or names, each through `resolvePartnerType`. */
function requiredCategories(values: readonly string[], text: CliText): PartnerCategory[] | undefined {
  if (values.length === 0) return undefined;
  const categories = new Set<PartnerCategory>();
  for (const value of values.flatMap((v) => v.split(',')).map((v) => v.trim())) {
    if (value === '') continue;
    const match = resolvePartnerType(value);
    if (match === undefined) throw new CliError(text.unknownRequired({ value, suggestion: suggestPartnerCategory(value) }));
    categories.add(match.type.category);
  }
  return [...categories];
}
