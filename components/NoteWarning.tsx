import type { IdentifierKind, IdentifierSpan } from '../storage/note-check';
import { fillParts, i18n, type MessageKey, rawMessage, uiLocale } from '../utils/i18n';

/** Props of {@link NoteWarning}. */
export interface NoteWarningProps {
  note: string;
  spans: readonly IdentifierSpan[];
  onRemove: () => void;
  /** Saves the note as it is; the button shows only when given (an editor saves anyway). */
  onSaveAnyway?: () => void;
}

/** The note with its identifier-like parts marked, split into plain and marked pieces. */
function pieces(note: string, spans: readonly IdentifierSpan[]) {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ text: note.slice(at, s.start), mark: false });
    out.push({ text: note.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < note.length) out.push({ text: note.slice(at), mark: false });
  return out;
}

/** What each identifier kind is called in the warning ("a phone number"). */
const KIND_NAMES = {
  date: 'log.idDate',
  email: 'log.idEmail',
  phone: 'log.idPhone',
  'national-id': 'log.idNationalId',
  'record-number': 'log.idRecordNumber',
  name: 'log.idName',
} as const satisfies Record<IdentifierKind, MessageKey>;

/** What an identifier kind is called in the warning. */
export const kindName = (kind: IdentifierKind): string => i18n.t(KIND_NAMES[kind]);

/**
 * Warns that the private note looks like it holds patient identifiers; offers to remove them.
 * It follows the note as it is typed: only its sentence is a live region, so a screen reader
 * hears it when what was found changes, not the note again at every key.
 */
export function NoteWarning({ note, spans, onRemove, onSaveAnyway }: NoteWarningProps) {
  const kinds = [...new Set(spans.map((s) => kindName(s.kind)))];
  // A "unit" list joins with commas in English ("a date, a phone number") and reads naturally in
  // other languages ("una fecha y un número de teléfono").
  const list = new Intl.ListFormat(uiLocale(), { type: 'unit', style: 'long' }).format(kinds);
  return (
    <div class="note-warning" data-testid="note-warning">
      <p role="alert">
        {fillParts(rawMessage('log.warning'), {
          title: <strong>{i18n.t('log.warningTitle')}</strong>,
          kinds: list,
        })}
      </p>
      <p class="note-preview" data-testid="note-preview">
        {pieces(note, spans).map((p, i) =>
          p.mark ? (
            <mark key={i} data-testid="note-identifier">
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      <div class="row">
        <button type="button" class="primary" data-testid="note-remove" onClick={onRemove}>
          {i18n.t('log.removeThem')}
        </button>
        {onSaveAnyway && (
          <button type="button" data-testid="note-save-anyway" onClick={onSaveAnyway}>
            {i18n.t('log.saveAnyway')}
          </button>
        )}
      </div>
    </div>
  );
}
