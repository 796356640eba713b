import { useEffect, useState } from 'preact/hooks';
import { appendIn } from '../prompts/studio/edit';
import { keywordPlaces, withKeywordPlaces } from '../prompts/studio/keyword-places';
import type { PickerStrings } from '../prompts/studio/pick-page';
import type { Picked } from '../prompts/studio/picked';
import { type Probe, type ProbeResult, probesOf } from '../prompts/studio/tab-test';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import { StudioInputButton } from './StudioInputButton';
import { type PickPlace, type SelectorCheck, StudioPicker } from './StudioPicker';
import { hostOf, StudioTabChoice, type TestTab } from './StudioTabChoice';
import { momentNames, StudioTestResults } from './StudioTestResults';

/** What the studio does in the browser for this section (entrypoints/studio/tab-actions.ts). */
export interface TestTabActions {
  listTabs: () => Promise<{ tabs: TestTab[]; hidden: number }>;
  allowSite: (input: string) => Promise<boolean | null>;
  test: (tabId: number, probes: Probe[]) => Promise<ProbeResult[]>;
  pick: (tabId: number, strings: PickerStrings) => Promise<Picked | null>;
  /** `frameId`: the frame the element was picked in, where its selector is checked first. */
  check: (tabId: number, selector: string, frameId?: number) => Promise<SelectorCheck>;
}

/** Props of {@link StudioTestTab}. */
export interface StudioTestTabProps {
  doc: Record<string, unknown>;
  onChange: (next: unknown) => void;
  actions: TestTabActions;
}

/**
 * Teach Attune a screen: choose a tab, run the draft's triggers on it through the watcher's
 * matcher, pick an element of it as a trigger. Results live in this component's memory only.
 */
export function StudioTestTab({ doc, onChange, actions }: StudioTestTabProps) {
  const [tabs, setTabs] = useState<TestTab[]>([]);
  const [hidden, setHidden] = useState(0);
  const [tabId, setTabId] = useState<number | null>(null);
  const [site, setSite] = useState('');
  const [say, setSay] = useState('');
  const [results, setResults] = useState<ProbeResult[] | null>(null);
  const [picked, setPicked] = useState<{ n: number; picked: Picked | null } | null>(null);
  const names = momentNames(doc);
  const tab = tabs.find((t) => t.id === tabId) ?? null;

  const refresh = async () => {
    const found = await actions.listTabs();
    setTabs(found.tabs);
    setHidden(found.hidden);
    setTabId((id) => (found.tabs.some((t) => t.id === id) ? id : (found.tabs[0]?.id ?? null)));
  };
  useEffect(() => void refresh(), []);

  // Every browser call can fail (the tab closed, the permission was taken back): said, not thrown.
  const attempt = async (work: (id: number) => Promise<void>) => {
    if (tabId === null) return;
    try {
      await work(tabId);
    } catch {
      setSay(i18n.t('studio.teach.failed'));
    }
  };
  const add = (
    moment: number,
    kind: 'selectors' | 'keywords',
    value: string,
    place?: PickPlace,
  ) => {
    const list = arr(obj(obj(arr(doc.moments)[moment])?.triggers)?.[kind]);
    let next: unknown = list.includes(value)
      ? doc
      : appendIn(doc, ['moments', moment, 'triggers', kind], value);
    const name = names[moment] ?? '';
    // A tab's label is no heading: its keyword matches only where the moment looks in tabs.
    const widen = place !== undefined && !keywordPlaces(doc, moment).includes(place);
    if (widen) next = withKeywordPlaces(next, moment, [place], true);
    if (next !== doc) onChange(next);
    if (!widen) return setSay(i18n.t('studio.teach.added', { name }));
    setSay(
      i18n.t(place === 'tabs' ? 'studio.teach.addedTabs' : 'studio.teach.addedCurrent', { name }),
    );
  };

  return (
    <section
      aria-labelledby="studio-teach-h"
      class="studio-section studio-teach"
      data-testid="studio-teach"
    >
      <h2 id="studio-teach-h">{i18n.t('studio.teach.heading')}</h2>
      <p class="muted">{i18n.t('studio.teach.intro')}</p>
      <StudioTabChoice
        tabs={tabs}
        tabId={tabId}
        onTab={(id) => {
          setTabId(id);
          setResults(null);
        }}
        onRefresh={() => void refresh()}
      />
      {hidden > 0 && <p class="muted">{i18n.t('studio.teach.hidden', hidden)}</p>}
      <StudioInputButton
        id="studio-teach-site"
        label={i18n.t('studio.teach.site')}
        value={site}
        onInput={setSite}
        hint={i18n.t('studio.teach.siteHint')}
        button={i18n.t('studio.teach.allow')}
        buttonTestId="studio-teach-allow"
        onClick={async () => {
          const ok = await actions.allowSite(site).catch(() => false);
          if (ok === null) return setSay(i18n.t('studio.teach.notSite', { site }));
          setSay(
            ok
              ? i18n.t('studio.teach.allowed', { site })
              : i18n.t('studio.teach.refused', { site }),
          );
          if (ok) await refresh();
        }}
      />
      <div class="row">
        <button
          type="button"
          data-testid="studio-teach-test"
          disabled={tab === null}
          onClick={() =>
            attempt(async (id) => {
              setResults(await actions.test(id, probesOf(doc)));
              setSay(i18n.t('studio.teach.tested', { host: hostOf(tab?.url ?? '') }));
            })
          }
        >
          {i18n.t('studio.teach.test')}
        </button>
        <button
          type="button"
          data-testid="studio-teach-pick"
          disabled={tab === null}
          onClick={() =>
            attempt(async (id) => {
              setSay(i18n.t('studio.teach.picking'));
              const p = await actions.pick(id, { hint: i18n.t('studio.teach.pickHint') });
              setPicked((was) => ({ n: (was?.n ?? 0) + 1, picked: p }));
              setSay(p ? '' : i18n.t('studio.teach.cancelled'));
            })
          }
        >
          {i18n.t('studio.teach.pick')}
        </button>
      </div>
      <p role="status" data-testid="studio-teach-status">
        {say}
      </p>
      {results && <StudioTestResults names={names} results={results} />}
      {tab !== null && (
        <StudioPicker
          key={picked?.n ?? 0}
          picked={picked?.picked ?? null}
          moments={names}
          check={(selector) =>
            actions.check(tab.id, selector, picked?.picked?.frameId).catch(() => null)
          }
          onAddSelector={(m, s) => add(m, 'selectors', s)}
          onAddKeyword={(m, w, place) => add(m, 'keywords', w, place)}
        />
      )}
    </section>
  );
}
