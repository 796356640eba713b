import { useState } from 'preact/hooks';
import type { Picked } from '../prompts/studio/pick-page';
import type { PickState } from '../prompts/studio/selector';
import { i18n } from '../utils/i18n';

/** Where a keyword must be looked for to find a tab's or a current item's words. */
export type PickPlace = PickState['place'];

/** What a selector check on the tab answered (null: not CSS). */
export type SelectorCheck = { count: number; words: string; place?: PickPlace } | null;

/** Props of {@link StudioPicker}. */
export interface StudioPickerProps {
  /** The element picked on the tab, if any; its words are shown here and kept nowhere. */
  picked: Picked | null;
  /** The moments' names, by their place in the draft. */
  moments: readonly string[];
  check: (selector: string) => Promise<SelectorCheck>;
  onAddSelector: (moment: number, selector: string) => void;
  /** `place`: the words are a tab's label or a current item's, where the keywords must look too. */
  onAddKeyword: (moment: number, words: string, place: PickPlace) => void;
}

/**
 * A selector check's words: how many elements it matches, or that it is not CSS; for the picked
 * element's own selector, that it matches exactly that element (or only by its position).
 */
function checkText(check: SelectorCheck | undefined, own: boolean, fragile: boolean): string {
  if (check === undefined) return '';
  if (check === null) return i18n.t('studio.teach.notCss');
  if (own && check.count === 1)
    return fragile ? i18n.t('studio.teach.fragile') : i18n.t('studio.teach.unique');
  return i18n.t('studio.teach.count', check.count);
}

/** That a tab's selector matches only while it is selected (an item's, while current), and now. */
function stateText(state: PickState): string {
  if (state.kind === 'selected')
    return i18n.t(state.now ? 'studio.teach.whileSelected' : 'studio.teach.notSelected');
  return i18n.t(state.now ? 'studio.teach.whileCurrent' : 'studio.teach.notCurrent');
}

/**
 * The picked element (or a typed selector, the keyboard's way in): its selector, checked on the
 * tab, and its words, each added to a moment of the trainer's choice.
 */
export function StudioPicker({
  picked,
  moments,
  check,
  onAddSelector,
  onAddKeyword,
}: StudioPickerProps) {
  const [selector, setSelector] = useState(picked?.selector ?? '');
  const [moment, setMoment] = useState(0);
  // The picker checked its own selector in the page: it matches the picked element alone.
  const [checked, setChecked] = useState<SelectorCheck | undefined>(
    picked?.unique ? { count: 1, words: picked.words } : undefined,
  );
  const own = picked !== null && selector === picked.selector;
  const words = own ? picked.words : (checked?.words ?? '');
  const place = own ? picked.state?.place : checked?.place;
  return (
    <section aria-labelledby="studio-pick-h" class="studio-pick" data-testid="studio-pick">
      <h3 id="studio-pick-h">{i18n.t('studio.teach.picked')}</h3>
      {(picked || checked) && (
        <p data-testid="studio-pick-words">
          {words ? i18n.t('studio.teach.words', { words }) : i18n.t('studio.teach.noWords')}
        </p>
      )}
      <div class="field">
        <label for="studio-pick-selector">{i18n.t('studio.teach.selector')}</label>
        <div class="row">
          <input
            id="studio-pick-selector"
            type="text"
            data-testid="studio-pick-selector"
            aria-describedby="studio-pick-selector-hint studio-pick-check studio-pick-state"
            value={selector}
            onInput={(e) => {
              setSelector(e.currentTarget.value);
              setChecked(undefined);
            }}
          />
          <button
            type="button"
            data-testid="studio-pick-check-button"
            disabled={selector.trim() === ''}
            onClick={async () => setChecked(await check(selector))}
          >
            {i18n.t('studio.teach.check')}
          </button>
        </div>
        <small id="studio-pick-selector-hint" class="muted">
          {i18n.t('studio.teach.selectorHint')}
        </small>
        <p id="studio-pick-check" data-testid="studio-pick-check" role="status">
          {checkText(checked, own, picked?.fragile === true)}
        </p>
        {own && picked.state && (
          <p id="studio-pick-state" data-testid="studio-pick-state">
            {stateText(picked.state)}
          </p>
        )}
      </div>
      {moments.length > 0 && (
        <div class="field">
          <label for="studio-pick-moment">{i18n.t('studio.teach.moment')}</label>
          <select
            id="studio-pick-moment"
            data-testid="studio-pick-moment"
            value={String(moment)}
            onChange={(e) => setMoment(Number(e.currentTarget.value))}
          >
            {moments.map((name, i) => (
              <option key={i} value={String(i)}>
                {name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="row">
        <button
          type="button"
          data-testid="studio-pick-add-selector"
          disabled={moments.length === 0 || selector.trim() === '' || checked === null}
          onClick={() => onAddSelector(moment, selector.trim())}
        >
          {i18n.t('studio.teach.addSelector')}
        </button>
        <button
          type="button"
          data-testid="studio-pick-add-keyword"
          aria-describedby="studio-pick-keyword-hint"
          disabled={moments.length === 0 || words === ''}
          onClick={() => onAddKeyword(moment, words, place)}
        >
          {i18n.t('studio.teach.addKeyword')}
        </button>
      </div>
      <small id="studio-pick-keyword-hint" class="muted">
        {i18n.t('studio.teach.keywordHint')}
      </small>
    </section>
  );
}
