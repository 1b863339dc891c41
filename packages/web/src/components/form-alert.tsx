/** A message about the whole form (not one field), announced as soon as it appears. */
export function FormAlert({ message }: { message: string | null }) {
  return (
    <div className="form-alert-slot" role="alert">
      {message && <p className="form-alert">{message}</p>}
    </div>
  );
}
