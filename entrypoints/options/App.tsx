import { useState } from 'preact/hooks';
import { i18n } from '../../utils/i18n';
import { DataSection } from './DataSection';
import { HistorySection } from './HistorySection';
import { NudgesSection } from './NudgesSection';
import { PacksSection } from './PacksSection';
import { PracticeSection } from './PracticeSection';
import { SitesSection } from './SitesSection';
import { TrendsSection } from './TrendsSection';

/** The options page: one section per concern, each owning its own state. */
export function App() {
  const [message, setMessage] = useState('');
  return (
    <div class="options">
      <h1>{i18n.t('options.title')}</h1>
      <p class="status" role="status" data-testid="options-status">
        {message}
      </p>
      <SitesSection say={setMessage} />
      <NudgesSection say={setMessage} />
      <PacksSection say={setMessage} />
      <HistorySection say={setMessage} />
      <TrendsSection say={setMessage} />
      <PracticeSection say={setMessage} />
      <DataSection say={setMessage} />
    </div>
  );
}
