// A session's recording, slides and other links: real links that open in a
// new tab without an opener or referrer, each naming its site for a screen
// reader. Nothing is embedded: no player, no thumbnail loads by itself.
import type { LinkKind, SessionLink } from '../../model/schedule.ts';
import { linkHost, sessionLinks } from '../../schedule/sessionLinks.ts';
import { useDisplay } from '../shell/display.ts';

interface Props {
  links: readonly SessionLink[];
  /** Which kinds to show (the card: recording and slides; the detail: all). */
  kinds?: readonly LinkKind[];
}

export function SessionLinks({ links, kinds }: Props) {
  const { t } = useDisplay();
  const shown = sessionLinks(links, kinds);
  if (shown.length === 0) return null;
  return (
    <ul className="session-links" aria-label={t('links.label')}>
      {shown.map((link) => {
        const host = linkHost(link.url);
        const text = link.kind === 'other' ? (link.label ?? t('links.other')) : t(`links.${link.kind}`);
        const name =
          link.kind === 'other'
            ? t('links.otherOn', { label: text, host })
            : t(link.kind === 'recording' ? 'links.recordingOn' : 'links.slidesOn', { host });
        return (
          <li key={`${link.kind}:${link.url}`}>
            <a
              className={`session-link session-link-${link.kind}`}
              href={link.url}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={name}
            >
              <span aria-hidden="true" className="session-link-icon">
                {link.kind === 'recording' ? '▶' : link.kind === 'slides' ? '▤' : '↗'}
              </span>
              {text}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
