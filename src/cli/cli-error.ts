/**
 * A mistake the user can fix (a wrong option, a missing or unreadable file), with the
 * message that says how. `main` prints only the message, never a stack trace, and exits
 * with `exitCode`: 2 for usage and file errors (1 is kept for invalid rows).
 * @example throw new CliError(text.fileNotFound({ file: 'partners.csv' }));
 */
export class CliError extends Error {
  /** The process exit code. */
  readonly exitCode: number;
  /** More lines to print after the message, such as every problem in a rule file. */
  readonly details: readonly string[];

  constructor(message: string, options: { readonly exitCode?: number; readonly details?: readonly string[] } = {}) {
    super(message);
    this.name = 'CliError';
    this.exitCode = options.exitCode ?? 2;
    this.details = options.details ?? [];
  }
}
