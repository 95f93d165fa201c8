(globalThis.TURBOPACK || (globalThis.TURBOPACK = [])).push([
  "object" == typeof document ? document.currentScript : void 0,
  47839,
  (e) => {
    "use strict";
    var t = e.i(71645);
    e.s([
      "SearchShortcut",
      0,
      function ({ inputId: e }) {
        return (
          (0, t.useEffect)(() => {
            let t = (t) => {
              let r = t.target,
                n = r?.closest("input, textarea, select, [contenteditable='true']");
              if ("/" !== t.key || n || t.ctrlKey || t.metaKey || t.altKey) return;
              let o = document.getElementById(e);
              o && (t.preventDefault(), o.focus());
            };
            return (
              window.addEventListener("keydown", t),
              () => window.removeEventListener("keydown", t)
            );
          }, [e]),
          null
        );
      },
    ]);
  },
  49845,
  (e) => {
    "use strict";
    var t = e.i(43476),
      r = e.i(71645);
    function n(e) {
      let t = new MutationObserver(e);
      return (
        t.observe(document.documentElement, { attributes: !0, attributeFilter: ["class"] }),
        () => t.disconnect()
      );
    }
    let o = () => document.documentElement.classList.contains("dark");
    e.s([
      "ThemeToggle",
      0,
      function () {
        let e = (0, r.useSyncExternalStore)(n, o, () => !1);
        return (0, t.jsx)("button", {
          type: "button",
          "aria-pressed": e,
          "aria-label": "Dark theme",
          title: e ? "Switch to light theme" : "Switch to dark theme",
          className: "rounded-md p-2 text-muted hover:text-accent",
          onClick: () => {
            let e = !o();
            (document.documentElement.classList.toggle("dark", e),
              (document.documentElement.style.colorScheme = e ? "dark" : "light"));
            try {
              localStorage.setItem("theme", e ? "dark" : "light");
            } catch {}
          },
          children: (0, t.jsx)("svg", {
            "aria-hidden": "true",
            width: "20",
            height: "20",
            viewBox: "0 0 24 24",
            fill: "none",
            stroke: "currentColor",
            strokeWidth: "2",
            children: e
              ? (0, t.jsx)("path", { d: "M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" })
              : (0, t.jsxs)(t.Fragment, {
                  children: [
                    (0, t.jsx)("circle", { cx: "12", cy: "12", r: "4" }),
                    (0, t.jsx)("path", {
                      d: "M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4",
                    }),
                  ],
                }),
          }),
        });
      },
    ]);
  },
  22016,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      default: function () {
        return y;
      },
      useLinkStatus: function () {
        return b;
      },
    };
    for (var o in n) Object.defineProperty(r, o, { enumerable: !0, get: n[o] });
    let u = e.r(90809),
      i = e.r(43476),
      a = u._(e.r(71645)),
      l = e.r(95057),
      c = e.r(8372),
      s = e.r(18581),
      f = e.r(18967),
      d = e.r(5550),
      p = e.r(88540),
      h = e.r(91949),
      m = e.r(73668),
      g = e.r(9396);
    function y(t) {
      var r;
      let n,
        o,
        u,
        [y, b] = (0, a.useOptimistic)(h.IDLE_LINK_STATUS),
        E = (0, a.useRef)(null),
        {
          href: S,
          as: P,
          children: x,
          prefetch: j = null,
          passHref: w,
          replace: C,
          shallow: k,
          scroll: M,
          onClick: T,
          onMouseEnter: _,
          onTouchStart: O,
          legacyBehavior: L = !1,
          onNavigate: N,
          transitionTypes: R,
          ref: I,
          unstable_dynamicOnHover: $,
          ...A
        } = t;
      ((n = x),
        L &&
          ("string" == typeof n || "number" == typeof n) &&
          (n = (0, i.jsx)("a", { children: n })));
      let U = a.default.useContext(c.AppRouterContext),
        B = !1 !== j,
        F = !1 === j ? "none" : !0 === j ? "full" : "auto",
        K =
          "none" !== F
            ? "auto" === F
              ? g.FetchStrategy.PPR
              : g.FetchStrategy.Full
            : g.FetchStrategy.PPR,
        D = "string" == typeof (r = P || S) ? r : (0, l.formatUrl)(r);
      if (L) {
        if (n?.$$typeof === Symbol.for("react.lazy"))
          throw Error(
            "`<Link legacyBehavior>` received a direct child that is either a Server Component, or JSX that was loaded with React.lazy(). This is not supported. Either remove legacyBehavior, or make the direct child a Client Component that renders the Link's `<a>` tag.",
          );
        o = a.default.Children.only(n);
      }
      let z = L ? o && "object" == typeof o && o.ref : I,
        W,
        q = a.default.useCallback(
          (e) => (
            null !== U && (E.current = (0, h.mountLinkInstance)(e, D, U, K, B, b, W)),
            () => {
              (E.current && ((0, h.unmountLinkForCurrentNavigation)(E.current), (E.current = null)),
                (0, h.unmountPrefetchableInstance)(e));
            }
          ),
          [B, D, U, K, b, W],
        ),
        J = {
          ref: (0, s.useMergedRef)(q, z),
          onClick(t) {
            (L || "function" != typeof T || T(t),
              L && o.props && "function" == typeof o.props.onClick && o.props.onClick(t),
              !U ||
                t.defaultPrevented ||
                (function (t, r, n, o, u, i, a, l = "none") {
                  if ("u" > typeof window) {
                    let c,
                      { nodeName: s } = t.currentTarget;
                    if (
                      ("A" === s.toUpperCase() &&
                        (((c = t.currentTarget.getAttribute("target")) && "_self" !== c) ||
                          t.metaKey ||
                          t.ctrlKey ||
                          t.shiftKey ||
                          t.altKey ||
                          (t.nativeEvent && 2 === t.nativeEvent.which))) ||
                      t.currentTarget.hasAttribute("download")
                    )
                      return;
                    if (!(0, m.isLocalURL)(r)) {
                      o && (t.preventDefault(), location.replace(r));
                      return;
                    }
                    if ((t.preventDefault(), i)) {
                      let e = !1;
                      if (
                        (i({
                          preventDefault: () => {
                            e = !0;
                          },
                        }),
                        e)
                      )
                        return;
                    }
                    let { navigate: f } = e.r(32916);
                    f(
                      r,
                      o ? "replace" : "push",
                      !1 === u ? p.ScrollBehavior.NoScroll : p.ScrollBehavior.Default,
                      n.current,
                      a,
                      l,
                    );
                  }
                })(t, D, E, C, M, N, R, F));
          },
          onMouseEnter(e) {
            (L || "function" != typeof _ || _(e),
              L && o.props && "function" == typeof o.props.onMouseEnter && o.props.onMouseEnter(e),
              U && B && (0, h.onNavigationIntent)(e.currentTarget, !0 === $));
          },
          onTouchStart: function (e) {
            (L || "function" != typeof O || O(e),
              L && o.props && "function" == typeof o.props.onTouchStart && o.props.onTouchStart(e),
              U && B && (0, h.onNavigationIntent)(e.currentTarget, !0 === $));
          },
        };
      return (
        (0, f.isAbsoluteUrl)(D)
          ? (J.href = D)
          : (L && !w && ("a" !== o.type || "href" in o.props)) || (J.href = (0, d.addBasePath)(D)),
        (u = L ? a.default.cloneElement(o, J) : (0, i.jsx)("a", { ...A, ...J, children: n })),
        (0, i.jsx)(v.Provider, { value: y, children: u })
      );
    }
    let v = (0, a.createContext)(h.IDLE_LINK_STATUS),
      b = () => (0, a.useContext)(v);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  18581,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "useMergedRef", {
        enumerable: !0,
        get: function () {
          return o;
        },
      }));
    let n = e.r(71645);
    function o(e, t) {
      let r = (0, n.useRef)(null),
        o = (0, n.useRef)(null);
      return (0, n.useCallback)(
        (n) => {
          if (null === n) {
            let e = r.current;
            e && ((r.current = null), e());
            let t = o.current;
            t && ((o.current = null), t());
          } else (e && (r.current = u(e, n)), t && (o.current = u(t, n)));
        },
        [e, t],
      );
    }
    function u(e, t) {
      if ("function" != typeof e)
        return (
          (e.current = t),
          () => {
            e.current = null;
          }
        );
      {
        let r = e(t);
        return "function" == typeof r ? r : () => e(null);
      }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  95057,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      formatUrl: function () {
        return a;
      },
      formatWithValidation: function () {
        return c;
      },
      urlObjectKeys: function () {
        return l;
      },
    };
    for (var o in n) Object.defineProperty(r, o, { enumerable: !0, get: n[o] });
    let u = e.r(90809)._(e.r(98183)),
      i = /https?|ftp|gopher|file/;
    function a(e) {
      let { auth: t, hostname: r } = e,
        n = e.protocol || "",
        o = e.pathname || "",
        a = e.hash || "",
        l = e.query || "",
        c = !1;
      ((t = t ? encodeURIComponent(t).replace(/%3A/i, ":") + "@" : ""),
        e.host
          ? (c = t + e.host)
          : r && ((c = t + (~r.indexOf(":") ? `[${r}]` : r)), e.port && (c += ":" + e.port)),
        l && "object" == typeof l && (l = String(u.urlQueryToSearchParams(l))));
      let s = e.search || (l && `?${l}`) || "";
      return (
        n && !n.endsWith(":") && (n += ":"),
        e.slashes || ((!n || i.test(n)) && !1 !== c)
          ? ((c = "//" + (c || "")), o && "/" !== o[0] && (o = "/" + o))
          : c || (c = ""),
        a && "#" !== a[0] && (a = "#" + a),
        s && "?" !== s[0] && (s = "?" + s),
        (o = o.replace(/[?#]/g, encodeURIComponent)),
        (s = s.replace("#", "%23")),
        `${n}${c}${o}${s}${a}`
      );
    }
    let l = [
      "auth",
      "hash",
      "host",
      "hostname",
      "href",
      "path",
      "pathname",
      "port",
      "protocol",
      "query",
      "search",
      "slashes",
    ];
    function c(e) {
      return a(e);
    }
  },
  73668,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "isLocalURL", {
        enumerable: !0,
        get: function () {
          return u;
        },
      }));
    let n = e.r(18967),
      o = e.r(52817);
    function u(e) {
      if (!(0, n.isAbsoluteUrl)(e)) return !0;
      try {
        let t = (0, n.getLocationOrigin)(),
          r = new URL(e, t);
        return r.origin === t && (0, o.hasBasePath)(r.pathname);
      } catch (e) {
        return !1;
      }
    }
  },
  18967,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      DecodeError: function () {
        return y;
      },
      MiddlewareNotFoundError: function () {
        return S;
      },
      MissingStaticPage: function () {
        return E;
      },
      NormalizeError: function () {
        return v;
      },
      PageNotFoundError: function () {
        return b;
      },
      SP: function () {
        return m;
      },
      ST: function () {
        return g;
      },
      WEB_VITALS: function () {
        return u;
      },
      execOnce: function () {
        return i;
      },
      getDisplayName: function () {
        return f;
      },
      getLocationOrigin: function () {
        return c;
      },
      getURL: function () {
        return s;
      },
      isAbsoluteUrl: function () {
        return l;
      },
      isResSent: function () {
        return d;
      },
      loadGetInitialProps: function () {
        return h;
      },
      normalizeRepeatedSlashes: function () {
        return p;
      },
      stringifyError: function () {
        return P;
      },
    };
    for (var o in n) Object.defineProperty(r, o, { enumerable: !0, get: n[o] });
    let u = ["CLS", "FCP", "INP", "LCP", "TTFB"];
    function i(e) {
      let t,
        r = !1;
      return (...n) => (r || ((r = !0), (t = e(...n))), t);
    }
    let a = /^[a-zA-Z][a-zA-Z\d+\-.]*?:/,
      l = (e) => {
        let t = e.charCodeAt(0);
        return !!((t >= 65 && t <= 90) || (t >= 97 && t <= 122)) && a.test(e);
      };
    function c() {
      let { protocol: e, hostname: t, port: r } = window.location;
      return `${e}//${t}${r ? ":" + r : ""}`;
    }
    function s() {
      let { href: e } = window.location,
        t = c();
      return e.substring(t.length);
    }
    function f(e) {
      return "string" == typeof e ? e : e.displayName || e.name || "Unknown";
    }
    function d(e) {
      return e.finished || e.headersSent;
    }
    function p(e) {
      let t = e.split("?");
      return (
        t[0].replace(/\\/g, "/").replace(/\/\/+/g, "/") + (t[1] ? `?${t.slice(1).join("?")}` : "")
      );
    }
    async function h(e, t) {
      let r = t.res || (t.ctx && t.ctx.res);
      if (!e.getInitialProps)
        return t.ctx && t.Component ? { pageProps: await h(t.Component, t.ctx) } : {};
      let n = await e.getInitialProps(t);
      if (r && d(r)) return n;
      if (!n)
        throw Error(
          `"${f(e)}.getInitialProps()" should resolve to an object. But found "${n}" instead.`,
        );
      return n;
    }
    let m = "u" > typeof performance,
      g =
        m &&
        ["mark", "measure", "getEntriesByName"].every((e) => "function" == typeof performance[e]);
    class y extends Error {}
    class v extends Error {}
    class b extends Error {
      constructor(e) {
        (super(),
          (this.code = "ENOENT"),
          (this.name = "PageNotFoundError"),
          (this.message = `Cannot find module for page: ${e}`));
      }
    }
    class E extends Error {
      constructor(e, t) {
        (super(), (this.message = `Failed to load static file for page: ${e} ${t}`));
      }
    }
    class S extends Error {
      constructor() {
        (super(), (this.code = "ENOENT"), (this.message = "Cannot find the middleware module"));
      }
    }
    function P(e) {
      return JSON.stringify({ message: e.message, stack: e.stack });
    }
  },
]);
