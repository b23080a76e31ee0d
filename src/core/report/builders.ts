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
import { TableId } from "./model";

/** The code behind each table id; what a table shows and how it reads is its layout's. */
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
