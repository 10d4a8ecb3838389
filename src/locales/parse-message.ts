import type { MessageParams, ParseText } from './types.js';

/**
 * The message of a parse issue, by its code, in `locale`. One call for every code: the
 * message table is keyed by code, and each entry takes that code's parameters, which
 * TypeScript cannot pair up through a code that is a union.
 * @example parseMessage(enParseText, 'missing_field', { field: 'name' }) // 'name is missing'
 * @internal
 */
export function parseMessage<C extends keyof MessageParams>(locale: ParseText, code: C, params: MessageParams[C]): string {
  return (locale.messages[code] as (p: MessageParams[C]) => string)(params);
}
