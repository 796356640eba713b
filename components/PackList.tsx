import type { StoredPack } from '../storage/db';

/** Props of {@link PackList}. */
export interface PackListProps {
  packs: readonly StoredPack[];
  onToggle: (id: string, enabled: boolean) => void;
}

/** Installed packs with their source and version, each switchable on or off. */
export function PackList({ packs, onToggle }: PackListProps) {
  return (
    <ul class="plain" data-testid="pack-list">
      {packs.map((p) => (
        <li key={p.id} data-testid="pack">
          <input
            id={`pack-${p.id}`}
            type="checkbox"
            checked={p.enabled}
            onChange={(e) => onToggle(p.id, e.currentTarget.checked)}
          />
          <label for={`pack-${p.id}`}>
            <strong>{p.pack.name}</strong> {p.version} · {p.source} · {p.pack.prompts.length}{' '}
            prompts
          </label>
        </li>
      ))}
    </ul>
  );
}
