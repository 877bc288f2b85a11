/** The media type of an .xlsx workbook. */
export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** How long the download's object URL stays valid: 40 s, as FileSaver.js allows for slow downloads to start. */
const REVOKE_AFTER_MS = 40_000;

/**
 * Offers bytes to the user as a file download, without any network request: the bytes become a
 * `Blob`, the Blob an object URL (`blob:` on the page's own origin), and a hidden `<a download>`
 * link to it is clicked once and removed. The URL is released 40 seconds later.
 *
 * @param bytes - the file's content
 * @param fileName - the name the browser saves it under
 * @param page - the document to add the link to (default: the page's)
 * @returns nothing; the browser saves the file
 *
 * @example
 * downloadBytes(bytes, "customers-cdp.xlsx") // => undefined (the browser saves customers-cdp.xlsx)
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, page: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MEDIA_TYPE }));
  const link = page.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  page.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
