globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/atom.xml/route"] = {
  moduleLoading: { prefix: "" },
  clientModules: {},
  ssrModuleMapping: {},
  edgeSSRModuleMapping: {},
  rscModuleMapping: {},
  edgeRscModuleMapping: {},
  entryCSSFiles: {},
  entryJSFiles: {},
};
