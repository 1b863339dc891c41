import type { User } from '@ask-anyway/core';
import { Link } from 'wouter';
import { useDocumentTitle } from '../components/app-shell';
import { CompareIcon, LeafIcon, SunriseIcon } from '../components/icons';

function greeting(hour: number): string {
  if (hour < 5) return 'Hi';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function TodayScreen({ user }: { user: User }) {
  useDocumentTitle('Today');
  const name = user.displayName?.trim();
  const now = new Date();
  const hello = greeting(now.getHours());
  const day = now.toLocaleDateString('en', { weekday: 'long', month: 'long', day: 'numeric' });

  return (
    <div className="screen">
      <div className="screen__intro">
        <p className="eyebrow">{day}</p>
        <h1 tabIndex={-1}>{name ? `${hello}, ${name}.` : `${hello}.`}</h1>
        <p className="lead">Glad you're here.</p>
      </div>

      <section className="card card--glow" aria-labelledby="soon-title">
        <span className="card__badge">
          <SunriseIcon />
        </span>
        <h2 id="soon-title">Your first challenges arrive soon</h2>
        <p>
          Small, real-world asks that start easy and go at your pace. Nothing to do today, and that's fine.
        </p>
      </section>

      <section className="card" aria-labelledby="meanwhile-title">
        <h2 id="meanwhile-title">Two ideas to carry with you</h2>
        <ul className="ideas">
          <li className="ideas__item">
            <span className="ideas__icon">
              <LeafIcon />
            </span>
            <p>
              <strong>A no is a win.</strong> It means you asked. The other person's answer is theirs to give.
            </p>
          </li>
          <li className="ideas__item">
            <span className="ideas__icon">
              <CompareIcon />
            </span>
            <p>
              <strong>The waiting is the worst part.</strong> Notice how the fear before compares with what
              really happens.
            </p>
          </li>
        </ul>
      </section>

      <p className="fine-print">
        Ask Anyway is not a treatment. If things feel heavy, <Link href="/help" className="text-link">help is one tap away</Link>.
      </p>
    </div>
  );
}
