import { isAsk, type ExperimentFacts } from './experiment.js';

/**
 * The game's scoreboard. A rejection is a win (the person asked and survived the no); a yes is a brave
 * act too; "didn't do it" is counted separately and never subtracted from anything.
 *
 * "Unexpected yes": every challenge is set up expecting a no, so a yes (or a partial yes) is a surprise by
 * design; the share is yeses over asks. It is the number that most often changes a person's mind about
 * how others respond.
 */
export interface PracticeStats {
  asks: number;
  rejections: number;
  acceptances: number;
  partly: number;
  notDone: number;
  unexpectedYeses: number;
  /** 0–1, or null before the first ask. */
  unexpectedYesShare: number | null;
}

export function practiceStats(experiments: readonly Pick<ExperimentFacts, 'outcome'>[]): PracticeStats {
  let rejections = 0;
  let acceptances = 0;
  let partly = 0;
  let notDone = 0;
  for (const e of experiments) {
    if (e.outcome === 'rejected') rejections += 1;
    else if (e.outcome === 'accepted') acceptances += 1;
    else if (e.outcome === 'partly') partly += 1;
    else if (e.outcome === 'not-done') notDone += 1;
  }
  const asks = experiments.filter(isAsk).length;
  const unexpectedYeses = acceptances + partly;
  return {
    asks,
    rejections,
    acceptances,
    partly,
    notDone,
    unexpectedYeses,
    unexpectedYesShare: asks === 0 ? null : unexpectedYeses / asks,
  };
}
