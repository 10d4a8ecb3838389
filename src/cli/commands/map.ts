import { basename, extname } from 'node:path';
import { createVocabularyDraft } from '../../schema/draft-vocabulary.js';
import { inputOptions } from '../args.js';
import { CliError } from '../cli-error.js';
import { type Command, say } from '../command.js';
import { formatOption, rowOptions } from '../input-options.js';
import { openInput } from '../input.js';
import { isObject } from '../is-object.js';
import { checkMappedHeaders } from '../mapped-headers.js';
import { openOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { readRows } from '../read-rows.js';

/**
 * `map <file|-> [--column <header>] [--out <file.json>]`: a vocabulary drafted from the
 * category column's own values (each with its count), mapped where the package knows
 * them and marked `decide` where not. The JSON is valid for `--vocabulary` as it is; the
 * user edits it and validates with it.
 * @example partner-taxonomy map export.csv --column "Partner Type" --out our-types.json
 */
export const mapCommand: Command = {
  name: 'map',
  options: { ...inputOptions, column: { type: 'string' }, out: { type: 'string', short: 'o' } },
  run: async (args, language) => {
    const { text, locale } = language;
    const { file, columns, vocabulary, delimiter } = await rowOptions(args, 'map', language);
    const column = args.string('column');
    const outFile = args.string('out');
    const input = await openInput(file, formatOption(args, ['format', 'input-format'], text), text);
    if (input.notice !== undefined) say(input.notice);

    const id = file === '-' ? 'custom' : basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9]+/g, '-') || 'custom';
    const draft = createVocabularyDraft({
      id,
      locale,
      ...(column === undefined ? {} : { column }),
      ...(columns === undefined ? {} : { columns }),
      ...(vocabulary === undefined ? {} : { vocabulary }),
    });
    const progress = createProgress(text);
    let first = true;
    let rows = 0;
    try {
      for await (const batch of readRows(input, { delimiter, text, locale })) {
        for (const source of batch) {
          progress.tick(++rows);
          if (source.problem !== undefined) continue;
          if (first && isObject(source.row)) {
            const headers = Object.keys(source.row);
            checkMappedHeaders(headers, columns, text);
            if (column !== undefined && !headers.includes(column)) throw new CliError(text.mapColumnMissing({ column, headers }));
          }
          first = false;
          draft.add(source.row);
        }
      }
    } finally {
      progress.clear();
    }
    const result = draft.finish();
    if (result.column === undefined) throw new CliError(text.noCategoryColumn({ file: input.name }));

    const out = await openOutput(outFile, text);
    await out.write(`${JSON.stringify(result.vocabulary, null, 2)}\n`);
    await out.close();
    say(
      text.mapped({
        file: input.name,
        column: result.column,
        rows: result.rows,
        values: result.vocabulary.values.length,
        undecided: result.undecided,
        out: outFile,
        source: file === '-' ? undefined : file,
      }),
    );
    return 0;
  },
};
