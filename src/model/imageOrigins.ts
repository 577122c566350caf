// Which origins the page may load images from, for the build's
// Content-Security-Policy (vite.config.ts) and for the app, which must not
// ask for a photo the policy would block (a broken image and a console error
// instead of the speaker's initials). One list, read from one variable,
// VITE_IMAGE_ORIGINS, by this one module; empty by default, so the policy
// stays "img-src 'self' data:" and no third-party image loads by itself.

/**
 * The origins VITE_IMAGE_ORIGINS names (space- or comma-separated https
 * origins, "https://cdn.example.org"). Throws, failing the build, on anything
 * else: a path, another scheme, a wildcard.
 */
export function parseImageOrigins(configured: string | undefined): string[] {
  const items = (configured ?? '').split(/[\s,]+/).filter(Boolean);
  return [
    ...new Set(
      items.map((item) => {
        let url: URL | undefined;
        try {
          url = new URL(item);
        } catch {
          url = undefined;
        }
        if (
          !url ||
          item.includes('*') ||
          url.protocol !== 'https:' ||
          url.origin !== item.replace(/\/$/, '') ||
          url.username ||
          url.password
        )
          throw new Error(`VITE_IMAGE_ORIGINS: "${item}" is not an https origin such as https://images.example.org`);
        return url.origin;
      }),
    ),
  ];
}

const IMG_SRC = /(^|;\s*)img-src ([^;]*)/;

/** The policy with these origins added to its img-src directive (unchanged when there are none). */
export function withImageOrigins(policy: string, origins: readonly string[]): string {
  if (origins.length === 0) return policy;
  if (!IMG_SRC.test(policy)) throw new Error('the Content-Security-Policy has no img-src directive');
  return policy.replace(IMG_SRC, (_match, start: string, sources: string) => `${start}img-src ${sources} ${origins.join(' ')}`);
}

/**
 * Whether the page may load an image: its URL (relative ones against the
 * page) on the page's own origin, or https on an origin the policy names.
 */
export function canLoadImage(url: string, pageUrl: string, origins: readonly string[]): boolean {
  let resolved: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    resolved = new URL(url, page);
  } catch {
    return false;
  }
  if (resolved.username || resolved.password) return false;
  if (resolved.origin === page.origin) return resolved.protocol === 'https:' || resolved.protocol === 'http:';
  return resolved.protocol === 'https:' && origins.includes(resolved.origin);
}
