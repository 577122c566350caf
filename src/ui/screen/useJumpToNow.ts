// "Now" asks the view to scroll: the list to the current session, the grid to
// its now line. During the event the screen opens at now, once, and not over a
// deep-linked session nor over a reader's place.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Session } from '../../model/schedule.ts';
import type { DayKey } from '../../model/time.ts';
import { currentOrNext } from '../../schedule/live.ts';
import type { ViewMode, ViewState } from '../../state/urlState.ts';
import type { UpdateViewState } from '../../state/useViewState.ts';
import type { ScrollRequest } from '../viewProps.ts';

interface JumpToNowInput {
  /** The event clock: undefined outside the event. */
  now: number | undefined;
  today: DayKey | undefined;
  days: readonly DayKey[];
  shown: readonly Session[];
  viewState: ViewState;
  updateView: UpdateViewState;
}

export interface JumpToNow {
  scrollRequest: ScrollRequest | undefined;
  /** Scrolls the view (or the one being switched to) to now. */
  jumpToNow: (inView?: ViewMode) => void;
  /** A pending "Now" belongs to the view it was pressed in: drop it when the view changes. */
  cancelScroll: () => void;
}

export function useJumpToNow({ now, today, days, shown, viewState, updateView }: JumpToNowInput): JumpToNow {
  const [scrollRequest, setScrollRequest] = useState<ScrollRequest>();
  const { view, day, session } = viewState;
  const jumpToNow = useCallback(
    (inView: ViewMode = view) => {
      if (now === undefined) return;
      if (inView === 'grid' && today && days.includes(today) && day !== today) updateView({ day: today });
      setScrollRequest((previous) => ({ seq: (previous?.seq ?? 0) + 1, sessionId: currentOrNext(shown, now)?.id }));
    },
    [now, today, days, shown, view, day, updateView],
  );
  // A reload, or a return to the page, goes back to the reader's place in the
  // list or the grid (kept in the history entry by ui/shell/scrollMemory.ts):
  // a jump to now showed now for a frame or two, then the place again.
  const [openedAtPlace] = useState(() => (window.history.state as { place?: unknown } | null)?.place !== undefined);
  const jumpedOnOpen = useRef(false);
  useEffect(() => {
    if (jumpedOnOpen.current || now === undefined || session || openedAtPlace) return;
    jumpedOnOpen.current = true;
    jumpToNow();
  }, [now, session, openedAtPlace, jumpToNow]);
  const cancelScroll = useCallback(() => setScrollRequest(undefined), []);
  return { scrollRequest, jumpToNow, cancelScroll };
}
