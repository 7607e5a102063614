import { realpathSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { checkTargetUrl, cloneShallow, isGitUrl } from '../../workspace/git.js';
import { checkoutLocalRef } from '../../workspace/local-ref.js';
import { resolveSubpath } from '../../workspace/subpath.js';
import { Workspace } from '../../workspace/workspace.js';
import { UsageError } from '../errors/index.js';
import type { TargetInfo } from '../model/scan-result.js';
import type { ScanOptions } from './scan.js';

/** A target made ready to read: its workspace, what it is, and how to clean up after it. */
export interface OpenedTarget {
  ws: Workspace;
  info: TargetInfo;
  remote: boolean;
  /** The single SBOM file given as the target (a name in `ws.root`), when it is one. */
  file?: string;
  /** `--subpath`, checked and normalised; undefined for the whole target. */
  subpath?: string;
  /** The repository or folder name, for display when no root project names the target. */
  folderName: string;
  /** Removes the temporary clone or checkout, when there is one. */
  cleanup?: () => Promise<void>;
}

/**
 * Opens a local folder, a single SBOM file, or a git URL (cloned shallowly into a temporary
 * folder); with `ref`, a git URL or a local repository is read at that ref from a temporary
 * checkout (the user's work tree, index and refs are left alone). The caller runs `cleanup`;
 * when opening fails, what was made is already removed.
 */
export async function openTarget(target: string, options: ScanOptions): Promise<OpenedTarget> {
  const remote = isGitUrl(target) || (options.allowFileProtocol === true && target.startsWith('file://'));
  if (!remote) checkTargetUrl(target);
  if (remote && options.vulnerabilities?.offline) {
    throw new UsageError(
      `${target}: --offline makes no network connection, and a git URL has to be cloned`,
      'Clone the repository yourself and scan the folder, or drop --offline.',
    );
  }
  const info: TargetInfo = { input: target, kind: remote ? 'git' : 'directory', name: '' };
  const isFile = !remote && statSync(target, { throwIfNoEntry: false })?.isFile() === true;
  if (isFile) {
    for (const [flag, value] of [
      ['--ref', options.ref],
      ['--subpath', options.subpath],
    ] as const) {
      if (value !== undefined) {
        throw new UsageError(
          `${flag}: ${target} is a file (an SBOM), not a folder or repository`,
          `Drop ${flag}, or give the repository that holds the sources.`,
        );
      }
    }
    info.kind = 'file';
    const ws = Workspace.open(dirname(target), options);
    return { ws, info, remote, file: basename(target), folderName: basename(ws.root) };
  }
  let dir = target;
  let folderName = remote ? repoName(target) : '';
  let cleanup: (() => Promise<void>) | undefined;
  if (options.ref !== undefined) info.ref = options.ref;
  if (remote) {
    options.onProgress?.({ stage: 'clone', url: target, ...(options.ref ? { ref: options.ref } : {}) });
    const repo = await cloneShallow(target, {
      allowFileProtocol: options.allowFileProtocol,
      ref: options.ref,
    });
    ({ dir, cleanup } = repo);
    info.commit = repo.commit;
  } else if (options.ref !== undefined) {
    options.onProgress?.({ stage: 'checkout', ref: options.ref });
    const repo = await checkoutLocalRef(target, options.ref, target);
    ({ dir, cleanup } = repo);
    info.commit = repo.commit;
    folderName = basename(realpathSync(target));
  }
  try {
    const ws = Workspace.open(dir, options);
    const subpath = options.subpath === undefined ? undefined : resolveSubpath(ws.root, options.subpath);
    if (subpath !== undefined) info.subpath = subpath;
    return {
      ws,
      info,
      remote,
      ...(subpath === undefined ? {} : { subpath }),
      folderName: folderName || basename(ws.root),
      ...(cleanup ? { cleanup } : {}),
    };
  } catch (err) {
    await cleanup?.();
    throw err;
  }
}

function repoName(target: string): string {
  const last = target.replace(/\/+$/, '').split(/[/:]/).pop() ?? '';
  return last.replace(/\.git$/, '');
}
