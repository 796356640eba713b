import { storage } from 'wxt/utils/storage';
import { i18n } from '../utils/i18n';
import { TooLongError } from '../utils/text-limits';

/**
 * The kinds of help a clinician in acute distress can turn to (the self-care pack's signpost).
 * Attune names the kinds; the contacts are the user's (or, later, their organisation's policy):
 * Attune never supplies a number, address or link of its own.
 */
export const HELP_KINDS = [
  'occupational-health',
  'employee-assistance',
  'crisis-line',
  'own-doctor',
  'other',
] as const;

/** One of the kinds of help. */
export type HelpKind = (typeof HELP_KINDS)[number];

/** A contact the user entered: who to reach, and how (as they typed it). */
export interface HelpContact {
  id: string;
  kind: HelpKind;
  name: string;
  contact: string;
}

/** Longest name and contact kept: a service's name and a phone number, address or link. */
export const HELP_NAME_MAX = 80;
export const HELP_CONTACT_MAX = 200;
/** Contacts kept at most (a short list a person scans in a hard moment). */
export const HELP_CONTACTS_MAX = 20;

/** The user's help contacts, in extension storage on this device only. */
export const helpContactsItem = storage.defineItem<HelpContact[]>('local:help-contacts', {
  fallback: [],
  version: 1,
});

/** The user's help contacts, in the order they were added. */
export async function listHelpContacts(): Promise<HelpContact[]> {
  return helpContactsItem.getValue();
}

/**
 * Adds a contact, trimmed and held to the limits. A contact with no way to reach it, or a full
 * list, is refused with a {@link TooLongError} (a refusal already said in the user's language, as
 * the Options page shows it); an unknown kind with a RangeError.
 */
export async function addHelpContact(
  input: Omit<HelpContact, 'id'>,
  id: string = crypto.randomUUID(),
): Promise<HelpContact> {
  const contact = input.contact.trim().slice(0, HELP_CONTACT_MAX);
  if (!contact) throw new TooLongError(i18n.t('help.needsContact'));
  if (!HELP_KINDS.includes(input.kind)) throw new RangeError(`help kind: ${input.kind}`);
  const list = await listHelpContacts();
  if (list.length >= HELP_CONTACTS_MAX)
    throw new TooLongError(i18n.t('help.full', { max: HELP_CONTACTS_MAX }));
  const saved: HelpContact = {
    id,
    kind: input.kind,
    name: input.name.trim().slice(0, HELP_NAME_MAX),
    contact,
  };
  await helpContactsItem.setValue([...list, saved]);
  return saved;
}

/** Removes the contact with this id (nothing happens if there is none). */
export async function removeHelpContact(id: string): Promise<void> {
  const list = await listHelpContacts();
  await helpContactsItem.setValue(list.filter((c) => c.id !== id));
}
