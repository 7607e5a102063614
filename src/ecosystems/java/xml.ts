/**
 * XML for the Java extractors: fast-xml-parser with entity processing off (no entity expansion, so
 * no billion-laughs and no external entities; the parser rejects external entity declarations) and
 * every value kept as text, plus a linear scan of the text for the line of each element start, since
 * the parser reports no positions. Syntax errors become an InputError naming the file and line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../core/errors/index.js';
import { quote } from '../../core/util/quote.js';
import { stripBom } from './maven-package.js';

/** Deepest element nesting accepted; real POMs and verification files stay under 15. */
export const MAX_XML_DEPTH = 64;

/** Where an element starts: the names of its open ancestors and itself (`project/dependencies/dependency`). */
export interface ElementStart {
  path: string;
  line: number;
}

export interface ParsedXml {
  doc: Record<string, unknown>;
  /** Starts of the elements whose local name is in `record`, in document order. */
  starts: ElementStart[];
}

const OPTIONS = {
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  ignoreAttributes: false,
} as const;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f || c === 0x3e;
}

/** End of a start tag (the index of its `>`), skipping quoted attribute values; -1 when unterminated. */
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

/** End (exclusive) of a `<!DOCTYPE ...>` with an optional internal subset; -1 when unterminated. */
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

/**
 * Lines of element starts by one pass over the text (comments, CDATA, processing instructions and
 * the DOCTYPE skipped). Throws InputError when nesting is deeper than MAX_XML_DEPTH.
 */
export function scanElementStarts(text: string, path: string, record: ReadonlySet<string>): ElementStart[] {
  const starts: ElementStart[] = [];
  const stack: string[] = [];
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
      const gt = text.indexOf('>', lt);
      end = gt < 0 ? -1 : gt + 1;
      stack.pop();
    } else {
      const gt = tagEnd(text, lt + 1);
      if (gt < 0) break;
      let n = lt + 1;
      while (n < gt && !isNameEnd(text.charCodeAt(n))) n++;
      const name = localName(text.slice(lt + 1, n));
      const selfClosing = text.charCodeAt(gt - 1) === 0x2f;
      if (!selfClosing) {
        stack.push(name);
        if (stack.length > MAX_XML_DEPTH) {
          throw new InputError(`${path}: XML nested deeper than ${MAX_XML_DEPTH} elements`, {
            path,
            line: lineAt(lt),
          });
        }
      }
      if (record.has(name)) {
        const p = selfClosing ? [...stack, name].join('/') : stack.join('/');
        starts.push({ path: p, line: lineAt(lt) });
      }
      end = gt + 1;
    }
    if (end < 0) break;
    i = end;
  }
  return starts;
}

function endAfter(text: string, marker: string, from: number): number {
  const k = text.indexOf(marker, from);
  return k < 0 ? -1 : k + marker.length;
}

/** Validates and parses `text`; InputError with file and line when it is not well-formed XML. */
export function parseXml(rawText: string, path: string, record: ReadonlySet<string>): ParsedXml {
  const text = stripBom(rawText);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new InputError(`${path}: not well-formed XML at line ${valid.err.line}: ${quote(valid.err.msg)}`, {
      path,
      line: valid.err.line,
    });
  }
  const starts = scanElementStarts(text, path, record);
  let doc: unknown;
  try {
    doc = new XMLParser(OPTIONS).parse(text);
  } catch (e) {
    throw new InputError(
      `${path}: cannot read the XML: ${quote(e instanceof Error ? e.message : String(e))}`,
      {
        path,
      },
    );
  }
  if (doc === null || typeof doc !== 'object') throw new InputError(`${path}: not an XML document`, { path });
  return { doc: doc as Record<string, unknown>, starts };
}

/** A child that may occur once or repeatedly, as a list. */
export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** An element's text content, trimmed ('' when absent or when it holds only elements). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const t = (value as Record<string, unknown>)['#text'];
    if (typeof t === 'string') return t.trim();
  }
  return '';
}

/** An element as an object of children ({} for text-only or absent elements). */
export function objectOf(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return {};
}

/** An attribute of an element (`@_name`), '' when absent. */
export function attributeOf(value: unknown, name: string): string {
  const v = objectOf(value)[`@_${name}`];
  return typeof v === 'string' ? v : '';
}
