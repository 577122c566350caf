// Links out of the app that are neither a recording nor slides (a session's
// "other" links, a speaker's profile links): new tab, no opener or referrer,
// the feed's label or else the site's name.
import type { Link } from '../../model/schedule.ts';
import { linkHost } from '../../schedule/sessionLinks.ts';
import { useDisplay } from '../shell/display.ts';

export function OutLinks({ links }: { links: readonly Link[] }) {
  const { t } = useDisplay();
  if (links.length === 0) return null;
  return (
    <ul className="session-links">
      {links.map((link) => {
        const host = linkHost(link.url);
        return (
          <li key={link.url}>
            <a
              className="session-link"
              href={link.url}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={link.label ? t('links.otherOn', { label: link.label, host }) : undefined}
            >
              <span aria-hidden="true">↗</span> {link.label ?? host}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
