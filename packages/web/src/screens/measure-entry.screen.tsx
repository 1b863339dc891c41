import type { MeasureEntry, MeasuresOverview } from '@ask-anyway/core';
import { Link, useParams, useSearch } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { LoadFailed, Loading } from '../components/load-state';
import { ChangeStatement } from '../components/measure-summary';
import { bandWords, formatWhen, INSTRUMENT_BY_ID, scoreText } from '../measures/words';

interface Loaded {
  entry: MeasureEntry;
  correction: MeasureEntry | null;
  overview: MeasuresOverview | null;
}

/**
 * One entry as it was given: the answers, the score and band, and the way to correct it. Right after
 * saving (`?new=1`) it opens with the result: the score and whether anything has reliably changed.
 */
export function MeasureEntryScreen() {
  const { id } = useParams<{ id: string }>();
  const fresh = new URLSearchParams(useSearch()).get('new') === '1';
  const data = useResource<Loaded>(async () => {
    const entry = await api.measureEntry(id);
    const [correction, overview] = await Promise.all([
      entry.correctedById ? api.measureEntry(entry.correctedById) : Promise.resolve(null),
      fresh ? api.measures() : Promise.resolve(null),
    ]);
    return { entry, correction, overview };
  }, `${id}:${fresh}`);
  const name = data.state.data ? INSTRUMENT_BY_ID[data.state.data.entry.measure].shortName : 'Your answers';
  useDocumentTitle(fresh ? `${name} saved` : name);

  return (
    <div className="screen measure-entry">
      <BackLink href="/measures">Questionnaires</BackLink>
      {data.state.status === 'loading' && <Loading label="Loading the entry" />}
      {data.state.status === 'failed' && <LoadFailed error={data.state.error} onRetry={() => void data.reload()} />}
      {data.state.status === 'ready' && <EntryView {...data.state.data} fresh={fresh} />}
    </div>
  );
}

function EntryView({ entry, correction, overview, fresh }: Loaded & { fresh: boolean }) {
  const instrument = INSTRUMENT_BY_ID[entry.measure];
  const summary = overview?.summaries.find((s) => s.measure === entry.measure) ?? null;
  const band = bandWords(entry.band);
  return (
    <>
      <div className="screen__intro">
        <p className="eyebrow">{formatWhen(entry.takenAt, 'long')}</p>
        <h1 tabIndex={-1}>{fresh ? 'Thank you — saved' : `Your ${instrument.shortName}`}</h1>
        {fresh && <p className="lead">{`Your ${instrument.shortName} is saved.`}</p>}
      </div>

      {correction && (
        <p className="card card--soft entry__corrected" role="note">
          {`Corrected on ${formatWhen(correction.createdAt)}; the correction is what counts. `}
          <Link href={`/measures/entry/${correction.id}`} className="text-link">
            See the correction
          </Link>
        </p>
      )}

      <section className="card card--glow result" aria-labelledby="result-title">
        <h2 id="result-title">{fresh ? 'Your result' : 'Score'}</h2>
        {entry.complete && entry.score !== null ? (
          <p className="result__score">
            <span className="result__number">{scoreText(entry.measure, entry.score)}</span>
            {band && <span className={`band-chip band-chip--${entry.band?.replace(' ', '-')}`}>{band}</span>}
          </p>
        ) : (
          <p>Saved without a score, because some questions were left unanswered. It still counts as a check-in.</p>
        )}
        {band && (
          <p>
            {`"${band}" describes how much these things have bothered you over the last two weeks. It is not a diagnosis.`}
          </p>
        )}
        {entry.measure === 'arsq' && entry.score !== null && (
          <p>Scores go from 1 to 36. The published adult average is 8.61; higher means more worry about being turned down.</p>
        )}
        {summary && fresh && <ChangeStatement summary={summary} />}
        {entry.correctsId && (
          <p>
            This corrects{' '}
            <Link href={`/measures/entry/${entry.correctsId}`} className="text-link">
              an earlier entry
            </Link>
            .
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="answers-title">
        <h2 id="answers-title">Your answers</h2>
        <Answers entry={entry} />
      </section>

      <div className="actions">
        {fresh && (
          <Link href="/progress" className="button button--primary">
            See it on your progress
          </Link>
        )}
        {!entry.correctedById && (
          <Link href={`/measures/${entry.measure}?corrects=${entry.id}`} className="button button--secondary">
            Correct this
          </Link>
        )}
        <Link href="/measures" className="button button--ghost">
          All questionnaires
        </Link>
      </div>
    </>
  );
}

function Answers({ entry }: { entry: MeasureEntry }) {
  const instrument = INSTRUMENT_BY_ID[entry.measure];
  if (instrument.kind === 'frequency') {
    const label = (v: number | null | undefined) => instrument.options.find((o) => o.value === v)?.label ?? 'Not answered';
    return (
      <dl className="answers">
        {instrument.items.map((item, i) => (
          <div key={item.id} className="answers__row">
            <dt>{`${i + 1}. ${item.text}`}</dt>
            <dd>{label(entry.answers[i] as number | null | undefined)}</dd>
          </div>
        ))}
        <div className="answers__row">
          <dt>{instrument.difficulty.text}</dt>
          <dd>{instrument.difficulty.options.find((o) => o.value === entry.difficulty)?.label ?? 'Not answered'}</dd>
        </div>
      </dl>
    );
  }
  const pairs = entry.answers as { concern: number | null; expectancy: number | null }[];
  const show = (v: number | null | undefined) => (v === null || v === undefined ? 'Not answered' : `${v} of 6`);
  return (
    <dl className="answers">
      {instrument.situations.map((s, i) => (
        <div key={s.id} className="answers__row">
          <dt>{`${i + 1}. ${s.situation}`}</dt>
          <dd>{`Concern: ${show(pairs[i]?.concern)} · Expect acceptance: ${show(pairs[i]?.expectancy)}`}</dd>
        </div>
      ))}
    </dl>
  );
}
