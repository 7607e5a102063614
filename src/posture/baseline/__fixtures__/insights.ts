import { MINIMUM_SI } from '../../raw/security-insights/__fixtures__/minimum.js';

export { MINIMUM_SI };

/** MINIMUM_SI with keys added under `repository.security` (4-space indented lines). */
export function siWithSecurity(lines: string): string {
  return MINIMUM_SI + lines;
}

/** MINIMUM_SI with keys added under `repository` (2-space indented lines). */
export function siWithRepository(lines: string): string {
  return MINIMUM_SI + lines;
}

/** MINIMUM_SI with keys added under `project` (2-space indented lines). */
export function siWithProject(lines: string): string {
  return MINIMUM_SI.replace('  vulnerability-reporting:\n', `${lines}  vulnerability-reporting:\n`);
}

export const RELEASE = `  release:
    automated-pipeline: true
    changelog: https://example.com/acme/widget/releases
    distribution-points:
      - uri: https://example.com/acme/widget/releases
        comment: release page
      - uri: pkg:npm/widget
        comment: npm
    license:
      url: https://example.com/acme/widget/LICENSE
      expression: Apache-2.0
    attestations:
      - name: SBOM
        location: https://example.com/acme/widget/sbom.spdx.json
        predicate-uri: https://spdx.dev/Document
      - name: VEX
        location: https://example.com/acme/widget/vex.json
        predicate-uri: https://openvex.dev/ns
`;
