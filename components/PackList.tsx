import type { StoredPack } from '../utils/domain';
import { i18n, uiLocale } from '../utils/i18n';
import { PackPreview } from './PackPreview';
import { endonym, orderByLanguage } from './pack-order';
import { when } from './pack-preview';

/** An installed pack as the options page lists it. */
export interface PackRow {
  stored: StoredPack;
  /** Where it came from, in words. */
  from: string;
  /** Fingerprint of the key that signed it, if it is signed. */
  signer?: string;
  /**
   * Whose pin its updates must be signed with: the organisation's policy, the pack's own (pinned
   * at first use or by the user), or none (docs/distribution.md).
   */
  pinned: 'policy' | 'own' | null;
  /** Whether the user may forget that pin (their own packs only). */
  canForget: boolean;
  /** The user's own pack of this id that this policy pack replaced, kept aside. */
  userCopy?: { version: string; from: string };
  /**
   * A built-in pack listed once for all its languages: its id in every language (the edition's
   * without its language suffix). `stored` is the edition in use.
   */
  edition?: { base: string; ids: readonly string[] };
}

/** Props of {@link PackList}. */
export interface PackListProps {
  packs: readonly PackRow[];
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  onPin: (id: string) => void;
  /** Forgets the user's pin of a pack, so its next signed version pins a new key. */
  onForget: (id: string) => void;
  /** The organisation's policy switched the built-in packs off: they show off and locked. */
  builtinsOff?: boolean;
  /** The overlay's stylesheet: a pack's preview is the real card. */
  cardCss: string;
}

/**
 * Installed packs, those in the user's language first: language (a built-in pack's edition in
 * use), source, version, last update, lock, signature, a switch, remove, and, once opened, a
 * preview of its prompts as the overlay's own card (text only, never HTML), made inert.
 */
export function PackList(props: PackListProps) {
  const { packs, onToggle, onRemove, onPin, onForget } = props;
  const offByPolicy = (p: { source: string }) =>
    props.builtinsOff === true && p.source === 'builtin';
  const ui = uiLocale();
  const ordered = orderByLanguage(packs, (row) => row.stored.pack.locale, ui);
  return (
    <ul class="packs" data-testid="pack-list" style={{ listStyle: 'none', padding: 0 }}>
      {ordered.map(({ stored: p, from, signer, pinned, canForget, userCopy, edition }) => (
        <li
          key={edition?.base ?? p.id}
          data-testid="pack"
          data-pack-id={edition?.base ?? p.id}
          data-edition={edition ? p.id : undefined}
          data-version={p.version}
          style={{ padding: '8px 0' }}
        >
          <div class="row">
            <input
              id={`pack-${p.id}`}
              type="checkbox"
              data-testid="pack-enabled"
              checked={p.enabled && !offByPolicy(p)}
              disabled={p.locked || offByPolicy(p)}
              onChange={(e) => onToggle(p.id, e.currentTarget.checked)}
            />
            <label for={`pack-${p.id}`}>
              <strong>{p.pack.name}</strong> <span data-testid="pack-version">{p.version}</span> ·{' '}
              {/* Named in its own language, as language choices are: "English", "Español". */}
              <span data-testid="pack-language" lang={p.pack.locale}>
                {endonym(p.pack.locale)}
              </span>{' '}
              · {i18n.t('packs.promptCount', p.pack.prompts.length)}
            </label>
            {offByPolicy(p) && (
              <span data-testid="pack-policy-off">{i18n.t('packs.builtinsOffByPolicy')}</span>
            )}
            {p.locked ? (
              <span data-testid="pack-locked">{i18n.t('packs.locked')}</span>
            ) : (
              p.source !== 'builtin' && (
                <button
                  type="button"
                  data-testid="pack-remove"
                  aria-label={i18n.t('packs.removeNamed', { name: p.pack.name })}
                  onClick={() => onRemove(p.id)}
                >
                  {i18n.t('common.remove')}
                </button>
              )
            )}
          </div>
          <p class="meta" data-testid="pack-meta">
            {from} · {i18n.t('packs.updatedAt', { when: when(p.updatedAt) })}
            {p.url && <> · {i18n.t('packs.checkedAt', { when: when(p.lastChecked) })}</>}
            {' · '}
            <span data-testid="pack-signature">
              {signer ? i18n.t('packs.signedBy', { key: signer }) : i18n.t('packs.notSigned')}
              {pinned === 'policy' && ` ${i18n.t('packs.pinnedByPolicy')}`}
              {pinned === 'own' && ` ${i18n.t('packs.pinnedNote')}`}
            </span>{' '}
            {signer && !pinned && (
              <button type="button" data-testid="pack-pin" onClick={() => onPin(p.id)}>
                {i18n.t('packs.pinKey')}
              </button>
            )}
            {canForget && (
              <button
                type="button"
                data-testid="pack-forget-key"
                aria-label={i18n.t('packs.forgetKeyNamed', { name: p.pack.name })}
                onClick={() => onForget(p.id)}
              >
                {i18n.t('packs.forgetKey')}
              </button>
            )}
          </p>
          {userCopy && (
            <p class="meta" data-testid="pack-user-copy">
              {i18n.t('packs.userCopy', userCopy)}
            </p>
          )}
          {p.lastError && (
            <p class="meta" role="note" data-testid="pack-error">
              {i18n.t('packs.lastError', { error: p.lastError })}
            </p>
          )}
          <PackPreview pack={p.pack} css={props.cardCss} />
        </li>
      ))}
    </ul>
  );
}
