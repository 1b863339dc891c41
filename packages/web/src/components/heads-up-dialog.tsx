import { Dialog } from './dialog';

interface HeadsUpDialogProps {
  /** The server's words for this step: how far above the rails, and why that matters. Null when closed. */
  message: string | null;
  busy: boolean;
  onGoAhead(): void;
  onGentler(): void;
  onClose(): void;
}

/**
 * The heads-up before a plan above what the rails would suggest: said once, plainly and kindly, and
 * the choice stays the person's. Neither answer is the wrong one.
 */
export function HeadsUpDialog({ message, busy, onGoAhead, onGentler, onClose }: HeadsUpDialogProps) {
  return (
    <Dialog open={message !== null} title="A bigger step than suggested" onClose={onClose} busy={busy}>
      <p>{message}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onGoAhead} disabled={busy}>
          {busy ? 'Saving your plan…' : "Go ahead, it's my choice"}
        </button>
        <button type="button" className="button button--secondary" onClick={onGentler} disabled={busy}>
          Pick something gentler
        </button>
      </div>
    </Dialog>
  );
}
