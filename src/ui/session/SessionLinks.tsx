// A session's recordings, then its slides: real links that open in a new tab
// without an opener or referrer, each naming its site for a screen reader.
// Nothing is embedded: no player, no thumbnail loads by itself. (The
// detail's other links are OutLinks, in the detail's own chunk.)
import type { SessionLink } from '../../model/schedule.ts';
import { linkHost } from '../../schedule/sessionLinks.ts';
import { useDisplay } from '../shell/display.ts';

export function SessionLinks({ links }: { links: readonly SessionLink[] }) {
  const { t } = useDisplay();
  const shown = [...links.filter((link) => link.kind === 'recording'), ...links.filter((link) => link.kind === 'slides')];
  if (shown.length === 0) return null;
  return (
    <ul className="session-links">
      {shown.map(({ kind, url }) => (
        <li key={url}>
          <a
            className="session-link"
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t(kind === 'recording' ? 'links.recordingOn' : 'links.slidesOn', { host: linkHost(url) })}
          >
            <span aria-hidden="true">{kind === 'recording' ? '▶' : '▤'}</span>{' '}
            {t(kind === 'recording' ? 'links.recording' : 'links.slides')}
          </a>
        </li>
      ))}
    </ul>
  );
}
