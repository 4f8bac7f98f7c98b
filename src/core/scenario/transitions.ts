/** Helpers to read the several shapes xstate accepts for transitions and behaviour references. */
import type { JsonPath } from './finding';
import type { BehaviourRef, TransitionConfig, TransitionsConfig } from './scenario-schema';

export interface BranchAt {
  branch: TransitionConfig;
  path: JsonPath;
  index: number;
}

/** `"target"`, `{...}` or `[{...}, ...]`, each branch with its JSON path. */
export function branchesOf(value: TransitionsConfig | undefined, path: JsonPath): BranchAt[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [{ branch: { target: value }, path, index: 0 }];
  if (Array.isArray(value)) return value.map((branch, index) => ({ branch, path: [...path, index], index }));
  return [{ branch: value, path, index: 0 }];
}

export interface RefAt {
  type: string;
  params: unknown;
  path: JsonPath;
}

export function refsOf(value: BehaviourRef | BehaviourRef[] | undefined, path: JsonPath): RefAt[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value.map((ref, i) => ({ ref, path: [...path, i] })) : [{ ref: value, path }];
  return list.map(({ ref, path: at }) =>
    typeof ref === 'string' ? { type: ref, params: undefined, path: at } : { type: ref.type, params: ref.params, path: [...at, 'type'] },
  );
}
