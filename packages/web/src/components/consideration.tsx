import { LeafIcon } from './icons';

/** The catalogue's note on keeping the other person comfortable: their feelings come first. */
export function Consideration({ children }: { children: string }) {
  return (
    <p className="consideration">
      <LeafIcon className="consideration__icon" />
      <span>{children}</span>
    </p>
  );
}
