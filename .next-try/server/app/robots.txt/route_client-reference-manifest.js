globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/robots.txt/route"] = {
  moduleLoading: { prefix: "" },
  clientModules: {},
  ssrModuleMapping: {},
  edgeSSRModuleMapping: {},
  rscModuleMapping: {},
  edgeRscModuleMapping: {},
  entryCSSFiles: {},
  entryJSFiles: {},
};
