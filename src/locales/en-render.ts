import type { Locale } from './types.js';

/**
 * The English headings, column names and words of the inventory report, for
 * `inventoryMarkdown` and `inventoryHtml`.
 * @example enRender.render.title // 'Partner inventory'
 * @internal
 */
export const enRender: Pick<Locale, 'code' | 'render'> = /* @__PURE__ */ Object.freeze({
  code: 'en',
  render: {
    title: 'Partner inventory',
    none: 'None.',
    headings: {
      summary: 'Summary',
      functions: 'Coverage by function',
      categories: 'Coverage by category',
      missing: 'Categories without partners',
      requiredMissing: 'Required categories without partners',
      units: 'Units and the categories they manage',
      multiManaged: 'Categories managed in more than one place',
      heatMap: 'Where each category is managed',
      mismatches: 'Managed differently from the recommendation',
      undecided: 'Not decided by the rules',
      unclassified: 'Partners without a category',
      findings: 'The five diagnostic questions',
    },
    columns: {
      measure: 'Measure',
      value: 'Value',
      function: 'Function',
      category: 'Category',
      id: 'Id',
      partners: 'Partners',
      share: 'Share',
      categoriesPresent: 'Categories with partners',
      managedBy: 'Managed by',
      typical: 'Typical management',
      unit: 'Unit',
      categories: 'Categories',
      units: 'Units',
      change: 'Current → recommended',
      reason: 'Reason',
      rule: 'Rule',
      source: 'Source',
      needs: 'Needs',
      number: 'No.',
      question: 'Question',
      basis: 'Answered by',
      answer: 'Answer',
      records: 'Records',
    },
    summary: {
      total: 'Partners',
      assessed: 'With known management',
      mismatches: 'Managed differently from the recommendation',
      undecided: 'Not decided by the rules',
      unowned: 'Without an owner',
      unclassified: 'Partners without a category (not counted above)',
      rows: 'Rows read',
      skipped: 'Rows skipped: not partners',
      invalid: 'Rows left out: invalid',
    },
    questions: {
      coverage: 'Do we have every channel-partner relationship type our business needs, based on our current offering portfolio?',
      alignment: 'Are all our channel-partner strategies aligned with the relevant business strategy?',
      management: 'Are we confident these partner relationships are managed well?',
      communication: 'Do we have a clear and consistent way to communicate channel-partner value to the whole organisation?',
      tools:
        'Do we have a robust set of partner-management tools to complement and grow staff skills and ensure partner satisfaction?',
    },
    bases: { data: 'The data', partial: 'Partly the data', none: 'Not the data' },
    sources: { article: 'Source article', heuristic: 'Heuristic', user: 'Your rules' },
    charts: {
      functions: 'Partners per function',
      categories: 'Partners per category',
      heatMap: 'Partners per category and managing unit',
    },
    noCategory: 'No category',
    noFunction: 'Not known',
    noOwner: 'No owner',
    typicalVaries: 'Depends on the partner',
    ofTotal: ({ part, total }) => `${part} of ${total}`,
    change: ({ from, to }) => `${from} → ${to}`,
    withCount: ({ label, count }) => `${label} (${count})`,
    list: (items) => items.join(', '),
    barValue: ({ count, share }) => `${count} (${share})`,
    more: ({ list, count }) => `${list} and ${count} more`,
    cell: ({ category, unit, count }) =>
      `${category}, ${unit}: ${count.toLocaleString('en')} ${count === 1 ? 'partner' : 'partners'}`,
  },
});
