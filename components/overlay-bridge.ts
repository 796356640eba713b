// How the overlay's two scripts meet on a clinical page. Both run in the extension's isolated
// world of the top frame, which they share: the first (entrypoints/overlay/) paints the card from
// static markup and owns the host, placement and messages; the second (entrypoints/overlay-ui/),
// injected after that paint, brings Preact and makes the card interactive.
import type { OverlayAppProps } from '../entrypoints/overlay/App';
import type { MessageTable } from '../utils/i18n';
import type { NudgeView } from '../utils/messages';
import type { CardNode } from './card-tree';

/** Renders the card's controller into the container (null unmounts it). */
export type CardDraw = (props: OverlayAppProps | null, container: HTMLElement) => void;

/** What the overlay keeps on the isolated world's `window` while its card is on the page. */
export interface OverlayGlobal {
  attuneOverlay?: {
    /** Shows another nudge in the card already on the page. */
    show: (nudge: NudgeView, tree: CardNode[]) => void;
    /** The messages the background handed the overlay, for the interactive part. */
    messages: MessageTable;
    /** Called by the interactive part once loaded: it draws the card from then on. */
    attach: (draw: CardDraw) => void;
  };
}
