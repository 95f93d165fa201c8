module.exports = [
  874,
  (a, b, c) => {
    b.exports = a.x("buffer", () => require("buffer"));
  },
  54799,
  (a, b, c) => {
    b.exports = a.x("crypto", () => require("crypto"));
  },
  22734,
  (a, b, c) => {
    b.exports = a.x("fs", () => require("fs"));
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
  2157,
  (a, b, c) => {
    b.exports = a.x("node:fs", () => require("node:fs"));
  },
  50227,
  (a, b, c) => {
    b.exports = a.x("node:path", () => require("node:path"));
  },
  81111,
  (a, b, c) => {
    b.exports = a.x("node:stream", () => require("node:stream"));
  },
  14747,
  (a, b, c) => {
    b.exports = a.x("path", () => require("path"));
  },
  88947,
  (a, b, c) => {
    b.exports = a.x("stream", () => require("stream"));
  },
  24361,
  (a, b, c) => {
    b.exports = a.x("util", () => require("util"));
  },
  85385,
  (a) => {
    "use strict";
    var b = a.i(7997);
    a.i(70396);
    var c = a.i(73727),
      d = a.i(58006),
      e = a.i(95839);
    a.i(51481);
    var f = a.i(94664),
      g = a.i(87359);
    let h = (a) => (1 === a ? "/" : `/page/${a}`);
    a.s([
      "M",
      0,
      function ({ page: a }) {
        let i = (0, f.$)((0, f.w)(), a);
        return (
          i || (0, c.notFound)(),
          (0, b.jsxs)(b.Fragment, {
            children: [
              (0, b.jsxs)("div", {
                className: "border-b border-line pb-6",
                children: [
                  (0, b.jsx)("h1", {
                    className: "text-3xl font-bold tracking-tight",
                    children: 1 === a ? g.S.title : `All posts, page ${a}`,
                  }),
                  1 === a
                    ? (0, b.jsx)("p", {
                        className: "mt-2 text-lg text-muted",
                        children: g.S.description,
                      })
                    : null,
                ],
              }),
              (0, b.jsx)(e.f, { posts: i.items }),
              (0, b.jsx)(d.f, { page: i.page, totalPages: i.totalPages, hrefFor: h }),
            ],
          })
        );
      },
      "p",
      0,
      h,
    ]);
  },
  44305,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(85385);
    a.s([
      "default",
      0,
      function () {
        return (0, b.jsx)(c.M, { page: 1 });
      },
      "revalidate",
      0,
      300,
    ]);
  },
  19270,
  function (a) {
    a.n(a.i(44305));
  },
  71385,
  (a) => {
    a.v("/_next/static/media/icon.417_-jl4m372f.svg" + (globalThis.NEXT_CLIENT_ASSET_SUFFIX || ""));
  },
  48760,
  (a) => {
    "use strict";
    let b = { src: a.i(71385).default, width: 32, height: 32 };
    a.s(["default", 0, b]);
  },
  58006,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(95936);
    a.s([
      "f",
      0,
      function ({ page: a, totalPages: d, hrefFor: e }) {
        if (d <= 1) return null;
        let f = "rounded-md border border-line px-3 py-1.5 hover:border-accent hover:text-accent";
        return (0, b.jsxs)("nav", {
          "aria-label": "Pagination",
          className: "mt-8 flex items-center justify-between gap-4 text-sm",
          children: [
            a > 1
              ? (0, b.jsx)(c.default, {
                  href: e(a - 1),
                  rel: "prev",
                  className: f,
                  children: "← Newer posts",
                })
              : (0, b.jsx)("span", {}),
            (0, b.jsxs)("span", { className: "text-muted", children: ["Page ", a, " of ", d] }),
            a < d
              ? (0, b.jsx)(c.default, {
                  href: e(a + 1),
                  rel: "next",
                  className: f,
                  children: "Older posts →",
                })
              : (0, b.jsx)("span", {}),
          ],
        });
      },
    ]);
  },
  49676,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(14982);
    a.s([
      "f",
      0,
      function ({ date: a }) {
        return (0, b.jsx)("time", { dateTime: a.toISOString(), children: (0, c.C)(a) });
      },
    ]);
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
  717,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].React;
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__1lodvzzjq9kwh._.js.map
