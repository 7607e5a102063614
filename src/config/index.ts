/** The project config file (sterling.yaml): schema, loader and published JSON Schema. */
export { configJsonSchema, configJsonSchemaText } from './json-schema.js';
export { type LoadedProjectConfig, loadProjectConfig, MAX_CONFIG_BYTES, parseProjectConfig } from './load.js';
export {
  type AttestationEntry,
  CONFIG_FILE_NAMES,
  CONFIG_VERSION,
  DEFAULT_MAX_AGE_HOURS,
  defaultProjectConfig,
  FAIL_ON_LEVELS,
  type FailOn,
  type IgnoreEntry,
  type IgnoreRule,
  type PostureSuppressEntry,
  type PostureSuppressRule,
  PROJECT_CONFIG,
  type ProjectConfig,
} from './schema.js';
