import type { AttrSet } from './attr-set';
import type { FD } from './fd';
import { checkNormalForms, type NormalForm } from './normal-forms';
import { projectFds } from './projection';

/** The highest normal form of a part of a decomposition, under the dependencies projected onto it. Tests only. */
export function partForm(part: AttrSet, fds: readonly FD[]): NormalForm {
  return checkNormalForms(part, projectFds(fds, part).fds).highest;
}

/** mulberry32: a small seeded generator, so every property-test case can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
