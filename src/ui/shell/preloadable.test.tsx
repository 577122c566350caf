// @vitest-environment happy-dom
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from './preloadable.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const inSuspense = (element: React.ReactNode) => <Suspense fallback={<p>Loading</p>}>{element}</Suspense>;

describe('preloadable', () => {
  it('renders a preloaded component at once, without the fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const { Component, preload } = preloadable(load);
    await preload();
    render(inSuspense(<Component name="Ada" />));
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends with the fallback when rendered before the chunk is in, then shows it', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const { Component } = preloadable(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    render(inSuspense(<Component name="Grace" />));
    expect(screen.getByText('Loading')).toBeTruthy();
    await act(async () => arrive(Greeting));
    expect(await screen.findByText('Hello Grace')).toBeTruthy();
  });

  it('fetches once however often it is asked, and again after a failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    const { preload } = preloadable(load);
    await expect(preload()).rejects.toThrow('offline');
    await Promise.all([preload(), preload()]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
