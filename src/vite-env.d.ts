/// <reference types="vite/client" />

// Build-time settings the app reads through import.meta.env.
interface ImportMetaEnv {
  /** Where the feed is: a URL relative to index.html or absolute; sessions.json when unset. */
  readonly VITE_FEED_URL?: string;
  /** The conference's IANA zone, for feeds whose times carry no offset (Sessionize); such a feed is refused without it. */
  readonly VITE_FEED_TIMEZONE?: string;
  /** Origins besides the page's own that speaker photos may load from (https, space- or comma-separated); none when unset. */
  readonly VITE_IMAGE_ORIGINS?: string;
}
