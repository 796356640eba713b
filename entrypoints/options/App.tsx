import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../utils/i18n';
import { SECTION_LABELS, SECTIONS, type SectionId, sectionOf } from './sections';

type Say = (message: string) => void;
type View = (props: { say: Say }) => JSX.Element | null;

// Each section's code is loaded when it is first opened: the trends do not wait for the packs'
// validator or the data section's exporters.
const VIEWS: Record<SectionId, () => Promise<View>> = {
  journal: () => import('./HistorySection').then((m) => m.HistorySection),
  trends: () => import('./TrendsSection').then((m) => m.TrendsSection),
  practice: () => import('./PracticeSection').then((m) => m.PracticeSection),
  packs: () => import('./PacksSection').then((m) => m.PacksSection),
  sites: () => import('./SitesSection').then((m) => m.SitesSection),
  nudges: () => import('./NudgesSection').then((m) => m.NudgesSection),
  data: () => import('./DataSection').then((m) => m.DataSection),
};

const loading = new Map<SectionId, Promise<View>>();
/** A section's code, imported once (main.tsx starts the first section's before the first render). */
export function load(id: SectionId): Promise<View> {
  const view = loading.get(id) ?? VIEWS[id]();
  loading.set(id, view);
  return view;
}

/**
 * The options page: a navigation and the one section it names in the address's fragment. Only
 * that section is rendered, so opening the page costs one section's reads, and Back and Forward
 * move between sections as between pages.
 */
export function App() {
  const [section, setSection] = useState<SectionId>(() => sectionOf(location.hash));
  const [message, setMessage] = useState('');
  const [view, setView] = useState<{ id: SectionId; View: View } | null>(null);
  useEffect(() => {
    let current = true;
    void load(section).then((View) => current && setView({ id: section, View }));
    return () => {
      current = false;
    };
  }, [section]);
  useEffect(() => {
    const follow = () => {
      setSection(sectionOf(location.hash));
      // A message belongs to the section it was said in.
      setMessage('');
    };
    addEventListener('hashchange', follow);
    // The address may have changed between the first render and this listener.
    setSection(sectionOf(location.hash));
    return () => removeEventListener('hashchange', follow);
  }, []);
  return (
    <div class="options app">
      <header class="app-head">
        <h1>{i18n.t('options.title')}</h1>
      </header>
      <nav class="app-nav" aria-label={i18n.t('options.navLabel')} data-testid="options-nav">
        <ul>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                data-testid={`nav-${id}`}
                aria-current={id === section ? 'page' : undefined}
              >
                {i18n.t(SECTION_LABELS[id])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="app-main" data-testid="options-section" data-section={view?.id}>
        <p class="status" role="status" data-testid="options-status">
          {message}
        </p>
        {view?.id === section && <view.View key={section} say={setMessage} />}
      </main>
    </div>
  );
}
