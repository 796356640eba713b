import type { Problem } from '../prompts/validate';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  /** What was being installed, e.g. a file name. */
  subject: string;
  problems: readonly Problem[];
}

/** Why a pack was refused: every problem with its JSON path, as the CLI prints them. */
export function ProblemList({ subject, problems }: ProblemListProps) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" data-testid="pack-problems">
      <p>
        {subject} was not installed ({problems.length} problem{problems.length === 1 ? '' : 's'}):
      </p>
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
