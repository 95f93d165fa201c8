globalThis.__BUILD_MANIFEST = {
  pages: {
    "/_app": [],
  },
  devFiles: [],
  polyfillFiles: ["static/chunks/0cz1d0mv5g_q7.js"],
  lowPriorityFiles: [
    "static/MIgmoYtmk9hh2KurbjVno/_buildManifest.js",
    "static/MIgmoYtmk9hh2KurbjVno/_ssgManifest.js",
    "static/MIgmoYtmk9hh2KurbjVno/_clientMiddlewareManifest.js",
  ],
  rootMainFiles: [
    "static/chunks/310vm2bl3xxpt.js",
    "static/chunks/1-7eic5kf-e5g.js",
    "static/chunks/1005q9grpu-wb.js",
    "static/chunks/0om7vv_p-w8i8.js",
    "static/chunks/turbopack-077hmtqrhcoji.js",
  ],
  rootMainFilesTree: {},
  pagesChunkGroupBootstrapParams: {
    "/_not-found/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/_global-error/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/authors/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/authors/[id]/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/blog/[slug]/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/page/[page]/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/search/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/tags/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/tags/[tag]/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
    "/(site)/tags/[tag]/page/[page]/page": {
      otherChunks: [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1-7eic5kf-e5g.js",
        "static/chunks/1005q9grpu-wb.js",
        "static/chunks/0om7vv_p-w8i8.js",
      ],
      runtimeModuleIds: [94553],
    },
  },
  chunkLoadingGlobal: "TURBOPACK",
};
