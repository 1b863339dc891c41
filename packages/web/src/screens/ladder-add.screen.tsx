import { useMemo, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { CatalogueChallenge } from '../api/contract';
import { useResource } from '../api/use-resource';
import { useFormSubmit } from '../auth/form';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { CataloguePicker } from '../components/catalogue-picker';
import { Consideration } from '../components/consideration';
import { FormAlert } from '../components/form-alert';
import { LoadFailed, Loading } from '../components/load-state';
import { RatingSlider } from '../components/rating-slider';
import { TextField } from '../components/text-field';
import { useToast } from '../components/toast';

const OWN_FIELDS = ['title', 'suds'];

export function LadderAddScreen() {
  useDocumentTitle('Add to your ladder');
  const toast = useToast();
  const catalogue = useResource(() => api.catalogue());
  const ladder = useResource(() => api.ladder());
  const [open, setOpen] = useState<string | null>(null);

  const onLadder = useMemo(
    () => new Set((ladder.state.data?.rungs ?? []).map((r) => r.challengeSlug).filter((s): s is string => s !== null)),
    [ladder.state.data],
  );

  function added(title: string) {
    void ladder.reload();
    toast.show({ text: `Added “${title}” to your ladder.`, action: { label: 'See ladder', href: '/ladder' } });
  }

  return (
    <div className="screen">
      <BackLink href="/ladder">Your ladder</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>Add to your ladder</h1>
        <p className="lead">Rate each one by how hard it would feel for you today. There are no wrong numbers.</p>
      </div>

      <OwnWords onAdded={added} />

      <section aria-labelledby="ideas-title" className="stack">
        <h2 id="ideas-title">Or pick from ideas</h2>
        {catalogue.state.status === 'loading' && <Loading label="Loading ideas" />}
        {catalogue.state.status === 'failed' && (
          <LoadFailed error={catalogue.state.error} onRetry={() => void catalogue.reload()} />
        )}
        {catalogue.state.status === 'ready' && (
          <CataloguePicker
            catalogue={catalogue.state.data}
            onLadder={onLadder}
            openSlug={open}
            onOpen={setOpen}
            renderOpen={(challenge) =>
              onLadder.has(challenge.slug) ? (
                <p className="pick__note">This one is already on your ladder. Tap it there to change its rating.</p>
              ) : (
                <RateIdea
                  challenge={challenge}
                  onAdded={() => {
                    setOpen(null);
                    added(challenge.title);
                  }}
                />
              )
            }
          />
        )}
      </section>
    </div>
  );
}

function OwnWords({ onAdded }: { onAdded(title: string): void }) {
  const [title, setTitle] = useState('');
  const [suds, setSuds] = useState<number | null>(null);
  const [ratingError, setRatingError] = useState<string | undefined>();
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(OWN_FIELDS);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (suds === null) {
      setRatingError('Slide to rate it first: how hard would it feel?');
      return;
    }
    const request = { title, suds };
    void submit(async () => {
      const rung = await api.addRung(request);
      setTitle('');
      setSuds(null);
      onAdded(rung.title);
    });
  }

  return (
    <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-labelledby="own-title" aria-busy={busy}>
      <h2 id="own-title">In your own words</h2>
      <TextField
        label="A situation you'd like to face"
        name="title"
        placeholder="e.g. Asking for a day off"
        maxLength={120}
        value={title}
        error={errors.fields.title}
        onChange={(e) => {
          setTitle(e.target.value);
          clearField('title');
        }}
      />
      <RatingSlider
        label="How hard would it feel?"
        value={suds}
        error={ratingError ?? errors.fields.suds}
        onChange={(v) => {
          setSuds(v);
          setRatingError(undefined);
          clearField('suds');
        }}
      />
      <FormAlert message={errors.form} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add to ladder'}
      </button>
    </form>
  );
}

function RateIdea({ challenge, onAdded }: { challenge: CatalogueChallenge; onAdded(): void }) {
  const [suds, setSuds] = useState(challenge.difficulty);
  const { formRef, errors, busy, submit } = useFormSubmit(['suds']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      await api.addRung({ challengeSlug: challenge.slug, suds });
      onAdded();
    });
  }

  return (
    <form ref={formRef} className="form pick__form" noValidate onSubmit={onSubmit} aria-busy={busy}>
      <RatingSlider
        label={`How hard would “${challenge.title}” feel?`}
        hint={`Most people starting out put it around ${challenge.difficulty}. Yours may differ.`}
        value={suds}
        error={errors.fields.suds}
        onChange={setSuds}
      />
      {challenge.consideration && <Consideration>{challenge.consideration}</Consideration>}
      <FormAlert message={errors.form} />
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add to ladder'}
      </button>
    </form>
  );
}
