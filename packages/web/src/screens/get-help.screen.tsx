import { CRISIS_LINES, CRISIS_LINES_VERSION } from '@ask-anyway/core';
import { Link } from 'wouter';
import { useDocumentTitle } from '../components/app-shell';
import { CountryPicker, EmergencyCard, formatCheckedOn, LineList, linesFor } from '../components/crisis-help';
import { inCountry, useCountry } from '../safety/country';

const oldestCheck = CRISIS_LINES.map((l) => l.checkedOn).sort()[0] ?? CRISIS_LINES_VERSION;

/**
 * Help, signed in or not, online or off (the lines are data in the app, not an API answer). The
 * person's country, from the phone's language unless they chose another, decides only what comes
 * first: every line stays on the page, since a phone's settings say little about where someone is.
 */
export function GetHelpScreen() {
  useDocumentTitle('Get help now');
  const { help: country } = useCountry();
  const { local, directory, others } = linesFor(country);
  const first = local.length > 0 ? [...local, ...directory] : directory;

  return (
    <div className="screen help">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Get help now</h1>
      </div>

      <EmergencyCard country={country} />

      <p className="help__not-crisis">
        <strong>Ask Anyway is not a crisis service.</strong> If you are struggling, these free services are there to
        listen, day or night.
      </p>

      <CountryPicker />

      <section aria-labelledby="lines-title">
        <h2 id="lines-title" className="section-title">
          {country && local.length > 0 ? `Helplines ${inCountry(country)}` : 'Helplines near you'}
        </h2>
        <LineList lines={first} />
      </section>

      {others.length > 0 && (
        <section aria-labelledby="others-title">
          <h2 id="others-title" className="section-title">
            In other countries
          </h2>
          <LineList lines={others} />
        </section>
      )}

      <section className="card card--soft" aria-labelledby="pause-title">
        <h2 id="pause-title">Not in danger, just shaken?</h2>
        <p>Stopping is not failure. A few slow breaths and a minute to notice the room around you can help.</p>
        <Link href="/calm" className="button button--secondary">
          Breathe with me
        </Link>
      </section>

      <p className="fine-print">
        Numbers last checked {formatCheckedOn(oldestCheck)}. List version {CRISIS_LINES_VERSION}.
      </p>
    </div>
  );
}
