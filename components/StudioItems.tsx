import { appendIn, moveIn, removeIn, setIn } from '../prompts/studio/edit';
import { newChecklistItem } from '../prompts/studio/templates';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import {
  focusField,
  StudioEntryTools,
  StudioProblems,
  type StudioSectionProps,
  StudioText,
  text,
} from './StudioField';

/** A checklist prompt's items: text and id of each, added, removed and reordered. */
export function StudioItems({ index, props }: { index: number; props: StudioSectionProps }) {
  const { doc, at, onChange } = props;
  const path = ['prompts', index, 'items'];
  const pointer = `/prompts/${index}/items`;
  const items = arr(obj(arr(doc.prompts)[index])?.items);
  const lang = text(doc.locale) || undefined;
  return (
    <fieldset class="studio-list" data-testid="studio-items">
      <legend>{i18n.t('studio.field.items')}</legend>
      <StudioProblems doc={doc} problems={at(pointer)} />
      {items.map((it, k) => {
        const item = obj(it) ?? {};
        const base = `${pointer}/${k}`;
        const name = i18n.t('studio.prompts.itemText', { n: k + 1 });
        return (
          <div class="studio-item" key={k}>
            <StudioProblems doc={doc} problems={at(base)} />
            <div class="studio-pair">
              <StudioText
                pointer={`${base}/text`}
                label={name}
                value={text(item.text)}
                onValue={(v) => onChange(setIn(doc, [...path, k, 'text'], v))}
                doc={doc}
                problems={at(`${base}/text`)}
                lang={lang}
              />
              <StudioText
                pointer={`${base}/id`}
                label={i18n.t('studio.prompts.itemId', { n: k + 1 })}
                value={text(item.id)}
                onValue={(v) => onChange(setIn(doc, [...path, k, 'id'], v))}
                doc={doc}
                problems={at(`${base}/id`)}
              />
            </div>
            <StudioEntryTools
              name={name}
              index={k}
              count={items.length}
              onMove={(to) => onChange(moveIn(doc, path, k, to))}
              onRemove={() => onChange(removeIn(doc, path, k))}
            />
          </div>
        );
      })}
      <button
        type="button"
        data-testid="studio-add-item"
        onClick={() => {
          onChange(appendIn(doc, path, newChecklistItem(doc, index)));
          focusField(`${pointer}/${items.length}/text`);
        }}
      >
        {i18n.t('studio.prompts.addItem')}
      </button>
    </fieldset>
  );
}
