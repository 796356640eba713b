import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../../prompts/builtin';
import { LIMITS } from '../../../prompts/limits';
import { COMPONENTS, type Pack } from '../../../prompts/schema';
import { speechSeconds } from '../../../prompts/validate/speech';

/**
 * What the built-in wording is held to (docs/content.md, "How the wording was checked"). The
 * validator checks the format; this checks the content a communication educator would sign.
 */

/** A phrase communication trainers teach clinicians not to say, and why. */
interface Warned {
  pattern: RegExp;
  why: string;
}

/** A case-insensitive pattern whose ends are word edges in any script ("sé", "ánimo"). */
function es(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * Phrases trainers warn against, by language (the pack locale's first subtag). A pack in a
 * language without a list fails, so a new language brings its own list with it.
 */
const WARNED: Readonly<Record<string, readonly Warned[]>> = {
  en: [
    {
      pattern: /\bI (?:completely |totally |fully |really )?understand\b/i,
      why: 'claims full understanding',
    },
    { pattern: /\bI know (?:how|what|exactly|just)\b/i, why: 'claims full understanding' },
    {
      pattern: /\banyone (?:in your (?:position|shoes)|would)\b/i,
      why: 'generalises the feeling away',
    },
    {
      pattern: /\b(?:I would|I'd) (?:feel|have felt) the same\b/i,
      why: 'makes it about the clinician',
    },
    { pattern: /\bat least\b/i, why: 'minimises ("at least it was caught early")' },
    { pattern: /\beverything happens for a reason\b/i, why: 'minimises' },
    { pattern: /\b(?:could|might) (?:have been|be) worse\b/i, why: 'minimises' },
    { pattern: /\byou(?:'re| are) (?:lucky|fortunate)\b/i, why: 'minimises' },
    { pattern: /\b(?:don't|do not|no need to) worry\b/i, why: 'reassures without safety-netting' },
    { pattern: /\bnothing to worry about\b/i, why: 'reassures without safety-netting' },
    {
      pattern:
        /\b(?:it|everything)(?:'s| is| will be| is going to be) (?:fine|okay|ok|all right)\b/i,
      why: 'reassures without safety-netting',
    },
    { pattern: /\b(?:stay|be|keep) (?:positive|strong)\b/i, why: 'tells the patient how to feel' },
    { pattern: /\bcalm down\b/i, why: 'tells the patient how to feel' },
    {
      pattern: /\bnothing (?:more|else) (?:we|that we|I) can do\b/i,
      why: 'sounds like abandonment',
    },
    { pattern: /\bwithdraw(?:ing|al of)? care\b/i, why: 'care is never withdrawn; treatments are' },
    { pattern: /\b(?:I'll|I will|we'll|we will) always\b/i, why: 'promises what cannot be kept' },
    { pattern: /\balways (?:be )?(?:there|here) for you\b/i, why: 'promises what cannot be kept' },
    { pattern: /\bany ?time\b/i, why: 'promises open-ended availability' },
    { pattern: /\bwhenever\b/i, why: 'promises open-ended availability' },
    { pattern: /\bI (?:promise|guarantee)\b/i, why: 'promises what cannot be kept' },
    { pattern: /\bnot going anywhere\b/i, why: 'promises what cannot be kept' },
    {
      pattern: /\b(?:every|each) step of the way\b|\bthrough (?:every|each) step\b/i,
      why: 'promises what cannot be kept',
    },
    {
      pattern: /\bwant us to do everything\b/i,
      why: 'a yes/no question that hides the real choices',
    },
    { pattern: /\bsorry,? but\b/i, why: '"but" cancels the apology' },
    { pattern: /\bwhy didn't you\b/i, why: 'blames' },
    { pattern: /\byou failed\b/i, why: 'blames the patient for the treatment' },
    { pattern: /\bnon-?complian(?:t|ce)\b/i, why: 'labels the patient' },
    { pattern: /\bmaybe even\b/i, why: 'raises the intensity of the emotion named' },
    {
      pattern: /\bpassed (?:away|on)\b|\bno longer with us\b|\bwe lost (?:him|her|them)\b/i,
      why: 'a euphemism for death can be misheard; say "died"',
    },
    {
      pattern: /\b(?:devastat\w*|terrible|tragic|heartbreaking|horrible)\b/i,
      why: 'intensifies emotion',
    },
  ],
  // Spanish: regular expressions built by `es()`, whose word edges know accented letters (JS's
  // \b does not: it would see no edge after "sé" or before "ánimo").
  es: [
    {
      pattern: es('(?:lo |le |la |les )?(?:entiendo|comprendo)'),
      why: 'claims full understanding ("entiendo perfectamente cómo se siente")',
    },
    { pattern: es('me hago cargo'), why: 'claims full understanding' },
    {
      pattern: es(
        's[eé] (?:exactamente |perfectamente |muy bien |bien )?(?:c[oó]mo|lo que) (?:se )?(?:siente|est[aá]|vive|pasa)',
      ),
      why: 'claims full understanding ("sé cómo se siente")',
    },
    {
      pattern: es(
        'cualquier(?:a| persona) (?:en su (?:lugar|situaci[oó]n|posici[oó]n)|se sentir[ií]a|estar[ií]a)',
      ),
      why: 'generalises the feeling away',
    },
    {
      pattern: es(
        '(?:yo )?(?:tambi[eé]n )?me sentir[ií]a (?:igual|lo mismo)|yo en su lugar|en su lugar,? yo',
      ),
      why: 'makes it about the clinician',
    },
    {
      pattern: es('al menos|por lo menos'),
      why: 'minimises ("al menos lo hemos cogido a tiempo")',
    },
    { pattern: es('menos mal'), why: 'minimises' },
    { pattern: es('todo pasa por algo|es ley de vida'), why: 'minimises' },
    { pattern: es('(?:podr[ií]a|pudo) (?:haber sido|ser|estar) peor'), why: 'minimises' },
    { pattern: es('(?:tiene|ha tenido|tuvo) (?:mucha )?suerte'), why: 'minimises' },
    { pattern: es('voluntad de dios|dios sabe lo que hace'), why: 'imposes a belief' },
    {
      pattern: es(
        'no (?:se preocupe|te preocupes|se preocupen|hay (?:nada de )?qu[eé] preocuparse|tiene (?:nada de )?qu[eé] preocuparse)',
      ),
      why: 'reassures without safety-netting ("no se preocupe")',
    },
    {
      pattern: es('(?:todo )?(?:va a (?:salir|ir|estar)|saldr[aá]|ir[aá]|estar[aá]) (?:muy )?bien'),
      why: 'reassures without safety-netting ("todo va a salir bien")',
    },
    {
      pattern: es(
        'tranquil[oa]s?|tranquil[ií]cese|c[aá]lmese|c[aá]lmate|ti[eé]ne(?:s)? que estar bien',
      ),
      why: 'tells the patient how to feel ("tranquilo/a", "cálmese")',
    },
    {
      pattern: es(
        '(?:sea|s[eé]|ser|sean|hay que ser|tiene que ser|mant[eé]ngase|mantenerse) (?:fuertes?|positiv[oa]s?)|piense en positivo',
      ),
      why: 'tells the patient how to feel',
    },
    {
      pattern: es(
        'nada m[aá]s (?:que (?:podamos )?hacer|(?:que )?(?:podemos|se puede) hacer)|no (?:podemos|se puede) hacer (?:nada )?m[aá]s|ya no hay nada que hacer',
      ),
      why: 'sounds like abandonment ("no hay nada más que hacer")',
    },
    {
      pattern: es('retir(?:ar|amos|aremos|ada de|o de) (?:los |el |la )?(?:cuidados|atenci[oó]n)'),
      why: 'care is never withdrawn; treatments are',
    },
    {
      pattern: es(
        'siempre (?:estar[eé]|estaremos|voy a estar|vamos a estar)|(?:estar[eé]|estaremos) siempre',
      ),
      why: 'promises what cannot be kept',
    },
    {
      pattern: es('a cualquier hora|en cualquier momento|cuando (?:usted )?(?:quiera|lo necesite)'),
      why: 'promises open-ended availability',
    },
    {
      pattern: es('(?:se |le |les )?(?:lo )?(?:prometo|garantizo)'),
      why: 'promises what cannot be kept',
    },
    {
      pattern: es('no me voy a (?:ir|ning[uú]n)|no me ir[eé] a ning[uú]n'),
      why: 'promises what cannot be kept',
    },
    {
      pattern: es('(?:en|durante) (?:todo el|cada paso del) (?:camino|proceso)|en todo momento'),
      why: 'promises what cannot be kept',
    },
    {
      pattern: es('quiere(?:n)? que (?:lo )?hagamos todo'),
      why: 'a yes/no question that hides the real choices',
    },
    {
      pattern: es('(?:lo siento|perd[oó]n|disculpe|le pido disculpas),? pero'),
      why: '"pero" cancels the apology',
    },
    {
      pattern: es(
        'por qu[eé] no (?:ha|hab[ií]a|hizo|vino|tom[oó]|se tom[oó]|lleg[oó]|avis[oó]|consult[oó])',
      ),
      why: 'blames',
    },
    {
      pattern: es('(?:usted )?ha (?:fracasado|fallado)'),
      why: 'blames the patient for the treatment',
    },
    {
      pattern: es(
        '(?:mal |no |in)cumplidor(?:a|es|as)?|incumplimiento terap[eé]utico|no adherente',
      ),
      why: 'labels the patient',
    },
    {
      pattern: es('se nos (?:ha )?(?:ido|fue)|nos (?:ha )?dejado|ya no est[aá] con nosotros'),
      why: 'a euphemism for death can be misheard; say "ha fallecido" or "ha muerto"',
    },
    {
      pattern: es('incluso (?:puede que|quiz[aá]s?|tal vez)|o incluso'),
      why: 'raises the intensity of the emotion named',
    },
    {
      pattern: es(
        'devastador\\p{L}*|terrible\\p{L}*|tr[aá]gic\\p{L}*|horrible\\p{L}*|desgarrador\\p{L}*|espantos\\p{L}*',
      ),
      why: 'intensifies emotion',
    },
  ],
};

/** Lines of news known to be serious: never on a moment whose screen may hold normal results. */
const BAD_NEWS = [
  /\bnot what we hoped\b/i,
  /\bI wish I had better news\b/i,
  /\bhard news\b/i,
  /\bdifficult news\b/i,
  /\bsomething hard\b/i,
  /\bno longer keeping\b/i,
  es('no (?:son|es) (?:las?|los?|lo) que esper[aá]bamos'),
  es('ojal[aá] tuviera mejores noticias'),
  es('(?:una |la )?noticias? (?:dif[ií]cil(?:es)?|duras?)'),
  es('malas noticias'),
  es('algo dif[ií]cil'),
  es('ya no est[aá] (?:controlando|manteniendo)'),
];
/** Moments whose pages may hold expected, normal or unclear results. */
const MAY_BE_NORMAL = ['results', 'diagnostic-results', 'telehealth', 'routine-visit'];

/**
 * A fill-in part: square brackets around lower-case words, e.g. `[the result]`, `[name]`,
 * `[el síntoma]` (a lower-case letter of any language).
 */
const PLACEHOLDER = /^\[\p{Ll}+(?: \p{Ll}+)*\]$/u;

const prompts = builtinPacks.flatMap((pack) => pack.prompts.map((prompt) => ({ pack, prompt })));
const language = (pack: Pack) => pack.locale.split('-')[0]?.toLowerCase() ?? '';
/** Whether a prompt is a step after the first of one of its pack's sequences. */
const laterStep = (pack: Pack, id: string) => pack.sequences.some((s) => s.prompts.indexOf(id) > 0);
/** Every piece of text a clinician reads in a prompt. */
const texts = (p: Pack['prompts'][number]) => [
  p.title,
  p.text,
  ...(p.why ? [p.why] : []),
  ...(p.items ?? []).map((i) => i.text),
];

describe('built-in content', () => {
  it('says none of the phrases trainers warn against', () => {
    const found: string[] = [];
    for (const { pack, prompt } of prompts) {
      const warned = WARNED[language(pack)];
      expect(warned, `no list of warned phrases for ${pack.locale}`).toBeDefined();
      for (const text of texts(prompt))
        for (const w of warned ?? [])
          if (w.pattern.test(text)) found.push(`${pack.id} ${prompt.id}: ${w.pattern} (${w.why})`);
    }
    expect(found).toEqual([]);
  });

  it('catches the lines the review found (the list is not empty by accident)', () => {
    const en = WARNED.en ?? [];
    const hits = (s: string) => en.some((w) => w.pattern.test(s));
    for (const line of [
      'I understand this is a hard time',
      'Anyone in your position would find this hard.',
      'I think I would feel the same.',
      'You can reach me or the team whenever a question comes up.',
      "I'll be with you through each step.",
      'worried for a while, maybe even frightened',
      "Don't worry, it's going to be fine.",
      "I'm afraid he passed away an hour ago.",
    ])
      expect(hits(line), line).toBe(true);
  });

  it('catches the Spanish lines trainers warn against, and not the ones the packs rely on', () => {
    const spanish = WARNED.es ?? [];
    const hits = (s: string) => spanish.some((w) => w.pattern.test(s));
    for (const line of [
      'Entiendo perfectamente cómo se siente.',
      'Le comprendo.',
      'Sé cómo se siente.',
      'Me hago cargo de lo que está pasando.',
      'Cualquiera en su lugar estaría así.',
      'Yo me sentiría igual.',
      'Al menos lo hemos cogido a tiempo.',
      'Podría haber sido peor.',
      'No se preocupe.',
      'Todo va a salir bien.',
      'Tranquila, señora.',
      'Tiene que ser fuerte.',
      'No hay nada más que hacer.',
      'No podemos hacer nada más.',
      'Vamos a retirar los cuidados.',
      'Estaré siempre a su lado.',
      'Puede llamarme en cualquier momento.',
      'Llámeme cuando lo necesite.',
      'Se lo prometo.',
      'No me voy a ir a ningún lado.',
      'Le acompañaremos durante todo el camino.',
      '¿Quiere que hagamos todo?',
      'Lo siento, pero no había camas.',
      '¿Por qué no vino antes?',
      'Es un paciente incumplidor.',
      'preocupada, o incluso asustada',
      'Es una noticia devastadora.',
      'Lo siento, se nos ha ido.',
    ])
      expect(hits(line), line).toBe(true);
    for (const line of [
      'Ayúdeme a comprender qué parte ha sido la más difícil para usted.',
      'Quiero comprobar que me he explicado bien.',
      'Usted me dice qué me he dejado o qué he entendido mal.',
      'Lo siento mucho. Esto no debería haber pasado.',
      'Sea cual sea el siguiente paso, lo iremos resolviendo juntos.',
      'Puede preguntarme lo que necesite mientras hablamos.',
    ])
      expect(hits(line), line).toBe(false);
  });

  it('keeps every script within 40 seconds of speech, most within 30', () => {
    const scripts = prompts.filter(({ prompt }) => prompt.kind === 'script');
    for (const { prompt } of scripts) {
      expect(speechSeconds(prompt.text), prompt.id).toBeLessThanOrEqual(LIMITS.scriptSeconds);
      expect(prompt.seconds, prompt.id).toBeLessThanOrEqual(LIMITS.scriptSeconds);
    }
    const short = scripts.filter(({ prompt }) => speechSeconds(prompt.text) <= 30);
    expect(short.length / scripts.length).toBeGreaterThanOrEqual(0.8);
  });

  it('writes every placeholder as square brackets around lower-case words', () => {
    for (const { prompt } of prompts) {
      for (const text of texts(prompt)) {
        const parts = text.match(/\[[^\]]*\]?/g) ?? [];
        for (const part of parts) expect(part, `${prompt.id}: ${part}`).toMatch(PLACEHOLDER);
        // No stray closing bracket outside a placeholder.
        expect(text.replace(/\[[^\]]*\]/g, ''), prompt.id).not.toMatch(/[[\]]/);
      }
    }
  });

  it('cites a published work with its year for every prompt', () => {
    for (const { prompt } of prompts)
      expect(prompt.source, prompt.id).toMatch(/\b(?:19|20)\d{2}\b/);
  });

  it('gives every journal citation its volume, and its pages or a DOI', () => {
    // A journal is cited as "Abbrev. YYYY;volume(issue):pages" (books as "Publisher; YYYY").
    // Pages not confirmed from the stored records (content review notes); add none without checking.
    const pagesUnconfirmed = ['Shapiro J, Galowitz P. Peer support for clinicians'];
    const incomplete: string[] = [];
    for (const { prompt } of prompts)
      for (const citation of prompt.source.split(/;\s+(?=[A-Z][\p{L}'-]+ [A-Z]{1,3}[,.])/u)) {
        const journal = citation.match(/\.\s+(?:19|20)\d{2}(?:\s+\w+)?(.*)$/u);
        if (!journal) continue;
        const rest = journal[1] ?? '';
        const complete = /^;\s*\d+(?:\(\d+\))?(?::\s*e?\d+|\.\s*doi:)/.test(rest);
        if (!complete && !pagesUnconfirmed.some((c) => citation.startsWith(c)))
          incomplete.push(`${prompt.id}: ${citation}`);
      }
    expect([...new Set(incomplete)]).toEqual([]);
  });

  it('flags a journal citation without volume or pages (the check is not empty by accident)', () => {
    const complete = (s: string) => /\.\s+(?:19|20)\d{2};\s*\d+(?:\(\d+\))?:\s*e?\d+/.test(s);
    expect(
      complete('Society for Adolescent Medicine. Confidential care. J Adolesc Health. 2004'),
    ).toBe(false);
    expect(complete('Barnett S. Communication with deaf people. Acad Med. 2002;77(7)')).toBe(false);
    expect(complete('Iezzoni LI, et al. Communicating. Ann Intern Med. 2004;140(5):356-362')).toBe(
      true,
    );
  });

  it('keeps lines of serious news off moments that may hold normal results', () => {
    for (const { prompt } of prompts) {
      if (!prompt.moments.some((m) => MAY_BE_NORMAL.includes(m))) continue;
      for (const line of BAD_NEWS) expect(prompt.text, `${prompt.id}: ${line}`).not.toMatch(line);
    }
  });

  it('signposts help in acute distress by kind, and never invents a contact', () => {
    const selfCare = builtinPacks.find((p) => p.id === 'org.attune.clinician-self-care');
    const signpost = selfCare?.prompts.find((p) => p.id === 'acute-distress');
    expect(signpost?.kind).toBe('self-care');
    for (const kind of ['occupational health', 'employee assistance programme', 'crisis line'])
      expect(signpost?.text.toLowerCase()).toContain(kind);
    const spanish = builtinPacks
      .find((p) => p.id === 'org.attune.clinician-self-care.es')
      ?.prompts.find((p) => p.id === 'acute-distress');
    expect(spanish?.kind).toBe('self-care');
    for (const kind of ['salud laboral', 'programa de ayuda al empleado', 'línea de crisis'])
      expect(spanish?.text.toLowerCase()).toContain(kind);
    // No phone number, address or link anywhere in the built-in text.
    for (const { prompt } of prompts)
      for (const text of texts(prompt)) {
        expect(text, prompt.id).not.toMatch(/\d{3,}/);
        expect(text, prompt.id).not.toMatch(/https?:|www\.|@/);
      }
  });

  it('has, in each language, at least 100 prompts, 8 per training component and 6 per moment', () => {
    for (const lang of new Set(builtinPacks.map(language))) {
      const own = prompts.filter(({ pack }) => language(pack) === lang);
      expect(own.length, lang).toBeGreaterThanOrEqual(100);
      for (const component of COMPONENTS) {
        const n = own.filter(({ prompt }) => prompt.component === component).length;
        expect(n, `${lang} ${component}`).toBeGreaterThanOrEqual(8);
      }
      const momentIds = new Set(builtinPacks.flatMap((p) => p.moments.map((m) => m.id)));
      for (const id of momentIds) {
        // Later steps of a sequence are never chosen alone, so only first steps count here.
        const n = own.filter(
          ({ pack, prompt }) => prompt.moments.includes(id) && !laterStep(pack, prompt.id),
        ).length;
        expect(n, `${lang} ${id}`).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('gives every script a short "why this works" line', () => {
    for (const { pack, prompt } of prompts) {
      if (prompt.kind !== 'script') continue;
      expect(prompt.why, `${pack.id} ${prompt.id}`).toBeTruthy();
      expect(prompt.why, `${pack.id} ${prompt.id}`).not.toMatch(/\[/);
    }
  });

  it('steps a sequence through prompts of its pack that are shown at the same moments', () => {
    const found: string[] = [];
    for (const pack of builtinPacks)
      for (const seq of pack.sequences) {
        const steps = seq.prompts.map((id) => pack.prompts.find((p) => p.id === id));
        const first = [...(steps[0]?.moments ?? [])].sort();
        steps.forEach((step, i) => {
          if (!step) found.push(`${pack.id} ${seq.id}: no prompt ${seq.prompts[i]}`);
          else if (JSON.stringify([...step.moments].sort()) !== JSON.stringify(first))
            found.push(`${pack.id} ${seq.id}: ${step.id} is shown at ${step.moments.join(', ')}`);
        });
      }
    expect(found).toEqual([]);
  });

  it('ships SPIKES, the 40-second compassion open and close, and shared decision making as sequences', () => {
    const sequence = (pack: string, id: string) =>
      builtinPacks.find((p) => p.id === pack)?.sequences.find((s) => s.id === id)?.prompts;
    for (const suffix of ['', '.es']) {
      expect(sequence(`org.attune.serious-news${suffix}`, 'spikes')).toEqual([
        'spikes-setting',
        'spikes-perception',
        'spikes-invitation',
        'spikes-knowledge',
        'spikes-emotion',
        'spikes-strategy',
        'spikes-close',
      ]);
      expect(sequence(`org.attune.core-empathy${suffix}`, 'compassion-40s')).toEqual([
        'compassion-open',
        'compassion-close',
      ]);
      expect(sequence(`org.attune.understanding${suffix}`, 'shared-decision')).toHaveLength(3);
    }
  });
});

/** Content words of what is said aloud: stage directions and fill-in parts left out. */
const saidWords = (text: string) =>
  new Set(
    text
      .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
      .toLowerCase()
      .match(/[\p{L}']{4,}/gu) ?? [],
  );
/** Share of two scripts' said words they have in common (Jaccard). */
function overlap(a: string, b: string): number {
  const x = saidWords(a);
  const y = saidWords(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / (x.size + y.size - shared || 1);
}
const promptOf = (pack: string, id: string) =>
  builtinPacks.find((p) => p.id === pack)?.prompts.find((p) => p.id === id);

describe('built-in content: gaps the reviews left (content-review.md)', () => {
  it('gives "Am I dying?" an honest "not now" branch, at the same moments, in each language', () => {
    for (const suffix of ['', '.es']) {
      const pack = `org.attune.serious-news${suffix}`;
      const notNow = promptOf(pack, 'am-i-dying-not-now');
      expect(notNow?.kind, pack).toBe('script');
      expect(notNow?.moments, pack).toEqual(promptOf(pack, 'am-i-dying')?.moments);
      // Both branches (the patient not ready, the clinician without time) name when it is taken up
      // again, as a fill-in the clinician can keep.
      expect(notNow?.text.match(/\[[^\]]+\]/g) ?? [], pack).toHaveLength(2);
      expect(speechSeconds(notNow?.text ?? ''), pack).toBeLessThanOrEqual(LIMITS.scriptSeconds);
    }
  });

  it('cites every journal with its pages or a DOI, with no exemption left', () => {
    const incomplete = prompts.flatMap(({ prompt }) =>
      prompt.source
        .split(/;\s+(?=[A-Z][\p{L}'-]+ [A-Z]{1,3}[,.])/u)
        .filter((c) => {
          const rest = c.match(/\.\s+(?:19|20)\d{2}(?:\s+\w+)?(.*)$/u)?.[1];
          return rest !== undefined && !/^;\s*\d+(?:\(\d+\))?(?::\s*e?\d+|\.\s*doi:)/.test(rest);
        })
        .map((c) => `${prompt.id}: ${c}`),
    );
    expect([...new Set(incomplete)]).toEqual([]);
  });

  it('makes the two near-duplicate pairs distinct: own framework, little shared wording', () => {
    const pairs = [
      [
        'org.attune.core-empathy',
        'validate-anger',
        'org.attune.error-and-conflict',
        'anger-hear-first',
      ],
      ['org.attune.serious-news', 'ata-check', 'org.attune.serious-news', 'spikes-close'],
    ] as const;
    for (const suffix of ['', '.es'])
      for (const [packA, idA, packB, idB] of pairs) {
        const a = promptOf(`${packA}${suffix}`, idA);
        const b = promptOf(`${packB}${suffix}`, idB);
        expect(a && b, `${idA} ${idB}`).toBeTruthy();
        expect(a?.framework, `${idA} ${idB}`).not.toBe(b?.framework);
        if (suffix === '')
          expect(overlap(a?.text ?? '', b?.text ?? ''), `${idA} ${idB}`).toBeLessThan(0.15);
      }
  });

  it('says Spanish scripts that may be spoken to a family in forms that fit one person or several', () => {
    // Singular-only forms for the listener ("le recomiendo", "¿qué le parece?", "me ha dicho"): at a
    // family meeting the clinician speaks to ustedes. Scripts addressed to the one person who spoke
    // (naming their emotion, their anger) keep usted and use none of these.
    const singular = es(
      'le (?:recomiendo|recomendar[ií]a|propongo|parece)|qu[eé] (?:le parece|opina)|me ha (?:dicho|contado)|cuando dice|cu[eé]nteme',
    );
    const found = prompts
      .filter(({ pack, prompt }) => language(pack) === 'es' && prompt.kind === 'script')
      .filter(({ prompt }) => prompt.moments.includes('family-meeting'))
      .filter(({ prompt }) => singular.test(prompt.text))
      .map(({ prompt }) => `${prompt.id}: ${prompt.text.match(singular)?.[0]}`);
    expect(found).toEqual([]);
    expect(
      singular.test('Teniendo eso en cuenta, le recomendaría [el plan]. ¿Qué le parece?'),
    ).toBe(true);
  });
});
