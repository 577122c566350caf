// The list's days, one tap each: jumps to a day's heading (the list keeps
// every day; the grid shows one at a time with its own tabs).
import { formatDay, type DayKey } from '../../model/time.ts';
import { DayCount } from '../grid/DayTabs.tsx';
import { useDisplay } from '../shell/display.ts';

export function DayJump({ days }: { days: readonly { day: DayKey; count: number }[] }) {
  const { t, locale } = useDisplay();
  if (days.length < 2) return null;
  return (
    <nav className="day-tabs day-jump" aria-label={t('list.jumpToDay')}>
      {days.map(({ day, count }) => (
        <button key={day} type="button" onClick={() => document.getElementById(`day-${day}`)?.scrollIntoView({ block: 'start' })}>
          <time dateTime={day}>{formatDay(day, locale)}</time>
          <DayCount count={count} />
        </button>
      ))}
    </nav>
  );
}
