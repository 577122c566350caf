// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Filters } from '../../schedule/filter.ts';
import { makeSchedule } from '../../schedule/testSchedule.ts';
import type { ViewMode } from '../../state/urlState.ts';
import type { Favorites } from '../mine/useFavorites.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { Results } from './Results.tsx';

const schedule = makeSchedule([{ title: { en: 'Mesh basics' } }, { title: { en: 'Zero trust' } }]);
const NO_FILTERS: Filters = { q: '', languages: [], tracks: [], types: [], favoritesOnly: false };

function favoritesOf(ids: string[]): Favorites {
  return { ids, set: new Set(ids), toggle: vi.fn(), addAll: vi.fn(), dismissNotice: vi.fn() };
}

function show(
  view: ViewMode,
  options: { shown?: typeof schedule.sessions; filters?: Filters; starred?: string[]; onClearFilters?: () => void } = {},
) {
  return renderWithProviders(
    <Results
      view={view}
      schedule={schedule}
      tracksById={new Map()}
      shown={options.shown ?? schedule.sessions}
      filters={options.filters ?? NO_FILTERS}
      days={['2022-04-25']}
      day="2022-04-25"
      favorites={favoritesOf(options.starred ?? [])}
      now={undefined}
      scrollRequest={undefined}
      onOpen={vi.fn()}
      onOpenSpeaker={vi.fn()}
      onDayChange={vi.fn()}
      onClearFilters={options.onClearFilters ?? vi.fn()}
      onExportStarred={vi.fn()}
    />,
  );
}

describe('Results picks the view', () => {
  afterEach(cleanup);

  it('the list shows every session it is given', () => {
    show('list');
    expect(screen.getByText('Mesh basics')).toBeTruthy();
    expect(screen.getByText('Zero trust')).toBeTruthy();
  });

  it('filters that match nothing offer a way out instead of an empty list', () => {
    const onClearFilters = vi.fn();
    show('list', { shown: [], filters: { ...NO_FILTERS, q: 'nothing' }, onClearFilters });
    expect(screen.getByText('No session matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(onClearFilters).toHaveBeenCalledOnce();
  });

  it('the same empty result in the grid also offers the way out (it is checked before the view)', () => {
    show('grid', { shown: [], filters: { ...NO_FILTERS, favoritesOnly: true } });
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeTruthy();
  });

  it('My schedule wins over filters, and says how to start when nothing is starred', async () => {
    show('mine', { shown: [], filters: { ...NO_FILTERS, q: 'nothing' } });
    expect(await screen.findByText(/You have not starred any session yet/)).toBeTruthy();
    expect(screen.queryByText('No session matches these filters.')).toBeNull();
  });

  it('My schedule lists the starred sessions only (its own chunk, behind a fallback)', async () => {
    show('mine', { starred: ['s1'] });
    expect(await screen.findByText('Zero trust')).toBeTruthy();
    expect(screen.queryByText('Mesh basics')).toBeNull();
  });

  it('the grid loads as its own chunk behind a fallback', () => {
    show('grid');
    expect(screen.getByText(/loading/i)).toBeTruthy();
  });
});
