import { quoteList } from './join-list.js';

// The small phrases the English messages of parsing and of rule files share.

/** @internal */
export const enQuoteList = (values: readonly string[], conjunction = 'or'): string => quoteList(values, conjunction);

/** The "did you mean" a message ends with, when there is a suggestion. @internal */
export const enDidYouMean = (suggestion: string | undefined): string =>
  suggestion === undefined ? '' : `; did you mean '${suggestion}'?`;
