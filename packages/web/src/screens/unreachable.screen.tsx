import type { ApiError } from '../api/client';
import { useAuth } from '../auth/auth-context';
import { useDocumentTitle } from '../components/app-shell';

export function UnreachableScreen({ error }: { error: ApiError }) {
  useDocumentTitle('Cannot connect');
  const { retry } = useAuth();
  return (
    <div className="screen">
      <div className="screen__intro">
        <h1 tabIndex={-1}>We can't connect right now</h1>
        <p className="lead">{error.isNetwork ? 'Check your connection, then try again.' : error.message}</p>
      </div>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={retry}>
          Try again
        </button>
      </div>
      <p className="fine-print">Get help now works offline: the crisis lines are saved on this phone.</p>
    </div>
  );
}
