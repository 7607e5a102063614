/**
 * One HTTP GET with a deadline covering connect, headers and body, a cap on the body size, and no
 * automatic redirects (the caller decides whether a redirect target may receive the token).
 */

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** The body is over the size cap (declared or counted). */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
}

/** A redirect to somewhere the token must not go, or too many. */
export class RedirectError extends Error {
  override readonly name = 'RedirectError';
}

/** No answer within the deadline. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export async function fetchOnce(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
  maxBytes: number,
): Promise<RawAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, { headers, signal: controller.signal, redirect: 'manual' });
    const text = await readBounded(response, maxBytes);
    return { status: response.status, headers: response.headers, text };
  } catch (err) {
    if (timedOut) throw new TimeoutError(`no complete answer within ${timeoutMs} ms`);
    throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new TooLargeError(`the answer is ${declared} bytes, over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    if (bytes > maxBytes) throw new TooLargeError(`the answer is over the ${maxBytes}-byte limit`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
