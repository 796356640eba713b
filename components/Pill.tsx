import { i18n, uiLocale } from '../utils/i18n';

/** Props of {@link Pill}. */
export interface PillProps {
  label: string;
  /**
   * Ticked and total checklist items, shown when the encounter has a checklist, with the
   * checklist's own title when its pack gives one.
   */
  checklist: { ticked: number; total: number; title?: string } | null;
  onExpand: () => void;
  onOpenChecklist: () => void;
}

/** The collapsed nudge: a small button that opens the card again, and one for the checklist. */
export function Pill({ label, checklist, onExpand, onOpenChecklist }: PillProps) {
  return (
    // The page around the pill may be in another language than its messages.
    <div class="pill-row" lang={uiLocale()}>
      <button
        type="button"
        class="pill"
        data-testid="pill"
        aria-label={i18n.t('nudge.pillLabel', { title: label })}
        onClick={onExpand}
      >
        {i18n.t('extName')}
      </button>
      {checklist && (
        <button
          type="button"
          class="pill"
          data-testid="pill-checklist"
          aria-label={i18n.t('nudge.pillChecklistLabel', {
            title: checklist.title ?? i18n.t('nudge.checklistDefault'),
            ticked: checklist.ticked,
            total: checklist.total,
          })}
          onClick={onOpenChecklist}
        >
          ✓ {checklist.ticked}/{checklist.total}
        </button>
      )}
    </div>
  );
}
