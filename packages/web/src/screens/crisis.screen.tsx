import { Link } from 'wouter';
import { useDocumentTitle } from '../components/app-shell';
import { CountryPicker, EmergencyCard, formatCheckedOn, LineAction, linesFor } from '../components/crisis-help';
import { HeartIcon } from '../components/icons';
import { inCountry, useCountry } from '../safety/country';

/**
 * After an answer about thoughts of self-harm or suicide, or "Not really" at a check-in: warm words,
 * people to talk to in the person's country first, the emergency number, and what happens to the
 * challenges. Big type, one thing at a time, nothing else competing.
 */
export function CrisisScreen() {
  useDocumentTitle('You are not alone');
  const { help: country } = useCountry();
  const { local, directory } = linesFor(country);
  const lines = [...local, ...directory];
  const checked = lines.map((l) => l.checkedOn).sort()[0];

  return (
    <div className="screen crisis">
      <div className="screen__intro crisis__intro">
        <span className="crisis__badge" aria-hidden="true">
          <HeartIcon />
        </span>
        <h1 tabIndex={-1}>Thank you for telling us.</h1>
        <p className="crisis__lead">
          Thoughts like these can feel very heavy. You don't have to carry them alone: talking to someone can help,
          right now.
        </p>
      </div>

      <section className="crisis__talk" aria-labelledby="talk-title">
        <h2 id="talk-title">Talk to someone now</h2>
        <p className="crisis__where">
          {country && local.length > 0
            ? `Free and confidential, ${inCountry(country)}.`
            : 'Free and confidential, wherever you are.'}
        </p>
        <ul className="crisis__lines">
          {lines.map((line, index) => (
            <li key={line.id} className="crisis__line">
              <h3 className="crisis__line-name">{line.name}</h3>
              <LineAction line={line} big={index === 0} />
            </li>
          ))}
        </ul>
      </section>

      <EmergencyCard
        country={country}
        lead="If you might act on these thoughts, or you are in danger, call the emergency number now."
      />

      <section className="card card--soft crisis__pause" aria-labelledby="pause-title">
        <h2 id="pause-title">Challenges are paused</h2>
        <p>
          They will wait until you tell us you feel safe. Today will ask how you are. There is no rush, and nothing is
          lost.
        </p>
      </section>

      <CountryPicker label="Not where you are? Choose your country" />

      <div className="actions">
        <Link href="/today" className="button button--secondary">
          Go to Today
        </Link>
        <Link href="/help" className="button button--ghost">
          See every helpline
        </Link>
      </div>

      {checked && (
        <p className="fine-print">
          Numbers last checked {formatCheckedOn(checked)}. Each one's source is on Get help now.
        </p>
      )}
    </div>
  );
}
