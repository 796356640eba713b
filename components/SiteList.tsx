import { useState } from 'preact/hooks';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  sites: readonly string[];
  onAdd: (input: string) => void;
  onRemove: (origin: string) => void;
}

/** The sites Attune works on, with a field to add one and a button to remove each. */
export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const [input, setInput] = useState('');
  return (
    <div>
      {sites.length === 0 ? (
        <p>No sites yet. Attune reads no page until you turn it on for a site.</p>
      ) : (
        <ul class="plain" data-testid="site-list">
          {sites.map((s) => (
            <li key={s} data-testid="site">
              <span>{s}</span>
              <button type="button" aria-label={`Remove ${s}`} onClick={() => onRemove(s)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(input);
          setInput('');
        }}
      >
        <label class="field">
          <span>Add a site</span>
          <input
            type="text"
            data-testid="site-origin"
            placeholder="https://ehr.example.org"
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="site-add">
          Add site
        </button>
      </form>
    </div>
  );
}
