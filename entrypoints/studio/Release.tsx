import { useState } from 'preact/hooks';
import { downloadText } from '../../components/download';
import { StudioProblems } from '../../components/StudioField';
import { type ReleaseLevel, StudioRelease } from '../../components/StudioRelease';
import { setIn } from '../../prompts/studio/edit';
import { prettyPack } from '../../prompts/studio/pretty';
import { bumpVersion, suggestBump } from '../../prompts/studio/version';
import { type Problem, validatePack } from '../../prompts/validate';
import { obj, str } from '../../prompts/validate/loose';
import { installPack } from '../../storage/packs';
import type { StudioDraft } from '../../storage/studio-drafts';
import { i18n } from '../../utils/i18n';
import { signWithKeyFile } from './actions';
import { Publish } from './Publish';

/** Props of {@link Release}. */
export interface ReleaseProps {
  draft: StudioDraft;
  problems: readonly Problem[];
  at: (pointer: string) => readonly Problem[];
  say: (message: string) => void;
  /** The pack as released (its version raised once): the draft's new text and new base. */
  onReleased: (released: Record<string, unknown>) => void;
}

/**
 * Export and install (the version raised once from what changed, signed if a key file is given),
 * then Publish: the policies IT needs to give the pack to every managed browser.
 */
export function Release({ draft, problems, at, say, onReleased }: ReleaseProps) {
  const [chosen, setChosen] = useState<ReleaseLevel | null>(null);
  const [keyFile, setKeyFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Problem[]>([]);
  const doc = obj(draft.doc) ?? {};
  const isNew = draft.base === null;
  const suggestion = isNew ? null : suggestBump(draft.base, doc);
  const level: ReleaseLevel = isNew ? 'keep' : (chosen ?? suggestion?.level ?? 'keep');
  const version = str(doc.version) ?? '';
  const next = level === 'keep' ? version : (bumpVersion(version, level) ?? version);

  /** The pack at its release version, checked and signed; null (and said why) when it cannot be. */
  async function prepare(): Promise<{ pack: Record<string, unknown>; signer?: string } | null> {
    const released = setIn(doc, ['version'], next) as Record<string, unknown>;
    const valid = validatePack(released);
    if (!valid.ok) {
      say(i18n.t('studio.status.fixFirst', valid.problems.length));
      return null;
    }
    if (!keyFile) return { pack: released };
    const signed = await signWithKeyFile(keyFile, released);
    if (!signed.ok) {
      say(signed.error);
      return null;
    }
    return { pack: signed.doc, signer: signed.signer };
  }

  /** The draft continues from what was released: unsigned, and measured from it from now on. */
  const released = (pack: Record<string, unknown>) => {
    const { signature: _, ...rest } = pack;
    onReleased(rest);
    setChosen(null);
  };

  async function exportFile() {
    setBusy(true);
    const ready = await prepare();
    setBusy(false);
    if (!ready) return;
    const file = `${str(ready.pack.id)}-${str(ready.pack.version)}.json`;
    downloadText(file, prettyPack(ready.pack), 'application/json');
    released(ready.pack);
    say(
      ready.signer
        ? i18n.t('studio.status.exportedSigned', { file, key: ready.signer })
        : i18n.t('studio.status.exported', { file }),
    );
  }

  async function install() {
    setBusy(true);
    const ready = await prepare();
    const r = ready ? await installPack(ready.pack, 'file') : null;
    setBusy(false);
    if (!ready || !r) return;
    const name = str(ready.pack.name) ?? '';
    if (!r.ok) {
      setRefused(r.problems);
      return say(i18n.t('studio.status.notInstalled', { name }));
    }
    setRefused([]);
    released(ready.pack);
    const values = { name, version: r.pack.version };
    say(
      r.status === 'installed'
        ? i18n.t('studio.status.installed', values)
        : r.status === 'updated'
          ? i18n.t('studio.status.updated', values)
          : i18n.t('studio.status.unchanged', values),
    );
  }

  return (
    <>
      <StudioRelease
        doc={doc}
        version={version}
        next={next}
        suggestion={suggestion}
        isNew={isNew}
        level={level}
        onLevel={setChosen}
        onKeyFile={setKeyFile}
        onExport={() => void exportFile()}
        onInstall={() => void install()}
        busy={busy || problems.length > 0}
        problems={at('/version')}
      />
      {refused.length > 0 && (
        <div role="alert" data-testid="studio-refused">
          <StudioProblems doc={doc} problems={refused} />
        </div>
      )}
      <Publish doc={doc} say={say} />
    </>
  );
}
