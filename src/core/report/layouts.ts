import { TableBuilder } from "../tables/builder";
import {
  investeringar,
  investeringsindikator,
  investeringskategorier,
} from "../tables/investeringar";
import { personalomsattning, sjukfranvaro, verksamhetsmatt } from "../tables/personal";
import { driftbudget, investeringsbudget } from "../tables/plan";
import { prognos, prognosindikator, resultatindikator, resultatrakning } from "../tables/resultat";
import { resultathantering } from "../tables/resultathantering";
import { intaktsutveckling, kostnadsutveckling } from "../tables/utveckling";
import { ReportType, TableId } from "./model";

export const BUILDERS: Record<TableId, TableBuilder> = {
  prognosindikator,
  prognos,
  resultatindikator,
  resultatrakning,
  kostnadsutveckling,
  intaktsutveckling,
  investeringsindikator,
  investeringar,
  investeringskategorier,
  resultathantering,
  personalomsattning,
  sjukfranvaro,
  verksamhetsmatt,
  driftbudget,
  investeringsbudget,
};

export interface TablePlace {
  id: TableId;
  /** Heading number ("5.2.1"), or the caption number in a plan ("Tabell 4"). */
  section: string;
  title: string;
}

const place = (id: TableId, section: string, title: string): TablePlace => ({ id, section, title });

/**
 * Which tables each report has, where and under which heading: the numbering and titles of the
 * reference reports (seed 000 for the tertial reports, seed 002 for the annual report, seed 004
 * for the plan). The monthly report is the prognosis and staff part of the tertial report.
 */
export const LAYOUTS: Record<ReportType, TablePlace[]> = {
  manadsrapport: [
    place("personalomsattning", "4.1", "Personalomsättning"),
    place("sjukfranvaro", "4.2", "Sjukfrånvaro"),
    place("prognosindikator", "5.1.1", "Prognosindikator"),
    place("prognos", "5.1.2", "Analys av prognosen"),
  ],
  uppfoljningsrapport1: tertial(),
  uppfoljningsrapport2: tertial(),
  arsredovisning: [
    place("personalomsattning", "4.1", "Personalomsättning"),
    place("sjukfranvaro", "4.2", "Sjukfrånvaro"),
    place("resultatindikator", "5.1", "Ekonomiskt resultat"),
    place("resultatrakning", "5.1.2", "Resultaträkning"),
    place("kostnadsutveckling", "5.1.4", "Kostnadsutveckling"),
    place("intaktsutveckling", "5.1.4", "Intäktsutveckling"),
    place("resultathantering", "5.1.5", "Resultathantering"),
    place("investeringskategorier", "5.2", "Investeringstabell"),
    place("investeringar", "5.2", "Investeringar per projekt"),
    place("verksamhetsmatt", "6", "Verksamhetsmått"),
  ],
  verksamhetsplan: [
    place("driftbudget", "Tabell 4", "Driftbudget, redovisas i mnkr"),
    place("investeringsbudget", "Tabell 5", "Investeringsbudget, belopp redovisas i mnkr"),
  ],
};

function tertial(): TablePlace[] {
  return [
    place("personalomsattning", "4.4", "Personalomsättning"),
    place("sjukfranvaro", "4.5", "Sjukfrånvaro"),
    place("prognosindikator", "5.1.1", "Prognosindikator"),
    place("prognos", "5.1.2", "Analys av prognosen"),
    place("resultatindikator", "5.2", "Ekonomiskt resultat (ackumulerat)"),
    place("resultatrakning", "5.2.1", "Resultaträkning"),
    place("kostnadsutveckling", "5.2.2.1", "Kostnadsutveckling"),
    place("intaktsutveckling", "5.2.2.2", "Intäktsutveckling"),
    place("investeringsindikator", "5.3", "Investeringar"),
    place("investeringar", "5.3", "Investeringar per projekt"),
  ];
}
