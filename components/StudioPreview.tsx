import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { PREVIEW_HOST_CLASS, previewCss } from '../prompts/studio/preview-css';
import { i18n } from '../utils/i18n';
import type { NudgeView } from '../utils/messages';
import { NudgeCard } from './NudgeCard';
import { Pill } from './Pill';

const noop = () => undefined;

/** The overlay's card and pill, as a clinician would see them, drawn inside a shadow root. */
function Card({ nudge, lang }: { nudge: NudgeView; lang: string | undefined }) {
  const total = nudge.checklist.length;
  return (
    <div class={PREVIEW_HOST_CLASS} lang={lang}>
      <div class="frame">
        <NudgeCard
          nudge={nudge}
          checklistOpen={total > 0}
          askingReason={false}
          status=""
          onReason={noop}
          onDragStart={noop}
          onUsed={noop}
          onCopy={noop}
          onSnooze={noop}
          onDismiss={noop}
          onCollapse={noop}
          onToggleChecklist={noop}
          onTick={noop}
        />
      </div>
      <div class="frame">
        <Pill
          label={nudge.title}
          checklist={total ? { ticked: nudge.ticked.length, total } : null}
          onExpand={noop}
          onOpenChecklist={noop}
        />
      </div>
    </div>
  );
}

/** Props of {@link StudioPreview}. */
export interface StudioPreviewProps {
  nudge: NudgeView;
  /** The overlay's stylesheet (entrypoints/overlay/style.css). */
  css: string;
  scheme: 'light' | 'dark';
  /** The pack's language: the card's words are the trainer's. */
  lang?: string;
}

/**
 * One preview of the real card in its own shadow root, with the overlay's CSS (one scheme per
 * root, as a stylesheet styles its whole root). Inert: it shows, it does not act.
 */
export function StudioPreview({ nudge, css, scheme, lang }: StudioPreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    render(
      <>
        <style>{previewCss(css, scheme)}</style>
        <Card nudge={nudge} lang={lang} />
      </>,
      shadow,
    );
  }, [nudge, css, scheme, lang]);
  useEffect(
    () => () => {
      const shadow = host.current?.shadowRoot;
      if (shadow) render(null, shadow);
    },
    [],
  );
  return (
    <figure class="studio-preview">
      <figcaption>
        {scheme === 'dark' ? i18n.t('studio.preview.dark') : i18n.t('studio.preview.light')}
      </figcaption>
      <div ref={host} inert data-testid="studio-preview" data-scheme={scheme} />
    </figure>
  );
}
