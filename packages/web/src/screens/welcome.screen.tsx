import { Link } from 'wouter';
import { useAuth } from '../auth/auth-context';
import { useDocumentTitle } from '../components/app-shell';
import { BookIcon, ChevronRightIcon, CompareIcon, LeafIcon, StepsIcon } from '../components/icons';

const STEPS = [
  { Icon: StepsIcon, title: 'Start small', text: 'Easy asks first. You climb only when you feel ready.' },
  { Icon: CompareIcon, title: 'Fear vs. reality', text: 'Guess how it will go, then see what really happened.' },
  { Icon: LeafIcon, title: 'Every no counts', text: 'A no means you asked. That is the win.' },
] as const;

export function WelcomeScreen() {
  useDocumentTitle('Welcome');
  const { notice } = useAuth();

  return (
    <div className="screen welcome">
      <div role="status" className="notice-slot">
        {notice && <p className="notice">{notice}</p>}
      </div>

      <div className="welcome__hero">
        <Bubbles />
        <p className="eyebrow">Rejection therapy, done gently</p>
        <h1 tabIndex={-1}>Get braver, one small ask at a time.</h1>
        <p className="lead">
          Practise hearing no in everyday life, at your own pace, until the fear of it stops running the show.
        </p>
      </div>

      <div className="actions">
        <Link href="/sign-up" className="button button--primary">
          Create an account
        </Link>
        <Link href="/sign-in" className="button button--secondary">
          I already have an account
        </Link>
      </div>

      <ul className="steps" aria-label="How it works">
        {STEPS.map(({ Icon, title, text }) => (
          <li key={title} className="steps__item">
            <span className="steps__icon">
              <Icon />
            </span>
            <span>
              <strong className="steps__title">{title}</strong>
              <span className="steps__text">{text}</span>
            </span>
          </li>
        ))}
      </ul>

      <Link href="/guide" className="link-card">
        <span className="link-card__icon">
          <BookIcon />
        </span>
        <span className="link-card__text">
          <strong>How Ask Anyway works</strong>
          <span>Exposure, going gradually, and staying safe</span>
        </span>
        <ChevronRightIcon className="link-card__chevron" />
      </Link>

      <p className="fine-print">
        Ask Anyway is a self-help practice, not a treatment or a diagnosis. It works well alongside a therapist.
      </p>
    </div>
  );
}

/** Two overlapping speech bubbles: a question asked, and the answer, whatever it is. */
function Bubbles() {
  return (
    <svg className="welcome__art" viewBox="0 0 240 144" aria-hidden="true" focusable="false">
      <path
        className="welcome__bubble-back"
        d="M120 14h78c19 0 34 15 34 34v20c0 19-15 34-34 34h-8v20c0 4-5 6-8 3l-24-23h-38c-19 0-34-15-34-34V48c0-19 15-34 34-34z"
      />
      <path
        className="welcome__bubble-front"
        d="M42 30h80c19 0 34 15 34 34v18c0 19-15 34-34 34H76l-26 22c-3 3-8 1-8-3v-19c-19 0-34-15-34-34V64c0-19 15-34 34-34z"
      />
      <path
        className="welcome__mark"
        d="M70 62c0-9 7-15 16-15s16 6 16 14c0 7-4 10-10 13-4 2-6 5-6 10"
      />
      <circle className="welcome__dot" cx="86" cy="96" r="5" />
      <circle className="welcome__dot welcome__dot--soft" cx="174" cy="58" r="5" />
      <circle className="welcome__dot welcome__dot--soft" cx="192" cy="58" r="5" />
      <circle className="welcome__dot welcome__dot--soft" cx="210" cy="58" r="5" />
    </svg>
  );
}
