import { EkoError } from "../core/errors";

/** Office.js error codes a controller can meet, with what to do about them. */
const OFFICE: Record<string, string> = {
  AccessDenied:
    "Arbetsboken eller bladet är skyddat. Ta bort skyddet (Granska → Ta bort skydd) och försök igen.",
  InvalidOperationInCellEditMode:
    "Excel redigerar en cell just nu. Avsluta redigeringen med Enter eller Esc och försök igen.",
  EditModeCannotAcquireLock:
    "Excel redigerar en cell just nu. Avsluta redigeringen med Enter eller Esc och försök igen.",
  ItemNotFound:
    "Ett blad eller en tabell som tillägget använder finns inte längre. Stäng och öppna tillägget för att läsa arbetsboken på nytt.",
  RequestPayloadSizeLimitExceeded:
    "Arbetsboken är för stor för att läsas på en gång i Excel på webben. Öppna den i Excel för skrivbordet.",
  ActivityLimitReached: "Excel hann inte med. Vänta en stund och försök igen.",
};

/** Every error the pane shows: Swedish, and saying what to do. */
export function userMessage(e: unknown): string {
  if (e instanceof EkoError) return e.message;
  const code = (e as { code?: unknown })?.code;
  if (typeof code === "string" && OFFICE[code]) return OFFICE[code];
  return `Något gick fel: ${(e as Error)?.message ?? String(e)}. Försök igen; kvarstår felet, spara arbetsboken och öppna tillägget på nytt.`;
}
