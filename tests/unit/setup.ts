/**
 * Every fast-check property runs from a known seed, so a failure reproduces: the fixed default, or
 * FC_SEED=<n> to explore other runs (fast-check prints the seed and path of any failure).
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261204) });
