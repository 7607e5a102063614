import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseTrailers } from './trailers.js';

/** One commit of the history, as `git log` reports it (message reduced to subject + trailers). */
export interface CommitFact {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerName: string;
  committerEmail: string;
  committerDate: string;
  /** First line of the message, at most MAX_SUBJECT characters. */
  subject: string;
  /**
   * Trailers of the message's last paragraph (`Reviewed-by: ...`), one per line, unfolded, at most
   * MAX_TRAILERS; plus Phabricator's `Differential Revision:` and Piper's `PiperOrigin-RevId:` lines.
   */
  trailers: string[];
}

export const MAX_SUBJECT = 500;
/** Characters kept of a header field (a name or e-mail address can be any length). */
export const MAX_FIELD = 1024;
/** Bytes of a message kept for trailer parsing: its end (trailers are at the end). */
export const MESSAGE_TAIL = 16 * 1024;
/** Characters of `git log` output read at most (UTF-8 decoded); more stops the read (the commits read so far are kept). */
export const MAX_LOG_BYTES = 256 * 1024 * 1024;

// Header fields; the message (%B) comes last so that its content cannot shift them.
const FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI'];

export interface LogRead {
  commits: CommitFact[];
  /** The output was cut at MAX_LOG_BYTES. */
  cut: boolean;
}

/** Git's environment and config for reading an untrusted repository (see git.ts). */
export interface GitInvocation {
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Runs `git log <args>` and parses it as a stream: records and fields are split by markers that
 * carry a random nonce (a commit message cannot forge them), and of each message only the first
 * line and the last MESSAGE_TAIL bytes are kept, so a huge message costs time, not memory.
 */
export function readLog(
  root: string,
  git: GitInvocation,
  logArgs: string[],
  maxBytes = MAX_LOG_BYTES,
): Promise<LogRead> {
  const nonce = randomBytes(12).toString('hex');
  const rec = `\u001e${nonce}R`;
  const sep = `\u001f${nonce}F`;
  const format = `${rec}${FIELDS.join(sep)}${sep}%B`;
  return new Promise((resolve, reject) => {
    // A repository's config could re-encode the log (i18n.logOutputEncoding) and break the markers.
    const args = [...git.args, '-c', 'i18n.logOutputEncoding=UTF-8', 'log', `--format=${format}`, ...logArgs];
    const child = spawn('git', args, {
      cwd: root,
      env: git.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    const commits: CommitFact[] = [];
    const parser = recordParser(rec, sep, (c) => commits.push(c));
    let read = 0;
    let cut = false;
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (cut) return;
      read += chunk.length;
      if (read > maxBytes) {
        cut = true;
        child.kill();
        return;
      }
      parser.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => {
      if (stderr.length < 4096) stderr += s;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (cut) return resolve({ commits, cut });
      if (code !== 0) return reject(new Error(stderr.trim().split('\n')[0] || `git log exited with ${code}`));
      parser.end();
      resolve({ commits, cut });
    });
  });
}

/**
 * Incremental parser: `push` chunks, `end` at the end. Keeps the header fields of the current record
 * (each at most MAX_FIELD characters) and a bounded view of its message (first line, last
 * MESSAGE_TAIL characters); the last record is complete only at `end`, so a read cut short drops it.
 */
export function recordParser(rec: string, sep: string, emit: (c: CommitFact) => void) {
  const keep = Math.max(rec.length, sep.length);
  let state: 'before' | 'header' | 'message' = 'before';
  let buf = '';
  let fields: string[] = [];
  let field = '';
  let first = '';
  let firstDone = false;
  let truncated = false;
  let tail = '';

  function addField(text: string): void {
    if (field.length < MAX_FIELD) field += text.slice(0, MAX_FIELD - field.length);
  }
  function addMessage(text: string): void {
    if (!firstDone) {
      const nl = text.indexOf('\n');
      const part = nl < 0 ? text : text.slice(0, nl);
      if (first.length < MAX_SUBJECT) first += part.slice(0, MAX_SUBJECT - first.length);
      if (nl >= 0) firstDone = true;
    }
    tail += text;
    if (tail.length > 2 * MESSAGE_TAIL) {
      tail = tail.slice(-MESSAGE_TAIL);
      truncated = true;
    }
  }
  function startRecord(): void {
    state = 'header';
    fields = [];
    field = '';
    first = '';
    firstDone = false;
    tail = '';
    truncated = false;
  }
  function emitRecord(): void {
    const cut = truncated || tail.length > MESSAGE_TAIL;
    emit(toCommit(fields, first, cut ? tail.slice(-MESSAGE_TAIL) : tail, cut));
  }
  /** Consumes `buf`; at the end of the input (`final`) nothing is held back for a partial marker. */
  function run(final: boolean): void {
    for (;;) {
      if (state === 'before') {
        const i = buf.indexOf(rec);
        if (i < 0) {
          buf = final ? '' : buf.slice(-keep);
          return;
        }
        buf = buf.slice(i + rec.length);
        startRecord();
      } else if (state === 'header') {
        const i = buf.indexOf(sep);
        if (i < 0) {
          const upTo = final ? buf.length : Math.max(0, buf.length - keep);
          addField(buf.slice(0, upTo));
          buf = buf.slice(upTo);
          return;
        }
        addField(buf.slice(0, i));
        fields.push(field);
        field = '';
        buf = buf.slice(i + sep.length);
        if (fields.length === FIELDS.length) state = 'message';
      } else {
        const i = buf.indexOf(rec);
        if (i < 0) {
          const upTo = final ? buf.length : Math.max(0, buf.length - keep);
          addMessage(buf.slice(0, upTo));
          buf = buf.slice(upTo);
          if (final) emitRecord();
          return;
        }
        addMessage(buf.slice(0, i));
        emitRecord();
        buf = buf.slice(i + rec.length);
        startRecord();
      }
    }
  }
  return {
    push(chunk: string): void {
      buf += chunk;
      run(false);
    },
    end(): void {
      run(true);
    },
  };
}

function toCommit(h: string[], first: string, tail: string, truncated: boolean): CommitFact {
  const [sha = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = ''] = h;
  return {
    sha: sha.trim(),
    parents: parents.split(' ').filter(Boolean),
    authorName: an,
    authorEmail: ae,
    authorDate: ad,
    committerName: cn,
    committerEmail: ce,
    committerDate: cd,
    subject: first.trim(),
    trailers: parseTrailers(tail, truncated),
  };
}
