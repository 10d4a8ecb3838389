import { inputOptions } from '../args.js';
import { checkRows, emptyTally, exitCodeOf, type RowSink } from '../check-rows.js';
import { type Command, say } from '../command.js';
import { formatOption, rowOptions } from '../input-options.js';
import { openInput } from '../input.js';
import { openOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { readRows } from '../read-rows.js';
import { lineSink } from '../row-sink.js';

/**
 * `validate <file|->`: every error, warning and unclassified partner with its line or
 * index, field and message on standard output (or one JSON document with `--json`: every
 * entry, skipped rows included, and the counts), the totals on standard error. Exit 0
 * when every row is a record or skipped, 1 when any is unclassified or invalid.
 * @example partner-taxonomy validate partners.csv --json
 */
export const validateCommand: Command = {
  name: 'validate',
  options: { ...inputOptions, json: { type: 'boolean' } },
  run: async (args, language) => {
    const { text, locale } = language;
    const { file, columns, vocabulary, delimiter } = await rowOptions(args, 'validate', language);
    const input = await openInput(file, formatOption(args, ['format', 'input-format'], text), text);

    const json = args.flag('json');
    if (input.notice !== undefined) say(input.notice);
    const progress = createProgress(text);
    const out = await openOutput(undefined, text, progress.clear);
    const tally = emptyTally();
    const notes: string[] = [];
    let entries = 0;
    const sink: RowSink = json
      ? {
          entry: (type, _line, data) =>
            out.add(`${entries++ === 0 ? `{"file":${JSON.stringify(input.name)},"entries":[\n` : ',\n'}${JSON.stringify({ type, ...data })}`),
          notice: (message) => say(message),
        }
      : lineSink((line) => out.add(`${line}\n`), text, progress);

    try {
      const rows = readRows(input, { delimiter, text, locale });
      for await (const _ of checkRows(rows, { language, columns, vocabulary, sink, tally, notes, progress, header: input.format === 'csv' })) await out.ready();
    } finally {
      progress.clear();
      if (json) {
        const { warnings, ...counts } = tally;
        const head = entries === 0 ? `{"file":${JSON.stringify(input.name)},"entries":[]` : '\n]';
        await out.write(`${head},"counts":${JSON.stringify(counts)},"warnings":${warnings}}\n`);
      }
      await out.close();
    }
    for (const note of notes) say(note);
    say(text.summary({ file: input.name, ...tally }));
    return exitCodeOf(tally);
  },
};
