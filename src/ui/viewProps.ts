// Props the views share (list, grid and the screen that drives them).
import type { Session, Track } from '../model/schedule.ts';
import type { DayGroup } from '../model/time.ts';

/** What every card of a list shares: lookups, the viewer's stars, the clock, the handlers. */
export interface CardOptions {
  tracksById: ReadonlyMap<string, Track>;
  /** Ids of the sessions the viewer starred. */
  starredIds: ReadonlySet<string>;
  /** Per session id, the titles of the sessions it clashes with. */
  clashes?: ReadonlyMap<string, readonly string[]>;
  /** The clock reading while the event runs; no live marks otherwise. */
  now?: number;
  onOpen: (id: string) => void;
  onToggleFavorite: (id: string) => void;
}

/** Asks a view to bring a session into sight; a new `seq` asks again. */
export interface ScrollRequest {
  seq: number;
  sessionId?: string;
}

/** What both list bodies (FullList, VirtualList) are handed. */
export interface ListBodyProps {
  days: readonly DayGroup<Session>[];
  options: CardOptions;
  scrollRequest?: ScrollRequest;
}
