import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { PREVIEW_HOST_CLASS, previewCss } from '../prompts/studio/preview-css';
import type { NudgeView } from '../utils/messages';
import { NudgeCard } from './NudgeCard';
import { Pill } from './Pill';

const noop = () => undefined;

/** The overlay's card (and its pill, when asked), as a clinician would see them, made inert. */
function Card(props: { nudge: NudgeView; lang?: string; pill: boolean; checklistOpen: boolean }) {
  const { nudge, lang, pill } = props;
  const total = nudge.checklist.length;
  return (
    <div class={PREVIEW_HOST_CLASS} lang={lang}>
      <div class="frame">
        <NudgeCard
          nudge={nudge}
          checklistOpen={props.checklistOpen}
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
      {pill && (
        <div class="frame">
          <Pill
            label={nudge.title}
            checklist={
              total ? { ticked: nudge.ticked.length, total, title: nudge.checklistTitle } : null
            }
            onExpand={noop}
            onOpenChecklist={noop}
          />
        </div>
      )}
    </div>
  );
}

const DARK = '(prefers-color-scheme: dark)';

/** The system's colour scheme, followed as it changes (the page around the preview follows it). */
function useSystemScheme(): 'light' | 'dark' {
  const query = () => globalThis.matchMedia?.(DARK);
  const [dark, setDark] = useState(() => query()?.matches === true);
  useEffect(() => {
    const list = query();
    if (!list) return;
    const change = () => setDark(list.matches);
    list.addEventListener('change', change);
    return () => list.removeEventListener('change', change);
  }, []);
  return dark ? 'dark' : 'light';
}

/** Props of {@link CardPreview}. */
export interface CardPreviewProps {
  nudge: NudgeView;
  /** The overlay's stylesheet (entrypoints/overlay/style.css, inlined by the page). */
  css: string;
  /** One scheme forced; without it, the system's, like the page around the preview. */
  scheme?: 'light' | 'dark';
  /** The pack's language: the card's words are the pack's. */
  lang?: string;
  /** Also show the pill the card folds to. */
  pill?: boolean;
  /** The checklist shown open (by default whenever there is one). */
  checklistOpen?: boolean;
  /** The host's test id. */
  testId: string;
}

/**
 * The real card in its own shadow root, with the overlay's CSS (one scheme per root, as a
 * stylesheet styles its whole root): what the studio and Options › Packs preview. Inert: it
 * shows, it does not act, and it takes no focus.
 */
export function CardPreview(props: CardPreviewProps) {
  const { nudge, css, scheme, lang, pill = false, testId } = props;
  const checklistOpen = props.checklistOpen ?? nudge.checklist.length > 0;
  const host = useRef<HTMLDivElement>(null);
  const system = useSystemScheme();
  const shown = scheme ?? system;
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    render(
      <>
        <style>{previewCss(css, shown)}</style>
        <Card nudge={nudge} lang={lang} pill={pill} checklistOpen={checklistOpen} />
      </>,
      shadow,
    );
  }, [nudge, css, shown, lang, pill, checklistOpen]);
  useEffect(
    () => () => {
      const shadow = host.current?.shadowRoot;
      if (shadow) render(null, shadow);
    },
    [],
  );
  return <div ref={host} inert data-testid={testId} data-scheme={shown} />;
}
