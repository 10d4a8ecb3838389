import type { ParseText } from '../locales/types.js';
import type { RecordWarning } from './issues.js';
import type { ColumnNotice } from './match-columns.js';

/**
 * A column notice as a warning about the input as a whole (`index` -1).
 * @internal
 */
export function columnWarning(notice: ColumnNotice, locale: ParseText): RecordWarning {
  const params = { field: notice.field, column: notice.column, others: notice.others, by: notice.by };
  return {
    code: 'column_choice',
    index: -1,
    path: [notice.field],
    received: undefined,
    ...params,
    message: locale.messages.column_choice(params),
  };
}
