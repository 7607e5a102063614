import { EXTRACTORS } from '../ecosystems/registry.js';
import { VERSION_SCHEMES } from '../ecosystems/version-schemes.js';
import { FORMATS } from '../report/registry.js';

/** docs/plugins.md, generated from plugin metadata (the single source of truth). */
export function pluginsMarkdown(): string {
  const out: string[] = [
    '# Sterling plugins',
    '',
    '<!-- Generated from plugin metadata by `npm run docs`; a test keeps it in sync. Do not edit by hand. -->',
    '',
    '## Extractors',
    '',
    '| id | ecosystem | files | network | what it does |',
    '|---|---|---|---|---|',
  ];
  for (const e of EXTRACTORS) {
    out.push(
      `| \`${e.id}\` | ${e.ecosystem} | ${e.files.map((f) => `\`${f}\``).join(', ')} | ${e.requirements.network ? 'yes' : 'no'} | ${e.description} |`,
    );
  }
  out.push('', '## Report formats', '', '| id | media type | SBOM | what it is |', '|---|---|---|---|');
  for (const f of FORMATS) {
    out.push(`| \`${f.id}\` | \`${f.mediaType}\` | ${f.sbom ? 'yes' : 'no'} | ${f.description} |`);
  }
  out.push(
    '',
    '## Version schemes',
    '',
    'How versions are ordered when matching OSV ranges, per OSV ecosystem. An ecosystem not listed here is',
    'reported as unsupported (its packages are listed as unchecked), never guessed.',
    '',
    '| id | OSV ecosystems | what it implements |',
    '|---|---|---|',
  );
  for (const v of VERSION_SCHEMES) {
    out.push(`| \`${v.id}\` | ${v.ecosystems.map((e) => `\`${e}\``).join(', ')} | ${v.description} |`);
  }
  return `${out.join('\n')}\n`;
}
