import { momentResult, type ProbeResult } from '../prompts/studio/tab-test';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import { fieldName } from './StudioField';

/** Props of {@link StudioTestResults}. */
export interface StudioTestResultsProps {
  /** The moments' names, by their place in the draft. */
  names: readonly string[];
  results: readonly ProbeResult[];
}

/** A trigger named by its kind and value: "Selectors [data-tab="letter"]: matched". */
function triggerLine(r: ProbeResult): string {
  const values = { kind: fieldName(r.kind), value: r.value };
  if (r.invalid) return i18n.t('studio.teach.triggerInvalid', values);
  if (!r.matched) return i18n.t('studio.teach.triggerNot', values);
  return r.frame
    ? i18n.t('studio.teach.triggerMatchedFrame', { ...values, host: r.frame })
    : i18n.t('studio.teach.triggerMatched', values);
}

/** Which of the draft's moments match the tested tab, and by which trigger. */
export function StudioTestResults({ names, results }: StudioTestResultsProps) {
  return (
    <section aria-labelledby="studio-teach-results-h">
      <h3 id="studio-teach-results-h">{i18n.t('studio.teach.results')}</h3>
      <ul class="studio-teach-results" data-testid="studio-teach-results">
        {names.map((name, i) => {
          const { matched, triggers } = momentResult(results, i);
          return (
            <li key={i} data-testid="studio-teach-moment" data-matched={matched}>
              <strong>
                {matched
                  ? i18n.t('studio.teach.matches', { name })
                  : i18n.t('studio.teach.noMatch', { name })}
              </strong>
              {triggers.length === 0 ? (
                <p class="muted">{i18n.t('studio.teach.noTriggers')}</p>
              ) : (
                <ul>
                  {triggers.map((r) => (
                    <li
                      key={`${r.kind}-${r.index}`}
                      data-testid="studio-teach-trigger"
                      data-matched={r.matched}
                      class={r.matched ? 'hit' : 'miss'}
                    >
                      <span aria-hidden="true">{r.matched ? '✓ ' : '✗ '}</span>
                      {triggerLine(r)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The names the results show for a draft's moments: its name, else its id, else its place. */
export function momentNames(doc: unknown): string[] {
  return arr(obj(doc)?.moments).map((m, i) => {
    const o = obj(m);
    const name = typeof o?.name === 'string' && o.name ? o.name : o?.id;
    return typeof name === 'string' && name ? name : i18n.t('studio.label.momentN', { n: i + 1 });
  });
}
