/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // jest's 5 s default fails component tests on a busy two-core machine (seen at load 20);
  // a hang is still caught, a minute later.
  testTimeout: 60_000,
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/setup/browserGlobals.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/testingLibrary.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package's index pulls in an ES module
    // (strip-bom) that Jest on Node 20 cannot require.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
