import type { Slot } from "./headerPeriod";

/**
 * The kinds of workbook table the report is built from, and the words controllers put in their
 * headers for each column. Patterns are tried against normalised headers ("ack utfall",
 * "uppdrag belopp i tkr"); `not` keeps derived columns ("Prognos budgetavvikelse") from being
 * taken for inputs.
 */
export type InputKind =
  | "uppdrag"
  | "utveckling"
  | "investeringar"
  | "personal"
  | "overforing"
  | "driftbudget"
  | "investeringsbudget"
  | "huvudbok"
  | "kommentarer";

export interface RoleDef {
  role: string;
  label: string;
  match: RegExp;
  not?: RegExp;
  value: "text" | "amount" | "percent" | "period";
  required?: boolean;
}

export interface KindDef {
  kind: InputKind;
  label: string;
  roles: RoleDef[];
  /** Several workbook tables may feed this kind (kostnader and intäkter in two tables, say). */
  multiple?: boolean;
  /** Row labels that make a table more likely to be of this kind. */
  rowHint?: RegExp;
  /** Year columns ("2025", "2026") are amounts by year. */
  yearColumns?: boolean;
  /** Unit when neither header nor caption names one. */
  defaultUnit: "kr" | "tkr" | "mnkr";
  /**
   * The role a period-labelled column takes ("Utfall jan–aug 2023" is `utfall`, see
   * headerPeriod.ts). Such columns are matched by their period, never by the word patterns.
   */
  periodRoles?: Partial<Record<Slot, string>>;
}

const DERIVED = /avvik|avv$|diff|skilln|utv |utv$|förändr|procent|%/;
const LAST_YEAR = /förra|föregående|föreg|fg år|fjol/;

export const KINDS: KindDef[] = [
  {
    kind: "huvudbok",
    label: "Huvudbok (en rad per period, uppdrag och konto)",
    defaultUnit: "kr",
    multiple: true,
    // Which columns a ledger export's headers give is decided in ledgerColumns.ts; these are the
    // roles a mapping (or the task pane) can name.
    roles: [
      {
        role: "period",
        label: "Period",
        match: /^(period|datum)/,
        value: "period",
        required: true,
      },
      { role: "uppdrag", label: "Uppdrag", match: /^uppdrag/, value: "text", required: true },
      { role: "uppdragNamn", label: "Uppdragets namn", match: /^$^/, value: "text" },
      { role: "konto", label: "Konto", match: /^konto$/, value: "text", required: true },
      { role: "utfall", label: "Utfall (belopp)", match: /^(utfall|belopp)$/, value: "amount" },
      { role: "budget", label: "Budget", match: /^budget$/, value: "amount" },
      { role: "debet", label: "Debet", match: /^debet$/, value: "amount" },
      { role: "kredit", label: "Kredit", match: /^kredit$/, value: "amount" },
      { role: "projekt", label: "Projekt", match: /^projekt$/, value: "text" },
      { role: "projektNamn", label: "Projektets namn", match: /^$^/, value: "text" },
    ],
  },
  {
    kind: "uppdrag",
    label: "Resultat per uppdrag",
    defaultUnit: "tkr",
    multiple: true,
    periodRoles: {
      utfall: "ackUtfall",
      budgetAck: "ackBudget",
      budgetAr: "arsbudget",
      prognos: "prognos",
      prognosForegaende: "foregaendePrognos",
    },
    roles: [
      {
        role: "namn",
        label: "Uppdrag",
        match: /^(uppdrag|verksamhet|ansvar|enhet|område|nämnd|verksamhetsområde)/,
        value: "text",
        required: true,
      },
      {
        role: "ackUtfall",
        label: "Ack. utfall",
        match: /(ack\w* utfall|utfall ack|periodens utfall|^utfall)/,
        not: new RegExp(`${DERIVED.source}|${LAST_YEAR.source}`),
        value: "amount",
      },
      {
        role: "ackBudget",
        label: "Ack. budget",
        match: /(ack\w* budget|periodbudget|budget ack)/,
        not: DERIVED,
        value: "amount",
      },
      {
        role: "arsbudget",
        label: "Årsbudget",
        match: /(årsbudget|helårsbudget|budget helår|^budget( \d{4})?$)/,
        not: DERIVED,
        value: "amount",
      },
      {
        role: "foregaendePrognos",
        label: "Föregående prognos",
        match:
          /(föregående|tidigare|förra) prognos|prognos (jan|feb|mar|maj|jun|jul|sep|okt|nov|dec)/,
        not: DERIVED,
        value: "amount",
      },
      { role: "prognos", label: "Prognos", match: /(prognos)/, not: DERIVED, value: "amount" },
    ],
  },
  {
    kind: "utveckling",
    label: "Kostnader och intäkter i år och förra året",
    defaultUnit: "tkr",
    multiple: true,
    rowHint: /kostnad|intäkt/,
    periodRoles: { utfall: "iAr", utfallForraAret: "forraAret", budgetAck: "budget" },
    roles: [
      { role: "etikett", label: "Post", match: /^(post|typ|slag|kontoklass|rad|)$/, value: "text" },
      {
        role: "forraAret",
        label: "Ack utfall förra året",
        match: LAST_YEAR,
        not: DERIVED,
        value: "amount",
        required: true,
      },
      {
        role: "iAr",
        label: "Ack utfall i år",
        match: /(i år|innevarande|årets utfall)/,
        not: /budget|skilln|diff|utv/,
        value: "amount",
        required: true,
      },
      {
        role: "budget",
        label: "Ack budget",
        match: /budget/,
        not: /utv|diff|skilln|avv/,
        value: "amount",
      },
    ],
  },
  {
    kind: "investeringar",
    label: "Investeringar per projekt",
    defaultUnit: "tkr",
    periodRoles: { utfall: "utfall", budgetAr: "arsbudget", prognos: "prognos" },
    roles: [
      {
        role: "namn",
        label: "Investering",
        match: /^(investering|projekt|objekt)/,
        value: "text",
        required: true,
      },
      {
        role: "kategori",
        label: "Kategori",
        match: /(kategori|tillgångsslag|tillgångstyp)/,
        value: "text",
      },
      { role: "utfall", label: "Utfall", match: /utfall/, not: DERIVED, value: "amount" },
      {
        role: "arsbudget",
        label: "Årsbudget",
        match: /budget/,
        not: /total|avv|diff/,
        value: "amount",
        required: true,
      },
      { role: "prognos", label: "Årsprognos", match: /prognos/, not: DERIVED, value: "amount" },
    ],
  },
  {
    kind: "personal",
    label: "Personalindikatorer",
    defaultUnit: "tkr",
    rowHint: /personalomsättning|sjukfrånvaro/,
    roles: [
      {
        role: "indikator",
        label: "Indikator",
        match: /^(indikator|nyckeltal|mått)/,
        value: "text",
        required: true,
      },
      { role: "utfall", label: "Utfall", match: /^utfall/, value: "percent", required: true },
      { role: "malvarde", label: "Målvärde", match: /^mål/, value: "percent" },
    ],
  },
  {
    kind: "overforing",
    label: "Begärda överföringar (resultathantering)",
    defaultUnit: "tkr",
    roles: [
      {
        role: "post",
        label: "Post",
        match: /^(post|ändamål|insats|objekt|investering|projekt)/,
        value: "text",
        required: true,
      },
      {
        role: "typ",
        label: "Typ",
        match: /^(typ|budget|budgettyp|slag)$/,
        value: "text",
        required: true,
      },
      {
        role: "avvikelse",
        label: "Avvikelse",
        match: /(avvikelse|överskott)/,
        value: "amount",
        required: true,
      },
      {
        role: "begart",
        label: "Begärt",
        match: /(begär|önsk|överför)/,
        value: "amount",
        required: true,
      },
    ],
  },
  {
    kind: "driftbudget",
    label: "Driftbudget per kontoklass",
    defaultUnit: "mnkr",
    rowHint: /intäkter|personalkostnader|driftskostnader/,
    roles: [
      {
        role: "kontoklass",
        label: "Kontoklass",
        match: /^(kontoklass|kostnadsslag|kontogrupp|konto)/,
        value: "text",
        required: true,
      },
      { role: "budget", label: "Budget", match: /./, value: "amount", required: true },
    ],
  },
  {
    kind: "investeringsbudget",
    label: "Investeringsbudget per år",
    defaultUnit: "mnkr",
    yearColumns: true,
    roles: [
      {
        role: "namn",
        label: "Investering",
        match: /^(investering|projekt|objekt)/,
        value: "text",
        required: true,
      },
      { role: "grupp", label: "Grupp", match: /^(grupp|typ)/, value: "text" },
      { role: "totalBudget", label: "Total budget", match: /total ?budget/, value: "amount" },
    ],
  },
  {
    kind: "kommentarer",
    label: "Förklaringar till avvikelser",
    defaultUnit: "mnkr",
    multiple: true,
    roles: [
      {
        role: "uppdrag",
        label: "Uppdrag",
        match: /^(uppdrag|verksamhet|ansvar|enhet|område|investering|projekt)/,
        value: "text",
      },
      { role: "grupp", label: "Grupp", match: /^(grupp|rubrik|område)/, value: "text" },
      {
        role: "belopp",
        label: "Belopp",
        match: /^(belopp|avvikelse|påverkan)/,
        value: "amount",
        required: true,
      },
      {
        role: "text",
        label: "Förklaring",
        match: /^(förklaring|kommentar|text|orsak|beskrivning)/,
        value: "text",
        required: true,
      },
    ],
  },
];

export const KIND_BY_NAME = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<
  InputKind,
  KindDef
>;

/** Whether a kind holds amounts at all, and so has a unit (staff indicators are percentages). */
export function hasAmounts(kind: KindDef): boolean {
  return !!kind.yearColumns || kind.roles.some((r) => r.value === "amount");
}
