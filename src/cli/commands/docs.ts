import { taxonomyCsv } from '../../render/taxonomy-csv.js';
import { taxonomyMarkdown } from '../../render/taxonomy-markdown.js';
import { taxonomyMermaid } from '../../render/taxonomy-mermaid.js';
import { taxonomySkos } from '../../render/taxonomy-skos.js';
import type { Locale } from '../../locales/types.js';
import { partnerRecordJsonSchema } from '../../schema/json-schema.js';
import { CliError } from '../cli-error.js';
import { chooseLanguage, localeCodes } from '../cli-locale.js';
import { type Command, say } from '../command.js';
import { openOutput } from '../output.js';

const renderers: Readonly<Record<string, (locale: Locale) => string>> = {
  md: (locale) => taxonomyMarkdown({ locale }),
  mermaid: (locale) => taxonomyMermaid({ locale }),
  'json-schema': (locale) => `${JSON.stringify(partnerRecordJsonSchema({ locale }), null, 2)}\n`,
  // A SKOS file carries every language at once: the chosen one first, then the others.
  skos: (locale) => {
    const others = localeCodes.map((code) => chooseLanguage(code).locale).filter((l) => l !== locale);
    return `${JSON.stringify(taxonomySkos({ locales: [locale, ...others] }), null, 2)}\n`;
  },
  csv: (locale) => taxonomyCsv({ locale }),
};

/** The formats of `docs --format`. */
export const docsFormats: readonly string[] = Object.keys(renderers);

// Names people try for the same formats.
const aliases: Readonly<Record<string, string>> = { markdown: 'md', jsonschema: 'json-schema', 'json-ld': 'skos', jsonld: 'skos' };

/**
 * `docs --format md|mermaid|json-schema|skos|csv`: partner-program documentation from the
 * taxonomy, on standard output or to `--out`. Markdown by default; SKOS in every language.
 * @example partner-taxonomy docs --format mermaid --locale sv
 */
export const docsCommand: Command = {
  name: 'docs',
  options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } },
  run: async (args, language) => {
    const { text, locale } = language;
    if (args.positionals.length > 0) throw new CliError(text.extraArguments({ command: 'docs', extra: args.positionals }));
    const asked = (args.string('format') ?? 'md').toLowerCase();
    const render = renderers[aliases[asked] ?? asked];
    if (render === undefined) {
      throw new CliError(text.unknownFormat({ format: asked, formats: docsFormats, option: '--format' }));
    }
    const file = args.string('out');
    const out = await openOutput(file, text);
    const body = render(locale);
    await out.write(body.endsWith('\n') ? body : `${body}\n`);
    await out.close();
    if (file !== undefined) say(text.wroteFile({ file }));
    return 0;
  },
};
