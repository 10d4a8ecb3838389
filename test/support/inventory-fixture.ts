/**
 * Partner rows for the inventory renderers' tests, with hand-checked figures.
 *
 * `rows` gives 7 records: OEM 2 and value-added distributor 2 (both mismatched against
 * the article), MSP / CMSP 2 (one without a stage, so undecided), academia 1 (no owner).
 * `hostileRows` names units and ids after the ways text can break out of HTML, SVG or a
 * Markdown table; every payload sets `window.__pwned` if it ever runs.
 */
export const rows = [
  { id: 'a1', name: 'Alpha', category: 'VAD', managedBy: 'Channel Sales', management: 'formal-program' },
  { id: 'a2', name: 'Beta', category: 'VAD', managedBy: 'Product', management: 'one-to-one' },
  { id: 'a3', name: 'Gamma', category: 'OEM', managedBy: 'Product', management: 'formal-program' },
  { id: 'a4', name: 'Delta', category: 'OEM', managedBy: 'Product', management: 'formal-program' },
  { id: 'a5', name: 'Eps', category: 'MSP', managedBy: 'Alliances' },
  { id: 'a6', name: 'Zeta', category: 'academia', management: 'marketing-pr' },
  { id: 'a7', name: 'Eta', category: 'MSP', stage: 'pre-offer', managedBy: 'Partner Success', management: 'one-to-one' },
];

export const scriptUnit = '<script>window.__pwned = 1</script>';
export const attributeUnit = '" onmouseover="window.__pwned = 2" x="';
export const imageUnit = '<img src=x onerror="window.__pwned = 3">';
export const scriptId = '<script>window.__pwned = 4</script>';
export const pipeUnit = 'a|b\\c';

export const hostileRows = [
  { id: scriptId, name: 'Mallory', category: 'OEM', managedBy: scriptUnit, management: 'formal-program' },
  { id: 'h2', name: 'Trudy', category: 'OEM', managedBy: attributeUnit, management: 'one-to-one' },
  { id: 'h3', name: 'Eve', category: 'VAD', managedBy: imageUnit },
  { id: 'x|y', name: 'Oscar', category: 'MSP', managedBy: pipeUnit },
];
