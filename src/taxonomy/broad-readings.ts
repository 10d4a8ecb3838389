import type { PartnerCategory } from './types.js';

// The categories a broad partner word most often means, best first: this project's
// reading (the article names no such words), shared by the generic labels the resolvers
// know ("Reseller", "Teknikpartner") and the CRM picklist values that say the same.

/** What "reseller" most often means. @internal */
export const resellingCategories = ['solution-reseller', 'value-added-distributor', 'cloud-reseller'] as const satisfies readonly PartnerCategory[];

/** What "technology partner" most often means. @internal */
export const technologyCategories = ['isv-ihv', 'platform', 'interoperability'] as const satisfies readonly PartnerCategory[];

/** What "service provider" most often means. @internal */
export const providerCategories = ['msp-cmsp', 'authorized-service', 'cloud-reseller'] as const satisfies readonly PartnerCategory[];
