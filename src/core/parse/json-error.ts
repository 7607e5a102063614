/**
 * Offset of the first syntax error in a JSON text, for error messages (JSON.parse on Node 20 often
 * omits the position). Iterative, linear, no regular expressions. Only called after JSON.parse failed.
 */
export function jsonErrorOffset(text: string): number {
  // States: expecting a value, an object key (or '}'), ':' , ',' or a closer.
  type Expect = 'value' | 'key-or-close' | 'key' | 'colon' | 'comma-or-close' | 'value-or-close';
  const stack: number[] = []; // 123 '{' or 91 '['
  let expect: Expect = 'value';
  let i = 0;
  const n = text.length;
  const ws = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (ws(c)) {
      i++;
      continue;
    }
    if (stack.length === 0 && expect === 'comma-or-close') return i; // trailing content after the document
    if (expect === 'colon') {
      if (c !== 58) return i;
      expect = 'value';
      i++;
      continue;
    }
    if (expect === 'comma-or-close') {
      const top = stack[stack.length - 1];
      if (c === 44) {
        expect = top === 123 ? 'key' : 'value';
        i++;
        continue;
      }
      if ((c === 125 && top === 123) || (c === 93 && top === 91)) {
        stack.pop();
        expect = 'comma-or-close';
        i++;
        continue;
      }
      return i;
    }
    if (c === 125 && expect === 'key-or-close') {
      stack.pop();
      expect = 'comma-or-close';
      i++;
      continue;
    }
    if (c === 93 && expect === 'value-or-close') {
      stack.pop();
      expect = 'comma-or-close';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (c !== 34) return i;
      const end = skipString(text, i);
      if (end < 0) return n;
      i = end;
      expect = 'colon';
      continue;
    }
    // a value
    if (c === 123) {
      stack.push(123);
      expect = 'key-or-close';
      i++;
    } else if (c === 91) {
      stack.push(91);
      expect = 'value-or-close';
      i++;
    } else if (c === 34) {
      const end = skipString(text, i);
      if (end < 0) return n;
      i = end;
      expect = 'comma-or-close';
    } else {
      const end = skipLiteral(text, i);
      if (end === i) return i;
      i = end;
      expect = 'comma-or-close';
    }
  }
  return n;
}

function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i + 1;
    else if (c < 32) return -1;
  }
  return -1;
}

/** Skips a number or true/false/null; returns `start` when there is none. */
function skipLiteral(text: string, start: number): number {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, start)) return start + word.length;
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const numeric = (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
    if (!numeric) break;
    i++;
  }
  return i;
}
