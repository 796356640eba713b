import type { Component } from '../prompts/schema';
import { type MessageKey, rawMessage } from '../utils/i18n';

/** The readable names of the training components. */
const COMPONENT_LABELS: Record<Component, MessageKey> = {
  'self-awareness': 'nudgeSettings.componentSelfAwareness',
  'empathy-emotion-regulation': 'nudgeSettings.componentEmpathy',
  'communication-skills': 'nudgeSettings.componentCommunication',
  'experiential-learning': 'nudgeSettings.componentExperiential',
  'organisational-culture': 'nudgeSettings.componentCulture',
};

/** The readable name of a training component (the id itself for one this version lacks). */
export function componentLabel(id: string): string {
  const key = Object.hasOwn(COMPONENT_LABELS, id) ? COMPONENT_LABELS[id as Component] : undefined;
  return key ? rawMessage(key) : id;
}
