/** OpenVEX 0.2.0 input: loading documents and deciding which statement applies to a finding. */
export { normalizeVulnId } from './ids.js';
export {
  loadOpenVex,
  MAX_VEX_BYTES,
  parseOpenVex,
  type VexComponent,
  type VexDocument,
  type VexProduct,
  type VexStatement,
} from './load.js';
export { applicableStatements, type VexIndex, type VexSubject, vexIndex } from './match.js';
export { type PurlMatcher, parsePurl, purlMatcher, purlMatches } from './purl.js';
export {
  OPENVEX_CONTEXTS,
  VEX_JUSTIFICATIONS,
  VEX_STATUSES,
  type VexJustification,
  type VexStatus,
} from './schema.js';
