import { i18n } from '../utils/i18n';
import { endonym, primaryLanguage } from './pack-order';

/** Props of {@link ScriptLanguage}. */
export interface ScriptLanguageProps {
  /** The language chosen, or null to follow the browser's (the default). */
  choice: string | null;
  /** The browser's language, named beside the default. */
  browserLanguage: string;
  /** The languages the built-in packs come in ("en", "es"). */
  languages: readonly string[];
  onChoose: (language: string | null) => void;
}

/**
 * The language of the built-in packs' scripts: the browser's, or one chosen, each named in its
 * own language. History and trends carry across, since every edition has the same prompt ids.
 */
export function ScriptLanguage({
  choice,
  browserLanguage,
  languages,
  onChoose,
}: ScriptLanguageProps) {
  const options: (string | null)[] = [null, ...languages];
  return (
    <div class="script-language">
      {/* Styled as the Trends range: one row of choices, the chosen one marked. */}
      <fieldset class="range" data-testid="script-language" aria-describedby="script-language-help">
        <legend>{i18n.t('packs.scriptsIn')}</legend>
        {options.map((language) => (
          <label key={language ?? ''}>
            <input
              type="radio"
              name="script-language"
              value={language ?? ''}
              data-testid={`script-language-${language ?? 'browser'}`}
              checked={choice === language}
              onChange={() => onChoose(language)}
            />
            {language === null ? (
              i18n.t('packs.scriptsBrowser', {
                language: endonym(primaryLanguage(browserLanguage)),
              })
            ) : (
              <span lang={language}>{endonym(language)}</span>
            )}
          </label>
        ))}
      </fieldset>
      <p class="muted" id="script-language-help">
        {i18n.t('packs.scriptsHelp')}
      </p>
    </div>
  );
}
