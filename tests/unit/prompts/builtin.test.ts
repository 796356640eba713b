import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinPacks, englishPacks, spanishPacks } from '../../../prompts/builtin';
import { checklistFor } from '../../../prompts/policy/choose';
import { compileMoments } from '../../../prompts/triggers/compile';
import { validatePack } from '../../../prompts/validate';
import { countWords } from '../../../prompts/validate/speech';

const dir = resolve(import.meta.dirname, '../../../prompts');
/** Pack files: English in prompts/, Spanish in prompts/es/. */
const files = ['', 'es/'].flatMap((sub) =>
  readdirSync(resolve(dir, sub))
    .filter((f) => f.endsWith('.json') && f !== 'pack.schema.json')
    .map((f) => `${sub}${f}`),
);
/** Each language's built-ins: ids are unique within a language and shared across them. */
const LANGUAGES = [
  ['en', englishPacks],
  ['es', spanishPacks],
] as const;
const prompts = builtinPacks.flatMap((p) => p.prompts);
const momentsById = (id: string) =>
  builtinPacks.flatMap((p) => p.moments.filter((m) => m.id === id));
const momentIds = [...new Set(builtinPacks.flatMap((p) => p.moments.map((m) => m.id)))];
/** The order the extension's database lists installed packs in (by id). */
const byId = [...builtinPacks].sort((a, b) => a.id.localeCompare(b.id));

describe('built-in packs', () => {
  it('ships every pack file in prompts/, each valid and already in its parsed form', () => {
    expect(builtinPacks.length).toBe(files.length);
    for (const file of files) {
      const text = readFileSync(resolve(dir, file), 'utf8');
      const r = validatePack(text);
      expect(r.ok ? [] : r.problems, file).toEqual([]);
      // Defaults are spelled out, so the unvalidated import equals what the schema would return.
      if (r.ok) expect(builtinPacks.find((p) => p.id === r.pack.id)).toEqual(r.pack);
    }
  });

  it('has at least seven packs and 100 prompts per language, with unique pack ids and prompt ids', () => {
    expect(new Set(builtinPacks.map((p) => p.id)).size).toBe(builtinPacks.length);
    expect(englishPacks.length + spanishPacks.length).toBe(builtinPacks.length);
    for (const [lang, packs] of LANGUAGES) {
      const own = packs.flatMap((p) => p.prompts);
      expect(packs.length, lang).toBeGreaterThanOrEqual(7);
      expect(own.length, lang).toBeGreaterThanOrEqual(100);
      expect(new Set(own.map((p) => p.id)).size, lang).toBe(own.length);
      for (const p of packs) expect(p.locale, p.id).toBe(lang);
    }
  });

  it('defines each moment identically wherever a pack of one language declares it', () => {
    for (const [lang, packs] of LANGUAGES)
      for (const id of momentIds) {
        const defs = packs.flatMap((p) => p.moments.filter((m) => m.id === id));
        expect(defs.length, `${lang} ${id}`).toBeGreaterThan(0);
        for (const d of defs) expect(d, `${lang} ${id}`).toEqual(defs[0]);
      }
  });

  it('triggers on the wording the issue names, and routine visits not on other screens', () => {
    const kw = (id: string) => momentsById(id)[0]?.triggers.keywords ?? [];
    expect(kw('serious-news')).toEqual(expect.arrayContaining(['palliative', 'hospice']));
    expect(kw('diagnostic-results')).toEqual(
      expect.arrayContaining(['pathology', 'biopsy', 'oncology']),
    );
    expect(kw('goals-of-care')).toContain('goals of care');
    expect(kw('family-meeting')).toContain('family meeting');
    expect(kw('interpreter')).toContain('interpreter');
    expect(kw('adverse-event')).toContain('incident report');
    expect(kw('child-and-family')).toEqual(expect.arrayContaining(['paediatric', 'pediatric']));
    expect(kw('results')).toContain('results');
    expect(kw('discharge')).toContain('discharge');
    expect(kw('telehealth')).toEqual(expect.arrayContaining(['telehealth', 'video visit']));
    expect(kw('routine-visit')).toEqual(expect.arrayContaining(['progress note', 'visit note']));
    for (const screen of [
      'chart summary',
      'unit monitoring board',
      'nursing handover',
      "today's schedule",
      'inbox',
    ]) {
      for (const k of kw('routine-visit'))
        expect(screen.includes(k.toLowerCase()), `${k} in ${screen}`).toBe(false);
    }
  });

  it('keeps news known to be serious off screens that may hold normal results', () => {
    // Headings of results screens (tests/fixtures/site): pathology may be benign, so only the
    // neutral moments may match them, never `serious-news` or `goals-of-care`.
    const screens = [
      'results review',
      'laboratory',
      'surgical pathology report',
      'biopsy report',
      'revisión de resultados',
      'resultados de laboratorio',
      'informe de anatomía patológica',
      'anatomia patologica',
      'informe de biopsia',
      'interpretación de resultados',
    ];
    for (const id of ['serious-news', 'goals-of-care', 'family-meeting', 'interpreter'])
      for (const k of momentsById(id).flatMap((m) => m.triggers.keywords))
        for (const screen of screens)
          expect(screen.includes(k.toLowerCase()), `${id}: ${k} in ${screen}`).toBe(false);
  });

  it('lists results before pathology results, so a results screen leads with the neutral moment', () => {
    const order = compileMoments(byId).map((m) => m.id);
    expect(order.indexOf('results')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('results')).toBeLessThan(order.indexOf('diagnostic-results'));
  });

  it('gives the active-listening checklist, with stable item ids, to every moment', () => {
    const core = builtinPacks.find((p) => p.id === 'org.attune.core-empathy');
    const checklist = core?.prompts.find((p) => p.id === 'active-listening');
    expect(checklist?.kind).toBe('checklist');
    expect(checklist?.items?.map((i) => i.id)).toEqual([
      'eye-level',
      'open-question',
      'let-finish',
      'reflect-feelings',
      'summarise',
      'what-else',
      'check-understanding',
    ]);
    expect(checklist?.moments.sort()).toEqual(core?.moments.map((m) => m.id).sort());
    // It is the checklist the card and the encounter form get for every moment.
    for (const id of momentIds) expect(checklistFor(byId, id)?.id, id).toBe('active-listening');
    const firstChecklist = byId.flatMap((p) => p.prompts).find((p) => p.kind === 'checklist');
    expect(firstChecklist?.id).toBe('active-listening');
  });

  it('ships five default rating items per language on a labelled 1–5 scale', () => {
    for (const [lang, packs] of LANGUAGES)
      expect(
        packs.flatMap((p) => p.ratingItems),
        lang,
      ).toHaveLength(5);
    const items = builtinPacks.flatMap((p) => p.ratingItems);
    for (const item of items)
      expect(item.scale).toMatchObject({ min: 1, max: 5, labels: expect.any(Array) });
  });

  it('tags and sources every prompt, with honest timings and every kind represented', () => {
    for (const p of prompts) {
      expect(p.framework && p.component && p.source, p.id).toBeTruthy();
      const spoken = Math.ceil(countWords(p.text) / 2.5);
      if (p.kind === 'script') {
        expect(countWords(p.text), p.id).toBeLessThanOrEqual(100);
        expect(p.seconds, p.id).toBeGreaterThanOrEqual(spoken);
        expect(p.seconds, p.id).toBeLessThanOrEqual(spoken + 5);
      }
    }
    expect(new Set(prompts.map((p) => p.kind))).toEqual(
      new Set(['script', 'checklist', 'reflection', 'self-care']),
    );
  });

  it('carries no items of copyrighted instruments', () => {
    const all = JSON.stringify(builtinPacks).toLowerCase();
    for (const name of ['jefferson', 'care measure', 'consultation and relational empathy'])
      expect(all).not.toContain(name);
  });
});
