import { useId } from 'react';
import type { AnticipationPoint } from '../api/contract';

const W = 340;
const H = 224;
const M = { top: 16, right: 74, bottom: 34, left: 36 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
const LABEL_GAP = 16;

function shortDate(localDate: string): string {
  const day = new Date(`${localDate}T12:00:00`);
  return Number.isNaN(day.getTime()) ? localDate : day.toLocaleDateString('en', { month: 'short', day: 'numeric' });
}

const mean = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Expected vs actual peak distress, one point per ask, oldest on the left. Two lines told apart by
 * colour, dash and a label at their ends, so neither colour vision nor the theme decides whether it
 * can be read. The numbers are also in a table next to it.
 */
export function AnticipationChart({ points }: { points: readonly AnticipationPoint[] }) {
  const id = useId();
  const n = points.length;
  const x = (i: number) => (n === 1 ? M.left + PLOT_W / 2 : M.left + (i * PLOT_W) / (n - 1));
  const y = (v: number) => M.top + PLOT_H * (1 - v / 100);
  const path = (key: 'expected' | 'actual') => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');

  const last = points[n - 1]!;
  let expectedLabelY = y(last.expected);
  let actualLabelY = y(last.actual);
  if (Math.abs(expectedLabelY - actualLabelY) < LABEL_GAP) {
    const middle = (expectedLabelY + actualLabelY) / 2;
    const upper = middle - LABEL_GAP / 2;
    const lower = middle + LABEL_GAP / 2;
    if (last.expected >= last.actual) [expectedLabelY, actualLabelY] = [upper, lower];
    else [expectedLabelY, actualLabelY] = [lower, upper];
  }
  const labelX = x(n - 1) + 10;
  const showDots = n <= 40;
  const oneDay = points[0]!.date === last.date;

  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>Expected and actual peak distress, ask by ask</title>
      <desc id={`${id}-desc`}>
        {`${n} ${n === 1 ? 'ask' : 'asks'} from ${shortDate(points[0]!.date)} to ${shortDate(last.date)}. Expected averaged ${mean(points.map((p) => p.expected))}, actual averaged ${mean(points.map((p) => p.actual))}, on a scale of 0 to 100.`}
      </desc>
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line className={`chart__grid${v % 50 === 0 ? ' chart__grid--major' : ''}`} x1={M.left} x2={M.left + PLOT_W} y1={y(v)} y2={y(v)} />
          {v % 50 === 0 && (
            <text className="chart__axis" x={M.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle">
              {v}
            </text>
          )}
        </g>
      ))}
      <text className="chart__axis" x={oneDay ? M.left + PLOT_W / 2 : x(0)} y={H - 10} textAnchor={oneDay ? 'middle' : 'start'}>
        {shortDate(points[0]!.date)}
      </text>
      {!oneDay && (
        <text className="chart__axis" x={x(n - 1)} y={H - 10} textAnchor="end">
          {shortDate(last.date)}
        </text>
      )}

      {n > 1 && <path className="chart__line chart__line--expected" d={path('expected')} />}
      {n > 1 && <path className="chart__line chart__line--actual" d={path('actual')} />}
      {(showDots || n === 1) &&
        points.map((p, i) => (
          <g key={p.id}>
            <circle className="chart__dot chart__dot--expected" cx={x(i)} cy={y(p.expected)} r={4.5} />
            <circle className="chart__dot chart__dot--actual" cx={x(i)} cy={y(p.actual)} r={4.5} />
          </g>
        ))}

      <text className="chart__label chart__label--expected" x={labelX} y={expectedLabelY} dominantBaseline="middle">
        Expected
      </text>
      <text className="chart__label chart__label--actual" x={labelX} y={actualLabelY} dominantBaseline="middle">
        Actual
      </text>
    </svg>
  );
}
