import { useState } from 'preact/hooks';
import { HistorySection } from './HistorySection';
import { PacksSection } from './PacksSection';
import { SitesSection } from './SitesSection';

/** The options page: one section per concern, each owning its own state. */
export function App() {
  const [message, setMessage] = useState('');
  return (
    <div class="options">
      <h1>Attune settings</h1>
      <p class="status" role="status" data-testid="options-status">
        {message}
      </p>
      <SitesSection say={setMessage} />
      <PacksSection say={setMessage} />
      <HistorySection say={setMessage} />
    </div>
  );
}
