import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';
import { reason } from './input.js';
import type { CliText } from './text/types.js';

/**
 * Reads a JSON file the user names (`--rules`, `--vocabulary`), with a byte-order mark
 * allowed, turning every failure into a message that says what to fix.
 * @param file - The path.
 * @param text - The CLI's texts in the chosen language.
 * @param missing - The message for a file that does not exist.
 * @returns The parsed JSON.
 * @throws CliError for a missing or unreadable file or malformed JSON.
 * @example const data = await readJsonFile('rules.json', en, en.fileNotFound({ file: 'rules.json' }));
 */
export async function readJsonFile(file: string, text: CliText, missing: string): Promise<unknown> {
  const source = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new CliError(missing);
    throw new CliError(text.cannotRead({ file, reason: reason(error, text) }));
  });
  try {
    return JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (error) {
    throw new CliError(text.badJson({ file, detail: (error as Error).message }));
  }
}
