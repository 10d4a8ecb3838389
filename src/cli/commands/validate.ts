import { inputOptions } from '../args.js';
import { checkRows, type IssueSink, type RowTally } from '../check-rows.js';
import { type Command, say } from '../command.js';
import { columnMap, delimiterOption, fileArgument, formatOption } from '../input-options.js';
import { openInput } from '../input.js';
import { vocabularyOption } from '../vocabulary-option.js';
import { openOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { readRows } from '../read-rows.js';

/**
 * `validate <file|->`: every problem with its line or index, field and message on
 * standard output (or one JSON array with `--json`), the totals on standard error. Exit 0
 * when every row is valid, 1 when any is not.
 * @example partner-taxonomy validate partners.csv --json
 */
export const validateCommand: Command = {
  name: 'validate',
  options: { ...inputOptions, json: { type: 'boolean' } },
  run: async (args, language) => {
    const { text, locale } = language;
    const file = fileArgument(args, 'validate', text);
    const columns = columnMap(args.strings('map'), text);
    const vocabulary = await vocabularyOption(args.string('vocabulary'), language);
    const delimiter = delimiterOption(args.string('delimiter'), text);
    const input = await openInput(file, formatOption(args, ['format', 'input-format'], text), text);

    const json = args.flag('json');
    if (input.notice !== undefined) say(input.notice);
    const progress = createProgress(text);
    const out = await openOutput(undefined, text, progress.clear);
    const tally: RowTally = { rows: 0, invalid: 0, warnings: 0 };
    let written = 0;
    const sink: IssueSink = {
      error: (line, issue) =>
        json ? out.write(`${written++ === 0 ? '[\n' : ',\n'}${JSON.stringify(issue)}`) : out.write(`${line}\n`),
      // Warnings are for people; the JSON array is the errors, as scripts expect.
      warning: (line) => (json ? undefined : out.write(`${text.warning}: ${line}\n`)),
      hint: (message) => {
        progress.clear();
        say(message);
      },
    };

    try {
      const rows = readRows(input, { delimiter, text, locale });
      const records = checkRows(rows, { language, columns, vocabulary, sink, tally, progress, header: input.format === 'csv' });
      for await (const _ of records);
    } finally {
      progress.clear();
      if (json) await out.write(written === 0 ? '[]\n' : '\n]\n');
      await out.close();
    }
    say(text.summary({ file: input.name, ...tally }));
    return tally.invalid > 0 ? 1 : 0;
  },
};
