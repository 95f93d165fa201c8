(globalThis.TURBOPACK || (globalThis.TURBOPACK = [])).push([
  "object" == typeof document ? document.currentScript : void 0,
  55682,
  (e, t, r) => {
    "use strict";
    r._ = function (e) {
      return e && e.__esModule ? e : { default: e };
    };
  },
  47167,
  (e, t, r) => {
    "use strict";
    var n, u;
    t.exports =
      (null == (n = e.g.process) ? void 0 : n.env) &&
      "object" == typeof (null == (u = e.g.process) ? void 0 : u.env)
        ? e.g.process
        : e.r(35451);
  },
  72383,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      ErrorBoundary: function () {
        return _;
      },
      ErrorBoundaryHandler: function () {
        return y;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(90809),
      a = e.r(43476),
      i = o._(e.r(71645)),
      l = e.r(90373),
      s = e.r(65713);
    e.r(52392);
    let c = e.r(12354),
      f = e.r(82604),
      d = e.r(8372),
      p = "u" > typeof window && (0, f.isBot)(window.navigator.userAgent);
    class y extends i.default.Component {
      static {
        this.contextType = d.AppRouterContext;
      }
      constructor(e) {
        (super(e),
          (this.reset = () => {
            this.setState({ error: null });
          }),
          (this.retry = () => {
            (0, i.startTransition)(() => {
              (this.context?.refresh(), this.reset());
            });
          }),
          (this.state = { error: null, previousPathname: this.props.pathname }));
      }
      static getDerivedStateFromError(e) {
        if ((0, s.isNextRouterError)(e)) throw e;
        return { error: { thrownValue: e } };
      }
      static getDerivedStateFromProps(e, t) {
        let { error: r } = t;
        return e.pathname !== t.previousPathname && t.error
          ? { error: null, previousPathname: e.pathname }
          : { error: t.error, previousPathname: e.pathname };
      }
      render() {
        if (this.state.error && !p) {
          let e = this.state.error.thrownValue;
          return (
            (0, c.handleISRError)({ error: e }),
            (0, a.jsxs)(a.Fragment, {
              children: [
                this.props.errorStyles,
                this.props.errorScripts,
                (0, a.jsx)(this.props.errorComponent, {
                  error: e,
                  reset: this.reset,
                  retry: this.retry,
                }),
              ],
            })
          );
        }
        return this.props.children;
      }
    }
    function _({ errorComponent: e, errorStyles: t, errorScripts: r, children: n }) {
      let u = (0, l.useUntrackedPathname)();
      return e
        ? (0, a.jsx)(y, {
            pathname: u,
            errorComponent: e,
            errorStyles: t,
            errorScripts: r,
            children: n,
          })
        : (0, a.jsx)(a.Fragment, { children: n });
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  79854,
  (e, t, r) => {
    "use strict";
    function n() {
      throw Error(
        "`forbidden()` is experimental and only allowed to be enabled when `experimental.authInterrupts` is enabled.",
      );
    }
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "forbidden", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }),
      e.r(54394).HTTP_ERROR_FALLBACK_ERROR_CODE,
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  12354,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "handleISRError", {
        enumerable: !0,
        get: function () {
          return u;
        },
      }));
    let n = e.r(1425);
    function u({ error: e }) {
      if (!n.workUnitAsyncStorage) return;
      let t = n.workUnitAsyncStorage.getStore();
      switch (t?.type) {
        case "prerender":
        case "prerender-client":
        case "prerender-legacy":
          throw (e && console.error(e), e);
        case "request":
        case "prerender-runtime":
        case "validation-client":
        case "cache":
        case "private-cache":
        case "unstable-cache":
        case "build-time-generator":
        case void 0:
          return;
      }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  54394,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      HTTPAccessErrorStatus: function () {
        return o;
      },
      HTTP_ERROR_FALLBACK_ERROR_CODE: function () {
        return i;
      },
      getAccessFallbackErrorTypeByStatus: function () {
        return c;
      },
      getAccessFallbackHTTPStatus: function () {
        return s;
      },
      isHTTPAccessFallbackError: function () {
        return l;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHORIZED: 401 },
      a = new Set(Object.values(o)),
      i = "NEXT_HTTP_ERROR_FALLBACK";
    function l(e) {
      if ("object" != typeof e || null === e || !("digest" in e) || "string" != typeof e.digest)
        return !1;
      let [t, r] = e.digest.split(";");
      return t === i && a.has(Number(r));
    }
    function s(e) {
      return Number(e.digest.split(";")[1]);
    }
    function c(e) {
      switch (e) {
        case 401:
          return "unauthorized";
        case 403:
          return "forbidden";
        case 404:
          return "not-found";
        default:
          return;
      }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  65713,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "isNextRouterError", {
        enumerable: !0,
        get: function () {
          return o;
        },
      }));
    let n = e.r(54394),
      u = e.r(68391);
    function o(e) {
      return (0, u.isRedirectError)(e) || (0, n.isHTTPAccessFallbackError)(e);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  52392,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      handleHardNavError: function () {
        return a;
      },
      useNavFailureHandler: function () {
        return i;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    e.r(71645);
    let o = e.r(51191);
    function a(e) {
      return (
        "u" > typeof window &&
        !!window.next.__pendingUrl &&
        (0, o.createHrefFromUrl)(new URL(window.location.href)) !==
          (0, o.createHrefFromUrl)(window.next.__pendingUrl) &&
        (console.error("Error occurred during navigation, falling back to hard navigation", e),
        (window.location.href = window.next.__pendingUrl.toString()),
        !0)
      );
    }
    function i() {}
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  14502,
  (e, t, r) => {
    "use strict";
    let n, u;
    Object.defineProperty(r, "__esModule", { value: !0 });
    var o = {
      useDynamicRouteParams: function () {
        return n;
      },
      useDynamicSearchParams: function () {
        return u;
      },
    };
    for (var a in o) Object.defineProperty(r, a, { enumerable: !0, get: o[a] });
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  90373,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "useUntrackedPathname", {
        enumerable: !0,
        get: function () {
          return a;
        },
      }));
    let n = e.r(71645),
      u = e.r(61994),
      o = e.r(1425);
    function a() {
      return !(function () {
        if ("u" < typeof window) {
          let e = o.workUnitAsyncStorage.getStore();
          if (!e) return !1;
          switch (e.type) {
            case "prerender":
            case "prerender-client":
            case "validation-client":
              let t = e.fallbackRouteParams;
              return !!t && t.size > 0;
          }
        }
        return !1;
      })()
        ? (0, n.useContext)(u.PathnameContext)
        : null;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  76562,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      ReadonlyURLSearchParams: function () {
        return i.ReadonlyURLSearchParams;
      },
      RedirectType: function () {
        return d.RedirectType;
      },
      ServerInsertedHTMLContext: function () {
        return c.ServerInsertedHTMLContext;
      },
      forbidden: function () {
        return d.forbidden;
      },
      notFound: function () {
        return d.notFound;
      },
      permanentRedirect: function () {
        return d.permanentRedirect;
      },
      redirect: function () {
        return d.redirect;
      },
      unauthorized: function () {
        return d.unauthorized;
      },
      unstable_isUnrecognizedActionError: function () {
        return f.unstable_isUnrecognizedActionError;
      },
      unstable_rethrow: function () {
        return d.unstable_rethrow;
      },
      useParams: function () {
        return m;
      },
      usePathname: function () {
        return h;
      },
      useRouter: function () {
        return v;
      },
      useSearchParams: function () {
        return b;
      },
      useSelectedLayoutSegment: function () {
        return g;
      },
      useSelectedLayoutSegments: function () {
        return O;
      },
      useServerInsertedHTML: function () {
        return c.useServerInsertedHTML;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(90809)._(e.r(71645)),
      a = e.r(8372),
      i = e.r(61994),
      l = e.r(13258),
      s = e.r(14502),
      c = e.r(69207),
      f = e.r(92838),
      d = e.r(92805),
      {
        instrumentParamsForClientValidation: p,
        instrumentSearchParamsForClientValidation: y,
        expectCompleteParamsInClientValidation: _,
      } = {};
    function b() {
      s.useDynamicSearchParams?.("useSearchParams()");
      let e = (0, o.useContext)(i.SearchParamsContext);
      return (0, o.useMemo)(() => (e ? new i.ReadonlyURLSearchParams(e) : null), [e]);
    }
    function h() {
      return (s.useDynamicRouteParams?.("usePathname()"), (0, o.useContext)(i.PathnameContext));
    }
    function v() {
      let e = (0, o.useContext)(a.AppRouterContext);
      if (null === e) throw Error("invariant expected app router to be mounted");
      let t = (0, o.useContext)(a.LayoutRouterContext),
        r = t?.parentRenderTree.data.bfcacheId ?? 0;
      return (0, o.useMemo)(
        () => ({
          back: e.back,
          forward: e.forward,
          refresh: e.refresh,
          hmrRefresh: e.hmrRefresh,
          push: e.push,
          replace: e.replace,
          prefetch: e.prefetch,
          experimental_gesturePush: e.experimental_gesturePush,
          bfcacheId: "_b_" + r + "_",
        }),
        [e, r],
      );
    }
    function m() {
      return (s.useDynamicRouteParams?.("useParams()"), (0, o.useContext)(i.PathParamsContext));
    }
    function O(e = "children") {
      s.useDynamicRouteParams?.("useSelectedLayoutSegments()");
      let t = (0, o.useContext)(a.LayoutRouterContext);
      return t ? (0, l.getSelectedLayoutSegmentPath)(t.parentTree, e) : null;
    }
    function g(e = "children") {
      (s.useDynamicRouteParams?.("useSelectedLayoutSegment()"),
        (0, o.useContext)(i.NavigationPromisesContext));
      let t = O(e);
      return (0, l.computeSelectedLayoutSegment)(t, e);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  92805,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      ReadonlyURLSearchParams: function () {
        return o.ReadonlyURLSearchParams;
      },
      RedirectType: function () {
        return d;
      },
      forbidden: function () {
        return l.forbidden;
      },
      notFound: function () {
        return i.notFound;
      },
      permanentRedirect: function () {
        return a.permanentRedirect;
      },
      redirect: function () {
        return a.redirect;
      },
      unauthorized: function () {
        return s.unauthorized;
      },
      unstable_isUnrecognizedActionError: function () {
        return f;
      },
      unstable_rethrow: function () {
        return c.unstable_rethrow;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(3680),
      a = e.r(24063),
      i = e.r(22783),
      l = e.r(79854),
      s = e.r(22683),
      c = e.r(15507);
    function f() {
      throw Error("`unstable_isUnrecognizedActionError` can only be used on the client.");
    }
    let d = { push: "push", replace: "replace" };
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  22783,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "notFound", {
        enumerable: !0,
        get: function () {
          return o;
        },
      }));
    let n = e.r(54394),
      u = `${n.HTTP_ERROR_FALLBACK_ERROR_CODE};404`;
    function o() {
      let e = Error(u);
      throw ((e.digest = u), e);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  3680,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "ReadonlyURLSearchParams", {
        enumerable: !0,
        get: function () {
          return u;
        },
      }));
    class n extends Error {
      constructor() {
        super(
          "Method unavailable on `ReadonlyURLSearchParams`. Read more: https://nextjs.org/docs/app/api-reference/functions/use-search-params#updating-searchparams",
        );
      }
    }
    class u extends URLSearchParams {
      append() {
        throw new n();
      }
      delete() {
        throw new n();
      }
      set() {
        throw new n();
      }
      sort() {
        throw new n();
      }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  58442,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      RedirectBoundary: function () {
        return p;
      },
      RedirectErrorBoundary: function () {
        return d;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(90809),
      a = e.r(43476),
      i = o._(e.r(71645)),
      l = e.r(76562),
      s = e.r(24063),
      c = e.r(68391);
    function f({ redirect: e, reset: t, redirectType: r }) {
      let n = (0, l.useRouter)();
      return (
        (0, i.useEffect)(() => {
          i.default.startTransition(() => {
            ("push" === r ? n.push(e, {}) : n.replace(e, {}), t());
          });
        }, [e, r, t, n]),
        null
      );
    }
    class d extends i.default.Component {
      constructor(e) {
        (super(e), (this.state = { redirect: null, redirectType: null }));
      }
      static getDerivedStateFromError(e) {
        if ((0, c.isRedirectError)(e)) {
          let t = (0, s.getURLFromRedirectError)(e),
            r = (0, s.getRedirectTypeFromError)(e);
          return "handled" in e
            ? { redirect: null, redirectType: null }
            : { redirect: t, redirectType: r };
        }
        throw e;
      }
      render() {
        let { redirect: e, redirectType: t } = this.state;
        return null !== e && null !== t
          ? (0, a.jsx)(f, {
              redirect: e,
              redirectType: t,
              reset: () => this.setState({ redirect: null }),
            })
          : this.props.children;
      }
    }
    function p({ children: e }) {
      let t = (0, l.useRouter)();
      return (0, a.jsx)(d, { router: t, children: e });
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  70725,
  (e, t, r) => {
    "use strict";
    function n(e) {
      return Array.isArray(e) ? `${e[0]}|${e[1]}|${e[2]}` : e;
    }
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "createRouterCacheKey", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }),
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  27828,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      createHeadKey: function () {
        return a;
      },
      createSegmentKey: function () {
        return o.createRouterCacheKey;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(70725);
    function a(e) {
      let t = [e.value],
        r = e.parent;
      for (; null !== r;) {
        let e = r.value;
        ("string" == typeof e && t.push(e), (r = r.parent));
      }
      return JSON.stringify(t);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  1425,
  (e, t, r) => {
    "use strict";
    let n, u, o;
    Object.defineProperty(r, "__esModule", { value: !0 });
    var a = {
      actionAsyncStorage: function () {
        return n;
      },
      workAsyncStorage: function () {
        return u;
      },
      workUnitAsyncStorage: function () {
        return o;
      },
    };
    for (var i in a) Object.defineProperty(r, i, { enumerable: !0, get: a[i] });
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  22683,
  (e, t, r) => {
    "use strict";
    function n() {
      throw Error(
        "`unauthorized()` is experimental and only allowed to be used when `experimental.authInterrupts` is enabled.",
      );
    }
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "unauthorized", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }),
      e.r(54394).HTTP_ERROR_FALLBACK_ERROR_CODE,
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  1244,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "unresolvedThenable", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
    let n = { then: () => {} };
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  15507,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "unstable_rethrow", {
        enumerable: !0,
        get: function () {
          return function e(t) {
            if ((0, u.isNextRouterError)(t) || (0, n.isBailoutToCSRError)(t)) throw t;
            t instanceof Error && "cause" in t && e(t.cause);
          };
        },
      }));
    let n = e.r(32061),
      u = e.r(65713);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  35451,
  (e, t, r) => {
    var n = {
        156: function (e) {
          var t,
            r,
            n,
            u = (e.exports = {});
          function o() {
            throw Error("setTimeout has not been defined");
          }
          function a() {
            throw Error("clearTimeout has not been defined");
          }
          try {
            t = "function" == typeof setTimeout ? setTimeout : o;
          } catch (e) {
            t = o;
          }
          try {
            r = "function" == typeof clearTimeout ? clearTimeout : a;
          } catch (e) {
            r = a;
          }
          function i(e) {
            if (t === setTimeout) return setTimeout(e, 0);
            if ((t === o || !t) && setTimeout) return ((t = setTimeout), setTimeout(e, 0));
            try {
              return t(e, 0);
            } catch (r) {
              try {
                return t.call(null, e, 0);
              } catch (r) {
                return t.call(this, e, 0);
              }
            }
          }
          var l = [],
            s = !1,
            c = -1;
          function f() {
            s && n && ((s = !1), n.length ? (l = n.concat(l)) : (c = -1), l.length && d());
          }
          function d() {
            if (!s) {
              var e = i(f);
              s = !0;
              for (var t = l.length; t;) {
                for (n = l, l = []; ++c < t;) n && n[c].run();
                ((c = -1), (t = l.length));
              }
              ((n = null),
                (s = !1),
                (function (e) {
                  if (r === clearTimeout) return clearTimeout(e);
                  if ((r === a || !r) && clearTimeout) return ((r = clearTimeout), clearTimeout(e));
                  try {
                    r(e);
                  } catch (t) {
                    try {
                      return r.call(null, e);
                    } catch (t) {
                      return r.call(this, e);
                    }
                  }
                })(e));
            }
          }
          function p(e, t) {
            ((this.fun = e), (this.array = t));
          }
          function y() {}
          ((u.nextTick = function (e) {
            var t = Array(arguments.length - 1);
            if (arguments.length > 1)
              for (var r = 1; r < arguments.length; r++) t[r - 1] = arguments[r];
            (l.push(new p(e, t)), 1 !== l.length || s || i(d));
          }),
            (p.prototype.run = function () {
              this.fun.apply(null, this.array);
            }),
            (u.title = "browser"),
            (u.browser = !0),
            (u.env = {}),
            (u.argv = []),
            (u.version = ""),
            (u.versions = {}),
            (u.on = y),
            (u.addListener = y),
            (u.once = y),
            (u.off = y),
            (u.removeListener = y),
            (u.removeAllListeners = y),
            (u.emit = y),
            (u.prependListener = y),
            (u.prependOnceListener = y),
            (u.listeners = function (e) {
              return [];
            }),
            (u.binding = function (e) {
              throw Error("process.binding is not supported");
            }),
            (u.cwd = function () {
              return "/";
            }),
            (u.chdir = function (e) {
              throw Error("process.chdir is not supported");
            }),
            (u.umask = function () {
              return 0;
            }));
        },
      },
      u = {};
    function o(e) {
      var t = u[e];
      if (void 0 !== t) return t.exports;
      var r = (u[e] = { exports: {} }),
        a = !0;
      try {
        (n[e](r, r.exports, o), (a = !1));
      } finally {
        a && delete u[e];
      }
      return r.exports;
    }
    ((o.ab = "/ROOT/node_modules/next/dist/compiled/process/"), (t.exports = o(156)));
  },
  45689,
  (e, t, r) => {
    "use strict";
    var n = Symbol.for("react.transitional.element");
    function u(e, t, r) {
      var u = null;
      if ((void 0 !== r && (u = "" + r), void 0 !== t.key && (u = "" + t.key), "key" in t))
        for (var o in ((r = {}), t)) "key" !== o && (r[o] = t[o]);
      else r = t;
      return { $$typeof: n, type: e, key: u, ref: void 0 !== (t = r.ref) ? t : null, props: r };
    }
    ((r.Fragment = Symbol.for("react.fragment")), (r.jsx = u), (r.jsxs = u));
  },
  50740,
  (e, t, r) => {
    "use strict";
    var n = e.i(47167),
      u = Symbol.for("react.transitional.element"),
      o = Symbol.for("react.portal"),
      a = Symbol.for("react.fragment"),
      i = Symbol.for("react.strict_mode"),
      l = Symbol.for("react.profiler"),
      s = Symbol.for("react.consumer"),
      c = Symbol.for("react.context"),
      f = Symbol.for("react.forward_ref"),
      d = Symbol.for("react.suspense"),
      p = Symbol.for("react.memo"),
      y = Symbol.for("react.lazy"),
      _ = Symbol.for("react.activity"),
      b = Symbol.for("react.view_transition"),
      h = Symbol.iterator,
      v = {
        isMounted: function () {
          return !1;
        },
        enqueueForceUpdate: function () {},
        enqueueReplaceState: function () {},
        enqueueSetState: function () {},
      },
      m = Object.assign,
      O = {};
    function g(e, t, r) {
      ((this.props = e), (this.context = t), (this.refs = O), (this.updater = r || v));
    }
    function j() {}
    function P(e, t, r) {
      ((this.props = e), (this.context = t), (this.refs = O), (this.updater = r || v));
    }
    ((g.prototype.isReactComponent = {}),
      (g.prototype.setState = function (e, t) {
        if ("object" != typeof e && "function" != typeof e && null != e)
          throw Error(
            "takes an object of state variables to update or a function which returns an object of state variables.",
          );
        this.updater.enqueueSetState(this, e, t, "setState");
      }),
      (g.prototype.forceUpdate = function (e) {
        this.updater.enqueueForceUpdate(this, e, "forceUpdate");
      }),
      (j.prototype = g.prototype));
    var R = (P.prototype = new j());
    ((R.constructor = P), m(R, g.prototype), (R.isPureReactComponent = !0));
    var E = Array.isArray;
    function S() {}
    var T = { H: null, A: null, T: null, S: null },
      x = Object.prototype.hasOwnProperty;
    function w(e, t, r) {
      var n = r.ref;
      return { $$typeof: u, type: e, key: t, ref: void 0 !== n ? n : null, props: r };
    }
    function M(e) {
      return "object" == typeof e && null !== e && e.$$typeof === u;
    }
    var A = /\/+/g;
    function C(e, t) {
      var r, n;
      return "object" == typeof e && null !== e && null != e.key
        ? ((r = "" + e.key),
          (n = { "=": "=0", ":": "=2" }),
          "$" +
            r.replace(/[=:]/g, function (e) {
              return n[e];
            }))
        : t.toString(36);
    }
    function U(e, t, r) {
      if (null == e) return e;
      var n = [],
        a = 0;
      return (
        !(function e(t, r, n, a, i) {
          var l,
            s,
            c,
            f = typeof t;
          ("undefined" === f || "boolean" === f) && (t = null);
          var d = !1;
          if (null === t) d = !0;
          else
            switch (f) {
              case "bigint":
              case "string":
              case "number":
                d = !0;
                break;
              case "object":
                switch (t.$$typeof) {
                  case u:
                  case o:
                    d = !0;
                    break;
                  case y:
                    return e((d = t._init)(t._payload), r, n, a, i);
                }
            }
          if (d)
            return (
              (i = i(t)),
              (d = "" === a ? "." + C(t, 0) : a),
              E(i)
                ? ((n = ""),
                  null != d && (n = d.replace(A, "$&/") + "/"),
                  e(i, r, n, "", function (e) {
                    return e;
                  }))
                : null != i &&
                  (M(i) &&
                    ((l = i),
                    (s =
                      n +
                      (null == i.key || (t && t.key === i.key)
                        ? ""
                        : ("" + i.key).replace(A, "$&/") + "/") +
                      d),
                    (i = w(l.type, s, l.props))),
                  r.push(i)),
              1
            );
          d = 0;
          var p = "" === a ? "." : a + ":";
          if (E(t))
            for (var _ = 0; _ < t.length; _++)
              ((f = p + C((a = t[_]), _)), (d += e(a, r, n, f, i)));
          else if (
            "function" ==
            typeof (_ =
              null === (c = t) || "object" != typeof c
                ? null
                : "function" == typeof (c = (h && c[h]) || c["@@iterator"])
                  ? c
                  : null)
          )
            for (t = _.call(t), _ = 0; !(a = t.next()).done;)
              ((f = p + C((a = a.value), _++)), (d += e(a, r, n, f, i)));
          else if ("object" === f) {
            if ("function" == typeof t.then)
              return e(
                (function (e) {
                  switch (e.status) {
                    case "fulfilled":
                      return e.value;
                    case "rejected":
                      throw e.reason;
                    default:
                      switch (
                        ("string" == typeof e.status
                          ? e.then(S, S)
                          : ((e.status = "pending"),
                            e.then(
                              function (t) {
                                "pending" === e.status && ((e.status = "fulfilled"), (e.value = t));
                              },
                              function (t) {
                                "pending" === e.status && ((e.status = "rejected"), (e.reason = t));
                              },
                            )),
                        e.status)
                      ) {
                        case "fulfilled":
                          return e.value;
                        case "rejected":
                          throw e.reason;
                      }
                  }
                  throw e;
                })(t),
                r,
                n,
                a,
                i,
              );
            throw Error(
              "Objects are not valid as a React child (found: " +
                ("[object Object]" === (r = String(t))
                  ? "object with keys {" + Object.keys(t).join(", ") + "}"
                  : r) +
                "). If you meant to render a collection of children, use an array instead.",
            );
          }
          return d;
        })(e, n, "", "", function (e) {
          return t.call(r, e, a++);
        }),
        n
      );
    }
    function L(e) {
      if (-1 === e._status) {
        var t = (0, e._result)();
        (t.then(
          function (r) {
            (0 === e._status || -1 === e._status) &&
              ((e._status = 1),
              (e._result = r),
              void 0 === t.status && ((t.status = "fulfilled"), (t.value = r)));
          },
          function (r) {
            (0 === e._status || -1 === e._status) &&
              ((e._status = 2),
              (e._result = r),
              void 0 === t.status && ((t.status = "rejected"), (t.reason = r)));
          },
        ),
          -1 === e._status && ((e._status = 0), (e._result = t)));
      }
      if (1 === e._status) return e._result.default;
      throw e._result;
    }
    var N =
      "function" == typeof reportError
        ? reportError
        : function (e) {
            if ("object" == typeof window && "function" == typeof window.ErrorEvent) {
              var t = new window.ErrorEvent("error", {
                bubbles: !0,
                cancelable: !0,
                message:
                  "object" == typeof e && null !== e && "string" == typeof e.message
                    ? String(e.message)
                    : String(e),
                error: e,
              });
              if (!window.dispatchEvent(t)) return;
            } else if ("object" == typeof n.default && "function" == typeof n.default.emit)
              return void n.default.emit("uncaughtException", e);
            console.error(e);
          };
    function H(e) {
      var t = T.T,
        r = {};
      ((r.types = null !== t ? t.types : null), (T.T = r));
      try {
        var n = e(),
          u = T.S;
        (null !== u && u(r, n),
          "object" == typeof n && null !== n && "function" == typeof n.then && n.then(S, N));
      } catch (e) {
        N(e);
      } finally {
        (null !== t && null !== r.types && (t.types = r.types), (T.T = t));
      }
    }
    function k(e) {
      var t = T.T;
      if (null !== t) {
        var r = t.types;
        null === r ? (t.types = [e]) : -1 === r.indexOf(e) && r.push(e);
      } else H(k.bind(null, e));
    }
    ((r.Activity = _),
      (r.Children = {
        map: U,
        forEach: function (e, t, r) {
          U(
            e,
            function () {
              t.apply(this, arguments);
            },
            r,
          );
        },
        count: function (e) {
          var t = 0;
          return (
            U(e, function () {
              t++;
            }),
            t
          );
        },
        toArray: function (e) {
          return (
            U(e, function (e) {
              return e;
            }) || []
          );
        },
        only: function (e) {
          if (!M(e))
            throw Error("React.Children.only expected to receive a single React element child.");
          return e;
        },
      }),
      (r.Component = g),
      (r.Fragment = a),
      (r.Profiler = l),
      (r.PureComponent = P),
      (r.StrictMode = i),
      (r.Suspense = d),
      (r.ViewTransition = b),
      (r.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = T),
      (r.__COMPILER_RUNTIME = {
        __proto__: null,
        c: function (e) {
          return T.H.useMemoCache(e);
        },
      }),
      (r.addTransitionType = k),
      (r.cache = function (e) {
        return function () {
          return e.apply(null, arguments);
        };
      }),
      (r.cacheSignal = function () {
        return null;
      }),
      (r.cloneElement = function (e, t, r) {
        if (null == e)
          throw Error("The argument must be a React element, but you passed " + e + ".");
        var n = m({}, e.props),
          u = e.key;
        if (null != t)
          for (o in (void 0 !== t.key && (u = "" + t.key), t))
            x.call(t, o) &&
              "key" !== o &&
              "__self" !== o &&
              "__source" !== o &&
              ("ref" !== o || void 0 !== t.ref) &&
              (n[o] = t[o]);
        var o = arguments.length - 2;
        if (1 === o) n.children = r;
        else if (1 < o) {
          for (var a = Array(o), i = 0; i < o; i++) a[i] = arguments[i + 2];
          n.children = a;
        }
        return w(e.type, u, n);
      }),
      (r.createContext = function (e) {
        return (
          ((e = {
            $$typeof: c,
            _currentValue: e,
            _currentValue2: e,
            _threadCount: 0,
            Provider: null,
            Consumer: null,
          }).Provider = e),
          (e.Consumer = { $$typeof: s, _context: e }),
          e
        );
      }),
      (r.createElement = function (e, t, r) {
        var n,
          u = {},
          o = null;
        if (null != t)
          for (n in (void 0 !== t.key && (o = "" + t.key), t))
            x.call(t, n) && "key" !== n && "__self" !== n && "__source" !== n && (u[n] = t[n]);
        var a = arguments.length - 2;
        if (1 === a) u.children = r;
        else if (1 < a) {
          for (var i = Array(a), l = 0; l < a; l++) i[l] = arguments[l + 2];
          u.children = i;
        }
        if (e && e.defaultProps) for (n in (a = e.defaultProps)) void 0 === u[n] && (u[n] = a[n]);
        return w(e, o, u);
      }),
      (r.createRef = function () {
        return { current: null };
      }),
      (r.forwardRef = function (e) {
        return { $$typeof: f, render: e };
      }),
      (r.isValidElement = M),
      (r.lazy = function (e) {
        return { $$typeof: y, _payload: { _status: -1, _result: e }, _init: L };
      }),
      (r.memo = function (e, t) {
        return { $$typeof: p, type: e, compare: void 0 === t ? null : t };
      }),
      (r.startTransition = H),
      (r.unstable_useCacheRefresh = function () {
        return T.H.useCacheRefresh();
      }),
      (r.use = function (e) {
        return T.H.use(e);
      }),
      (r.useActionState = function (e, t, r) {
        return T.H.useActionState(e, t, r);
      }),
      (r.useCallback = function (e, t) {
        return T.H.useCallback(e, t);
      }),
      (r.useContext = function (e) {
        return T.H.useContext(e);
      }),
      (r.useDebugValue = function () {}),
      (r.useDeferredValue = function (e, t) {
        return T.H.useDeferredValue(e, t);
      }),
      (r.useEffect = function (e, t) {
        return T.H.useEffect(e, t);
      }),
      (r.useEffectEvent = function (e) {
        return T.H.useEffectEvent(e);
      }),
      (r.useId = function () {
        return T.H.useId();
      }),
      (r.useImperativeHandle = function (e, t, r) {
        return T.H.useImperativeHandle(e, t, r);
      }),
      (r.useInsertionEffect = function (e, t) {
        return T.H.useInsertionEffect(e, t);
      }),
      (r.useLayoutEffect = function (e, t) {
        return T.H.useLayoutEffect(e, t);
      }),
      (r.useMemo = function (e, t) {
        return T.H.useMemo(e, t);
      }),
      (r.useOptimistic = function (e, t) {
        return T.H.useOptimistic(e, t);
      }),
      (r.useReducer = function (e, t, r) {
        return T.H.useReducer(e, t, r);
      }),
      (r.useRef = function (e) {
        return T.H.useRef(e);
      }),
      (r.useState = function (e) {
        return T.H.useState(e);
      }),
      (r.useSyncExternalStore = function (e, t, r) {
        return T.H.useSyncExternalStore(e, t, r);
      }),
      (r.useTransition = function () {
        return T.H.useTransition();
      }),
      (r.version = "19.3.0-canary-278794d7-20261002"));
  },
  71645,
  (e, t, r) => {
    "use strict";
    (e.i(47167), (t.exports = e.r(50740)));
  },
  43476,
  (e, t, r) => {
    "use strict";
    (e.i(47167), (t.exports = e.r(45689)));
  },
  97367,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      MetadataBoundary: function () {
        return i;
      },
      OutletBoundary: function () {
        return s;
      },
      RootLayoutBoundary: function () {
        return c;
      },
      ViewportBoundary: function () {
        return l;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(54839),
      a = {
        [o.METADATA_BOUNDARY_NAME]: function ({ children: e }) {
          return e;
        },
        [o.VIEWPORT_BOUNDARY_NAME]: function ({ children: e }) {
          return e;
        },
        [o.OUTLET_BOUNDARY_NAME]: function ({ children: e }) {
          return e;
        },
        [o.ROOT_LAYOUT_BOUNDARY_NAME]: function ({ children: e }) {
          return e;
        },
      },
      i = a[o.METADATA_BOUNDARY_NAME.slice(0)],
      l = a[o.VIEWPORT_BOUNDARY_NAME.slice(0)],
      s = a[o.OUTLET_BOUNDARY_NAME.slice(0)],
      c = a[o.ROOT_LAYOUT_BOUNDARY_NAME.slice(0)];
  },
  54839,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      METADATA_BOUNDARY_NAME: function () {
        return o;
      },
      OUTLET_BOUNDARY_NAME: function () {
        return i;
      },
      ROOT_LAYOUT_BOUNDARY_NAME: function () {
        return l;
      },
      VIEWPORT_BOUNDARY_NAME: function () {
        return a;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = "__next_metadata_boundary__",
      a = "__next_viewport_boundary__",
      i = "__next_outlet_boundary__",
      l = "__next_root_layout_boundary__";
  },
  61994,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      NavigationPromisesContext: function () {
        return c;
      },
      PathParamsContext: function () {
        return s;
      },
      PathnameContext: function () {
        return l;
      },
      ReadonlyURLSearchParams: function () {
        return a.ReadonlyURLSearchParams;
      },
      SearchParamsContext: function () {
        return i;
      },
      createDevToolsInstrumentedPromise: function () {
        return f;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(71645),
      a = e.r(3680),
      i = (0, o.createContext)(null),
      l = (0, o.createContext)(null),
      s = (0, o.createContext)(null),
      c = (0, o.createContext)(null);
    function f(e, t) {
      let r = Promise.resolve(t);
      return ((r.status = "fulfilled"), (r.value = t), (r.displayName = `${e} (SSR)`), r);
    }
  },
  32061,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      BailoutToCSRError: function () {
        return a;
      },
      isBailoutToCSRError: function () {
        return i;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = "BAILOUT_TO_CLIENT_SIDE_RENDERING";
    class a extends Error {
      constructor(e) {
        (super(`Bail out to client-side rendering: ${e}`), (this.reason = e), (this.digest = o));
      }
    }
    function i(e) {
      return "object" == typeof e && null !== e && "digest" in e && e.digest === o;
    }
  },
  69207,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      ServerInsertedHTMLContext: function () {
        return a;
      },
      useServerInsertedHTML: function () {
        return i;
      },
    };
    for (var u in n) Object.defineProperty(r, u, { enumerable: !0, get: n[u] });
    let o = e.r(90809)._(e.r(71645)),
      a = o.default.createContext(null);
    function i(e) {
      let t = (0, o.useContext)(a);
      t && t(e);
    }
  },
]);
