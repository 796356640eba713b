import { useEffect, useMemo, useState } from 'preact/hooks';
import { fieldId, problemText, StudioProblems } from '../../components/StudioField';
import { StudioJson } from '../../components/StudioJson';
import { StudioMeta } from '../../components/StudioMeta';
import { StudioMoments } from '../../components/StudioMoments';
import { StudioPrompts } from '../../components/StudioPrompts';
import { StudioRatings } from '../../components/StudioRatings';
import { StudioSequences } from '../../components/StudioSequences';
import { StudioTestTab, type TestTabActions } from '../../components/StudioTestTab';
import {
  findJsonError,
  type JsonSyntaxError,
  repairable,
  repairJson,
} from '../../prompts/studio/json-syntax';
import { anchorsFor, placeProblems } from '../../prompts/studio/place';
import { prettyPack } from '../../prompts/studio/pretty';
import { validatePack } from '../../prompts/validate';
import { obj } from '../../prompts/validate/loose';
import { type StudioDraft, saveStudioDraft } from '../../storage/studio-drafts';
import { i18n, uiLocale } from '../../utils/i18n';
import { Preview } from './Preview';
import { Release } from './Release';
import { allowSite, checkOnTab, pickOnTab, readableTabs, testOnTab } from './tab-actions';

/** What the editor opens: a draft, and the text to show in the JSON view when it is not JSON. */
export interface Opened {
  draft: StudioDraft;
  jsonText: string | null;
  /** A file that was not JSON yet: the first version that parses is its released version. */
  baseOnParse?: boolean;
}

/** What "Teach Attune a screen" does in the browser. */
const TEACH: TestTabActions = {
  listTabs: readableTabs,
  allowSite,
  test: testOnTab,
  pick: pickOnTab,
  check: checkOnTab,
};

/** Keeps the draft a moment after the last change, not on every key. */
const SAVE_AFTER_MS = 400;

/** The editor: the forms (or the JSON), the live problems, the preview and the release. */
export function Editor({ opened, say }: { opened: Opened; say: (m: string) => void }) {
  const [draft, setDraft] = useState<StudioDraft>(opened.draft);
  const [view, setView] = useState<'form' | 'json'>(opened.jsonText === null ? 'form' : 'json');
  const [jsonText, setJsonText] = useState(opened.jsonText ?? '');
  const [jsonError, setJsonError] = useState<JsonSyntaxError | 'not-object' | null>(() =>
    opened.jsonText === null ? null : (findJsonError(opened.jsonText) ?? 'not-object'),
  );
  const [baseOnParse, setBaseOnParse] = useState(opened.baseOnParse ?? false);
  const [keptAt, setKeptAt] = useState<number | null>(null);
  // Kept at once: an opened file or installed pack is worth coming back to before any edit.
  const [dirty, setDirty] = useState(true);
  const doc = obj(draft.doc) ?? {};

  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => {
      const savedAt = Date.now();
      void saveStudioDraft({ ...draft, savedAt }).then(() => setKeptAt(savedAt));
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [draft, dirty]);

  const change = (next: unknown, base = draft.base) => {
    setDraft((d) => ({ ...d, doc: next, base }));
    setDirty(true);
  };

  const problems = useMemo(() => {
    const r = validatePack(draft.doc);
    return r.ok ? [] : r.problems;
  }, [draft.doc]);
  const placed = useMemo(
    () => placeProblems(problems, anchorsFor(draft.doc)),
    [problems, draft.doc],
  );
  const at = (pointer: string) => placed.get(pointer) ?? [];
  const section = { doc, at, onChange: (next: unknown) => change(next) };

  function readJson(text: string) {
    setJsonText(text);
    const syntax = findJsonError(text);
    let value: unknown;
    if (!syntax) {
      try {
        value = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch {
        value = undefined;
      }
    }
    const parsed = obj(value);
    setJsonError(syntax ?? (parsed ? null : 'not-object'));
    if (!parsed) return;
    change(parsed, baseOnParse ? parsed : draft.base);
    setBaseOnParse(false);
  }

  const showView = (next: 'form' | 'json') => {
    if (next === 'json' && view !== 'json') {
      setJsonText(prettyPack(doc));
      setJsonError(null);
    }
    setView(next);
  };

  return (
    <div class="studio-editor">
      <div class="studio-main">
        <div class="row studio-bar">
          <fieldset class="studio-view" aria-label={i18n.t('studio.view')}>
            {(['form', 'json'] as const).map((v) => (
              <button
                key={v}
                type="button"
                data-testid={`studio-view-${v}`}
                aria-pressed={view === v}
                disabled={v === 'form' && jsonError !== null && view === 'json'}
                onClick={() => showView(v)}
              >
                {v === 'form' ? i18n.t('studio.form') : i18n.t('studio.json')}
              </button>
            ))}
          </fieldset>
          <p class="muted" data-testid="studio-kept">
            {keptAt !== null &&
              i18n.t('studio.draftKept', {
                time: new Date(keptAt).toLocaleTimeString(uiLocale(), { timeStyle: 'short' }),
              })}
          </p>
        </div>
        <div class="studio-summary" data-testid="studio-summary">
          {problems.length === 0 ? (
            <p>{i18n.t('studio.valid')}</p>
          ) : (
            <details>
              <summary>{i18n.t('studio.problemCount', problems.length)}</summary>
              <ul>
                {[...placed].flatMap(([anchor, list]) =>
                  list.map((p, i) => (
                    <li key={`${p.path}-${i}`}>
                      <a
                        href={`#${fieldId(anchor)}`}
                        onClick={(e) => {
                          e.preventDefault();
                          document.getElementById(fieldId(anchor))?.focus();
                        }}
                      >
                        {problemText(draft.doc, p)}
                      </a>
                    </li>
                  )),
                )}
              </ul>
            </details>
          )}
          {view === 'form' && <StudioProblems doc={draft.doc} problems={at('')} />}
        </div>
        {view === 'json' ? (
          <StudioJson
            text={jsonText}
            onText={readJson}
            error={jsonError}
            onRepair={
              jsonError !== 'not-object' && repairable(jsonError)
                ? () => {
                    readJson(repairJson(jsonText));
                    say(i18n.t('studio.status.repaired'));
                  }
                : null
            }
          />
        ) : (
          <>
            <StudioMeta {...section} />
            <StudioMoments {...section} />
            <StudioTestTab doc={doc} onChange={section.onChange} actions={TEACH} />
            <StudioPrompts {...section} />
            <StudioSequences {...section} />
            <StudioRatings {...section} />
          </>
        )}
      </div>
      <aside class="studio-side">
        <Release
          draft={draft}
          problems={problems}
          at={at}
          say={say}
          onReleased={(released) => change(released, released)}
        />
        <Preview doc={draft.doc} />
      </aside>
    </div>
  );
}
