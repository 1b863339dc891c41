import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useAuth } from '../auth/auth-context';
import { useFormSubmit } from '../auth/form';
import { useDocumentTitle } from '../components/app-shell';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';

const FIELDS = ['email', 'password'];

export function SignInScreen() {
  useDocumentTitle('Sign in');
  const { signIn } = useAuth();
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const request = { email, password };
    void submit(() => signIn(request));
  }

  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>Welcome back</h1>
        <p className="lead">Good to see you again.</p>
      </div>

      <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <TextField
          label="Email"
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
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
          autoComplete="current-password"
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
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>

      <p className="switch">
        New here?{' '}
        <Link href="/sign-up" className="text-link">
          Create an account
        </Link>
      </p>
    </div>
  );
}
