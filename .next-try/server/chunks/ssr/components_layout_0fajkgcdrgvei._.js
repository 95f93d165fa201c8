module.exports = [
  18081,
  (a) => {
    "use strict";
    let b = (0, a.i(11857).registerClientReference)(
      function () {
        throw Error(
          "Attempted to call SearchShortcut() from the server but SearchShortcut is on the client. It's not possible to invoke a client function from the server, it can only be rendered as a Component or passed to props of a Client Component.",
        );
      },
      "[project]/components/layout/search-shortcut.tsx",
      "SearchShortcut",
    );
    a.s(["SearchShortcut", 0, b]);
  },
  3961,
  (a) => {
    "use strict";
    var b = a.i(18081);
    a.n(b);
  },
  15329,
  6562,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(95936),
      d = a.i(87359);
    a.s(
      [
        "f",
        0,
        function () {
          return (0, b.jsx)("footer", {
            className: "mt-16 border-t border-line",
            children: (0, b.jsxs)("div", {
              className:
                "mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-6 text-sm text-muted",
              children: [
                (0, b.jsxs)("p", { children: ["© ", new Date().getFullYear(), " ", d.S.title] }),
                (0, b.jsx)("nav", {
                  "aria-label": "Feeds and links",
                  children: (0, b.jsxs)("ul", {
                    className: "flex flex-wrap gap-4",
                    children: [
                      (0, b.jsx)("li", {
                        children: (0, b.jsx)("a", {
                          href: "/feed.xml",
                          className: "hover:text-accent",
                          children: "RSS",
                        }),
                      }),
                      (0, b.jsx)("li", {
                        children: (0, b.jsx)("a", {
                          href: "/atom.xml",
                          className: "hover:text-accent",
                          children: "Atom",
                        }),
                      }),
                      (0, b.jsx)("li", {
                        children: (0, b.jsx)("a", {
                          href: "/feed.json",
                          className: "hover:text-accent",
                          children: "JSON Feed",
                        }),
                      }),
                      d.S.social
                        .filter((a) => !a.href.endsWith("/feed.xml"))
                        .map((a) =>
                          (0, b.jsx)(
                            "li",
                            {
                              children: (0, b.jsx)(c.default, {
                                href: a.href,
                                className: "hover:text-accent",
                                children: a.label,
                              }),
                            },
                            a.href,
                          ),
                        ),
                    ],
                  }),
                }),
              ],
            }),
          });
        },
      ],
      15329,
    );
    var e = a.i(3961),
      f = a.i(32868);
    let g = "site-search";
    a.s(
      [
        "f",
        0,
        function () {
          return (0, b.jsxs)("header", {
            className: "border-b border-line",
            children: [
              (0, b.jsx)("a", {
                href: "#main",
                className:
                  "sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2",
                children: "Skip to content",
              }),
              (0, b.jsxs)("div", {
                className:
                  "mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3",
                children: [
                  (0, b.jsx)(c.default, {
                    href: "/",
                    className: "text-lg font-bold tracking-tight hover:text-accent",
                    children: d.S.title,
                  }),
                  (0, b.jsx)("nav", {
                    "aria-label": "Main",
                    className: "order-3 w-full sm:order-none sm:w-auto",
                    children: (0, b.jsx)("ul", {
                      className: "flex gap-4 text-sm",
                      children: d.S.nav.map((a) =>
                        (0, b.jsx)(
                          "li",
                          {
                            children: (0, b.jsx)(c.default, {
                              href: a.href,
                              className: "text-muted hover:text-accent",
                              children: a.label,
                            }),
                          },
                          a.href,
                        ),
                      ),
                    }),
                  }),
                  (0, b.jsxs)("div", {
                    className: "ml-auto flex items-center gap-2",
                    children: [
                      (0, b.jsxs)("form", {
                        role: "search",
                        action: "/search",
                        className: "flex items-center",
                        children: [
                          (0, b.jsx)("label", {
                            htmlFor: g,
                            className: "sr-only",
                            children: "Search posts",
                          }),
                          (0, b.jsx)("input", {
                            id: g,
                            name: "q",
                            type: "search",
                            placeholder: "Search  /",
                            maxLength: 200,
                            className:
                              "w-28 rounded-md border border-line bg-surface px-2 py-1 text-sm placeholder:text-muted sm:w-44",
                          }),
                        ],
                      }),
                      (0, b.jsx)(e.SearchShortcut, { inputId: g }),
                      (0, b.jsx)(f.ThemeToggle, {}),
                    ],
                  }),
                ],
              }),
            ],
          });
        },
      ],
      6562,
    );
  },
  1497,
  (a) => {
    "use strict";
    let b = (0, a.i(11857).registerClientReference)(
      function () {
        throw Error(
          "Attempted to call ThemeToggle() from the server but ThemeToggle is on the client. It's not possible to invoke a client function from the server, it can only be rendered as a Component or passed to props of a Client Component.",
        );
      },
      "[project]/components/layout/theme-toggle.tsx",
      "ThemeToggle",
    );
    a.s(["ThemeToggle", 0, b]);
  },
  32868,
  (a) => {
    "use strict";
    var b = a.i(1497);
    a.n(b);
  },
];

//# sourceMappingURL=components_layout_0fajkgcdrgvei._.js.map
