import { describe, expect, it } from 'vitest';
import { englishPacks, spanishPacks } from '../../../prompts/builtin';
import type { Pack } from '../../../prompts/schema';
import { compileMoments } from '../../../prompts/triggers/compile';
import { hasKeyword } from '../../../prompts/triggers/match';
import { placeholders } from '../../../utils/placeholders';

/**
 * The Spanish built-ins are editions of the English ones (docs/content.md, "En español"): the
 * same prompts, moments, checklist items, rating items and placeholders, so a clinician's history
 * and trends carry across languages and the browser's language can choose between them.
 */

/** Placeholders in order, each as the index of its first appearance: `[name] … [name]` is [0, 0]. */
function placeholderShape(text: string): number[] {
  const seen: string[] = [];
  return placeholders(text).map((p) => {
    if (!seen.includes(p)) seen.push(p);
    return seen.indexOf(p);
  });
}

const pairs = englishPacks.map((en, i) => [en, spanishPacks[i] as Pack] as const);

describe('Spanish editions of the built-in packs', () => {
  it('gives every English pack a Spanish edition, in the same order, with the id plus ".es"', () => {
    expect(spanishPacks).toHaveLength(englishPacks.length);
    for (const [en, es] of pairs) {
      expect(es.id).toBe(`${en.id}.es`);
      expect(es.locale).toBe('es');
      expect(en.locale).toBe('en');
      expect([es.format, es.author, es.licence]).toEqual([en.format, en.author, en.licence]);
      expect(es.name).not.toBe(en.name);
    }
  });

  it('has the same prompts, in order, with the same kind, component, source and moments', () => {
    for (const [en, es] of pairs) {
      const shape = (p: Pack['prompts'][number]) => ({
        id: p.id,
        kind: p.kind,
        component: p.component,
        source: p.source,
        moments: p.moments,
        items: p.items?.map((i) => i.id),
      });
      expect(es.prompts.map(shape), es.id).toEqual(en.prompts.map(shape));
    }
  });

  it('writes every text afresh in Spanish', () => {
    for (const [en, es] of pairs)
      es.prompts.forEach((p, i) => {
        const original = en.prompts[i];
        expect(p.title, p.id).not.toBe(original?.title);
        expect(p.text, p.id).not.toBe(original?.text);
        p.items?.forEach((item, j) => {
          expect(item.text, `${p.id} ${item.id}`).not.toBe(original?.items?.[j]?.text);
        });
      });
  });

  it('has the same placeholders in each prompt: as many, in the same order of repeats', () => {
    for (const [en, es] of pairs)
      es.prompts.forEach((p, i) => {
        const original = en.prompts[i] as Pack['prompts'][number];
        expect(placeholderShape(p.text), `${es.id} ${p.id}`).toEqual(
          placeholderShape(original.text),
        );
        expect(placeholderShape(p.title), `${es.id} ${p.id} title`).toEqual(
          placeholderShape(original.title),
        );
      });
  });

  it('fails a prompt whose other language lacks a placeholder, or has one more', () => {
    const en = placeholderShape('The [test] shows [the result].');
    expect(placeholderShape('[la prueba] muestra [el resultado].')).toEqual(en);
    expect(placeholderShape('La prueba muestra [el resultado].')).not.toEqual(en);
    expect(placeholderShape('[la prueba] muestra [el resultado] de [nombre].')).not.toEqual(en);
    expect(placeholderShape('[la prueba] muestra [la prueba].')).not.toEqual(en);
  });

  it('has the same sequences, with the same steps in order and Spanish titles', () => {
    for (const [en, es] of pairs) {
      expect(es.sequences.map((s) => [s.id, s.prompts])).toEqual(
        en.sequences.map((s) => [s.id, s.prompts]),
      );
      es.sequences.forEach((s, i) => {
        expect(s.title).not.toBe(en.sequences[i]?.title);
      });
    }
  });

  it('gives a "why this works" line to the same prompts, written afresh', () => {
    for (const [en, es] of pairs)
      es.prompts.forEach((p, i) => {
        const original = en.prompts[i];
        expect(Boolean(p.why), `${es.id} ${p.id}`).toBe(Boolean(original?.why));
        if (p.why) expect(p.why, p.id).not.toBe(original?.why);
      });
  });

  it('names each framework in one Spanish way, so statistics can join the two languages', () => {
    const toSpanish = new Map<string, string>();
    const toEnglish = new Map<string, string>();
    for (const [en, es] of pairs)
      es.prompts.forEach((p, i) => {
        const original = en.prompts[i]?.framework as string;
        expect(toSpanish.get(original) ?? p.framework, original).toBe(p.framework);
        expect(toEnglish.get(p.framework) ?? original, p.framework).toBe(original);
        toSpanish.set(original, p.framework);
        toEnglish.set(p.framework, original);
      });
  });

  it('has the same moments, in order, with the same URL patterns and selectors', () => {
    for (const [en, es] of pairs) {
      const shape = (m: Pack['moments'][number]) => ({
        id: m.id,
        urlPatterns: m.triggers.urlPatterns,
        selectors: m.triggers.selectors,
      });
      expect(es.moments.map(shape), es.id).toEqual(en.moments.map(shape));
    }
  });

  it('has the same rating items, in order, on the same scale with Spanish labels', () => {
    for (const [en, es] of pairs) {
      expect(
        es.ratingItems.map((r) => [r.id, r.scale.min, r.scale.max, r.scale.labels.length]),
      ).toEqual(en.ratingItems.map((r) => [r.id, r.scale.min, r.scale.max, r.scale.labels.length]));
      es.ratingItems.forEach((r, i) => {
        expect(r.text).not.toBe(en.ratingItems[i]?.text);
        expect(r.scale.labels).not.toEqual(en.ratingItems[i]?.scale.labels);
      });
    }
  });
});

describe('Spanish moment triggers', () => {
  const moments = new Map(spanishPacks.flatMap((p) => p.moments.map((m) => [m.id, m])));
  const englishMoments = new Map(englishPacks.flatMap((p) => p.moments.map((m) => [m.id, m])));
  /** The moments a page heading (lower-cased, as the watcher reads it) matches. */
  const matched = (heading: string) =>
    [...moments.values()]
      .filter((m) => m.triggers.keywords.some((k) => hasKeyword(heading, k.toLowerCase())))
      .map((m) => m.id);

  it('keeps every English keyword, for a Spanish-speaking clinician in an English record', () => {
    for (const [id, en] of englishMoments)
      expect(moments.get(id)?.triggers.keywords, id).toEqual(
        expect.arrayContaining(en.triggers.keywords),
      );
  });

  it('triggers on the headings of Spanish and Latin American records', () => {
    const cases: [string, string][] = [
      ['revisión de resultados', 'results'],
      ['informe de alta', 'discharge'],
      ['nota de egreso', 'discharge'],
      ['informe de anatomía patológica', 'diagnostic-results'],
      ['anatomia patologica', 'diagnostic-results'],
      ['reporte de patología', 'diagnostic-results'],
      ['biopsia de mama', 'diagnostic-results'],
      ['unidad de cuidados paliativos', 'serious-news'],
      ['planificación compartida de la atención', 'goals-of-care'],
      ['documento de instrucciones previas', 'goals-of-care'],
      ['reunión familiar', 'family-meeting'],
      ['solicitud de intérprete', 'interpreter'],
      ['telemedicina', 'telehealth'],
      ['videoconsulta', 'telehealth'],
      ['consulta telefónica', 'telehealth'],
      ['notificación de evento adverso', 'adverse-event'],
      ['urgencias de pediatría', 'child-and-family'],
      ['nota de evolución', 'routine-visit'],
    ];
    for (const [heading, id] of cases) expect(matched(heading), heading).toContain(id);
  });

  it('stays off screens that only look alike', () => {
    const never: [string, string][] = [
      ['patología previa', 'diagnostic-results'], // past medical history, not pathology
      ['antecedentes patológicos', 'diagnostic-results'],
      ['interpretación de resultados', 'interpreter'],
      ['informe de anatomía patológica', 'serious-news'],
      ['informe de biopsia', 'serious-news'],
      ['resultados de laboratorio', 'serious-news'],
      ['efectos adversos del medicamento', 'adverse-event'],
      ['agenda de hoy', 'routine-visit'],
      ['bandeja de entrada', 'routine-visit'],
      ['relevo de enfermería', 'routine-visit'],
      ['resumen de la historia clínica', 'routine-visit'],
    ];
    for (const [heading, id] of never) expect(matched(heading), heading).not.toContain(id);
  });

  it('lists results before pathology results, as the English packs do', () => {
    const order = compileMoments([...spanishPacks].sort((a, b) => a.id.localeCompare(b.id))).map(
      (m) => m.id,
    );
    expect(order.indexOf('results')).toBeLessThan(order.indexOf('diagnostic-results'));
  });
});
