// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupByDay } from '../../model/time.ts';
import { makeSchedule } from '../../schedule/testSchedule.ts';
import { renderWithProviders } from '../testing/render.tsx';
import type { ScrollRequest } from '../viewProps.ts';
import { ListView } from './ListView.tsx';

// Ten sessions a day over three days: more than a first step draws.
const schedule = makeSchedule(
  ['2022-04-25', '2022-04-26', '2022-04-27'].flatMap((date) =>
    Array.from({ length: 10 }, (_, hour) => ({
      start: `${date}T${String(hour + 8).padStart(2, '0')}:00:00Z`,
      end: `${date}T${String(hour + 8).padStart(2, '0')}:30:00Z`,
    })),
  ),
);

function list(scrollRequest?: ScrollRequest) {
  return (
    <ListView
      scrollRequest={scrollRequest}
      byDay={groupByDay(schedule.sessions, 'UTC')}
      tracksById={new Map()}
      starredIds={new Set()}
      now={undefined}
      onOpen={vi.fn()}
      onToggleFavorite={vi.fn()}
    />
  );
}

describe('the list’s day tabs', () => {
  let scrolledTo: string[];
  beforeEach(() => {
    scrolledTo = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      // A day's header (where its heading sticks) by its heading's id, a card by its session's.
      const day = this.classList.contains('day-header') ? this.querySelector('h2')?.id : undefined;
      scrolledTo.push(day ?? this.getAttribute('data-session-id') ?? '');
    });
    // A phone's height: the first step is three cards, all of the first day.
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(480);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('a day already drawn is scrolled to at once', () => {
    renderWithProviders(list());
    fireEvent.click(screen.getByRole('button', { name: /25/ }));
    expect(scrolledTo).toEqual(['day-2022-04-25']);
    // The focus goes with it: the next Tab goes on from that day.
    expect(document.activeElement?.id).toBe('day-2022-04-25');
  });

  it('a day tapped before its heading is drawn is scrolled to once it is', async () => {
    renderWithProviders(list());
    expect(document.getElementById('day-2022-04-27')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /27/ }));
    await vi.waitFor(() => expect(scrolledTo).toEqual(['day-2022-04-27']));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(scrolledTo).toEqual(['day-2022-04-27']);
  });

  it('a jump to now asked for after the tap wins over it', async () => {
    const { rerender } = renderWithProviders(list());
    fireEvent.click(screen.getByRole('button', { name: /27/ }));
    rerender(list({ seq: 1, sessionId: 's12' }));
    await vi.waitFor(() => expect(scrolledTo).toEqual(['s12']));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(scrolledTo).toEqual(['s12']);
  });
});
