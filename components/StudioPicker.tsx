import { useState } from 'preact/hooks';
import type { FramedCheck } from '../prompts/studio/frames';
import type { Picked } from '../prompts/studio/picked';
import type { PickState } from '../prompts/studio/selector';
import { i18n } from '../utils/i18n';
import { StudioInputButton } from './StudioInputButton';

/** Where a keyword must be looked for to find a tab's or a current item's words. */
export type PickPlace = PickState['place'];

/**
 * What a selector check on the tab answered (null: not CSS): with `selector` when a tab's
 * selection (an item's aria-current) was added to the one typed, `frame` when found in a frame.
 */
export type SelectorCheck = FramedCheck;

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
    picked?.unique
      ? { count: 1, words: picked.words, ...(picked.frame ? { frame: picked.frame } : {}) }
      : undefined,
  );
  const own = picked !== null && selector === picked.selector;
  const words = own ? picked.words : (checked?.words ?? '');
  const place = own ? picked.state?.place : checked?.place;
  const state = own ? picked.state : checked?.state;
  const frame = own ? picked.frame : checked?.frame;
  // A typed selector is checked as a picked one is: a tab's gets its selection added, here too.
  const checkTyped = async () => {
    const found = await check(selector);
    if (found?.selector) setSelector(found.selector);
    setChecked(found);
    return found;
  };
  return (
    <section aria-labelledby="studio-pick-h" class="studio-pick" data-testid="studio-pick">
      <h3 id="studio-pick-h">{i18n.t('studio.teach.picked')}</h3>
      {(picked || checked) && (
        <p data-testid="studio-pick-words">
          {words ? i18n.t('studio.teach.words', { words }) : i18n.t('studio.teach.noWords')}
        </p>
      )}
      {frame && (
        <p data-testid="studio-pick-frame">{i18n.t('studio.teach.inFrame', { host: frame })}</p>
      )}
      <StudioInputButton
        id="studio-pick-selector"
        label={i18n.t('studio.teach.selector')}
        value={selector}
        onInput={(v) => {
          setSelector(v);
          setChecked(undefined);
        }}
        hint={i18n.t('studio.teach.selectorHint')}
        describedBy="studio-pick-check studio-pick-state"
        button={i18n.t('studio.teach.check')}
        buttonTestId="studio-pick-check-button"
        onClick={() => void checkTyped()}
      >
        <p id="studio-pick-check" data-testid="studio-pick-check" role="status">
          {checkText(checked, own, picked?.fragile === true)}
        </p>
        {state && (
          <p id="studio-pick-state" data-testid="studio-pick-state">
            {stateText(state)}
          </p>
        )}
      </StudioInputButton>
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
          onClick={async () => {
            // Not checked yet: checked now, so what is added is what a pick would add.
            const found = checked === undefined ? await checkTyped() : checked;
            if (found !== null) onAddSelector(moment, (found.selector ?? selector).trim());
          }}
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
