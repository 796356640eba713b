/** Saves text as a file through an `<a download>` blob URL: no permission, no network. */
export function downloadText(
  name: string,
  text: string,
  type: string,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob when the download starts; give it a moment before revoking.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's local date as YYYY-MM-DD, for file names. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
