/**
 * @jest-environment jsdom
 */
import { download, DOCX } from "../../src/taskpane/download";

describe("scenario 10: downloading a file from the pane", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  let clicks = 0;
  beforeEach(() => {
    clicks = 0;
    URL.createObjectURL = () => "blob:x";
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = () => void clicks++;
  });
  afterEach(() => delete g.Office);

  it("in a browser: starts the download and says where it goes", () => {
    expect(download(new Uint8Array([1]), "rapport.docx", DOCX)).toBe(
      "rapport.docx är klar och sparas där webbläsaren sparar nedladdningar.",
    );
    expect(clicks).toBe(1);
  });

  it("in Excel for Mac: claims no success, starts nothing, and says what works", () => {
    g.Office = { context: { platform: "Mac" }, PlatformType: { Mac: "Mac", PC: "PC" } };
    const said = download(new Uint8Array([1]), "rapport.docx", DOCX);
    expect(said).toMatch(
      /^Excel för Mac kan inte spara filer från ett tillägg, så rapport\.docx sparades inte\./,
    );
    expect(said).not.toMatch(/är klar/);
    expect(clicks).toBe(0);
  });

  it("in Excel for Windows: downloads as in a browser", () => {
    g.Office = { context: { platform: "PC" }, PlatformType: { Mac: "Mac", PC: "PC" } };
    expect(download(new Uint8Array([1]), "rapport.docx", DOCX)).toMatch(/är klar/);
    expect(clicks).toBe(1);
  });
});
