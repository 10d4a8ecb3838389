import type { ColumnMapping } from '../schema/match-columns.js';
import { CliError } from './cli-error.js';
import { suggestName } from './suggest-name.js';
import type { CliText } from './text/types.js';

/**
 * Stops with a usage error when `--map` names a header the file does not have: a typo
 * there would otherwise be ignored without a word. Every command that takes `--map`
 * checks the first row's headers with it.
 * @throws CliError naming the header, the file's headers and the nearest of them.
 * @example checkMappedHeaders(['Partner ID', 'Type'], { Typo: 'category' }, text) // throws: --map names the column "Typo", …
 */
export function checkMappedHeaders(headers: readonly string[], columns: ColumnMapping | undefined, text: CliText): void {
  for (const mapped of Object.keys(columns ?? {})) {
    if (!headers.includes(mapped)) {
      throw new CliError(text.mapHeaderMissing({ header: mapped, headers, suggestion: suggestName(mapped, headers) }));
    }
  }
}
