// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { favoritesKey } from '../../state/favorites.ts';
import { renderHookWithProviders } from '../testing/render.tsx';
import { useFavorites } from './useFavorites.ts';

const KEY = favoritesKey('test');

function stored(): unknown {
  return JSON.parse(localStorage.getItem(KEY) ?? 'null');
}

describe('useFavorites', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('stars and unstars, and storage holds what the hook shows', () => {
    const { result } = renderHookWithProviders(() => useFavorites('test'));
    expect(result.current.ids).toEqual([]);
    act(() => result.current.toggle('s1'));
    act(() => result.current.toggle('s2'));
    expect(result.current.ids).toEqual(['s1', 's2']);
    expect(result.current.set.has('s2')).toBe(true);
    expect(stored()).toMatchObject({ ids: ['s1', 's2'] });
    act(() => result.current.toggle('s1'));
    expect(result.current.ids).toEqual(['s2']);
    expect(stored()).toMatchObject({ ids: ['s2'] });
  });

  it('follows another tab: a storage event for its key re-reads the list', () => {
    const { result } = renderHookWithProviders(() => useFavorites('test'));
    act(() => result.current.toggle('s1'));
    localStorage.setItem(KEY, JSON.stringify({ version: 1, ids: ['s1', 's9'] }));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    });
    expect(result.current.ids).toEqual(['s1', 's9']);
  });

  it('ignores storage events for other keys', () => {
    const { result } = renderHookWithProviders(() => useFavorites('test'));
    localStorage.setItem(KEY, JSON.stringify({ version: 1, ids: ['s7'] }));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'schedule:v1:theme' }));
    });
    expect(result.current.ids).toEqual([]);
  });

  it('two tabs never erase each other’s stars', () => {
    const first = renderHookWithProviders(() => useFavorites('test'));
    const second = renderHookWithProviders(() => useFavorites('test'));
    act(() => first.result.current.toggle('s1'));
    act(() => second.result.current.toggle('s2'));
    expect(stored()).toMatchObject({ ids: ['s1', 's2'] });
  });

  it('tells the viewer once when stored favorites cannot be read, and keeps them aside', () => {
    localStorage.setItem(KEY, '{not json');
    const { result } = renderHookWithProviders(() => useFavorites('test'));
    expect(result.current.notice).toBe('unreadable');
    act(() => result.current.dismissNotice());
    expect(result.current.notice).toBeUndefined();
    act(() => result.current.toggle('s1'));
    expect(result.current.notice).toBeUndefined();
    expect(Object.keys(localStorage).some((key) => key.startsWith(`${KEY}:unreadable:`))).toBe(true);
  });
});
