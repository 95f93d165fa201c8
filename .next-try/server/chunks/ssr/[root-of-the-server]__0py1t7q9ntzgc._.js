module.exports = [
  18622,
  (a, b, c) => {
    b.exports = a.x("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js", () =>
      require("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"),
    );
  },
  82509,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(d("[project]/node_modules/next/dist/client/components/builtin/global-error.js"));
  },
  66114,
  (a) => {
    "use strict";
    var b = a.i(82509);
    a.n(b);
  },
  62212,
  function (a) {
    a.n(a.i(66114));
  },
  24951,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(18622);
  },
  11857,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].ReactServerDOMTurbopackServer;
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__0py1t7q9ntzgc._.js.map
