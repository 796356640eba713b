// A small pack and a policy input around it, shared by the policy's tests.
import type { PolicyInput } from '../../../prompts/policy/choose';
import type { Pack } from '../../../prompts/schema';
import { DEFAULT_NUDGE_SETTINGS } from '../../../storage/settings';

type PromptEvent = PolicyInput['events'][number];

export const prompt = (id: string, moments: string[], kind = 'script') => ({
  id,
  kind,
  title: id,
  text: `${id} text`,
  framework: 'NURSE',
  component: 'communication-skills',
  seconds: 20,
  source: 's',
  moments,
});
export const PACK = {
  id: 'test.pack',
  version: '1.0.0',
  moments: [],
  ratingItems: [],
  prompts: [
    prompt('care', ['results'], 'self-care'),
    prompt('a', ['results']),
    prompt('b', ['results']),
    prompt('c', ['discharge']),
    { ...prompt('cl', ['results', 'discharge'], 'checklist'), items: [{ id: 'x', text: 'X' }] },
  ],
} as unknown as Pack;

export const NOW = Date.UTC(2026, 10, 23, 9, 0);
export const MIN = 60_000;
export const ev = (
  type: PromptEvent['type'],
  promptId: string,
  minutesAgo: number,
  momentId = 'results',
): PromptEvent => ({
  type,
  promptId,
  packId: PACK.id,
  momentId,
  origin: 'https://ehr.test',
  at: NOW - minutesAgo * MIN,
});
export const input = (over: Partial<PolicyInput> = {}): PolicyInput => ({
  now: NOW,
  localMinutes: 9 * 60,
  snoozeUntil: 0,
  idle: false,
  matched: ['results'],
  packs: [PACK],
  events: [],
  settings: DEFAULT_NUDGE_SETTINGS,
  quiet: false,
  shownThisVisit: false,
  origin: 'https://ehr.test',
  ...over,
});
