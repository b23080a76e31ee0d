import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build-tsc/", "coverage/", "out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The domain core runs in Excel, in custom functions and in Node: it may not reach for any of them.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["fs", "node:*", "path", "os", "child_process"],
              message: "src/core får inte röra filsystemet: lägg filåtkomst i src/io.",
            },
            {
              group: ["exceljs", "docx", "docxtemplater", "pizzip"],
              message: "Filformat hör till adaptrarna i src/io.",
            },
            {
              group: ["react", "react-*", "@fluentui/*", "office-*", "@microsoft/*"],
              message: "src/core är fri från Office och React.",
            },
            {
              // A regex, not a relative glob, so it holds at any folder depth under src/core.
              regex: "(^|/)(io|cli|taskpane|functions)(/|$)",
              message: "Kärnan beror inte på sina dörrar.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      globals: {
        module: "writable",
        require: "readonly",
        __dirname: "readonly",
        process: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
