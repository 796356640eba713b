import { i18n } from '../../utils/i18n';
import type { PackSourceModule } from './types';

/** A pack file the user chose or dropped on the options page; it never updates by itself. */
export const fileSource: PackSourceModule = {
  kind: 'file',
  describe: () => i18n.t('packs.sourceFile'),
};

/** Reads a chosen or dropped file as text; installPack checks its size and content. */
export function readPackFile(file: Blob): Promise<string> {
  return file.text();
}
