// What the importer tests count in an imported schedule: links by kind and
// the speaker profiles' make-up. Test code only (tsconfig.test.json).
/** Sessions with at least one link of each kind, and the profiles' make-up. */
export function profileFigures(schedule: {
  sessions: { links: { kind: string }[]; speakers: { id?: string }[] }[];
  speakers: { bio?: unknown; role?: unknown; photo: { size: number }[]; links: unknown[] }[];
}) {
  const withKind = (kind: string) => schedule.sessions.filter((session) => session.links.some((link) => link.kind === kind)).length;
  return {
    recordings: withKind('recording'),
    slides: withKind('slides'),
    other: withKind('other'),
    profiles: schedule.speakers.length,
    withBio: schedule.speakers.filter((speaker) => speaker.bio !== undefined).length,
    withRole: schedule.speakers.filter((speaker) => speaker.role !== undefined).length,
    withPhoto: schedule.speakers.filter((speaker) => speaker.photo.length > 0).length,
    profileLinks: schedule.speakers.reduce((count, speaker) => count + speaker.links.length, 0),
    speakersWithoutId: schedule.sessions.flatMap((session) => session.speakers).filter((speaker) => speaker.id === undefined).length,
  };
}
