/**
 * `${name}` interpolation of POM values, bounded: a property refers to others at most MAX_DEPTH deep,
 * a cycle (`${a}` -> `${b}` -> `${a}`) stops at the repeated name, one value costs at most MAX_STEPS
 * look-ups and yields at most MAX_LENGTH characters. What cannot be resolved stays as written.
 */
export const MAX_DEPTH = 16;
export const MAX_STEPS = 1000;
export const MAX_LENGTH = 1024;

export function interpolate(text: string, props: ReadonlyMap<string, string>): string {
  const budget = { steps: 0 };
  const out = expand(text, props, [], budget);
  return out.length > MAX_LENGTH ? out.slice(0, MAX_LENGTH) : out;
}

function expand(
  text: string,
  props: ReadonlyMap<string, string>,
  stack: string[],
  budget: { steps: number },
): string {
  let out = '';
  let i = 0;
  for (;;) {
    const s = text.indexOf('${', i);
    if (s < 0) return out + text.slice(i);
    const e = text.indexOf('}', s + 2);
    if (e < 0) return out + text.slice(i);
    out += text.slice(i, s);
    const key = text.slice(s + 2, e);
    const value = props.get(key);
    budget.steps++;
    if (
      value === undefined ||
      stack.includes(key) ||
      stack.length >= MAX_DEPTH ||
      budget.steps > MAX_STEPS ||
      out.length > MAX_LENGTH
    ) {
      out += text.slice(s, e + 1);
    } else {
      stack.push(key);
      out += expand(value, props, stack, budget);
      stack.pop();
    }
    i = e + 1;
  }
}

/** The first `${name}` left in `text`, or undefined. */
export function firstPlaceholder(text: string): string | undefined {
  const s = text.indexOf('${');
  if (s < 0) return undefined;
  const e = text.indexOf('}', s + 2);
  return e < 0 ? undefined : text.slice(s + 2, e);
}
