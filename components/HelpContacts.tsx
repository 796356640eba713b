import { useState } from 'preact/hooks';
import {
  HELP_CONTACT_MAX,
  HELP_KINDS,
  HELP_NAME_MAX,
  type HelpContact,
  type HelpKind,
} from '../storage/help-contacts';
import { i18n } from '../utils/i18n';

/** The label of a kind of help, in the interface language. */
export function helpKindLabel(kind: HelpKind): string {
  switch (kind) {
    case 'occupational-health':
      return i18n.t('help.kindOccupational');
    case 'employee-assistance':
      return i18n.t('help.kindAssistance');
    case 'crisis-line':
      return i18n.t('help.kindCrisis');
    case 'own-doctor':
      return i18n.t('help.kindDoctor');
    default:
      return i18n.t('help.kindOther');
  }
}

interface Props {
  contacts: HelpContact[];
  /** Saves a contact; resolves false when it could not be saved (the caller said why). */
  onAdd: (contact: Omit<HelpContact, 'id'>) => Promise<boolean>;
  onRemove: (id: string) => void;
}

/**
 * "When it is too much": the kinds of help a clinician in distress can turn to, and the contacts
 * the user entered for them. Attune names the kinds only; it never supplies a contact.
 */
export function HelpContacts({ contacts, onAdd, onRemove }: Props) {
  const [kind, setKind] = useState<HelpKind>('occupational-health');
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  return (
    <section aria-labelledby="help-h" data-testid="help-contacts">
      <h3 id="help-h">{i18n.t('help.heading')}</h3>
      <p>{i18n.t('help.intro')}</p>
      <p class="muted">{i18n.t('help.emergency')}</p>
      {contacts.length === 0 ? (
        <p class="muted" data-testid="help-empty">
          {i18n.t('help.empty')}
        </p>
      ) : (
        <ul>
          {contacts.map((c) => (
            <li key={c.id} data-testid="help-contact">
              <strong>{helpKindLabel(c.kind)}</strong>
              {c.name ? `: ${c.name}` : ''} — {c.contact}{' '}
              <button
                type="button"
                data-testid="help-remove"
                aria-label={i18n.t('help.removeLabel', { name: c.name || helpKindLabel(c.kind) })}
                onClick={() => onRemove(c.id)}
              >
                {i18n.t('help.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!contact.trim()) return;
          if (await onAdd({ kind, name, contact })) {
            setName('');
            setContact('');
          }
        }}
      >
        <label class="field">
          <span>{i18n.t('help.kind')}</span>
          <select
            data-testid="help-kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as HelpKind)}
          >
            {HELP_KINDS.map((k) => (
              <option key={k} value={k}>
                {helpKindLabel(k)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{i18n.t('help.name')}</span>
          <input
            data-testid="help-name"
            maxLength={HELP_NAME_MAX}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span>{i18n.t('help.contact')}</span>
          <input
            data-testid="help-contact-input"
            required
            maxLength={HELP_CONTACT_MAX}
            value={contact}
            onInput={(e) => setContact(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="help-add">
          {i18n.t('help.add')}
        </button>
      </form>
    </section>
  );
}
