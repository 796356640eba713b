import { appendIn } from '../prompts/studio/edit';
import { newRatingItem } from '../prompts/studio/templates';
import { arr } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import { StudioEntry } from './StudioEntry';
import { focusField, StudioProblems, type StudioSectionProps } from './StudioField';
import { StudioScale } from './StudioScale';

/** The pack's self-rating items: the statement a clinician rates and its id. */
export function StudioRatings(props: StudioSectionProps) {
  const { doc, at, onChange } = props;
  const items = arr(doc.ratingItems);
  return (
    <section aria-labelledby="studio-ratings-h" class="studio-section">
      <h2 id="studio-ratings-h">{i18n.t('studio.ratings.heading')}</h2>
      <p class="muted">{i18n.t('studio.hint.ratings')}</p>
      <StudioProblems doc={doc} problems={at('/ratingItems')} />
      {items.map((_, i) => (
        <StudioEntry
          key={i}
          list="ratingItems"
          index={i}
          section={props}
          nameKey="text"
          testId="studio-rating"
        >
          <StudioScale index={i} section={props} />
        </StudioEntry>
      ))}
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
