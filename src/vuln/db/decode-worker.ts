/** Worker thread of the DecodePool: decodes batches of documents and posts the results back. */
import { parentPort } from 'node:worker_threads';
import { type DocumentKind, decodeDocument } from './decode.js';

parentPort?.on('message', (m: { seq: number; docs: Array<[string, string, DocumentKind]> }) => {
  parentPort?.postMessage({
    seq: m.seq,
    out: m.docs.map(([text, file, kind]) => decodeDocument(text, file, kind)),
  });
});
