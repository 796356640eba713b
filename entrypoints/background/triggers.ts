import { onWholeOrigin, scopePacks } from '../../prompts/policy/scope';
import { type CompiledMoment, compileMoments } from '../../prompts/triggers/compile';
import { packsInPlay } from '../../storage/active-packs';
import { isEnabledUrl } from './sites';

/**
 * What `triggersFor(url)` depends on besides the stored state: the url's origin ('' for none or
 * an address that does not parse). Two urls with the same key get the same answer until the packs
 * table, the policy state (`policyStateItem`, the built-in packs' switch), the enabled sites or
 * the browser's language change.
 */
export function triggersKey(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

/**
 * The compiled triggers the watcher at `url` evaluates: none on a site that is not enabled.
 * The one place that decides which packs' moments a page can match (precedence and scope):
 * the packs in play (no built-ins when the policy switched them off), installed ones first, and
 * no built-in moment that an installed pack replaces on the whole of the url's origin.
 */
export async function triggersFor(url: string | undefined): Promise<CompiledMoment[]> {
  if (!(await isEnabledUrl(url))) return [];
  const packs = scopePacks(await packsInPlay(), onWholeOrigin(triggersKey(url) || undefined));
  return compileMoments(packs.map((p) => p.pack));
}
