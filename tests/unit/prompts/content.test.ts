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
      pattern: /\b(?:devastat\w*|terrible|tragic|heartbreaking|horrible)\b/i,
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
];
/** Moments whose pages may hold expected, normal or unclear results. */
const MAY_BE_NORMAL = ['results', 'diagnostic-results', 'telehealth', 'routine-visit'];

/** A fill-in part: square brackets around lower-case words, e.g. `[the result]`, `[name]`. */
const PLACEHOLDER = /^\[[a-z]+(?: [a-z]+)*\]$/;

const prompts = builtinPacks.flatMap((pack) => pack.prompts.map((prompt) => ({ pack, prompt })));
const language = (pack: Pack) => pack.locale.split('-')[0]?.toLowerCase() ?? '';
/** Every piece of text a clinician reads in a prompt. */
const texts = (p: Pack['prompts'][number]) => [
  p.title,
  p.text,
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
    ])
      expect(hits(line), line).toBe(true);
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
    // No phone number, address or link anywhere in the built-in text.
    for (const { prompt } of prompts)
      for (const text of texts(prompt)) {
        expect(text, prompt.id).not.toMatch(/\d{3,}/);
        expect(text, prompt.id).not.toMatch(/https?:|www\.|@/);
      }
  });

  it('has at least 100 prompts, 8 per training component and 6 per moment', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(100);
    for (const component of COMPONENTS) {
      const n = prompts.filter(({ prompt }) => prompt.component === component).length;
      expect(n, component).toBeGreaterThanOrEqual(8);
    }
    const momentIds = new Set(builtinPacks.flatMap((p) => p.moments.map((m) => m.id)));
    for (const id of momentIds) {
      const n = prompts.filter(({ prompt }) => prompt.moments.includes(id)).length;
      expect(n, id).toBeGreaterThanOrEqual(6);
    }
  });
});
