import { Consideration } from './consideration';

interface ChallengeCardProps {
  title: string;
  ask: string | null;
  consideration?: string | undefined;
  eyebrow?: string;
}

/** The challenge being attempted, with the catalogue's note on keeping the other person comfortable. */
export function ChallengeCard({ title, ask, consideration, eyebrow = 'Your challenge' }: ChallengeCardProps) {
  return (
    <section className="card card--glow challenge" aria-labelledby="challenge-title">
      <p className="eyebrow">{eyebrow}</p>
      <h2 id="challenge-title" className="challenge__title">
        {title}
      </h2>
      {ask && <p className="challenge__ask">{ask}</p>}
      {consideration && <Consideration>{consideration}</Consideration>}
    </section>
  );
}
