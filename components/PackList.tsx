import type { StoredPack } from '../storage/db';
import { NudgeCard } from './NudgeCard';
import { previewNudge, when } from './pack-preview';

/** An installed pack as the options page lists it. */
export interface PackRow {
  stored: StoredPack;
  /** Where it came from, in words. */
  from: string;
  /** Fingerprint of the key that signed it, if it is signed. */
  signer?: string;
  /** Whether updates must be signed by a pinned key. */
  pinned: boolean;
}

/** Props of {@link PackList}. */
export interface PackListProps {
  packs: readonly PackRow[];
  onToggle: (id: string, enabled: boolean) => void;
  onRemove: (id: string) => void;
  onPin: (id: string) => void;
}

const noop = () => undefined;

/** Each preview sits in a box the overlay's width, so line breaks fall where they will on the page. */
const PREVIEW_BOX = {
  maxWidth: '360px',
  border: '1px solid var(--border, #ccc)',
  borderRadius: '8px',
  padding: '0 12px',
  margin: '8px 0',
};

/**
 * Installed packs: source, version, last update, lock, signature, a switch, remove, and a preview
 * of every prompt through the overlay's own card (text only, never HTML), made inert.
 */
export function PackList({ packs, onToggle, onRemove, onPin }: PackListProps) {
  return (
    <ul class="packs" data-testid="pack-list" style={{ listStyle: 'none', padding: 0 }}>
      {packs.map(({ stored: p, from, signer, pinned }) => (
        <li
          key={p.id}
          data-testid="pack"
          data-pack-id={p.id}
          data-version={p.version}
          style={{ padding: '8px 0' }}
        >
          <div class="row">
            <input
              id={`pack-${p.id}`}
              type="checkbox"
              data-testid="pack-enabled"
              checked={p.enabled}
              disabled={p.locked}
              onChange={(e) => onToggle(p.id, e.currentTarget.checked)}
            />
            <label for={`pack-${p.id}`}>
              <strong>{p.pack.name}</strong> <span data-testid="pack-version">{p.version}</span> ·{' '}
              {p.pack.prompts.length} prompts
            </label>
            {p.locked ? (
              <span data-testid="pack-locked">Locked by your organisation</span>
            ) : (
              p.source !== 'builtin' && (
                <button
                  type="button"
                  data-testid="pack-remove"
                  aria-label={`Remove ${p.pack.name}`}
                  onClick={() => onRemove(p.id)}
                >
                  Remove
                </button>
              )
            )}
          </div>
          <p class="meta" data-testid="pack-meta">
            {from} · updated {when(p.updatedAt)}
            {p.url && <> · checked {when(p.lastChecked)}</>}
            {' · '}
            <span data-testid="pack-signature">
              {signer ? `signed by key ${signer}` : 'not signed'}
              {pinned ? ' (pinned: updates must be signed with it)' : ''}
            </span>{' '}
            {signer && !pinned && (
              <button type="button" data-testid="pack-pin" onClick={() => onPin(p.id)}>
                Pin this key
              </button>
            )}
          </p>
          {p.lastError && (
            <p class="meta" role="note" data-testid="pack-error">
              Last update failed: {p.lastError}
            </p>
          )}
          <details data-testid="pack-preview">
            <summary>Preview {p.pack.prompts.length} prompts</summary>
            <div inert>
              {p.pack.prompts.map((prompt) => (
                <div key={prompt.id} style={PREVIEW_BOX}>
                  <NudgeCard
                    nudge={previewNudge(p.pack, prompt)}
                    checklistOpen={prompt.kind === 'checklist'}
                    askingReason={false}
                    status=""
                    onReason={noop}
                    onDragStart={noop}
                    onUsed={noop}
                    onCopy={noop}
                    onSnooze={noop}
                    onDismiss={noop}
                    onCollapse={noop}
                    onToggleChecklist={noop}
                    onTick={noop}
                  />
                </div>
              ))}
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
