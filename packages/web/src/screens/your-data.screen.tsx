import { useOnline } from '../offline/use-online';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, type CalendarCreated, type ImportResult } from '../api/client';
import { useResource } from '../api/use-resource';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { ConfirmDialog } from '../components/dialog';
import { FormAlert } from '../components/form-alert';
import { CalendarIcon, DownloadIcon } from '../components/icons';
import { Loading } from '../components/load-state';
import '../styles/your-data.css';

/** The server refuses bigger imports (docs/EXPORT.md); saying so here spares a long upload. */
const IMPORT_LIMIT_BYTES = 25 * 1024 * 1024;

const DOWNLOADS = [
  {
    href: '/api/export',
    title: 'Everything (JSON)',
    detail: 'All your practice, safety answers and questionnaires in one file. A backup, or a way to move to another Ask Anyway.',
  },
  {
    href: '/api/export/experiments.csv',
    title: 'Experiments (CSV)',
    detail: 'Your asks as a spreadsheet: what you expected next to what happened.',
  },
  {
    href: '/api/export/questionnaires.csv',
    title: 'Questionnaires (CSV)',
    detail: 'Your check-in answers and dates, as a spreadsheet.',
  },
  {
    href: '/api/export/fhir',
    title: 'Questionnaires for health records (FHIR)',
    detail: 'The standard format health record systems read, if a clinic asks for one.',
  },
] as const;

/** What each imported table is, in the person's words; unknown keys fall back to the key. */
const IMPORTED_NAMES: Record<string, string> = {
  ladderRungs: 'Ladder steps',
  experiments: 'Asks and experiments',
  restDays: 'Rest days',
  challengeRuns: '30-day challenges',
  screenings: 'Safety answers',
  safetyEvents: 'Moments you noted',
  suggestionViews: 'Suggestions shown',
  measureEntries: 'Questionnaires',
};

/** Downloads, bringing data in, and the private calendar feed: everything here needs the network. */
export function YourDataScreen() {
  useDocumentTitle('Your data');
  const online = useOnline();

  return (
    <div className="screen your-data">
      <BackLink href="/settings">Settings</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>Your data</h1>
        <p className="lead">It is yours. Take a copy, bring it over from another Ask Anyway, or see your plans in your calendar.</p>
      </div>

      {!online && (
        <p className="card card--soft your-data__offline" role="status">
          You are offline right now. Everything on this page needs a connection, so it will be here when you are back.
          Your practice keeps working in the meantime.
        </p>
      )}

      <Downloads online={online} />
      <BringIn online={online} />
      <CalendarFeed online={online} />
    </div>
  );
}

function Downloads({ online }: { online: boolean }) {
  return (
    <section className="card" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Download a copy</h2>
      <p>
        These files hold personal things: what you feared, what happened, how you have been feeling. Keep them
        somewhere only you can open, and think twice before sending them by email or chat.
      </p>
      <ul className="downloads">
        {DOWNLOADS.map((d) => (
          <li key={d.href}>
            {online ? (
              <a className="download" href={d.href} download>
                <DownloadIcon className="download__icon" />
                <span className="download__text">
                  <strong>{d.title}</strong>
                  <span>{d.detail}</span>
                </span>
              </a>
            ) : (
              <div className="download download--off">
                <DownloadIcon className="download__icon" />
                <span className="download__text">
                  <strong>{d.title}</strong>
                  <span>Needs a connection.</span>
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function BringIn({ online }: { online: boolean }) {
  const inputId = useId();
  const hintId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    if (!file) {
      setProblem({ message: 'Choose the file you downloaded first.', details: [] });
      fileRef.current?.focus();
      return;
    }
    if (file.size > IMPORT_LIMIT_BYTES) {
      setProblem({ message: 'This file is bigger than 25 MB, more than an Ask Anyway export can be. Nothing was imported.', details: [] });
      return;
    }
    setBusy(true);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        setProblem({ message: 'This file is not an Ask Anyway export (it could not be read as JSON). Nothing was imported.', details: [] });
        return;
      }
      setResult(await api.importData(parsed));
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    } catch (error) {
      setProblem(importProblem(error));
    } finally {
      setBusy(false);
    }
  }

  const counts = result ? Object.entries(result.imported).filter(([, n]) => n > 0) : [];

  return (
    <section className="card" aria-labelledby="bring-in-title">
      <h2 id="bring-in-title">Bring your data in</h2>
      <p>
        Moving from another Ask Anyway server? Download “Everything (JSON)” there, then bring the file in here. It works
        for a new, empty account, so nothing you have is mixed up or written over.
      </p>
      <form className="bring-in" noValidate onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            Export file
          </label>
          <span className="field__hint" id={hintId}>
            The .json file from “Everything (JSON)”.
          </span>
          <input
            ref={fileRef}
            id={inputId}
            className="bring-in__file"
            type="file"
            accept=".json,application/json"
            aria-describedby={hintId}
            disabled={!online || busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setProblem(null);
              setResult(null);
            }}
          />
        </div>
        <div className="form-alert-slot" role="alert">
          {problem && (
            <div className="form-alert">
              <p>{problem.message}</p>
              {problem.details.length > 0 && (
                <ul className="bring-in__details">
                  {problem.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
        <button type="submit" className="button button--secondary" disabled={!online || busy}>
          {busy ? 'Bringing it in…' : 'Bring it in'}
        </button>
      </form>
      <div role="status" className="notice-slot">
        {result && (
          <div className="bring-in__done">
            <p>
              <strong>All in.</strong> {counts.length === 0 ? 'The file held no practice yet.' : 'Here is what came over:'}
            </p>
            {counts.length > 0 && (
              <dl className="facts">
                {counts.map(([key, n]) => (
                  <div className="facts__row" key={key}>
                    <dt>{IMPORTED_NAMES[key] ?? key}</dt>
                    <dd>{n}</dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

function importProblem(error: unknown): { message: string; details: string[] } {
  if (!(error instanceof ApiError)) return { message: 'Something went wrong. Nothing was imported; please try again.', details: [] };
  if (error.isNetwork) return { message: 'We could not reach Ask Anyway. Nothing was imported; try again when you are connected.', details: [] };
  const details = error.fieldErrors.slice(0, 5).map((e) => (e.field ? `${e.field}: ${e.detail}` : e.detail));
  const said = (error.detail ?? error.title).replace(/\.?\s*$/, '.');
  // The server's own words often say it already; say it exactly once.
  return { message: /nothing was imported/i.test(said) ? said : `${said} Nothing was imported.`, details };
}

function CalendarFeed({ online }: { online: boolean }) {
  const status = useResource(() => api.calendar());
  const checkboxId = useId();
  const hintId = useId();
  const [includeWords, setIncludeWords] = useState(false);
  const [created, setCreated] = useState<CalendarCreated | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'renew' | 'off' | null>(null);
  const { reload } = status;

  // Coming back online: ask again rather than leave the offline note up.
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) void reload();
    wasOnline.current = online;
  }, [online, reload]);

  const current = status.state.data;
  const active = created !== null || current?.active === true;

  useEffect(() => {
    if (current) setIncludeWords(current.includePersonalText);
  }, [current]);

  async function turnOn() {
    setBusy(true);
    setError(null);
    try {
      const answer = await api.createCalendar(includeWords);
      setCreated(answer);
      status.set({ active: answer.active, includePersonalText: answer.includePersonalText, createdAt: answer.createdAt });
      setConfirm(null);
    } catch (e) {
      setError(writeProblem(e));
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setError(null);
    try {
      await api.turnOffCalendar();
      setCreated(null);
      status.set({ active: false, includePersonalText: false, createdAt: null });
      setConfirm(null);
    } catch (e) {
      setError(writeProblem(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="calendar-title">
      <div className="your-data__heading">
        <span className="your-data__badge">
          <CalendarIcon />
        </span>
        <h2 id="calendar-title">Calendar</h2>
      </div>
      <p>
        A private address that puts your planned asks, rest days and questionnaire dates in any calendar app, with a
        reminder before each ask. Anyone with the address can see these events, so keep it to yourself.
      </p>

      {status.state.status === 'loading' && online && <Loading label="Loading your calendar setting" />}
      {(!online || (status.state.status === 'failed' && status.state.error.isNetwork)) && (
        <p className="your-data__note">The calendar needs a connection. You can set it up when you are back online.</p>
      )}
      {online && status.state.status === 'failed' && !status.state.error.isNetwork && (
        <div className="stack">
          <p>{status.state.error.message}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}

      {online && current && (
        <>
          <p className="your-data__state">
            <span className={`your-data__dot${active ? ' your-data__dot--on' : ''}`} aria-hidden="true" />
            {active
              ? `On${current.createdAt ? ` since ${new Date(current.createdAt).toLocaleDateString(undefined, { day: 'numeric', month: 'long' })}` : ''}, ${current.includePersonalText ? 'with your own words' : 'without your own words'}.`
              : 'Off.'}
          </p>

          {created && <NewAddress created={created} />}

          <label className="choice choice--check your-data__check" htmlFor={checkboxId}>
            <input
              id={checkboxId}
              type="checkbox"
              className="choice__input"
              checked={includeWords}
              aria-describedby={hintId}
              onChange={(e) => setIncludeWords(e.target.checked)}
            />
            <span className="choice__mark" aria-hidden="true" />
            <span className="choice__text">
              <span className="choice__label">Include my own words (titles and notes)</span>
              <span className="choice__detail" id={hintId}>
                Off keeps them private: calendars are often shared or shown on a lock screen, so events just say
                “Planned ask”.{active ? ' A change applies to a new address.' : ''}
              </span>
            </span>
          </label>

          <FormAlert message={error} />

          {active ? (
            <div className="actions">
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => setConfirm('renew')}>
                Make a new address
              </button>
              <button type="button" className="button button--danger-outline" disabled={busy} onClick={() => setConfirm('off')}>
                Turn off
              </button>
            </div>
          ) : (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void turnOn()}>
              {busy ? 'Turning on…' : 'Turn on'}
            </button>
          )}
        </>
      )}

      <ConfirmDialog
        open={confirm === 'renew'}
        title="Make a new address?"
        confirmLabel="Make a new address"
        busyLabel="Making it…"
        cancelLabel="Keep the one I have"
        tone="neutral"
        busy={busy}
        error={confirm === 'renew' ? error : null}
        onConfirm={() => void turnOn()}
        onClose={() => setConfirm(null)}
      >
        <p>The address you have now stops working at once. You will need to add the new one to your calendar app.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'off'}
        title="Turn off the calendar?"
        confirmLabel="Turn it off"
        busyLabel="Turning off…"
        cancelLabel="Keep it on"
        busy={busy}
        error={confirm === 'off' ? error : null}
        onConfirm={() => void turnOff()}
        onClose={() => setConfirm(null)}
      >
        <p>The address stops working at once, and your calendar app will stop getting updates. You can turn it on again any time.</p>
      </ConfirmDialog>
    </section>
  );
}

/** The feed's address, shown only now: the server keeps just a fingerprint of the secret. */
function NewAddress({ created }: { created: CalendarCreated }) {
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const url = `${window.location.origin}${created.path}`;
  const webcal = url.replace(/^https?:\/\//, 'webcal://');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Copied. Paste it into your calendar app as a new subscription.');
    } catch {
      inputRef.current?.select();
      setCopied('Selected: copy it with your phone’s menu.');
    }
  }

  return (
    <div className="feed-address">
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          Your private calendar address
        </label>
        <span className="field__hint" id={hintId}>
          Shown only this once. If you lose it, make a new one.
        </span>
        <input
          ref={inputRef}
          id={inputId}
          className="field__input feed-address__url"
          readOnly
          value={url}
          aria-describedby={hintId}
          onFocus={(e) => e.target.select()}
        />
      </div>
      <div className="feed-address__actions">
        <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
          Copy
        </button>
        <a className="button button--secondary button--small" href={webcal}>
          Open in my calendar app
        </a>
      </div>
      <p className="notice-slot your-data__note" role="status">
        {copied}
      </p>
    </div>
  );
}

function writeProblem(error: unknown): string {
  if (error instanceof ApiError) {
    return error.isNetwork ? 'We could not reach Ask Anyway. Check your connection and try again.' : error.message;
  }
  return 'That did not work. Please try again.';
}
