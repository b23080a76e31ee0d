/// <reference types="office-js" />

/*
 * Getting a file made in the pane to the user. In a browser and in Excel for Windows and on the
 * web, <a download> hands it to the browser's downloads. Office for Mac and for iPad run add-ins
 * in WKWebView ("Browsers and webview controls used by Office Add-ins"), which drops such a
 * download without an error (office-js issues #2700, closed "by design", #4681, #3385). There
 * Microsoft's documented way is Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1):
 * open a page in the user's browser that makes the file there. This add-in's own page is that
 * page: opened in a browser it is the browser mode. docs/office-mac.md has the sources.
 */

/** True where a download from the pane would be dropped without a word: Office on Mac and iPad. */
export function downloadsDropped(): boolean {
  if (typeof Office === "undefined" || !Office.PlatformType) return false;
  const platform = Office.context?.diagnostics?.platform;
  return platform === Office.PlatformType.Mac || platform === Office.PlatformType.iOS;
}

/**
 * Hands bytes to the browser as a file download; nothing leaves the machine. Returns what to
 * tell the user, which is never a success where the webview drops the download.
 */
export function download(bytes: Uint8Array, fileName: string, mime: string): string {
  if (downloadsDropped()) return `${fileName} sparades inte: ${NO_FILES} ${VIA_BROWSER}`;
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

const NO_FILES = "Excel för Mac och iPad kan inte spara filer från ett tillägg.";
const VIA_BROWSER =
  "Gör filen i webbläsaren i stället: spara arbetsboken, välj Öppna i webbläsaren och öppna arbetsboken där. Där sparar webbläsaren Word-filen som vanligt.";

/** What the pane says before any export where downloads are dropped, instead of an export button. */
export const BROWSER_EXPORT_NOTE = `${NO_FILES} ${VIA_BROWSER}`;

/**
 * Opens this add-in's page in the user's browser, where it runs in browser mode and downloads
 * work. Office gives no answer whether a browser came up, so the address is always said.
 */
export function openInBrowser(): string {
  // The page itself, without the query Office adds (_host_Info) that would make it look hosted.
  const url = location.origin + location.pathname;
  if (!Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1"))
    return `Den här versionen av Excel kan inte öppna webbläsaren åt tillägget. Öppna ${url} i webbläsaren och öppna den sparade arbetsboken där.`;
  Office.context.ui.openBrowserWindow(url);
  return `Excel öppnar ${url} i webbläsaren. Öppna den sparade arbetsboken där och exportera. Kommer inget fönster upp: skriv in adressen i webbläsaren.`;
}

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
