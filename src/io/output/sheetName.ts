/**
 * Excel's rules for a sheet name, checked before `worksheets.add` so a typed name gets a Swedish
 * reason instead of Excel's InvalidArgument: at most 31 characters, none of : \ / ? * [ ], not
 * starting or ending with an apostrophe, not blank and not "History" (reserved by Excel). See
 * "Rename a worksheet" in Microsoft's Excel help.
 */
export function sheetNameProblem(name: string): string | undefined {
  const quoted = `Bladnamnet "${name}"`;
  if (!name.trim()) return "Skriv ett namn på bladet som rapporten ska skrivas på.";
  if (name.length > 31) return `${quoted} är ${name.length} tecken; Excel tillåter högst 31.`;
  const bad = [...new Set(name.match(/[:\\/?*[\]]/g) ?? [])];
  if (bad.length)
    return `${quoted} innehåller ${bad.map((c) => `"${c}"`).join(", ")}, som Excel inte tillåter i bladnamn (: \\ / ? * [ ]).`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `${quoted} börjar eller slutar med apostrof, vilket Excel inte tillåter.`;
  if (name.trim().toLowerCase() === "history")
    return `${quoted} är reserverat av Excel. Välj ett annat namn.`;
  return undefined;
}
