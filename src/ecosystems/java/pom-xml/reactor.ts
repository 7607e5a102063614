/**
 * The build's own modules (`<modules>` of this POM and of its local parents): a dependency on one of
 * them is first-party code, not a third-party package. Modules named but absent from the tree are
 * reported once (info).
 */
import { posix } from 'node:path';
import type { DiagnosticSink } from '../../../core/plugin/diagnostic-sink.js';
import type { ExtractorContext } from '../../../core/plugin/extractor.js';
import { quote } from '../../../core/util/quote.js';
import { mavenName } from '../maven-package.js';
import type { EffectivePom } from './effective.js';
import type { Pom } from './pom.js';
import { loadPom, ownCoordinates, pomPathIn } from './workspace.js';

/** Modules looked at per POM; bounds the work on a hostile aggregator. */
export const MAX_MODULES = 1000;

export function reactorOf(
  pom: Pom,
  eff: EffectivePom,
  ctx: ExtractorContext,
  sink: DiagnosticSink,
): Set<string> {
  const reactor = new Set<string>();
  if (eff.artifactId) reactor.add(mavenName(eff.groupId, eff.artifactId));
  let n = 0;
  for (const p of eff.chain) {
    reactor.add(mavenName(ownCoordinates(p).groupId, p.artifactId));
    for (const m of p.modules) {
      if (++n > MAX_MODULES) return reactor;
      const path = pomPathIn(posix.dirname(p.path), m);
      const module = path === undefined ? undefined : loadPom(ctx, path);
      if (module) {
        reactor.add(mavenName(ownCoordinates(module).groupId, module.artifactId));
      } else if (p === pom) {
        sink.info('module-not-found', `module ${quote(m)} has no readable pom.xml in the scanned tree`);
      }
    }
  }
  return reactor;
}
