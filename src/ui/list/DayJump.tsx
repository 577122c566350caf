// The list's days, one tap each: asks for a day's heading (the list keeps
// every day; the grid shows one at a time with its own tabs).
import { formatDay, type DayGroup, type DayKey } from '../../model/time.ts';
import { DayCount } from '../grid/DayTabs.tsx';
import { useDisplay } from '../shell/display.ts';

interface Props {
  days: readonly DayGroup<unknown>[];
  onJump: (day: DayKey) => void;
}

export function DayJump({ days, onJump }: Props) {
  const { t, locale } = useDisplay();
  if (days.length < 2) return null;
  return (
    <nav className="day-tabs day-jump" aria-label={t('list.jumpToDay')}>
      {days.map(({ day, items }) => (
        <button key={day} type="button" onClick={() => onJump(day)}>
          <time dateTime={day}>{formatDay(day, locale)}</time>
          <DayCount count={items.length} />
        </button>
      ))}
    </nav>
  );
}
