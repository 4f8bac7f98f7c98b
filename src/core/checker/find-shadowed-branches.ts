/** shadowed-branch: a branch the call never takes because the branches before it catch every mood first. */
import type { CheckContext } from './check-context';
import { NO_MOOD } from './mood-mask';

export function findShadowedBranches({ graph, report }: CheckContext): void {
  for (const site of graph.branches) {
    if (site.takenWhen !== NO_MOOD) continue;
    const owner = site.kind === 'route' ? `the "always" list of "${site.state}"` : `${site.kind} "${site.name}" in "${site.state}"`;
    const why = site.afterUnguarded
      ? 'an earlier branch has no guard, so it is always taken first'
      : 'the branches before it are taken for every mood its guard allows';
    report('shadowed-branch', `branch ${site.index + 1} of ${owner} is never taken: ${why}`, site.path);
  }
}
