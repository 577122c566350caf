// "Add to calendar" and "Export my schedule": an .ics file, downloaded.
import type { TFunction } from 'i18next';
import { icsFileName, toIcs } from '../../export/ics.ts';
import { sessionPermalink } from '../../state/links.ts';
import { downloadText } from './download.ts';
import type { Schedule, Session } from '../../model/schedule.ts';

export function downloadCalendar(schedule: Schedule, sessions: readonly Session[], language: string, t: TFunction, scope: string): void {
  const text = toIcs({
    conference: schedule.conference,
    sessions,
    language,
    sessionUrl: sessionPermalink,
    now: Date.now(),
    tracksById: new Map(schedule.tracks.map((track) => [track.id, track])),
    roomsById: new Map(schedule.rooms.map((room) => [room.id, room])),
    typeLabel: (type) => t(`type.${type}`),
  });
  downloadText(icsFileName(schedule.conference, scope), text, 'text/calendar;charset=utf-8');
}
