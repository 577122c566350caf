import { describe, expect, it } from 'vitest';
import type { Schedule, SpeakerProfile } from '../model/schedule.ts';
import { buildSearchIndex, filterSessions } from './filter.ts';
import { nameSpeakerId } from './speakerIds.ts';
import { groupSpeakers, indexLetter, initials, searchGroups, searchSpeakers, speakerDirectory } from './speakers.ts';
import { makeSchedule } from './testSchedule.ts';

const profile = (id: string, name: string, role?: string): SpeakerProfile => ({ id, name, role, links: [], photo: [] });

/** A schedule whose speakers point at profiles (the parser of this branch does not read profiles yet). */
function scheduleWithProfiles(): Schedule {
  const base = makeSchedule([
    { id: 'mesh', speakers: [{ name: 'Lin Sun', affiliation: 'Solo.io' }, { name: '阳 唐' }] },
    { id: 'push', speakers: [{ name: '李四' }, { name: 'Lin Sun' }] },
    { id: 'ebpf', speakers: [{ name: '刘一', affiliation: 'DaoCloud' }, { name: 'Émile Zola' }] },
    { id: 'keynote', speakers: [{ name: '阿强' }, { name: '9 Lives' }] },
  ]);
  const ids: Record<string, string> = { 'Lin Sun': 'lin-sun', 李四: 'li-si' };
  return {
    ...base,
    speakers: [
      profile('lin-sun', 'Lin Sun', 'Director of Open Source, Solo.io'),
      profile('li-si', '李四', 'Engineer, Tencent'),
      profile('no-talk', 'Zed Quiet'),
    ],
    sessions: base.sessions.map((session) => ({
      ...session,
      speakers: session.speakers.map((speaker) => ({ ...speaker, id: ids[speaker.name] })),
    })),
  };
}

describe('speakerDirectory', () => {
  const directory = speakerDirectory(scheduleWithProfiles());
  const byName = (name: string) => directory.find((entry) => entry.name === name);

  it('lists each profile and each name once, with every session they speak in', () => {
    expect(directory.map((entry) => entry.name).sort()).toEqual(
      ['9 Lives', 'Lin Sun', 'Zed Quiet', 'Émile Zola', '刘一', '唐阳', '李四', '阿强'].sort(),
    );
    expect(byName('Lin Sun')?.sessions.map((session) => session.id)).toEqual(['mesh', 'push']);
    expect(byName('Zed Quiet')?.sessions).toEqual([]);
  });

  it('takes the role from the profile, else the companies the sessions give', () => {
    expect(byName('Lin Sun')?.role).toBe('Director of Open Source, Solo.io');
    expect(byName('刘一')?.role).toBe('DaoCloud');
    expect(byName('阿强')?.role).toBeUndefined();
  });

  it('gives a name without a profile a stable id by the feed’s id rules', () => {
    expect(byName('唐阳')?.id).toBe(nameSpeakerId('阳 唐'));
    expect(nameSpeakerId('阳 唐')).toBe(nameSpeakerId('唐阳'));
    expect(nameSpeakerId('Émile Zola')).toMatch(/^name-[0-9a-f]{8}$/);
    expect(byName('Lin Sun')?.id).toBe('lin-sun');
  });
});

describe('index letters and order', () => {
  it('files Latin names under their first letter, accents folded, and Han names under their pinyin initial', () => {
    expect(['Lin Sun', 'Émile', 'ōta', '李四', '刘一', '阿强', '唐阳', '张三', '9 Lives'].map(indexLetter)).toEqual([
      'L',
      'E',
      'O',
      'L',
      'L',
      'A',
      'T',
      'Z',
      '#',
    ]);
  });

  it('sorts each letter’s names with the viewer’s collator: Chinese in pinyin order under zh-CN', () => {
    const groups = groupSpeakers(speakerDirectory(scheduleWithProfiles()), 'zh-CN');
    expect(groups.map((group) => group.letter)).toEqual(['A', 'E', 'L', 'T', 'Z', '#']);
    // Under L: liú (刘) after lǐ (李) in pinyin order; a Latin name sits in the same letter.
    const underL = groups.find((group) => group.letter === 'L')?.speakers.map((entry) => entry.name);
    expect(underL?.filter((name) => /\p{Script=Han}/u.test(name))).toEqual(['李四', '刘一']);
    expect(underL).toContain('Lin Sun');
  });

  it('keeps names that compare equal in a stable order', () => {
    const once = groupSpeakers(speakerDirectory(scheduleWithProfiles()), 'en');
    const twice = groupSpeakers([...speakerDirectory(scheduleWithProfiles())].reverse(), 'en');
    expect(twice).toEqual(once);
  });
});

describe('searchSpeakers', () => {
  const directory = speakerDirectory(scheduleWithProfiles());
  const names = (query: string) =>
    searchSpeakers(directory, query)
      .map((entry) => entry.name)
      .sort();

  it('matches names, roles and companies, case- and accent-insensitively', () => {
    expect(names('emile')).toEqual(['Émile Zola']);
    expect(names('solo.io')).toEqual(['Lin Sun']);
    expect(names('tencent')).toEqual(['李四']);
    expect(names('daocloud')).toEqual(['刘一']);
    expect(names('唐')).toEqual(['唐阳']);
    expect(names('')).toHaveLength(directory.length);
  });
});

describe('the session search', () => {
  it('matches a speaker’s role from the profile and a company from the session', () => {
    const schedule = scheduleWithProfiles();
    const context = { index: buildSearchIndex(schedule), favorites: new Set<string>() };
    const ids = (q: string) =>
      filterSessions(schedule.sessions, { q, languages: [], tracks: [], types: [], favoritesOnly: false }, context).map(
        (session) => session.id,
      );
    expect(ids('open source')).toEqual(['mesh', 'push']);
    expect(ids('tencent')).toEqual(['push']);
    expect(ids('daocloud')).toEqual(['ebpf']);
  });
});

describe('initials', () => {
  it('gives first and last initials, or a Chinese family name', () => {
    expect(initials('Lin Sun')).toBe('LS');
    expect(initials('John Howard Jr')).toBe('JJ');
    expect(initials('mitch connors')).toBe('MC');
    expect(initials('Cher')).toBe('C');
    expect(initials('唐阳')).toBe('唐');
    expect(initials('Émile Zola')).toBe('ÉZ');
    expect(initials('  ')).toBe('?');
  });
});

describe('searchGroups', () => {
  it('narrows the sorted groups without sorting again, and drops the empty ones', () => {
    const groups = groupSpeakers(speakerDirectory(scheduleWithProfiles()), 'en');
    expect(searchGroups(groups, '')).toBe(groups);
    const narrowed = searchGroups(groups, groups[0]?.speakers[0]?.name ?? '');
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((group) => group.speakers.length > 0)).toBe(true);
    const order = groups.flatMap((group) => group.speakers.map((entry) => entry.id));
    const kept = narrowed.flatMap((group) => group.speakers.map((entry) => entry.id));
    expect(kept).toEqual(order.filter((id) => kept.includes(id)));
  });
});
