import { formatDay, type DayKey } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';

interface Props {
  days: readonly DayKey[];
  selected: DayKey;
  onSelect: (day: DayKey) => void;
  /** Sessions per day under the current filters: shown on each tab, and a day with none cannot be picked. */
  counts?: ReadonlyMap<DayKey, number>;
}

export function DayTabs({ days, selected, onSelect, counts }: Props) {
  const { t, locale } = useDisplay();
  return (
    <div className="day-tabs" role="group" aria-label={t('grid.day')}>
      {days.map((day) => {
        const count = counts?.get(day) ?? 0;
        return (
          <button
            key={day}
            type="button"
            aria-pressed={day === selected}
            disabled={counts !== undefined && count === 0 && day !== selected}
            onClick={() => onSelect(day)}
          >
            <time dateTime={day}>{formatDay(day, locale)}</time>
            {counts && <DayCount count={count} />}
          </button>
        );
      })}
    </div>
  );
}

/** "17" on the tab, "(17 sessions)" to a screen reader. */
export function DayCount({ count }: { count: number }) {
  const { t } = useDisplay();
  return (
    <>
      <span className="day-tab-count" aria-hidden="true">
        {count}
      </span>
      <span className="visually-hidden"> ({t('list.sessionCount', { count })})</span>
    </>
  );
}
