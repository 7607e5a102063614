/**
 * container/dockerfile: base images in `FROM` lines of Dockerfiles and Containerfiles. Each image is a
 * package of ecosystem `OCI` (a label: OSV has no image ecosystem, the matcher reports it
 * unsupported), purl `pkg:docker/<namespace>/<name>@<tag|digest>` with `repository_url` for a registry
 * other than Docker Hub. A digest is the version when present (it is what the build pulls); a tag
 * otherwise. The final stage's image is `prod` (it ships), earlier stages' `dev` (build only).
 * Images copied from (`COPY --from=image`, `RUN --mount=...,from=image`) are packages too, in the
 * scope of the stage that uses them. `scratch` and references to earlier stages are not images. `$VAR`s come from the `ARG` lines before
 * the first FROM (their defaults); one without a default makes the image unresolved, with the reason.
 */
import type { Package, Scope } from '../../../core/model/package.js';
import { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractionOutput, Extractor, ExtractorFile } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { basename } from '../../npm/file-names.js';
import { makePackage } from '../../shared/package.js';
import { type ImageRef, parseArgs, parseImage, substitute } from './image.js';
import { type Instruction, readInstructions } from './instructions.js';

export const ECOSYSTEM = 'OCI';
const FILES = ['Dockerfile', 'Containerfile', '*.Dockerfile', 'Dockerfile.*', 'Containerfile.*'] as const;
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

export function isDockerfilePath(path: string): boolean {
  const name = basename(path);
  if (name === 'Dockerfile' || name === 'Containerfile') return true;
  if (name.endsWith('.Dockerfile') && name.length > '.Dockerfile'.length) return true;
  return (
    (name.startsWith('Dockerfile.') && name.length > 'Dockerfile.'.length) ||
    (name.startsWith('Containerfile.') && name.length > 'Containerfile.'.length)
  );
}

interface From {
  image: string;
  stage?: string;
  platform?: string;
}

function parseFrom(args: string): From | undefined {
  const words = args.split(/\s+/).filter((w) => w !== '');
  let platform: string | undefined;
  while (words[0]?.startsWith('--')) {
    const flag = words.shift()!;
    if (flag.startsWith('--platform=')) platform = flag.slice('--platform='.length);
  }
  const image = words[0];
  if (image === undefined) return undefined;
  const from: From = { image };
  if (words.length >= 3 && words[1]!.toLowerCase() === 'as') from.stage = words[2]!.toLowerCase();
  if (platform) from.platform = platform;
  return from;
}

/** Images an instruction pulls besides FROM: `COPY/ADD --from=<ref>` and `RUN --mount=...,from=<ref>`. */
function copySources(ins: Instruction): string[] {
  const out: string[] = [];
  const copy = ins.keyword === 'COPY' || ins.keyword === 'ADD';
  if (!copy && ins.keyword !== 'RUN') return out;
  for (const word of ins.args.split(/\s+/)) {
    if (!word.startsWith('--')) {
      if (copy) break; // flags come first
      continue;
    }
    if (copy && word.startsWith('--from=')) out.push(word.slice('--from='.length));
    if (ins.keyword === 'RUN' && word.startsWith('--mount=')) {
      for (const kv of word.slice('--mount='.length).split(','))
        if (kv.startsWith('from=')) out.push(kv.slice(5));
    }
  }
  return out.filter((r) => r !== '');
}

/** A stage index (`--from=0`) below the number of stages so far. */
function isIndex(ref: string, stages: number): boolean {
  if (ref === '' || ref.length > 4) return false;
  for (let i = 0; i < ref.length; i++) if (ref.charCodeAt(i) < 48 || ref.charCodeAt(i) > 57) return false;
  return Number(ref) < stages;
}

/** `node:${V}` -> the name part and the version part as written, split at the tag or digest. */
function splitRaw(raw: string): [string, string] {
  const at = raw.indexOf('@');
  if (at >= 0) return [raw.slice(0, at), raw.slice(at + 1)];
  const colon = raw.lastIndexOf(':');
  return colon > raw.lastIndexOf('/') ? [raw.slice(0, colon), raw.slice(colon + 1)] : [raw, ''];
}

function normalise(ref: ImageRef): ImageRef {
  const out = { ...ref };
  if (out.registry && DOCKER_HUB.has(out.registry)) delete out.registry;
  if (!out.registry && out.path.startsWith('library/')) out.path = out.path.slice('library/'.length);
  return out;
}

function imagePackage(
  ref: ImageRef,
  version: string,
  unresolved: boolean,
  line: number,
  path: string,
  scope: Scope,
) {
  const slash = ref.path.lastIndexOf('/');
  return makePackage({
    ecosystem: ECOSYSTEM,
    name: ref.registry ? `${ref.registry}/${ref.path}` : ref.path,
    version,
    purlType: 'docker',
    ...(slash >= 0 ? { purlNamespace: ref.path.slice(0, slash) } : {}),
    purlName: ref.path.slice(slash + 1),
    ...(ref.registry ? { qualifiers: { repository_url: ref.registry } } : {}),
    resolution: unresolved ? 'unresolved' : 'pinned',
    source: ref.digest ? { kind: 'registry', integrity: ref.digest } : { kind: 'registry' },
    location: { path, line },
    scopes: [scope],
    direct: true,
  });
}

export function extractDockerfile(file: ExtractorFile): ExtractionOutput {
  const sink = new DiagnosticSink(file.path);
  const instructions = readInstructions(file.text);
  const froms = instructions.filter((i) => i.keyword === 'FROM');
  const last = froms.at(-1);
  const globals = new Map<string, string>();
  const stages = new Set<string>();
  const byId = new Map<string, Package>();
  let seenFrom = false;
  let scope: Scope = 'dev';
  let stageCount = 0;
  const add = (pkg: Package) => {
    const seen = byId.get(pkg.id);
    if (!seen) {
      byId.set(pkg.id, pkg);
      return;
    }
    seen.locations.push(...pkg.locations);
    for (const s of pkg.scopes) if (!seen.scopes.includes(s)) seen.scopes.push(s);
    seen.scopes.sort();
  };
  for (const ins of instructions) {
    if (ins.keyword === 'ARG' && !seenFrom) {
      for (const [name, value] of parseArgs(ins.args)) if (value !== undefined) globals.set(name, value);
      continue;
    }
    if (ins.keyword === 'FROM') {
      seenFrom = true;
      scope = ins === last ? 'prod' : 'dev';
      const from = parseFrom(ins.args);
      if (!from) sink.warn('invalid-from', 'FROM without an image; skipped', ins.line);
      else readImage(from.image, ins, scope, from.stage);
      stageCount++;
      continue;
    }
    if (!seenFrom) continue;
    for (const ref of copySources(ins)) {
      // `--from=<stage name or index>` copies from an earlier stage; anything else is an image.
      if (!stages.has(ref.toLowerCase()) && !isIndex(ref, stageCount)) readImage(ref, ins, scope);
    }
  }

  /** Reads an image reference at `ins`; `stage` is the name the FROM line gives it. */
  function readImage(raw: string, ins: Instruction, scope: Scope, stage?: string): void {
    const sub = substitute(raw, globals);
    const register = () => {
      if (stage) stages.add(stage);
    };
    if (!sub.ok) {
      const [namePart, versionPart] = splitRaw(raw);
      const name = substitute(namePart, globals);
      const ref = name.ok ? parseImage(name.value) : undefined;
      if (ref) {
        add(imagePackage(normalise(ref), versionPart, true, ins.line, file.path, scope));
        sink.info(
          'unresolved-image',
          `the version of ${quote(name.ok ? name.value : namePart)} depends on the build argument ${quote(sub.missing)}, which has no default; reported unresolved`,
          ins.line,
        );
      } else {
        sink.warn(
          'unresolved-image',
          `image ${quote(raw)} depends on the build argument ${quote(sub.missing)}, which has no default; skipped`,
          ins.line,
        );
      }
      register();
      return;
    }
    const image = sub.value;
    const lower = image.toLowerCase();
    if (lower === 'scratch' || stages.has(lower)) {
      register();
      return;
    }
    const parsed = parseImage(image);
    if (!parsed) {
      sink.warn('invalid-image', `${quote(image)} is not an image reference; skipped`, ins.line);
      register();
      return;
    }
    const ref = normalise(parsed);
    const version = ref.digest ?? ref.tag ?? 'latest';
    const floating = !ref.digest && !ref.tag;
    if (floating) {
      sink.info(
        'unpinned-image',
        `${quote(image)} has no tag or digest: the build pulls "latest", which moves; pin a digest`,
        ins.line,
      );
    }
    add(imagePackage(ref, version, floating, ins.line, file.path, scope));
    register();
  }

  return { packages: [...byId.values()], projects: [], diagnostics: sink.finish() };
}

export const dockerfileExtractor: Extractor = {
  id: 'container/dockerfile',
  description:
    'Reads Dockerfiles and Containerfiles: the image of every FROM line and of COPY --from / RUN --mount from= (tag or digest, build-argument defaults applied), final stage as prod and build stages as dev.',
  ecosystem: ECOSYSTEM,
  files: FILES,
  requirements: { network: false },
  matches: isDockerfilePath,
  extract: extractDockerfile,
};
