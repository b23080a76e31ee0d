import { configure } from "@testing-library/dom";

// Testing Library waits 1 s for an element by default; a busy two-core machine (the CI's size)
// renders the pane slower than that. A real absence still fails, ten seconds later.
configure({ asyncUtilTimeout: 10_000 });
