import { type CompiledMoment, compileMoments } from '../../prompts/triggers/compile';
import { activePacks } from '../../storage/active-packs';
import { isEnabledUrl } from './sites';

/**
 * The compiled triggers the watcher at `url` evaluates: none on a site that is not enabled.
 * The one place that decides which packs' moments a page can match (precedence and scope).
 */
export async function triggersFor(url: string | undefined): Promise<CompiledMoment[]> {
  if (!(await isEnabledUrl(url))) return [];
  return compileMoments(await activePacks());
}
