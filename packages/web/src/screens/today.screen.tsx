import type { Outcome, SuggestionView, Today, User } from '@ask-anyway/core';
import { useRef, useState } from 'react';
import { Link, Redirect, useLocation } from 'wouter';
import { api, ApiError } from '../api/client';
import type { PacingView } from '../api/contract';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { AssignmentsCard } from '../components/assignments-card';
import { ConfirmDialog } from '../components/dialog';
import {
  BoltIcon,
  CalendarIcon,
  ChevronRightIcon,
  FlagIcon,
  HeartIcon,
  LeafIcon,
  MoonIcon,
  PauseIcon,
  PencilIcon,
  ShieldIcon,
  ShuffleIcon,
} from '../components/icons';
import { LoadFailed, Loading } from '../components/load-state';
import { MomentLinks } from '../components/moment-links';
import { useToast } from '../components/toast';
import { dueCopy, shortName } from '../measures/words';
import { OUTCOME_CHOICES, sudsTone, sudsWord } from '../practice/words';

const CHALLENGE_DAYS = 30;
const PAUSED: readonly PacingView['status'][] = ['paused-crisis', 'paused-under-18', 'paused-clinician'];
const QUICK_OUTCOMES: readonly Outcome[] = ['rejected', 'accepted', 'partly'];

function greeting(hour: number): string {
  if (hour < 5) return 'Hi';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function experimentHref(s: SuggestionView): string {
  return s.kind === 'rung' && s.rungId
    ? `/experiment/new?rung=${encodeURIComponent(s.rungId)}`
    : `/experiment/new?challenge=${encodeURIComponent(s.challengeSlug ?? '')}`;
}

export function TodayScreen({ user }: { user: User }) {
  useDocumentTitle('Today');
  const toast = useToast();
  const name = user.displayName?.trim();
  const now = new Date();
  const hello = greeting(now.getHours());
  const day = now.toLocaleDateString('en', { weekday: 'long', month: 'long', day: 'numeric' });

  // Keys of the suggestions already shown: "another suggestion" asks the server to skip them all.
  const skip = useRef<string[]>([]);
  const today = useResource(() => api.today(skip.current));
  const [busy, setBusy] = useState<string | null>(null);

  async function act(what: string, run: () => Promise<void>) {
    setBusy(what);
    try {
      await run();
    } catch (error) {
      toast.show({ text: error instanceof ApiError ? error.message : 'That did not work. Please try again.' });
    } finally {
      setBusy(null);
    }
  }

  function anotherSuggestion(current: SuggestionView) {
    skip.current = [...skip.current, current.key];
    void act('another', () => today.reload());
  }

  function startOver() {
    skip.current = [];
    void act('another', () => today.reload());
  }

  const data = today.state.data;
  // Screening comes before the first challenge: whenever the server says it is still to do.
  if (data?.needsScreening) return <Redirect to="/safety/screening" replace />;
  const paused = data ? PAUSED.includes(data.pacing.status) : false;

  return (
    <div className="screen">
      <div className="screen__intro">
        <p className="eyebrow">{day}</p>
        <h1 tabIndex={-1}>{name ? `${hello}, ${name}.` : `${hello}.`}</h1>
      </div>

      {today.state.status === 'loading' && <Loading label="Loading today" />}
      {today.state.status === 'failed' && <LoadFailed error={today.state.error} onRetry={() => void today.reload()} />}
      {data && (
        <>
          {data.pacing.status !== 'paused-crisis' && <StatRow today={data} />}

          {data.restToday && (
            <section className="card card--soft rest" aria-labelledby="rest-title">
              <span className="card__badge card__badge--soft">
                <MoonIcon />
              </span>
              <h2 id="rest-title">Resting today</h2>
              <p>Rest is part of the practice. Your streak is safe, and a suggestion will be here tomorrow.</p>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy !== null}
                onClick={() =>
                  void act('rest', async () => {
                    await api.removeRestDay(data.today);
                    await today.reload();
                  })
                }
              >
                I'd like to ask today after all
              </button>
            </section>
          )}

          {data.pacing.status === 'paused-crisis' && (
            <CheckInCard
              onSafe={() =>
                act('check-in', async () => {
                  await api.checkIn(true);
                  skip.current = [];
                  await today.reload();
                  toast.show({ text: 'Thank you for telling us. Suggestions are back, at a gentle pace.' });
                })
              }
              busy={busy}
            />
          )}
          {data.pacing.status === 'paused-under-18' && <AdultsOnlyCard />}
          {data.pacing.status === 'paused-clinician' && <ClinicianPauseCard />}

          {!paused && <PaceNotes pacing={data.pacing} />}

          {(!paused || data.pacing.status === 'paused-clinician') && <AssignmentsCard />}

          {!paused && (
            <SuggestionCard
              today={data}
              busy={busy}
              onAnother={anotherSuggestion}
              onStartOver={startOver}
              onQuickLog={(suggestion, outcome) =>
                act('quick', async () => {
                  const logged = await api.createExperiment({
                    ...(suggestion.rungId ? { rungId: suggestion.rungId } : {}),
                    ...(suggestion.challengeSlug ? { challengeSlug: suggestion.challengeSlug } : {}),
                    outcome,
                    quick: true,
                  });
                  toast.show({
                    text: 'Logged. Details can wait.',
                    action: { label: 'Add details', href: `/history/${logged.id}` },
                  });
                  skip.current = [];
                  await today.reload();
                })
              }
            />
          )}

          {!paused && <MeasuresDueCard />}

          {!paused && !data.challenge && (
            <section className="card start" aria-labelledby="start-title">
              <span className="card__badge">
                <CalendarIcon />
              </span>
              <h2 id="start-title">The 30-day challenge</h2>
              <p>
                One ask a day for 30 days. It is not a fixed escalation: each day's suggestion follows how the last
                ones went, and rest days are part of it.
              </p>
              <button
                type="button"
                className="button button--secondary"
                disabled={busy !== null}
                onClick={() => void act('start', () => startChallenge(today.reload))}
              >
                {busy === 'start' ? 'Starting…' : 'Start the 30-day challenge'}
              </button>
            </section>
          )}

          {!paused && data.challenge?.complete && (
            <section className="card card--glow" aria-labelledby="done-title">
              <span className="card__badge">
                <FlagIcon />
              </span>
              <h2 id="done-title">You reached day 30</h2>
              <p>Thirty days of showing up for yourself, rest days included. Have a look at what changed.</p>
              <Link href="/progress" className="button button--secondary">
                See your progress
              </Link>
              <button
                type="button"
                className="button button--ghost"
                disabled={busy !== null}
                onClick={() => void act('start', () => startChallenge(today.reload))}
              >
                Start another 30 days
              </button>
            </section>
          )}

          {!paused && !data.restToday && (
            <div className="rest-offer">
              <button
                type="button"
                className="button button--ghost"
                disabled={busy !== null}
                onClick={() =>
                  void act('rest', async () => {
                    await api.addRestDay(data.today);
                    await today.reload();
                  })
                }
              >
                <MoonIcon />
                {busy === 'rest' ? 'Planning a rest…' : 'Rest today'}
              </button>
              <p className="rest-offer__text">Rest is part of it. A rest day never breaks your streak.</p>
            </div>
          )}

          {!paused && data.challenge && !data.challenge.complete && (
            <EndChallenge onEnded={() => void today.reload()} />
          )}
        </>
      )}

      <p className="fine-print">
        Ask Anyway is not a treatment.{' '}
        <Link href="/guide" className="text-link">
          How it works
        </Link>
        . If things feel heavy,{' '}
        <Link href="/help" className="text-link">
          help is one tap away
        </Link>
        .
      </p>
    </div>
  );
}

async function startChallenge(reload: () => Promise<void>): Promise<void> {
  try {
    await api.startChallenge();
  } catch (error) {
    // Already running (started on another device): showing it is the right answer.
    if (!(error instanceof ApiError && error.status === 409)) throw error;
  }
  await reload();
}

function StatRow({ today }: { today: Today }) {
  const { streak, stats } = today;
  return (
    <Link href="/progress" className="stat-row">
      <span className="stat-row__item">
        <strong>{streak.current}</strong>
        <span>{streak.current === 1 ? 'day in a row' : 'days in a row'}</span>
      </span>
      <span className="stat-row__item">
        <strong>{stats.asks}</strong>
        <span>{stats.asks === 1 ? 'ask' : 'asks'}</span>
      </span>
      <span className="stat-row__item">
        <strong>{stats.rejections}</strong>
        <span>{stats.rejections === 0 ? 'nos so far' : stats.rejections === 1 ? 'no, a win' : 'nos, all wins'}</span>
      </span>
      <span className="visually-hidden">See your progress</span>
      <ChevronRightIcon className="stat-row__chevron" />
    </Link>
  );
}

interface SuggestionCardProps {
  today: Today;
  busy: string | null;
  onAnother(current: SuggestionView): void;
  onStartOver(): void;
  onQuickLog(suggestion: SuggestionView, outcome: Outcome): Promise<void>;
}

function SuggestionCard({ today, busy, onAnother, onStartOver, onQuickLog }: SuggestionCardProps) {
  const [quickOpen, setQuickOpen] = useState(false);
  const { challenge, suggestion } = today;
  const capped = today.pacing.status === 'daily-cap';
  const running = challenge && !challenge.complete;
  const heading = running ? `Day ${challenge.day} of ${CHALLENGE_DAYS}` : "Today's suggestion";
  const dayStep = running ? Math.round(((challenge.day / CHALLENGE_DAYS) * 100) / 5) * 5 : 0;

  return (
    <section className="card card--glow suggestion" aria-labelledby="suggestion-heading" aria-busy={busy === 'another'}>
      <div className="suggestion__head">
        <h2 id="suggestion-heading" className="suggestion__heading">
          {heading}
        </h2>
        {running && (
          <span className="day-bar" aria-hidden="true">
            <span className={`day-bar__fill w-${dayStep}`} />
          </span>
        )}
      </div>

      {capped && (
        <p className="cap-note" role="status">
          That's three suggestions for today. Pick your own, or rest — both count.
        </p>
      )}

      {suggestion ? (
        <>
          <div className="suggestion__body" key={suggestion.key}>
            <h3 className="suggestion__title">{suggestion.title}</h3>
            {suggestion.ask && <p className="suggestion__ask">{suggestion.ask}</p>}
            <p className="suggestion__level">
              <span className={`level-pill level-pill--${sudsTone(suggestion.expectedSuds)}`}>{suggestion.expectedSuds}</span>
              <span>
                Expected distress · {sudsWord(suggestion.expectedSuds)}
                {suggestion.kind === 'rung' && <span className="suggestion__source"> · from your ladder</span>}
              </span>
            </p>
            <p className="suggestion__reason">{suggestion.reason}</p>
          </div>

          <div className="actions">
            <Link href={experimentHref(suggestion)} className="button button--primary">
              Do this one
            </Link>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={quickOpen}
              aria-controls="quick-log"
              onClick={() => setQuickOpen((o) => !o)}
            >
              <BoltIcon />
              Quick log
            </button>
            <div id="quick-log" className="quick" hidden={!quickOpen}>
              {quickOpen && (
                <div role="group" aria-labelledby="quick-title" className="quick__group">
                  <p id="quick-title" className="quick__title">
                    Already done it? Tap how it went.
                  </p>
                  {QUICK_OUTCOMES.map((outcome) => (
                    <button
                      key={outcome}
                      type="button"
                      className={`quick__choice quick__choice--${outcome}`}
                      disabled={busy !== null}
                      onClick={() => void onQuickLog(suggestion, outcome).then(() => setQuickOpen(false))}
                    >
                      {OUTCOME_CHOICES[outcome]}
                    </button>
                  ))}
                  <MomentLinks inline />
                </div>
              )}
            </div>
            <div className="actions__more">
              {!capped && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={busy !== null}
                  onClick={() => onAnother(suggestion)}
                >
                  <ShuffleIcon />
                  {busy === 'another' ? 'Finding one…' : 'Another suggestion'}
                </button>
              )}
              <Link href="/experiment/pick" className="button button--ghost button--small">
                <PencilIcon />
                I'll pick my own
              </Link>
            </div>
          </div>
        </>
      ) : capped ? (
        <div className="actions">
          <Link href="/experiment/pick" className="button button--secondary">
            I'll pick my own
          </Link>
        </div>
      ) : (
        <>
          <p>
            {today.restToday
              ? 'Nothing to do today.'
              : 'No more ideas near your level right now. You can start the list over, or pick your own.'}
          </p>
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={onStartOver} disabled={busy !== null}>
              Show suggestions again
            </button>
            <Link href="/experiment/pick" className="button button--ghost">
              I'll pick my own
            </Link>
          </div>
        </>
      )}
    </section>
  );
}

function EndChallenge({ onEnded }: { onEnded(): void }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function end() {
    setBusy(true);
    setError(null);
    try {
      await api.endChallenge();
      setOpen(false);
      onEnded();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Please try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--ghost button--small end-challenge" onClick={() => setOpen(true)}>
        End the 30-day challenge
      </button>
      <ConfirmDialog
        open={open}
        title="End the 30-day challenge?"
        confirmLabel="End it"
        busyLabel="Ending…"
        cancelLabel="Keep going"
        tone="neutral"
        busy={busy}
        error={error}
        onConfirm={() => void end()}
        onClose={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>Stopping is not failure. Every ask and your streak stay, and you can start again any time.</p>
      </ConfirmDialog>
    </>
  );
}

/** Supported mode and the hold after a hard moment, said kindly: the pace is a choice made for them. */
function PaceNotes({ pacing }: { pacing: PacingView }) {
  const gentle = pacing.mode === 'supported';
  const holding = pacing.holdUntil !== null;
  if (!gentle && !holding) return null;
  return (
    <section className="pace" aria-label="Your pace">
      {holding && (
        <div className="pace__row">
          <span className="pace__icon" aria-hidden="true">
            <PauseIcon />
          </span>
          <p>
            <strong>Easier steps for a couple of days — that's part of it.</strong>
            <span>After a hard moment, the next steps go down, not up. You can still pick your own, or rest.</span>
          </p>
        </div>
      )}
      {gentle && (
        <div className="pace__row">
          <span className="pace__icon" aria-hidden="true">
            <LeafIcon />
          </span>
          <p>
            <strong>We're going gently.</strong>
            <span>
              A lower start and smaller steps.{' '}
              <Link href="/guide#professional" className="text-link">
                Why a therapist can help
              </Link>
            </span>
          </p>
        </div>
      )}
    </section>
  );
}

/** After a crisis answer: suggestions rest until the person says they are safe; "Not really" opens help. */
function CheckInCard({ onSafe, busy }: { onSafe(): Promise<void>; busy: string | null }) {
  const [, navigate] = useLocation();
  async function notReally() {
    try {
      await api.checkIn(false);
    } catch {
      // Help matters more than the record: open it even offline.
    }
    navigate('/safety/crisis');
  }
  return (
    <section className="card checkin" aria-labelledby="checkin-title">
      <span className="card__badge card__badge--soft">
        <HeartIcon />
      </span>
      <h2 id="checkin-title">How are you right now?</h2>
      <p>
        Challenges are resting for now. When you feel safe, tell us and they will come back, gently. There is no rush.
      </p>
      <div className="actions">
        <button type="button" className="button button--calm" disabled={busy !== null} onClick={() => void onSafe()}>
          {busy === 'check-in' ? 'Thank you…' : "I'm safe right now"}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy !== null}
          onClick={() => void notReally()}
        >
          Not really
        </button>
      </div>
    </section>
  );
}

function AdultsOnlyCard() {
  return (
    <section className="card checkin" aria-labelledby="adults-title">
      <span className="card__badge card__badge--soft">
        <ShieldIcon />
      </span>
      <h2 id="adults-title">Ask Anyway is for adults</h2>
      <p>Challenges stay off for under-18s. You can still find people to talk to, any time.</p>
      <Link href="/safety/result" className="button button--secondary">
        What this means
      </Link>
    </section>
  );
}

function ClinicianPauseCard() {
  return (
    <section className="card checkin" aria-labelledby="clinician-title">
      <span className="card__badge card__badge--soft">
        <PauseIcon />
      </span>
      <h2 id="clinician-title">Suggestions are paused</h2>
      <p>
        Your clinician has paused new suggestions for now — you can still log anything you do. Everything you have
        logged stays, and help is one tap away.
      </p>
      <Link href="/experiment/pick" className="button button--secondary">
        Log something you did
      </Link>
    </section>
  );
}

/**
 * One small card when a questionnaire is due, and nothing otherwise: Today stays about today's ask.
 * Offline or on a failed load it stays away too; the questionnaires need the network anyway.
 */
function MeasuresDueCard() {
  const overview = useResource(() => api.measures());
  const due = overview.state.data?.due.filter((d) => d.due) ?? [];
  const first = due[0];
  if (!first) return null;
  return (
    <section className="card card--soft due-card" aria-labelledby="due-card-title">
      <h2 id="due-card-title">A quick check-in</h2>
      <p>{dueCopy(first.reason)}</p>
      <Link href="/measures" className="button button--secondary button--small">
        {due.length === 1 ? `Take the ${shortName(first.measure)}` : `${due.length} short questionnaires`}
        <ChevronRightIcon />
      </Link>
    </section>
  );
}
