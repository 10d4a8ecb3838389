import type { Locale } from './types.js';

/**
 * How English messages name the kind of a value they received: shared by the messages of
 * parsing and of rule files.
 * @internal
 */
export const enValueKinds: Locale['valueKinds'] = /* @__PURE__ */ Object.freeze({
    null: 'null',
    undefined: 'missing',
    number: 'a number',
    boolean: 'true or false',
    string: 'text',
    array: 'a list',
    object: 'an object',
    other: 'a value of another kind',
  });
