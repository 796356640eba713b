import { useMemo, useState } from 'preact/hooks';
import { previewNudge } from '../../components/pack-preview';
import { StudioPreview } from '../../components/StudioPreview';
import type { Pack } from '../../prompts/schema';
import { previewPrompt } from '../../prompts/studio/preview';
import { arr, obj, str } from '../../prompts/validate/loose';
import { i18n } from '../../utils/i18n';
// The overlay's own stylesheet, inlined: the preview is the card a clinician sees.
import css from '../overlay/style.css?inline';

/**
 * The title of the checklist the card offers with a prompt (the pack's first checklist for the
 * prompt's first moment, as previewPrompt chooses it): the card names it as the clinic sees it.
 */
function checklistTitle(doc: unknown, moment: string | undefined): string | undefined {
  const list = arr(obj(doc)?.prompts)
    .map(obj)
    .find(
      (q) => q?.kind === 'checklist' && moment !== undefined && arr(q.moments).includes(moment),
    );
  return str(list?.title) || undefined;
}

/** The card of one prompt of the draft, light and dark, with its pill and checklist. */
export function Preview({ doc }: { doc: unknown }) {
  const [index, setIndex] = useState(0);
  const prompts = arr(obj(doc)?.prompts);
  const shown = Math.min(index, Math.max(0, prompts.length - 1));
  const nudge = useMemo(() => {
    const p = previewPrompt(doc, shown);
    if (!p) return null;
    return {
      ...previewNudge(doc as Pack, p.prompt),
      checklist: p.checklist,
      checklistTitle: checklistTitle(doc, p.prompt.moments[0]),
    };
  }, [doc, shown]);
  const lang = str(obj(doc)?.locale);
  return (
    <section aria-labelledby="studio-preview-h" class="studio-section">
      <h2 id="studio-preview-h">{i18n.t('studio.preview.heading')}</h2>
      {nudge ? (
        <>
          <div class="field">
            <label for="studio-preview-prompt">{i18n.t('studio.preview.prompt')}</label>
            <select
              id="studio-preview-prompt"
              data-testid="studio-preview-prompt"
              value={String(shown)}
              onChange={(e) => setIndex(Number(e.currentTarget.value))}
            >
              {prompts.map((p, i) => (
                <option key={i} value={String(i)}>
                  {str(obj(p)?.title) || str(obj(p)?.id) || i18n.t('studio.untitled')}
                </option>
              ))}
            </select>
          </div>
          <div class="studio-previews">
            <StudioPreview nudge={nudge} css={css} scheme="light" lang={lang} />
            <StudioPreview nudge={nudge} css={css} scheme="dark" lang={lang} />
          </div>
        </>
      ) : (
        <p class="muted">{i18n.t('studio.preview.none')}</p>
      )}
    </section>
  );
}
