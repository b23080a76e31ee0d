// manifest.xml as each build ships it. manifest.xml is the production add-in (its <Id>, the EKO
// namespace) pointing at the dev server; a development build gets its own <Id>, display name
// and namespace, so a developer's add-in and the installed one can be loaded side by side
// without Office mixing their settings or their functions (=EKODEV. beside =EKO.).
const DEV_URL = "https://localhost:3000/";
const PROD_ID = "7d57d039-395b-4d8d-87d6-42d0e4a55824";
const DEV_ID = "3f0c5a61-8b2e-4d7a-9c41-6e2b8f0d1a97";

/**
 * The manifest for `mode` ("development" or "production"). A production deployment sets
 * EKO_PROD_URL (ending in "/"); without it the production copy keeps the dev server's URLs,
 * which is safer than inventing a host.
 */
function manifestFor(content, mode, prodUrl = process.env.EKO_PROD_URL) {
  let text = content.toString();
  if (mode === "development") {
    text = text
      .replace(`<Id>${PROD_ID}</Id>`, `<Id>${DEV_ID}</Id>`)
      .replace(
        '<bt:String id="Functions.Namespace" DefaultValue="EKO" />',
        '<bt:String id="Functions.Namespace" DefaultValue="EKODEV" />',
      )
      .replace(
        '<DisplayName DefaultValue="Ekonomirapport" />',
        '<DisplayName DefaultValue="Ekonomirapport (utveckling)" />',
      );
  } else if (prodUrl) {
    text = text.split(DEV_URL).join(prodUrl);
  }
  return text;
}

module.exports = { manifestFor, DEV_ID, PROD_ID };
