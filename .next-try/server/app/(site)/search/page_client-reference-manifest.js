globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/(site)/search/page"] = {
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
    "[project]/node_modules/next/dist/client/app-dir/link.js": {
      id: 22016,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js", "/_next/static/chunks/1y_-7107nmbod.js"],
      async: false,
    },
    "[project]/components/layout/search-shortcut.tsx": {
      id: 47839,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js", "/_next/static/chunks/1y_-7107nmbod.js"],
      async: false,
    },
    "[project]/components/layout/theme-toggle.tsx": {
      id: 49845,
      name: "*",
      chunks: ["/_next/static/chunks/3qfy96eoyh-ek.js", "/_next/static/chunks/1y_-7107nmbod.js"],
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
        ],
        async: false,
      },
    },
    22016: {
      "*": {
        id: 38246,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/components_layout_01tj6drxeqnjj._.js",
          "server/chunks/ssr/node_modules_1jbtcgyhj049i._.js",
        ],
        async: false,
      },
    },
    47839: {
      "*": {
        id: 32165,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/components_layout_01tj6drxeqnjj._.js",
          "server/chunks/ssr/node_modules_1jbtcgyhj049i._.js",
        ],
        async: false,
      },
    },
    49845: {
      "*": {
        id: 56363,
        name: "*",
        chunks: [
          "server/chunks/ssr/[root-of-the-server]__0k8aja3m45-y_._.js",
          "server/chunks/ssr/node_modules_next_dist_1yspyvymeb-pc._.js",
          "server/chunks/ssr/components_layout_01tj6drxeqnjj._.js",
          "server/chunks/ssr/node_modules_1jbtcgyhj049i._.js",
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
    22016: { "*": { id: 84707, name: "*", chunks: [], async: false } },
    47839: { "*": { id: 18081, name: "*", chunks: [], async: false } },
    49845: { "*": { id: 1497, name: "*", chunks: [], async: false } },
    68027: { "*": { id: 82509, name: "*", chunks: [], async: false } },
  },
  edgeRscModuleMapping: {},
  entryCSSFiles: {
    "[project]/app/layout": [{ path: "static/chunks/316mj05hwjmv4.css", inlined: false }],
    "[project]/app/not-found": [{ path: "static/chunks/316mj05hwjmv4.css", inlined: false }],
    "[project]/node_modules/next/dist/client/components/builtin/global-error": [
      { path: "static/chunks/316mj05hwjmv4.css", inlined: false },
    ],
    "[project]/app/(site)/layout": [{ path: "static/chunks/316mj05hwjmv4.css", inlined: false }],
    "[project]/app/(site)/search/page": [
      { path: "static/chunks/316mj05hwjmv4.css", inlined: false },
    ],
  },
  entryJSFiles: {
    "[project]/app/layout": ["static/chunks/3qfy96eoyh-ek.js"],
    "[project]/app/not-found": ["static/chunks/3qfy96eoyh-ek.js", "static/chunks/1y_-7107nmbod.js"],
    "[project]/node_modules/next/dist/client/components/builtin/global-error": [
      "static/chunks/3qfy96eoyh-ek.js",
    ],
    "[project]/app/(site)/layout": [
      "static/chunks/3qfy96eoyh-ek.js",
      "static/chunks/1y_-7107nmbod.js",
    ],
    "[project]/app/(site)/search/page": [
      "static/chunks/3qfy96eoyh-ek.js",
      "static/chunks/1y_-7107nmbod.js",
    ],
  },
};
