module.exports = [
  54799,
  (a, b, c) => {
    b.exports = a.x("crypto", () => require("crypto"));
  },
  70406,
  (a, b, c) => {
    b.exports = a.x("next/dist/compiled/@opentelemetry/api", () =>
      require("next/dist/compiled/@opentelemetry/api"),
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
  93695,
  (a, b, c) => {
    b.exports = a.x("next/dist/shared/lib/no-fallback-error.external.js", () =>
      require("next/dist/shared/lib/no-fallback-error.external.js"),
    );
  },
  81111,
  (a, b, c) => {
    b.exports = a.x("node:stream", () => require("node:stream"));
  },
  14747,
  (a, b, c) => {
    b.exports = a.x("path", () => require("path"));
  },
  24361,
  (a, b, c) => {
    b.exports = a.x("util", () => require("util"));
  },
  14465,
  (a, b, c) => {
    (() => {
      "use strict";
      var a = {
          86: (a) => {
            ((a.exports = function (a, b) {
              return "string" == typeof a ? g(a) : "number" == typeof a ? f(a, b) : null;
            }),
              (a.exports.format = f),
              (a.exports.parse = g));
            var b = /\B(?=(\d{3})+(?!\d))/g,
              c = /(?:\.0*|(\.[^0]+)0+)$/,
              d = {
                b: 1,
                kb: 1024,
                mb: 1048576,
                gb: 0x40000000,
                tb: 0x10000000000,
                pb: 0x4000000000000,
              },
              e = /^((-|\+)?(\d+(?:\.\d+)?)) *(kb|mb|gb|tb|pb)$/i;
            function f(a, e) {
              if (!Number.isFinite(a)) return null;
              var f = Math.abs(a),
                g = (e && e.thousandsSeparator) || "",
                h = (e && e.unitSeparator) || "",
                i = e && void 0 !== e.decimalPlaces ? e.decimalPlaces : 2,
                j = !!(e && e.fixedDecimals),
                k = (e && e.unit) || "";
              (k && d[k.toLowerCase()]) ||
                (k =
                  f >= d.pb
                    ? "PB"
                    : f >= d.tb
                      ? "TB"
                      : f >= d.gb
                        ? "GB"
                        : f >= d.mb
                          ? "MB"
                          : f >= d.kb
                            ? "KB"
                            : "B");
              var l = (a / d[k.toLowerCase()]).toFixed(i);
              return (
                j || (l = l.replace(c, "$1")),
                g &&
                  (l = l
                    .split(".")
                    .map(function (a, c) {
                      return 0 === c ? a.replace(b, g) : a;
                    })
                    .join(".")),
                l + h + k
              );
            }
            function g(a) {
              if ("number" == typeof a && !isNaN(a)) return a;
              if ("string" != typeof a) return null;
              var b,
                c = e.exec(a),
                f = "b";
              return (
                c
                  ? ((b = parseFloat(c[1])), (f = c[4].toLowerCase()))
                  : ((b = parseInt(a, 10)), (f = "b")),
                Math.floor(d[f] * b)
              );
            }
          },
        },
        c = {};
      function d(b) {
        var e = c[b];
        if (void 0 !== e) return e.exports;
        var f = (c[b] = { exports: {} }),
          g = !0;
        try {
          (a[b](f, f.exports, d), (g = !1));
        } finally {
          g && delete c[b];
        }
        return f.exports;
      }
      ((d.ab = "/ROOT/node_modules/next/dist/compiled/bytes/"), (b.exports = d(86)));
    })();
  },
  7997,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].ReactJsxRuntime;
  },
  717,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].React;
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__1vlst3pw5mzlt._.js.map
