module.exports = [
  66188,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(95936),
      d = a.i(15329),
      e = a.i(6562);
    a.s([
      "default",
      0,
      function () {
        return (0, b.jsxs)(b.Fragment, {
          children: [
            (0, b.jsx)(e.f, {}),
            (0, b.jsxs)("main", {
              id: "main",
              className: "mx-auto flex w-full max-w-3xl flex-1 flex-col items-start px-4 py-16",
              children: [
                (0, b.jsx)("p", {
                  className: "text-sm font-semibold tracking-wide text-accent uppercase",
                  children: "Error 404",
                }),
                (0, b.jsx)("h1", {
                  className: "mt-2 text-4xl font-bold tracking-tight",
                  children: "This page does not exist",
                }),
                (0, b.jsx)("p", {
                  className: "mt-4 text-lg text-muted",
                  children:
                    "The post may have moved, or the address may be mistyped. Try searching, or start from the newest posts.",
                }),
                (0, b.jsxs)("form", {
                  role: "search",
                  action: "/search",
                  className: "mt-8 flex w-full max-w-md gap-2",
                  children: [
                    (0, b.jsx)("label", {
                      htmlFor: "not-found-search",
                      className: "sr-only",
                      children: "Search posts",
                    }),
                    (0, b.jsx)("input", {
                      id: "not-found-search",
                      name: "q",
                      type: "search",
                      placeholder: "Search posts",
                      className:
                        "min-w-0 flex-1 rounded-md border border-line bg-surface px-3 py-2",
                    }),
                    (0, b.jsx)("button", {
                      type: "submit",
                      className: "rounded-md bg-accent px-4 py-2 font-medium text-surface",
                      children: "Search",
                    }),
                  ],
                }),
                (0, b.jsxs)("p", {
                  className: "mt-8 flex gap-6",
                  children: [
                    (0, b.jsx)(c.default, {
                      href: "/",
                      className: "font-medium text-accent hover:underline",
                      children: "← Back to the blog",
                    }),
                    (0, b.jsx)(c.default, {
                      href: "/tags",
                      className: "font-medium text-accent hover:underline",
                      children: "Browse tags",
                    }),
                  ],
                }),
              ],
            }),
            (0, b.jsx)(d.f, {}),
          ],
        });
      },
      "metadata",
      0,
      { title: "Page not found" },
    ]);
  },
  2894,
  function (a) {
    a.n(a.i(66188));
  },
  64240,
  (a, b, c) => {
    "use strict";
    function d(a) {
      if ("function" != typeof WeakMap) return null;
      var b = new WeakMap(),
        c = new WeakMap();
      return (d = function (a) {
        return a ? c : b;
      })(a);
    }
    c._ = function (a, b) {
      if (!b && a && a.__esModule) return a;
      if (null === a || ("object" != typeof a && "function" != typeof a)) return { default: a };
      var c = d(b);
      if (c && c.has(a)) return c.get(a);
      var e = { __proto__: null },
        f = Object.defineProperty && Object.getOwnPropertyDescriptor;
      for (var g in a)
        if ("default" !== g && Object.prototype.hasOwnProperty.call(a, g)) {
          var h = f ? Object.getOwnPropertyDescriptor(a, g) : null;
          h && (h.get || h.set) ? Object.defineProperty(e, g, h) : (e[g] = a[g]);
        }
      return ((e.default = a), c && c.set(a, e), e);
    };
  },
  84707,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(d("[project]/node_modules/next/dist/client/app-dir/link.js"));
  },
  97647,
  (a) => {
    "use strict";
    var b = a.i(84707);
    a.n(b);
  },
  95936,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      default: function () {
        return i;
      },
      useLinkStatus: function () {
        return h.useLinkStatus;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(64240),
      g = a.r(7997),
      h = f._(a.r(97647));
    function i(a) {
      let b = a.legacyBehavior,
        c =
          "string" == typeof a.children ||
          "number" == typeof a.children ||
          "string" == typeof a.children?.type,
        d = a.children?.type?.$$typeof === Symbol.for("react.client.reference");
      return (
        !b ||
          c ||
          d ||
          (a.children?.type?.$$typeof === Symbol.for("react.lazy")
            ? console.error(
                "Using a Lazy Component as a direct child of `<Link legacyBehavior>` from a Server Component is not supported. If you need legacyBehavior, wrap your Lazy Component in a Client Component that renders the Link's `<a>` tag.",
              )
            : console.error(
                "Using a Server Component as a direct child of `<Link legacyBehavior>` is not supported. If you need legacyBehavior, wrap your Server Component in a Client Component that renders the Link's `<a>` tag.",
              )),
        (0, g.jsx)(h.default, { ...a })
      );
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  11857,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].ReactServerDOMTurbopackServer;
  },
];

//# sourceMappingURL=_0mnazejymes5y._.js.map
