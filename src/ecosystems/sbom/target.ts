/** Which extractor reads a single file given as the scan target: only SBOM documents are accepted. */
import { UsageError } from '../../core/errors/index.js';
import type { Extractor } from '../../core/plugin/extractor.js';
import { cyclonedxExtractor, isCycloneDxName } from './cyclonedx/index.js';
import { isSpdxName, spdxExtractor } from './spdx/index.js';

export function sbomTargetExtractor(path: string): Extractor {
  if (isSpdxName(path)) return spdxExtractor;
  if (isCycloneDxName(path)) return cyclonedxExtractor;
  throw new UsageError(
    `${path}: a file target must be an SBOM (CycloneDX bom.json or *.cdx.json, SPDX *.spdx.json)`,
    'Give a folder, a git URL, or an SBOM file with one of those names.',
  );
}
