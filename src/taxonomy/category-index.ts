import { categoryNodes } from './data.js';
import type { CategoryNode } from './types.js';

/**
 * Category nodes by id, for the layers that look a category up per record (parsing, the
 * rule engine). Keyed by `unknown` so a lookup of any record value is type-safe and
 * simply misses.
 * @internal
 */
export const categoryById: ReadonlyMap<unknown, CategoryNode> = /* @__PURE__ */ new Map(
  // Marked pure too: the published dist/index.js is one module, where a bundler keeps an
  // unused statement unless every call in it is marked pure.
  /* @__PURE__ */ categoryNodes.map((node) => [node.id, node]),
);
