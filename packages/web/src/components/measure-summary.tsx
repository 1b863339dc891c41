import type { MeasureSummaryView } from '@ask-anyway/core';
import { Link } from 'wouter';
import { bandWords, changeWords, reliableNote, scoreText } from '../measures/words';

/** "Reliably better since your first one", with what it means; a kind next step if it is worse. */
export function ChangeStatement({ summary }: { summary: MeasureSummaryView }) {
  const words = changeWords(summary.change);
  if (!words) {
    return summary.latest ? <p className="change">Take it again in a couple of weeks to see whether it moves.</p> : null;
  }
  return (
    <div className={`change change--${summary.change === 'reliably better' ? 'better' : summary.change === 'reliably worse' ? 'worse' : 'same'}`}>
      <p className="change__words">{words}</p>
      <p className="change__note">{reliableNote(summary)}</p>
      {(summary.change === 'reliably worse' || summary.suggestProfessional) && (
        <p className="change__note">
          Things can get harder for lots of reasons, and it is not your fault. Talking it through with a doctor or
          therapist can really help.{' '}
          <Link href="/help" className="text-link">
            Find support
          </Link>
        </p>
      )}
    </div>
  );
}

/** The latest score in words: "12 of 21 · Moderate". Bands say how much it has bothered you. */
export function LatestScore({ summary }: { summary: MeasureSummaryView }) {
  const { latest, baseline, measure } = summary;
  if (!latest) return <p className="score-line score-line--none">Not taken yet.</p>;
  const band = bandWords(latest.band);
  return (
    <p className="score-line">
      <span className="score-line__score">{scoreText(measure, latest.score)}</span>
      {band && <span className={`band-chip band-chip--${latest.band?.replace(' ', '-')}`}>{band}</span>}
      {baseline && baseline.entryId !== latest.entryId && (
        <span className="score-line__from">First: {measure === 'arsq' ? baseline.score.toFixed(1) : baseline.score}</span>
      )}
    </p>
  );
}
