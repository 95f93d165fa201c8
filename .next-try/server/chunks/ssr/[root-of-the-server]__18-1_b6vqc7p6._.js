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
  10359,
  (a) => {
    "use strict";
    var b = a.i(7997);
    a.i(70396);
    var c = a.i(73727),
      d = a.i(95839);
    a.i(51481);
    var e = a.i(94664),
      f = a.i(14982),
      g = a.i(96431);
    async function h({ params: a }) {
      let b = (0, e.O)((await a).id);
      return b
        ? {
            title: b.name,
            description: b.bio ?? `Posts by ${b.name}.`,
            alternates: { canonical: `/authors/${b.id}` },
            openGraph: { type: "profile" },
          }
        : {};
    }
    async function i({ params: a }) {
      let h = (0, e.O)((await a).id);
      h || (0, c.notFound)();
      let j = (0, e.v)(h.id);
      return (0, b.jsxs)(b.Fragment, {
        children: [
          (0, b.jsxs)("section", {
            "aria-labelledby": "author-name",
            className: "flex flex-col gap-6 border-b border-line pb-8 sm:flex-row sm:items-start",
            children: [
              h.avatar
                ? (0, b.jsx)("img", {
                    src: h.avatar,
                    alt: "",
                    width: 96,
                    height: 96,
                    className: "h-24 w-24 rounded-full border border-line",
                  })
                : null,
              (0, b.jsxs)("div", {
                children: [
                  (0, b.jsx)("h1", {
                    id: "author-name",
                    className: "text-3xl font-bold tracking-tight",
                    children: h.name,
                  }),
                  h.bio
                    ? (0, b.jsx)("p", { className: "mt-2 max-w-2xl leading-7", children: h.bio })
                    : null,
                  h.links.length > 0
                    ? (0, b.jsx)("ul", {
                        "aria-label": `${h.name} elsewhere`,
                        className: "mt-3 flex flex-wrap gap-4 text-sm",
                        children: h.links.map((a) =>
                          (0, b.jsx)(
                            "li",
                            {
                              children: (0, b.jsx)("a", {
                                href: a.url,
                                rel: (0, g.A)(a.url) ? "me noopener noreferrer" : "me",
                                className: "text-accent hover:underline",
                                children: a.label,
                              }),
                            },
                            a.url,
                          ),
                        ),
                      })
                    : null,
                ],
              }),
            ],
          }),
          (0, b.jsx)("h2", {
            className: "mt-8 text-xl font-semibold",
            children: (0, f.D)(j.length, "post"),
          }),
          (0, b.jsx)(d.f, { posts: j, headingLevel: 3 }),
        ],
      });
    }
    a.s([
      "default",
      0,
      i,
      "generateMetadata",
      0,
      h,
      "generateStaticParams",
      0,
      function () {
        return (0, e.u)().map((a) => ({ id: a.id }));
      },
      "revalidate",
      0,
      300,
    ]);
  },
  80592,
  function (a) {
    a.n(a.i(10359));
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
  96431,
  (a) => {
    "use strict";
    let b = new Set(["http", "https", "mailto"]);
    a.s([
      "A",
      0,
      function (a) {
        return /^(https?:)?\/\//i.test(a.trim());
      },
      "n",
      0,
      function (a) {
        let c = a.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase(),
          d = /^([a-z][a-z0-9+.-]*):/.exec(c)?.[1];
        return !d || b.has(d);
      },
    ]);
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__18-1_b6vqc7p6._.js.map
