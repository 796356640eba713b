/** A small valid trainer pack; `version` and prompt ids vary per test. Synthetic content only. */
export function trainerPack(
  version = '1.0.0',
  promptIds: readonly string[] = ['name-it', 'pause'],
) {
  return {
    format: 1,
    id: 'org.example.ward-handover',
    version,
    name: 'Ward handover',
    description: 'Prompts for the nursing handover.',
    author: { name: 'A. Trainer', organisation: 'Example Trust' },
    licence: 'CC-BY-4.0',
    locale: 'en-GB',
    moments: [{ id: 'handover', name: 'Handover', triggers: { keywords: ['nursing handover'] } }],
    prompts: promptIds.map((id) => ({
      id,
      kind: 'script',
      title: `Prompt ${id}`,
      text: 'It sounds like today has been a lot. What matters most to you right now?',
      framework: 'NURSE',
      component: 'empathy-emotion-regulation',
      seconds: 6,
      source: 'Back AL et al., Mastering Communication with Seriously Ill Patients, 2009',
      moments: ['handover'],
    })),
  } as Record<string, unknown>;
}
