import { Caption1, Link, makeStyles, Text } from "@fluentui/react-components";
import { reconciliationLine, SourceReconciliation } from "../../core/mapping/reconciliation";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column" },
});

interface Props {
  entries: SourceReconciliation[];
  /** A source table ("Huvudbok!A6") was clicked. */
  onShow: (where: string) => void;
}

/**
 * One line per source table: rows read, used and left out with their reasons, and the used rows'
 * sum against the report's total. The same line the terminal prints, so both say the same thing.
 */
export function Reconciliation({ entries, onShow }: Props) {
  const s = useStyles();
  if (!entries.length) return null;
  return (
    <div aria-label="Avstämning">
      <Text weight="semibold">Avstämning</Text>
      <ul className={s.list}>
        {entries.map((e) => (
          <li key={e.source}>
            <Caption1>
              <Link as="button" onClick={() => onShow(e.source)}>
                {e.source}
              </Link>
              {reconciliationLine(e).slice(e.source.length)}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
