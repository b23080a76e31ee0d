// manifest.xml as each build ships it. manifest.xml is the production add-in (its <Id>, the EKO
// namespace) pointing at the dev server; a development build gets its own <Id>, display name
// and namespace, so a developer's add-in and the installed one can be loaded side by side
// without Office mixing their settings or their functions (=EKODEV. beside =EKO.).
const DEV_URL = "https://localhost:3000/";
const PROD_ID = "7d57d039-395b-4d8d-87d6-42d0e4a55824";
const DEV_ID = "3f0c5a61-8b2e-4d7a-9c41-6e2b8f0d1a97";

/** What a development build changes, production text first. */
const DEV_CHANGES = [
  [`<Id>${PROD_ID}</Id>`, `<Id>${DEV_ID}</Id>`],
  [
    '<bt:String id="Functions.Namespace" DefaultValue="EKO" />',
    '<bt:String id="Functions.Namespace" DefaultValue="EKODEV" />',
  ],
  [
    '<DisplayName DefaultValue="Ekonomirapport" />',
    '<DisplayName DefaultValue="Ekonomirapport (utveckling)" />',
  ],
];

/**
 * The manifest for `mode` ("development" or "production"). A production deployment sets
 * EKO_PROD_URL (ending in "/"); without it the production copy keeps the dev server's URLs,
 * which is safer than inventing a host.
 */
function manifestFor(content, mode, prodUrl = process.env.EKO_PROD_URL) {
  let text = content.toString();
  if (mode === "development") {
    for (const [from, to] of DEV_CHANGES) {
      // An edited manifest.xml must not quietly give the development build the production Id.
      if (!text.includes(from))
        throw new Error(`manifest.xml saknar ${from} (scripts/manifest-for.js)`);
      text = text.replace(from, to);
    }
  } else if (prodUrl) {
    text = text.split(DEV_URL).join(prodUrl);
  }
  return text;
}

module.exports = { manifestFor, DEV_ID, PROD_ID };
