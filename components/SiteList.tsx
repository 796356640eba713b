import { useState } from 'preact/hooks';
import { i18n } from '../utils/i18n';

/** Props of {@link SiteList}. */
export interface SiteListProps {
  sites: readonly string[];
  /** Resolves whether the site was added: only then is the field cleared (a failure keeps it). */
  onAdd: (input: string) => Promise<boolean>;
  onRemove: (origin: string) => void;
}

/** The sites Attune works on, with a field to add one and a button to remove each. */
export function SiteList({ sites, onAdd, onRemove }: SiteListProps) {
  const [input, setInput] = useState('');
  return (
    <div>
      {sites.length === 0 ? (
        <p>{i18n.t('sites.empty')}</p>
      ) : (
        <ul class="plain" data-testid="site-list">
          {sites.map((s) => (
            <li key={s} data-testid="site">
              <span>{s}</span>
              <button
                type="button"
                aria-label={i18n.t('sites.removeSite', { site: s })}
                onClick={() => onRemove(s)}
              >
                {i18n.t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = input;
          void onAdd(typed).then((added) => added && setInput((now) => (now === typed ? '' : now)));
        }}
      >
        <label class="field">
          <span>{i18n.t('sites.addLabel')}</span>
          <input
            type="text"
            data-testid="site-origin"
            placeholder={i18n.t('sites.placeholder')}
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="site-add">
          {i18n.t('sites.add')}
        </button>
      </form>
    </div>
  );
}
