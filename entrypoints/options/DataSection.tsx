import { useState } from 'preact/hooks';
import { downloadText, today } from '../../components/download';
import { encounterOptions } from '../../components/encounter-options';
import { activePacks } from '../../storage/active-packs';
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

type Pending = { backup: Backup; total: number; added: number; existing: number };

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
    const onProgress = track('Exporting');
    if (kind === 'json') {
      const backup = await makeBackup(Date.now(), onProgress);
      downloadText(`attune-backup-${today()}.json`, JSON.stringify(backup), 'application/json');
      say(`Backup saved: ${backup.encounters.length} encounters.`);
    } else if (kind === 'csv') {
      const known = encounterOptions(await activePacks()).items.map((i) => i.id);
      const build = csvBuilder(known);
      await eachEncounterPage(build.add, onProgress);
      const { csv, count } = build.finish();
      downloadText(`attune-encounters-${today()}.csv`, csv, 'text/csv');
      say(`CSV saved: ${count} encounters.`);
    } else {
      const [all, packs] = await Promise.all([readAllEncounters(onProgress), activePacks()]);
      const items = ratingColumns(
        all,
        encounterOptions(packs).items.map((i) => i.id),
      );
      downloadText(`attune-coach-summary-${today()}.csv`, coachSummaryCsv(all, items), 'text/csv');
      say('Coach summary saved.');
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
    try {
      await importBackup(p.backup, track('Importing'));
      say(`Imported ${p.total} encounters (${p.added} new, ${p.existing} updated).`);
    } catch (e) {
      setError(
        `The import failed and nothing was changed: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    setPending(null);
    setProgress(null);
  }

  return (
    <section aria-labelledby="data-h" data-testid="data">
      <h2 id="data-h">Your data</h2>
      <p>
        Your encounters stay on this device. Export them as files, bring a backup back, or delete
        everything.
      </p>
      <div class="row">
        <button type="button" data-testid="export-json" onClick={() => void exportWith('json')}>
          Export backup (JSON)
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void exportWith('csv')}>
          Export CSV
        </button>
        <button type="button" data-testid="export-coach" onClick={() => void exportWith('coach')}>
          Coach summary (no notes)
        </button>
      </div>
      {progress && (
        <label class="field">
          <span>{progress.label}…</span>
          <progress data-testid="data-progress" max={progress.total || 1} value={progress.done} />
        </label>
      )}
      <label class="field">
        <span>Import a backup</span>
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
            This backup holds {pending.total} encounters: {pending.added} new, {pending.existing}{' '}
            already here (they will be replaced by the backup's copy).
          </p>
          <div class="row">
            <button
              type="button"
              class="primary"
              data-testid="import-confirm"
              onClick={() => void confirmImport(pending)}
            >
              Import
            </button>
            <button type="button" data-testid="import-cancel" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <h3>Delete all data</h3>
      {confirmDelete ? (
        <div class="row" data-testid="delete-all-confirmation">
          <span>
            Delete every encounter, prompt event and personal wording? This cannot be undone.
          </span>
          <button
            type="button"
            class="danger"
            data-testid="delete-all-confirm"
            onClick={async () => {
              await deleteAllData();
              setConfirmDelete(false);
              say('All your data was deleted.');
            }}
          >
            Yes, delete everything
          </button>
          <button
            type="button"
            data-testid="delete-all-cancel"
            onClick={() => setConfirmDelete(false)}
          >
            Keep my data
          </button>
        </div>
      ) : (
        <button type="button" data-testid="delete-all" onClick={() => setConfirmDelete(true)}>
          Delete all data…
        </button>
      )}
    </section>
  );
}
