import { useState } from 'preact/hooks';
import { i18n } from '../utils/i18n';

/** An installed pack or a kept draft, as the start screen lists it. */
export interface StudioChoice {
  key: string;
  name: string;
  version: string;
  /** For a draft: when it was last kept, in words. */
  when?: string;
}

/** Props of {@link StudioStart}. */
export interface StudioStartProps {
  drafts: readonly StudioChoice[];
  installed: readonly StudioChoice[];
  onStarter: () => void;
  onFile: (file: File) => void;
  onInstalled: (key: string) => void;
  onDraft: (key: string) => void;
  onDiscard: (key: string) => void;
}

/** Where a pack comes from: the starter, a file (picker or drop), an installed pack, or a draft. */
export function StudioStart(props: StudioStartProps) {
  const [over, setOver] = useState(false);
  return (
    <section aria-labelledby="studio-start-h" class="studio-start">
      <h2 id="studio-start-h">{i18n.t('studio.start.heading')}</h2>
      <p>
        <button
          type="button"
          class="primary"
          data-testid="studio-starter"
          onClick={props.onStarter}
        >
          {i18n.t('studio.start.starter')}
        </button>
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside is the keyboard path */}
      <div
        class={over ? 'studio-drop over' : 'studio-drop'}
        data-testid="studio-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const file = e.dataTransfer?.files[0];
          if (file) props.onFile(file);
        }}
      >
        <label class="field">
          <span>{i18n.t('studio.start.openFile')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="studio-open-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onFile(file);
            }}
          />
        </label>
        <p class="muted">{i18n.t('studio.start.drop')}</p>
      </div>
      {props.drafts.length > 0 && (
        <>
          <h3>{i18n.t('studio.start.drafts')}</h3>
          <ul class="plain" data-testid="studio-drafts">
            {props.drafts.map((d) => (
              <li key={d.key}>
                <button
                  type="button"
                  data-testid="studio-draft"
                  onClick={() => props.onDraft(d.key)}
                >
                  {i18n.t('studio.start.draftNamed', { name: d.name })}
                </button>
                <span class="muted">
                  {i18n.t('studio.start.draftMeta', { version: d.version, when: d.when ?? '' })}
                </span>
                <button
                  type="button"
                  aria-label={i18n.t('studio.start.discardNamed', { name: d.name })}
                  onClick={() => props.onDiscard(d.key)}
                >
                  {i18n.t('studio.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{i18n.t('studio.start.installed')}</h3>
      <ul class="plain" data-testid="studio-installed">
        {props.installed.map((p) => (
          <li key={p.key}>
            <button
              type="button"
              data-testid="studio-open-installed"
              data-pack-id={p.key}
              onClick={() => props.onInstalled(p.key)}
            >
              {i18n.t('studio.start.openNamed', { name: p.name, version: p.version })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
