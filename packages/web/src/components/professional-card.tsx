import { Link } from 'wouter';
import { PersonIcon } from './icons';

/**
 * The recommendation to work with a professional, with what to look for: clear and practical, so it
 * reads as a next step, not a warning.
 */
export function ProfessionalCard({ lead }: { lead?: string }) {
  return (
    <section className="card professional" aria-labelledby="professional-title">
      <span className="card__badge card__badge--soft">
        <PersonIcon />
      </span>
      <h2 id="professional-title">Working with a professional</h2>
      <p>{lead ?? 'Ask Anyway works best alongside someone trained to guide this. We really recommend it for you.'}</p>
      <p>
        Look for a <strong>CBT therapist who uses exposure</strong> (cognitive behavioural therapy, sometimes called
        graded exposure). Your doctor can refer you, or your country's register of therapists can help you find one.
      </p>
      <Link href="/guide#professional" className="text-link professional__link">
        What to ask a therapist
      </Link>
    </section>
  );
}
