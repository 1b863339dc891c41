import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { localTimeZone } from '../api/client';
import { PASSWORD_MIN_LENGTH } from '../api/contract';
import { useAuth } from '../auth/auth-context';
import { useFormSubmit } from '../auth/form';
import { useDocumentTitle } from '../components/app-shell';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';

const FIELDS = ['displayName', 'email', 'password'];

export function SignUpScreen() {
  useDocumentTitle('Create your account');
  const { signUp } = useAuth();
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(FIELDS);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const timeZone = localTimeZone();
    const request = { email, password, ...(displayName.trim() ? { displayName } : {}), ...(timeZone ? { timeZone } : {}) };
    void submit(() => signUp(request));
  }

  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Create your account</h1>
        <p className="lead">It takes a minute. What you log here is yours, and nothing is shared without your say.</p>
      </div>

      <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <TextField
          label="What should we call you?"
          optional
          name="displayName"
          autoComplete="nickname"
          value={displayName}
          error={errors.fields.displayName}
          onChange={(e) => {
            setDisplayName(e.target.value);
            clearField('displayName');
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
          hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short phrase you'll remember works well.`}
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
          {busy ? 'Creating your account…' : 'Create account'}
        </button>
      </form>

      <p className="switch">
        Already have an account?{' '}
        <Link href="/sign-in" className="text-link">
          Sign in
        </Link>
      </p>
      <p className="switch switch--quiet">
        A therapist or coach?{' '}
        <Link href="/sign-up/clinician" className="text-link">
          Create a clinician account
        </Link>
      </p>
    </div>
  );
}
