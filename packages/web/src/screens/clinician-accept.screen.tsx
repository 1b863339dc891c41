import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { useFormSubmit } from '../auth/form';
import { clinicianApi } from '../clinicians/api';
import { forgetInvitationCode, invitationCodeFromLink } from '../clinicians/invitation-link';
import { useDocumentTitle } from '../components/app-shell';
import { BackLink } from '../components/back-link';
import { FormAlert } from '../components/form-alert';
import { TextField } from '../components/text-field';
import { useToast } from '../components/toast';

/** A clinician enters the code a person gave them, or arrives here from the person's link. */
export function ClinicianAcceptScreen() {
  useDocumentTitle('Enter an invitation code');
  const [, navigate] = useLocation();
  const toast = useToast();
  // From the link's fragment (`#code=…`), which never reaches a server log.
  const [code, setCode] = useState(invitationCodeFromLink);
  // Taken once: People sends the clinician here for a kept code only the first time.
  useEffect(forgetInvitationCode, []);
  const { formRef, errors, busy, clearField, submit } = useFormSubmit(['code']);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(async () => {
      try {
        const { connectionId } = await clinicianApi.acceptInvitation(code.trim());
        forgetInvitationCode();
        navigate(`/clinician/people/${connectionId}`);
        toast.show({ text: 'Connected. You see only what they chose to share.' });
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          forgetInvitationCode();
          navigate('/clinician');
          toast.show({ text: 'You are already connected with this person.' });
          return;
        }
        throw error;
      }
    });
  }

  return (
    <div className="screen">
      <BackLink href="/clinician">People</BackLink>
      <div className="screen__intro">
        <h1 tabIndex={-1}>Enter an invitation code</h1>
        <p className="lead">
          The person you work with makes the code in their settings. It works once and for 7 days.
        </p>
      </div>
      <form ref={formRef} className="card form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <TextField
          label="Invitation code"
          hint="Ten letters and numbers, like ABCDE-FGHJK."
          name="code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={code}
          error={errors.fields.code}
          onChange={(e) => {
            setCode(e.target.value);
            clearField('code');
          }}
        />
        <FormAlert message={errors.form} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Connecting…' : 'Connect'}
        </button>
      </form>
    </div>
  );
}
