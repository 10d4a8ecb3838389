/**
 * A problem of a rule, segment or vocabulary file as one line: its path, then its message
 * (the message alone when the problem is the whole file's, with an empty path).
 * @example problemLine({ path: 'rules[0].recommend', message: "'x' is not a management option" }) // "rules[0].recommend: 'x' is not a management option"
 * @internal
 */
export function problemLine(problem: { readonly path: string; readonly message: string }): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
