import { useState } from 'preact/hooks';
import { downloadText, today } from '../../components/download';
import { encounterOptions } from '../../components/encounter-options';
import { tryWrite } from '../../components/try-write';
import { enabledPacks } from '../../storage/active-packs';
import {
  type Backup,
  eachEncounterPage,
  importBackup,
  makeBackup,
  parseBackup,
  previewImport,
  readAllEncounters,
} from '../../storage/backup';
import { deleteAllData } from '../../storage/encounters';
import { coachSummaryCsv, csvBuilder, ratingColumns } from '../../storage/exports';
import { packNames } from '../../storage/pack-names';
import { i18n, uiLocale } from '../../utils/i18n';

type Pending = { backup: Backup; total: number; added: number; existing: number };

/** A count as the user's locale writes it. */
const num = (n: number) => n.toLocaleString(uiLocale());

/** Options › Your data: export, import, delete. Nothing leaves the device unless saved here. */
export function DataSection({ say }: { say: (message: string) => void }) {
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(
    null,
  );
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const track = (label: string) => (done: number, total: number) =>
    setProgress({ label, done, total });

  async function exportWith(kind: 'json' | 'csv' | 'coach') {
    const onProgress = track(i18n.t('data.exporting'));
    if (kind === 'json') {
      const backup = await makeBackup(Date.now(), onProgress);
      downloadText(`attune-backup-${today()}.json`, JSON.stringify(backup), 'application/json');
      const n = backup.encounters.length;
      say(i18n.t('data.backupSaved', n, [num(n)]));
    } else if (kind === 'csv') {
      const packs = await enabledPacks();
      const known = encounterOptions(packs).items.map((i) => i.id);
      const build = csvBuilder(known, packNames(packs));
      await eachEncounterPage(build.add, onProgress);
      const { csv, count } = build.finish();
      downloadText(`attune-encounters-${today()}.csv`, csv, 'text/csv');
      say(i18n.t('data.csvSaved', count, [num(count)]));
    } else {
      const [all, packs] = await Promise.all([readAllEncounters(onProgress), enabledPacks()]);
      const items = ratingColumns(
        all,
        encounterOptions(packs).items.map((i) => i.id),
      );
      const csv = coachSummaryCsv(all, items, uiLocale(), packNames(packs).items);
      downloadText(`attune-coach-summary-${today()}.csv`, csv, 'text/csv');
      say(i18n.t('data.coachSaved'));
    }
    setProgress(null);
  }

  async function choose(file: File) {
    setPending(null);
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) return setError(parsed.error);
    setError('');
    setPending({ backup: parsed.backup, ...(await previewImport(parsed.backup)) });
  }

  async function confirmImport(p: Pending) {
    const done = await tryWrite(
      () => importBackup(p.backup, track(i18n.t('data.importing'))),
      (reason) => say(i18n.t('data.importFailed', { reason })),
    );
    setProgress(null);
    // A failed import keeps its preview, so Import can be tried again without choosing the file.
    if (!done.ok) return;
    say(
      i18n.t('data.imported', p.total, [num(p.total)], {
        added: num(p.added),
        existing: num(p.existing),
      }),
    );
    setPending(null);
  }

  return (
    <section aria-labelledby="data-h" data-testid="data">
      <h2 id="data-h">{i18n.t('data.heading')}</h2>
      <p>{i18n.t('data.intro')}</p>
      <div class="row">
        <button type="button" data-testid="export-json" onClick={() => void exportWith('json')}>
          {i18n.t('data.exportJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void exportWith('csv')}>
          {i18n.t('data.exportCsv')}
        </button>
        <button type="button" data-testid="export-coach" onClick={() => void exportWith('coach')}>
          {i18n.t('data.exportCoach')}
        </button>
      </div>
      <p class="muted">{i18n.t('data.csvHint')}</p>
      {progress && (
        <label class="field">
          <span>{progress.label}</span>
          <progress data-testid="data-progress" max={progress.total || 1} value={progress.done} />
        </label>
      )}
      <label class="field">
        <span>{i18n.t('data.importLabel')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void choose(file);
          }}
        />
      </label>
      {error && (
        <p class="error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {pending && (
        <div class="preview" data-testid="import-preview">
          <p>
            {i18n.t('data.preview', pending.total, [num(pending.total)], {
              added: num(pending.added),
              existing: num(pending.existing),
            })}
          </p>
          <div class="row">
            <button
              type="button"
              class="primary"
              data-testid="import-confirm"
              onClick={() => void confirmImport(pending)}
            >
              {i18n.t('data.import')}
            </button>
            <button type="button" data-testid="import-cancel" onClick={() => setPending(null)}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <h3>{i18n.t('data.deleteHeading')}</h3>
      {confirmDelete ? (
        <div class="row" data-testid="delete-all-confirmation">
          <span>{i18n.t('data.deleteQuestion')}</span>
          <button
            type="button"
            class="danger"
            data-testid="delete-all-confirm"
            onClick={async () => {
              // On failure the question stays open, for another try.
              if (!(await tryWrite(deleteAllData, say)).ok) return;
              setConfirmDelete(false);
              say(i18n.t('data.deletedAll'));
            }}
          >
            {i18n.t('data.deleteConfirm')}
          </button>
          <button
            type="button"
            data-testid="delete-all-cancel"
            onClick={() => setConfirmDelete(false)}
          >
            {i18n.t('data.deleteKeep')}
          </button>
        </div>
      ) : (
        <button type="button" data-testid="delete-all" onClick={() => setConfirmDelete(true)}>
          {i18n.t('data.deleteOpen')}
        </button>
      )}
    </section>
  );
}
