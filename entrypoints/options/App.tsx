import { useEffect, useState } from 'preact/hooks';
import { i18n } from '../../utils/i18n';
import { DataSection } from './DataSection';
import { HistorySection } from './HistorySection';
import { NudgesSection } from './NudgesSection';
import { PacksSection } from './PacksSection';
import { PracticeSection } from './PracticeSection';
import { SitesSection } from './SitesSection';
import { SECTION_LABELS, SECTIONS, type SectionId, sectionOf } from './sections';
import { TrendsSection } from './TrendsSection';

type Say = (message: string) => void;

const VIEWS: Record<SectionId, (props: { say: Say }) => preact.JSX.Element | null> = {
  journal: HistorySection,
  trends: TrendsSection,
  practice: PracticeSection,
  packs: PacksSection,
  sites: SitesSection,
  nudges: NudgesSection,
  data: DataSection,
};

/**
 * The options page: a navigation and the one section it names in the address's fragment. Only
 * that section is rendered, so opening the page costs one section's reads, and Back and Forward
 * move between sections as between pages.
 */
export function App() {
  const [section, setSection] = useState<SectionId>(() => sectionOf(location.hash));
  const [message, setMessage] = useState('');
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
  const View = VIEWS[section];
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
      <main class="app-main" data-testid="options-section" data-section={section}>
        <p class="status" role="status" data-testid="options-status">
          {message}
        </p>
        <View key={section} say={setMessage} />
      </main>
    </div>
  );
}
