import { extname, resolve } from 'node:path';
import { inputOptions } from '../args.js';
import { checkRows, type IssueSink, type RowTally } from '../check-rows.js';
import { CliError } from '../cli-error.js';
import { type Command, say } from '../command.js';
import { columnMap, delimiterOption, fileArgument, formatOption } from '../input-options.js';
import { type InputFormat, openInput, parseFormat } from '../input.js';
import { openOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { readRows } from '../read-rows.js';
import { createRecordWriter } from '../record-writer.js';
import { loadRules } from '../rules-file.js';
import { vocabularyOption } from '../vocabulary-option.js';

/**
 * `recommend <file|->`: each valid record with `recommended`, `reason` and `needs`, as
 * CSV, JSON or NDJSON, streamed row by row. Invalid rows go to standard error with their
 * line, and make the exit code 1.
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
    const file = fileArgument(args, 'recommend', text);
    const columns = columnMap(args.strings('map'), text);
    const vocabulary = await vocabularyOption(args.string('vocabulary'), language);
    const delimiter = delimiterOption(args.string('delimiter'), text);
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
    const writer = createRecordWriter(out, format, outFile !== undefined);
    const tally: RowTally = { rows: 0, invalid: 0, warnings: 0 };
    const report = (line: string): void => {
      progress.clear();
      say(line);
    };
    const sink: IssueSink = {
      error: report,
      warning: (line) => report(`${text.warning}: ${line}`),
      hint: report,
    };

    let extra: readonly string[] = [];
    try {
      const rows = readRows(input, { delimiter, text, locale });
      for await (const { record } of checkRows(rows, { language, columns, vocabulary, sink, tally, progress, header: input.format === 'csv' })) {
        await writer.write(record, engine.recommend(record));
      }
    } finally {
      progress.clear();
      extra = await writer.end();
      await out.close();
    }
    if (extra.length > 0) say(text.extraKeys({ keys: extra }));
    say(text.summary({ file: input.name, ...tally }));
    if (outFile !== undefined) say(text.written({ file: outFile, rows: tally.rows - tally.invalid, skipped: tally.invalid }));
    return tally.invalid > 0 ? 1 : 0;
  },
};

function outputFormatOf(file: string | undefined): InputFormat | undefined {
  const extension = file === undefined ? '' : extname(file).toLowerCase();
  return extension === '.csv' ? 'csv' : extension === '.json' ? 'json' : extension === '.ndjson' || extension === '.jsonl' ? 'ndjson' : undefined;
}
