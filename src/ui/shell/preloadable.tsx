// React.lazy for a chunk that is often fetched before it is needed. A lazy
// component whose chunk is already in still suspends on its first render,
// and React then holds the content back for 300 ms after the fallback was
// shown (its fallback throttle): the first switch to the grid of 5,000
// sessions spent 280 of its 406 ms waiting on that. Once preloaded, the
// component here renders at once, with no fallback and no wait.
import { createElement, lazy, useState, type ComponentType } from 'react';
import { withLaterStrings } from '../../i18n/setup.ts';

export interface Preloadable<P extends object> {
  /** The component: rendered at once when its chunk is in, else through React.lazy (a Suspense boundary above shows the fallback). */
  Component: ComponentType<P>;
  /** Fetches the chunk once (again after a failure); the component renders without suspending from then on. */
  preload: () => Promise<ComponentType<P>>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    // Chosen once per mount: turning from Lazy to the loaded component later would remount it.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(Shown, props);
  }
  return { Component, preload };
}

/** React.lazy for a component that shows the later strings (i18n/setup.ts): its chunk and those strings load together. */
export function lazyWithStrings<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => withLaterStrings(load()).then((component) => ({ default: component })));
}
