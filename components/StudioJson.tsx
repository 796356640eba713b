import type { JsonErrorReason, JsonSyntaxError } from '../prompts/studio/json-syntax';
import { i18n, type MessageKey } from '../utils/i18n';
import { tKey } from './StudioField';

const REASON_KEYS = {
  'smart-quote': 'studio.jsonView.smartQuote',
  'single-quote': 'studio.jsonView.singleQuote',
  'trailing-comma': 'studio.jsonView.trailingComma',
  unterminated: 'studio.jsonView.unterminated',
  'control-character': 'studio.jsonView.controlCharacter',
  'bad-escape': 'studio.jsonView.badEscape',
  end: 'studio.jsonView.end',
  unexpected: 'studio.jsonView.unexpected',
} as const satisfies Record<JsonErrorReason, MessageKey>;

/** Where the JSON text stops being JSON, in words: "Line 3, column 5: a curly quote (“) …". */
export function jsonErrorText(e: JsonSyntaxError): string {
  return i18n.t('studio.jsonView.error', {
    line: e.line,
    column: e.column,
    reason: tKey(REASON_KEYS[e.reason], { found: e.found }),
  });
}

/** Props of {@link StudioJson}. */
export interface StudioJsonProps {
  text: string;
  onText: (text: string) => void;
  /** Why the text is not a pack's JSON, if it is not. */
  error: JsonSyntaxError | 'not-object' | null;
  /** Offered when the slip is one the studio can repair (curly quotes, trailing commas). */
  onRepair: (() => void) | null;
}

/** The pack as JSON text, editable; the forms follow once the text is valid JSON. */
export function StudioJson({ text, onText, error, onRepair }: StudioJsonProps) {
  return (
    <section aria-labelledby="studio-json-h" class="studio-section">
      <h2 id="studio-json-h">{i18n.t('studio.jsonView.label')}</h2>
      <p class="muted" id="studio-json-hint">
        {i18n.t('studio.jsonView.hint')}
      </p>
      {error && (
        <div role="alert" class="studio-json-error">
          <p data-testid="studio-json-error">
            {error === 'not-object' ? i18n.t('studio.jsonView.notPack') : jsonErrorText(error)}
          </p>
          {onRepair && (
            <button type="button" data-testid="studio-json-fix" onClick={onRepair}>
              {i18n.t('studio.jsonView.fix')}
            </button>
          )}
        </div>
      )}
      <textarea
        class="studio-json"
        data-testid="studio-json"
        aria-labelledby="studio-json-h"
        aria-describedby="studio-json-hint"
        aria-invalid={error !== null}
        spellcheck={false}
        rows={30}
        value={text}
        onInput={(e) => onText(e.currentTarget.value)}
      />
    </section>
  );
}
