import type { ProgressEvent } from '../core/pipeline/scan.js';
import { sanitizeTerminal } from '../report/text/sanitize.js';

/** One status line on stderr, redrawn in place; only used when stderr is a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream): {
  onProgress: (e: ProgressEvent) => void;
  done: () => void;
} {
  let last = 0;
  let shown = false;
  const draw = (text: string) => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r\u001b[2K${sanitizeTerminal(text).slice(0, width)}`);
    shown = true;
  };
  return {
    onProgress(e) {
      const now = Date.now();
      if (e.stage === 'clone') draw(`Cloning ${e.url}${e.ref ? ` at ${e.ref}` : ''} …`);
      else if (e.stage === 'checkout') draw(`Checking out ${e.ref} into a temporary folder …`);
      else if (e.stage === 'walk') draw('Walking files …');
      else if (e.stage === 'posture') draw('Checking posture …');
      else if (e.stage === 'baseline') draw('Evaluating the OSPS Baseline …');
      else if (e.stage === 'vulnerabilities') {
        if (now - last > 80) draw(e.text);
        else return;
      } else if (now - last > 80 || e.done === 0) draw(`Reading ${e.done + 1}/${e.total} ${e.path}`);
      else return;
      last = now;
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}
