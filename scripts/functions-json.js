// The custom functions metadata as Excel gets it. The generator (custom-functions-metadata) cannot
// emit `allowErrorForDataTypeAny`, a top-level property that only hand-written JSON may carry
// (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors, "Errors as custom
// function inputs"). Without it Excel never calls the functions for a range holding #N/A, so
// their per-cell handling of error cells could not happen. The build adds it here.
const { sources } = require("webpack");

const FILE = "functions.json";

function withErrorInputs(json) {
  return { allowErrorForDataTypeAny: true, ...json };
}

class FunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonPlugin", (compilation) =>
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsJsonPlugin",
          stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONS,
        },
        () => {
          const asset = compilation.getAsset(FILE);
          if (!asset) return;
          const json = withErrorInputs(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(FILE, new sources.RawSource(JSON.stringify(json, null, 2)));
        },
      ),
    );
  }
}

module.exports = { FunctionsJsonPlugin, withErrorInputs };
