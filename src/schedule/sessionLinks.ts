// How a link out of the app is named: the site it goes to, for a screen
// reader ("Recording on youtube.com") and for a link without a label.

/** The host a URL goes to, without a leading "www."; '' for a URL that does not parse. */
export function linkHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
