/**
 * Seeded synthetic CRM rows for the benchmarks: the same seed always gives the same rows,
 * so two runs (or two machines) measure the same work.
 *
 * Rows look like a JSON export of a CRM: string cells, empty cells left out (as in
 * examples/partners.json), record fields under their own names, and a few extra columns
 * that end up in `custom`. Nothing here imports the library: the data must not depend on
 * the code it measures.
 */

/** mulberry32: a small, fast, seedable 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Category, CRM weight, function, subtype field and values, and how people write it
// instead of the id. A label that implies a subtype says which (`implies`), so the row
// does not contradict it. Weights: resellers, SIs and ISVs are common; influencers rare.
const categories = [
  // solution
  { id: 'isv-ihv', weight: 12, fn: 'solution', subtype: ['kind', ['isv', 'ihv']],
    labels: [{ text: 'ISV', implies: 'isv' }, { text: 'IHV', implies: 'ihv' }, { text: 'independent software vendor', implies: 'isv' }] },
  { id: 'platform', weight: 3, fn: 'solution', labels: ['Platform partner', 'Plattformspartner'] },
  { id: 'system-integrator', weight: 12, fn: 'solution', labels: ['SI', 'System integrator', 'Systemintegratör', 'systems integrator'] },
  { id: 'oem', weight: 3, fn: 'solution', labels: ['OEM'] },
  { id: 'interoperability', weight: 2.5, fn: 'solution', labels: ['Interoperability partner'] },
  { id: 'msp-cmsp', weight: 9, fn: 'solution', subtype: ['stage', ['pre-offer', 'post-offer']],
    labels: ['MSP', 'CMSP', 'managed service provider'] },
  // sales
  { id: 'solution-reseller', weight: 14, fn: 'sales', labels: ['Solution reseller', 'Lösningsåterförsäljare', 'value-added reseller'] },
  { id: 'value-added-distributor', weight: 8, fn: 'sales', labels: ['VAR', 'VAD', 'Value-added distributor'] },
  { id: 'cloud-reseller', weight: 8, fn: 'sales', labels: ['Cloud reseller', 'Molnåterförsäljare'] },
  { id: 'sales-agent', weight: 5, fn: 'sales', subtype: ['mode', ['introducer', 'closer']],
    labels: ['SA', 'Sales agent', { text: 'referral partner', implies: 'introducer' }] },
  // service
  { id: 'authorized-service', weight: 5, fn: 'service', subtype: ['businessModel', ['vendor-branded', 'value-add', 'subcontractor']],
    labels: ['Authorised service partner', 'Auktoriserad servicepartner'] },
  { id: 'logistics-3pl', weight: 2, fn: 'service', labels: ['3PL', 'Third-party logistics (3PL)'] },
  { id: 'financing', weight: 1.5, fn: 'service', labels: ['Financing partner'] },
  { id: 'training-certification', weight: 2, fn: 'service', labels: ['Training and certification partner'] },
  { id: 'epc', weight: 1, fn: 'service', labels: ['EPC'] },
  { id: 'consulting-deployment', weight: 6, fn: 'service', labels: ['Consulting and deployment partner'] },
  // influencer
  { id: 'government-agency', weight: 0.5, fn: 'influencer', labels: ['Government agency', 'Myndighet'] },
  { id: 'standards-body', weight: 0.5, fn: 'influencer', labels: ['Standards body'] },
  { id: 'developer-community', weight: 1.5, fn: 'influencer', labels: ['Developer community', 'Utvecklare'] },
  { id: 'open-source-community', weight: 1, fn: 'influencer', labels: ['Open-source community'] },
  { id: 'academia', weight: 0.7, fn: 'influencer', labels: ['Academia'] },
  { id: 'industry-analyst', weight: 0.8, fn: 'influencer', labels: ['Industry analyst', 'Branschanalytiker'] },
];

/** The 22 category ids, for checking that the generator covers the taxonomy. */
export const syntheticCategoryIds = categories.map((c) => c.id);

const totalWeight = categories.reduce((sum, c) => sum + c.weight, 0);

const units = ['channel-sales', 'product', 'marketing', 'alliances', 'services', 'executive'];
const unitLabels = ['Channel Sales', 'Product', 'Alliances', 'Kanalförsäljning', 'Partner Success', 'EMEA Partner Team'];
const options = ['formal-program', 'formal-support', 'one-to-one', 'sla', 'marketing-pr'];
const optionLabels = ['Formal program', 'Partner program', '1:1', 'SLA', 'Marketing and PR', 'Formellt stöd'];
const regions = ['EMEA', 'AMER', 'APAC', 'LATAM'];
const tiers = ['Platinum', 'Gold', 'Silver', 'Registered', 'Strategic'];
const countries = ['SE', 'NO', 'DK', 'FI', 'DE', 'GB', 'NL', 'FR', 'US', 'CA', 'AU', 'JP', 'BR'];
const verticals = ['Public sector', 'Healthcare', 'Manufacturing', 'Retail', 'Financial services', 'Energy'];
const namePrefixes = ['Nordlys', 'Kestrel', 'Brightpath', 'Datavägen', 'Helix', 'CloudHarbor', 'Stratus', 'Ironbark',
  'Bluefjord', 'Quantia', 'Solvik', 'Meridian', 'Tallgrass', 'Öresund', 'Copperline', 'Vantage', 'Granite', 'Lumen'];
const nameCores = ['Software', 'Systems', 'Consulting', 'Networks', 'Cloud', 'Data', 'Integration', 'Devices', 'Labs',
  'Services', 'Solutions', 'Partners', 'Logistics', 'Analytics'];
const nameForms = ['AB', 'GmbH', 'Ltd', 'Inc.', 'Oy', 'A/S', 'BV', 'SAS', 'Pty Ltd', 'KK', ''];
const owners = ['anna.berg', 'j.smith', 'm.keller', 'l.nguyen', 'p.olsen', 'r.garcia'];

/** The values these rows use for the free-text fields, for rules that test them. */
export const crmValues = Object.freeze({ regions, tiers, countries, verticals, segments: ['SMB', 'Mid-market', 'Enterprise'] });

// The ways a row goes wrong in a real export, one issue each, with the columns each
// needs. Used in turn (with `columns`, only those whose columns the rows carry).
const invalidKinds = [
  { kind: 'unknown-category', needs: ['category'] }, // a typo in the category ("resellr")
  { kind: 'subtype-on-wrong-category', needs: ['category', 'stage'] }, // a Stage on an OEM row
  { kind: 'missing-name', needs: ['name'] },
  { kind: 'invalid-subtype-value', needs: ['category', 'stage'] }, // "pre-ofer"
  { kind: 'unknown-management', needs: ['management'] }, // "formal progam"
  { kind: 'function-mismatch', needs: ['category', 'function'] }, // function 'sales' on a system integrator
];

/**
 * The columns of the plain rows: a small CRM export with the fields a zod user would
 * declare for it (the parse bench's main row sets; see docs/benchmarks.md, Parsing).
 */
export const plainColumns = Object.freeze(['id', 'name', 'category', 'stage', 'region', 'tier', 'managedBy']);
const categoryTypos = ['resellr', 'Systemintegrater', 'distributer', 'clod reseller', 'ISVV', 'managed servce provider',
  'consultancy', 'Platfrom partner'];

/**
 * Generates `count` rows.
 * @param {number} count - How many rows.
 * @param {object} [options]
 * @param {number} [options.seed] - The PRNG seed.
 * @param {'canonical' | 'mixed' | 'invalid'} [options.set] - `canonical`: every taxonomy
 *   value is its id, every row valid. `mixed`: about 20% of the valid rows write category
 *   (and management, managedBy) as labels, acronyms or Swedish names, and exactly 10% of
 *   the rows are invalid, each for one reason (see `invalidKinds`). `invalid`: ids only,
 *   as canonical, and exactly 10% of the rows invalid, as mixed.
 * @param {readonly string[]} [options.columns] - Keep only these columns, in this order
 *   (a row leaves out the ones it has no value for), and spoil rows only in the ways those
 *   columns allow. All columns by default.
 * @param {boolean} [options.metrics] - Also add the numeric CRM columns that rules on
 *   custom fields test (`revenue`, `employees`, `score`, …; see `addMetrics`). Off by
 *   default; turning it on adds columns but leaves every other cell of every row as it was.
 * @returns {{ rows: Record<string, unknown>[], invalid: Set<number> }} The rows, and the
 *   indexes of the rows made invalid on purpose.
 */
export function generateRows(count, { seed = 20240601, set = 'canonical', metrics = false, columns } = {}) {
  const kinds = invalidKinds.filter((k) => columns === undefined || k.needs.every((c) => columns.includes(c)));
  const random = mulberry32(seed);
  // The metric columns draw from their own stream, so the other columns stay the same.
  const metricsRandom = metrics ? mulberry32(seed ^ 0x5bd1e995) : undefined;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const pickCategory = () => {
    let r = random() * totalWeight;
    for (const c of categories) {
      r -= c.weight;
      if (r < 0) return c;
    }
    return categories[categories.length - 1];
  };

  // Exactly 10% of the mixed and invalid rows are invalid, at seeded positions.
  const invalid = new Set();
  if (set === 'mixed' || set === 'invalid') {
    const order = Array.from({ length: count }, (_, i) => i);
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order.slice(0, Math.round(count / 10))) invalid.add(i);
  }

  const rows = [];
  let invalidTurn = 0;
  for (let i = 0; i < count; i++) {
    const c = pickCategory();
    const asText = set === 'mixed' && chance(0.2);
    const row = {
      id: `P-${String(100000 + i)}`,
      name: `${pick(namePrefixes)} ${pick(nameCores)} ${pick(nameForms)}`.trim(),
    };

    let implied;
    if (asText) {
      const label = pick(c.labels);
      row.category = typeof label === 'string' ? label : label.text;
      implied = typeof label === 'string' ? undefined : label.implies;
    } else {
      row.category = c.id;
    }
    if (chance(0.4)) row.function = c.fn;
    if (c.subtype !== undefined && (implied !== undefined || chance(0.7))) {
      row[c.subtype[0]] = implied ?? pick(c.subtype[1]);
    }
    if (chance(0.8)) row.managedBy = asText && chance(0.7) ? pick(unitLabels) : pick(units);
    if (chance(0.7)) row.management = asText && chance(0.7) ? pick(optionLabels) : pick(options);
    row.region = pick(regions);
    if (chance(0.75)) row.tier = pick(tiers);
    if (chance(0.35)) row.vertical = pick(verticals);
    row.country = pick(countries);
    // Columns the record does not know: they go to `custom`.
    row.crmOwner = `${pick(owners)}@example.com`;
    if (chance(0.3)) row.notes = `Joined ${2015 + Math.floor(random() * 10)}; ${pick(verticals).toLowerCase()} focus`;

    if (metricsRandom !== undefined) addMetrics(row, c, metricsRandom);

    if (invalid.has(i)) spoil(row, kinds[invalidTurn++ % kinds.length].kind, pick);
    rows.push(columns === undefined ? row : only(row, columns));
  }
  return { rows, invalid };
}

/** Fisher–Yates with the bench's PRNG; for row sets without invalid rows to renumber. */
function shuffledRows({ rows, invalid }, seed) {
  if (invalid.size > 0) throw new Error('shuffledRows: only for row sets without invalid rows');
  const random = mulberry32(seed ^ 0x9e3779b9);
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return { rows: out, invalid };
}

/**
 * The parse bench's row sets (bench/parse.bench.mjs adds their zod schemas; also what
 * bench/profile.mjs and bench/parse-ab.mjs parse), each with `columns` when it keeps only
 * those, and `invalid`, the rows made invalid on purpose. The plain sets carry the seven
 * columns of a small CRM export (`plainColumns`); the full sets every record field and
 * two custom columns. A set's rows (and the set of invalid ones) are made when its
 * `make()` is called, so a bench can hold one set at a time.
 */
export function parseRowSets(count, seed) {
  const plain = (options) => generateRows(count, { ...options, columns: plainColumns });
  return [
    { key: 'plain', title: 'plain rows (7 columns, ids only, all valid)', columns: plainColumns, make: () => plain({ seed }) },
    {
      key: 'plain-invalid',
      title: 'plain rows, 10% invalid',
      columns: plainColumns,
      make: () => plain({ seed: seed + 2, set: 'invalid' }),
    },
    // The plain rows in a seeded shuffled order: the ids are no longer increasing, so
    // the duplicate-id check takes its slower path (a Set).
    {
      key: 'plain-shuffled',
      title: 'plain rows, ids out of order',
      columns: plainColumns,
      make: () => shuffledRows(plain({ seed }), seed),
    },
    { key: 'full', title: 'full rows (15 columns, ids only, all valid)', make: () => generateRows(count, { seed, set: 'canonical' }) },
    { key: 'mixed', title: 'full rows, ~20% labels, 10% invalid', make: () => generateRows(count, { seed: seed + 1, set: 'mixed' }) },
  ];
}

// How the tier and the function shift the metrics: strategic and platinum partners are
// bigger; solution and service partners hold more certifications, sales partners win more
// deals. A row without a tier counts as a little below Silver.
const tierScale = { Strategic: 4, Platinum: 3, Gold: 1.8, Silver: 1, Registered: 0.5 };
const certifications = { solution: 8, service: 10, sales: 4, influencer: 1 };
const deals = { sales: 60, solution: 25, service: 10, influencer: 0 };

/**
 * Adds the numeric columns a CRM keeps on a partner, as text cells (as in a CSV or string
 * export), each left out now and then as real exports do. They all end up in `custom`.
 * Revenue is log-uniform over 50k–50M, times the tier's scale (0.5–4); employees follow
 * revenue; the segment follows employees.
 */
function addMetrics(row, c, random) {
  const chance = (p) => random() < p;
  const scale = tierScale[row.tier] ?? 0.8;
  const revenue = Math.round((10 ** (4.7 + 3 * random()) * scale) / 1000) * 1000;
  const employees = Math.max(1, Math.round(revenue / (25_000 + 100_000 * random())));
  if (chance(0.85)) row.revenue = String(revenue);
  if (chance(0.9)) row.employees = String(employees);
  if (chance(0.9)) row.segment = crmValues.segments[employees < 50 ? 0 : employees < 500 ? 1 : 2];
  if (chance(0.8)) row.score = String(Math.min(100, Math.round(30 + 8 * scale + 45 * random())));
  if (chance(0.95)) row.yearsActive = String(Math.floor(random() * (6 + 5 * scale)));
  if (chance(0.7)) row.certifications = String(Math.floor(random() * 2 * certifications[c.fn] * Math.sqrt(scale)));
  if (chance(0.6)) row.dealsWon = String(Math.floor(random() * 2 * deals[c.fn] * scale));
  if (chance(0.4)) row.nps = String(Math.round(-40 + 100 * random()));
  if (chance(0.5)) row.marginPct = (5 + 30 * random()).toFixed(1);
}

// The row's cells in `columns`, in that order.
function only(row, columns) {
  const out = {};
  for (const column of columns) if (Object.hasOwn(row, column)) out[column] = row[column];
  return out;
}

// Gives a valid row exactly one reason to fail.
function spoil(row, kind, pick) {
  switch (kind) {
    case 'unknown-category':
      row.category = pick(categoryTypos);
      for (const f of ['function', 'kind', 'stage', 'mode', 'businessModel']) delete row[f];
      break;
    case 'subtype-on-wrong-category':
      for (const f of ['function', 'kind', 'mode', 'businessModel']) delete row[f];
      row.category = 'oem';
      row.stage = 'pre-offer';
      break;
    case 'missing-name':
      delete row.name;
      break;
    case 'invalid-subtype-value':
      for (const f of ['function', 'kind', 'mode', 'businessModel']) delete row[f];
      row.category = 'msp-cmsp';
      row.stage = 'pre-ofer';
      break;
    case 'unknown-management':
      row.management = 'formal progam';
      break;
    case 'function-mismatch':
      for (const f of ['kind', 'stage', 'mode', 'businessModel']) delete row[f];
      row.category = 'system-integrator';
      row.function = 'sales';
      break;
    default:
      throw new Error(`unknown invalid kind ${kind}`);
  }
}
