/**
 * Hands `blob` to the browser as a download named `fileName` (a report's CSV, a contact's JSON):
 * a link clicked from script, and the object URL let go once the download has started.
 */
export function saveFile(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
