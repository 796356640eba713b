import { useState } from 'preact/hooks';
import { i18n } from '../utils/i18n';

/** Props of {@link PackInstall}. */
export interface PackInstallProps {
  onFiles: (files: File[]) => void;
  onUrl: (url: string) => void;
  busy: boolean;
}

/** Install a pack from a file (picker or drag-and-drop) or from an https address. */
export function PackInstall({ onFiles, onUrl, busy }: PackInstallProps) {
  const [url, setUrl] = useState('');
  const [over, setOver] = useState(false);
  return (
    <div class="pack-install">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside is the keyboard path */}
      <div
        data-testid="pack-drop"
        class={over ? 'drop over' : 'drop'}
        style={{ border: '2px dashed var(--border, #999)', padding: '12px', borderRadius: '6px' }}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          onFiles([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label class="field">
          <span>{i18n.t('packs.fromFile')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="pack-file"
            disabled={busy}
            onChange={(e) => {
              onFiles([...(e.currentTarget.files ?? [])]);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          onUrl(url);
        }}
      >
        <label class="field">
          <span>{i18n.t('packs.fromUrl')}</span>
          <input
            type="url"
            data-testid="pack-url"
            placeholder={i18n.t('packs.urlPlaceholder')}
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="pack-url-install" disabled={busy}>
          {i18n.t('packs.installUrl')}
        </button>
      </form>
    </div>
  );
}
