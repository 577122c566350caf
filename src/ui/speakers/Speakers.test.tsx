// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schedule } from '../../model/schedule.ts';
import { nameSpeakerId } from '../../schedule/speakerIds.ts';
import { makeSchedule } from '../../schedule/testSchedule.ts';
import { renderWithProviders } from '../testing/render.tsx';
import { SessionLinks } from '../session/SessionLinks.tsx';
import { SpeakerDetail } from './SpeakerDetail.tsx';
import { SpeakersView } from './SpeakersView.tsx';

function schedule(): Schedule {
  const base = makeSchedule([
    { id: 'mesh', title: { en: 'Mesh basics' }, speakers: [{ name: 'Lin Sun' }, { name: 'Ada Lovelace', affiliation: 'Analytical' }] },
    { id: 'push', title: { zh: '推送优化' }, speakers: [{ name: '阳 唐' }] },
  ]);
  return {
    ...base,
    speakers: [
      {
        id: 'lin-sun',
        name: 'Lin Sun',
        role: 'Director of Open Source, Solo.io',
        bio: { zh: '服务网格专家' },
        links: [{ url: 'https://github.com/linsun', label: 'GitHub' }],
        photo: [
          { url: 'speakers/lin-sun-96.jpg', size: 96 },
          { url: 'speakers/lin-sun-192.jpg', size: 192 },
        ],
      },
    ],
    sessions: base.sessions.map((session) => ({
      ...session,
      speakers: session.speakers.map((speaker) => (speaker.name === 'Lin Sun' ? { ...speaker, id: 'lin-sun' } : speaker)),
    })),
  };
}

describe('the Speakers view', () => {
  afterEach(cleanup);

  it('lists everyone under letters, with a photo or initials, role and sessions', () => {
    renderWithProviders(<SpeakersView schedule={schedule()} query="" onOpenSpeaker={vi.fn()} onOpenSession={vi.fn()} />);
    expect(screen.getByText('3 speakers')).toBeTruthy();
    const index = screen.getByRole('navigation', { name: 'Speakers by letter' });
    expect(
      within(index)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['A', 'L', 'T']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Ada Lovelace', 'Lin Sun', '唐阳']);
    // Lin Sun has a same-origin photo; the others get initials.
    expect(document.querySelector('[data-speaker-id="lin-sun"] img')?.getAttribute('srcset')).toBe(
      'speakers/lin-sun-96.jpg 96w, speakers/lin-sun-192.jpg 192w',
    );
    expect(document.querySelector(`[data-speaker-id="${nameSpeakerId('Ada Lovelace')}"] .avatar-initials`)?.textContent).toBe('AL');
    expect(screen.getByText('Analytical')).toBeTruthy();
    expect(screen.getByRole('link', { name: /推送优化/ })).toBeTruthy();
  });

  it('narrows by the search box and says when nothing matches', () => {
    const { rerender } = renderWithProviders(
      <SpeakersView schedule={schedule()} query="solo" onOpenSpeaker={vi.fn()} onOpenSession={vi.fn()} />,
    );
    expect(screen.getByText('Showing 1 of 3 speakers')).toBeTruthy();
    rerender(<SpeakersView schedule={schedule()} query="nobody" onOpenSpeaker={vi.fn()} onOpenSession={vi.fn()} />);
    expect(screen.getByText('No speaker matches “nobody”.')).toBeTruthy();
  });

  it('opens a speaker and a session in the app on a plain click', () => {
    const onOpenSpeaker = vi.fn();
    const onOpenSession = vi.fn();
    renderWithProviders(<SpeakersView schedule={schedule()} query="" onOpenSpeaker={onOpenSpeaker} onOpenSession={onOpenSession} />);
    fireEvent.click(screen.getByRole('link', { name: 'Lin Sun' }));
    expect(onOpenSpeaker).toHaveBeenCalledWith('lin-sun');
    fireEvent.click(screen.getAllByRole('link', { name: 'Mesh basics' })[0] as HTMLElement);
    expect(onOpenSession).toHaveBeenCalledWith('mesh');
  });
});

describe('a speaker’s detail', () => {
  afterEach(cleanup);

  it('shows the role, the bio with its language marker, links and sessions', () => {
    renderWithProviders(<SpeakerDetail schedule={schedule()} id="lin-sun" onOpenSession={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Lin Sun');
    expect(screen.getByText('Director of Open Source, Solo.io')).toBeTruthy();
    expect(screen.getByText('服务网格专家').closest('[lang]')?.getAttribute('lang')).toBe('zh');
    expect(screen.getByText('中文')).toBeTruthy();
    const github = screen.getByRole('link', { name: 'GitHub on github.com' });
    expect(github.getAttribute('target')).toBe('_blank');
    expect(github.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByRole('link', { name: 'Mesh basics' })).toBeTruthy();
  });

  it('says "not found" for an id the schedule does not have', () => {
    renderWithProviders(<SpeakerDetail schedule={schedule()} id="nobody" onOpenSession={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Speaker not found');
  });
});

describe('session links', () => {
  afterEach(cleanup);

  it('are real links to a new tab without an opener, naming the site', () => {
    renderWithProviders(
      <SessionLinks
        links={[
          { kind: 'slides', url: 'https://static.sched.com/a.pdf' },
          { kind: 'recording', url: 'https://www.youtube.com/watch?v=abc' },
          { kind: 'other', url: 'https://github.com/x' },
        ]}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual(['Recording on youtube.com', 'Slides on static.sched.com']);
    expect(links[0]?.getAttribute('href')).toBe('https://www.youtube.com/watch?v=abc');
    expect(links.every((link) => link.getAttribute('target') === '_blank' && link.getAttribute('rel') === 'noopener noreferrer')).toBe(
      true,
    );
  });
});
