import { shown } from '../locales/shown.js';
import type { ParseText } from '../locales/types.js';
import type { RecordIssue } from './issues.js';

/**
 * The issue for a row whose id an earlier row already used.
 * @internal
 */
export function duplicateId(id: string, index: number, firstIndex: number, locale: ParseText): RecordIssue {
  // The message quotes the id cut short, as every message quotes a value; `received` keeps it whole.
  const params = { value: shown(id), firstIndex };
  return { code: 'duplicate_id', index, path: ['id'], received: id, ...params, message: locale.messages.duplicate_id(params) };
}

