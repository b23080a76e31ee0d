import { Badge, Link, makeStyles, Text } from "@fluentui/react-components";
import { Check } from "../../core/report/model";

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
});

const ORDER = { fel: 0, varning: 1, info: 2 } as const;
const COLOR = { fel: "danger", varning: "warning", info: "informative" } as const;
const LABEL = { fel: "Fel", varning: "Varning", info: "Info" } as const;

interface Props {
  checks: Check[];
  /** A workbook place ("Blad!B3") or a report cell ("tabell:rad:kolumn") was clicked. */
  onShow: (where: string) => void;
}

/** What looks wrong, most serious first; each place is a link that shows it. */
export function Checks({ checks, onShow }: Props) {
  const s = useStyles();
  if (!checks.length) return <Text>Inga anmärkningar.</Text>;
  const sorted = [...checks].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const count = (sev: Check["severity"]) => checks.filter((c) => c.severity === sev).length;
  return (
    <>
      <Text weight="semibold">{`${count("fel")} fel, ${count("varning")} varningar, ${count("info")} upplysningar`}</Text>
      <ul className={s.list}>
        {sorted.map((c, i) => (
          <li key={`${c.id}-${i}`}>
            <Badge appearance="filled" color={COLOR[c.severity]}>
              {LABEL[c.severity]}
            </Badge>{" "}
            <Text>{c.message}</Text>
            <div className={s.places}>
              {c.where.map((w) => (
                <Link key={w} as="button" onClick={() => onShow(w)}>
                  {/^[a-z]+:/.test(w) ? `Visa ${w.split(":").slice(1).join(", ")}` : `Markera ${w}`}
                </Link>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
