// The entry of a browser app that uses the packed tarball, bundled by test/consumers.test.ts
// with esbuild (platform "browser") from a throwaway project, then run in an empty `vm`
// context: no `process`, no `require`, no Node builtins. It leaves its results on
// `globalThis.result` for the test to compare.
import { parsePartnerRecords, recommend, resolvePartnerType } from 'partner-taxonomy';

const { records, errors } = parsePartnerRecords([
  { id: 'P-1', name: 'CloudHarbor', category: 'MSP', stage: 'pre-offer' },
  { id: 'P-2', name: 'Acme', category: 'resellr' },
]);

globalThis.result = {
  var: resolvePartnerType('VAR')?.type.category,
  records: records.map((r) => r.category),
  errors: errors.map((e) => e.code),
  recommended: recommend(records[0]).option,
};
