import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { localTimeZone } from '../api/client';
import { PASSWORD_MIN_LENGTH } from '../api/contract';
import { useAuth } from '../auth/auth-context';
import { useFormSubmit } from '../auth/form';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';

const FIELDS = ['displayName', 'email', 'password', 'clinician.profession', 'clinician.licenceNumber'];

/**
 * A clinician's account. Profession and licence number are taken on trust and shown to people as
 * self-declared; the account sees nobody until a person invites it with a code.
 */
export function ClinicianSignUpScreen() {
  useDocumentTitle('Create a clinician account');
  const { signUp } = useAuth();
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(FIELDS);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [profession, setProfession] = useState('');
  const [licence, setLicence] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const timeZone = localTimeZone();
    const clinician = { profession, ...(licence.trim() ? { licenceNumber: licence } : {}) };
    const request = {
      email,
      password,
      clinician,
      ...(displayName.trim() ? { displayName } : {}),
      ...(timeZone ? { timeZone } : {}),
    };
    void submit(() => signUp(request));
  }

  return (
    <div className="screen">
      <BackLink href="/sign-up">Create an account</BackLink>
      <div className="screen__intro">
        <p className="eyebrow">For therapists and coaches</p>
        <h1 tabIndex={-1}>Create a clinician account</h1>
        <p className="lead">
          See the practice of the people you work with, only what each one chooses to share, and only after they invite
          you.
        </p>
      </div>

      <section className="card card--soft clinician-note" aria-labelledby="how-title">
        <h2 id="how-title">How it works</h2>
        <ul className="clinician-note__list">
          <li>You see nobody until a person gives you an invitation code.</li>
          <li>Your profession and licence number are self-declared. Ask Anyway does not verify them, and people see them marked that way.</li>
          <li>People choose what to share, can change it any time, and see every time you look.</li>
        </ul>
      </section>

      <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <TextField
          label="Your name, as people will see it"
          hint="For example, Dr Alex Lee."
          name="displayName"
          autoComplete="name"
          value={displayName}
          error={errors.fields.displayName}
          onChange={(e) => {
            setDisplayName(e.target.value);
            clearField('displayName');
          }}
        />
        <TextField
          label="Profession"
          hint="For example, clinical psychologist or CBT therapist."
          name="profession"
          autoComplete="organization-title"
          required
          value={profession}
          error={errors.fields['clinician.profession']}
          onChange={(e) => {
            setProfession(e.target.value);
            clearField('clinician.profession');
          }}
        />
        <TextField
          label="Licence or registration number"
          optional
          name="licenceNumber"
          autoComplete="off"
          value={licence}
          error={errors.fields['clinician.licenceNumber']}
          onChange={(e) => {
            setLicence(e.target.value);
            clearField('clinician.licenceNumber');
          }}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={email}
          error={errors.fields.email}
          onChange={(e) => {
            setEmail(e.target.value);
            clearField('email');
          }}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          required
          value={password}
          error={errors.fields.password}
          onChange={(e) => {
            setPassword(e.target.value);
            clearField('password');
          }}
        />
        <FormAlert message={errors.form} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating your account…' : 'Create clinician account'}
        </button>
      </form>

      <p className="switch">
        Already have an account?{' '}
        <Link href="/sign-in" className="text-link">
          Sign in
        </Link>
      </p>
    </div>
  );
}
