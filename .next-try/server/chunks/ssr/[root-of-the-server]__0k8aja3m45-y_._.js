module.exports = [
  18622,
  (a, b, c) => {
    b.exports = a.x("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js", () =>
      require("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"),
    );
  },
  20635,
  (a, b, c) => {
    b.exports = a.x("next/dist/server/app-render/action-async-storage.external.js", () =>
      require("next/dist/server/app-render/action-async-storage.external.js"),
    );
  },
  24725,
  (a, b, c) => {
    b.exports = a.x("next/dist/server/app-render/after-task-async-storage.external.js", () =>
      require("next/dist/server/app-render/after-task-async-storage.external.js"),
    );
  },
  43285,
  (a, b, c) => {
    b.exports = a.x("next/dist/server/app-render/dynamic-access-async-storage.external.js", () =>
      require("next/dist/server/app-render/dynamic-access-async-storage.external.js"),
    );
  },
  56704,
  (a, b, c) => {
    b.exports = a.x("next/dist/server/app-render/work-async-storage.external.js", () =>
      require("next/dist/server/app-render/work-async-storage.external.js"),
    );
  },
  32319,
  (a, b, c) => {
    b.exports = a.x("next/dist/server/app-render/work-unit-async-storage.external.js", () =>
      require("next/dist/server/app-render/work-unit-async-storage.external.js"),
    );
  },
  59043,
  (a, b, c) => {
    b.exports = a.x("next/dist/server/runtime-reacts.external.js", () =>
      require("next/dist/server/runtime-reacts.external.js"),
    );
  },
  42602,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(18622);
  },
  9270,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(42602).vendored.contexts.AppRouterContext;
  },
  87924,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(42602).vendored["react-ssr"].ReactJsxRuntime;
  },
  38783,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(42602).vendored["react-ssr"].ReactServerDOMTurbopackClient;
  },
  72131,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(42602).vendored["react-ssr"].React;
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__0k8aja3m45-y_._.js.map
