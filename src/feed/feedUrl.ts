// The URL the app fetches its feed from. The build may name one
// (VITE_FEED_URL, checked by scripts/feed-location.ts when building);
// otherwise it is sessions.json beside index.html, so a copied build serves
// its own. A relative URL resolves against the page, not the site's root,
// so the build works from any folder.
export function resolveFeedUrl(configured: string | undefined, baseUri: string): string {
  const value = configured?.trim() ?? '';
  return new URL(value === '' ? 'sessions.json' : value, baseUri).href;
}
