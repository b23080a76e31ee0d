/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { readInWorker } from "../io/browser/readClient";
import { ExcelWorkbook } from "../io/office/excel";
import { App } from "./App";

function start(inExcel: boolean) {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App
        workbook={inExcel ? new ExcelWorkbook() : undefined}
        // exceljs and docx are most of the bundle: loaded (as their own chunks) when first used.
        openFile={async (data, name) =>
          (await import("../io/browser/fileWorkbook")).FileWorkbook.open(data, name, readInWorker)
        }
        exportDocx={async (doc, template, templateName) =>
          (await import("../io/docx")).exportDocx(doc, { template, templateName })
        }
      />
    </FluentProvider>,
  );
}

// Opened as a plain web page office.js may be missing (offline, or blocked): that is browser mode.
if (typeof Office === "undefined") start(false);
else Office.onReady((info) => start(info.host === Office.HostType.Excel));
