/// <reference types="office-js" />

/**
 * Hands bytes to the browser as a file download; nothing leaves the machine. Returns what to
 * tell the user. Excel for Mac's webview ignores downloads from an add-in (OfficeDev/office-js
 * issues #2700, #4681, #3385) without any error, so there the file is not offered and the user
 * is told so, with a way that works, instead of a success that did not happen.
 */
export function download(bytes: Uint8Array, fileName: string, mime: string): string {
  if (onMac())
    return `Excel för Mac kan inte spara filer från ett tillägg, så ${fileName} sparades inte. Öppna arbetsboken i Excel på webben (office.com) eller i Excel för Windows och exportera där, eller gör Word-filen med kommandoraden: npm run report -- arbetsbok.xlsx --docx rapport.docx.`;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return `${fileName} är klar och sparas där webbläsaren sparar nedladdningar.`;
}

function onMac(): boolean {
  return typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType?.Mac;
}

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
