import { useMemo, useState } from 'preact/hooks';
import type { Pack } from '../prompts/schema';
import { i18n } from '../utils/i18n';
import { CardPreview } from './CardPreview';
import { packCardNudge } from './pack-preview';

/** Props of {@link PackPreview}. */
export interface PackPreviewProps {
  pack: Pack;
  /** The overlay's stylesheet, for the real card. */
  css: string;
}

/** One prompt of an opened pack as its real card, with a choice of which prompt. */
function Opened({ pack, css }: PackPreviewProps) {
  const [index, setIndex] = useState(0);
  const prompt = pack.prompts[Math.min(index, pack.prompts.length - 1)];
  const nudge = useMemo(() => prompt && packCardNudge(pack, prompt), [pack, prompt]);
  const select = `pack-preview-prompt-${pack.id}`;
  if (!nudge) return null;
  return (
    <div class="pack-preview">
      {pack.prompts.length > 1 && (
        <p>
          <label for={select}>{i18n.t('packs.previewPrompt')}</label>{' '}
          <select
            id={select}
            data-testid="pack-preview-prompt"
            value={String(index)}
            onChange={(e) => setIndex(Number(e.currentTarget.value))}
          >
            {/* The titles are in the pack's language, which a screen reader must read them in. */}
            {pack.prompts.map((p, i) => (
              <option key={p.id} value={String(i)} lang={pack.locale}>
                {p.title}
              </option>
            ))}
          </select>
        </p>
      )}
      {/* As the card first shows on a page: a script's checklist folded, a checklist open. */}
      <CardPreview
        nudge={nudge}
        css={css}
        lang={pack.locale}
        checklistOpen={nudge.kind === 'checklist'}
        testId="pack-card"
      />
    </div>
  );
}

/**
 * A pack's preview behind a disclosure: the card is drawn only once the user opens it (a card
 * per pack, each in a shadow root with the overlay's stylesheet, costs the page for nothing).
 */
export function PackPreview({ pack, css }: PackPreviewProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      data-testid="pack-preview"
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{i18n.t('packs.preview', pack.prompts.length)}</summary>
      {open && <Opened pack={pack} css={css} />}
    </details>
  );
}
