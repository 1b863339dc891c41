import type { ChallengeCategory } from '@ask-anyway/core';
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { CatalogueChallenge, CatalogueResponse } from '../api/contract';
import { sudsWord } from '../practice/words';
import { CheckIcon, ChevronRightIcon, SearchIcon } from './icons';

const PAGE = 20;

const SETTING_LABELS: Record<CatalogueChallenge['setting'], string> = {
  'in-person': 'In person',
  phone: 'By phone',
  online: 'Online',
};

interface CataloguePickerProps {
  catalogue: CatalogueResponse;
  /** Slugs already on the person's ladder, marked as such. */
  onLadder?: ReadonlySet<string>;
  /** Each challenge links here (pick one to practise)… */
  hrefFor?: (challenge: CatalogueChallenge) => string;
  /** …or opens in place with this underneath (rate it for the ladder). */
  renderOpen?: (challenge: CatalogueChallenge) => ReactNode;
  openSlug?: string | null;
  onOpen?: (slug: string | null) => void;
}

/** The challenge ideas, browsable by category and searchable, gentlest first. */
export function CataloguePicker({ catalogue, onLadder, hrefFor, renderOpen, openSlug, onOpen }: CataloguePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<ChallengeCategory | 'all'>('all');
  const [shown, setShown] = useState(PAGE);
  const deferredQuery = useDeferredValue(query);
  const labels = useMemo(() => new Map(catalogue.categories.map((c) => [c.id, c.label])), [catalogue]);

  const matches = useMemo(() => {
    const words = deferredQuery.toLowerCase().split(/\s+/).filter(Boolean);
    return catalogue.challenges
      .filter((c) => category === 'all' || c.category === category)
      .filter((c) => {
        if (words.length === 0) return true;
        const haystack = `${c.title} ${c.ask} ${labels.get(c.category) ?? ''}`.toLowerCase();
        return words.every((w) => haystack.includes(w));
      })
      .sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title));
  }, [catalogue, category, deferredQuery, labels]);

  const visible = matches.slice(0, shown);

  return (
    <div className="picker">
      <div className="search">
        <label htmlFor={`${id}-search`} className="visually-hidden">
          Search ideas
        </label>
        <SearchIcon className="search__icon" />
        <input
          id={`${id}-search`}
          className="field__input search__input"
          type="search"
          enterKeyHint="search"
          placeholder="Search, e.g. coffee, directions"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setShown(PAGE);
          }}
        />
      </div>

      <fieldset className="chips">
        <legend className="visually-hidden">Category</legend>
        <div className="chips__row">
          {[{ id: 'all' as const, label: 'All' }, ...catalogue.categories].map((c) => (
            <label key={c.id} className="chip">
              <input
                type="radio"
                name={`${id}-category`}
                className="chip__input"
                checked={category === c.id}
                onChange={() => {
                  setCategory(c.id);
                  setShown(PAGE);
                }}
              />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <p className="picker__count" role="status">
        {matches.length === 0
          ? 'Nothing matches. Try another word, or All.'
          : `${matches.length} ${matches.length === 1 ? 'idea' : 'ideas'}, gentlest first`}
      </p>

      <ul className="picks">
        {visible.map((challenge) => {
          const already = onLadder?.has(challenge.slug) ?? false;
          const open = openSlug === challenge.slug;
          const itemId = `${id}-${challenge.slug}`;
          // Named by the title alone; the ask and level are its description, so a list read aloud stays short.
          const naming = { 'aria-labelledby': `${itemId}-title`, 'aria-describedby': `${itemId}-ask ${itemId}-meta` };
          const body = (
            <>
              <span className="pick__text">
                <span id={`${itemId}-title`} className="pick__title">
                  {challenge.title}
                </span>
                <span id={`${itemId}-ask`} className="pick__ask">
                  {challenge.ask}
                </span>
                <span id={`${itemId}-meta`} className="pick__meta">
                  <span className="pick__level">
                    Usually {challenge.difficulty} · {sudsWord(challenge.difficulty)}
                  </span>
                  <span>{SETTING_LABELS[challenge.setting]}</span>
                  {already && (
                    <span className="pick__on-ladder">
                      <CheckIcon /> On your ladder
                    </span>
                  )}
                </span>
              </span>
              <ChevronRightIcon className={`pick__chevron${open ? ' pick__chevron--open' : ''}`} />
            </>
          );
          return (
            <li key={challenge.slug} className={`pick${open ? ' pick--open' : ''}`}>
              {hrefFor ? (
                <Link href={hrefFor(challenge)} className="pick__main" {...naming}>
                  {body}
                </Link>
              ) : (
                <button
                  type="button"
                  className="pick__main"
                  aria-expanded={open}
                  {...naming}
                  onClick={() => onOpen?.(open ? null : challenge.slug)}
                >
                  {body}
                </button>
              )}
              {open && renderOpen && <div className="pick__panel">{renderOpen(challenge)}</div>}
            </li>
          );
        })}
      </ul>

      {matches.length > shown && (
        <button type="button" className="button button--secondary" onClick={() => setShown((n) => n + PAGE)}>
          Show more ({matches.length - shown} left)
        </button>
      )}
    </div>
  );
}
