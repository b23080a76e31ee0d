// The yo office shared-runtime layout: one page (taskpane.html) loads both the task pane and the
// custom functions bundle, because in a shared runtime Excel runs the functions inside that page.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsJsonPlugin } = require("./scripts/functions-json");
const { manifestFor } = require("./scripts/manifest-for");

async function httpsOptions() {
  // Only the dev server needs a certificate; requiring this lazily keeps `npm run build` free of it.
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv = {}) => ({
  // Source maps in development only: production ships no map of its sources.
  devtool: argv.mode === "production" ? false : "source-map",
  // Excel's shared runtime is WebView2 or WKWebView, so the ES2022 output needs no polyfills.
  entry: {
    taskpane: "./src/taskpane/index.tsx",
    functions: ["./src/functions/outsideExcel.ts", "./src/functions/functions.ts"],
    // The task pane's workbook reader runs in a Web Worker (src/io/browser/readClient.ts).
    "read-worker": "./src/io/browser/readWorker.ts",
  },
  output: {
    path: path.resolve(__dirname, (env && env.outDir) || "dist"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        // Types are checked by `npm run lint`; the bundle only needs the JavaScript. ES modules
        // (not the CommonJS that tsc and Jest use) let webpack drop the Fluent UI parts and
        // icons the pane does not use: 18 MB of script otherwise.
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
        },
      },
    ],
  },
  plugins: [
    new CustomFunctionsMetadataPlugin({
      output: "functions.json",
      input: "./src/functions/functions.ts",
    }),
    new FunctionsJsonPlugin(),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // The functions first: every workbook with a function cell loads this page, and the
      // functions register before the pane's script (exceljs and docx load only when used).
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
    }),
    new HtmlWebpackPlugin({
      filename: "hjalp.html",
      template: "./src/taskpane/hjalp.html",
      chunks: [],
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => manifestFor(content, argv.mode),
        },
      ],
    }),
  ],
  devServer: {
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: env && env.WEBPACK_SERVE ? await httpsOptions() : undefined },
    port: Number(process.env.npm_package_config_dev_server_port) || 3000,
  },
});
