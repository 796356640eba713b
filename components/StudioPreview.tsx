import { i18n } from '../utils/i18n';
import type { NudgeView } from '../utils/messages';
import { CardPreview } from './CardPreview';

/** Props of {@link StudioPreview}. */
export interface StudioPreviewProps {
  nudge: NudgeView;
  /** The overlay's stylesheet (entrypoints/overlay/style.css). */
  css: string;
  scheme: 'light' | 'dark';
  /** The pack's language: the card's words are the trainer's. */
  lang?: string;
}

/** The studio's preview in one scheme: the real card and its pill, captioned light or dark. */
export function StudioPreview({ nudge, css, scheme, lang }: StudioPreviewProps) {
  return (
    <figure class="studio-preview">
      <figcaption>
        {scheme === 'dark' ? i18n.t('studio.preview.dark') : i18n.t('studio.preview.light')}
      </figcaption>
      <CardPreview
        nudge={nudge}
        css={css}
        scheme={scheme}
        lang={lang}
        pill
        testId="studio-preview"
      />
    </figure>
  );
}
