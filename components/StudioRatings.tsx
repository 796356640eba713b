import { appendIn, moveIn, removeIn, setIn } from '../prompts/studio/edit';
import { describePath } from '../prompts/studio/labels';
import { newRatingItem } from '../prompts/studio/templates';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import {
  focusField,
  StudioEntryTools,
  StudioProblems,
  type StudioSectionProps,
  StudioText,
  subjectName,
  text,
} from './StudioField';

/** The pack's self-rating items: the statement a clinician rates and its id. */
export function StudioRatings({ doc, at, onChange }: StudioSectionProps) {
  const items = arr(doc.ratingItems);
  return (
    <section aria-labelledby="studio-ratings-h" class="studio-section">
      <h2 id="studio-ratings-h">{i18n.t('studio.ratings.heading')}</h2>
      <p class="muted">{i18n.t('studio.hint.ratings')}</p>
      <StudioProblems doc={doc} problems={at('/ratingItems')} />
      {items.map((r, i) => {
        const item = obj(r) ?? {};
        const base = `/ratingItems/${i}`;
        const [subject] = describePath(doc, base).subjects;
        const name = subject ? subjectName(subject) : '';
        return (
          <div class="studio-entry" data-testid="studio-rating" key={i}>
            <StudioProblems doc={doc} problems={at(base)} />
            <div class="studio-pair">
              <StudioText
                pointer={`${base}/text`}
                label={i18n.t('studio.field.text')}
                value={text(item.text)}
                onValue={(v) => onChange(setIn(doc, ['ratingItems', i, 'text'], v))}
                doc={doc}
                problems={at(`${base}/text`)}
                lang={text(doc.locale) || undefined}
              />
              <StudioText
                pointer={`${base}/id`}
                label={i18n.t('studio.field.id')}
                value={text(item.id)}
                onValue={(v) => onChange(setIn(doc, ['ratingItems', i, 'id'], v))}
                doc={doc}
                problems={at(`${base}/id`)}
              />
            </div>
            <StudioEntryTools
              name={name}
              index={i}
              count={items.length}
              onMove={(to) => onChange(moveIn(doc, ['ratingItems'], i, to))}
              onRemove={() => onChange(removeIn(doc, ['ratingItems'], i))}
            />
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange(appendIn(doc, ['ratingItems'], newRatingItem(doc)));
          focusField(`/ratingItems/${items.length}/text`);
        }}
      >
        {i18n.t('studio.ratings.add')}
      </button>
    </section>
  );
}
