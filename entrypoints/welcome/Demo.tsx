import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { WelcomeDemoPage } from '../../components/WelcomeDemo';
import type { NudgeView } from '../../utils/messages';
import { App as OverlayApp } from '../overlay/App';
// The overlay's own stylesheet, inlined as the overlay inlines it: the card here is the card a
// clinician sees on their EHR, in a shadow root of its own.
import css from '../overlay/style.css?inline';

const noop = () => undefined;

/** Copies the prompt as the card's Copy does; resolves whether the clipboard took it. */
const copy = (text: string) =>
  navigator.clipboard.writeText(text).then(
    () => true,
    () => false,
  );

/**
 * The demo page: the overlay's own card controller (card, pill, checklist, reasons, Esc) with
 * the sample nudge, in a shadow root placed in the bottom-right corner as on a clinical page.
 * Nothing is sent to the background: the sample records nothing and needs no site.
 */
export function Demo({ nudge }: { nudge: NudgeView }) {
  const [open, setOpen] = useState(true);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!open || !el) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    render(
      <>
        <style>{css}</style>
        <div class="frame">
          <OverlayApp
            nudge={nudge}
            onAction={noop}
            onReason={noop}
            onTick={noop}
            onCopy={copy}
            onClose={() => setOpen(false)}
            onLayout={noop}
            onDragStart={noop}
            onToggleRequest={() => noop}
          />
        </div>
      </>,
      shadow,
    );
    return () => render(null, shadow);
  }, [open, nudge]);
  return (
    <WelcomeDemoPage cardOpen={open} onShowAgain={() => setOpen(true)}>
      {open && <div ref={host} data-corner="bottom-right" data-testid="welcome-demo-card" />}
    </WelcomeDemoPage>
  );
}
