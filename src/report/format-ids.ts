/**
 * The ids of the report formats, without loading the renderers (the CLI offers them as `--format`
 * choices before it knows whether it will render anything). A test keeps them equal to FORMATS.
 */
export const FORMAT_IDS = [
  'cyclonedx',
  'html',
  'json',
  'markdown',
  'openvex',
  'sarif',
  'scorecard-json',
  'spdx',
  'table',
] as const;

/** The formats `sterling sbom` writes. */
export const SBOM_FORMAT_IDS = ['cyclonedx', 'spdx'] as const;
