// An ES module consumer of the packed tarball, run by test/consumers.test.ts from a
// throwaway project with "type": "module": it imports the package by name, so Node goes
// through the installed package's exports map ("import" condition), and prints what it got
// as JSON for the test to compare.
import { parsePartnerRecords, recommend, resolvePartnerType, sv, getCategory } from 'partner-taxonomy';

const { records, errors, warnings } = parsePartnerRecords([
  { 'Partner ID': 'P-1', 'Partner Name': 'CloudHarbor', 'Partner Type': 'MSP', Stage: 'Pre offer' },
  { 'Partner ID': 'P-2', 'Partner Name': 'Acme', 'Partner Type': 'resellr' },
]);

console.log(
  JSON.stringify({
    resolved: import.meta.resolve('partner-taxonomy'),
    var: resolvePartnerType('VAR'),
    records: records.map((r) => ({ id: r.id, category: r.category, stage: 'stage' in r ? r.stage : undefined })),
    errors: errors.map((e) => ({ code: e.code, index: e.index, message: e.message })),
    warnings: warnings.length,
    recommended: recommend(records[0]).option,
    swedish: getCategory('system-integrator', sv).label,
  }),
);
