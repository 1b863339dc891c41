import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { SyncStatus } from './sync-status';
import { HeartIcon, HistoryIcon, LadderIcon, LogoMark, PersonIcon, SettingsIcon, SunIcon, TrendIcon } from './icons';

interface AppShellProps {
  signedIn: boolean;
  /** A clinician's account: its own, quieter tabs (People, Settings). */
  clinician?: boolean;
  children: ReactNode;
}

interface TabLink {
  href: string;
  label: string;
  Icon: typeof SunIcon;
  also: readonly string[];
}

const TABS = [
  { href: '/today', label: 'Today', Icon: SunIcon, also: ['/experiment'] },
  { href: '/ladder', label: 'Ladder', Icon: LadderIcon, also: [] },
  { href: '/history', label: 'History', Icon: HistoryIcon, also: [] },
  { href: '/progress', label: 'Progress', Icon: TrendIcon, also: ['/measures', '/report'] },
  { href: '/settings', label: 'Settings', Icon: SettingsIcon, also: [] },
] as const;

const CLINICIAN_TABS: readonly TabLink[] = [
  { href: '/clinician', label: 'People', Icon: PersonIcon, also: [] },
  { href: '/settings', label: 'Settings', Icon: SettingsIcon, also: [] },
];

/** A tab stays current on the screens under it (a rung's editor, an entry, an experiment's steps). */
function isUnder(location: string, prefix: string): boolean {
  return location === prefix || location.startsWith(`${prefix}/`);
}

/**
 * The frame of every screen: "Get help now" always in the header, signed in or not, and the tab bar
 * once signed in. After each navigation focus moves to the new screen's heading, so a screen reader
 * hears where it landed.
 */
export function AppShell({ signedIn, clinician = false, children }: AppShellProps) {
  const [location] = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [location]);

  return (
    <div className={`shell${signedIn ? ' shell--tabs' : ''}${clinician ? ' shell--clinician' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link href={signedIn ? (clinician ? '/clinician' : '/today') : '/'} className="brand">
            <LogoMark size={34} />
            <span className="brand__name">Ask Anyway</span>
          </Link>
          <Link
            href="/help"
            className="help-button"
            aria-current={location === '/help' ? 'page' : undefined}
          >
            <HeartIcon className="help-button__icon" />
            <span>Get help now</span>
          </Link>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {signedIn && <SyncStatus />}
        {children}
      </main>
      {signedIn && (
        <nav className="tab-bar" aria-label="Main">
          <ul className="tab-bar__list">
            {(clinician ? CLINICIAN_TABS : (TABS as readonly TabLink[])).map(({ href, label, Icon, also }) => {
              const current = [href, ...also].some((prefix) => isUnder(location, prefix));
              return (
                <li key={href}>
                  <Link href={href} className="tab-bar__link" aria-current={current ? 'page' : undefined}>
                    <Icon className="tab-bar__icon" />
                    <span>{label}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </div>
  );
}

/** Sets the document title for the screen on show. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Ask Anyway`;
  }, [title]);
}
