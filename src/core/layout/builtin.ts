import { ReportType } from "../report/model";
import arsredovisning from "./builtin/arsredovisning.json";
import manadsrapport from "./builtin/manadsrapport.json";
import uppfoljningsrapport1 from "./builtin/uppfoljningsrapport1.json";
import uppfoljningsrapport2 from "./builtin/uppfoljningsrapport2.json";
import verksamhetsplan from "./builtin/verksamhetsplan.json";
import { Layout } from "./model";
import { parseLayout } from "./validate";

/**
 * The reference reports' layouts (seed 000 for the monthly and tertial reports, seed 002 for the
 * annual report, seed 004 for the plan), shipped as data and read through the same validation as
 * an organisation's own file.
 */
const FILES: Record<ReportType, unknown> = {
  manadsrapport,
  uppfoljningsrapport1,
  uppfoljningsrapport2,
  arsredovisning,
  verksamhetsplan,
};

export function builtinLayout(type: ReportType): Layout {
  return parseLayout(FILES[type], `inbyggd layout ${type}.json`);
}
