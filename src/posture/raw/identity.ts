/**
 * Who made a commit, as far as git history can tell: bots, "same person" and the organisation an
 * e-mail domain stands for. Plain string operations only (names and addresses are untrusted).
 */

export interface Person {
  name: string;
  email: string;
}

/** Bot accounts that do not end in `[bot]` (e-mail addresses, lower case). */
const BOT_EMAILS = new Set(['support@dependabot.com', 'bot@renovateapp.com', 'noreply@pyup.io']);

/** A bot: GitHub App accounts (`dependabot[bot]`, `renovate[bot]`, `github-actions[bot]`) and the few bots above. */
export function isBot(p: Person): boolean {
  const email = p.email.toLowerCase();
  const at = email.lastIndexOf('@');
  const local = at < 0 ? email : email.slice(0, at);
  return p.name.toLowerCase().endsWith('[bot]') || local.endsWith('[bot]') || BOT_EMAILS.has(email);
}

/** Same person: same e-mail address or same (non-empty) name, ignoring case and surrounding space. */
export function samePerson(a: Person, b: Person): boolean {
  const ea = a.email.trim().toLowerCase();
  const na = a.name.trim().toLowerCase();
  return (
    (ea !== '' && ea === b.email.trim().toLowerCase()) || (na !== '' && na === b.name.trim().toLowerCase())
  );
}

/** GitHub's web-flow committer: the forge made the commit (squash or rebase merge, web edit). */
export function isForgeCommitter(p: Person): boolean {
  return p.email.toLowerCase() === 'noreply@github.com';
}

/**
 * Domains that say nothing about an employer: free mail providers, forge no-reply addresses,
 * placeholders. Compared on the registrable domain (see orgDomain).
 */
export const PERSONAL_DOMAINS: readonly string[] = [
  '126.com',
  '163.com',
  'aol.com',
  'example.com',
  'example.net',
  'example.org',
  'fastmail.com',
  'github.com',
  'gitlab.com',
  'gmail.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'googlemail.com',
  'hey.com',
  'hotmail.com',
  'icloud.com',
  'live.com',
  'localhost',
  'mac.com',
  'mail.ru',
  'me.com',
  'msn.com',
  'outlook.com',
  'pm.me',
  'proton.me',
  'protonmail.com',
  'qq.com',
  'web.de',
  'yahoo.com',
  'yandex.ru',
  'zoho.com',
];
const PERSONAL = new Set(PERSONAL_DOMAINS);

/** Top-level domains that name no organisation (reserved, local). */
const RESERVED_TLDS = new Set([
  'example',
  'internal',
  'invalid',
  'local',
  'localdomain',
  'localhost',
  'test',
]);

/** Second-level labels under which a country's registrable domains sit (`example.co.uk`). */
const SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org']);

/**
 * The organisation an e-mail address stands for: its registrable domain (`us.ibm.com` -> `ibm.com`,
 * `dev.example.co.uk` -> `example.co.uk`), or undefined for personal, no-reply and malformed addresses.
 */
export function orgDomain(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1 || email.length > 254) return undefined;
  const domain = email
    .slice(at + 1)
    .trim()
    .toLowerCase();
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => !isLabel(l))) return undefined;
  const tld = labels[labels.length - 1]!;
  if (RESERVED_TLDS.has(tld)) return undefined;
  const n = labels.length >= 3 && tld.length === 2 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  const org = labels.slice(-n).join('.');
  return PERSONAL.has(org) ? undefined : org;
}

function isLabel(l: string): boolean {
  if (l.length === 0 || l.length > 63) return false;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
    if (!ok) return false;
  }
  return true;
}
