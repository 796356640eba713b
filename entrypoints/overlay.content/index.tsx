import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { asCorner, nearestCorner, pickCorner } from '../../components/corner';
import { adoptMessages } from '../../utils/i18n';
import { type NudgeView, onMessage, sendMessage } from '../../utils/messages';
import { App } from './App';
// Inlined so the page never fetches it: no web-accessible resource is needed.
import css from './style.css?inline';

/** Set when the overlay already lives in this tab, so a second injection only refreshes it. */
interface OverlayGlobal {
  attuneOverlay?: { show: (nudge: NudgeView) => void };
}

function focusedRect(): DOMRect | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el.tagName === 'ATTUNE-OVERLAY') return null;
  const typing = el.matches(
    'input, textarea, select, [contenteditable=""], [contenteditable=true]',
  );
  return typing ? el.getBoundingClientRect() : null;
}

/**
 * Injected on demand by the background when it decided to show a nudge. Renders in a shadow root
 * (closed in production) so the page's CSS cannot break it and its CSS cannot touch the page.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    const global = window as OverlayGlobal;
    const start = await sendMessage('getNudge');
    if (!start) return;
    const { nudge, messages } = start;
    adoptMessages(messages);
    if (global.attuneOverlay) return global.attuneOverlay.show(nudge);

    let preferred = asCorner(nudge.corner);
    let toggle = () => {};
    const stopToggle = onMessage('toggleOverlay', () => {
      toggle();
      return true;
    });
    const ui = await createShadowRootUi(ctx, {
      name: 'attune-overlay',
      css,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      mode: import.meta.env.MODE === 'e2e' ? 'open' : 'closed',
      isolateEvents: true,
      onMount(container, _shadow, host) {
        // The top layer keeps the card above any z-index a page can set; a manual popover never
        // takes focus.
        host.setAttribute('popover', 'manual');
        host.setAttribute('data-corner', preferred);
        const view = () => ({ width: innerWidth, height: innerHeight });
        const layout = () => {
          if (host.getAttribute('data-corner') === 'drag') return;
          host.setAttribute(
            'data-corner',
            pickCorner(preferred, host.getBoundingClientRect(), view(), focusedRect()),
          );
        };
        const onDragStart = (down: PointerEvent) => {
          if ((down.target as Element).closest('button')) return;
          const start = host.getBoundingClientRect();
          const [dx, dy] = [down.clientX - start.left, down.clientY - start.top];
          const move = (e: PointerEvent) => {
            host.style.setProperty('--attune-x', `${e.clientX - dx}px`);
            host.style.setProperty('--attune-y', `${e.clientY - dy}px`);
          };
          const up = (e: PointerEvent) => {
            removeEventListener('pointermove', move, true);
            removeEventListener('pointerup', up, true);
            const box = host.getBoundingClientRect();
            preferred = nearestCorner(
              e.clientX - dx + box.width / 2,
              e.clientY - dy + box.height / 2,
              view(),
            );
            host.setAttribute('data-corner', preferred);
            layout();
            void sendMessage('setCorner', preferred);
          };
          move(down);
          host.setAttribute('data-corner', 'drag');
          addEventListener('pointermove', move, true);
          addEventListener('pointerup', up, true);
        };
        const show = (next: NudgeView) =>
          render(
            <App
              nudge={next}
              onLayout={layout}
              onDragStart={onDragStart}
              onToggleRequest={(fn) => {
                toggle = fn;
                return () => {
                  toggle = () => {};
                };
              }}
              onAction={(action, snooze) => {
                const { promptId, packId, momentId } = next;
                void sendMessage('nudgeAction', { promptId, packId, momentId, action, snooze });
              }}
              onReason={(reason) =>
                void sendMessage('dismissReason', { promptId: next.promptId, reason })
              }
              onTick={(itemId, ticked) => void sendMessage('setChecklistTick', { itemId, ticked })}
              onCopy={(text) =>
                navigator.clipboard.writeText(text).then(
                  () => true,
                  () => false,
                )
              }
              onClose={() => {
                stopToggle();
                ui.remove();
                global.attuneOverlay = undefined;
              }}
            />,
            container,
          );
        ctx.addEventListener(document, 'focusin', layout, { capture: true });
        ctx.addEventListener(window, 'resize', layout);
        global.attuneOverlay = { show };
        // A polite live region that exists before the card arrives, so screen readers announce it.
        container.setAttribute('aria-live', 'polite');
        requestAnimationFrame(() => show(nudge));
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    ui.shadowHost.showPopover?.();
  },
});
