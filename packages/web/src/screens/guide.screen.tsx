import { useEffect } from 'react';
import { Link } from 'wouter';
import { useAuth } from '../auth/auth-context';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';

const QUESTIONS_FOR_A_THERAPIST = [
  'Do you use exposure therapy for social anxiety or fear of rejection?',
  'Will we plan the steps together, at a pace I agree to?',
  'How will we know whether it is helping?',
  'Can I bring what I log in Ask Anyway to our sessions?',
] as const;

/**
 * "How Ask Anyway works", in plain words: what it is and is not, what exposure is, why gradually,
 * the rejection twist, respect for the other person, and how to find a professional. Open to anyone,
 * signed in or not.
 */
export function GuideScreen() {
  useDocumentTitle('How Ask Anyway works');
  const { state } = useAuth();
  const signedIn = state.status === 'signed-in';

  // A link to one section (#professional): scroll to it once the shell has put the page at the top.
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (!id) return;
    const frame = window.requestAnimationFrame(() => {
      const section = document.getElementById(id);
      section?.scrollIntoView({ block: 'start' });
      section?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, []);

  return (
    <div className="screen guide">
      <BackLink href={signedIn ? '/today' : '/'}>{signedIn ? 'Today' : 'Welcome'}</BackLink>
      <div className="screen__intro">
        <p className="eyebrow">About exposure</p>
        <h1 tabIndex={-1}>How Ask Anyway works</h1>
        <p className="lead">Small, real asks, at your own pace, to find out that a no is something you can handle.</p>
      </div>

      <section className="card guide__section guide__section--first" aria-labelledby="not-treatment">
        <h2 id="not-treatment">Not a treatment, and not a diagnosis</h2>
        <p>
          Ask Anyway is a self-help practice. It does not diagnose anything, and it does not replace a therapist or a
          doctor. It works well alongside one. If things feel heavy, <strong>Get help now</strong> is at the top of
          every screen.
        </p>
      </section>

      <section className="card guide__section" aria-labelledby="exposure">
        <h2 id="exposure">What exposure is</h2>
        <p>
          Exposure means facing something you fear on purpose, in small planned steps, instead of avoiding it. Each
          time, you find out what really happens, and the fear learns that it was louder than the facts. It is at the
          heart of how therapists help people with social anxiety.
        </p>
      </section>

      <section className="card guide__section" aria-labelledby="gradually">
        <h2 id="gradually">Why gradually</h2>
        <p>
          Too much too soon can backfire. Forcing yourself into something terrifying can end in panic and leave you more
          afraid than before. So Ask Anyway starts where the fear is moderate, climbs in small steps, and goes easier
          for a couple of days after a hard moment.
        </p>
        <p>You can always choose a bigger step. We will just tell you first, and the choice stays yours.</p>
      </section>

      <section className="card guide__section" aria-labelledby="twist">
        <h2 id="twist">The rejection twist</h2>
        <p>
          In rejection practice the no really happens, so the fear worth testing is what comes after it: “they’ll think
          I’m ridiculous”, “I’ll be crushed for days”, “I can’t cope”. Before an ask you write that fear down;
          afterwards you check it against what happened.
        </p>
        <p>A no is a win: it means you asked.</p>
      </section>

      <section className="card guide__section" aria-labelledby="respect">
        <h2 id="respect">Respect for the other person</h2>
        <p>
          You are the one practising; the person you ask comes first. Keep asks kind, lawful and easy to refuse. Take a
          no gracefully, never film anyone without their consent, and never ask for something that could get someone
          into trouble, such as a shop worker giving away what is not theirs to give.
        </p>
      </section>

      <section id="professional" className="card guide__section" aria-labelledby="professional-heading">
        <h2 id="professional-heading" tabIndex={-1}>
          Working with a professional
        </h2>
        <p>
          Exposure works best with someone trained to guide it, and especially if you have been through something
          painful around rejection, get panic attacks, feel very low, or use alcohol or drugs to cope.
        </p>
        <p>
          Look for a <strong>CBT therapist who uses exposure</strong> (cognitive behavioural therapy). A doctor can
          refer you, or your country’s register of accredited therapists can help you find one.
        </p>
        <h3 className="guide__subhead">Questions worth asking them</h3>
        <ul className="ticks">
          {QUESTIONS_FOR_A_THERAPIST.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>

      <p className="fine-print">
        Built on graded exposure and behavioural experiments, the way clinicians work with social anxiety (Clark and
        Wells, 1995; Craske and colleagues, 2014).{' '}
        <Link href="/help" className="text-link">
          Get help now
        </Link>
      </p>
    </div>
  );
}
