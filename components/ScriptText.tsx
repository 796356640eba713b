import { scriptParts } from '../utils/placeholders';

/**
 * A script as it is read: said words as text, and each fill-in part such as "[the result]" as
 * a distinct element (kept with its brackets, so copied text keeps it too).
 */
export function ScriptText({ text, fillTitle }: { text: string; fillTitle: string }) {
  return (
    <>
      {scriptParts(text).map((part, i) =>
        part.fill ? (
          <mark key={i} class="script-fill" data-testid="script-fill" title={fillTitle}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
