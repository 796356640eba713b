import { useEffect, useRef, useState } from 'preact/hooks';
import type { DismissReason } from '../utils/domain';
import { fillParts, i18n, type MessageKey, rawMessage, uiLocale } from '../utils/i18n';
import type { NudgeStep, NudgeView } from '../utils/messages';
import { scriptParts } from '../utils/placeholders';
import { Checklist } from './Checklist';

/** The one-tap reasons offered after "not for this moment", in the order shown. */
export const DISMISS_REASONS: readonly DismissReason[] = ['already-did', 'not-right', 'no-time'];

/** Each dismissal reason's button label. */
const REASON_LABELS = {
  'already-did': 'nudge.reasonAlreadyDid',
  'not-right': 'nudge.reasonNotRight',
  'no-time': 'nudge.reasonNoTime',
} as const satisfies Record<DismissReason, MessageKey>;

/** A dismissal reason's button label. */
export const reasonLabel = (reason: DismissReason): string => i18n.t(REASON_LABELS[reason]);

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

/** Each "Not now" choice: its test id, its label, and what it does. */
const CHOICES = [
  ['nudge-hide-page', 'nudge.hidePage', (p: NudgeCardProps) => p.onHide?.()],
  ['nudge-snooze', 'nudge.snoozeHour', (p: NudgeCardProps) => p.onSnooze('hour')],
  ['nudge-snooze-day', 'nudge.snoozeDay', (p: NudgeCardProps) => p.onSnooze('day')],
  ['nudge-dismiss', 'nudge.dismiss', (p: NudgeCardProps) => p.onDismiss()],
] as const;

/** A script with its fill-in parts ("[the result]") set apart, brackets kept as copied. */
function Script({ text }: { text: string }) {
  return (
    <>
      {scriptParts(text).map((part, i) =>
        part.fill ? (
          <mark key={i} class="fill" data-testid="nudge-fill">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
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
  // Presentational only: the pack's wording (when the user has their own) and "why this works".
  const [packWording, setPackWording] = useState(false);
  const [whyOpen, setWhyOpen] = useState(false);
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
  useEffect(() => props.onLayout?.(), [whyOpen, packWording]);
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
  const text = step === 0 && packWording && nudge.packText ? nudge.packText : shown.text;
  const why = shown.why;
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
        <h2 class="title">{shown.title}</h2>
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
        <div class="steps">
          <p data-testid="nudge-step">
            {i18n.t('nudge.step', {
              n: step + 1,
              total: steps.length,
              title: nudge.sequence?.title ?? '',
            })}
          </p>
          {(['back', 'next'] as const).map((dir) => {
            const to = dir === 'back' ? step - 1 : step + 1;
            const off = to < 0 || to >= steps.length;
            return (
              <button
                type="button"
                key={dir}
                data-testid={`nudge-${dir}`}
                // Not `disabled`: a disabled button drops the keyboard's focus at either end.
                aria-disabled={off}
                onClick={() => !off && props.onStep?.(to)}
              >
                {i18n.t(dir === 'back' ? 'nudge.back' : 'nudge.next')}
              </button>
            );
          })}
        </div>
      )}
      <p class="text" data-testid="nudge-text">
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
        <fieldset class="actions reasons" data-testid="dismiss-reasons">
          <legend>{i18n.t('nudge.whyNot')}</legend>
          {DISMISS_REASONS.map((r) => (
            <button
              type="button"
              key={r}
              data-testid={`reason-${r}`}
              onClick={leaving(() => props.onReason(r))}
            >
              {reasonLabel(r)}
            </button>
          ))}
          <button
            type="button"
            data-testid="reason-skip"
            onClick={leaving(() => props.onReason(null))}
          >
            {i18n.t('nudge.skip')}
          </button>
        </fieldset>
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
            aria-controls={menuOpen ? 'attune-not-now' : undefined}
            onClick={() => props.onMenu?.(!menuOpen)}
          >
            {i18n.t('nudge.notNow')}
          </button>
        </div>
      )}
      {menuOpen && !props.askingReason && (
        <fieldset
          class="menu"
          id="attune-not-now"
          aria-label={i18n.t('nudge.notNow')}
          data-testid="nudge-not-now-menu"
        >
          {CHOICES.map(([id, label, act]) => (
            <button
              type="button"
              key={id}
              data-testid={id}
              onClick={() => {
                // The reasons replace the menu: the first of them takes the keyboard's place.
                if (id === 'nudge-dismiss') refocus.current = 'reason-already-did';
                else giveBack();
                act(props);
              }}
            >
              {i18n.t(label)}
            </button>
          ))}
        </fieldset>
      )}
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
      <footer>
        <span data-testid="nudge-from">
          {nudge.packName ? i18n.t('nudge.from', { pack: nudge.packName }) : i18n.t('extName')}
        </span>
        {(why || shown.source) && (
          <button
            type="button"
            class="link"
            data-testid="nudge-why"
            aria-expanded={whyOpen}
            onClick={() => setWhyOpen((v) => !v)}
          >
            {i18n.t('nudge.why')}
          </button>
        )}
      </footer>
      {whyOpen && (
        <div class="why" data-testid="nudge-why-text">
          {why && <p>{why}</p>}
          {shown.source && <p>{i18n.t('nudge.source', { source: shown.source })}</p>}
        </div>
      )}
      <p class="status" role="status">
        {props.status}
      </p>
    </section>
  );
}
