import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildCard, type CardNode } from '../../components/card-tree';
import {
  asCorner,
  type Corner,
  MARGIN,
  nearestCorner,
  obstaclesIn,
  pickCorner,
  typingField,
} from '../../components/corner';
import type { CardDraw, OverlayGlobal } from '../../components/overlay-bridge';
import {
  blockUntrusted,
  blockWhileHidden,
  isOverlayHost,
  OVERLAY_ATTR,
  watchOnScreen,
} from '../../components/overlay-host';
import { type NudgeView, onMessage, sendMessage } from '../../utils/messages';
import { nativeBrowser } from '../../utils/native-browser';
import type { OverlayAppProps } from './App';
import { earlyEvents } from './early';
// Inlined so the page never fetches it: no web-accessible resource is needed.
import css from './style.css?inline';

/** The longest the interactive part waits for the page to be idle after the card's first paint. */
const UI_WITHIN_MS = 1_000;

/** Keys typed in the card stay in the card: the page's keyboard shortcuts never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Where the card sits, as `:host` rules for a style sheet inside the closed root. Position lives
 * in the overlay's own variables and this sheet only: the page can write attributes and custom
 * properties on the host, but the shadow root's !important rules win over all of its styles,
 * even an inline `style` with !important.
 */
function placement(at: Corner | { x: number; y: number }, hidden: boolean): string {
  const px = (n: number) => `${Math.round(n)}px`;
  const [left, top, right, bottom] =
    typeof at === 'object'
      ? [px(at.x), px(at.y), 'auto', 'auto']
      : [
          at.endsWith('left') ? px(MARGIN) : 'auto',
          at.startsWith('top') ? px(MARGIN) : 'auto',
          at.endsWith('right') ? px(MARGIN) : 'auto',
          at.startsWith('bottom') ? px(MARGIN) : 'auto',
        ];
  const seen = hidden ? 'hidden' : 'visible';
  return `:host{left:${left}!important;top:${top}!important;right:${right}!important;bottom:${bottom}!important;visibility:${seen}!important}`;
}

/**
 * Injected on demand by the background (`scripting.executeScript`) when it decided to show a
 * nudge. Paints the card in a shadow root (closed in production, open in the e2e build), so the
 * page's CSS cannot break it and its CSS cannot touch the page, from the static markup the
 * background rendered: no framework runs on the page before the card is seen. The interactive
 * part (entrypoints/overlay-ui/, Preact) is asked for after that paint, when the page is idle or
 * at the user's first pointer or focus on the card, and takes over the same elements.
 *
 * An unlisted script with its own shadow root rather than WXT's content-script wrapper and
 * shadow-root UI: the clinical page pays for every byte and millisecond here, and those brought
 * the browser polyfill, an element-waiting library and a context object this one-shot card does
 * not need (about a third of the overlay's time on the page).
 */
// WXT imports this file when it prepares (before `#i18n` exists on a fresh clone) with the main
// function removed, and drops what only main used by *name*: keep `showOverlay` a name no local
// variable anywhere in this file shares, or its imports stay and `wxt prepare` fails.
export default defineUnlistedScript(() => {
  // Fails only when the background cannot answer (restarting, or the extension gone): nothing to
  // show, and nothing for the clinical page's console. The next match injects the overlay again.
  showOverlay().catch(() => {});
});

async function showOverlay(): Promise<void> {
  const global = window as OverlayGlobal;
  const reply = await sendMessage('getNudge');
  if (!reply) return;
  const { nudge, messages, tree } = reply;
  if (global.attuneOverlay) return global.attuneOverlay.show(nudge, tree);
  // A card left by a previous version of the extension (updated while this page was open) has
  // lost its connection to the background: this one replaces it. Overlays live among <html>'s
  // few children: looking there spares a search of the whole (often very large) document.
  for (const orphan of [...document.documentElement.children])
    if (isOverlayHost(orphan)) orphan.remove();

  // A built-in element: no page can define or upgrade it, so no page holds its internals.
  const host = document.createElement('div');
  host.setAttribute(OVERLAY_ATTR, '');
  // The e2e build opens the root for Playwright, except on a page that asks for production's
  // closed root (tests/e2e/hostile-card.spec.ts); production always closes it.
  const mode =
    import.meta.env.MODE === 'e2e' && !location.search.includes('attune-shadow=closed')
      ? 'open'
      : 'closed';
  const shadow = host.attachShadow({ mode });
  // Ours, fresh and as asked before anything is rendered into it. This script's world has its own
  // prototypes, so a page that patched attachShadow cannot intercept; checked all the same.
  if (shadow.host !== host || shadow.mode !== mode || shadow.hasChildNodes()) return;
  const style = document.createElement('style');
  style.textContent = css;
  // After the card's own sheet, so its rules win: rewritten whenever the card moves.
  const position = document.createElement('style');
  const container = document.createElement('div');
  container.className = 'frame';
  // Only the user's own clicks and keys work the card: a page's synthetic ones never arrive; nor
  // do clicks while the browser reports the card hidden (see watchOnScreen).
  let early = { replay: () => {}, replaying: () => false };
  blockUntrusted(container, () => early.replaying());
  let watch = { visible: () => true, stop: () => {} };
  blockWhileHidden(container, () => watch.visible());
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, position, container);
  // The top layer keeps the card above any z-index a page can set; a manual popover never takes
  // focus.
  host.setAttribute('popover', 'manual');
  let preferred = asCorner(nudge.corner);
  // The overlay's own record of where the card is; the host's `data-corner` only reports it
  // (docs/testing.md), since the page can write that attribute too.
  let dragging = false;
  let at: Corner | { x: number; y: number } = preferred;
  /** Hidden while it waits for the interactive part to fold it (see `layout`). */
  let hidden = false;
  const place = (to: Corner | { x: number; y: number }) => {
    at = to;
    const sheet = placement(to, hidden);
    // Unchanged most times it is asked (every caret move while typing): no style work then.
    if (position.textContent === sheet) return;
    position.textContent = sheet;
    host.setAttribute('data-corner', typeof to === 'object' ? 'drag' : to);
  };
  /** The interactive part's renderer, once it has arrived; the static markup until then. */
  let ui: CardDraw | null = null;
  let asked = false;
  /** Asks the background for the interactive part, once. */
  const want = () => {
    if (asked) return;
    asked = true;
    sendMessage('loadCardUi').catch(() => {
      asked = false;
    });
  };
  place(preferred);

  const listening = new AbortController();
  const { signal } = listening;
  /** The card's fold/unfold (the keyboard command, or a fold for the field being typed in). */
  let toggle = () => {
    // Not interactive yet: folded as soon as it is, hidden until then.
    toggleWanted = true;
    want();
  };
  let toggleWanted = false;
  const stopToggle = onMessage('toggleOverlay', () => {
    toggle();
    return true;
  });
  const close = () => {
    try {
      stopToggle();
    } catch {
      // The extension is gone (see gone()); its listener went with it.
    }
    listening.abort();
    watch.stop();
    ui?.(null, container);
    host.remove();
    global.attuneOverlay = undefined;
  };
  /**
   * True (and the card removed) once the extension was updated or removed while this page
   * stayed open: the card can no longer reach the background.
   */
  const gone = () => {
    if (nativeBrowser().runtime?.id) return false;
    // Not during the render or effect that asked: after it.
    queueMicrotask(close);
    return true;
  };
  // The viewport the card is fixed in: without the page's scroll bars.
  const view = () => ({
    width: document.documentElement.clientWidth || innerWidth,
    height: document.documentElement.clientHeight || innerHeight,
  });
  /** The field the card last folded itself to a pill for (see `layout`). */
  let foldedFor: Element | null = null;
  const layout = () => {
    if (gone() || dragging) return;
    // The card is measured only when a field is being typed into or text is selected: measuring
    // forces the page's layout, which on a live page is most of what placing the card costs.
    // With nothing to keep clear the card stays where it is: a card that moves draws the eye,
    // and one the user is working in must not slip from under the pointer.
    const obstacles = obstaclesIn(document, host);
    if (obstacles.length === 0) return;
    const box = host.getBoundingClientRect();
    const card = container.getBoundingClientRect();
    const inset = Math.max(0, (box.width - card.width) / 2);
    const { corner, clear } = pickCorner(preferred, box, view(), obstacles, inset);
    place(corner);
    // Every corner covers what the user is typing or reading: the card folds to its pill, which
    // is placed in turn once it has its size. Not again for the same field if the user opened the
    // card once more without leaving it (the keyboard command): they asked for it there.
    const field = typingField(document, host);
    const open = container.querySelector('[data-testid="nudge"]') !== null;
    if (clear || !open || (field !== null && field === foldedFor)) return;
    foldedFor = field;
    if (!ui && !hidden) {
      hidden = true;
      place(at);
    }
    toggle();
  };
  let frame = 0;
  /** At most one placement a frame, however many events ask for it (one per caret move). */
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      layout();
    });
  };
  /** The browser's own events only: a page's synthetic ones are ignored. */
  const relayout = (e: Event) => e.isTrusted && schedule();
  const onDragStart = (down: PointerEvent) => {
    const handle = down.currentTarget as Element | null;
    if (!down.isTrusted || !handle || (down.target as Element).closest('button')) return;
    const start = host.getBoundingClientRect();
    const [dx, dy] = [down.clientX - start.left, down.clientY - start.top];
    let last = { x: down.clientX, y: down.clientY };
    const dragEnd = new AbortController();
    const move = (e: PointerEvent) => {
      if (!e.isTrusted) return;
      // No button held: the release never reached the card (a page listener took it).
      if (e.buttons === 0) return end();
      last = { x: e.clientX, y: e.clientY };
      place({ x: last.x - dx, y: last.y - dy });
    };
    const end = () => {
      if (dragEnd.signal.aborted) return;
      dragEnd.abort();
      dragging = false;
      if (gone()) return;
      const box = host.getBoundingClientRect();
      preferred = nearestCorner(last.x - dx + box.width / 2, last.y - dy + box.height / 2, view());
      place(preferred);
      layout();
      void sendMessage('setCorner', preferred);
    };
    // Captured by the card's own handle, so the moves and the release come to it wherever the
    // pointer goes; a drag also ends when the capture is lost or the browser cancels it.
    const opts = { signal: dragEnd.signal };
    handle.addEventListener('pointermove', move as EventListener, opts);
    const stop = (e: Event) => e.isTrusted && end();
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture'])
      handle.addEventListener(type, stop, opts);
    dragging = true;
    move(down);
    try {
      handle.setPointerCapture(down.pointerId);
    } catch {
      // The pointer is already gone (released before this ran): end the drag here.
      end();
    }
  };
  let current = nudge;
  /** What the card's controller is handed: the nudge and the ways to act on it. */
  const propsFor = (next: NudgeView): OverlayAppProps => ({
    nudge: next,
    onLayout: layout,
    onDragStart,
    onToggleRequest: (fn) => {
      toggle = fn;
      if (toggleWanted) {
        toggleWanted = false;
        fn();
      }
      return () => {
        toggle = () => {};
      };
    },
    onAction: (action, snooze, stepId) => {
      if (gone()) return;
      const { promptId, packId, momentId } = next;
      // A sequence's "Used it" counts for the step showing, not for its first prompt.
      const id = stepId ?? promptId;
      void sendMessage('nudgeAction', { promptId: id, packId, momentId, action, snooze });
    },
    onReason: (reason) => {
      if (gone()) return;
      void sendMessage('dismissReason', { promptId: next.promptId, reason });
    },
    onTick: (itemId, ticked) => {
      if (gone()) return;
      void sendMessage('setChecklistTick', { itemId, ticked });
    },
    onCopy: (text) =>
      navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      ),
    onClose: close,
  });
  let props = propsFor(nudge);
  /** The card for `next`: by the interactive part once here, else from the background's markup. */
  const draw = (next: NudgeView, markup: CardNode[]) => {
    if (next !== current) [current, props] = [next, propsFor(next)];
    if (ui) return ui(props, container);
    container.replaceChildren(...markup.map((node) => buildCard(document, node)));
  };
  /** Renders a nudge, and tells the background it was shown once the user can see it. */
  const show = (next: NudgeView, markup: CardNode[]) => {
    draw(next, markup);
    watch.stop();
    const { promptId, packId, momentId } = next;
    watch = watchOnScreen(container, () => {
      if (!gone()) sendMessage('nudgeShown', { promptId, packId, momentId }).catch(() => {});
    });
  };
  document.addEventListener(
    'focusin',
    (e) => {
      // Focus that moved (into the card, or to another field) ends the fold's exemption.
      if (e.isTrusted) foldedFor = null;
      relayout(e);
    },
    { capture: true, signal },
  );
  // Captured at the window: a selection change or scroll in any element of the page comes by.
  for (const type of ['selectionchange', 'resize', 'scroll'])
    addEventListener(type, relayout, { capture: true, passive: true, signal });
  // The card grows (its checklist opens) or folds: placed again in the same frame, before paint.
  const sized = new ResizeObserver(() => layout());
  sized.observe(host);
  signal.addEventListener('abort', () => {
    sized.disconnect();
    cancelAnimationFrame(frame);
  });
  // A page that closes the card's popover (dropping it out of the top layer) sees it reopen.
  host.addEventListener(
    'toggle',
    (e) => {
      if ((e as ToggleEvent).newState !== 'closed' || !host.isConnected) return;
      try {
        host.showPopover?.();
      } catch {
        // The page took the popover attribute away: the card stays, out of the top layer.
      }
    },
    { signal },
  );
  early = earlyEvents(container, () => ui !== null, want, onDragStart);
  global.attuneOverlay = {
    show,
    messages,
    attach: (draw) => {
      if (ui || !host.isConnected) return;
      ui = draw;
      ui(props, container);
      if (hidden) {
        hidden = false;
        place(at);
      }
      early.replay();
    },
  };
  // A polite live region that exists before the card arrives, so screen readers announce it.
  container.setAttribute('aria-live', 'polite');
  document.documentElement.append(host);
  host.showPopover?.();
  requestAnimationFrame(() => {
    show(nudge, tree);
    // After the frame that paints it, when the page has nothing more urgent to do.
    requestAnimationFrame(() =>
      setTimeout(() =>
        typeof window.requestIdleCallback === 'function'
          ? window.requestIdleCallback(want, { timeout: UI_WITHIN_MS })
          : want(),
      ),
    );
  });
}
