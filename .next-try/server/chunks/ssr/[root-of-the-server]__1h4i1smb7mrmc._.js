module.exports = [
  874,
  (a, b, c) => {
    b.exports = a.x("buffer", () => require("buffer"));
  },
  22734,
  (a, b, c) => {
    b.exports = a.x("fs", () => require("fs"));
  },
  2157,
  (a, b, c) => {
    b.exports = a.x("node:fs", () => require("node:fs"));
  },
  50227,
  (a, b, c) => {
    b.exports = a.x("node:path", () => require("node:path"));
  },
  88947,
  (a, b, c) => {
    b.exports = a.x("stream", () => require("stream"));
  },
  78822,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(95936);
    a.i(70396);
    var d = a.i(73727),
      e = a.i(58006),
      f = a.i(95839);
    a.i(51481);
    var g = a.i(94664),
      h = a.i(14982);
    let i = (a, b) => (1 === b ? `/tags/${a}` : `/tags/${a}/page/${b}`);
    a.s([
      "B",
      0,
      function ({ slug: a, page: j }) {
        let k = (0, g.R)(a),
          l = k ? (0, g.$)((0, g.X)(a), j) : void 0;
        return (
          (k && l) || (0, d.notFound)(),
          (0, b.jsxs)(b.Fragment, {
            children: [
              (0, b.jsxs)("div", {
                className: "border-b border-line pb-6",
                children: [
                  (0, b.jsxs)("p", {
                    className: "text-sm text-muted",
                    children: [
                      (0, b.jsx)(c.default, {
                        href: "/tags",
                        className: "hover:text-accent",
                        children: "Tags",
                      }),
                      " ",
                      "/ ",
                      (0, h.D)(k.count, "post"),
                    ],
                  }),
                  (0, b.jsxs)("h1", {
                    className: "mt-1 text-3xl font-bold tracking-tight",
                    children: [
                      k.name,
                      j > 1
                        ? (0, b.jsxs)("span", { className: "text-muted", children: [", page ", j] })
                        : null,
                    ],
                  }),
                  (0, b.jsx)("p", {
                    className: "mt-2 text-sm",
                    children: (0, b.jsxs)("a", {
                      href: `/tags/${a}/feed.xml`,
                      className: "text-accent hover:underline",
                      children: ["RSS feed for ", k.name],
                    }),
                  }),
                ],
              }),
              (0, b.jsx)(f.f, { posts: l.items }),
              (0, b.jsx)(e.f, { page: l.page, totalPages: l.totalPages, hrefFor: (b) => i(a, b) }),
            ],
          })
        );
      },
      "C",
      0,
      i,
    ]);
  },
  62123,
  (a) => {
    "use strict";
    var b = a.i(7997);
    a.i(51481);
    var c = a.i(94664),
      d = a.i(87359),
      e = a.i(78822);
    async function f({ params: a }) {
      let b = (0, c.R)((await a).tag);
      return b
        ? {
            title: `Posts tagged ${b.name}`,
            description: `${b.count} posts about ${b.name} on ${d.S.title}.`,
            alternates: {
              canonical: `/tags/${b.slug}`,
              types: {
                "application/rss+xml": [
                  { url: `/tags/${b.slug}/feed.xml`, title: `${b.name} (RSS)` },
                ],
              },
            },
          }
        : {};
    }
    async function g({ params: a }) {
      return (0, b.jsx)(e.B, { slug: (await a).tag, page: 1 });
    }
    a.s([
      "default",
      0,
      g,
      "generateMetadata",
      0,
      f,
      "generateStaticParams",
      0,
      function () {
        return (0, c.N)().map((a) => ({ tag: a.slug }));
      },
      "revalidate",
      0,
      300,
    ]);
  },
  31495,
  function (a) {
    a.n(a.i(62123));
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
];

//# sourceMappingURL=%5Broot-of-the-server%5D__1h4i1smb7mrmc._.js.map
