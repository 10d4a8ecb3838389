import { extname, resolve } from 'node:path';
import { inputOptions } from '../args.js';
import { checkRows, emptyTally, exitCodeOf } from '../check-rows.js';
import { CliError } from '../cli-error.js';
import { type Command, say } from '../command.js';
import { formatOption, rowOptions } from '../input-options.js';
import { type InputFormat, openInput, parseFormat } from '../input.js';
import { openOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { readRows } from '../read-rows.js';
import { lineSink } from '../row-sink.js';
import { createRecordWriter } from '../record-writer.js';
import { loadRules } from '../rules-file.js';

/**
 * `recommend <file|->`: every input row, in input order, with its `outcome` (record,
 * unclassified, skipped, invalid), and for a record `recommended`, `reason` and `needs`,
 * for the others the `problem`: as CSV (in the input's delimiter), JSON or NDJSON,
 * streamed row by row. Problems are also listed on standard error; the exit code is 1
 * when any row is unclassified or invalid.
 * @example partner-taxonomy recommend partners.csv --out recommended.csv
 */
export const recommendCommand: Command = {
  name: 'recommend',
  options: {
    ...inputOptions,
    out: { type: 'string', short: 'o' },
    rules: { type: 'string' },
  },
  run: async (args, language) => {
    const { text, locale } = language;
    const { file, columns, vocabulary, delimiter } = await rowOptions(args, 'recommend', language);
    const inputFormat = formatOption(args, ['input-format'], text);
    const outFile = args.string('out');
    const formatName = args.string('format');
    const requested: InputFormat | undefined =
      formatName === undefined ? undefined : parseFormat(formatName, '--format', text).format;
    if (outFile !== undefined && file !== '-' && resolve(outFile) === resolve(file)) {
      throw new CliError(text.sameFile({ file }));
    }
    const { engine } = await loadRules(args.string('rules'), language);
    const input = await openInput(file, inputFormat, text);
    const format = requested ?? outputFormatOf(outFile) ?? input.format;

    if (input.notice !== undefined) say(input.notice);
    const progress = createProgress(text);
    const out = await openOutput(outFile, text, progress.clear);
    // The output speaks the input's CSV dialect, so a Swedish Excel opens it in columns.
    const writer = createRecordWriter(out, {
      format,
      bom: outFile !== undefined,
      delimiter: delimiter ?? input.delimiter ?? ',',
      columns,
    });
    const tally = emptyTally();
    const notes: string[] = [];
    const sink = lineSink(say, text, progress);

    let extra: readonly string[] = [];
    try {
      const rows = readRows(input, { delimiter, text, locale });
      for await (const batch of checkRows(rows, { language, columns, vocabulary, sink, tally, notes, progress, header: input.format === 'csv' })) {
        for (const checked of batch) {
          const record = checked.outcome?.outcome === 'record' ? checked.outcome.record : undefined;
          writer.write(checked, record === undefined ? undefined : engine.recommend(record));
        }
        await out.ready();
      }
    } finally {
      progress.clear();
      extra = await writer.end();
      await out.close();
    }
    if (extra.length > 0) say(text.extraKeys({ keys: extra }));
    for (const note of notes) say(note);
    say(text.summary({ file: input.name, ...tally }));
    if (outFile !== undefined) say(text.written({ file: outFile, rows: tally.rows }));
    return exitCodeOf(tally);
  },
};

function outputFormatOf(file: string | undefined): InputFormat | undefined {
  const extension = file === undefined ? '' : extname(file).toLowerCase();
  return extension === '.csv' ? 'csv' : extension === '.json' ? 'json' : extension === '.ndjson' || extension === '.jsonl' ? 'ndjson' : undefined;
}
