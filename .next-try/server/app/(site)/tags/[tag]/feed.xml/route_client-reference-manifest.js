globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/(site)/tags/[tag]/feed.xml/route"] = {
  moduleLoading: { prefix: "" },
  clientModules: {},
  ssrModuleMapping: {},
  edgeSSRModuleMapping: {},
  rscModuleMapping: {},
  edgeRscModuleMapping: {},
  entryCSSFiles: {},
  entryJSFiles: {},
};
