/** Metadata every plugin carries; docs are generated from it and a contract test keeps it complete. */
export interface PluginMeta {
  /** Unique, kebab-case, namespaced by ecosystem or kind, e.g. `npm/package-lock`. */
  readonly id: string;
  /** One line: what it does. */
  readonly description: string;
  /** What the plugin needs to run. `network: true` plugins never run under `--offline`. */
  readonly requirements: { readonly network: boolean };
}
