/**
 * The `rel="next"` target of an RFC 8288 Link header, as GitHub sends it for pagination:
 * `<https://api.github.com/...&page=2>; rel="next", <...>; rel="last"`. Parsed by splitting, no regex;
 * an over-long header is ignored (pagination then stops).
 */

export const MAX_LINK_HEADER_LENGTH = 16_384;

export function nextLink(header: string | null): string | undefined {
  if (header === null || header.length > MAX_LINK_HEADER_LENGTH) return undefined;
  for (const part of header.split(',')) {
    const [target, ...params] = part.split(';');
    const url = target?.trim();
    if (!url?.startsWith('<') || !url.endsWith('>')) continue;
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'rel') continue;
      const rels = param
        .slice(eq + 1)
        .trim()
        .replaceAll('"', '')
        .toLowerCase()
        .split(' ');
      if (rels.includes('next')) return url.slice(1, -1);
    }
  }
  return undefined;
}
