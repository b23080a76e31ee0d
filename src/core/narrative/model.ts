import { TableId } from "../report/model";

/**
 * A number in the text and where it came from, so export and task pane can link them: a report
 * cell (table, row, column), or for figures that are no cell (a controller's explanation, a
 * change since the last report) the workbook places in `where`.
 */
export interface FigureRef {
  table?: TableId;
  row?: string;
  column?: string;
  where?: string[];
  /** The number as the sentence writes it ("+10,6 mnkr"); equal to the cell at the cell's precision. */
  text: string;
}

export interface Sentence {
  text: string;
  figures: FigureRef[];
}

export interface Paragraph {
  /** "bullet" for the controllers' itemised explanations, as the seeds print them. */
  style: "text" | "bullet";
  sentences: Sentence[];
}

/** The text that belongs to one report table, or to a section without a table (5.1.3, chapter 1). */
export interface NarrativeSection {
  id: TableId | "sammanfattning" | "prognosforandring";
  section: string;
  title: string;
  /** Whether the text stands before or after the table, as in the seeds. */
  placement: "before" | "after";
  paragraphs: Paragraph[];
}
