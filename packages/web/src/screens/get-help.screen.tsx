import { CRISIS_LINES, CRISIS_LINES_VERSION, EMERGENCY_NOTE, crisisLinesFor, type CrisisLine } from '@ask-anyway/core';
import { useDocumentTitle } from '../components/app-shell';
import { GlobeIcon, MessageIcon, PhoneIcon } from '../components/icons';

/** The region of the phone's language (en-GB → GB), a hint for ordering only, never for hiding. */
function regionHint(): string | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region) return region;
    } catch {
      // An unusual tag; try the next.
    }
  }
  return null;
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function whereItAnswers(line: CrisisLine): string {
  if (line.countries.length === 0) return 'Worldwide';
  return line.countries.map((code) => regionNames.of(code) ?? code).join(' and ');
}

/** The region's own lines first, then other countries', then the worldwide directory. */
function orderedLines(region: string | null): CrisisLine[] {
  const local = new Set(crisisLinesFor(region).filter((l) => l.countries.length > 0));
  const rank = (l: CrisisLine) => (local.has(l) ? 0 : l.countries.length > 0 ? 1 : 2);
  return [...CRISIS_LINES].sort((a, b) => rank(a) - rank(b));
}

function formatDay(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00`);
  return Number.isNaN(day.getTime()) ? isoDate : day.toLocaleDateString('en', { dateStyle: 'long' });
}

function LineIcon({ href }: { href: string | undefined }) {
  if (href?.startsWith('sms:')) return <MessageIcon />;
  if (href?.startsWith('tel:')) return <PhoneIcon />;
  return <GlobeIcon />;
}

/**
 * Every crisis line, always: the phone's region only puts its own lines first, since a language
 * setting says little about where someone is standing right now.
 */
export function GetHelpScreen() {
  useDocumentTitle('Get help now');
  const lines = orderedLines(regionHint());
  const oldestCheck = lines.map((l) => l.checkedOn).sort()[0] ?? CRISIS_LINES_VERSION;

  return (
    <div className="screen help">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Get help now</h1>
      </div>

      <section className="emergency" aria-labelledby="emergency-title">
        <h2 id="emergency-title">Emergency</h2>
        <p>{EMERGENCY_NOTE}</p>
      </section>

      <p className="help__not-crisis">
        <strong>Ask Anyway is not a crisis service.</strong> If you are struggling, these free services are there to
        listen, day or night.
      </p>

      <section aria-labelledby="lines-title">
        <h2 id="lines-title" className="section-title">
          Crisis lines
        </h2>
        <ul className="lines">
          {lines.map((line) => (
            <li key={line.id} className="line">
              <p className="line__where">{whereItAnswers(line)}</p>
              <h3 className="line__name">{line.name}</h3>
              {line.href ? (
                <a
                  className="line__action"
                  href={line.href}
                  {...(line.href.startsWith('http') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
                >
                  <LineIcon href={line.href} />
                  <span>
                    {line.action}
                    {line.href.startsWith('http') && <span className="visually-hidden"> (opens in your browser)</span>}
                  </span>
                </a>
              ) : (
                <p className="line__action line__action--text">{line.action}</p>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="card card--soft" aria-labelledby="pause-title">
        <h2 id="pause-title">Not in danger, just shaken?</h2>
        <p>
          Stopping is not failure. Breathe in for 4, out for 6, a few times. Name five things you can see. Then
          rest, or talk to someone you trust.
        </p>
      </section>

      <p className="fine-print">
        Numbers last checked {formatDay(oldestCheck)}. List version {CRISIS_LINES_VERSION}.
      </p>
    </div>
  );
}
