import { useEffect, useRef, useState } from 'preact/hooks';
import type { DismissReason } from '../utils/domain';
import { fillParts, i18n, rawMessage, uiLocale } from '../utils/i18n';
import type { NudgeStep, NudgeView } from '../utils/messages';
import { Checklist } from './Checklist';
import {
  About,
  NOT_NOW_ID,
  type NotNowChoice,
  NotNowMenu,
  Reasons,
  Script,
  Steps,
} from './NudgeCardParts';

export { DISMISS_REASONS, reasonLabel } from './NudgeCardParts';

/** The prompt a card shows at `step` of its sequence: step 0 (or no sequence) is the nudge. */
export function stepAt(nudge: NudgeView, step: number): NudgeStep {
  const later = step > 0 ? nudge.sequence?.steps[step] : undefined;
  return later ?? nudge;
}

/** Props of {@link NudgeCard}: the nudge, what part is showing, and one callback per action. */
export interface NudgeCardProps {
  nudge: NudgeView;
  checklistOpen: boolean;
  /** After "not for this moment": the card asks why, optionally. */
  askingReason: boolean;
  status: string;
  onUsed: () => void;
  onCopy: () => void;
  onSnooze: (length: 'hour' | 'day') => void;
  onDismiss: () => void;
  onReason: (reason: DismissReason | null) => void;
  onCollapse: () => void;
  onToggleChecklist: () => void;
  onTick: (id: string, ticked: boolean) => void;
  /** Pointer down on the header starts dragging the card to another corner. */
  onDragStart: (e: PointerEvent) => void;
  /** The step of the nudge's sequence showing (0 when it has none), and a move to another. */
  step?: number;
  onStep?: (step: number) => void;
  /** The "Not now" choices are open (Esc closes them: the controller owns the key). */
  menuOpen?: boolean;
  onMenu?: (open: boolean) => void;
  /** Hides the card for this page visit (the × and "Hide on this page"). */
  onHide?: () => void;
  /** The card's height changed on its own (a disclosure opened): its place may need a check. */
  onLayout?: () => void;
  /**
   * The user's own Esc, wherever the focus is, with the "Not now" choices closed (Esc closes
   * those first). Without it the card leaves the key alone (a preview on an extension page).
   */
  onEscape?: () => void;
}

/**
 * The nudge card. Prompt text is rendered as text only (never as HTML), so a pack cannot put
 * markup or script on a clinical page.
 */
export function NudgeCard(props: NudgeCardProps) {
  const { nudge, menuOpen = false } = props;
  const steps = nudge.sequence?.steps ?? [];
  const step = Math.min(props.step ?? 0, Math.max(steps.length - 1, 0));
  const shown = stepAt(nudge, step);
  // Presentational only: the pack's wording, when the user has their own.
  const [packWording, setPackWording] = useState(false);
  const card = useRef<HTMLElement>(null);
  /** Where the focus came from into the card: it goes back there when the card folds. */
  const cameFrom = useRef<HTMLElement | null>(null);
  /** A control to focus after the next render, when the one focused is replaced. */
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const id = refocus.current;
    refocus.current = null;
    if (id) card.current?.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.focus();
  });
  useEffect(() => props.onLayout?.(), [packWording]);
  const latest = useRef(props);
  latest.current = props;
  useEffect(() => {
    if (!props.onEscape) return;
    // Decided here, before any state changes: Preact re-renders between two listeners of one
    // key, and the focused control may be gone by the time the card's own listener runs.
    const onKey = (e: KeyboardEvent) => {
      if (!e.isTrusted || e.key !== 'Escape') return;
      const p = latest.current;
      if (p.menuOpen) {
        const menu = card.current?.querySelector('.menu');
        if (menu?.contains(focused())) toggle()?.focus();
        p.onMenu?.(false);
      } else {
        giveBack();
        p.onEscape?.();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  /** The focused element in the card's root (its shadow root on a clinical page). */
  const focused = () =>
    (card.current?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement ?? null;
  const toggle = () => card.current?.querySelector<HTMLElement>('[data-testid="nudge-not-now"]');
  /** Gives the focus back to the page's field it came from, if the card holds it now. */
  const giveBack = () => {
    const from = cameFrom.current;
    if (from?.isConnected && card.current?.contains(focused())) from.focus({ preventScroll: true });
  };
  const leaving = (fn: () => void) => () => {
    giveBack();
    fn();
  };
  /** What each "Not now" choice does. */
  const choose = (choice: NotNowChoice) => {
    // The reasons replace the menu: the first of them takes the keyboard's place.
    if (choice === 'nudge-dismiss') refocus.current = 'reason-already-did';
    else giveBack();
    if (choice === 'nudge-hide-page') props.onHide?.();
    else if (choice === 'nudge-dismiss') props.onDismiss();
    else props.onSnooze(choice === 'nudge-snooze' ? 'hour' : 'day');
  };
  const text = step === 0 && packWording && nudge.packText ? nudge.packText : shown.text;
  return (
    <section
      ref={card}
      class="card"
      data-testid="nudge"
      data-moment={nudge.momentId}
      data-prompt={shown.promptId}
      aria-label={i18n.t('nudge.cardLabel', { title: shown.title })}
      // The page around the card may be in another language than the card's messages.
      lang={uiLocale()}
      onFocusIn={(e) => {
        const from = e.relatedTarget as HTMLElement | null;
        if (from && 'focus' in from && !e.currentTarget.contains(from)) cameFrom.current = from;
      }}
    >
      <header onPointerDown={props.onDragStart} title={i18n.t('nudge.dragHint')}>
        <h2 class="title" lang={nudge.lang}>
          {shown.title}
        </h2>
        <span class="icons">
          <button
            type="button"
            class="icon"
            data-testid="nudge-collapse"
            aria-label={i18n.t('nudge.collapse')}
            title={i18n.t('nudge.collapseHint')}
            onClick={leaving(props.onCollapse)}
          >
            –
          </button>
          <button
            type="button"
            class="icon"
            data-testid="nudge-close"
            aria-label={i18n.t('nudge.close')}
            title={i18n.t('nudge.close')}
            onClick={leaving(() => props.onHide?.())}
          >
            ×
          </button>
        </span>
      </header>
      {steps.length > 1 && (
        <Steps
          step={step}
          total={steps.length}
          title={nudge.sequence?.title ?? ''}
          onStep={props.onStep}
        />
      )}
      <p class="text" data-testid="nudge-text" lang={nudge.lang}>
        <Script text={text} />
      </p>
      {step === 0 && nudge.packText && (
        <button
          type="button"
          class="link"
          data-testid="nudge-wording"
          onClick={() => setPackWording((v) => !v)}
        >
          {packWording ? i18n.t('nudge.showMine') : i18n.t('nudge.showPack')}
        </button>
      )}
      <p class="meta">
        {fillParts(rawMessage('nudge.meta'), {
          framework: <span data-testid="nudge-framework">{nudge.framework}</span>,
          seconds: shown.secondsLabel,
        })}
      </p>
      {props.askingReason ? (
        <Reasons
          onReason={(reason) => {
            giveBack();
            props.onReason(reason);
          }}
        />
      ) : (
        <div class="actions">
          <button
            type="button"
            class="primary"
            data-testid="nudge-used"
            // The last step folds the card; an earlier one moves on to the next step.
            onClick={step + 1 < steps.length ? props.onUsed : leaving(props.onUsed)}
          >
            {i18n.t('nudge.used')}
          </button>
          <button type="button" data-testid="nudge-copy" onClick={props.onCopy}>
            {i18n.t('nudge.copy')}
          </button>
          <button
            type="button"
            class="more"
            data-testid="nudge-not-now"
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? NOT_NOW_ID : undefined}
            onClick={() => props.onMenu?.(!menuOpen)}
          >
            {i18n.t('nudge.notNow')}
          </button>
        </div>
      )}
      {menuOpen && !props.askingReason && <NotNowMenu onChoose={choose} />}
      {nudge.checklist.length > 0 && (
        <button
          type="button"
          class="link"
          data-testid="checklist-toggle"
          aria-expanded={props.checklistOpen}
          onClick={props.onToggleChecklist}
        >
          {i18n.t('nudge.checklistToggle', {
            title: nudge.checklistTitle ?? i18n.t('nudge.checklistDefault'),
            ticked: nudge.ticked.length,
            total: nudge.checklist.length,
          })}
        </button>
      )}
      {props.checklistOpen && (
        // The one part that scrolls: the card keeps to its share of the viewport.
        <div class="scroll">
          <Checklist
            items={nudge.checklist}
            ticked={nudge.ticked}
            onToggle={props.onTick}
            idPrefix="attune-cl"
          />
        </div>
      )}
      <About packName={nudge.packName} shown={shown} onLayout={props.onLayout} />
      <p class="status" role="status">
        {props.status}
      </p>
    </section>
  );
}
