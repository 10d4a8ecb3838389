import type { ParseText } from '../locales/types.js';
import type { RecordIssue } from './issues.js';

/**
 * The issue for a row whose id an earlier row already used.
 * @internal
 */
export function duplicateId(id: string, index: number, firstIndex: number, locale: ParseText): RecordIssue {
  const params = { value: id, firstIndex };
  return { code: 'duplicate_id', index, path: ['id'], received: id, ...params, message: locale.messages.duplicate_id(params) };
}

