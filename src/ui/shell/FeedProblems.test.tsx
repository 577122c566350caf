// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render.tsx';
import { FeedProblemsNotice } from './FeedProblems.tsx';

afterEach(cleanup);

describe('the feed problems notice', () => {
  it('counts skipped sessions and dropped values apart', () => {
    renderWithProviders(
      <FeedProblemsNotice
        problems={[
          { part: 'session', index: 0, id: 'a', reason: 'title: needs text' },
          { part: 'session', index: 1, id: 'b', reason: 'links.0.url: only https: URLs', kept: true },
          { part: 'speaker', index: 2, id: 'c', reason: 'photo.0.url: not a photo URL', kept: true },
        ]}
      />,
    );
    expect(
      screen.getByText('1 session in the feed is broken and was skipped. · 2 values in the feed were left out; their entries are shown'),
    ).toBeTruthy();
  });

  it('says nothing was skipped when only values were dropped', () => {
    renderWithProviders(
      <FeedProblemsNotice problems={[{ part: 'session', index: 0, reason: 'links.0.url: only https: URLs', kept: true }]} />,
    );
    expect(screen.getByText('1 value in the feed was left out; its entry is shown')).toBeTruthy();
    expect(screen.queryByText(/skipped/)).toBeNull();
  });
});
