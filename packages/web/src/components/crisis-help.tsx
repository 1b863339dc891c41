import { COUNTRIES, CRISIS_LINES, EMERGENCY_NOTE, type CountryHelp, type CrisisLine } from '@ask-anyway/core';
import { useId } from 'react';
import { ELSEWHERE, setCountry, useCountry } from '../safety/country';
import { GlobeIcon, MessageIcon, PhoneIcon } from './icons';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

function whereItAnswers(line: CrisisLine): string {
  if (line.countries.length === 0) return 'Worldwide';
  return line.countries.map((code) => regionNames.of(code) ?? code).join(' and ');
}

/** "26 Nov 2026" for a date the data was checked on. */
export function formatCheckedOn(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00`);
  return Number.isNaN(day.getTime()) ? isoDate : day.toLocaleDateString('en', { dateStyle: 'medium' });
}

export interface LinesByPlace {
  /** The chosen country's own lines. */
  local: CrisisLine[];
  /** The worldwide directory: right after the local lines, or first where there are none. */
  directory: CrisisLine[];
  /** Every other country's lines, still shown: where a phone's settings say it is, is only a guess. */
  others: CrisisLine[];
}

export function linesFor(country: CountryHelp | undefined): LinesByPlace {
  const local = country ? CRISIS_LINES.filter((l) => l.countries.includes(country.code)) : [];
  const directory = CRISIS_LINES.filter((l) => l.countries.length === 0);
  const others = CRISIS_LINES.filter((l) => l.countries.length > 0 && !local.includes(l));
  return { local, directory, others };
}

function LineIcon({ href }: { href: string | undefined }) {
  if (href?.startsWith('sms:')) return <MessageIcon />;
  if (href?.startsWith('tel:')) return <PhoneIcon />;
  return <GlobeIcon />;
}

/** The link that calls, texts or opens a line; the plain words where it is not a single link. */
export function LineAction({ line, big = false }: { line: CrisisLine; big?: boolean }) {
  const className = `line__action${big ? ' line__action--big' : ''}`;
  if (!line.href) return <p className={`${className} line__action--text`}>{line.action}</p>;
  const web = line.href.startsWith('http');
  return (
    <a className={className} href={line.href} {...(web ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      <LineIcon href={line.href} />
      <span>
        {line.action}
        {web && <span className="visually-hidden"> (opens in your browser)</span>}
      </span>
    </a>
  );
}

/** Where a number comes from and when it was last checked: quiet, but always there. */
export function LineSource({ source, checkedOn }: { source: string; checkedOn: string }) {
  return (
    <p className="line__source">
      Source: {source} · checked {formatCheckedOn(checkedOn)}
    </p>
  );
}

export function LineList({ lines }: { lines: readonly CrisisLine[] }) {
  return (
    <ul className="lines">
      {lines.map((line) => (
        <li key={line.id} className="line">
          <p className="line__where">{whereItAnswers(line)}</p>
          <h3 className="line__name">{line.name}</h3>
          <LineAction line={line} />
          <LineSource source={line.source} checkedOn={line.checkedOn} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The emergency number, first on every help screen: a button that calls it where the country is
 * known, and the plain rule ("your local emergency number") everywhere else.
 */
export function EmergencyCard({ country, lead }: { country: CountryHelp | undefined; lead?: string }) {
  return (
    <section className="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">Emergency</h2>
      {country ? (
        <>
          <p>{lead ?? 'If you are in danger right now, call the emergency number.'}</p>
          <a className="emergency__call" href={`tel:${country.emergency}`}>
            <PhoneIcon />
            <span>Call {country.emergency}</span>
          </a>
          <LineSource source={country.source} checkedOn={country.checkedOn} />
        </>
      ) : (
        <p>{EMERGENCY_NOTE}</p>
      )}
    </section>
  );
}

/** Which country's help comes first; starts from the phone's language, and the person can change it. */
export function CountryPicker({ label = 'Where are you?' }: { label?: string }) {
  const id = useId();
  const { code } = useCountry();
  return (
    <div className="country">
      <label htmlFor={id} className="country__label">
        {label}
      </label>
      <select id={id} className="country__select" value={code} onChange={(e) => setCountry(e.target.value)}>
        {COUNTRIES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
        <option value={ELSEWHERE}>Somewhere else</option>
      </select>
    </div>
  );
}
