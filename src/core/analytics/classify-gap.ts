/**
 * Self-rating against measured score, for one skill. The gap (self − measured) must clear the noise
 * band before we call it anything, and only with enough evidence: we say "not enough evidence"
 * rather than guess.
 */
export type InsightStatus = 'blind-spot' | 'hidden-strength' | 'aligned' | 'not-enough-evidence' | 'not-rated';

export interface GapThresholds {
  noiseBand: number;
  minEvidence: number;
}

export function classifyGap(self: number | undefined, measured: number | undefined, evidence: number, thresholds: GapThresholds): InsightStatus {
  if (self === undefined) return 'not-rated';
  if (measured === undefined || evidence < thresholds.minEvidence) return 'not-enough-evidence';
  const gap = self - measured;
  if (gap > thresholds.noiseBand) return 'blind-spot';
  if (gap < -thresholds.noiseBand) return 'hidden-strength';
  return 'aligned';
}
