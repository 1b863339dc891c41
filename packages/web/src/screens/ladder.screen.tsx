import type { Ladder, Rung } from '@ask-anyway/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { api } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { CheckIcon, ChevronRightIcon, LadderIcon, PlusIcon } from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { RungEditor } from '../components/rung-editor';
import { useToast } from '../components/toast';
import { sudsTone, sudsWord } from '../practice/words';

type Gap = Ladder['gaps'][number];

export function LadderScreen() {
  useDocumentTitle('Fear ladder');
  const ladder = useResource(() => api.ladder());
  const toast = useToast();
  const [editing, setEditing] = useState<Rung | null>(null);
  const [adding, setAdding] = useState<string | null>(null);

  async function addFromGap(slug: string, title: string, suds: number) {
    setAdding(slug);
    try {
      await api.addRung({ challengeSlug: slug, suds });
      await ladder.reload();
      toast.show({ text: `Added “${title}” at ${suds}.` });
    } catch {
      toast.show({ text: 'That did not save. Please try again.' });
    } finally {
      setAdding(null);
    }
  }

  const { state } = ladder;
  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Your fear ladder</h1>
        <p className="lead">
          Situations you'd like to face, rated 0–100 for how hard they'd feel. Easiest first, so you can climb
          one small step at a time.
        </p>
      </div>

      <Link href="/ladder/add" className="button button--primary">
        <PlusIcon />
        Add a situation
      </Link>

      {state.status === 'loading' && <Loading label="Loading your ladder" />}
      {state.status === 'failed' && <LoadFailed error={state.error} onRetry={() => void ladder.reload()} />}
      {state.status === 'ready' && state.data.rungs.length === 0 && (
        <section className="card card--glow" aria-labelledby="empty-title">
          <span className="card__badge">
            <LadderIcon />
          </span>
          <h2 id="empty-title">Start with a few situations</h2>
          <p>
            Pick from ideas or write your own. Three to ten is plenty: a couple that feel mild, some moderate,
            and one or two you'd like to manage one day.
          </p>
        </section>
      )}
      {state.status === 'ready' && state.data.rungs.length > 0 && (
        <section aria-labelledby="rungs-title" className="ladder-section">
          <div className="ladder-section__head">
            <h2 id="rungs-title">Easiest first</h2>
            <p className="ladder-section__hint">Tap a step to change or remove it.</p>
          </div>
          <ol className="ladder">
            {state.data.rungs.map((rung) => {
              const gap = state.data.gaps.find((g) => g.upperId === rung.id);
              return (
                <li key={rung.id} className="ladder__item">
                  {gap && <GapNote gap={gap} adding={adding} onAdd={addFromGap} />}
                  <RungButton rung={rung} onOpen={() => setEditing(rung)} />
                </li>
              );
            })}
          </ol>
        </section>
      )}

      <p className="fine-print">
        A step counts as mastered after a few asks where the distress stayed low or the fear did not come true.
      </p>

      <RungEditor
        rung={editing}
        onClose={() => setEditing(null)}
        onSaved={(rung) => {
          setEditing(null);
          void ladder.reload();
          toast.show({ text: `Saved “${rung.title}”.` });
        }}
        onRemoved={(rung) => {
          setEditing(null);
          void ladder.reload();
          toast.show({ text: `Removed “${rung.title}” from your ladder.` });
        }}
      />
    </div>
  );
}

function attemptsText(rung: Rung): string {
  if (rung.attempts === 0) return 'Not tried yet';
  const asks = `${rung.attempts} ${rung.attempts === 1 ? 'ask' : 'asks'}`;
  return rung.mastery === 'practising' ? `${asks} · practising` : asks;
}

function RungButton({ rung, onOpen }: { rung: Rung; onOpen(): void }) {
  const mastered = rung.mastery === 'mastered';
  return (
    <button type="button" className={`rung${mastered ? ' rung--mastered' : ''}`} onClick={onOpen}>
      <span className="rung__text">
        <span className="rung__title">{rung.title}</span>
        <span className="rung__meta">{attemptsText(rung)}</span>
      </span>
      <span className={`rung__suds rung__suds--${sudsTone(rung.suds)}`}>
        <span className="visually-hidden">, rated </span>
        <span className="rung__number">{rung.suds}</span>
        <span className="rung__word">
          <span className="visually-hidden"> </span>
          {sudsWord(rung.suds)}
        </span>
      </span>
      {mastered && (
        <span className="badge badge--mastered">
          <CheckIcon />
          Mastered
        </span>
      )}
      <ChevronRightIcon className="rung__chevron" />
    </button>
  );
}

function GapNote({
  gap,
  adding,
  onAdd,
}: {
  gap: Gap;
  adding: string | null;
  onAdd(slug: string, title: string, suds: number): void;
}) {
  const titleId = `gap-${gap.lowerId}-${gap.upperId}`;
  return (
    <div className="gap" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="gap__title">
        A {gap.size}-point jump, from {gap.from} to {gap.to}
      </p>
      {gap.suggestions.length > 0 ? (
        <>
          <p className="gap__text">A step in between makes the climb kinder. Some ideas that sit in the gap:</p>
          <ul className="gap__ideas">
            {gap.suggestions.map((s) => (
              <li key={s.slug} className="gap__idea">
                <span className="gap__idea-text">
                  <span className="gap__idea-title">{s.title}</span>
                  <span className="gap__idea-level">
                    Usually {s.difficulty} · {sudsWord(s.difficulty)}
                  </span>
                </span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`Add “${s.title}”`}
                  disabled={adding !== null}
                  onClick={() => onAdd(s.slug, s.title, s.difficulty)}
                >
                  {adding === s.slug ? 'Adding…' : 'Add'}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="gap__text">A step in between makes the climb kinder. Try adding a situation of your own here.</p>
      )}
    </div>
  );
}
