import { beforeEach, describe, expect, it } from 'vitest';
import { builtinPacks, englishPacks, spanishPacks } from '../../../prompts/builtin';
import {
  activePacks,
  editionOf,
  enabledDocs,
  inPlay,
  inUse,
  listEditions,
  packsInPlay,
} from '../../../storage/active-packs';
import { db } from '../../../storage/db';
import { installBuiltins, installPack, setPackEnabled } from '../../../storage/packs';
import { pickLanguage, scriptLanguageItem } from '../../../storage/script-language';
import { trainerPack } from './pack-fixture';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await installBuiltins(builtinPacks, 1);
});

const rows = () => db.packs.toArray();
const ids = (packs: { id: string }[]) => packs.map((p) => p.id).sort();
const english = ids([...englishPacks]);
const spanish = ids([...spanishPacks]);

describe('which edition of a built-in pack is in use', () => {
  it('installs and enables both languages', async () => {
    expect(ids(await rows())).toEqual(ids([...builtinPacks]));
    expect((await rows()).every((r) => r.enabled)).toBe(true);
  });

  it("uses the browser's language: Spanish in a Spanish browser, English in an English one", async () => {
    for (const lang of ['es', 'es-MX', 'es-419', 'ES'])
      expect(ids(enabledDocs(await rows(), lang)), lang).toEqual(spanish);
    for (const lang of ['en', 'en-GB', 'en-US'])
      expect(ids(enabledDocs(await rows(), lang)), lang).toEqual(english);
  });

  it('falls back to English in a language with no edition', async () => {
    expect(ids(enabledDocs(await rows(), 'fr-CA'))).toEqual(english);
    expect(ids(enabledDocs(await rows(), ''))).toEqual(english);
  });

  it('gives one prompt per id, so history and nudges never see a prompt twice', async () => {
    for (const lang of ['es', 'en']) {
      const prompts = enabledDocs(await rows(), lang).flatMap((p) => p.prompts.map((q) => q.id));
      expect(new Set(prompts).size, lang).toBe(prompts.length);
      expect(prompts.length, lang).toBe(englishPacks.flatMap((p) => p.prompts).length);
    }
  });

  it("turning off the edition in the browser's language turns the pack off, without switching language", async () => {
    await setPackEnabled('org.attune.core-empathy.es', false);
    const inSpanish = ids(enabledDocs(await rows(), 'es'));
    expect(inSpanish).not.toContain('org.attune.core-empathy');
    expect(inSpanish).not.toContain('org.attune.core-empathy.es');
    expect(inSpanish).toEqual(spanish.filter((id) => id !== 'org.attune.core-empathy.es'));
    // The English browser is unaffected: its own edition is still on.
    expect(ids(enabledDocs(await rows(), 'en'))).toEqual(english);

    await setPackEnabled('org.attune.serious-news', false);
    expect(ids(enabledDocs(await rows(), 'en'))).not.toContain('org.attune.serious-news.es');
  });

  it('in a language with no edition the English original stands for it: turned off, the pack is off', async () => {
    await setPackEnabled('org.attune.serious-news', false);
    const inFrench = ids(enabledDocs(await rows(), 'fr'));
    expect(inFrench).not.toContain('org.attune.serious-news.es');
    expect(inFrench).toEqual(english.filter((id) => id !== 'org.attune.serious-news'));
  });

  it('uses nothing of a pack whose editions are all off', async () => {
    await setPackEnabled('org.attune.team-learning', false);
    await setPackEnabled('org.attune.team-learning.es', false);
    for (const lang of ['es', 'en'])
      expect(enabledDocs(await rows(), lang).map((p) => p.id)).not.toContain(
        expect.stringContaining('team-learning'),
      );
  });

  it("leaves a trainer's packs as the user enabled them, whatever their id or language", async () => {
    const r = await installPack(
      { ...trainerPack(), id: 'org.attune.core-empathy.es.ward', locale: 'es' },
      'file',
    );
    expect(r.ok).toBe(true);
    const own = await installPack(
      { ...trainerPack(), id: 'org.example.ward.es', locale: 'es' },
      'file',
    );
    expect(own.ok).toBe(true);
    for (const lang of ['es', 'en']) {
      const used = enabledDocs(await rows(), lang).map((p) => p.id);
      expect(used, lang).toEqual(
        expect.arrayContaining(['org.attune.core-empathy.es.ward', 'org.example.ward.es']),
      );
    }
    const row = (await rows()).find((p) => p.id === 'org.example.ward.es');
    expect(row && editionOf(row)).toBe('org.example.ward.es');
  });

  it('keeps the stored order of the rows it uses', async () => {
    const all = await rows();
    const used = inUse(all, 'es').map((r) => r.id);
    expect(used).toEqual(all.map((r) => r.id).filter((id) => used.includes(id)));
  });
});

describe('the packs nudges draw on', () => {
  it('marks built-ins, and leaves them out when the policy switched them off', async () => {
    expect((await installPack(trainerPack(), 'file')).ok).toBe(true);
    const on = inPlay(await rows(), false, 'en');
    expect(on.filter((p) => !p.builtin).map((p) => p.pack.id)).toEqual([
      'org.example.ward-handover',
    ]);
    expect(ids(on.filter((p) => p.builtin).map((p) => p.pack))).toEqual(english);
    const off = inPlay(await rows(), true, 'en');
    expect(off.map((p) => [p.pack.id, p.builtin])).toEqual([['org.example.ward-handover', false]]);
  });
});

describe('the language chosen for built-in scripts (Options › Packs)', () => {
  it("follows the browser's language unless a language is chosen", () => {
    expect(pickLanguage('browser', 'es-MX')).toBe('es-MX');
    expect(pickLanguage(undefined, 'es')).toBe('es');
    expect(pickLanguage('', 'es')).toBe('es');
    expect(pickLanguage('en', 'es-MX')).toBe('en');
    expect(pickLanguage('es', 'en-US')).toBe('es');
  });

  it('picks the edition nudges, the popup and the views use, in an English browser', async () => {
    const used = async () => ({
      active: ids(await activePacks()),
      inPlay: ids((await packsInPlay()).map((p) => p.pack)),
    });
    expect(await used()).toEqual({ active: english, inPlay: english });
    await scriptLanguageItem.setValue('es');
    expect(await used()).toEqual({ active: spanish, inPlay: spanish });
    await scriptLanguageItem.setValue('browser');
    expect(await used()).toEqual({ active: english, inPlay: english });
  });
});

describe('the Packs list: one row per pack', () => {
  it('lists a built-in pack once, by its edition in the language, with every edition', async () => {
    expect(
      (await installPack({ ...trainerPack(), id: 'org.example.ward.es', locale: 'es' }, 'file')).ok,
    ).toBe(true);
    for (const [lang, edition] of [
      ['es', 'org.attune.core-empathy.es'],
      ['en-GB', 'org.attune.core-empathy'],
      ['fr', 'org.attune.core-empathy'],
    ] as const) {
      const listed = listEditions(await rows(), (r) => r, lang);
      expect(listed.map((l) => l.base).sort(), lang).toEqual(
        [...english, 'org.example.ward.es'].sort(),
      );
      const core = listed.find((l) => l.base === 'org.attune.core-empathy');
      expect(core?.item.id, lang).toBe(edition);
      expect(core?.editions.sort(), lang).toEqual([
        'org.attune.core-empathy',
        'org.attune.core-empathy.es',
      ]);
      expect(listed.find((l) => l.base === 'org.example.ward.es')?.editions).toEqual([
        'org.example.ward.es',
      ]);
    }
  });

  it('shows the edition in use even when it is off, so the list says the pack is off', async () => {
    await setPackEnabled('org.attune.core-empathy.es', false);
    const core = listEditions(await rows(), (r) => r, 'es').find(
      (l) => l.base === 'org.attune.core-empathy',
    );
    expect(core?.item).toMatchObject({ id: 'org.attune.core-empathy.es', enabled: false });
  });
});
