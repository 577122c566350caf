// The timetable of one local day: time down, tracks (or rooms) across.
import { useEffect, useMemo, useRef } from 'react';
import { gridWindow, itemsInWindow, layoutDay, NO_COLUMN } from '../../schedule/grid.ts';
import { liveStatus } from '../../schedule/live.ts';
import { formatTime, type DayGroup, type DayKey } from '../../model/time.ts';
import { DayTabs } from './DayTabs.tsx';
import { useDisplay } from '../shell/display.ts';
import { GridSession } from './GridSession.tsx';
import type { ScrollRequest } from '../viewProps.ts';
import { FeedText } from '../session/FeedText.tsx';
import { useGridViewport } from './useGridViewport.ts';
import type { Schedule, Session } from '../../model/schedule.ts';

interface Props {
  schedule: Schedule;
  /** The shown sessions by local day (useByDay). */
  byDay: readonly DayGroup<Session>[];
  days: readonly DayKey[];
  day: DayKey;
  onDayChange: (day: DayKey) => void;
  starredIds: ReadonlySet<string>;
  /** The clock reading while the event runs: live marks and the now line. */
  now?: number;
  /** "Now" was pressed: bring the now line into sight. */
  scrollRequest?: ScrollRequest;
  onOpen: (id: string) => void;
  onToggleFavorite: (id: string) => void;
}

const PX_PER_MINUTE = 3;
const LABEL_EVERY = 30;
// A day with more sessions than this renders only those near the screen.
const WINDOW_ABOVE = 150;

export function GridView({ schedule, byDay, days, day, onDayChange, starredIds, now, scrollRequest, onOpen, onToggleFavorite }: Props) {
  const { t, locale, timeZone } = useDisplay();
  const counts = useMemo(() => new Map(byDay.map(({ day: key, items }) => [key, items.length])), [byDay]);
  const layout = useMemo(
    () => layoutDay(schedule, byDay.find((group) => group.day === day)?.items ?? [], day, timeZone),
    [schedule, byDay, day, timeZone],
  );
  const { dayStart } = layout;
  const height = (layout.lastMinute - layout.firstMinute) * PX_PER_MINUTE;
  const nowMinute = now === undefined ? undefined : (now - dayStart) / 60_000;
  const nowTop =
    nowMinute !== undefined && nowMinute >= layout.firstMinute && nowMinute <= layout.lastMinute
      ? (nowMinute - layout.firstMinute) * PX_PER_MINUTE
      : undefined;
  const boxRef = useRef<HTMLDivElement>(null);
  const look = useGridViewport(boxRef, layout.items.length > WINDOW_ABOVE, layout);
  // A big day renders only what is near the screen: before the first paint
  // the screen alone, once painted up to half a screen more on every side. Until
  // the box is measured (the first render, whose layout effect measures it)
  // it has no sessions.
  const visible = useMemo(() => {
    if (layout.items.length <= WINDOW_ABOVE) return layout.items;
    if (!look) return [];
    return itemsInWindow(layout.items, gridWindow(look.viewport, layout.firstMinute, PX_PER_MINUTE, look.overscan));
  }, [layout, look]);
  const nowLineRef = useRef<HTMLDivElement>(null);
  // Each "Now" is served once. The session's column comes from the day's
  // layout, not from its cell: on a big day the cell is drawn only once it
  // is near the screen, so opening at now found no cell and stayed on the
  // first tracks.
  const served = useRef<number>(undefined);
  useEffect(() => {
    if (!scrollRequest || served.current === scrollRequest.seq) return;
    served.current = scrollRequest.seq;
    // An empty day has no box: that "Now" is spent, not kept for a later day.
    const box = boxRef.current;
    if (!box) return;
    const column = layout.items.find((item) => item.session.id === scrollRequest.sessionId)?.column;
    scrollToNow(box, nowLineRef.current, column === undefined ? undefined : box.querySelectorAll('.grid-column')[column]);
  }, [scrollRequest, layout]);
  const labels: number[] = [];
  for (let minute = layout.firstMinute; minute < layout.lastMinute; minute += LABEL_EVERY) labels.push(minute);

  return (
    <div className="grid-view">
      <DayTabs days={days} selected={day} onSelect={onDayChange} counts={counts} />
      {layout.items.length === 0 ? (
        <p className="empty">{t('grid.emptyDay')}</p>
      ) : (
        <div className="grid-scroll" ref={boxRef} role="region" aria-label={t('grid.label')} tabIndex={0}>
          <div
            className="grid"
            style={{
              gridTemplateColumns: `var(--grid-times-width) repeat(${layout.columns.length}, minmax(var(--grid-column-min), var(--grid-column-max)))`,
            }}
          >
            <div className="grid-corner" />
            {layout.columns.map((column) => (
              <div key={column.id} className="grid-column-head" style={column.color ? { '--track': column.color } : undefined}>
                {column.name ? <FeedText text={column.name} /> : t(layout.kind === 'rooms' ? 'grid.noRoom' : 'grid.noTrack')}
              </div>
            ))}
            <div className="grid-times" style={{ height }}>
              {nowTop !== undefined && now !== undefined && (
                <span className="now-label" style={{ top: nowTop }}>
                  {formatTime(now, locale, timeZone)}
                </span>
              )}
              {labels.map((minute) => (
                <span key={minute} className="grid-time" style={{ top: (minute - layout.firstMinute) * PX_PER_MINUTE }}>
                  {formatTime(dayStart + minute * 60_000, locale, timeZone)}
                </span>
              ))}
            </div>
            {layout.columns.map((column, index) => (
              <div key={column.id} className="grid-column" data-column-id={column.id || NO_COLUMN} style={{ height }}>
                {nowTop !== undefined && (
                  <div className="now-line" ref={index === 0 ? nowLineRef : undefined} style={{ top: nowTop }} aria-hidden="true" />
                )}
                {visible
                  .filter((item) => item.column === index)
                  .map((item) => (
                    <GridSession
                      key={item.session.id}
                      item={item}
                      firstMinute={layout.firstMinute}
                      pxPerMinute={PX_PER_MINUTE}
                      color={column.color}
                      starred={starredIds.has(item.session.id)}
                      status={now === undefined ? undefined : liveStatus(item.session, now)}
                      onOpen={onOpen}
                      onToggleFavorite={onToggleFavorite}
                    />
                  ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * "Now" in the grid: the now line to the middle of the box and the column of
 * the live (or next) session just right of the times, so a phone shows the
 * talk that is on rather than an empty first track; then the box into sight.
 */
function scrollToNow(box: HTMLElement, nowLine: HTMLElement | null, column: Element | undefined): void {
  const timesWidth = box.querySelector('.grid-times')?.getBoundingClientRect().width ?? 0;
  const boxRect = box.getBoundingClientRect();
  const columnRect = column?.getBoundingClientRect();
  // Across only when the column is not already in sight (a desktop shows several).
  const inSight = columnRect && columnRect.left >= boxRect.left + timesWidth && columnRect.right <= boxRect.left + box.clientWidth;
  const left = columnRect && !inSight ? columnRect.left - boxRect.left + box.scrollLeft - timesWidth : box.scrollLeft;
  const top = nowLine ? nowLine.getBoundingClientRect().top - boxRect.top + box.scrollTop - box.clientHeight / 2 : box.scrollTop;
  box.scrollTo({ left: Math.max(0, left), top: Math.max(0, top) });
  box.scrollIntoView({ block: 'nearest' });
}
