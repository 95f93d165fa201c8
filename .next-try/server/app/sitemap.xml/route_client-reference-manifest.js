globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/sitemap.xml/route"] = {
  moduleLoading: { prefix: "" },
  clientModules: {},
  ssrModuleMapping: {},
  edgeSSRModuleMapping: {},
  rscModuleMapping: {},
  edgeRscModuleMapping: {},
  entryCSSFiles: {},
  entryJSFiles: {},
};
