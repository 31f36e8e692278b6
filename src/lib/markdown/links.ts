/** What a link or image address in an article may be. */

/**
 * True when a link or image address is safe to publish: http(s), mailto, or relative
 * (a path, `?query` or `#fragment`). Browsers drop tabs and newlines anywhere in a URL and
 * leading control characters and spaces, so those are removed before reading the scheme.
 */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** The scheme a browser reads from a link address, lowercased (`javascript`), or undefined for a relative address. */
export function linkScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * True for an address on another host: absolute http(s), or protocol-relative (`//host/p.png`,
 * which browsers read as a request to another host). An image there would make every reader's
 * browser call that host.
 */
export function isRemoteUrl(url: string): boolean {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = linkScheme(cleaned);
  return scheme === 'http' || scheme === 'https' || /^[\\/]{2}/.test(cleaned);
}
