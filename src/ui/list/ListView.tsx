// Sessions by local day. Up to a few hundred, every card is in the page (so
// find-in-page and screen readers see them all), the first screenful painted
// before the rest; beyond that, only the cards on screen are (VirtualList).
import { Suspense, useMemo } from 'react';
import { groupByDay, type DayGroup } from '../../model/time.ts';
import { useDisplay } from '../shell/display.ts';
import { FullList } from './FullList.tsx';
import type { CardOptions, ScrollRequest } from '../viewProps.ts';
import type { Schedule, Session } from '../../model/schedule.ts';
import { preloadable } from '../shell/preloadable.tsx';

const VIRTUALIZE_ABOVE = 400;

const VirtualList = preloadable(() => import('./VirtualList.tsx').then((module) => module.VirtualList));

/**
 * Fetches what the list of a schedule needs beyond the first page's code (the
 * virtual list, for a big feed): before the feed is shown, so the list renders
 * at once rather than through a loading state. Never rejects: a chunk that
 * did not load is the list's to report when it renders.
 */
export async function preloadListFor({ schedule }: { schedule: Schedule }): Promise<void> {
  if (schedule.sessions.length > VIRTUALIZE_ABOVE) await VirtualList.preload().catch(() => undefined);
}

/** Sessions by local day in the viewer's zone, regrouped only when the sessions or the zone change. */
export function useByDay(sessions: readonly Session[]): DayGroup<Session>[] {
  const { timeZone } = useDisplay();
  return useMemo(() => groupByDay(sessions, timeZone), [sessions, timeZone]);
}

interface Props extends CardOptions {
  /** The sessions to list, by local day (useByDay). */
  byDay: readonly DayGroup<Session>[];
  scrollRequest?: ScrollRequest;
}

export function ListView({ byDay: days, scrollRequest, tracksById, starredIds, clashes, now, onOpen, onToggleFavorite }: Props) {
  const { t } = useDisplay();
  const options = useMemo<CardOptions>(
    () => ({ tracksById, starredIds, clashes, now, onOpen, onToggleFavorite }),
    [tracksById, starredIds, clashes, now, onOpen, onToggleFavorite],
  );
  if (days.length === 0) return <p className="empty">{t('list.empty')}</p>;
  const total = days.reduce((count, { items }) => count + items.length, 0);
  if (total <= VIRTUALIZE_ABOVE) return <FullList days={days} options={options} scrollRequest={scrollRequest} />;
  return (
    <Suspense fallback={<p className="feed-loading">{t('list.loading')}</p>}>
      <VirtualList.Component days={days} options={options} scrollRequest={scrollRequest} />
    </Suspense>
  );
}
