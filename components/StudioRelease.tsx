import type { BumpLevel, BumpSuggestion } from '../prompts/studio/version';
import type { Problem } from '../prompts/validate';
import { i18n } from '../utils/i18n';
import { StudioProblems } from './StudioField';

/** The choice of version raise: a level, or keep the version as it is. */
export type ReleaseLevel = BumpLevel | 'keep';

/** Props of {@link StudioRelease}. */
export interface StudioReleaseProps {
  doc: unknown;
  version: string;
  /** The version the pack will be released at (the same as `version` when kept). */
  next: string;
  /** What changed since the last release; null for a new pack or when nothing changed. */
  suggestion: BumpSuggestion | null;
  isNew: boolean;
  level: ReleaseLevel;
  onLevel: (level: ReleaseLevel) => void;
  onKeyFile: (file: File | null) => void;
  onExport: () => void;
  onInstall: () => void;
  busy: boolean;
  /** Problems with the version field itself. */
  problems: readonly Problem[];
}

const LEVELS: readonly ReleaseLevel[] = ['patch', 'minor', 'major', 'keep'];

function why(s: BumpSuggestion): string {
  const ids = s.ids.slice(0, 3).join(', ') + (s.ids.length > 3 ? ', …' : '');
  if (s.reason === 'removed') return i18n.t('studio.release.whyRemoved', { ids });
  if (s.reason === 'added') return i18n.t('studio.release.whyAdded', { ids });
  return i18n.t('studio.release.whyEdited');
}

const levelName = (l: ReleaseLevel) =>
  l === 'patch'
    ? i18n.t('studio.release.patch')
    : l === 'minor'
      ? i18n.t('studio.release.minor')
      : l === 'major'
        ? i18n.t('studio.release.major')
        : i18n.t('studio.release.keep');

/**
 * The version the pack is released at (raised once, now, from what changed), an optional key
 * file to sign with, and the two ways out: the pack file, or this browser.
 */
export function StudioRelease(props: StudioReleaseProps) {
  const { suggestion } = props;
  return (
    <section aria-labelledby="studio-release-h" class="studio-section studio-release">
      <h2 id="studio-release-h">{i18n.t('studio.release.heading')}</h2>
      <p data-testid="studio-version">
        <strong>
          {props.next === props.version
            ? i18n.t('studio.release.versionKept', { version: props.version })
            : i18n.t('studio.release.versionChange', { from: props.version, to: props.next })}
        </strong>
      </p>
      <StudioProblems doc={props.doc} problems={props.problems} />
      <p class="muted" data-testid="studio-version-why">
        {props.isNew
          ? i18n.t('studio.release.firstVersion')
          : suggestion
            ? i18n.t('studio.release.suggested', {
                level: levelName(suggestion.level),
                why: why(suggestion),
              })
            : i18n.t('studio.release.noChange')}
      </p>
      {!props.isNew && (
        <div class="field">
          <label for="studio-level">{i18n.t('studio.release.raise')}</label>
          <select
            id="studio-level"
            data-testid="studio-level"
            value={props.level}
            onChange={(e) => props.onLevel(e.currentTarget.value as ReleaseLevel)}
          >
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelName(l)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="studio-key">{i18n.t('studio.release.keyFile')}</label>
        <input
          id="studio-key"
          type="file"
          accept=".json,application/json"
          data-testid="studio-key-file"
          aria-describedby="studio-key-hint"
          onChange={(e) => props.onKeyFile(e.currentTarget.files?.[0] ?? null)}
        />
        <small id="studio-key-hint" class="muted">
          {i18n.t('studio.release.keyHint')}
        </small>
      </div>
      <div class="row">
        <button
          type="button"
          class="primary"
          data-testid="studio-export"
          disabled={props.busy}
          onClick={props.onExport}
        >
          {i18n.t('studio.release.export')}
        </button>
        <button
          type="button"
          data-testid="studio-install"
          disabled={props.busy}
          onClick={props.onInstall}
        >
          {i18n.t('studio.release.install')}
        </button>
      </div>
    </section>
  );
}
