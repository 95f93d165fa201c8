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
  3429,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(95936);
    a.i(51481);
    var d = a.i(45770),
      e = a.i(49676),
      f = a.i(14982);
    async function g({ searchParams: a }) {
      let h = (await a).q,
        i = (Array.isArray(h) ? h[0] : h)?.trim().slice(0, d.$) ?? "",
        j = i ? (0, d.J)(i) : [];
      return (0, b.jsxs)(b.Fragment, {
        children: [
          (0, b.jsx)("h1", { className: "text-3xl font-bold tracking-tight", children: "Search" }),
          (0, b.jsxs)("form", {
            role: "search",
            action: "/search",
            className: "mt-4 flex max-w-xl gap-2",
            children: [
              (0, b.jsx)("label", {
                htmlFor: "search-page-query",
                className: "sr-only",
                children: "Search posts",
              }),
              (0, b.jsx)("input", {
                id: "search-page-query",
                name: "q",
                type: "search",
                defaultValue: i,
                maxLength: d.$,
                placeholder: "Titles, tags, text…",
                className: "min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2",
              }),
              (0, b.jsx)("button", {
                type: "submit",
                className: "rounded-md bg-accent px-4 py-2 font-medium text-surface",
                children: "Search",
              }),
            ],
          }),
          (0, b.jsx)("div", {
            "aria-live": "polite",
            className: "mt-6",
            children: i
              ? (0, b.jsx)("p", {
                  className: "text-muted",
                  children:
                    0 === j.length
                      ? `No posts match “${i}”.`
                      : `${(0, f.D)(j.length, "result")} for “${i}”`,
                })
              : (0, b.jsx)("p", {
                  className: "text-muted",
                  children: "Type a word or two to search every post.",
                }),
          }),
          j.length > 0
            ? (0, b.jsx)("ol", {
                className: "mt-4 divide-y divide-line",
                children: j.map(({ post: a, snippet: d }) =>
                  (0, b.jsxs)(
                    "li",
                    {
                      className: "py-5",
                      children: [
                        (0, b.jsx)("h2", {
                          className: "text-lg font-semibold",
                          children: (0, b.jsx)(c.default, {
                            href: `/blog/${a.slug}`,
                            className: "hover:text-accent",
                            children: a.title,
                          }),
                        }),
                        (0, b.jsx)("p", {
                          className: "text-sm text-muted",
                          children: (0, b.jsx)(e.f, { date: a.date }),
                        }),
                        (0, b.jsx)("p", { className: "mt-1 leading-7", children: d }),
                      ],
                    },
                    a.slug,
                  ),
                ),
              })
            : null,
        ],
      });
    }
    a.s(["default", 0, g, "metadata", 0, { title: "Search", robots: { index: !1, follow: !0 } }]);
  },
  68172,
  function (a) {
    a.n(a.i(3429));
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

//# sourceMappingURL=%5Broot-of-the-server%5D__1m2w_7nxkb-4_._.js.map
