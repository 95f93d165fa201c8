globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/_global-error/page"] = {
  moduleLoading: { prefix: "" },
  clientModules: {
    "[project]/node_modules/next/dist/esm/client/components/layout-router.js": {
      id: 39756,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"],
      async: false,
    },
    "[project]/node_modules/next/dist/esm/client/components/render-from-template-context.js": {
      id: 37457,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"],
      async: false,
    },
    "[project]/node_modules/next/dist/esm/client/components/client-page.js": {
      id: 47257,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"],
      async: false,
    },
    "[project]/node_modules/next/dist/esm/client/components/client-segment.js": {
      id: 92825,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"],
      async: false,
    },
    "[project]/node_modules/next/dist/esm/client/components/http-access-fallback/error-boundary.js":
      { id: 68017, name: "*", chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"], async: false },
    "[project]/node_modules/next/dist/esm/lib/framework/boundary-components.js": {
      id: 97367,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"],
      async: false,
    },
    "[project]/node_modules/next/dist/esm/lib/metadata/generate/icon-mark.js": {
      id: 27201,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"],
      async: false,
    },
    "[project]/node_modules/next/dist/client/components/builtin/global-error.js": {
      id: 68027,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js"],
      async: false,
    },
  },
  ssrModuleMapping: {
    39756: {
      "*": {
        id: 2420,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
    37457: {
      "*": {
        id: 24017,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
    47257: {
      "*": {
        id: 77682,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
    92825: {
      "*": {
        id: 97296,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
    68017: {
      "*": {
        id: 61660,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
    97367: {
      "*": {
        id: 90574,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
    27201: {
      "*": {
        id: 60704,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
    68027: {
      "*": {
        id: 40622,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/node_modules_01xbj_9zg44kw._.js",
        ],
        async: false,
      },
    },
  },
  edgeSSRModuleMapping: {},
  rscModuleMapping: {
    39756: { "*": { id: 26768, name: "*", chunks: [], async: false } },
    37457: { "*": { id: 17910, name: "*", chunks: [], async: false } },
    47257: { "*": { id: 92977, name: "*", chunks: [], async: false } },
    92825: { "*": { id: 48552, name: "*", chunks: [], async: false } },
    68017: { "*": { id: 83919, name: "*", chunks: [], async: false } },
    97367: { "*": { id: 24150, name: "*", chunks: [], async: false } },
    27201: { "*": { id: 40771, name: "*", chunks: [], async: false } },
    68027: { "*": { id: 82509, name: "*", chunks: [], async: false } },
  },
  edgeRscModuleMapping: {},
  entryCSSFiles: { "[project]/node_modules/next/dist/client/components/builtin/global-error": [] },
  entryJSFiles: {
    "[project]/node_modules/next/dist/client/components/builtin/global-error": [
      "static/chunks/3qfy96eoyh-ek.js",
    ],
  },
};
