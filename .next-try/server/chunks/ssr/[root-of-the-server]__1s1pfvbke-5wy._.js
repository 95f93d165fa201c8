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
  49806,
  (a) => {
    "use strict";
    var b = a.i(7997);
    a.i(70396);
    var c = a.i(73727);
    a.i(51481);
    var d = a.i(94664),
      e = a.i(85385);
    async function f({ params: a }) {
      let { page: b } = await a;
      return { title: `All posts, page ${b}`, alternates: { canonical: (0, e.p)((0, d.M)(b)) } };
    }
    async function g({ params: a }) {
      let f = (0, d.M)((await a).page);
      return (
        1 === f && (0, c.permanentRedirect)("/"),
        Number.isNaN(f) && (0, c.notFound)(),
        (0, b.jsx)(e.M, { page: f })
      );
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
        return Array.from({ length: ((0, d.$)((0, d.w)(), 1)?.totalPages ?? 1) - 1 }, (a, b) => ({
          page: String(b + 2),
        }));
      },
      "revalidate",
      0,
      300,
    ]);
  },
  29348,
  function (a) {
    a.n(a.i(49806));
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

//# sourceMappingURL=%5Broot-of-the-server%5D__1s1pfvbke-5wy._.js.map
