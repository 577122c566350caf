// Where the built app fetches its feed, decided at build time by VITE_FEED_URL,
// and what follows from it: the page's Content-Security-Policy and the
// preload in index.html. Pure, so vite.config.ts stays a list of plugins and
// these rules have their own tests.

/** The default: sessions.json beside index.html, wherever the build is copied. */
export const DEFAULT_FEED_URL = 'sessions.json';

export interface FeedLocation {
  /** The URL as the page will fetch it: relative to the page, or absolute. */
  url: string;
  /** Set when the feed lives on an origin of its own (an absolute URL): the one origin the page may connect to besides its own. */
  origin?: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Reads VITE_FEED_URL. Throws, failing the build, on a value the page could
 * not or should not fetch: another scheme than http(s), credentials in the
 * URL, or a scheme-relative `//host/...` (write the scheme: the CSP needs it).
 */
export function feedLocation(configured: string | undefined): FeedLocation {
  const value = configured?.trim() ?? '';
  if (value === '') return { url: DEFAULT_FEED_URL };
  if (value.startsWith('//')) throw new Error(`VITE_FEED_URL "${value}": write the scheme (https://...)`);
  if (!SCHEME.test(value)) return { url: value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`VITE_FEED_URL "${value}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`VITE_FEED_URL "${value}": only http(s) URLs can be fetched`);
  if (url.username !== '' || url.password !== '')
    throw new Error('VITE_FEED_URL must not carry a user name or password: the page is public');
  return { url: url.href, origin: url.origin };
}

/**
 * The built page's policy. The feed is untrusted: even if its text ever
 * reached the DOM as markup, no inline script, no foreign script and no
 * foreign connection could run. The one exception is the feed's own origin
 * in connect-src, exactly that origin and only for fetching: images, scripts
 * and styles stay on the page's own origin.
 */
export function contentSecurityPolicy(location: FeedLocation): string {
  const connect = location.origin === undefined ? "connect-src 'self'" : `connect-src 'self' ${location.origin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    connect,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const PRELOAD = /<link\b(?=[^>]*\brel="preload")(?=[^>]*\bas="fetch")[^>]*\bhref="([^"]*)"[^>]*>/;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * index.html with its feed preload pointed at the configured URL, so the
 * feed downloads while the script does. Throws when index.html has no such
 * link: a silent miss would cost every visitor a round trip.
 */
export function withFeedPreload(html: string, url: string): string {
  const match = PRELOAD.exec(html);
  if (!match) throw new Error('index.html has no <link rel="preload" as="fetch" href="..."> for the feed');
  const link = match[0].replace(`href="${match[1] ?? ''}"`, `href="${escapeAttribute(url)}"`);
  return html.slice(0, match.index) + link + html.slice(match.index + match[0].length);
}
