/** Returns the path of a Chromium binary, installing Debian's package first when possible. */
export function ensureChromium(): string;
