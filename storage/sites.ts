/**
 * Normalises what a user typed or a tab's URL into a site origin without port
 * (`https://ehr.example.org`), or returns null when it is not an http(s) site.
 */
export function toSiteOrigin(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.hostname) return null;
    return `${url.protocol}//${url.hostname}`;
  } catch {
    return null;
  }
}

/** The host permission and content-script match pattern for a site origin. */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}
