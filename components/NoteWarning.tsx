import type { IdentifierSpan } from '../storage/note-check';
import { KIND_NAMES } from '../storage/note-check';

/** Props of {@link NoteWarning}. */
export interface NoteWarningProps {
  note: string;
  spans: readonly IdentifierSpan[];
  onRemove: () => void;
  onSaveAnyway: () => void;
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

/** Warns that the private note looks like it holds patient identifiers; offers to remove them. */
export function NoteWarning({ note, spans, onRemove, onSaveAnyway }: NoteWarningProps) {
  const kinds = [...new Set(spans.map((s) => KIND_NAMES[s.kind]))];
  return (
    <div class="note-warning" role="alert" data-testid="note-warning">
      <p>
        <strong>This note may identify a patient</strong> ({kinds.join(', ')}). Keep notes about
        your own practice.
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
          Remove them
        </button>
        <button type="button" data-testid="note-save-anyway" onClick={onSaveAnyway}>
          Save anyway
        </button>
      </div>
    </div>
  );
}
