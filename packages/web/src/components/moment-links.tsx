import { Link, useLocation, useSearch } from 'wouter';
import { calmHref } from '../safety/calm-link';
import { PauseIcon, WindIcon } from './icons';

interface MomentLinksProps {
  /** The experiment under way, so the debrief refers to it (and a panic steps down from its level). */
  experimentId?: string | undefined;
  /** A lighter variant inside a card (the quick log). */
  inline?: boolean;
}

/**
 * "I need a moment" and "I'm panicking", in the same place on every challenge screen: one tap to
 * breathing and grounding, and a way back to where the person was.
 */
export function MomentLinks({ experimentId, inline = false }: MomentLinksProps) {
  const [location] = useLocation();
  const search = useSearch();
  const options = { experimentId, from: search ? `${location}?${search}` : location };
  return (
    <div className={`moment${inline ? ' moment--inline' : ''}`} role="group" aria-label="If it gets too much">
      <Link href={calmHref('moment', options)} className="moment__link">
        <PauseIcon />
        <span>I need a moment</span>
      </Link>
      <Link href={calmHref('panic', options)} className="moment__link">
        <WindIcon />
        <span>I'm panicking</span>
      </Link>
    </div>
  );
}
