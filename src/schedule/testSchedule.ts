// A small schedule for unit tests, built through the real parser.
import { parseFeed } from '../feed/parse.ts';
import type { Schedule } from '../model/schedule.ts';
import { applyFilters } from './filter.ts';

/** applyFilters' chip counts alone, as the count tests read them. */
export const facetCounts = (...args: Parameters<typeof applyFilters>) => applyFilters(...args).counts;

export function makeSchedule(sessions: Record<string, unknown>[], extra: Record<string, unknown> = {}): Schedule {
  const result = parseFeed({
    format: 1,
    conference: { id: 'test', name: { en: 'Test' } },
    tracks: [
      { id: 'security', name: { en: 'Security', zh: '安全' } },
      { id: 'networking', name: { en: 'Networking', zh: '网络' } },
    ],
    sessions: sessions.map((session, index) => ({
      id: `s${index}`,
      title: { en: `Session ${index}` },
      start: '2022-04-25T15:00:00Z',
      end: '2022-04-25T15:30:00Z',
      type: 'talk',
      language: 'en',
      ...session,
    })),
    ...extra,
  });
  if (!result.ok || result.problems.length) throw new Error(`bad test schedule: ${JSON.stringify(result)}`);
  return result.schedule;
}
