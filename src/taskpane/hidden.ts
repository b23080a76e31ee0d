/**
 * Visually hidden but reachable: a file input a button opens; tests and assistive technology
 * still find it by its label.
 */
export const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
} as const;
