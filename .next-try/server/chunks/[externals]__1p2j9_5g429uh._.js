module.exports = [
  54799,
  (e, r, t) => {
    r.exports = e.x("crypto", () => require("crypto"));
  },
  70406,
  (e, r, t) => {
    r.exports = e.x("next/dist/compiled/@opentelemetry/api", () =>
      require("next/dist/compiled/@opentelemetry/api"),
    );
  },
  18622,
  (e, r, t) => {
    r.exports = e.x("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js", () =>
      require("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"),
    );
  },
  20635,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/app-render/action-async-storage.external.js", () =>
      require("next/dist/server/app-render/action-async-storage.external.js"),
    );
  },
  24725,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/app-render/after-task-async-storage.external.js", () =>
      require("next/dist/server/app-render/after-task-async-storage.external.js"),
    );
  },
  56704,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/app-render/work-async-storage.external.js", () =>
      require("next/dist/server/app-render/work-async-storage.external.js"),
    );
  },
  32319,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/app-render/work-unit-async-storage.external.js", () =>
      require("next/dist/server/app-render/work-unit-async-storage.external.js"),
    );
  },
  59043,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/runtime-reacts.external.js", () =>
      require("next/dist/server/runtime-reacts.external.js"),
    );
  },
  93695,
  (e, r, t) => {
    r.exports = e.x("next/dist/shared/lib/no-fallback-error.external.js", () =>
      require("next/dist/shared/lib/no-fallback-error.external.js"),
    );
  },
  81111,
  (e, r, t) => {
    r.exports = e.x("node:stream", () => require("node:stream"));
  },
  14747,
  (e, r, t) => {
    r.exports = e.x("path", () => require("path"));
  },
];

//# sourceMappingURL=%5Bexternals%5D__1p2j9_5g429uh._.js.map
