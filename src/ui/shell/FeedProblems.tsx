// The notice about skipped entries, its own chunk (App.tsx): only a feed
// with broken entries shows it, and the first page is within its budget.
import type { FeedProblem } from '../../feed/parse.ts';
import { useDisplay } from './display.ts';

export function FeedProblemsNotice({ problems }: { problems: readonly FeedProblem[] }) {
  const { t } = useDisplay();
  if (problems.length === 0) return null;
  // A dropped link or photo (kept) is not a skipped entry: say each apart.
  const skipped = problems.filter((problem) => !problem.kept);
  const dropped = problems.length - skipped.length;
  const onlySessions = skipped.every((problem) => problem.part === 'session');
  const summary = [
    skipped.length === 0 ? undefined : t(onlySessions ? 'feed.skipped' : 'feed.skippedParts', { count: skipped.length }),
    dropped === 0 ? undefined : t('feed.dropped', { count: dropped }),
  ];
  return (
    <details className="notice notice-warning feed-problems" role="status">
      <summary>{summary.filter((part) => part !== undefined).join(' · ')}</summary>
      <ul>
        {/* Keyed by position: the list never reorders, and part+index repeat (an importer's and
            the parser's problems share indices, several may be -1). */}
        {problems.map((problem, position) => (
          <li key={position}>
            {problem.index >= 0 && (
              <>
                {t(`feed.part.${problem.part}`)} #{problem.index + 1}
                {problem.id ? ` (${problem.id})` : ''}:{' '}
              </>
            )}
            <code>{problem.reason}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
