import { Link } from 'wouter';
import { ArrowLeftIcon } from './icons';

/** The way back up from a screen under a tab, above its heading. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="back-link">
      <ArrowLeftIcon />
      <span>{children}</span>
    </Link>
  );
}
