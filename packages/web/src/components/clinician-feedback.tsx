import { useResource } from '../api/use-resource';
import { sharingApi } from '../clinicians/api';
import { when } from '../clinicians/words';

/** What a clinician wrote about this ask; nothing at all when there is none, or offline. */
export function ClinicianFeedback({ experimentId }: { experimentId: string }) {
  const feedback = useResource(() => sharingApi.feedback(), experimentId);
  const mine = feedback.state.data?.filter((f) => f.experimentId === experimentId) ?? [];
  if (mine.length === 0) return null;
  return (
    <section className="card card--soft" aria-labelledby="feedback-title">
      <h2 id="feedback-title">From your clinician</h2>
      {mine.map((f) => (
        <blockquote key={f.id} className="feedback-note">
          <p>{f.text}</p>
          <footer>
            {f.from} · {when(f.createdAt)}
          </footer>
        </blockquote>
      ))}
    </section>
  );
}
