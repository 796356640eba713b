import { describe, expect, it } from 'vitest';
import { chooseNudge, laterSteps } from '../../../prompts/policy/choose';
import { onPage, onWholeOrigin, scopePacks } from '../../../prompts/policy/scope';
import type { Pack } from '../../../prompts/schema';
import { ev, input, PACK, prompt } from './policy-fixture';

const moment = (id: string) => ({
  id,
  name: id,
  triggers: { urlPatterns: [], keywords: [id], selectors: [] },
});

/** A built-in pack: serious news and a family meeting, as the reported page matched both. */
const BUILTIN = {
  ...PACK,
  id: 'org.attune.core-empathy',
  moments: [moment('serious-news'), moment('family-meeting')],
  prompts: [prompt('spikes', ['serious-news']), prompt('builtin-family', ['family-meeting'])],
  sequences: [],
} as unknown as Pack;

/** A trainer's pack whose own moment is the family meeting. */
const TRAINER = {
  ...PACK,
  id: 'org.example.palliative',
  moments: [moment('family-meeting')],
  prompts: [
    prompt('trainer-family', ['family-meeting']),
    prompt('trainer-open', ['family-meeting']),
  ],
  sequences: [],
} as unknown as Pack;

const PAGE = { matched: ['serious-news', 'family-meeting'], builtin: [BUILTIN.id] };

describe('which prompt wins', () => {
  it("chooses an installed pack's prompt over built-in ones the same page matched first", () => {
    const choice = chooseNudge(input({ ...PAGE, packs: [TRAINER, BUILTIN] }));
    expect(choice?.pack.id).toBe(TRAINER.id);
    expect(choice?.prompt.id).toBe('trainer-family');
    // Pack order alone does not decide it: built-ins listed first still lose.
    expect(chooseNudge(input({ ...PAGE, packs: [BUILTIN, TRAINER] }))?.pack.id).toBe(TRAINER.id);
  });

  it('without precedence the built-in moment matched first would win (the reported case)', () => {
    expect(chooseNudge(input({ ...PAGE, packs: [BUILTIN, TRAINER], builtin: [] }))?.prompt.id).toBe(
      'spikes',
    );
  });

  it("falls back to built-in prompts when the installed packs' are resting", () => {
    const events = [ev('shown', 'trainer-family', 120, 'x'), ev('shown', 'trainer-open', 120, 'x')];
    const choice = chooseNudge(input({ ...PAGE, packs: [TRAINER, BUILTIN], events }));
    expect(choice?.prompt.id).toBe('spikes');
  });

  it('uses built-in prompts when no installed pack has a prompt for the page', () => {
    const choice = chooseNudge(
      input({ ...PAGE, matched: ['serious-news'], packs: [TRAINER, BUILTIN] }),
    );
    expect(choice?.prompt.id).toBe('spikes');
  });
});

describe('sequences', () => {
  const SEQ = {
    ...TRAINER,
    prompts: [
      prompt('step-2', ['family-meeting']),
      prompt('step-1', ['family-meeting']),
      prompt('step-3', ['family-meeting']),
    ],
    sequences: [
      { id: 'meeting', title: 'Family meeting', prompts: ['step-1', 'step-2', 'step-3'] },
    ],
  } as unknown as Pack;
  const at = { matched: ['family-meeting'], packs: [SEQ] };

  it('never chooses a later step on its own, only the first', () => {
    expect(laterSteps(SEQ)).toEqual(new Set(['step-2', 'step-3']));
    expect(chooseNudge(input(at))?.prompt.id).toBe('step-1');
  });

  it('keeps the later steps out even when the first is resting', () => {
    expect(chooseNudge(input({ ...at, events: [ev('shown', 'step-1', 120, 'x')] }))).toBeNull();
  });

  it("counts a later step's events for that step: the first stays as fresh as it was", () => {
    const events = [
      ev('shown', 'step-1', 8 * 24 * 60, 'x'),
      ev('used', 'step-2', 60),
      ev('dismissed', 'step-3', 60),
    ];
    const choice = chooseNudge(input({ ...at, events, matched: ['family-meeting'] }));
    expect(choice?.prompt.id).toBe('step-1');
    expect(choice?.asPill).toBe(false);
  });
});

describe('replaces.sites', () => {
  const REPLACING = {
    ...TRAINER,
    replaces: { sites: ['https://ehr.example.org/palliative/*'] },
  } as unknown as Pack;
  const inPlay = [
    { pack: BUILTIN, builtin: true },
    { pack: REPLACING, builtin: false },
  ];

  it("drops the built-in moments of the pack's ids on the pages it lists, and their prompts", () => {
    const scoped = scopePacks(inPlay, onPage('https://ehr.example.org/palliative/bed-4'));
    expect(scoped.map((p) => p.pack.id)).toEqual([REPLACING.id, BUILTIN.id]);
    const builtin = scoped[1]?.pack;
    expect(builtin?.moments.map((m) => m.id)).toEqual(['serious-news']);
    expect(builtin?.prompts.map((p) => p.id)).toEqual(['spikes']);
    const resting = [
      ev('shown', 'trainer-family', 120, 'x'),
      ev('shown', 'trainer-open', 120, 'x'),
    ];
    const choice = chooseNudge(
      input({
        matched: ['family-meeting'],
        packs: scoped.map((p) => p.pack),
        builtin: [BUILTIN.id],
        events: resting,
      }),
    );
    // The trainer's prompts are resting, and the built-in family-meeting prompt is gone.
    expect(choice).toBeNull();
  });

  it('keeps the built-in moments elsewhere', () => {
    const scoped = scopePacks(inPlay, onPage('https://ehr.example.org/cardiology/bed-4'));
    expect(scoped[1]?.pack).toBe(BUILTIN);
    expect(scopePacks(inPlay, onPage(undefined))[1]?.pack).toBe(BUILTIN);
  });

  it("drops built-in triggers only where a pattern covers the page's whole origin", () => {
    const whole = { ...REPLACING, replaces: { sites: ['https://*.example.org/*'] } } as Pack;
    const both = [inPlay[0]!, { pack: whole, builtin: false }];
    const on = scopePacks(both, onWholeOrigin('https://ehr.example.org'));
    expect(on[1]?.pack.moments.map((m) => m.id)).toEqual(['serious-news']);
    expect(scopePacks(both, onWholeOrigin('https://ehr.example.com'))[1]?.pack).toBe(BUILTIN);
    // Part of the site only: the watcher keeps the trigger, the policy drops the prompts there.
    expect(scopePacks(inPlay, onWholeOrigin('https://ehr.example.org'))[1]?.pack).toBe(BUILTIN);
  });
});
