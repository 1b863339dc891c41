/**
 * Reliable change (Jacobson & Truax 1991): RCI = (post − pre) / SEdiff, SEdiff = SD·√2·√(1 − r);
 * |RCI| > 1.96 is change unlikely to be measurement error. Lower scores are better on every measure here.
 *
 * For GAD-7 and PHQ-9 the field uses fixed thresholds derived the same way (GAD-7: 4 points, PHQ-9: 6
 * points; as used by NHS Talking Therapies, after Richards & Borglin 2011 and Kroenke et al.). For the
 * A-RSQ we compute from its published norms: SD 3.61 (n = 685, Berenson et al. 2009, Study 2) and
 * α = .74 (n = 87, same paper): SEdiff = 3.61·√2·√0.26 ≈ 2.60, so 1.96·SEdiff ≈ 5.10 points.
 */
export type ReliableChange = 'reliably better' | 'no reliable change yet' | 'reliably worse';

export const RELIABLE_CHANGE = {
  gad7: { threshold: 4, source: 'GAD-7 reliable change of 4 points (NHS Talking Therapies manual; Richards & Borglin 2011)' },
  phq9: { threshold: 6, source: 'PHQ-9 reliable change of 6 points (NHS Talking Therapies manual; Richards & Borglin 2011)' },
  arsq: {
    sd: 3.61,
    reliability: 0.74,
    source: 'A-RSQ SD 3.61 (n = 685) and α = .74 (n = 87): Berenson et al. 2009, J Res Pers 43:1064–1072',
  },
} as const;

export function seDiff(sd: number, reliability: number): number {
  return sd * Math.SQRT2 * Math.sqrt(1 - reliability);
}

export function reliableChangeIndex(pre: number, post: number, sd: number, reliability: number): number {
  return (post - pre) / seDiff(sd, reliability);
}

/** The A-RSQ change needed for reliability, in score points (≈ 5.10). */
export const ARSQ_RELIABLE_POINTS = 1.96 * seDiff(RELIABLE_CHANGE.arsq.sd, RELIABLE_CHANGE.arsq.reliability);

/** Classifies a change from baseline to latest; a threshold is met at or beyond it ("≥ 4 points"). */
export function classifyChange(measure: 'gad7' | 'phq9' | 'arsq', baseline: number, latest: number): ReliableChange {
  const change = latest - baseline;
  if (measure === 'arsq') {
    const rci = reliableChangeIndex(baseline, latest, RELIABLE_CHANGE.arsq.sd, RELIABLE_CHANGE.arsq.reliability);
    if (rci < -1.96) return 'reliably better';
    if (rci > 1.96) return 'reliably worse';
    return 'no reliable change yet';
  }
  const threshold = RELIABLE_CHANGE[measure].threshold;
  if (change <= -threshold) return 'reliably better';
  if (change >= threshold) return 'reliably worse';
  return 'no reliable change yet';
}
