/** `uses:` values as the runner resolves them; reuses the github/actions extractor's parser. */
import { parseImage } from '../../../ecosystems/container/dockerfile/image.js';
import { parseUses } from '../../../ecosystems/github/actions/uses.js';
import type { ActionRef } from './model.js';

export function parseActionRef(raw: string): ActionRef {
  const ref = parseUses(raw);
  switch (ref.kind) {
    case 'action':
      return { kind: 'action', owner: ref.owner, repo: ref.repo, path: ref.path, ref: ref.ref };
    case 'local':
      return { kind: 'local', path: ref.path };
    case 'invalid':
      return { kind: 'invalid', reason: ref.reason };
    case 'docker': {
      const image = parseImage(ref.image);
      if (!image) return { kind: 'docker', image: ref.image };
      const name = image.registry ? `${image.registry}/${image.path}` : image.path;
      const out: ActionRef = { kind: 'docker', image: name };
      if (image.tag) out.tag = image.tag;
      if (image.digest) out.digest = image.digest;
      return out;
    }
  }
}

/** `owner/repo[/path]` of an action (no ref), or the value up to `@` for anything else. */
export function actionName(raw: string): string {
  const at = raw.indexOf('@');
  return at < 0 ? raw : raw.slice(0, at);
}
