import { useEffect, useState } from 'preact/hooks';
import type { DismissReason } from '../utils/domain';
import { i18n, type MessageKey } from '../utils/i18n';
import type { NudgeStep } from '../utils/messages';
import { scriptParts } from '../utils/placeholders';

/** A script with its fill-in parts ("[the result]") set apart, brackets kept as copied. */
export function Script({ text }: { text: string }) {
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

/** "Step 2 of 5 · SPIKES" with Back and Next, for a nudge that begins a sequence. */
export function Steps(props: {
  step: number;
  total: number;
  title: string;
  onStep?: (step: number) => void;
}) {
  const { step, total } = props;
  return (
    <div class="steps">
      <p data-testid="nudge-step">
        {i18n.t('nudge.step', { n: step + 1, total, title: props.title })}
      </p>
      {(['back', 'next'] as const).map((dir) => {
        const to = dir === 'back' ? step - 1 : step + 1;
        const off = to < 0 || to >= total;
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
  );
}

/** What "Not now" offers, in the order shown: each choice's test id and label. */
export const NOT_NOW = [
  ['nudge-hide-page', 'nudge.hidePage'],
  ['nudge-snooze', 'nudge.snoozeHour'],
  ['nudge-snooze-day', 'nudge.snoozeDay'],
  ['nudge-dismiss', 'nudge.dismiss'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/** One of the "Not now" choices, by its test id. */
export type NotNowChoice = (typeof NOT_NOW)[number][0];

/** The id of the "Not now" choices, for their button's aria-controls. */
export const NOT_NOW_ID = 'attune-not-now';

/** The "Not now" choices, shown under their button while it is expanded. */
export function NotNowMenu({ onChoose }: { onChoose: (choice: NotNowChoice) => void }) {
  return (
    <fieldset
      class="menu"
      id={NOT_NOW_ID}
      aria-label={i18n.t('nudge.notNow')}
      data-testid="nudge-not-now-menu"
    >
      {NOT_NOW.map(([id, label]) => (
        <button type="button" key={id} data-testid={id} onClick={() => onChoose(id)}>
          {i18n.t(label)}
        </button>
      ))}
    </fieldset>
  );
}

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

/** After "not for this moment": why, in one optional tap. */
export function Reasons({ onReason }: { onReason: (reason: DismissReason | null) => void }) {
  return (
    <fieldset class="actions reasons" data-testid="dismiss-reasons">
      <legend>{i18n.t('nudge.whyNot')}</legend>
      {DISMISS_REASONS.map((r) => (
        <button type="button" key={r} data-testid={`reason-${r}`} onClick={() => onReason(r)}>
          {reasonLabel(r)}
        </button>
      ))}
      <button type="button" data-testid="reason-skip" onClick={() => onReason(null)}>
        {i18n.t('nudge.skip')}
      </button>
    </fieldset>
  );
}

/**
 * The card's footer: Attune and the pack it comes from, and "Why this works" opening the
 * prompt's why line and its source.
 */
export function About(props: {
  packName: string | undefined;
  shown: Pick<NudgeStep, 'why' | 'source'>;
  onLayout?: () => void;
}) {
  const { why, source } = props.shown;
  const [open, setOpen] = useState(false);
  useEffect(() => props.onLayout?.(), [open]);
  return (
    <>
      <footer>
        <span data-testid="nudge-from">
          {props.packName ? i18n.t('nudge.from', { pack: props.packName }) : i18n.t('extName')}
        </span>
        {(why || source) && (
          <button
            type="button"
            class="link"
            data-testid="nudge-why"
            aria-expanded={open}
            onClick={() => setOpen((v) => !v)}
          >
            {i18n.t('nudge.why')}
          </button>
        )}
      </footer>
      {open && (
        <div class="why" data-testid="nudge-why-text">
          {why && <p>{why}</p>}
          {source && <p>{i18n.t('nudge.source', { source })}</p>}
        </div>
      )}
    </>
  );
}
