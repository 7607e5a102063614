/** The steps of an upgrade task, one or two per lockfile that pins the package. */
import { overrideHint, upgradeCommand } from './upgrade-command.js';

export interface UpgradeStepsInput {
  name: string;
  target: string;
  /** Some project depends on the package directly. */
  direct: boolean;
  /** Names of the direct dependencies that pull it in (when transitive), sorted. */
  via: string[];
  /** One path from a direct dependency to the package (names). */
  chain: string[];
  devOnly: boolean;
  lockfiles: { path: string; extractor: string }[];
}

/** `where` + `text`, or `text` capitalised when there is no `where`. */
function sentence(where: string, text: string): string {
  return where ? `${where}${text}` : `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Steps (and the commands among them) to move the package to `target` in every lockfile. */
export function lockfileSteps(u: UpgradeStepsInput): { steps: string[]; commands: string[] } {
  const steps: string[] = [];
  const commands: string[] = [];
  for (const lock of u.lockfiles) {
    const cmd = upgradeCommand({
      extractor: lock.extractor,
      name: u.name,
      version: u.target,
      direct: u.direct,
      devOnly: u.devOnly,
    });
    const dir = lock.path.includes('/') ? lock.path.slice(0, lock.path.lastIndexOf('/')) : '.';
    const where = u.lockfiles.length > 1 ? `In ${dir} (${lock.path}): ` : '';
    if (cmd) {
      commands.push(cmd);
      steps.push(sentence(where, `run \`${cmd}\``));
    } else if (u.direct) {
      steps.push(
        sentence(where, `raise ${u.name} to ${u.target} where it is declared, then regenerate ${lock.path}.`),
      );
    }
    if (!u.direct) {
      const hint = overrideHint(lock.extractor, u.name, u.target);
      steps.push(
        `${where}${u.name} comes in through ${u.chain.join(' > ')}: upgrade ${u.via.join(', ')} to a release that depends on ${u.name} ${u.target} or later${hint ? `, ${hint}` : ''}.`,
      );
    }
  }
  return { steps, commands };
}
