/**
 * XML for the .NET extractors (project files, Directory.Packages.props, packages.config):
 * fast-xml-parser in document order (`preserveOrder`), entity processing off (no expansion, so no
 * billion laughs and no external entities), every value kept as text; the five predefined entities
 * and character references are decoded here, in one pass. The parser reports no positions, so one
 * linear scan of the text records the line of every element start, in the same document order.
 * Nesting is bounded before the parser runs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../../core/errors/index.js';
import { quote } from '../../../core/util/quote.js';

/** Deepest element nesting accepted; MSBuild and NuGet files stay under 10. */
export const MAX_XML_DEPTH = 64;

export interface XmlElement {
  /** Local name (prefix removed). MSBuild names are case-insensitive: compare with `is`. */
  name: string;
  /** Attributes by lower-cased local name, entities decoded. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text content directly inside, entities decoded, trimmed. */
  text: string;
  /** 1-based line of the start tag, when the scan and the parser agree. */
  line?: number;
}

const OPTIONS = {
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreAttributes: false,
  preserveOrder: true,
  attributeNamePrefix: '',
} as const;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** `&amp;`, `&#65;`, `&#x41;` decoded; any other entity reference kept as written (never expanded). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    const semi = text.indexOf(';', i);
    if (semi < 0 || semi - i > 10) continue;
    const ref = text.slice(i + 1, semi);
    let value = PREDEFINED[ref];
    if (value === undefined && ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff) value = String.fromCodePoint(code);
    }
    if (value === undefined) continue;
    out += text.slice(from, i) + value;
    from = semi + 1;
    i = semi;
  }
  return out + text.slice(from);
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Case-insensitive element or attribute name comparison (MSBuild's rule). */
export function is(element: XmlElement, name: string): boolean {
  return element.name.toLowerCase() === name.toLowerCase();
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;
}

function endAfter(text: string, marker: string, from: number): number {
  const k = text.indexOf(marker, from);
  return k < 0 ? -1 : k + marker.length;
}

/** Index of the `>` closing a start tag, skipping quoted attribute values; -1 when unterminated. */
function tagEnd(text: string, from: number): number {
  let q = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (q !== 0) {
      if (c === q) q = 0;
    } else if (c === 0x22 || c === 0x27) q = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) inSubset = true;
    else if (c === 0x5d) inSubset = false;
    else if (c === 0x3e && !inSubset) return i + 1;
  }
  return -1;
}

/** Line of every element start in document order; InputError when nested deeper than MAX_XML_DEPTH. */
export function scanStartLines(text: string, path: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (pos: number): number => {
    for (let k = text.indexOf('\n', counted); k >= 0 && k < pos; k = text.indexOf('\n', k + 1)) line++;
    counted = pos;
    return line;
  };
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    const next = text.charCodeAt(lt + 1);
    let end: number;
    if (text.startsWith('<!--', lt)) end = endAfter(text, '-->', lt + 4);
    else if (text.startsWith('<![CDATA[', lt)) end = endAfter(text, ']]>', lt + 9);
    else if (next === 0x21) end = doctypeEnd(text, lt + 2);
    else if (next === 0x3f) end = endAfter(text, '?>', lt + 2);
    else if (next === 0x2f) {
      end = endAfter(text, '>', lt);
      depth--;
    } else {
      const gt = tagEnd(text, lt + 1);
      if (gt < 0) break;
      let n = lt + 1;
      while (n < gt && !isNameEnd(text.charCodeAt(n))) n++;
      if (text.charCodeAt(gt - 1) !== 0x2f) {
        depth++;
        if (depth > MAX_XML_DEPTH) {
          const at = lineAt(lt);
          throw new InputError(`${path}:${at}: XML nested deeper than ${MAX_XML_DEPTH} elements`, {
            path,
            line: at,
            hint: 'MSBuild and NuGet files are shallow; check where this file came from.',
          });
        }
      }
      lines.push(lineAt(lt));
      end = gt + 1;
    }
    if (end < 0) break;
    i = end;
  }
  return lines;
}

type Node = Record<string, unknown>;

function convert(nodes: unknown, out: XmlElement[], order: XmlElement[]): string {
  let text = '';
  if (!Array.isArray(nodes)) return text;
  for (const node of nodes as Node[]) {
    const attrs = (node[':@'] ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      if (key === '#text') {
        text += String(node[key]);
        continue;
      }
      if (key.startsWith('?') || key.startsWith('!')) continue;
      const el: XmlElement = { name: localName(key), attrs: {}, children: [], text: '' };
      for (const [k, v] of Object.entries(attrs)) {
        if (typeof v === 'string') el.attrs[localName(k).toLowerCase()] = decodeEntities(v);
      }
      order.push(el);
      el.text = decodeEntities(convert(node[key], el.children, order).trim());
      out.push(el);
    }
  }
  return text;
}

/** The root element of `text`; InputError naming the file and line when it is not well-formed XML. */
export function parseXmlFile(rawText: string, path: string): XmlElement {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lines = scanStartLines(text, path);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new InputError(`${path}:${valid.err.line}: not well-formed XML (${quote(valid.err.msg)})`, {
      path,
      line: valid.err.line,
      hint: 'Fix the file, or exclude it with --exclude.',
    });
  }
  let parsed: unknown;
  try {
    parsed = new XMLParser(OPTIONS).parse(text);
  } catch (e) {
    throw new InputError(
      `${path}: cannot read the XML (${quote(e instanceof Error ? e.message : String(e))})`,
      { path },
    );
  }
  const roots: XmlElement[] = [];
  const order: XmlElement[] = [];
  convert(parsed, roots, order);
  const root = roots[0];
  if (!root) {
    throw new InputError(`${path}:1: not an XML document (no root element)`, { path, line: 1 });
  }
  if (order.length === lines.length) {
    for (let k = 0; k < order.length; k++) order[k]!.line = lines[k]!;
  }
  return root;
}

/** Every descendant element named `name` (case-insensitive), in document order. */
export function descendants(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  const want = name.toLowerCase();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el !== root && el.name.toLowerCase() === want) out.push(el);
    for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k]!);
  }
  return out;
}

/** An attribute (case-insensitive name) or '' ; `undefined` when absent. */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs[name.toLowerCase()];
}

/** The text of the first child element named `name`, or undefined. */
export function childText(el: XmlElement, name: string): string | undefined {
  const child = el.children.find((c) => is(c, name));
  return child?.text;
}
