import { formatDay, type DayKey } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';

interface Props {
  days: readonly DayKey[];
  selected: DayKey;
  onSelect: (day: DayKey) => void;
}

export function DayTabs({ days, selected, onSelect }: Props) {
  const { t, locale } = useDisplay();
  return (
    <div className="day-tabs" role="group" aria-label={t('grid.day')}>
      {days.map((day) => (
        <button key={day} type="button" aria-pressed={day === selected} onClick={() => onSelect(day)}>
          <time dateTime={day}>{formatDay(day, locale)}</time>
        </button>
      ))}
    </div>
  );
}
