import { browser } from 'wxt/browser';
import { BUILTIN_DIR, BUILTIN_FILES } from '../../prompts/builtin-files';
import type { Pack } from '../../prompts/schema';

/**
 * The built-in packs, read from the extension's own files (no network: the extension's origin).
 * Only install needs them, so the service worker does not carry them in its bundle.
 */
export function loadBuiltins(read: typeof fetch = fetch): Promise<Pack[]> {
  return Promise.all(
    BUILTIN_FILES.map(async (file) => {
      const res = await read(browser.runtime.getURL(`/${BUILTIN_DIR}/${file}` as '/'));
      return (await res.json()) as Pack;
    }),
  );
}
