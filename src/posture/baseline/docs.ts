/**
 * Where a project keeps its documents, found by file name in the posture file list (no content is
 * read here), and the headings of a document (read on demand, bounded).
 */

export interface DocFacts {
  readme?: string;
  contributing?: string;
  governance?: string;
  /** MAINTAINERS, CODEOWNERS, OWNERS files. */
  maintainers: string[];
  changelog?: string;
  support?: string;
  /** Issue and discussion templates (their presence shows a public tracker is used). */
  issueTemplates: string[];
  /** Documentation files under docs/ or doc/. */
  docsFolder: string[];
  /** CI/CD configuration files of the common CI systems. */
  ci: string[];
  design: string[];
  apiDocs: string[];
  threatModel: string[];
  securityAssessment: string[];
  /** Secret-scanner configuration files. */
  secretScanning: string[];
  /** VEX documents. */
  vex: string[];
  /** LICENSE*, COPYING* files and LICENSE/ or LICENSES/ folders at the root. */
  rootLicense: string[];
}

const DOC_EXT = new Set(['', '.md', '.markdown', '.rst', '.adoc', '.txt']);
const CI_FILES = new Set([
  '.gitlab-ci.yml',
  '.travis.yml',
  '.circleci/config.yml',
  'azure-pipelines.yml',
  'Jenkinsfile',
  'bitbucket-pipelines.yml',
  '.drone.yml',
  'appveyor.yml',
  '.appveyor.yml',
  '.woodpecker.yml',
  'cloudbuild.yaml',
  'cloudbuild.yml',
]);
const SECRET_SCANNERS = new Set([
  '.gitleaks.toml',
  'gitleaks.toml',
  '.gitleaksignore',
  '.secrets.baseline',
  '.trufflehog.yml',
  '.trufflehogignore',
]);

function baseOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
/** `CONTRIBUTING.md` -> stem `contributing`, ext `.md` (lower case). */
function stemExt(path: string): { stem: string; ext: string } {
  const base = baseOf(path).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? { stem: base, ext: '' } : { stem: base.slice(0, dot), ext: base.slice(dot) };
}

/** A document named `stem` (any doc extension) at the root, in .github/ or in docs/. */
function docNamed(
  paths: readonly string[],
  stems: readonly string[],
  dirs = ['', '.github', 'docs', '.gitlab'],
): string | undefined {
  for (const dir of dirs) {
    const hit = paths.find((p) => {
      if (dirOf(p) !== dir) return false;
      const { stem, ext } = stemExt(p);
      return DOC_EXT.has(ext) && stems.includes(stem);
    });
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function nameHas(path: string, words: readonly string[]): boolean {
  const base = baseOf(path).toLowerCase().replaceAll('_', '-');
  return words.some((w) => base.includes(w));
}

export function collectDocFacts(paths: readonly string[]): DocFacts {
  const docsFolder = paths.filter(
    (p) =>
      (p.startsWith('docs/') || p.startsWith('doc/')) && DOC_EXT.has(stemExt(p).ext) && stemExt(p).ext !== '',
  );
  const readme = docNamed(paths, ['readme'], ['', '.github', 'docs']);
  const contributing = docNamed(paths, ['contributing']);
  const governance = docNamed(paths, ['governance']);
  const changelog = docNamed(
    paths,
    ['changelog', 'changes', 'history', 'news', 'releases', 'release-notes'],
    ['', 'docs'],
  );
  const support = docNamed(paths, ['support']);
  const facts: DocFacts = {
    maintainers: paths.filter((p) => {
      const { stem } = stemExt(p);
      const inPlace = ['', '.github', 'docs', '.gitlab'].includes(dirOf(p));
      return inPlace && (stem === 'maintainers' || stem === 'codeowners' || stem === 'owners');
    }),
    issueTemplates: paths.filter(
      (p) =>
        p.startsWith('.github/ISSUE_TEMPLATE/') ||
        p.startsWith('.github/DISCUSSION_TEMPLATE/') ||
        p.toLowerCase() === '.github/issue_template.md' ||
        p.startsWith('.gitlab/issue_templates/'),
    ),
    docsFolder,
    ci: paths.filter(
      (p) =>
        (p.startsWith('.github/workflows/') && (p.endsWith('.yml') || p.endsWith('.yaml'))) ||
        p.startsWith('.buildkite/') ||
        p.startsWith('.woodpecker/') ||
        CI_FILES.has(p),
    ),
    design: paths.filter((p) => nameHas(p, ['architecture', 'design']) && DOC_EXT.has(stemExt(p).ext)),
    apiDocs: paths.filter((p) => {
      const { stem, ext } = stemExt(p);
      return (
        ((stem === 'openapi' || stem === 'swagger') && ['.json', '.yaml', '.yml'].includes(ext)) ||
        (stem === 'api' && DOC_EXT.has(ext) && ext !== '') ||
        p.startsWith('docs/api/')
      );
    }),
    threatModel: paths.filter((p) => nameHas(p, ['threat-model', 'threatmodel'])),
    securityAssessment: paths.filter((p) => nameHas(p, ['security-assessment', 'self-assessment'])),
    secretScanning: paths.filter((p) => SECRET_SCANNERS.has(baseOf(p)) && dirOf(p) === ''),
    vex: paths.filter((p) => {
      const base = baseOf(p).toLowerCase();
      return base.endsWith('.vex.json') || base.endsWith('.openvex.json') || p.startsWith('.vex/');
    }),
    rootLicense: paths.filter((p) => {
      const top = p.split('/')[0]!.toLowerCase();
      if (p.includes('/')) return top === 'license' || top === 'licenses';
      return top.startsWith('license') || top.startsWith('licence') || top.startsWith('copying');
    }),
  };
  if (readme !== undefined) facts.readme = readme;
  if (contributing !== undefined) facts.contributing = contributing;
  if (governance !== undefined) facts.governance = governance;
  if (changelog !== undefined) facts.changelog = changelog;
  if (support !== undefined) facts.support = support;
  return facts;
}

export interface Heading {
  line: number;
  /** Lower-cased heading text. */
  text: string;
}

/** Lines read when looking for headings. */
const MAX_LINES = 20_000;
const MAX_HEADING = 200;

/** Markdown (`# x`), setext and reStructuredText (a line underlined with = - ~) and AsciiDoc (`== x`) headings. */
export function headingsOf(content: string): Heading[] {
  const lines = content.split('\n', MAX_LINES);
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    const first = line.charAt(0);
    if (first === '#' || first === '=') {
      let j = 0;
      while (j < line.length && line.charAt(j) === first) j++;
      if (j <= 6 && line.charAt(j) === ' ')
        out.push({ line: i + 1, text: line.slice(j + 1, j + 1 + MAX_HEADING).toLowerCase() });
      continue;
    }
    const next = lines[i + 1]?.trimEnd() ?? '';
    if (line.trim().length > 0 && next.length >= 3 && isUnderline(next)) {
      out.push({ line: i + 1, text: line.trim().slice(0, MAX_HEADING).toLowerCase() });
    }
  }
  return out;
}

function isUnderline(line: string): boolean {
  const c = line.charAt(0);
  if (c !== '=' && c !== '-' && c !== '~') return false;
  for (let i = 1; i < line.length; i++) if (line.charAt(i) !== c) return false;
  return true;
}
