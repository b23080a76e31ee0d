/**
 * Office.js error codes a controller can meet, with what to do about them, in Swedish. The codes
 * and their causes are Microsoft's ("Error handling with the application-specific JavaScript
 * APIs", learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
const ADVICE: Record<string, string> = {
  AccessDenied:
    "Arbetsboken eller bladet är skyddat. Ta bort skyddet (Granska → Ta bort skydd) och försök igen.",
  InvalidOperationInCellEditMode:
    "Excel redigerar en cell just nu. Avsluta redigeringen med Enter eller Esc och försök igen.",
  EditModeCannotAcquireLock:
    "Excel redigerar en cell just nu. Avsluta redigeringen med Enter eller Esc och försök igen.",
  ItemNotFound:
    "Ett blad eller en tabell som tillägget använder finns inte längre. Stäng och öppna tillägget för att läsa arbetsboken på nytt.",
  ItemAlreadyExists:
    "Det finns redan ett blad eller namn med det namnet (Excel skiljer inte på stora och små bokstäver). Välj ett annat bladnamn och skriv igen.",
  InvalidArgument:
    "Excel godtog inte det tillägget bad om, oftast ett bladnamn med otillåtna tecken (: \\ / ? * [ ]) eller över 31 tecken. Rätta namnet och försök igen.",
  InactiveWorkbook:
    "Flera arbetsböcker är öppna och den här är inte längre den aktiva. Klicka i arbetsboken med rapporten och försök igen.",
  RequestPayloadSizeLimitExceeded:
    "Excel på webben tar emot högst 5 MB åt gången och rapporten blev större. Öppna arbetsboken i Excel för skrivbordet och skriv där.",
  ResponsePayloadSizeLimitExceeded:
    "Excel på webben skickar högst 5 MB åt gången och arbetsboken har för mycket i några celler (långa texter). Öppna arbetsboken i Excel för skrivbordet, eller flytta långa texter till ett eget blad.",
  ActivityLimitReached: "Excel hann inte med. Vänta en stund och försök igen.",
};

/** What to tell the user about an Office.js error, when its code is one we know. */
export function officeAdvice(e: unknown): string | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === "string" && Object.hasOwn(ADVICE, code) ? ADVICE[code] : undefined;
}
