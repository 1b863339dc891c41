import type { MeasureId, MeasureSummaryView, Progress } from '@ask-anyway/core';
import { useId, useState, type ReactNode } from 'react';
import { ARSQ_MEAN, SCALE, shortName } from '../measures/words';

type Point = MeasureSummaryView['series'][number];
type RungProgress = Progress['rungs'][number];
type Week = Progress['weeks'][number];

function shortDay(iso: string): string {
  const at = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleDateString('en', { month: 'short', day: 'numeric' });
}

/**
 * A chart's numbers as a table behind a toggle, the same pattern as anticipation vs reality: the
 * table is only rendered when asked for, so it never doubles what a screen reader hears.
 */
export function TableToggle({ id, children }: { id: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small chart-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide the table' : 'Show as table'}
      </button>
      <div id={id} className="table-wrap" hidden={!open}>
        {open && children}
      </div>
    </>
  );
}

const W = 340;

/**
 * Scores over time, drawn over the published bands (lightly tinted, named at the right), so a move
 * from one band to another can be seen without reading numbers. The A-RSQ has no bands; its adult
 * average is a dashed reference line, labelled as such.
 */
export function ScoreChart({ measure, series }: { measure: MeasureId; series: readonly Point[] }) {
  const id = useId();
  const { min, max, bands } = SCALE[measure];
  const H = 210;
  const M = { top: 10, right: 12, bottom: 30, left: 30 };
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = series.length;
  // Points stay left of the band names, which sit at the right edge of the plot.
  const span = plotW - 16 - 112;
  const x = (i: number) => (n === 1 ? M.left + 16 + span / 2 : M.left + 16 + (i * span) / (n - 1));
  const y = (v: number) => M.top + plotH * (1 - (v - min) / (max - min));
  const path = series.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const ticks = bands.length > 0 ? [...bands.map((b) => b.min), max] : [1, 12, 24, 36];
  const first = series[0];
  const last = series[n - 1];
  if (!first || !last) return null;

  return (
    <svg className="chart score-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>{`${shortName(measure)} scores over time`}</title>
      <desc id={`${id}-d`}>
        {`${n} ${n === 1 ? 'score' : 'scores'} from ${shortDay(first.takenAt)} to ${shortDay(last.takenAt)}: first ${first.score}, latest ${last.score}, on a scale of ${min} to ${max}.`}
      </desc>
      {bands.map((b, i) => {
        const top = y(b === bands[bands.length - 1] ? max : b.max + 1);
        const bottom = y(b.min);
        return (
          <g key={b.label}>
            <rect className={`score-chart__band score-chart__band--${i}`} x={M.left} width={plotW} y={top} height={bottom - top} />
            <text className="score-chart__band-label" x={M.left + plotW - 6} y={(top + bottom) / 2} textAnchor="end" dominantBaseline="middle">
              {b.label}
            </text>
          </g>
        );
      })}
      {measure === 'arsq' && (
        <g>
          <line className="score-chart__reference" x1={M.left} x2={M.left + plotW} y1={y(ARSQ_MEAN)} y2={y(ARSQ_MEAN)} />
          <text className="score-chart__band-label" x={M.left + plotW - 6} y={y(ARSQ_MEAN) - 7} textAnchor="end">
            Adult average 8.6
          </text>
        </g>
      )}
      {ticks.map((v) => (
        <text key={v} className="chart__axis" x={M.left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle">
          {v}
        </text>
      ))}
      <line className="chart__grid chart__grid--major" x1={M.left} x2={M.left + plotW} y1={y(min)} y2={y(min)} />
      <text className="chart__axis" x={n === 1 ? x(0) : M.left} y={H - 8} textAnchor={n === 1 ? 'middle' : 'start'}>
        {shortDay(first.takenAt)}
      </text>
      {n > 1 && (
        <text className="chart__axis" x={x(n - 1)} y={H - 8} textAnchor="middle">
          {shortDay(last.takenAt)}
        </text>
      )}
      {n > 1 && <path className="chart__line score-chart__line" d={path} />}
      {series.map((p, i) => (
        <g key={p.entryId}>
          <circle className="score-chart__dot" cx={x(i)} cy={y(p.score)} r={5} />
          {n <= 8 && (
            <text className="score-chart__value" x={x(i)} y={y(p.score) - 11} textAnchor="middle">
              {measure === 'arsq' ? p.score.toFixed(1) : p.score}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

export function ScoreTable({ measure, series }: { measure: MeasureId; series: readonly Point[] }) {
  return (
    <table className="table">
      <caption>{`${shortName(measure)} scores, oldest first`}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Score</th>
          <th scope="col">Band</th>
        </tr>
      </thead>
      <tbody>
        {series.map((p) => (
          <tr key={p.entryId}>
            <th scope="row">{shortDay(p.takenAt)}</th>
            <td>{measure === 'arsq' ? p.score.toFixed(1) : p.score}</td>
            <td>{p.band ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One small chart per ladder step: the actual peak distress (0–100) at each try, oldest first. */
export function PeakSparkline({ rung }: { rung: RungProgress }) {
  const id = useId();
  const H = 96;
  const M = { top: 18, right: 14, bottom: 14, left: 30 };
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = rung.attempts.length;
  const x = (i: number) => (n === 1 ? M.left + plotW / 2 : M.left + 10 + (i * (plotW - 20)) / (n - 1));
  const y = (v: number) => M.top + plotH * (1 - v / 100);
  const path = rung.attempts.map((a, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(a.peak).toFixed(1)}`).join(' ');
  const peaks = rung.attempts.map((a) => a.peak);
  return (
    <svg className="chart peak-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t`}>
      <title id={`${id}-t`}>{`${rung.label}: peak distress ${peaks.join(', then ')} (0 to 100)`}</title>
      {[0, 50, 100].map((v) => (
        <g key={v}>
          <line className={`chart__grid${v === 0 ? ' chart__grid--major' : ''}`} x1={M.left} x2={M.left + plotW} y1={y(v)} y2={y(v)} />
          <text className="chart__axis" x={M.left - 6} y={y(v)} textAnchor="end" dominantBaseline="middle">
            {v}
          </text>
        </g>
      ))}
      {n > 1 && <path className="chart__line chart__line--actual" d={path} />}
      {rung.attempts.map((a, i) => (
        <g key={a.experimentId}>
          <circle className="chart__dot chart__dot--actual" cx={x(i)} cy={y(a.peak)} r={4.5} />
          {n <= 10 && (
            <text className="score-chart__value" x={x(i)} y={y(a.peak) - 9} textAnchor="middle">
              {a.peak}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

export function PeaksTable({ rungs }: { rungs: readonly RungProgress[] }) {
  return (
    <table className="table">
      <caption>Peak distress (0–100) on each ladder step, try by try</caption>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Rating</th>
          <th scope="col">Peaks</th>
        </tr>
      </thead>
      <tbody>
        {rungs.map((r) => (
          <tr key={r.rungId}>
            <th scope="row" className="table__wrap">
              {r.label}
            </th>
            <td>{r.suds}</td>
            <td>{r.attempts.map((a) => a.peak).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Asks per week as bars, the most recent twelve weeks; the table holds the same weeks. */
export function WeeksChart({ weeks }: { weeks: readonly Week[] }) {
  const id = useId();
  const H = 150;
  const M = { top: 20, right: 8, bottom: 26, left: 8 };
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const most = Math.max(1, ...weeks.map((w) => w.asks));
  const slot = plotW / Math.max(weeks.length, 1);
  const barW = Math.min(26, slot * 0.62);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return null;
  const total = weeks.reduce((s, w) => s + w.asks, 0);
  return (
    <svg className="chart weeks-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
      <title id={`${id}-t`}>Asks per week</title>
      <desc id={`${id}-d`}>{`${total} asks over ${weeks.length} weeks, from the week of ${shortDay(first.weekStart)}; the most in one week was ${most}.`}</desc>
      <line className="chart__grid chart__grid--major" x1={M.left} x2={M.left + plotW} y1={M.top + plotH} y2={M.top + plotH} />
      {weeks.map((w, i) => {
        const h = (w.asks / most) * plotH;
        const cx = M.left + slot * i + slot / 2;
        return (
          <g key={w.weekStart}>
            {w.asks > 0 && <rect className="weeks-chart__bar" x={cx - barW / 2} y={M.top + plotH - h} width={barW} height={h} rx={5} />}
            <text className="score-chart__value" x={cx} y={M.top + plotH - h - 6} textAnchor="middle">
              {w.asks}
            </text>
          </g>
        );
      })}
      <text className="chart__axis" x={M.left} y={H - 6} textAnchor="start">
        {`Week of ${shortDay(first.weekStart)}`}
      </text>
      {weeks.length > 1 && (
        <text className="chart__axis" x={M.left + plotW} y={H - 6} textAnchor="end">
          {shortDay(last.weekStart)}
        </text>
      )}
    </svg>
  );
}

export function WeeksTable({ weeks }: { weeks: readonly Week[] }) {
  return (
    <table className="table">
      <caption>Asks in each week (weeks start on Monday)</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col">Asks</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.weekStart}>
            <th scope="row">{shortDay(w.weekStart)}</th>
            <td>{w.asks}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
