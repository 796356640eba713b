// The demo page's sample card: a built-in prompt for the chosen focus skill, in the page's
// language, with a checklist, built from the packs Attune ships.
import { describe, expect, it } from 'vitest';
import { packsIn, sampleNudge, samplePrompt } from '../../../entrypoints/welcome/sample';
import { builtinPacks } from '../../../prompts/builtin';
import { COMPONENTS } from '../../../prompts/schema';

const english = packsIn(builtinPacks, 'en-GB');

describe('packsIn', () => {
  it('picks the edition in the language shown, and English for a language Attune lacks', () => {
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((p) => p.locale === 'en')).toBe(true);
    const spanish = packsIn(builtinPacks, 'es-MX');
    expect(spanish.every((p) => p.locale.startsWith('es'))).toBe(true);
    expect(packsIn(builtinPacks, 'fr')).toEqual(english);
  });
});

describe('samplePrompt', () => {
  it('trains the chosen focus skill, whichever it is, and is never a checklist', () => {
    for (const skill of COMPONENTS) {
      const chosen = samplePrompt(english, skill);
      expect(chosen?.prompt.component, skill).toBe(skill);
      expect(chosen?.prompt.kind).not.toBe('checklist');
    }
  });

  it('prefers a spoken script for the skill when there is one', () => {
    expect(samplePrompt(english, 'communication-skills')?.prompt.kind).toBe('script');
  });

  it('is the first script of all with no focus, or a focus no pack trains', () => {
    const first = english.flatMap((p) => p.prompts).find((p) => p.kind === 'script');
    expect(samplePrompt(english, null)?.prompt).toBe(first);
    expect(samplePrompt(english, 'juggling')?.prompt).toBe(first);
  });

  it('is null when there is no prompt at all', () => {
    expect(samplePrompt([], null)).toBeNull();
  });
});

describe('sampleNudge', () => {
  it("is the card of the prompt, with the checklist of one of the prompt's moments", () => {
    const nudge = sampleNudge(builtinPacks, 'en', 'empathy-emotion-regulation');
    const prompt = english.flatMap((p) => p.prompts).find((p) => p.id === nudge?.promptId);
    expect(prompt?.component).toBe('empathy-emotion-regulation');
    expect(nudge?.text).toBe(prompt?.text);
    expect(nudge?.title).toBe(prompt?.title);
    expect(prompt?.moments).toContain(nudge?.momentId);
    expect(nudge?.checklist.length).toBeGreaterThan(0);
    expect(nudge).toMatchObject({ ticked: [], startCollapsed: false, packText: null });
  });

  it('speaks Spanish in a Spanish browser', () => {
    const nudge = sampleNudge(builtinPacks, 'es', null);
    const spanish = packsIn(builtinPacks, 'es').flatMap((p) => p.prompts);
    expect(spanish.find((p) => p.id === nudge?.promptId)?.text).toBe(nudge?.text);
  });
});
