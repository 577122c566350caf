// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORAGE_KEYS } from '../../lib/storage.ts';
import { localTimeZone } from '../../model/time.ts';
import { DEFAULT_VIEW_STATE } from '../../state/urlState.ts';
import { renderHookWithProviders } from '../testing/render.tsx';
import { useTimeZone } from './useTimeZone.ts';

const OTHER = localTimeZone() === 'Asia/Tokyo' ? 'Europe/Berlin' : 'Asia/Tokyo';

function zoneWith(tz: string | undefined) {
  const updateView = vi.fn();
  const hook = renderHookWithProviders(() => useTimeZone({ ...DEFAULT_VIEW_STATE, tz }, updateView));
  return { ...hook, updateView };
}

describe('useTimeZone', () => {
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it('the viewer’s own zone, and a URL that stays clean', () => {
    const { result, updateView } = zoneWith(undefined);
    expect(result.current[0]).toBe(localTimeZone());
    expect(updateView).not.toHaveBeenCalled();
  });

  it('a remembered zone is used and written back to the URL, so a copied link keeps it', () => {
    localStorage.setItem(STORAGE_KEYS.timeZone, OTHER);
    const { result, updateView } = zoneWith(undefined);
    expect(result.current[0]).toBe(OTHER);
    expect(updateView).toHaveBeenCalledWith({ tz: OTHER }, { replace: true });
  });

  it('the URL wins over the remembered zone', () => {
    localStorage.setItem(STORAGE_KEYS.timeZone, 'America/New_York');
    const { result } = zoneWith(OTHER);
    expect(result.current[0]).toBe(OTHER);
  });

  it('choosing the own zone forgets the remembered one', () => {
    localStorage.setItem(STORAGE_KEYS.timeZone, OTHER);
    const { result, updateView } = zoneWith(OTHER);
    act(() => result.current[1](localTimeZone()));
    expect(localStorage.getItem(STORAGE_KEYS.timeZone)).toBeNull();
    expect(updateView).toHaveBeenLastCalledWith({ tz: undefined });
  });
});
