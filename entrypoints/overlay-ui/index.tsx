import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { OverlayGlobal } from '../../components/overlay-bridge';
import { adoptMessages } from '../../utils/i18n';
import { App } from '../overlay/App';

/**
 * The card's interactive part, injected by the background when the overlay asks for it: after
 * the card's first paint, in idle time or at the user's first pointer or focus on the card. It
 * renders the same `App` the background rendered to markup, over that markup, so the elements on
 * screen (and the focus in them) stay; the overlay replays what the user did in between.
 */
export default defineUnlistedScript(() => {
  const overlay = (window as OverlayGlobal).attuneOverlay;
  if (!overlay) return;
  adoptMessages(overlay.messages);
  overlay.attach((props, container) => render(props && <App {...props} />, container));
});
