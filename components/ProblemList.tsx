import type { Problem } from '../prompts/validate';
import { i18n } from '../utils/i18n';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  /** What was being installed, e.g. a file name. */
  subject: string;
  problems: readonly Problem[];
}

/**
 * Why a pack was refused: every problem with its JSON path, as the CLI prints them. The problems
 * stay in English (the CLI's words, for pack authors); the sentence introducing them does not.
 */
export function ProblemList({ subject, problems }: ProblemListProps) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" data-testid="pack-problems">
      <p>{i18n.t('packs.problems', problems.length, { subject })}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i} data-testid="pack-problem">
            <code>{p.path === '' ? '(root)' : p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
