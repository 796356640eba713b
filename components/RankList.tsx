import { i18n } from '../utils/i18n';
import { own } from '../utils/id-record';

/** Props of {@link RankList}. */
export interface RankListProps {
  title: string;
  rows: readonly [string, number][];
  /** Display names by id; unknown ids show as they are. */
  names?: Readonly<Record<string, string>>;
  testId: string;
  empty?: string;
}

/** A short titled list of names and counts, most first. */
export function RankList({
  title,
  rows,
  names = {},
  testId,
  empty = i18n.t('common.nothingYet'),
}: RankListProps) {
  return (
    <div class="rank" data-testid={testId}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p class="muted">{empty}</p>
      ) : (
        <ol>
          {rows.map(([id, n]) => (
            <li key={id} data-id={id}>
              {own(names, id) ?? id} <span class="count">{n}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
