/// <reference types="office-js" />

// A placeholder until the React task pane (issue 7); the page itself must exist now, because the
// shared runtime that runs the custom functions is this page.
Office.onReady(() => {
  const status = document.getElementById("status");
  if (status) status.textContent = "Tillägget är laddat.";
});
