/** Ignores (sterling.yaml) and OpenVEX statements applied to the matcher's findings. */
export { applySuppressions, type SuppressionInput, type SuppressionResult, utcDate } from './apply.js';
export { countFindings } from './counts.js';
export { type PackageRef, packageRefMatches, parsePackageRef } from './package-ref.js';
