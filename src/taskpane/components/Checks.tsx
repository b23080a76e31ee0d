import { Badge, Button, Link, makeStyles, Text } from "@fluentui/react-components";
import { Check, TABLE_IDS } from "../../core/report/model";
import { keepFigures } from "../figures";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: "8px",
  },
  places: { display: "flex", flexWrap: "wrap", gap: "8px" },
  message: { overflowWrap: "anywhere" },
});

const ORDER = { fel: 0, varning: 1, info: 2 } as const;
const COLOR = { fel: "danger", varning: "warning", info: "informative" } as const;
const LABEL = { fel: "Fel", varning: "Varning", info: "Info" } as const;
const WORDS = {
  fel: ["fel", "fel"],
  varning: ["varning", "varningar"],
  info: ["upplysning", "upplysningar"],
} as const;

/** What to do about a check, where the pane has a way to do it the message (shared with the CLI) can't name. */
const ADVICE: Record<string, string> = {
  "tabell-saknas":
    "Välj källtabell och kolumner under Källtabeller, eller lägg till tabellen i arbetsboken.",
};

const isPlace = (w: string) => !(TABLE_IDS as readonly string[]).includes(w);

/** "2 fel, 1 varning, 3 upplysningar": only what there is, each word in its number. */
export function checkSummary(checks: Check[]): string {
  const parts = (["fel", "varning", "info"] as const).flatMap((sev) => {
    const n = checks.filter((c) => c.severity === sev).length;
    return n ? [`${n}\u00a0${WORDS[sev][n === 1 ? 0 : 1]}`] : [];
  });
  return parts.length ? parts.join(", ") : "Inga anmärkningar";
}

interface Props {
  checks: Check[];
  /** A workbook place ("Blad!B3") or a report cell ("tabell:rad:kolumn") was clicked. */
  onShow: (where: string) => void;
  /** Opens the step where a missing table's source is chosen. */
  onSources?: () => void;
}

/** What looks wrong, most serious first; each place is a link that shows it. */
export function Checks({ checks, onShow, onSources }: Props) {
  const s = useStyles();
  const sorted = [...checks].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <>
      <Text weight="semibold">{checkSummary(checks)}</Text>
      {!!checks.length && (
        <ul className={s.list} aria-label="Kontroller">
          {sorted.map((c, i) => (
            <li key={`${c.id}-${i}`}>
              <Badge appearance="filled" color={COLOR[c.severity]}>
                {LABEL[c.severity]}
              </Badge>{" "}
              <Text className={s.message}>
                {keepFigures(c.message)}
                {ADVICE[c.id] && ` ${ADVICE[c.id]}`}
              </Text>
              <div className={s.places}>
                {/* A bare table id (a missing table) is no place to show; its button is below. */}
                {c.where.filter(isPlace).map((w) => (
                  <Link key={w} as="button" onClick={() => onShow(w)}>
                    {/^[a-z]+:/.test(w)
                      ? `Visa ${w.split(":").slice(1).join(", ")}`
                      : `Markera ${w}`}
                  </Link>
                ))}
                {c.id === "tabell-saknas" && onSources && (
                  <Button size="small" appearance="subtle" onClick={onSources}>
                    Till källtabellerna
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
