import { useEffect, useRef, useState } from 'preact/hooks';
import { HelpContacts } from '../../components/HelpContacts';
import { PacingBar } from '../../components/PacingBar';
import { ScriptText } from '../../components/ScriptText';
import { tryWrite } from '../../components/try-write';
import type { Prompt } from '../../prompts/schema';
import { enabledDocs, packsAtOpen, packUse } from '../../storage/active-packs';
import {
  addHelpContact,
  type HelpContact,
  listHelpContacts,
  removeHelpContact,
} from '../../storage/help-contacts';
import { getVariant, setVariant } from '../../storage/variants';
import { i18n } from '../../utils/i18n';
import { VARIANT_MAX } from '../../utils/text-limits';

/**
 * Options › Practice: rehearse a script aloud against its pace (fill-in parts shown as such, and
 * why it works); keep a version in your words; and "When it is too much", the user's own help
 * contacts.
 */
export function PracticeSection({ say }: { say: (message: string) => void }) {
  const [scripts, setScripts] = useState<Prompt[]>([]);
  const [id, setId] = useState('');
  const [own, setOwn] = useState('');
  const [saved, setSaved] = useState('');
  const [showPack, setShowPack] = useState(false);
  const [elapsed, setElapsed] = useState<number | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const [contacts, setContacts] = useState<HelpContact[]>([]);

  useEffect(() => {
    void listHelpContacts().then(setContacts);
    // The packs in use: without the built-ins where the organisation switched them off.
    void Promise.all([packsAtOpen(), packUse()]).then(([rows, use]) => {
      const packs = enabledDocs(rows, use);
      const seen = new Set<string>();
      const list = packs
        .flatMap((p) => p.prompts)
        .filter((p) => p.kind === 'script' && !seen.has(p.id) && seen.add(p.id));
      setScripts(list);
      if (list[0]) void pick(list[0].id);
    });
    return () => clearInterval(timer.current);
  }, []);

  async function pick(next: string) {
    stop();
    setId(next);
    const variant = (await getVariant(next))?.text ?? '';
    setOwn(variant);
    setSaved(variant);
    setShowPack(false);
  }
  function stop() {
    clearInterval(timer.current);
    timer.current = undefined;
  }
  function start() {
    stop();
    const t0 = performance.now();
    setElapsed(0);
    timer.current = window.setInterval(() => {
      const s = (performance.now() - t0) / 1000;
      setElapsed(s);
      if (s >= (script?.seconds ?? 0)) stop();
    }, 100);
  }

  const script = scripts.find((s) => s.id === id);
  const text = saved && !showPack ? saved : script?.text;
  return (
    <section aria-labelledby="practice-h" data-testid="practice">
      <h2 id="practice-h">{i18n.t('practice.heading')}</h2>
      <label class="field">
        <span>{i18n.t('practice.script')}</span>
        <select
          data-testid="practice-script"
          value={id}
          onChange={(e) => void pick(e.currentTarget.value)}
        >
          {scripts.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.framework})
            </option>
          ))}
        </select>
      </label>
      {script && (
        <>
          <blockquote class="script" data-testid="practice-text">
            <ScriptText text={text ?? ''} fillTitle={i18n.t('practice.fillIn')} />
          </blockquote>
          {script.why && (
            <details data-testid="practice-why">
              <summary>{i18n.t('practice.whyShow')}</summary>
              <p>{script.why}</p>
              <p class="muted">
                {i18n.t('practice.sourceLabel')} {script.source}
              </p>
            </details>
          )}
          {saved && (
            <button
              type="button"
              data-testid="practice-toggle"
              onClick={() => setShowPack(!showPack)}
            >
              {showPack ? i18n.t('practice.showMine') : i18n.t('practice.showPack')}
            </button>
          )}
          <div class="row">
            <button type="button" class="primary" data-testid="practice-start" onClick={start}>
              {elapsed === null ? i18n.t('practice.readAloud') : i18n.t('practice.startAgain')}
            </button>
          </div>
          <PacingBar seconds={script.seconds} elapsed={elapsed ?? 0} />
          <label class="field">
            <span>{i18n.t('practice.ownWords')}</span>
            <textarea
              data-testid="practice-own"
              rows={3}
              maxLength={VARIANT_MAX}
              value={own}
              onInput={(e) => setOwn(e.currentTarget.value)}
            />
          </label>
          <button
            type="button"
            data-testid="practice-save"
            onClick={async () => {
              // On failure the wording stays in the field, for another try.
              if (!(await tryWrite(() => setVariant(script.id, own), say)).ok) return;
              setSaved(own.trim());
              say(own.trim() ? i18n.t('practice.saved') : i18n.t('practice.removed'));
            }}
          >
            {i18n.t('practice.saveMine')}
          </button>
        </>
      )}
      <HelpContacts
        contacts={contacts}
        onAdd={async (contact) => {
          const r = await tryWrite(() => addHelpContact(contact), say);
          if (!r.ok) return false;
          setContacts(await listHelpContacts());
          say(i18n.t('help.added'));
          return true;
        }}
        onRemove={async (id) => {
          if (!(await tryWrite(() => removeHelpContact(id), say)).ok) return;
          setContacts(await listHelpContacts());
          say(i18n.t('help.removed'));
        }}
      />
    </section>
  );
}
