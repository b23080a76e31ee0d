import { EkoError } from "../core/errors";
import { officeAdvice } from "../io/office/errors";

/** Every error the pane shows: Swedish, and saying what to do. */
export function userMessage(e: unknown): string {
  if (e instanceof EkoError) return e.message;
  const advice = officeAdvice(e);
  if (advice) return advice;
  return `Något gick fel: ${(e as Error)?.message ?? String(e)}. Försök igen; kvarstår felet, spara arbetsboken och öppna tillägget på nytt.`;
}
