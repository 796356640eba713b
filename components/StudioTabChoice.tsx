import { i18n } from '../utils/i18n';

/** A tab the studio may test. */
export interface TestTab {
  id: number;
  title: string;
  url: string;
}

/** A page's host for the trainer to recognise it ("ehr.example.org"), else the address as it is. */
export const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Props of {@link StudioTabChoice}. */
export interface StudioTabChoiceProps {
  tabs: readonly TestTab[];
  tabId: number | null;
  onTab: (id: number) => void;
  onRefresh: () => void;
}

/** The tab to teach from, among the tabs the studio may read, and a button to list them again. */
export function StudioTabChoice({ tabs, tabId, onTab, onRefresh }: StudioTabChoiceProps) {
  return (
    <div class="row studio-teach-tabs">
      {tabs.length > 0 ? (
        <div class="field">
          <label for="studio-teach-tab">{i18n.t('studio.teach.tab')}</label>
          <select
            id="studio-teach-tab"
            data-testid="studio-teach-tab"
            value={String(tabId)}
            onChange={(e) => onTab(Number(e.currentTarget.value))}
          >
            {tabs.map((t) => (
              <option key={t.id} value={String(t.id)}>
                {i18n.t('studio.teach.tabOption', { title: t.title, host: hostOf(t.url) })}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p class="muted">{i18n.t('studio.teach.noTabs')}</p>
      )}
      <button type="button" data-testid="studio-teach-refresh" onClick={onRefresh}>
        {i18n.t('studio.teach.refresh')}
      </button>
    </div>
  );
}
