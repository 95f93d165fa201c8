(globalThis.TURBOPACK || (globalThis.TURBOPACK = [])).push([
  "object" == typeof document ? document.currentScript : void 0,
  66849,
  (e, t, n) => {
    ("trimStart" in String.prototype || (String.prototype.trimStart = String.prototype.trimLeft),
      "trimEnd" in String.prototype || (String.prototype.trimEnd = String.prototype.trimRight),
      "description" in Symbol.prototype ||
        Object.defineProperty(Symbol.prototype, "description", {
          configurable: !0,
          get: function () {
            var e = /\((.*)\)/.exec(this.toString());
            return e ? e[1] : void 0;
          },
        }),
      Array.prototype.flat ||
        ((Array.prototype.flat = function (e, t) {
          return (
            (t = this.concat.apply([], this)),
            e > 1 && t.some(Array.isArray) ? t.flat(e - 1) : t
          );
        }),
        (Array.prototype.flatMap = function (e, t) {
          return this.map(e, t).flat();
        })),
      Promise.prototype.finally ||
        (Promise.prototype.finally = function (e) {
          if ("function" != typeof e) return this.then(e, e);
          var t = this.constructor || Promise;
          return this.then(
            function (n) {
              return t.resolve(e()).then(function () {
                return n;
              });
            },
            function (n) {
              return t.resolve(e()).then(function () {
                throw n;
              });
            },
          );
        }),
      Object.fromEntries ||
        (Object.fromEntries = function (e) {
          return Array.from(e).reduce(function (e, t) {
            return ((e[t[0]] = t[1]), e);
          }, {});
        }),
      Array.prototype.at ||
        (Array.prototype.at = function (e) {
          var t = Math.trunc(e) || 0;
          if ((t < 0 && (t += this.length), !(t < 0 || t >= this.length))) return this[t];
        }),
      Object.hasOwn ||
        (Object.hasOwn = function (e, t) {
          if (null == e) throw TypeError("Cannot convert undefined or null to object");
          return Object.prototype.hasOwnProperty.call(Object(e), t);
        }),
      "canParse" in URL ||
        (URL.canParse = function (e, t) {
          try {
            return (new URL(e, t), !0);
          } catch (e) {
            return !1;
          }
        }));
  },
  96517,
  (e, t, n) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "appBootstrap", {
        enumerable: !0,
        get: function () {
          return l;
        },
      }));
    let r = e.r(22737);
    function l(e) {
      var t, n;
      ((t = self.__next_s),
        (n = () => {
          e();
        }),
        t && t.length
          ? t
              .reduce(
                (e, [t, n]) =>
                  e.then(
                    () =>
                      new Promise((e, l) => {
                        let a = document.createElement("script");
                        (n && (0, r.setAttributesFromProps)(a, n),
                          t
                            ? ((a.src = t), (a.onload = () => e()), (a.onerror = l))
                            : n && ((a.innerHTML = n.children), setTimeout(e)),
                          document.head.appendChild(a));
                      }),
                  ),
                Promise.resolve(),
              )
              .catch((e) => {
                console.error(e);
              })
              .then(() => {
                n();
              })
          : n());
    }
    ((window.next = { version: "16.4.6", appDir: !0 }),
      ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
        void 0 === n.default.__esModule &&
        (Object.defineProperty(n.default, "__esModule", { value: !0 }),
        Object.assign(n.default, n),
        (t.exports = n.default)));
  },
  23911,
  (e, t, n) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(n, "__esModule", { value: !0 }),
      e.r(66849),
      ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
        void 0 === n.default.__esModule &&
        (Object.defineProperty(n.default, "__esModule", { value: !0 }),
        Object.assign(n.default, n),
        (t.exports = n.default)));
  },
  98569,
  (e, t, n) => {
    "use strict";
    let r, l, a, o;
    (e.i(47167),
      Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "hydrate", {
        enumerable: !0,
        get: function () {
          return U;
        },
      }));
    let i = e.r(55682),
      u = e.r(43476);
    e.r(23911);
    let s = i._(e.r(88014)),
      c = i._(e.r(71645)),
      f = e.r(35326),
      d = e.r(42732),
      p = e.r(97238),
      m = e.r(51323),
      h = e.r(32120),
      g = e.r(92245),
      v = e.r(99781),
      y = i._(e.r(75530)),
      b = e.r(65716);
    e.r(8372);
    let w = e.r(50590),
      k = e.r(43369),
      S = e.r(32992),
      E = e.r(76138),
      x = f.createFromReadableStream,
      _ = f.createFromFetch,
      N = document,
      P = self.__next_instant_test ? self.__next_instant_test : void 0,
      C = new TextEncoder(),
      T = !1,
      z = !1,
      O = null;
    function L(e) {
      if (0 === e[0]) a = [];
      else if (1 === e[0]) {
        if (!a) throw Error("Unexpected server data: missing bootstrap script.");
        o ? o.enqueue(C.encode(e[1])) : a.push(e[1]);
      } else if (2 === e[0]) O = e[1];
      else if (3 === e[0]) {
        if (!a) throw Error("Unexpected server data: missing bootstrap script.");
        let n = atob(e[1]),
          r = new Uint8Array(n.length);
        for (var t = 0; t < n.length; t++) r[t] = n.charCodeAt(t);
        o ? o.enqueue(r) : a.push(r);
      }
    }
    let M = function () {
      (o && !z && (o.close(), (z = !0), (a = void 0)), (T = !0));
    };
    "loading" === document.readyState
      ? document.addEventListener("DOMContentLoaded", M, !1)
      : setTimeout(M);
    let R = (self.__next_f = self.__next_f || []);
    (R.forEach(L), (R.length = 0), (R.push = L));
    let I = new ReadableStream({
      start(e) {
        (a &&
          (a.forEach((t) => {
            e.enqueue("string" == typeof t ? C.encode(t) : t);
          }),
          T && !z) &&
          (null === e.desiredSize || e.desiredSize < 0
            ? P ||
              e.error(
                Error(
                  "The connection to the page was unexpectedly closed, possibly due to the stop button being clicked, loss of Wi-Fi, or an unstable internet connection.",
                ),
              )
            : e.close(),
          (z = !0),
          (a = void 0)),
          (o = e));
      },
    });
    if (P)
      l = Promise.resolve(
        _(P, {
          callServer: h.callServer,
          findSourceMapURL: g.findSourceMapURL,
          debugChannel: r,
          unstable_allowPartialStream: !0,
        }),
      ).then(async (e) => (0, w.createInitialRSCPayloadFromFallbackPrerender)(await P, e));
    else if (window.__NEXT_CLIENT_RESUME) {
      let e = window.__NEXT_CLIENT_RESUME;
      l = Promise.resolve(
        _(e, { callServer: h.callServer, findSourceMapURL: g.findSourceMapURL, debugChannel: r }),
      ).then(async (t) => (0, w.createInitialRSCPayloadFromFallbackPrerender)(await e, t));
    } else
      l = x(I, {
        callServer: h.callServer,
        findSourceMapURL: g.findSourceMapURL,
        debugChannel: r,
        startTime: 0,
      });
    function F({ initialRSCPayload: e, actionQueue: t, webSocket: n, staticIndicatorState: r }) {
      return (0, u.jsx)(y.default, {
        actionQueue: t,
        globalErrorState: e.G,
        webSocket: n,
        staticIndicatorState: r,
      });
    }
    let D = c.default.StrictMode;
    function A({ children: e }) {
      return e;
    }
    let j = {
      onDefaultTransitionIndicator: function () {
        return () => {};
      },
      onRecoverableError: p.onRecoverableError,
      onCaughtError: m.onCaughtError,
      onUncaughtError: m.onUncaughtError,
    };
    async function U(e) {
      let t,
        n,
        r = await l;
      (r.b
        ? (0, S.setNavigationBuildId)(r.b)
        : (0, S.setNavigationBuildId)((0, k.getDeploymentId)()),
        (0, E.initializeRouterTransitionModules)(e));
      let a = Date.now(),
        o = (0, v.createMutableActionQueue)(
          (0, b.createInitialRouterState)({
            navigatedAt: a,
            initialRSCPayload: r,
            initialFlightStreamForCache: null,
            location: window.location,
          }),
        ),
        i = (0, u.jsx)(D, {
          children: (0, u.jsx)(d.HeadManagerContext.Provider, {
            value: { appDir: !0 },
            children: (0, u.jsx)(A, {
              children: (0, u.jsx)(F, {
                initialRSCPayload: r,
                actionQueue: o,
                webSocket: n,
                staticIndicatorState: t,
              }),
            }),
          }),
        });
      "__next_error__" === document.documentElement.id
        ? s.default.createRoot(N, j).render(i)
        : c.default.startTransition(() => {
            s.default.hydrateRoot(N, i, { ...j, formState: O });
          });
    }
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  94553,
  (e, t, n) => {
    "use strict";
    (e.i(47167), Object.defineProperty(n, "__esModule", { value: !0 }), e.r(23755));
    let r = e.r(96517);
    (e.r(97238), (window.next.turbopack = !0), (self.__webpack_hash__ = ""));
    let l = e.r(5526);
    ((0, r.appBootstrap)(() => {
      let { hydrate: t } = e.r(98569);
      t(l);
    }),
      ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
        void 0 === n.default.__esModule &&
        (Object.defineProperty(n.default, "__esModule", { value: !0 }),
        Object.assign(n.default, n),
        (t.exports = n.default)));
  },
  62634,
  (e, t, n) => {
    "use strict";
    (Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "AppRouterAnnouncer", {
        enumerable: !0,
        get: function () {
          return o;
        },
      }));
    let r = e.r(71645),
      l = e.r(74080),
      a = "next-route-announcer";
    function o({ tree: e }) {
      let [t, n] = (0, r.useState)(null);
      (0, r.useEffect)(
        () => (
          n(
            (function () {
              let e = document.getElementsByName(a)[0];
              if (e?.shadowRoot?.childNodes[0]) return e.shadowRoot.childNodes[0];
              {
                let e = document.createElement(a);
                e.style.cssText = "position:absolute";
                let t = document.createElement("div");
                return (
                  (t.ariaLive = "assertive"),
                  (t.id = "__next-route-announcer__"),
                  (t.role = "alert"),
                  (t.style.cssText =
                    "position:absolute;border:0;height:1px;margin:-1px;padding:0;width:1px;clip:rect(0 0 0 0);overflow:hidden;white-space:nowrap;word-wrap:normal"),
                  e.attachShadow({ mode: "open" }).appendChild(t),
                  document.body.appendChild(e),
                  t
                );
              }
            })(),
          ),
          () => {
            let e = document.getElementsByTagName(a)[0];
            e?.isConnected && document.body.removeChild(e);
          }
        ),
        [],
      );
      let [i, u] = (0, r.useState)(""),
        s = (0, r.useRef)(void 0);
      return (
        (0, r.useEffect)(() => {
          let e = "";
          if (document.title) e = document.title;
          else {
            let t = document.querySelector("h1");
            t && (e = t.innerText || t.textContent || "");
          }
          (void 0 !== s.current && s.current !== e && u(e), (s.current = e));
        }, [e]),
        t ? (0, l.createPortal)(i, t) : null
      );
    }
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  75530,
  (e, t, n) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "default", {
        enumerable: !0,
        get: function () {
          return D;
        },
      }));
    let r = e.r(55682),
      l = e.r(90809),
      a = e.r(43476),
      o = l._(e.r(71645)),
      i = e.r(8372),
      u = e.r(51191),
      s = e.r(27828),
      c = e.r(61994),
      f = e.r(41538),
      d = e.r(94272),
      p = e.r(62634),
      m = e.r(58442),
      h = e.r(1244),
      g = e.r(87250),
      v = e.r(52817),
      y = e.r(34727),
      b = e.r(52392),
      w = e.r(99781),
      k = e.r(32916),
      S = e.r(24063),
      E = e.r(68391),
      x = e.r(91949),
      _ = r._(e.r(94109)),
      N = r._(e.r(68027)),
      P = e.r(97367);
    e.r(43369);
    let C = {};
    function T() {
      if (void 0 === window.navigation) return !1;
      let e = window.navigation.activation?.entry,
        t = window.navigation.currentEntry;
      return null != e && null != t && e.key !== t.key && window.history.state?.__NA === !0;
    }
    let z = !1,
      O = !1;
    function L(e) {
      if (e) {
        if (!e.__NA) return void window.location.reload();
        (0, k.traverse)(window.location.href, e.__PRIVATE_NEXTJS_INTERNALS_TREE);
      }
    }
    function M({ appRouterState: e }) {
      return (
        (0, o.useInsertionEffect)(() => {
          let { tree: t, pushRef: n, canonicalUrl: r, renderedSearch: l } = e;
          if (!z && ((z = !0), T())) return void (0, d.setLastCommittedTree)(t);
          let a = {
            ...(n.preserveCustomHistoryState ? window.history.state : {}),
            __NA: !0,
            __PRIVATE_NEXTJS_INTERNALS_TREE: { tree: t, renderedSearch: l },
          };
          (n.pendingPush && (0, u.createHrefFromUrl)(new URL(window.location.href)) !== r
            ? ((n.pendingPush = !1), window.history.pushState(a, "", r))
            : window.history.replaceState(a, "", r),
            (0, d.setLastCommittedTree)(t));
        }, [e]),
        (0, o.useEffect)(() => {
          (0, x.pingVisibleLinks)(e.nextUrl, e.root);
        }, [e.nextUrl, e.root]),
        null
      );
    }
    function R(e) {
      null == e && (e = {});
      let t = window.history.state,
        n = t?.__NA;
      n && (e.__NA = n);
      let r = t?.__PRIVATE_NEXTJS_INTERNALS_TREE;
      return (r && (e.__PRIVATE_NEXTJS_INTERNALS_TREE = r), e);
    }
    function I({ headRenderTree: e }) {
      let t = e.data.rsc,
        n = e.data.prefetchRsc,
        r = null !== n ? n : t;
      return (0, o.useDeferredValue)(t, r);
    }
    function F({ actionQueue: e, globalError: t, webSocket: n, staticIndicatorState: r }) {
      let l = (0, f.useActionQueue)(e),
        { canonicalUrl: u } = l,
        { searchParams: d, pathname: b } = (0, o.useMemo)(() => {
          let e = new URL(u, "u" < typeof window ? "http://n" : window.location.href);
          return {
            searchParams: e.searchParams,
            pathname: (0, v.hasBasePath)(e.pathname)
              ? (0, g.removeBasePath)(e.pathname)
              : e.pathname,
          };
        }, [u]);
      ((0, o.useEffect)(() => {
        let e = (0, y.extractSourcePageFromFlightRouterState)(l.tree);
        void 0 !== e
          ? (window.next.__internal_src_page = e)
          : delete window.next.__internal_src_page;
      }, [l.tree]),
        (0, o.useEffect)(() => {
          function e(e) {
            e.persisted &&
              window.history.state?.__PRIVATE_NEXTJS_INTERNALS_TREE &&
              ((C.pendingMpaPath = void 0),
              (0, k.restore)(
                new URL(window.location.href),
                window.history.state.__PRIVATE_NEXTJS_INTERNALS_TREE,
              ));
          }
          return (
            window.addEventListener("pageshow", e),
            () => {
              window.removeEventListener("pageshow", e);
            }
          );
        }, []),
        (0, o.useEffect)(() => {
          function e(e) {
            let t = "reason" in e ? e.reason : e.error;
            if ((0, E.isRedirectError)(t)) {
              e.preventDefault();
              let n = (0, S.getURLFromRedirectError)(t);
              "push" === (0, S.getRedirectTypeFromError)(t)
                ? w.publicAppRouterInstance.push(n, {})
                : w.publicAppRouterInstance.replace(n, {});
            }
          }
          return (
            window.addEventListener("error", e),
            window.addEventListener("unhandledrejection", e),
            () => {
              (window.removeEventListener("error", e),
                window.removeEventListener("unhandledrejection", e));
            }
          );
        }, []));
      let { pushRef: x } = l;
      if (x.mpaNavigation) {
        if (C.pendingMpaPath !== u) {
          let e = window.location;
          (x.pendingPush ? e.assign(u) : e.replace(u), (C.pendingMpaPath = u));
        }
        throw h.unresolvedThenable;
      }
      (0, o.useEffect)(() => {
        let e = window.history.pushState.bind(window.history),
          t = window.history.replaceState.bind(window.history),
          n = (e) => {
            let t = window.location.href,
              n = window.history.state?.__PRIVATE_NEXTJS_INTERNALS_TREE;
            (0, k.restore)(new URL(e ?? t, t), n);
          };
        ((window.history.pushState = function (t, r, l) {
          return (t?.__NA || t?._N || ((t = R(t)), l && n(l)), e(t, r, l));
        }),
          (window.history.replaceState = function (e, r, l) {
            return (e?.__NA || e?._N || ((e = R(e)), l && n(l)), t(e, r, l));
          }));
        let r = (e) => L(e.state);
        return (
          window.addEventListener("popstate", r),
          !O && ((O = !0), T() && L(window.history.state)),
          () => {
            ((window.history.pushState = e),
              (window.history.replaceState = t),
              window.removeEventListener("popstate", r));
          }
        );
      }, []);
      let { root: N, tree: z, nextUrl: D, scrollRef: A, previousNextUrl: j } = l,
        U = (0, o.useMemo)(() => (0, y.getSelectedParams)(z), [z]),
        B = (0, o.useMemo)(
          () => ({
            parentTree: z,
            parentRenderTree: N.tree,
            parentSegmentPath: null,
            parentParams: {},
            parentLoadingData: null,
            debugNameContext: "/",
            url: u,
            isActive: !0,
          }),
          [z, N, u],
        ),
        V = (0, o.useMemo)(
          () => ({ tree: z, scrollRef: A, nextUrl: D, previousNextUrl: j }),
          [z, A, D, j],
        ),
        H = (0, a.jsx)(I, { headRenderTree: N.head }, (0, s.createHeadKey)(N.head.varyPath)),
        $ = (0, a.jsxs)(m.RedirectBoundary, {
          children: [
            H,
            (0, a.jsx)(P.RootLayoutBoundary, { children: N.tree.data.rsc }),
            (0, a.jsx)(p.AppRouterAnnouncer, { tree: z }),
          ],
        });
      return (
        ($ = (0, a.jsx)(_.default, { errorComponent: t[0], errorStyles: t[1], children: $ })),
        (0, a.jsxs)(a.Fragment, {
          children: [
            (0, a.jsx)(M, { appRouterState: l }),
            null,
            (0, a.jsx)(c.NavigationPromisesContext.Provider, {
              value: null,
              children: (0, a.jsx)(c.PathParamsContext.Provider, {
                value: U,
                children: (0, a.jsx)(c.PathnameContext.Provider, {
                  value: b,
                  children: (0, a.jsx)(c.SearchParamsContext.Provider, {
                    value: d,
                    children: (0, a.jsx)(i.GlobalLayoutRouterContext.Provider, {
                      value: V,
                      children: (0, a.jsx)(i.AppRouterContext.Provider, {
                        value: w.publicAppRouterInstance,
                        children: (0, a.jsx)(i.LayoutRouterContext.Provider, {
                          value: B,
                          children: $,
                        }),
                      }),
                    }),
                  }),
                }),
              }),
            }),
          ],
        })
      );
    }
    function D({ actionQueue: e, globalErrorState: t, webSocket: n, staticIndicatorState: r }) {
      (0, b.useNavFailureHandler)();
      let l = (0, a.jsx)(F, {
        actionQueue: e,
        globalError: t,
        webSocket: n,
        staticIndicatorState: r,
      });
      return (0, a.jsx)(_.default, { errorComponent: N.default, children: l });
    }
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  41624,
  (e, t, n) => {
    "use strict";
    Object.defineProperty(n, "__esModule", { value: !0 });
    var r = {
      GracefulDegradeBoundary: function () {
        return i;
      },
      default: function () {
        return u;
      },
    };
    for (var l in r) Object.defineProperty(n, l, { enumerable: !0, get: r[l] });
    let a = e.r(43476),
      o = e.r(71645);
    class i extends o.Component {
      constructor(e) {
        (super(e),
          (this.state = { hasError: !1 }),
          (this.rootHtml = ""),
          (this.htmlAttributes = {}),
          (this.htmlRef = (0, o.createRef)()));
      }
      static getDerivedStateFromError(e) {
        return { hasError: !0 };
      }
      componentDidMount() {
        let e = this.htmlRef.current;
        this.state.hasError &&
          e &&
          Object.entries(this.htmlAttributes).forEach(([t, n]) => {
            e.setAttribute(t, n);
          });
      }
      render() {
        let { hasError: e } = this.state;
        return ("u" > typeof window &&
          !this.rootHtml &&
          ((this.rootHtml = document.documentElement.innerHTML),
          (this.htmlAttributes = (function (e) {
            let t = {};
            for (let n = 0; n < e.attributes.length; n++) {
              let r = e.attributes[n];
              t[r.name] = r.value;
            }
            return t;
          })(document.documentElement))),
        e)
          ? (0, a.jsx)("html", {
              ref: this.htmlRef,
              suppressHydrationWarning: !0,
              dangerouslySetInnerHTML: { __html: this.rootHtml },
            })
          : this.props.children;
      }
    }
    let u = i;
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  94109,
  (e, t, n) => {
    "use strict";
    (Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "default", {
        enumerable: !0,
        get: function () {
          return s;
        },
      }));
    let r = e.r(55682),
      l = e.r(43476);
    e.r(71645);
    let a = r._(e.r(41624)),
      o = e.r(72383),
      i = e.r(82604),
      u = "u" > typeof window && (0, i.isBot)(window.navigator.userAgent);
    function s({ children: e, errorComponent: t, errorStyles: n, errorScripts: r }) {
      return u
        ? (0, l.jsx)(a.default, { children: e })
        : (0, l.jsx)(o.ErrorBoundary, {
            errorComponent: t,
            errorStyles: n,
            errorScripts: r,
            children: e,
          });
    }
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  65716,
  (e, t, n) => {
    "use strict";
    (Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "createInitialRouterState", {
        enumerable: !0,
        get: function () {
          return d;
        },
      }));
    let r = e.r(51191),
      l = e.r(34727),
      a = e.r(74064),
      o = e.r(24988),
      i = e.r(20896),
      u = e.r(12085),
      s = e.r(79027),
      c = e.r(87288),
      f = e.r(96167);
    function d({
      navigatedAt: e,
      initialRSCPayload: t,
      initialFlightStreamForCache: n,
      location: p,
    }) {
      let { c: m, t: h, q: g, i: v, S: y, s: b, l: w, r: k, p: S, d: E } = t,
        x = m.join("/"),
        _ = (0, a.transportNodeToFlightRouterState)(h.t, g),
        N = p ? (0, r.createHrefFromUrl)(p) : x,
        P = (0, u.createNavigationSeed)(
          e,
          null,
          h,
          null,
          !0,
          null,
          g,
          null,
          E ?? s.UnknownDynamicStaleTime,
        ),
        C = P.root,
        T = (0, o.createInitialRenderTreeForHydration)(e, C, P.dynamicStaleAt);
      return (
        null !== p &&
          ((0, f.discoverKnownRoute)(
            Date.now(),
            p.pathname,
            p.search,
            null,
            null,
            C,
            v,
            N,
            P.renderedSearch,
            y,
            !1,
          ),
          void 0 !== b
            ? void 0 !== w && null != n
              ? Promise.resolve(w)
                  .then(async (e) => {
                    if (0 === e) return void n.cancel();
                    let t = await (0, c.decodeStageUntilBoundary)(n, e, void 0);
                    null !== t &&
                      (0, i.spawnStaticStageCacheWrite)(
                        Date.now(),
                        t,
                        !0,
                        null,
                        _,
                        g,
                        i.segmentCacheMap,
                      );
                  })
                  .catch(() => {})
              : ((0, i.spawnStaticStageCacheWrite)(
                  Date.now(),
                  { t: h, r: k, s: b },
                  !1,
                  null,
                  _,
                  g,
                  i.segmentCacheMap,
                ),
                n?.cancel())
            : n?.cancel(),
          null != S &&
            (0, i.writeRuntimePrefetchStreamIntoCache)(
              Date.now(),
              S,
              _,
              g,
              i.segmentCacheMap,
            ).catch(() => {})),
        {
          tree: T.tree.route,
          root: (0, i.createRootRouteTree)(T.tree.node, T.head.node),
          pushRef: { pendingPush: !1, mpaNavigation: !1, preserveCustomHistoryState: !0 },
          scrollRef: { scrollRef: null, forceScroll: !1, onlyHashChange: !1, hashFragment: null },
          canonicalUrl: N,
          renderedSearch: g,
          nextUrl: ((0, l.extractPathFromFlightRouterState)(_) || p?.pathname) ?? null,
          previousNextUrl: null,
          debugInfo: null,
        }
      );
    }
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  51323,
  (e, t, n) => {
    "use strict";
    (e.i(47167), Object.defineProperty(n, "__esModule", { value: !0 }));
    var r = {
      onCaughtError: function () {
        return d;
      },
      onUncaughtError: function () {
        return p;
      },
    };
    for (var l in r) Object.defineProperty(n, l, { enumerable: !0, get: r[l] });
    let a = e.r(55682),
      o = e.r(65713),
      i = e.r(32061),
      u = e.r(28279),
      s = e.r(72383),
      c = a._(e.r(68027)),
      f = {
        decorateDevError: (e) => e,
        handleClientError: () => {},
        originConsoleError: console.error.bind(console),
      };
    function d(e, t) {
      let n,
        r,
        l = t.errorBoundary?.constructor;
      if (
        (n =
          n || (l === s.ErrorBoundaryHandler && t.errorBoundary.props.errorComponent === c.default))
      )
        return m(e, r);
      (0, i.isBailoutToCSRError)(e) || (0, o.isNextRouterError)(e) || f.originConsoleError(e);
    }
    function p(e) {
      m(e);
    }
    function m(e, t) {
      (0, i.isBailoutToCSRError)(e) || (0, o.isNextRouterError)(e) || (0, u.reportGlobalError)(e);
    }
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  97238,
  (e, t, n) => {
    "use strict";
    (e.i(47167), Object.defineProperty(n, "__esModule", { value: !0 }));
    var r = {
      isRecoverableError: function () {
        return c;
      },
      onRecoverableError: function () {
        return f;
      },
    };
    for (var l in r) Object.defineProperty(n, l, { enumerable: !0, get: r[l] });
    let a = e.r(55682),
      o = e.r(32061),
      i = a._(e.r(2023)),
      u = e.r(28279),
      s = new WeakSet();
    function c(e) {
      return s.has(e);
    }
    let f = (e) => {
      let t = (0, i.default)(e) && "cause" in e ? e.cause : e;
      (0, o.isBailoutToCSRError)(t) || (0, u.reportGlobalError)(t);
    };
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  28279,
  (e, t, n) => {
    "use strict";
    (Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "reportGlobalError", {
        enumerable: !0,
        get: function () {
          return r;
        },
      }));
    let r =
      "function" == typeof reportError
        ? reportError
        : (e) => {
            globalThis.console.error(e);
          };
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  23755,
  (e, t, n) => {
    "use strict";
    Object.defineProperty(n, "__esModule", { value: !0 });
    let r = (0, e.r(43369).getDeploymentId)();
    ((globalThis.NEXT_DEPLOYMENT_ID = r),
      ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
        void 0 === n.default.__esModule &&
        (Object.defineProperty(n.default, "__esModule", { value: !0 }),
        Object.assign(n.default, n),
        (t.exports = n.default)));
  },
  22737,
  (e, t, n) => {
    "use strict";
    (Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "setAttributesFromProps", {
        enumerable: !0,
        get: function () {
          return o;
        },
      }));
    let r = {
        acceptCharset: "accept-charset",
        className: "class",
        htmlFor: "for",
        httpEquiv: "http-equiv",
        noModule: "noModule",
      },
      l = [
        "onLoad",
        "onReady",
        "dangerouslySetInnerHTML",
        "children",
        "onError",
        "strategy",
        "stylesheets",
      ];
    function a(e) {
      return ["async", "defer", "noModule"].includes(e);
    }
    function o(e, t) {
      for (let [n, o] of Object.entries(t)) {
        if (!t.hasOwnProperty(n) || l.includes(n) || void 0 === o) continue;
        let i = r[n] || n.toLowerCase();
        ("SCRIPT" === e.tagName && a(i) ? (e[i] = !!o) : e.setAttribute(i, String(o)),
          (!1 === o || ("SCRIPT" === e.tagName && a(i) && (!o || "false" === o))) &&
            (e.setAttribute(i, ""), e.removeAttribute(i)));
      }
    }
    ("function" == typeof n.default || ("object" == typeof n.default && null !== n.default)) &&
      void 0 === n.default.__esModule &&
      (Object.defineProperty(n.default, "__esModule", { value: !0 }),
      Object.assign(n.default, n),
      (t.exports = n.default));
  },
  46480,
  (e, t, n) => {
    "use strict";
    var r,
      l = e.i(47167),
      a = e.r(53389),
      o = e.r(71645),
      i = e.r(74080);
    function u(e) {
      var t = "https://react.dev/errors/" + e;
      if (1 < arguments.length) {
        t += "?args[]=" + encodeURIComponent(arguments[1]);
        for (var n = 2; n < arguments.length; n++)
          t += "&args[]=" + encodeURIComponent(arguments[n]);
      }
      return (
        "Minified React error #" +
        e +
        "; visit " +
        t +
        " for the full message or use the non-minified dev environment for full errors and additional helpful warnings."
      );
    }
    function s(e) {
      return !(!e || (1 !== e.nodeType && 9 !== e.nodeType && 11 !== e.nodeType));
    }
    function c(e) {
      for (var t = e, n = t; n && !n.alternate;)
        (0 != (4098 & (t = n).flags) && (e = t.return), (n = t.return));
      for (; t.return;) t = t.return;
      return 3 === t.tag ? e : null;
    }
    function f(e) {
      if (13 === e.tag) {
        var t = e.memoizedState;
        if ((null === t && null !== (e = e.alternate) && (t = e.memoizedState), null !== t))
          return t.dehydrated;
      }
      return null;
    }
    function d(e) {
      if (31 === e.tag) {
        var t = e.memoizedState;
        if ((null === t && null !== (e = e.alternate) && (t = e.memoizedState), null !== t))
          return t.dehydrated;
      }
      return null;
    }
    function p(e) {
      if (c(e) !== e) throw Error(u(188));
    }
    function m(e, t, n, r, l, a) {
      for (; null !== e;) {
        if (
          ((5 === e.tag || 27 === e.tag || 6 === e.tag) && n(e, r, l, a)) ||
          ((22 !== e.tag || null === e.memoizedState) &&
            (t || (5 !== e.tag && 27 !== e.tag)) &&
            m(e.child, t, n, r, l, a))
        )
          return !0;
        e = e.sibling;
      }
      return !1;
    }
    function h(e) {
      for (e = e.return; null !== e;) {
        if (3 === e.tag || 5 === e.tag || 27 === e.tag) return e;
        e = e.return;
      }
      return null;
    }
    function g(e) {
      var t = !1;
      for (
        e = e.return;
        null !== e && (4 === e.tag && (t = !0), 3 !== e.tag && 5 !== e.tag && 27 !== e.tag);
      )
        e = e.return;
      return t;
    }
    function v(e) {
      var t = [null, null],
        n = h(e);
      return (
        null === n ||
          (function e(t, n, r, l) {
            for (; null !== r;) {
              if (r === n) l.foundSelf = !0;
              else if (5 === r.tag || 27 === r.tag || 6 === r.tag) {
                if (l.foundSelf) return ((t[1] = r), !0);
                t[0] = r;
              } else if ((22 !== r.tag || null === r.memoizedState) && e(t, n, r.child, l))
                return !0;
              r = r.sibling;
            }
            return !1;
          })(t, e, n.child, { foundSelf: !1 }),
        t
      );
    }
    function y(e) {
      switch (e.tag) {
        case 5:
        case 27:
        case 6:
          return e.stateNode;
        case 3:
          return e.stateNode.containerInfo;
        default:
          throw Error(u(559));
      }
    }
    var b = null,
      w = null;
    function k(e, t, n) {
      return e === n || (e === t && ((b = e), !0));
    }
    function S(e, t, n) {
      return e === n ? ((w = e), !1) : e === t && (null !== w && (b = e), !0);
    }
    function E(e) {
      if (null === e) return null;
      do e = null === e ? null : e.return;
      while (e && 5 !== e.tag && 27 !== e.tag && 3 !== e.tag);
      return e || null;
    }
    function x(e, t, n) {
      for (var r = 0, l = e; l; l = n(l)) r++;
      l = 0;
      for (var a = t; a; a = n(a)) l++;
      for (; 0 < r - l;) ((e = n(e)), r--);
      for (; 0 < l - r;) ((t = n(t)), l--);
      for (; r--;) {
        if (e === t || (null !== t && e === t.alternate)) return e;
        ((e = n(e)), (t = n(t)));
      }
      return null;
    }
    var _ = Object.assign,
      N = Symbol.for("react.element"),
      P = Symbol.for("react.transitional.element"),
      C = Symbol.for("react.portal"),
      T = Symbol.for("react.fragment"),
      z = Symbol.for("react.strict_mode"),
      O = Symbol.for("react.profiler"),
      L = Symbol.for("react.consumer"),
      M = Symbol.for("react.context"),
      R = Symbol.for("react.forward_ref"),
      I = Symbol.for("react.suspense"),
      F = Symbol.for("react.suspense_list"),
      D = Symbol.for("react.memo"),
      A = Symbol.for("react.lazy");
    Symbol.for("react.scope");
    var j = Symbol.for("react.activity"),
      U = Symbol.for("react.legacy_hidden");
    Symbol.for("react.tracing_marker");
    var B = Symbol.for("react.memo_cache_sentinel"),
      V = Symbol.for("react.view_transition"),
      H = Symbol.for("react.recoverable"),
      $ = Symbol.iterator;
    function Q(e) {
      return null === e || "object" != typeof e
        ? null
        : "function" == typeof (e = ($ && e[$]) || e["@@iterator"])
          ? e
          : null;
    }
    var W = Symbol.for("react.client.reference"),
      q = Array.isArray,
      K = o.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      Y = i.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      X = { pending: !1, data: null, method: null, action: null },
      G = [],
      J = -1;
    function Z(e) {
      return { current: e };
    }
    function ee(e) {
      0 > J || ((e.current = G[J]), (G[J] = null), J--);
    }
    function et(e, t) {
      ((G[++J] = e.current), (e.current = t));
    }
    var en = Z(null),
      er = Z(null),
      el = Z(null),
      ea = Z(null);
    function eo(e, t) {
      switch ((et(el, t), et(er, e), et(en, null), t.nodeType)) {
        case 9:
        case 11:
          e = (e = t.documentElement) && (e = e.namespaceURI) ? cb(e) : 0;
          break;
        default:
          if (((e = t.tagName), (t = t.namespaceURI))) e = cw((t = cb(t)), e);
          else
            switch (e) {
              case "svg":
                e = 1;
                break;
              case "math":
                e = 2;
                break;
              default:
                e = 0;
            }
      }
      (ee(en), et(en, e));
    }
    function ei() {
      (ee(en), ee(er), ee(el));
    }
    function eu(e) {
      var t = e.memoizedState;
      null !== t && ((fF._currentValue = t.memoizedState), et(ea, e));
      var n = cw((t = en.current), e.type);
      t !== n && (et(er, e), et(en, n));
    }
    function es(e) {
      (er.current === e && (ee(en), ee(er)), ea.current === e && (ee(ea), (fF._currentValue = X)));
    }
    function ec(e) {
      if (void 0 === tZ)
        try {
          throw Error();
        } catch (e) {
          var t = e.stack.trim().match(/\n( *(at )?)/);
          ((tZ = (t && t[1]) || ""),
            (t0 =
              -1 < e.stack.indexOf("\n    at")
                ? " (<anonymous>)"
                : -1 < e.stack.indexOf("@")
                  ? "@unknown:0:0"
                  : ""));
        }
      return "\n" + tZ + e + t0;
    }
    var ef = !1;
    function ed(e, t) {
      if (!e || ef) return "";
      ef = !0;
      var n = Error.prepareStackTrace;
      Error.prepareStackTrace = void 0;
      try {
        var r = {
          DetermineComponentFrameRoot: function () {
            try {
              if (t) {
                var n = function () {
                  throw Error();
                };
                if (
                  (Object.defineProperty(n.prototype, "props", {
                    set: function () {
                      throw Error();
                    },
                  }),
                  "object" == typeof Reflect && Reflect.construct)
                ) {
                  try {
                    Reflect.construct(n, []);
                  } catch (e) {
                    var r = e;
                  }
                  Reflect.construct(e, [], n);
                } else {
                  try {
                    n.call();
                  } catch (e) {
                    r = e;
                  }
                  n = !1;
                  try {
                    var l = Object.getOwnPropertyDescriptor(e.prototype, "props");
                    (Object.defineProperty(e.prototype, "props", {
                      configurable: !0,
                      set: function () {
                        throw Error();
                      },
                    }),
                      (n = !0),
                      new e());
                  } finally {
                    n &&
                      (void 0 !== l
                        ? Object.defineProperty(e.prototype, "props", l)
                        : delete e.prototype.props);
                  }
                }
              } else {
                try {
                  throw Error();
                } catch (e) {
                  r = e;
                }
                (n = e()) && "function" == typeof n.catch && n.catch(function () {});
              }
            } catch (e) {
              if (e && r && "string" == typeof e.stack) return [e.stack, r.stack];
            }
            return [null, null];
          },
        };
        r.DetermineComponentFrameRoot.displayName = "DetermineComponentFrameRoot";
        var l = Object.getOwnPropertyDescriptor(r.DetermineComponentFrameRoot, "name");
        l &&
          l.configurable &&
          Object.defineProperty(r.DetermineComponentFrameRoot, "name", {
            value: "DetermineComponentFrameRoot",
          });
        var a = r.DetermineComponentFrameRoot(),
          o = a[0],
          i = a[1];
        if (o && i) {
          var u = o.split("\n"),
            s = i.split("\n");
          for (l = r = 0; r < u.length && !u[r].includes("DetermineComponentFrameRoot");) r++;
          for (; l < s.length && !s[l].includes("DetermineComponentFrameRoot");) l++;
          if (r === u.length || l === s.length)
            for (r = u.length - 1, l = s.length - 1; 1 <= r && 0 <= l && u[r] !== s[l];) l--;
          for (; 1 <= r && 0 <= l; r--, l--)
            if (u[r] !== s[l]) {
              if (1 !== r || 1 !== l)
                do
                  if ((r--, l--, 0 > l || u[r] !== s[l])) {
                    var c = "\n" + u[r].replace(" at new ", " at ");
                    return (
                      e.displayName &&
                        c.includes("<anonymous>") &&
                        (c = c.replace("<anonymous>", e.displayName)),
                      c
                    );
                  }
                while (1 <= r && 0 <= l);
              break;
            }
        }
      } finally {
        ((ef = !1), (Error.prepareStackTrace = n));
      }
      return (n = e ? e.displayName || e.name : "") ? ec(n) : "";
    }
    function ep(e) {
      try {
        var t = "",
          n = null;
        do
          ((t += (function (e, t) {
            switch (e.tag) {
              case 26:
              case 27:
              case 5:
                return ec(e.type);
              case 16:
                return ec("Lazy");
              case 13:
                return e.child !== t && null !== t ? ec("Suspense Fallback") : ec("Suspense");
              case 19:
                return ec("SuspenseList");
              case 0:
              case 15:
                return ed(e.type, !1);
              case 11:
                return ed(e.type.render, !1);
              case 1:
                return ed(e.type, !0);
              case 31:
                return ec("Activity");
              case 30:
                return ec("ViewTransition");
              default:
                return "";
            }
          })(e, n)),
            (n = e),
            (e = e.return));
        while (e);
        return t;
      } catch (e) {
        return "\nError generating stack: " + e.message + "\n" + e.stack;
      }
    }
    var em = Object.prototype.hasOwnProperty,
      eh = a.unstable_scheduleCallback,
      eg = a.unstable_cancelCallback,
      ev = a.unstable_shouldYield,
      ey = a.unstable_requestPaint,
      eb = a.unstable_now,
      ew = a.unstable_getCurrentPriorityLevel,
      ek = a.unstable_ImmediatePriority,
      eS = a.unstable_UserBlockingPriority,
      eE = a.unstable_NormalPriority,
      ex = a.unstable_LowPriority,
      e_ = a.unstable_IdlePriority,
      eN = (a.log, a.unstable_setDisableYieldValue, null),
      eP = null,
      eC = Math.clz32
        ? Math.clz32
        : function (e) {
            return 0 == (e >>>= 0) ? 32 : (31 - ((eT(e) / ez) | 0)) | 0;
          },
      eT = Math.log,
      ez = Math.LN2,
      eO = 256,
      eL = 262144,
      eM = 4194304;
    function eR(e) {
      var t = 42 & e;
      if (0 !== t) return t;
      switch (e & -e) {
        case 1:
          return 1;
        case 2:
          return 2;
        case 4:
          return 4;
        case 8:
          return 8;
        case 16:
          return 16;
        case 32:
          return 32;
        case 64:
          return 64;
        case 128:
          return 128;
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
          return e & -e;
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
          return 3932160 & e;
        case 4194304:
        case 8388608:
        case 0x1000000:
        case 0x2000000:
          return 0x3c00000 & e;
        case 0x4000000:
          return 0x4000000;
        case 0x8000000:
          return 0x8000000;
        case 0x10000000:
          return 0x10000000;
        case 0x20000000:
          return 0x20000000;
        case 0x40000000:
          return 0;
        default:
          return e;
      }
    }
    function eI(e, t, n) {
      var r = e.pendingLanes;
      if (0 === r) return 0;
      var l = 0,
        a = e.suspendedLanes,
        o = e.pingedLanes;
      e = e.warmLanes;
      var i = 0x7ffffff & r;
      return (
        0 !== i
          ? 0 != (r = i & ~a)
            ? (l = eR(r))
            : 0 != (o &= i)
              ? (l = eR(o))
              : n || (0 != (n = i & ~e) && (l = eR(n)))
          : 0 != (i = r & ~a)
            ? (l = eR(i))
            : 0 !== o
              ? (l = eR(o))
              : n || (0 != (n = r & ~e) && (l = eR(n))),
        0 === l
          ? 0
          : 0 !== t &&
              t !== l &&
              0 == (t & a) &&
              ((a = l & -l) >= (n = t & -t) || (32 === a && 0 != (4194048 & n)))
            ? t
            : l
      );
    }
    function eF(e, t) {
      return 0 == (e.pendingLanes & ~(e.suspendedLanes & ~e.pingedLanes) & t);
    }
    function eD(e, t) {
      0 != (8 & t) && (t |= 32 & t);
      var n = e.entangledLanes;
      if (0 !== n)
        for (e = e.entanglements, n &= t; 0 < n;) {
          var r = 31 - eC(n),
            l = 1 << r;
          ((t |= e[r]), (n &= ~l));
        }
      return t;
    }
    function eA() {
      var e = eM;
      return (0 == (0x3c00000 & (eM <<= 1)) && (eM = 4194304), e);
    }
    function ej(e) {
      for (var t = [], n = 0; 31 > n; n++) t.push(e);
      return t;
    }
    function eU(e, t) {
      ((e.pendingLanes |= t),
        0x10000000 !== t && ((e.suspendedLanes = 0), (e.pingedLanes = 0), (e.warmLanes = 0)));
    }
    function eB(e, t, n) {
      ((e.pendingLanes |= t), (e.suspendedLanes &= ~t));
      var r = 31 - eC(t);
      ((e.entangledLanes |= t),
        (e.entanglements[r] = 0x40000000 | e.entanglements[r] | (261930 & n)));
    }
    function eV(e, t) {
      var n = (e.entangledLanes |= t);
      for (e = e.entanglements; n;) {
        var r = 31 - eC(n),
          l = 1 << r;
        ((l & t) | (e[r] & t) && (e[r] |= t), (n &= ~l));
      }
    }
    function eH(e, t) {
      var n = t & -t;
      return 0 != ((n = 0 != (42 & n) ? 1 : e$(n)) & (e.suspendedLanes | t)) ? 0 : n;
    }
    function e$(e) {
      switch (e) {
        case 2:
          e = 1;
          break;
        case 8:
          e = 4;
          break;
        case 32:
          e = 16;
          break;
        case 256:
        case 512:
        case 1024:
        case 2048:
        case 4096:
        case 8192:
        case 16384:
        case 32768:
        case 65536:
        case 131072:
        case 262144:
        case 524288:
        case 1048576:
        case 2097152:
        case 4194304:
        case 8388608:
        case 0x1000000:
        case 0x2000000:
          e = 128;
          break;
        case 0x10000000:
          e = 0x8000000;
          break;
        default:
          e = 0;
      }
      return e;
    }
    function eQ(e) {
      return 2 < (e &= -e) ? (8 < e ? (0 != (0x7ffffff & e) ? 32 : 0x10000000) : 8) : 2;
    }
    function eW() {
      var e = Y.p;
      return 0 !== e ? e : void 0 === (e = window.event) ? 32 : fG(e.type);
    }
    function eq(e, t) {
      var n = Y.p;
      try {
        return ((Y.p = e), t());
      } finally {
        Y.p = n;
      }
    }
    var eK = Math.random().toString(36).slice(2),
      eY = "__reactFiber$" + eK,
      eX = "__reactProps$" + eK,
      eG = "__reactContainer$" + eK,
      eJ = "__reactEvents$" + eK,
      eZ = "__reactListeners$" + eK,
      e0 = "__reactHandles$" + eK,
      e1 = "__reactResources$" + eK,
      e2 = "__reactMarker$" + eK,
      e3 = "__reactLoad$" + eK;
    function e4(e) {
      (delete e[eY], delete e[eX], delete e[eZ], delete e[e0]);
    }
    function e6(e) {
      var t;
      if ((t = e[eY])) return t;
      for (var n = e.parentNode; n;) {
        if ((t = n[eG] || n[eY])) {
          if (((n = t.alternate), null !== t.child || (null !== n && null !== n.child)))
            for (e = fn(e); null !== e;) {
              if ((n = e[eY])) return n;
              e = fn(e);
            }
          return t;
        }
        n = (e = n).parentNode;
      }
      return null;
    }
    function e5(e) {
      if ((e = e[eY] || e[eG])) {
        var t = e.tag;
        if (5 === t || 6 === t || 13 === t || 31 === t || 26 === t || 27 === t || 3 === t) return e;
      }
      return null;
    }
    function e8(e) {
      var t = e.tag;
      if (5 === t || 26 === t || 27 === t || 6 === t) return e.stateNode;
      throw Error(u(33));
    }
    function e7(e) {
      var t = e[e1];
      return (t || (t = e[e1] = { hoistableStyles: new Map(), hoistableScripts: new Map() }), t);
    }
    function e9(e) {
      e[e2] = !0;
    }
    function te(e) {
      e[e3] = void 0;
    }
    var tt = new Set(),
      tn = {};
    function tr(e, t) {
      (tl(e, t), tl(e + "Capture", t));
    }
    function tl(e, t) {
      for (tn[e] = t, e = 0; e < t.length; e++) tt.add(t[e]);
    }
    var ta = RegExp(
        "^[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD][:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$",
      ),
      to = {},
      ti = {},
      tu = !1;
    function ts() {
      var e = tu;
      return ((tu = !1), e);
    }
    function tc(e, t, n) {
      if (em.call(ti, t) || (!em.call(to, t) && (ta.test(t) ? (ti[t] = !0) : ((to[t] = !0), !1))))
        if (null === n) e.removeAttribute(t);
        else {
          switch (typeof n) {
            case "undefined":
            case "function":
            case "symbol":
              e.removeAttribute(t);
              return;
            case "boolean":
              var r = t.toLowerCase().slice(0, 5);
              if ("data-" !== r && "aria-" !== r) return void e.removeAttribute(t);
          }
          e.setAttribute(t, n);
        }
    }
    function tf(e, t, n) {
      if (null === n) e.removeAttribute(t);
      else {
        switch (typeof n) {
          case "undefined":
          case "function":
          case "symbol":
          case "boolean":
            e.removeAttribute(t);
            return;
        }
        e.setAttribute(t, n);
      }
    }
    function td(e, t, n, r) {
      if (null === r) e.removeAttribute(n);
      else {
        switch (typeof r) {
          case "undefined":
          case "function":
          case "symbol":
          case "boolean":
            e.removeAttribute(n);
            return;
        }
        e.setAttributeNS(t, n, r);
      }
    }
    function tp(e) {
      switch (typeof e) {
        case "bigint":
        case "boolean":
        case "number":
        case "string":
        case "undefined":
        case "object":
          return e;
        default:
          return "";
      }
    }
    function tm(e) {
      var t = e.type;
      return (e = e.nodeName) && "input" === e.toLowerCase() && ("checkbox" === t || "radio" === t);
    }
    function th(e) {
      if (!e._valueTracker) {
        var t = tm(e) ? "checked" : "value";
        e._valueTracker = (function (e, t, n) {
          var r = Object.getOwnPropertyDescriptor(e.constructor.prototype, t);
          if (
            !e.hasOwnProperty(t) &&
            void 0 !== r &&
            "function" == typeof r.get &&
            "function" == typeof r.set
          ) {
            var l = r.get,
              a = r.set;
            return (
              Object.defineProperty(e, t, {
                configurable: !0,
                get: function () {
                  return l.call(this);
                },
                set: function (e) {
                  ((n = "" + e), a.call(this, e));
                },
              }),
              Object.defineProperty(e, t, { enumerable: r.enumerable }),
              {
                getValue: function () {
                  return n;
                },
                setValue: function (e) {
                  n = "" + e;
                },
                stopTracking: function () {
                  ((e._valueTracker = null), delete e[t]);
                },
              }
            );
          }
        })(e, t, "" + e[t]);
      }
    }
    function tg(e) {
      if (!e) return !1;
      var t = e._valueTracker;
      if (!t) return !0;
      var n = t.getValue(),
        r = "";
      return (
        e && (r = tm(e) ? (e.checked ? "true" : "false") : e.value),
        (e = r) !== n && (t.setValue(e), !0)
      );
    }
    var tv = /[\n"\\]/g;
    function ty(e) {
      return e.replace(tv, function (e) {
        return "\\" + e.charCodeAt(0).toString(16) + " ";
      });
    }
    function tb(e, t, n, r, l, a, o, i) {
      ((e.name = ""),
        null != o && "function" != typeof o && "symbol" != typeof o && "boolean" != typeof o
          ? (e.type = o)
          : e.removeAttribute("type"),
        null != t
          ? "number" === o
            ? ((0 === t && "" === e.value) || e.value != t) && (e.value = "" + tp(t))
            : e.value !== "" + tp(t) && (e.value = "" + tp(t))
          : ("submit" !== o && "reset" !== o) || e.removeAttribute("value"),
        null != t
          ? "number" === o && e.value == t
            ? tk(e, tp(e.value))
            : tk(e, tp(t))
          : null != n
            ? tk(e, tp(n))
            : null != r && e.removeAttribute("value"),
        null == l && null != a && (e.defaultChecked = !!a),
        null != l && (e.checked = l && "function" != typeof l && "symbol" != typeof l),
        null != i && "function" != typeof i && "symbol" != typeof i && "boolean" != typeof i
          ? (e.name = "" + tp(i))
          : e.removeAttribute("name"));
    }
    function tw(e, t, n, r, l, a, o, i) {
      if (
        (null != a &&
          "function" != typeof a &&
          "symbol" != typeof a &&
          "boolean" != typeof a &&
          (e.type = a),
        null != t || null != n)
      ) {
        if (("submit" === a || "reset" === a) && null == t) return void th(e);
        ((n = null != n ? "" + tp(n) : ""),
          (t = null != t ? "" + tp(t) : n),
          i || t === e.value || (e.value = t),
          (e.defaultValue = t));
      }
      ((r = "function" != typeof (r = null != r ? r : l) && "symbol" != typeof r && !!r),
        (e.checked = i ? e.checked : !!r),
        (e.defaultChecked = !!r),
        null != o &&
          "function" != typeof o &&
          "symbol" != typeof o &&
          "boolean" != typeof o &&
          (e.name = o),
        th(e));
    }
    function tk(e, t) {
      e.defaultValue !== "" + t && (e.defaultValue = "" + t);
    }
    function tS(e, t, n, r) {
      if (((e = e.options), t)) {
        t = {};
        for (var l = 0; l < n.length; l++) t["$" + n[l]] = !0;
        for (n = 0; n < e.length; n++)
          ((l = t.hasOwnProperty("$" + e[n].value)),
            e[n].selected !== l && (e[n].selected = l),
            l && r && (e[n].defaultSelected = !0));
      } else {
        for (n = "" + tp(n), t = null, l = 0; l < e.length; l++) {
          if (e[l].value === n) {
            ((e[l].selected = !0), r && (e[l].defaultSelected = !0));
            return;
          }
          null !== t || e[l].disabled || (t = e[l]);
        }
        null !== t && (t.selected = !0);
      }
    }
    function tE(e, t, n) {
      if (null != t && ((t = "" + tp(t)) !== e.value && (e.value = t), null == n)) {
        e.defaultValue !== t && (e.defaultValue = t);
        return;
      }
      e.defaultValue = null != n ? "" + tp(n) : "";
    }
    function tx(e, t, n, r) {
      if (null == t) {
        if (null != r) {
          if (null != n) throw Error(u(92));
          if (q(r)) {
            if (1 < r.length) throw Error(u(93));
            r = r[0];
          }
          n = r;
        }
        (null == n && (n = ""), (t = n));
      }
      ((e.defaultValue = n = tp(t)),
        (r = e.textContent) === n && "" !== r && null !== r && (e.value = r),
        th(e));
    }
    function t_(e, t) {
      if (t) {
        var n = e.firstChild;
        if (n && n === e.lastChild && 3 === n.nodeType) {
          n.nodeValue = t;
          return;
        }
      }
      e.textContent = t;
    }
    var tN = new Set(
      "animationIterationCount aspectRatio borderImageOutset borderImageSlice borderImageWidth boxFlex boxFlexGroup boxOrdinalGroup columnCount columns flex flexGrow flexPositive flexShrink flexNegative flexOrder gridArea gridRow gridRowEnd gridRowSpan gridRowStart gridColumn gridColumnEnd gridColumnSpan gridColumnStart fontWeight lineClamp lineHeight opacity order orphans scale tabSize widows zIndex zoom fillOpacity floodOpacity stopOpacity strokeDasharray strokeDashoffset strokeMiterlimit strokeOpacity strokeWidth MozAnimationIterationCount MozBoxFlex MozBoxFlexGroup MozLineClamp msAnimationIterationCount msFlex msZoom msFlexGrow msFlexNegative msFlexOrder msFlexPositive msFlexShrink msGridColumn msGridColumnSpan msGridRow msGridRowSpan WebkitAnimationIterationCount WebkitBoxFlex WebKitBoxFlexGroup WebkitBoxOrdinalGroup WebkitColumnCount WebkitColumns WebkitFlex WebkitFlexGrow WebkitFlexPositive WebkitFlexShrink WebkitLineClamp".split(
        " ",
      ),
    );
    function tP(e, t, n) {
      var r = 0 === t.indexOf("--");
      null == n || "boolean" == typeof n || "" === n
        ? r
          ? e.setProperty(t, "")
          : "float" === t
            ? (e.cssFloat = "")
            : (e[t] = "")
        : r
          ? e.setProperty(t, n)
          : "number" != typeof n || 0 === n || tN.has(t)
            ? "float" === t
              ? (e.cssFloat = n)
              : (e[t] = ("" + n).trim())
            : (e[t] = n + "px");
    }
    function tC(e, t, n) {
      if (null != t && "object" != typeof t) throw Error(u(62));
      if (((e = e.style), null != n)) {
        for (var r in n)
          !n.hasOwnProperty(r) ||
            (null != t && t.hasOwnProperty(r)) ||
            (0 === r.indexOf("--")
              ? e.setProperty(r, "")
              : "float" === r
                ? (e.cssFloat = "")
                : (e[r] = ""),
            (tu = !0));
        for (var l in t)
          ((r = t[l]), t.hasOwnProperty(l) && n[l] !== r && (tP(e, l, r), (tu = !0)));
      } else for (var a in t) t.hasOwnProperty(a) && tP(e, a, t[a]);
    }
    function tT(e) {
      if (-1 === e.indexOf("-")) return !1;
      switch (e) {
        case "annotation-xml":
        case "color-profile":
        case "font-face":
        case "font-face-src":
        case "font-face-uri":
        case "font-face-format":
        case "font-face-name":
        case "missing-glyph":
          return !1;
        default:
          return !0;
      }
    }
    var tz = new Map([
        ["acceptCharset", "accept-charset"],
        ["htmlFor", "for"],
        ["httpEquiv", "http-equiv"],
        ["crossOrigin", "crossorigin"],
        ["accentHeight", "accent-height"],
        ["alignmentBaseline", "alignment-baseline"],
        ["arabicForm", "arabic-form"],
        ["baselineShift", "baseline-shift"],
        ["capHeight", "cap-height"],
        ["clipPath", "clip-path"],
        ["clipRule", "clip-rule"],
        ["colorInterpolation", "color-interpolation"],
        ["colorInterpolationFilters", "color-interpolation-filters"],
        ["colorProfile", "color-profile"],
        ["colorRendering", "color-rendering"],
        ["dominantBaseline", "dominant-baseline"],
        ["enableBackground", "enable-background"],
        ["fillOpacity", "fill-opacity"],
        ["fillRule", "fill-rule"],
        ["floodColor", "flood-color"],
        ["floodOpacity", "flood-opacity"],
        ["fontFamily", "font-family"],
        ["fontSize", "font-size"],
        ["fontSizeAdjust", "font-size-adjust"],
        ["fontStretch", "font-stretch"],
        ["fontStyle", "font-style"],
        ["fontVariant", "font-variant"],
        ["fontWeight", "font-weight"],
        ["glyphName", "glyph-name"],
        ["glyphOrientationHorizontal", "glyph-orientation-horizontal"],
        ["glyphOrientationVertical", "glyph-orientation-vertical"],
        ["horizAdvX", "horiz-adv-x"],
        ["horizOriginX", "horiz-origin-x"],
        ["imageRendering", "image-rendering"],
        ["letterSpacing", "letter-spacing"],
        ["lightingColor", "lighting-color"],
        ["markerEnd", "marker-end"],
        ["markerMid", "marker-mid"],
        ["markerStart", "marker-start"],
        ["maskType", "mask-type"],
        ["overlinePosition", "overline-position"],
        ["overlineThickness", "overline-thickness"],
        ["paintOrder", "paint-order"],
        ["panose-1", "panose-1"],
        ["pointerEvents", "pointer-events"],
        ["renderingIntent", "rendering-intent"],
        ["shapeRendering", "shape-rendering"],
        ["stopColor", "stop-color"],
        ["stopOpacity", "stop-opacity"],
        ["strikethroughPosition", "strikethrough-position"],
        ["strikethroughThickness", "strikethrough-thickness"],
        ["strokeDasharray", "stroke-dasharray"],
        ["strokeDashoffset", "stroke-dashoffset"],
        ["strokeLinecap", "stroke-linecap"],
        ["strokeLinejoin", "stroke-linejoin"],
        ["strokeMiterlimit", "stroke-miterlimit"],
        ["strokeOpacity", "stroke-opacity"],
        ["strokeWidth", "stroke-width"],
        ["textAnchor", "text-anchor"],
        ["textDecoration", "text-decoration"],
        ["textRendering", "text-rendering"],
        ["transformOrigin", "transform-origin"],
        ["underlinePosition", "underline-position"],
        ["underlineThickness", "underline-thickness"],
        ["unicodeBidi", "unicode-bidi"],
        ["unicodeRange", "unicode-range"],
        ["unitsPerEm", "units-per-em"],
        ["vAlphabetic", "v-alphabetic"],
        ["vHanging", "v-hanging"],
        ["vIdeographic", "v-ideographic"],
        ["vMathematical", "v-mathematical"],
        ["vectorEffect", "vector-effect"],
        ["vertAdvY", "vert-adv-y"],
        ["vertOriginX", "vert-origin-x"],
        ["vertOriginY", "vert-origin-y"],
        ["wordSpacing", "word-spacing"],
        ["writingMode", "writing-mode"],
        ["xmlnsXlink", "xmlns:xlink"],
        ["xHeight", "x-height"],
      ]),
      tO =
        /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
    function tL(e) {
      return tO.test("" + e)
        ? "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')"
        : e;
    }
    function tM() {}
    var tR = null;
    function tI(e) {
      return (
        (e = e.target || e.srcElement || window).correspondingUseElement &&
          (e = e.correspondingUseElement),
        3 === e.nodeType ? e.parentNode : e
      );
    }
    var tF = null,
      tD = null;
    function tA(e) {
      var t = e5(e);
      if (t && (e = t.stateNode)) {
        var n = e[eX] || null;
        switch (((e = t.stateNode), t.type)) {
          case "input":
            if (
              (tb(
                e,
                n.value,
                n.defaultValue,
                n.defaultValue,
                n.checked,
                n.defaultChecked,
                n.type,
                n.name,
              ),
              (t = n.name),
              "radio" === n.type && null != t)
            ) {
              for (n = e; n.parentNode;) n = n.parentNode;
              for (
                n = n.querySelectorAll('input[name="' + ty("" + t) + '"][type="radio"]'), t = 0;
                t < n.length;
                t++
              ) {
                var r = n[t];
                if (r !== e && r.form === e.form) {
                  var l = r[eX] || null;
                  if (!l) throw Error(u(90));
                  tb(
                    r,
                    l.value,
                    l.defaultValue,
                    l.defaultValue,
                    l.checked,
                    l.defaultChecked,
                    l.type,
                    l.name,
                  );
                }
              }
              for (t = 0; t < n.length; t++) (r = n[t]).form === e.form && tg(r);
            }
            break;
          case "textarea":
            tE(e, n.value, n.defaultValue);
            break;
          case "select":
            null != (t = n.value) && tS(e, !!n.multiple, t, !1);
        }
      }
    }
    var tj = !1;
    function tU(e, t, n) {
      if (tj) return e(t, n);
      tj = !0;
      try {
        return e(t);
      } finally {
        if (
          ((tj = !1),
          (null !== tF || null !== tD) &&
            (sf(), tF && ((t = tF), (e = tD), (tD = tF = null), tA(t), e)))
        )
          for (t = 0; t < e.length; t++) tA(e[t]);
      }
    }
    function tB(e, t) {
      var n = e.stateNode;
      if (null === n) return null;
      var r = n[eX] || null;
      if (null === r) return null;
      switch (((n = r[t]), t)) {
        case "onClick":
        case "onClickCapture":
        case "onDoubleClick":
        case "onDoubleClickCapture":
        case "onMouseDown":
        case "onMouseDownCapture":
        case "onMouseMove":
        case "onMouseMoveCapture":
        case "onMouseUp":
        case "onMouseUpCapture":
        case "onMouseEnter":
          ((r = !r.disabled) ||
            (r = "button" !== (e = e.type) && "input" !== e && "select" !== e && "textarea" !== e),
            (e = !r));
          break;
        default:
          e = !1;
      }
      if (e) return null;
      if (n && "function" != typeof n) throw Error(u(231, t, typeof n));
      return n;
    }
    var tV =
        "u" > typeof window &&
        void 0 !== window.document &&
        void 0 !== window.document.createElement,
      tH = !1;
    if (tV)
      try {
        var t$ = {};
        (Object.defineProperty(t$, "passive", {
          get: function () {
            tH = !0;
          },
        }),
          window.addEventListener("test", t$, t$),
          window.removeEventListener("test", t$, t$));
      } catch (e) {
        tH = !1;
      }
    var tQ = null,
      tW = null,
      tq = null;
    function tK() {
      if (tq) return tq;
      var e,
        t,
        n = tW,
        r = n.length,
        l = "value" in tQ ? tQ.value : tQ.textContent,
        a = l.length;
      for (e = 0; e < r && n[e] === l[e]; e++);
      var o = r - e;
      for (t = 1; t <= o && n[r - t] === l[a - t]; t++);
      return (tq = l.slice(e, 1 < t ? 1 - t : void 0));
    }
    function tY(e) {
      var t = e.keyCode;
      return (
        "charCode" in e ? 0 === (e = e.charCode) && 13 === t && (e = 13) : (e = t),
        10 === e && (e = 13),
        32 <= e || 13 === e ? e : 0
      );
    }
    function tX() {
      return !0;
    }
    function tG() {
      return !1;
    }
    function tJ(e) {
      function t(t, n, r, l, a) {
        for (var o in ((this._reactName = t),
        (this._targetInst = r),
        (this.type = n),
        (this.nativeEvent = l),
        (this.target = a),
        (this.currentTarget = null),
        e))
          e.hasOwnProperty(o) && ((t = e[o]), (this[o] = t ? t(l) : l[o]));
        return (
          (this.isDefaultPrevented = (
            null != l.defaultPrevented ? l.defaultPrevented : !1 === l.returnValue
          )
            ? tX
            : tG),
          (this.isPropagationStopped = tG),
          this
        );
      }
      return (
        _(t.prototype, {
          preventDefault: function () {
            this.defaultPrevented = !0;
            var e = this.nativeEvent;
            e &&
              (e.preventDefault
                ? e.preventDefault()
                : "unknown" != typeof e.returnValue && (e.returnValue = !1),
              (this.isDefaultPrevented = tX));
          },
          stopPropagation: function () {
            var e = this.nativeEvent;
            e &&
              (e.stopPropagation
                ? e.stopPropagation()
                : "unknown" != typeof e.cancelBubble && (e.cancelBubble = !0),
              (this.isPropagationStopped = tX));
          },
          persist: function () {},
          isPersistent: tX,
        }),
        t
      );
    }
    var tZ,
      t0,
      t1,
      t2,
      t3,
      t4 = {
        eventPhase: 0,
        bubbles: 0,
        cancelable: 0,
        timeStamp: function (e) {
          return e.timeStamp || Date.now();
        },
        defaultPrevented: 0,
        isTrusted: 0,
      },
      t6 = tJ(t4),
      t5 = _({}, t4, { view: 0, detail: 0 }),
      t8 = tJ(t5),
      t7 = _({}, t5, {
        screenX: 0,
        screenY: 0,
        clientX: 0,
        clientY: 0,
        pageX: 0,
        pageY: 0,
        ctrlKey: 0,
        shiftKey: 0,
        altKey: 0,
        metaKey: 0,
        getModifierState: ns,
        button: 0,
        buttons: 0,
        relatedTarget: function (e) {
          return void 0 === e.relatedTarget
            ? e.fromElement === e.srcElement
              ? e.toElement
              : e.fromElement
            : e.relatedTarget;
        },
        movementX: function (e) {
          return "movementX" in e
            ? e.movementX
            : (e !== t3 &&
                (t3 && "mousemove" === e.type
                  ? ((t1 = e.screenX - t3.screenX), (t2 = e.screenY - t3.screenY))
                  : (t2 = t1 = 0),
                (t3 = e)),
              t1);
        },
        movementY: function (e) {
          return "movementY" in e ? e.movementY : t2;
        },
      }),
      t9 = tJ(t7),
      ne = tJ(_({}, t7, { dataTransfer: 0 })),
      nt = tJ(_({}, t5, { relatedTarget: 0 })),
      nn = tJ(_({}, t4, { animationName: 0, elapsedTime: 0, pseudoElement: 0 })),
      nr = tJ(
        _({}, t4, {
          clipboardData: function (e) {
            return "clipboardData" in e ? e.clipboardData : window.clipboardData;
          },
        }),
      ),
      nl = tJ(_({}, t4, { data: 0 })),
      na = {
        Esc: "Escape",
        Spacebar: " ",
        Left: "ArrowLeft",
        Up: "ArrowUp",
        Right: "ArrowRight",
        Down: "ArrowDown",
        Del: "Delete",
        Win: "OS",
        Menu: "ContextMenu",
        Apps: "ContextMenu",
        Scroll: "ScrollLock",
        MozPrintableKey: "Unidentified",
      },
      no = {
        8: "Backspace",
        9: "Tab",
        12: "Clear",
        13: "Enter",
        16: "Shift",
        17: "Control",
        18: "Alt",
        19: "Pause",
        20: "CapsLock",
        27: "Escape",
        32: " ",
        33: "PageUp",
        34: "PageDown",
        35: "End",
        36: "Home",
        37: "ArrowLeft",
        38: "ArrowUp",
        39: "ArrowRight",
        40: "ArrowDown",
        45: "Insert",
        46: "Delete",
        112: "F1",
        113: "F2",
        114: "F3",
        115: "F4",
        116: "F5",
        117: "F6",
        118: "F7",
        119: "F8",
        120: "F9",
        121: "F10",
        122: "F11",
        123: "F12",
        144: "NumLock",
        145: "ScrollLock",
        224: "Meta",
      },
      ni = { Alt: "altKey", Control: "ctrlKey", Meta: "metaKey", Shift: "shiftKey" };
    function nu(e) {
      var t = this.nativeEvent;
      return t.getModifierState ? t.getModifierState(e) : !!(e = ni[e]) && !!t[e];
    }
    function ns() {
      return nu;
    }
    var nc = tJ(
        _({}, t5, {
          key: function (e) {
            if (e.key) {
              var t = na[e.key] || e.key;
              if ("Unidentified" !== t) return t;
            }
            return "keypress" === e.type
              ? 13 === (e = tY(e))
                ? "Enter"
                : String.fromCharCode(e)
              : "keydown" === e.type || "keyup" === e.type
                ? no[e.keyCode] || "Unidentified"
                : "";
          },
          code: 0,
          location: 0,
          ctrlKey: 0,
          shiftKey: 0,
          altKey: 0,
          metaKey: 0,
          repeat: 0,
          locale: 0,
          getModifierState: ns,
          charCode: function (e) {
            return "keypress" === e.type ? tY(e) : 0;
          },
          keyCode: function (e) {
            return "keydown" === e.type || "keyup" === e.type ? e.keyCode : 0;
          },
          which: function (e) {
            return "keypress" === e.type
              ? tY(e)
              : "keydown" === e.type || "keyup" === e.type
                ? e.keyCode
                : 0;
          },
        }),
      ),
      nf = tJ(
        _({}, t7, {
          pointerId: 0,
          width: 0,
          height: 0,
          pressure: 0,
          tangentialPressure: 0,
          tiltX: 0,
          tiltY: 0,
          twist: 0,
          pointerType: 0,
          isPrimary: 0,
        }),
      ),
      nd = tJ(_({}, t4, { submitter: 0 })),
      np = tJ(
        _({}, t5, {
          touches: 0,
          targetTouches: 0,
          changedTouches: 0,
          altKey: 0,
          metaKey: 0,
          ctrlKey: 0,
          shiftKey: 0,
          getModifierState: ns,
        }),
      ),
      nm = tJ(_({}, t4, { propertyName: 0, elapsedTime: 0, pseudoElement: 0 })),
      nh = tJ(
        _({}, t7, {
          deltaX: function (e) {
            return "deltaX" in e ? e.deltaX : "wheelDeltaX" in e ? -e.wheelDeltaX : 0;
          },
          deltaY: function (e) {
            return "deltaY" in e
              ? e.deltaY
              : "wheelDeltaY" in e
                ? -e.wheelDeltaY
                : "wheelDelta" in e
                  ? -e.wheelDelta
                  : 0;
          },
          deltaZ: 0,
          deltaMode: 0,
        }),
      ),
      ng = tJ(_({}, t4, { newState: 0, oldState: 0, source: 0 })),
      nv = [9, 13, 27, 32],
      ny = tV && "CompositionEvent" in window,
      nb = null;
    tV && "documentMode" in document && (nb = document.documentMode);
    var nw = tV && "TextEvent" in window && !nb,
      nk = tV && (!ny || (nb && 8 < nb && 11 >= nb)),
      nS = !1;
    function nE(e, t) {
      switch (e) {
        case "keyup":
          return -1 !== nv.indexOf(t.keyCode);
        case "keydown":
          return 229 !== t.keyCode;
        case "keypress":
        case "mousedown":
        case "focusout":
          return !0;
        default:
          return !1;
      }
    }
    function nx(e) {
      return "object" == typeof (e = e.detail) && "data" in e ? e.data : null;
    }
    var n_ = !1,
      nN = {
        color: !0,
        date: !0,
        datetime: !0,
        "datetime-local": !0,
        email: !0,
        month: !0,
        number: !0,
        password: !0,
        range: !0,
        search: !0,
        tel: !0,
        text: !0,
        time: !0,
        url: !0,
        week: !0,
      };
    function nP(e) {
      var t = e && e.nodeName && e.nodeName.toLowerCase();
      return "input" === t ? !!nN[e.type] : "textarea" === t;
    }
    function nC(e, t, n, r) {
      (tF ? (tD ? tD.push(r) : (tD = [r])) : (tF = r),
        0 < (t = cl(t, "onChange")).length &&
          ((n = new t6("onChange", "change", null, n, r)), e.push({ event: n, listeners: t })));
    }
    var nT = null,
      nz = null;
    function nO(e) {
      s5(e, 0);
    }
    function nL(e) {
      if (tg(e8(e))) return e;
    }
    function nM(e, t) {
      if ("change" === e) return t;
    }
    var nR = !1;
    if (tV) {
      if (tV) {
        var nI = "oninput" in document;
        if (!nI) {
          var nF = document.createElement("div");
          (nF.setAttribute("oninput", "return;"), (nI = "function" == typeof nF.oninput));
        }
        r = nI;
      } else r = !1;
      nR = r && (!document.documentMode || 9 < document.documentMode);
    }
    function nD() {
      nT && (nT.detachEvent("onpropertychange", nA), (nz = nT = null));
    }
    function nA(e) {
      if ("value" === e.propertyName && nL(nz)) {
        var t = [];
        (nC(t, nz, e, tI(e)), tU(nO, t));
      }
    }
    function nj(e, t, n) {
      "focusin" === e
        ? (nD(), (nT = t), (nz = n), nT.attachEvent("onpropertychange", nA))
        : "focusout" === e && nD();
    }
    function nU(e) {
      if ("selectionchange" === e || "keyup" === e || "keydown" === e) return nL(nz);
    }
    function nB(e, t) {
      if ("click" === e) return nL(t);
    }
    function nV(e, t) {
      if ("input" === e || "change" === e) return nL(t);
    }
    var nH =
      "function" == typeof Object.is
        ? Object.is
        : function (e, t) {
            return (e === t && (0 !== e || 1 / e == 1 / t)) || (e != e && t != t);
          };
    function n$(e, t) {
      if (nH(e, t)) return !0;
      if ("object" != typeof e || null === e || "object" != typeof t || null === t) return !1;
      var n = Object.keys(e),
        r = Object.keys(t);
      if (n.length !== r.length) return !1;
      for (r = 0; r < n.length; r++) {
        var l = n[r];
        if (!em.call(t, l) || !nH(e[l], t[l])) return !1;
      }
      return !0;
    }
    function nQ(e) {
      if (void 0 === (e = e || ("u" > typeof document ? document : void 0))) return null;
      try {
        return e.activeElement || e.body;
      } catch (t) {
        return e.body;
      }
    }
    function nW(e) {
      for (; e && e.firstChild;) e = e.firstChild;
      return e;
    }
    function nq(e, t) {
      var n,
        r = nW(e);
      for (e = 0; r;) {
        if (3 === r.nodeType) {
          if (((n = e + r.textContent.length), e <= t && n >= t)) return { node: r, offset: t - e };
          e = n;
        }
        e: {
          for (; r;) {
            if (r.nextSibling) {
              r = r.nextSibling;
              break e;
            }
            r = r.parentNode;
          }
          r = void 0;
        }
        r = nW(r);
      }
    }
    function nK(e) {
      e =
        null != e && null != e.ownerDocument && null != e.ownerDocument.defaultView
          ? e.ownerDocument.defaultView
          : window;
      for (var t = nQ(e.document); t instanceof e.HTMLIFrameElement;) {
        try {
          var n = "string" == typeof t.contentWindow.location.href;
        } catch (e) {
          n = !1;
        }
        if (n) e = t.contentWindow;
        else break;
        t = nQ(e.document);
      }
      return t;
    }
    function nY(e) {
      var t = e && e.nodeName && e.nodeName.toLowerCase();
      return (
        t &&
        (("input" === t &&
          ("text" === e.type ||
            "search" === e.type ||
            "tel" === e.type ||
            "url" === e.type ||
            "password" === e.type)) ||
          "textarea" === t ||
          "true" === e.contentEditable)
      );
    }
    var nX = tV && "documentMode" in document && 11 >= document.documentMode,
      nG = null,
      nJ = null,
      nZ = null,
      n0 = !1;
    function n1(e, t, n) {
      var r = n.window === n ? n.document : 9 === n.nodeType ? n : n.ownerDocument;
      n0 ||
        null == nG ||
        nG !== nQ(r) ||
        ((r =
          "selectionStart" in (r = nG) && nY(r)
            ? { start: r.selectionStart, end: r.selectionEnd }
            : {
                anchorNode: (r = (
                  (r.ownerDocument && r.ownerDocument.defaultView) ||
                  window
                ).getSelection()).anchorNode,
                anchorOffset: r.anchorOffset,
                focusNode: r.focusNode,
                focusOffset: r.focusOffset,
              }),
        (nZ && n$(nZ, r)) ||
          ((nZ = r),
          0 < (r = cl(nJ, "onSelect")).length &&
            ((t = new t6("onSelect", "select", null, t, n)),
            e.push({ event: t, listeners: r }),
            (t.target = nG))));
    }
    function n2(e, t) {
      var n = {};
      return (
        (n[e.toLowerCase()] = t.toLowerCase()),
        (n["Webkit" + e] = "webkit" + t),
        (n["Moz" + e] = "moz" + t),
        n
      );
    }
    var n3 = {
        animationcancel: n2("Animation", "AnimationCancel"),
        animationend: n2("Animation", "AnimationEnd"),
        animationiteration: n2("Animation", "AnimationIteration"),
        animationstart: n2("Animation", "AnimationStart"),
        transitionrun: n2("Transition", "TransitionRun"),
        transitionstart: n2("Transition", "TransitionStart"),
        transitioncancel: n2("Transition", "TransitionCancel"),
        transitionend: n2("Transition", "TransitionEnd"),
      },
      n4 = {},
      n6 = {};
    function n5(e) {
      if (n4[e]) return n4[e];
      if (!n3[e]) return e;
      var t,
        n = n3[e];
      for (t in n) if (n.hasOwnProperty(t) && t in n6) return (n4[e] = n[t]);
      return e;
    }
    tV &&
      ((n6 = document.createElement("div").style),
      "AnimationEvent" in window ||
        (delete n3.animationcancel.animation,
        delete n3.animationend.animation,
        delete n3.animationiteration.animation,
        delete n3.animationstart.animation),
      "TransitionEvent" in window || delete n3.transitionend.transition);
    var n8 = n5("animationcancel"),
      n7 = n5("animationend"),
      n9 = n5("animationiteration"),
      re = n5("animationstart"),
      rt = n5("transitionrun"),
      rn = n5("transitionstart"),
      rr = n5("transitioncancel"),
      rl = n5("transitionend"),
      ra = new Map(),
      ro =
        "abort auxClick beforeToggle cancel canPlay canPlayThrough click close contextMenu copy cut drag dragEnd dragEnter dragExit dragLeave dragOver dragStart drop durationChange emptied encrypted ended error fullscreenChange fullscreenError gotPointerCapture input invalid keyDown keyPress keyUp load loadedData loadedMetadata loadStart lostPointerCapture mouseDown mouseMove mouseOut mouseOver mouseUp paste pause play playing pointerCancel pointerDown pointerMove pointerOut pointerOver pointerUp progress rateChange reset resize seeked seeking stalled submit suspend timeUpdate touchCancel touchEnd touchStart volumeChange scroll toggle touchMove waiting wheel".split(
          " ",
        );
    function ri(e, t) {
      (ra.set(e, t), tr(t, [e]));
    }
    ro.push("scrollEnd");
    var ru = 0;
    function rs(e, t) {
      return null != e.name && "auto" !== e.name
        ? e.name
        : null !== t.autoName
          ? t.autoName
          : (t.autoName = e = "_" + (e = u3.identifierPrefix) + "t_" + (ru++).toString(32) + "_");
    }
    function rc(e) {
      if (null == e || "string" == typeof e) return e;
      var t = null,
        n = st;
      if (null !== n)
        for (var r = 0; r < n.length; r++) {
          var l = e[n[r]];
          if (null != l) {
            if ("none" === l) return "none";
            t = null == t ? l : t + " " + l;
          }
        }
      return null == t ? e.default : t;
    }
    function rf(e, t) {
      return (
        (e = rc(e)),
        null == (t = rc(t)) ? ("auto" === e ? null : e) : "auto" === t ? null : t
      );
    }
    var rd =
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
              } else if ("object" == typeof l.default && "function" == typeof l.default.emit)
                return void l.default.emit("uncaughtException", e);
              console.error(e);
            },
      rp = [],
      rm = 0,
      rh = 0;
    function rg() {
      for (var e = rm, t = (rh = rm = 0); t < e;) {
        var n = rp[t];
        rp[t++] = null;
        var r = rp[t];
        rp[t++] = null;
        var l = rp[t];
        rp[t++] = null;
        var a = rp[t];
        if (((rp[t++] = null), null !== r && null !== l)) {
          var o = r.pending;
          (null === o ? (l.next = l) : ((l.next = o.next), (o.next = l)), (r.pending = l));
        }
        0 !== a && rw(n, l, a);
      }
    }
    function rv(e, t, n, r) {
      ((rp[rm++] = e),
        (rp[rm++] = t),
        (rp[rm++] = n),
        (rp[rm++] = r),
        (rh |= r),
        (e.lanes |= r),
        null !== (e = e.alternate) && (e.lanes |= r));
    }
    function ry(e, t, n, r) {
      return (rv(e, t, n, r), rk(e));
    }
    function rb(e, t) {
      return (rv(e, null, null, t), rk(e));
    }
    function rw(e, t, n) {
      e.lanes |= n;
      var r = e.alternate;
      null !== r && (r.lanes |= n);
      for (var l = !1, a = e.return; null !== a;)
        ((a.childLanes |= n),
          null !== (r = a.alternate) && (r.childLanes |= n),
          22 === a.tag && (null === (e = a.stateNode) || 1 & e._visibility || (l = !0)),
          (e = a),
          (a = a.return));
      return 3 === e.tag
        ? ((a = e.stateNode),
          l &&
            null !== t &&
            ((l = 31 - eC(n)),
            null === (r = (e = a.hiddenUpdates)[l]) ? (e[l] = [t]) : r.push(t),
            (t.lane = 0x20000000 | n)),
          a)
        : null;
    }
    function rk(e) {
      if (50 < sn) throw ((sn = 0), (sr = null), Error(u(185)));
      for (var t = e.return; null !== t;) t = (e = t).return;
      return 3 === e.tag ? e.stateNode : null;
    }
    var rS = {};
    function rE(e, t, n, r) {
      ((this.tag = e),
        (this.key = n),
        (this.sibling =
          this.child =
          this.return =
          this.stateNode =
          this.type =
          this.elementType =
            null),
        (this.index = 0),
        (this.refCleanup = this.ref = null),
        (this.pendingProps = t),
        (this.dependencies = this.memoizedState = this.updateQueue = this.memoizedProps = null),
        (this.mode = r),
        (this.subtreeFlags = this.flags = 0),
        (this.deletions = null),
        (this.childLanes = this.lanes = 0),
        (this.alternate = null));
    }
    function rx(e, t, n, r) {
      return new rE(e, t, n, r);
    }
    function r_(e) {
      return !(!(e = e.prototype) || !e.isReactComponent);
    }
    function rN(e, t) {
      var n = e.alternate;
      return (
        null === n
          ? (((n = rx(e.tag, t, e.key, e.mode)).elementType = e.elementType),
            (n.type = e.type),
            (n.stateNode = e.stateNode),
            (n.alternate = e),
            (e.alternate = n))
          : ((n.pendingProps = t),
            (n.type = e.type),
            (n.flags = 0),
            (n.subtreeFlags = 0),
            (n.deletions = null)),
        (n.flags = 0x47f00000 & e.flags),
        (n.childLanes = e.childLanes),
        (n.lanes = e.lanes),
        (n.child = e.child),
        (n.memoizedProps = e.memoizedProps),
        (n.memoizedState = e.memoizedState),
        (n.updateQueue = e.updateQueue),
        (t = e.dependencies),
        (n.dependencies = null === t ? null : { lanes: t.lanes, firstContext: t.firstContext }),
        (n.sibling = e.sibling),
        (n.index = e.index),
        (n.ref = e.ref),
        (n.refCleanup = e.refCleanup),
        n
      );
    }
    function rP(e, t) {
      e.flags &= 0x47f00002;
      var n = e.alternate;
      return (
        null === n
          ? ((e.childLanes = 0),
            (e.lanes = t),
            (e.child = null),
            (e.subtreeFlags = 0),
            (e.memoizedProps = null),
            (e.memoizedState = null),
            (e.updateQueue = null),
            (e.dependencies = null),
            (e.stateNode = null))
          : ((e.childLanes = n.childLanes),
            (e.lanes = n.lanes),
            (e.child = n.child),
            (e.subtreeFlags = 0),
            (e.deletions = null),
            (e.memoizedProps = n.memoizedProps),
            (e.memoizedState = n.memoizedState),
            (e.updateQueue = n.updateQueue),
            (e.type = n.type),
            (e.dependencies =
              null === (t = n.dependencies)
                ? null
                : { lanes: t.lanes, firstContext: t.firstContext })),
        e
      );
    }
    function rC(e, t, n, r, l, a) {
      var o = 0;
      if ("function" == typeof (r = e)) r_(r) && (o = 1);
      else if ("string" == typeof r)
        o = !(function (e, t, n) {
          if (1 === n || null != t.itemProp) return !1;
          switch (e) {
            case "meta":
            case "title":
              return !0;
            case "style":
              if ("string" != typeof t.precedence || "string" != typeof t.href || "" === t.href)
                break;
              return !0;
            case "link":
              if (
                "string" != typeof t.rel ||
                "string" != typeof t.href ||
                "" === t.href ||
                t.onLoad ||
                t.onError
              )
                break;
              if ("stylesheet" === t.rel)
                return ((e = t.disabled), "string" == typeof t.precedence && null == e);
              return !0;
            case "script":
              if (
                t.async &&
                "function" != typeof t.async &&
                "symbol" != typeof t.async &&
                !t.onLoad &&
                !t.onError &&
                t.src &&
                "string" == typeof t.src
              )
                return !0;
          }
          return !1;
        })(e, n, en.current)
          ? "html" === e || "head" === e || "body" === e
            ? 27
            : 5
          : 26;
      else
        e: switch (r) {
          case j:
            return (((e = rx(31, n, t, l)).elementType = j), (e.lanes = a), e);
          case T:
            return rT(n.children, l, a, t);
          case z:
            ((o = 8), (l |= 24));
            break;
          case O:
            return (((e = rx(12, n, t, 2 | l)).elementType = O), (e.lanes = a), e);
          case I:
            return (((e = rx(13, n, t, l)).elementType = I), (e.lanes = a), e);
          case F:
            return (((e = rx(19, n, t, l)).elementType = F), (e.lanes = a), e);
          case U:
          case V:
            return (
              ((e = rx(30, n, t, (e = 32 | l))).elementType = V),
              (e.lanes = a),
              (e.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
              e
            );
          default:
            if ("object" == typeof r && null !== r)
              switch (r.$$typeof) {
                case M:
                  o = 10;
                  break e;
                case L:
                  o = 9;
                  break e;
                case R:
                  o = 11;
                  break e;
                case D:
                  o = 14;
                  break e;
                case A:
                  ((o = 16), (r = null));
                  break e;
              }
            ((o = 29), (n = Error(u(130, null === e ? "null" : typeof e, ""))), (r = null));
        }
      return (((t = rx(o, n, t, l)).elementType = e), (t.type = r), (t.lanes = a), t);
    }
    function rT(e, t, n, r) {
      return (((e = rx(7, e, r, t)).lanes = n), e);
    }
    function rz(e, t, n) {
      return (((e = rx(6, e, null, t)).lanes = n), e);
    }
    function rO(e) {
      var t = rx(18, null, null, 0);
      return ((t.stateNode = e), t);
    }
    function rL(e, t, n) {
      return (
        ((t = rx(4, null !== e.children ? e.children : [], e.key, t)).lanes = n),
        (t.stateNode = {
          containerInfo: e.containerInfo,
          pendingChildren: null,
          implementation: e.implementation,
        }),
        t
      );
    }
    var rM = new WeakMap();
    function rR(e, t) {
      if ("object" == typeof e && null !== e) {
        var n = rM.get(e);
        return void 0 !== n ? n : ((t = { value: e, source: t, stack: ep(t) }), rM.set(e, t), t);
      }
      return { value: e, source: t, stack: ep(t) };
    }
    var rI = [],
      rF = 0,
      rD = null,
      rA = 0,
      rj = [],
      rU = 0,
      rB = null,
      rV = 1,
      rH = "";
    function r$(e, t) {
      ((rI[rF++] = rA), (rI[rF++] = rD), (rD = e), (rA = t));
    }
    function rQ(e, t, n) {
      ((rj[rU++] = rV), (rj[rU++] = rH), (rj[rU++] = rB), (rB = e));
      var r = rV;
      e = rH;
      var l = 32 - eC(r) - 1;
      ((r &= ~(1 << l)), (n += 1));
      var a = 32 - eC(t) + l;
      if (30 < a) {
        var o = l - (l % 5);
        ((a = (r & ((1 << o) - 1)).toString(32)),
          (r >>= o),
          (l -= o),
          (rV = (1 << (32 - eC(t) + l)) | (n << l) | r),
          (rH = a + e));
      } else ((rV = (1 << a) | (n << l) | r), (rH = e));
    }
    function rW(e) {
      null !== e.return && (r$(e, 1), rQ(e, 1, 0));
    }
    function rq(e) {
      for (; e === rD;) ((rD = rI[--rF]), (rI[rF] = null), (rA = rI[--rF]), (rI[rF] = null));
      for (; e === rB;)
        ((rB = rj[--rU]),
          (rj[rU] = null),
          (rH = rj[--rU]),
          (rj[rU] = null),
          (rV = rj[--rU]),
          (rj[rU] = null));
    }
    function rK(e, t) {
      ((rj[rU++] = rV), (rj[rU++] = rH), (rj[rU++] = rB), (rV = t.id), (rH = t.overflow), (rB = e));
    }
    var rY = null,
      rX = null,
      rG = !1,
      rJ = null,
      rZ = !1,
      r0 = Error(u(519));
    function r1(e) {
      var t = Error(
        u(
          418,
          1 < arguments.length && void 0 !== arguments[1] && arguments[1] ? "text" : "HTML",
          "",
        ),
      );
      throw (r8(rR(t, e)), r0);
    }
    function r2(e) {
      var t = e.stateNode,
        n = e.type,
        r = e.memoizedProps;
      switch (((t[eY] = e), (t[eX] = r), n)) {
        case "dialog":
          (s8("cancel", t), s8("close", t));
          break;
        case "iframe":
        case "object":
        case "embed":
          s8("load", t);
          break;
        case "video":
        case "audio":
          for (n = 0; n < s4.length; n++) s8(s4[n], t);
          break;
        case "source":
          s8("error", t);
          break;
        case "img":
        case "image":
        case "link":
          (s8("error", t), s8("load", t));
          break;
        case "details":
          s8("toggle", t);
          break;
        case "input":
          (s8("invalid", t),
            tw(t, r.value, r.defaultValue, r.checked, r.defaultChecked, r.type, r.name, !0));
          break;
        case "select":
          s8("invalid", t);
          break;
        case "textarea":
          (s8("invalid", t), tx(t, r.value, r.defaultValue, r.children));
      }
      (("string" != typeof (n = r.children) && "number" != typeof n && "bigint" != typeof n) ||
      t.textContent === "" + n ||
      !0 === r.suppressHydrationWarning ||
      cc(t.textContent, n)
        ? (null != r.popover && (s8("beforetoggle", t), s8("toggle", t)),
          null != r.onScroll && s8("scroll", t),
          null != r.onScrollEnd && s8("scrollend", t),
          null != r.onClick && (t.onclick = tM),
          (t = !0))
        : (t = !1),
        t || r1(e, !0));
    }
    function r3(e) {
      for (rY = e.return; rY;)
        switch (rY.tag) {
          case 5:
          case 31:
          case 13:
            rZ = !1;
            return;
          case 27:
          case 3:
            rZ = !0;
            return;
          default:
            rY = rY.return;
        }
    }
    function r4(e) {
      if (e !== rY) return !1;
      if (!rG) return (r3(e), (rG = !0), !1);
      var t,
        n = e.tag;
      if (
        ((t = 3 !== n && 27 !== n) &&
          ((t = 5 === n) &&
            (t = "form" === (t = e.type) || "button" === t || cS(e.type, e.memoizedProps)),
          (t = !t)),
        t && rX && r1(e),
        r3(e),
        13 === n)
      ) {
        if (!(e = null !== (e = e.memoizedState) ? e.dehydrated : null)) throw Error(u(317));
        rX = ft(e);
      } else if (31 === n) {
        if (!(e = null !== (e = e.memoizedState) ? e.dehydrated : null)) throw Error(u(317));
        rX = ft(e);
      } else
        27 === n
          ? ((n = rX), cz(e.type) ? ((e = fe), (fe = null), (rX = e)) : (rX = n))
          : (rX = rY ? c9(e.stateNode.nextSibling) : null);
      return !0;
    }
    function r6() {
      ((rX = rY = null), (rG = !1));
    }
    function r5() {
      var e = rJ;
      return (null !== e && (null === uY ? (uY = e) : uY.push.apply(uY, e), (rJ = null)), e);
    }
    function r8(e) {
      null === rJ ? (rJ = [e]) : rJ.push(e);
    }
    var r7 = Z(null),
      r9 = null,
      le = null;
    function lt(e, t, n) {
      (et(r7, t._currentValue), (t._currentValue = n));
    }
    function ln(e) {
      ((e._currentValue = r7.current), ee(r7));
    }
    function lr(e, t, n) {
      for (; null !== e;) {
        var r = e.alternate;
        if (
          ((e.childLanes & t) !== t
            ? ((e.childLanes |= t), null !== r && (r.childLanes |= t))
            : null !== r && (r.childLanes & t) !== t && (r.childLanes |= t),
          e === n)
        )
          break;
        e = e.return;
      }
    }
    function ll(e, t, n, r) {
      var l = e.child;
      for (null !== l && (l.return = e); null !== l;) {
        var a = l.dependencies;
        if (null !== a) {
          var o = l.child;
          a = a.firstContext;
          e: for (; null !== a;) {
            var i = a;
            a = l;
            for (var s = 0; s < t.length; s++)
              if (i.context === t[s]) {
                ((a.lanes |= n),
                  null !== (i = a.alternate) && (i.lanes |= n),
                  lr(a.return, n, e),
                  r || (o = null));
                break e;
              }
            a = i.next;
          }
        } else if (18 === l.tag) {
          if (null === (o = l.return)) throw Error(u(341));
          ((o.lanes |= n), null !== (a = o.alternate) && (a.lanes |= n), lr(o, n, e), (o = null));
        } else
          13 === l.tag && null !== l.memoizedState && null === l.memoizedState.dehydrated
            ? ((l.lanes |= n),
              null !== (o = l.alternate) && (o.lanes |= n),
              lr(l.return, n, e),
              (o = null !== (o = l.child) ? o.sibling : null))
            : (o = l.child);
        if (null !== o) o.return = l;
        else
          for (o = l; null !== o;) {
            if (o === e) {
              o = null;
              break;
            }
            if (null !== (l = o.sibling)) {
              ((l.return = o.return), (o = l));
              break;
            }
            o = o.return;
          }
        l = o;
      }
    }
    function la(e, t, n, r) {
      e = null;
      for (var l = t, a = !1; null !== l;) {
        if (!a) {
          if (0 != (524288 & l.flags)) a = !0;
          else if (0 != (262144 & l.flags)) break;
        }
        if (10 === l.tag) {
          var o = l.alternate;
          if (null === o) throw Error(u(387));
          if (null !== (o = o.memoizedProps)) {
            var i = l.type;
            nH(l.pendingProps.value, o.value) || (null !== e ? e.push(i) : (e = [i]));
          }
        } else if (l === ea.current) {
          if (null === (o = l.alternate)) throw Error(u(387));
          o.memoizedState.memoizedState !== l.memoizedState.memoizedState &&
            (null !== e ? e.push(fF) : (e = [fF]));
        }
        l = l.return;
      }
      return (null !== e && ll(t, e, n, r), (t.flags |= 262144), null !== e);
    }
    function lo(e) {
      for (e = e.firstContext; null !== e;) {
        if (!nH(e.context._currentValue, e.memoizedValue)) return !0;
        e = e.next;
      }
      return !1;
    }
    function li(e) {
      ((r9 = e), (le = null), null !== (e = e.dependencies) && (e.firstContext = null));
    }
    function lu(e) {
      return lc(r9, e);
    }
    function ls(e, t) {
      return (null === r9 && li(e), lc(e, t));
    }
    function lc(e, t) {
      var n = t._currentValue;
      if (((t = { context: t, memoizedValue: n, next: null }), null === le)) {
        if (null === e) throw Error(u(308));
        ((le = t), (e.dependencies = { lanes: 0, firstContext: t }), (e.flags |= 524288));
      } else le = le.next = t;
      return n;
    }
    var lf =
        "u" > typeof AbortController
          ? AbortController
          : function () {
              var e = [],
                t = (this.signal = {
                  aborted: !1,
                  addEventListener: function (t, n) {
                    e.push(n);
                  },
                });
              this.abort = function () {
                ((t.aborted = !0),
                  e.forEach(function (e) {
                    return e();
                  }));
              };
            },
      ld = a.unstable_scheduleCallback,
      lp = a.unstable_NormalPriority,
      lm = {
        $$typeof: M,
        Consumer: null,
        Provider: null,
        _currentValue: null,
        _currentValue2: null,
        _threadCount: 0,
      };
    function lh() {
      return { controller: new lf(), data: new Map(), refCount: 0 };
    }
    function lg(e) {
      (e.refCount--,
        0 === e.refCount &&
          ld(lp, function () {
            e.controller.abort();
          }));
    }
    function lv(e, t) {
      if (0 != (4194048 & e.pendingLanes)) {
        var n = e.transitionTypes;
        for (null === n && (n = e.transitionTypes = []), e = 0; e < t.length; e++) {
          var r = t[e];
          -1 === n.indexOf(r) && n.push(r);
        }
      }
    }
    var ly = null,
      lb = null,
      lw = 0,
      lk = 0,
      lS = null;
    function lE() {
      if (0 == --lw && ((ly = null), null !== lb)) {
        null !== lS && (lS.status = "fulfilled");
        var e = lb;
        ((lb = null), (lk = 0), (lS = null));
        for (var t = 0; t < e.length; t++) (0, e[t])();
      }
    }
    var lx = K.S;
    K.S = function (e, t) {
      if (
        ((uJ = eb()),
        "object" == typeof t &&
          null !== t &&
          "function" == typeof t.then &&
          (function (e) {
            if (null === lb) {
              var t = (lb = []);
              ((lw = 0),
                (lk = s0()),
                (lS = {
                  status: "pending",
                  value: void 0,
                  then: function (e) {
                    t.push(e);
                  },
                }));
            }
            (lw++, e.then(lE, lE));
          })(t),
        null !== ly)
      )
        for (var n = sB; null !== n;) (lv(n, ly), (n = n.next));
      if (null !== (n = e.types)) {
        for (var r = sB; null !== r;) (lv(r, n), (r = r.next));
        if (0 !== lk) {
          null === (r = ly) && (r = ly = []);
          for (var l = 0; l < n.length; l++) {
            var a = n[l];
            -1 === r.indexOf(a) && r.push(a);
          }
        }
      }
      null !== lx && lx(e, t);
    };
    var l_ = Z(null);
    function lN() {
      var e = l_.current;
      return null !== e ? e : uM.pooledCache;
    }
    function lP(e, t) {
      null === t ? et(l_, l_.current) : et(l_, t.pool);
    }
    function lC() {
      var e = lN();
      return null === e ? null : { parent: lm._currentValue, pool: e };
    }
    var lT = Error(u(460)),
      lz = Error(u(474)),
      lO = Error(u(542)),
      lL = { then: function () {} };
    function lM(e) {
      return "fulfilled" === (e = e.status) || "rejected" === e;
    }
    function lR(e, t, n) {
      switch (
        (void 0 === (n = e[n]) ? e.push(t) : n !== t && (t.then(tM, tM), (t = n)), t.status)
      ) {
        case "fulfilled":
          return t.value;
        case "rejected":
          if ((lA((e = t.reason)), void 0 === e && !("reason" in t))) throw Error(u(600));
          throw e;
        default:
          if ("string" == typeof t.status) t.then(tM, tM);
          else {
            if (null !== (e = uM) && 100 < e.shellSuspendCounter) throw Error(u(482));
            (((e = t).status = "pending"),
              e.then(
                function (e) {
                  if ("pending" === t.status) {
                    var n = t;
                    ((n.status = "fulfilled"), (n.value = e));
                  }
                },
                function (e) {
                  if ("pending" === t.status) {
                    var n = t;
                    ((n.status = "rejected"), (n.reason = e));
                  }
                },
              ));
          }
          switch (t.status) {
            case "fulfilled":
              return t.value;
            case "rejected":
              throw (lA((e = t.reason)), e);
          }
          throw ((lF = t), lT);
      }
    }
    function lI(e) {
      try {
        return (0, e._init)(e._payload);
      } catch (e) {
        if (null !== e && "object" == typeof e && "function" == typeof e.then) throw ((lF = e), lT);
        throw e;
      }
    }
    var lF = null;
    function lD() {
      if (null === lF) throw Error(u(459));
      var e = lF;
      return ((lF = null), e);
    }
    function lA(e) {
      if (e === lT || e === lO) throw Error(u(483));
    }
    var lj = null,
      lU = 0;
    function lB(e) {
      var t = lU;
      return ((lU += 1), null === lj && (lj = []), lR(lj, e, t));
    }
    function lV(e, t) {
      e.ref = void 0 !== (t = t.props.ref) ? t : null;
    }
    function lH(e, t) {
      if (t.$$typeof === N) throw Error(u(525));
      throw Error(
        u(
          31,
          "[object Object]" === (e = Object.prototype.toString.call(t))
            ? "object with keys {" + Object.keys(t).join(", ") + "}"
            : e,
        ),
      );
    }
    function l$(e) {
      function t(t, n) {
        if (e) {
          var r = t.deletions;
          null === r ? ((t.deletions = [n]), (t.flags |= 16)) : r.push(n);
        }
      }
      function n(n, r) {
        if (!e) return null;
        for (; null !== r;) (t(n, r), (r = r.sibling));
        return null;
      }
      function r(e) {
        for (var t = new Map(); null !== e;)
          (null === e.key ? t.set(e.index, e) : t.set(e.key, e), (e = e.sibling));
        return t;
      }
      function l(e, t) {
        return (((e = rN(e, t)).index = 0), (e.sibling = null), e);
      }
      function a(t, n, r) {
        return ((t.index = r), e)
          ? null !== (r = t.alternate)
            ? (r = r.index) < n
              ? ((t.flags |= 2), n)
              : r
            : ((t.flags |= 0x8000002), n)
          : ((t.flags |= 1048576), n);
      }
      function o(t) {
        return (e && null === t.alternate && (t.flags |= 0x8000002), t);
      }
      function i(e, t, n, r) {
        return (
          null === t || 6 !== t.tag
            ? ((t = rz(n, e.mode, r)).return = e)
            : ((t = l(t, n)).return = e),
          t
        );
      }
      function s(e, t, n, r) {
        var a = n.type;
        return a === T
          ? (lV((e = f(e, t, n.props.children, r, n.key)), n), e)
          : (null !== t &&
            (t.elementType === a ||
              ("object" == typeof a && null !== a && a.$$typeof === A && lI(a) === t.type))
              ? lV((t = l(t, n.props)), n)
              : lV((t = rC(n.type, n.key, n.props, null, e.mode, r)), n),
            (t.return = e),
            t);
      }
      function c(e, t, n, r) {
        return (
          null === t ||
          4 !== t.tag ||
          t.stateNode.containerInfo !== n.containerInfo ||
          t.stateNode.implementation !== n.implementation
            ? ((t = rL(n, e.mode, r)).return = e)
            : ((t = l(t, n.children || [])).return = e),
          t
        );
      }
      function f(e, t, n, r, a) {
        return (
          null === t || 7 !== t.tag
            ? ((t = rT(n, e.mode, r, a)).return = e)
            : ((t = l(t, n)).return = e),
          t
        );
      }
      function d(e, t, n) {
        if (("string" == typeof t && "" !== t) || "number" == typeof t || "bigint" == typeof t)
          return (((t = rz("" + t, e.mode, n)).return = e), t);
        if ("object" == typeof t && null !== t) {
          switch (t.$$typeof) {
            case P:
              return (lV((n = rC(t.type, t.key, t.props, null, e.mode, n)), t), (n.return = e), n);
            case C:
              return (((t = rL(t, e.mode, n)).return = e), t);
            case A:
              return d(e, (t = lI(t)), n);
          }
          if (q(t) || Q(t)) return (((t = rT(t, e.mode, n, null)).return = e), t);
          if ("function" == typeof t.then) return d(e, lB(t), n);
          if (t.$$typeof === M) return d(e, ls(e, t), n);
          lH(e, t);
        }
        return null;
      }
      function p(e, t, n, r) {
        var l = null !== t ? t.key : null;
        if (("string" == typeof n && "" !== n) || "number" == typeof n || "bigint" == typeof n)
          return null !== l ? null : i(e, t, "" + n, r);
        if ("object" == typeof n && null !== n) {
          switch (n.$$typeof) {
            case P:
              return n.key === l ? s(e, t, n, r) : null;
            case C:
              return n.key === l ? c(e, t, n, r) : null;
            case A:
              return p(e, t, (n = lI(n)), r);
          }
          if (q(n) || Q(n)) return null !== l ? null : f(e, t, n, r, null);
          if ("function" == typeof n.then) return p(e, t, lB(n), r);
          if (n.$$typeof === M) return p(e, t, ls(e, n), r);
          lH(e, n);
        }
        return null;
      }
      function m(e, t, n, r, l) {
        if (("string" == typeof r && "" !== r) || "number" == typeof r || "bigint" == typeof r)
          return i(t, (e = e.get(n) || null), "" + r, l);
        if ("object" == typeof r && null !== r) {
          switch (r.$$typeof) {
            case P:
              return s(t, (e = e.get(null === r.key ? n : r.key) || null), r, l);
            case C:
              return c(t, (e = e.get(null === r.key ? n : r.key) || null), r, l);
            case A:
              return m(e, t, n, (r = lI(r)), l);
          }
          if (q(r) || Q(r)) return f(t, (e = e.get(n) || null), r, l, null);
          if ("function" == typeof r.then) return m(e, t, n, lB(r), l);
          if (r.$$typeof === M) return m(e, t, n, ls(t, r), l);
          lH(t, r);
        }
        return null;
      }
      return function (i, s, c, f) {
        try {
          lU = 0;
          var h = (function i(s, c, f, h) {
            if (
              ("object" == typeof f &&
                null !== f &&
                f.type === T &&
                null === f.key &&
                void 0 === f.props.ref &&
                (f = f.props.children),
              "object" == typeof f && null !== f)
            ) {
              switch (f.$$typeof) {
                case P:
                  e: {
                    for (var g = f.key; null !== c;) {
                      if (c.key === g) {
                        if ((g = f.type) === T) {
                          if (7 === c.tag) {
                            (n(s, c.sibling),
                              lV((h = l(c, f.props.children)), f),
                              (h.return = s),
                              (s = h));
                            break e;
                          }
                        } else if (
                          c.elementType === g ||
                          ("object" == typeof g &&
                            null !== g &&
                            g.$$typeof === A &&
                            lI(g) === c.type)
                        ) {
                          (n(s, c.sibling), lV((h = l(c, f.props)), f), (h.return = s), (s = h));
                          break e;
                        }
                        n(s, c);
                        break;
                      }
                      (t(s, c), (c = c.sibling));
                    }
                    (f.type === T
                      ? lV((h = rT(f.props.children, s.mode, h, f.key)), f)
                      : lV((h = rC(f.type, f.key, f.props, null, s.mode, h)), f),
                      (h.return = s),
                      (s = h));
                  }
                  return o(s);
                case C:
                  e: {
                    for (g = f.key; null !== c;) {
                      if (c.key === g)
                        if (
                          4 === c.tag &&
                          c.stateNode.containerInfo === f.containerInfo &&
                          c.stateNode.implementation === f.implementation
                        ) {
                          (n(s, c.sibling), ((h = l(c, f.children || [])).return = s), (s = h));
                          break e;
                        } else {
                          n(s, c);
                          break;
                        }
                      (t(s, c), (c = c.sibling));
                    }
                    (((h = rL(f, s.mode, h)).return = s), (s = h));
                  }
                  return o(s);
                case A:
                  return i(s, c, (f = lI(f)), h);
              }
              if (q(f))
                return (function (l, o, i, u) {
                  for (
                    var s = null, c = null, f = o, h = (o = 0), g = null;
                    null !== f && h < i.length;
                    h++
                  ) {
                    f.index > h ? ((g = f), (f = null)) : (g = f.sibling);
                    var v = p(l, f, i[h], u);
                    if (null === v) {
                      null === f && (f = g);
                      break;
                    }
                    (e && f && null === v.alternate && t(l, f),
                      (o = a(v, o, h)),
                      null === c ? (s = v) : (c.sibling = v),
                      (c = v),
                      (f = g));
                  }
                  if (h === i.length) return (n(l, f), rG && r$(l, h), s);
                  if (null === f) {
                    for (; h < i.length; h++)
                      null !== (f = d(l, i[h], u)) &&
                        ((o = a(f, o, h)), null === c ? (s = f) : (c.sibling = f), (c = f));
                    return (rG && r$(l, h), s);
                  }
                  for (f = r(f); h < i.length; h++)
                    null !== (g = m(f, l, h, i[h], u)) &&
                      (e && null !== (v = g.alternate) && f.delete(null === v.key ? h : v.key),
                      (o = a(g, o, h)),
                      null === c ? (s = g) : (c.sibling = g),
                      (c = g));
                  return (
                    e &&
                      f.forEach(function (e) {
                        return t(l, e);
                      }),
                    rG && r$(l, h),
                    s
                  );
                })(s, c, f, h);
              if (Q(f)) {
                if ("function" != typeof (g = Q(f))) throw Error(u(150));
                return (function (l, o, i, s) {
                  if (null == i) throw Error(u(151));
                  for (
                    var c = null, f = null, h = o, g = (o = 0), v = null, y = i.next();
                    null !== h && !y.done;
                    g++, y = i.next()
                  ) {
                    h.index > g ? ((v = h), (h = null)) : (v = h.sibling);
                    var b = p(l, h, y.value, s);
                    if (null === b) {
                      null === h && (h = v);
                      break;
                    }
                    (e && h && null === b.alternate && t(l, h),
                      (o = a(b, o, g)),
                      null === f ? (c = b) : (f.sibling = b),
                      (f = b),
                      (h = v));
                  }
                  if (y.done) return (n(l, h), rG && r$(l, g), c);
                  if (null === h) {
                    for (; !y.done; g++, y = i.next())
                      null !== (y = d(l, y.value, s)) &&
                        ((o = a(y, o, g)), null === f ? (c = y) : (f.sibling = y), (f = y));
                    return (rG && r$(l, g), c);
                  }
                  for (h = r(h); !y.done; g++, y = i.next())
                    null !== (y = m(h, l, g, y.value, s)) &&
                      (e && null !== (v = y.alternate) && h.delete(null === v.key ? g : v.key),
                      (o = a(y, o, g)),
                      null === f ? (c = y) : (f.sibling = y),
                      (f = y));
                  return (
                    e &&
                      h.forEach(function (e) {
                        return t(l, e);
                      }),
                    rG && r$(l, g),
                    c
                  );
                })(s, c, (f = g.call(f)), h);
              }
              if ("function" == typeof f.then) return i(s, c, lB(f), h);
              if (f.$$typeof === M) return i(s, c, ls(s, f), h);
              lH(s, f);
            }
            return ("string" == typeof f && "" !== f) ||
              "number" == typeof f ||
              "bigint" == typeof f
              ? ((f = "" + f),
                null !== c && 6 === c.tag
                  ? (n(s, c.sibling), ((h = l(c, f)).return = s))
                  : (n(s, c), ((h = rz(f, s.mode, h)).return = s)),
                o((s = h)))
              : n(s, c);
          })(i, s, c, f);
          return ((lj = null), h);
        } catch (e) {
          if (e === lT || e === lO) throw e;
          var g = rx(29, e, null, i.mode);
          return ((g.lanes = f), (g.return = i), g);
        } finally {
        }
      };
    }
    var lQ = l$(!0),
      lW = l$(!1),
      lq = !1;
    function lK(e) {
      e.updateQueue = {
        baseState: e.memoizedState,
        firstBaseUpdate: null,
        lastBaseUpdate: null,
        shared: { pending: null, lanes: 0, hiddenCallbacks: null },
        callbacks: null,
      };
    }
    function lY(e, t) {
      ((e = e.updateQueue),
        t.updateQueue === e &&
          (t.updateQueue = {
            baseState: e.baseState,
            firstBaseUpdate: e.firstBaseUpdate,
            lastBaseUpdate: e.lastBaseUpdate,
            shared: e.shared,
            callbacks: null,
          }));
    }
    function lX(e) {
      return { lane: e, tag: 0, payload: null, callback: null, next: null };
    }
    function lG(e, t, n) {
      var r = e.updateQueue;
      if (null === r) return null;
      if (((r = r.shared), 0 != (2 & uL))) {
        var l = r.pending;
        return (
          null === l ? (t.next = t) : ((t.next = l.next), (l.next = t)),
          (r.pending = t),
          (t = rk(e)),
          rw(e, null, n),
          t
        );
      }
      return (rv(e, r, t, n), rk(e));
    }
    function lJ(e, t, n) {
      if (null !== (t = t.updateQueue) && ((t = t.shared), 0 != (4194048 & n))) {
        var r = t.lanes;
        ((r &= e.pendingLanes), (n |= r), (t.lanes = n), eV(e, n));
      }
    }
    function lZ(e, t) {
      var n = e.updateQueue,
        r = e.alternate;
      if (null !== r && n === (r = r.updateQueue)) {
        var l = null,
          a = null;
        if (null !== (n = n.firstBaseUpdate)) {
          do {
            var o = { lane: n.lane, tag: n.tag, payload: n.payload, callback: null, next: null };
            (null === a ? (l = a = o) : (a = a.next = o), (n = n.next));
          } while (null !== n);
          null === a ? (l = a = t) : (a = a.next = t);
        } else l = a = t;
        ((n = {
          baseState: r.baseState,
          firstBaseUpdate: l,
          lastBaseUpdate: a,
          shared: r.shared,
          callbacks: r.callbacks,
        }),
          (e.updateQueue = n));
        return;
      }
      (null === (e = n.lastBaseUpdate) ? (n.firstBaseUpdate = t) : (e.next = t),
        (n.lastBaseUpdate = t));
    }
    var l0 = !1;
    function l1() {
      if (l0) {
        var e = lS;
        if (null !== e) throw e;
      }
    }
    function l2(e, t, n, r) {
      l0 = !1;
      var l = e.updateQueue;
      lq = !1;
      var a = l.firstBaseUpdate,
        o = l.lastBaseUpdate,
        i = l.shared.pending;
      if (null !== i) {
        l.shared.pending = null;
        var u = i,
          s = u.next;
        ((u.next = null), null === o ? (a = s) : (o.next = s), (o = u));
        var c = e.alternate;
        null !== c &&
          (i = (c = c.updateQueue).lastBaseUpdate) !== o &&
          (null === i ? (c.firstBaseUpdate = s) : (i.next = s), (c.lastBaseUpdate = u));
      }
      if (null !== a) {
        var f = l.baseState;
        for (o = 0, c = s = u = null, i = a; ;) {
          var d = -0x20000001 & i.lane,
            p = d !== i.lane;
          if (p ? (uI & d) === d : (r & d) === d) {
            (0 !== d && d === lk && (l0 = !0),
              null !== c &&
                (c = c.next =
                  { lane: 0, tag: i.tag, payload: i.payload, callback: null, next: null }));
            e: {
              var m = e,
                h = i;
              switch (((d = t), h.tag)) {
                case 1:
                  if ("function" == typeof (m = h.payload)) {
                    f = m.call(n, f, d);
                    break e;
                  }
                  f = m;
                  break e;
                case 3:
                  m.flags = (-65537 & m.flags) | 128;
                case 0:
                  if (null == (d = "function" == typeof (m = h.payload) ? m.call(n, f, d) : m))
                    break e;
                  f = _({}, f, d);
                  break e;
                case 2:
                  lq = !0;
              }
            }
            null !== (d = i.callback) &&
              ((e.flags |= 64),
              p && (e.flags |= 8192),
              null === (p = l.callbacks) ? (l.callbacks = [d]) : p.push(d));
          } else
            ((p = { lane: d, tag: i.tag, payload: i.payload, callback: i.callback, next: null }),
              null === c ? ((s = c = p), (u = f)) : (c = c.next = p),
              (o |= d));
          if (null === (i = i.next))
            if (null === (i = l.shared.pending)) break;
            else
              ((i = (p = i).next),
                (p.next = null),
                (l.lastBaseUpdate = p),
                (l.shared.pending = null));
        }
        (null === c && (u = f),
          (l.baseState = u),
          (l.firstBaseUpdate = s),
          (l.lastBaseUpdate = c),
          null === a && (l.shared.lanes = 0),
          (uH |= o),
          (e.lanes = o),
          (e.memoizedState = f));
      }
    }
    function l3(e, t) {
      if ("function" != typeof e) throw Error(u(191, e));
      e.call(t);
    }
    function l4(e, t) {
      var n = e.callbacks;
      if (null !== n) for (e.callbacks = null, e = 0; e < n.length; e++) l3(n[e], t);
    }
    var l6 = Z(null),
      l5 = Z(0);
    function l8(e, t) {
      (et(l5, (e = uB)), et(l6, t), (uB = e | t.baseLanes));
    }
    function l7() {
      (et(l5, uB), et(l6, l6.current));
    }
    function l9() {
      ((uB = l5.current), ee(l6), ee(l5));
    }
    var ae = Z(null),
      at = null;
    function an(e) {
      var t = e.alternate;
      (et(ai, 1 & ai.current),
        et(ae, e),
        null === at &&
          (null === t || null !== l6.current ? (at = e) : null !== t.memoizedState && (at = e)));
    }
    function ar(e) {
      (et(ai, ai.current), et(ae, e), null === at && (at = e));
    }
    function al(e) {
      22 === e.tag ? (et(ai, ai.current), et(ae, e), null === at && (at = e)) : aa();
    }
    function aa() {
      (et(ai, ai.current), et(ae, ae.current));
    }
    function ao(e) {
      (ee(ae), at === e && (at = null), ee(ai));
    }
    var ai = Z(0);
    function au(e, t) {
      (et(ae, ae.current), et(ai, t));
    }
    function as(e) {
      (ee(ai), ee(ae), at === e && (at = null));
    }
    function ac(e) {
      for (var t = e; null !== t;) {
        if (13 === t.tag) {
          var n = t.memoizedState;
          if (null !== n && (null === (n = n.dehydrated) || c8(n) || c7(n))) return t;
        } else if (19 === t.tag && "independent" !== t.memoizedProps.revealOrder) {
          if (0 != (128 & t.flags)) return t;
        } else if (null !== t.child) {
          ((t.child.return = t), (t = t.child));
          continue;
        }
        if (t === e) break;
        for (; null === t.sibling;) {
          if (null === t.return || t.return === e) return null;
          t = t.return;
        }
        ((t.sibling.return = t.return), (t = t.sibling));
      }
      return null;
    }
    var af = 0,
      ad = null,
      ap = null,
      am = null,
      ah = !1,
      ag = !1,
      av = !1,
      ay = 0,
      ab = 0,
      aw = null,
      ak = 0;
    function aS() {
      throw Error(u(321));
    }
    function aE(e, t) {
      if (null === t) return !1;
      for (var n = 0; n < t.length && n < e.length; n++) if (!nH(e[n], t[n])) return !1;
      return !0;
    }
    function ax(e, t, n, r, l, a) {
      return (
        (af = a),
        (ad = t),
        (t.memoizedState = null),
        (t.updateQueue = null),
        (t.lanes = 0),
        (K.H = null === e || null === e.memoizedState ? oz : oO),
        (av = !1),
        (a = n(r, l)),
        (av = !1),
        ag && (a = aN(t, n, r, l)),
        a_(e),
        a
      );
    }
    function a_(e) {
      K.H = oT;
      var t = null !== ap && null !== ap.next;
      if (((af = 0), (am = ap = ad = null), (ah = !1), (ab = 0), (aw = null), t))
        throw Error(u(300));
      null === e || oq || (null !== (e = e.dependencies) && lo(e) && (oq = !0));
    }
    function aN(e, t, n, r) {
      ad = e;
      var l = 0;
      do {
        if ((ag && (aw = null), (ab = 0), (ag = !1), 25 <= l)) throw Error(u(301));
        if (((l += 1), (am = ap = null), null != e.updateQueue)) {
          var a = e.updateQueue;
          ((a.lastEffect = null),
            (a.events = null),
            (a.stores = null),
            null != a.memoCache && (a.memoCache.index = 0));
        }
        ((K.H = oL), (a = t(n, r)));
      } while (ag);
      return a;
    }
    function aP() {
      var e = K.H,
        t = e.useState()[0];
      return (
        (t = "function" == typeof t.then ? aR(t) : t),
        (e = e.useState()[0]),
        (null !== ap ? ap.memoizedState : null) !== e && (ad.flags |= 1024),
        t
      );
    }
    function aC() {
      var e = 0 !== ay;
      return ((ay = 0), e);
    }
    function aT(e, t, n) {
      ((t.updateQueue = e.updateQueue), (t.flags &= -2053), (e.lanes &= ~n));
    }
    function az(e) {
      if (ah) {
        for (e = e.memoizedState; null !== e;) {
          var t = e.queue;
          (null !== t && (t.pending = null), (e = e.next));
        }
        ah = !1;
      }
      ((af = 0), (am = ap = ad = null), (ag = !1), (ab = ay = 0), (aw = null));
    }
    function aO() {
      var e = { memoizedState: null, baseState: null, baseQueue: null, queue: null, next: null };
      return (null === am ? (ad.memoizedState = am = e) : (am = am.next = e), am);
    }
    function aL() {
      if (null === ap) {
        var e = ad.alternate;
        e = null !== e ? e.memoizedState : null;
      } else e = ap.next;
      var t = null === am ? ad.memoizedState : am.next;
      if (null !== t) ((am = t), (ap = e));
      else {
        if (null === e) {
          if (null === ad.alternate) throw Error(u(467));
          throw Error(u(310));
        }
        ((e = {
          memoizedState: (ap = e).memoizedState,
          baseState: ap.baseState,
          baseQueue: ap.baseQueue,
          queue: ap.queue,
          next: null,
        }),
          null === am ? (ad.memoizedState = am = e) : (am = am.next = e));
      }
      return am;
    }
    function aM() {
      return { lastEffect: null, events: null, stores: null, memoCache: null };
    }
    function aR(e) {
      var t = ab;
      return (
        (ab += 1),
        null === aw && (aw = []),
        (e = lR(aw, e, t)),
        (t = ad),
        null === (null === am ? t.memoizedState : am.next) &&
          (K.H = null === (t = t.alternate) || null === t.memoizedState ? oz : oO),
        e
      );
    }
    function aI(e) {
      if (null !== e && "object" == typeof e) {
        if ("function" == typeof e.then) return aR(e);
        if (e.$$typeof === H) return;
        if (e.$$typeof === M) return lu(e);
      }
      throw Error(u(438, String(e)));
    }
    function aF(e) {
      var t = null,
        n = ad.updateQueue;
      if ((null !== n && (t = n.memoCache), null == t)) {
        var r = ad.alternate;
        null !== r &&
          null !== (r = r.updateQueue) &&
          null != (r = r.memoCache) &&
          (t = {
            data: r.data.map(function (e) {
              return e.slice();
            }),
            index: 0,
          });
      }
      if (
        (null == t && (t = { data: [], index: 0 }),
        null === n && ((n = aM()), (ad.updateQueue = n)),
        (n.memoCache = t),
        void 0 === (n = t.data[t.index]))
      )
        for (n = t.data[t.index] = Array(e), r = 0; r < e; r++) n[r] = B;
      return (t.index++, n);
    }
    function aD(e, t) {
      return "function" == typeof t ? t(e) : t;
    }
    function aA(e) {
      return aj(aL(), ap, e);
    }
    function aj(e, t, n) {
      var r = e.queue;
      if (null === r) throw Error(u(311));
      r.lastRenderedReducer = n;
      var l = e.baseQueue,
        a = r.pending;
      if (null !== a) {
        if (null !== l) {
          var o = l.next;
          ((l.next = a.next), (a.next = o));
        }
        ((t.baseQueue = l = a), (r.pending = null));
      }
      if (((a = e.baseState), null === l)) e.memoizedState = a;
      else {
        t = l.next;
        var i = (o = null),
          s = null,
          c = t,
          f = !1;
        do {
          var d = -0x20000001 & c.lane;
          if (d !== c.lane ? (uI & d) === d : (af & d) === d) {
            var p = c.revertLane;
            if (0 === p)
              (null !== s &&
                (s = s.next =
                  {
                    lane: 0,
                    revertLane: 0,
                    gesture: null,
                    action: c.action,
                    hasEagerState: c.hasEagerState,
                    eagerState: c.eagerState,
                    next: null,
                  }),
                d === lk && (f = !0));
            else if ((af & p) === p) {
              ((c = c.next), p === lk && (f = !0));
              continue;
            } else
              ((d = {
                lane: 0,
                revertLane: c.revertLane,
                gesture: null,
                action: c.action,
                hasEagerState: c.hasEagerState,
                eagerState: c.eagerState,
                next: null,
              }),
                null === s ? ((i = s = d), (o = a)) : (s = s.next = d),
                (ad.lanes |= p),
                (uH |= p));
            ((d = c.action), av && n(a, d), (a = c.hasEagerState ? c.eagerState : n(a, d)));
          } else
            ((p = {
              lane: d,
              revertLane: c.revertLane,
              gesture: c.gesture,
              action: c.action,
              hasEagerState: c.hasEagerState,
              eagerState: c.eagerState,
              next: null,
            }),
              null === s ? ((i = s = p), (o = a)) : (s = s.next = p),
              (ad.lanes |= d),
              (uH |= d));
          c = c.next;
        } while (null !== c && c !== t);
        if (
          (null === s ? (o = a) : (s.next = i),
          !nH(a, e.memoizedState) && ((oq = !0), f && null !== (n = lS)))
        )
          throw n;
        ((e.memoizedState = a), (e.baseState = o), (e.baseQueue = s), (r.lastRenderedState = a));
      }
      return (null === l && (r.lanes = 0), [e.memoizedState, r.dispatch]);
    }
    function aU(e) {
      var t = aL(),
        n = t.queue;
      if (null === n) throw Error(u(311));
      n.lastRenderedReducer = e;
      var r = n.dispatch,
        l = n.pending,
        a = t.memoizedState;
      if (null !== l) {
        n.pending = null;
        var o = (l = l.next);
        do ((a = e(a, o.action)), (o = o.next));
        while (o !== l);
        (nH(a, t.memoizedState) || (oq = !0),
          (t.memoizedState = a),
          null === t.baseQueue && (t.baseState = a),
          (n.lastRenderedState = a));
      }
      return [a, r];
    }
    function aB(e, t, n) {
      var r = ad,
        l = aL(),
        a = rG;
      if (a) {
        if (void 0 === n) throw Error(u(407));
        n = n();
      } else n = t();
      var o = !nH((ap || l).memoizedState, n);
      if (
        (o && ((l.memoizedState = n), (oq = !0)),
        (l = l.queue),
        on(a$.bind(null, r, l, e), [e]),
        a8(
          (e = l.getSnapshot !== t || o || (null !== am && 0 != (1 & am.memoizedState.tag)))
            ? 9
            : 8,
          { destroy: void 0 },
          aH.bind(null, r, l, n, t),
          null,
        ),
        e)
      ) {
        if (((r.flags |= 2048), null === uM)) throw Error(u(349));
        a || 0 != (127 & af) || aV(r, t, n);
      }
      return n;
    }
    function aV(e, t, n) {
      ((e.flags |= 16384),
        (e = { getSnapshot: t, value: n }),
        null === (t = ad.updateQueue)
          ? ((t = aM()), (ad.updateQueue = t), (t.stores = [e]))
          : null === (n = t.stores)
            ? (t.stores = [e])
            : n.push(e));
    }
    function aH(e, t, n, r) {
      ((t.value = n), (t.getSnapshot = r), aQ(t) && aW(e));
    }
    function a$(e, t, n) {
      return n(function () {
        aQ(t) && aW(e);
      });
    }
    function aQ(e) {
      var t = e.getSnapshot;
      e = e.value;
      try {
        var n = t();
        return !nH(e, n);
      } catch (e) {
        return !0;
      }
    }
    function aW(e) {
      var t = rb(e, 2);
      null !== t && si(t, e, 2);
    }
    function aq(e) {
      var t = aO();
      return (
        "function" == typeof e && (e = e()),
        (t.memoizedState = t.baseState = e),
        (t.queue = {
          pending: null,
          lanes: 0,
          dispatch: null,
          lastRenderedReducer: aD,
          lastRenderedState: e,
        }),
        t
      );
    }
    function aK(e, t, n, r) {
      return ((e.baseState = n), aj(e, ap, "function" == typeof r ? r : aD));
    }
    function aY(e, t, n, r, l) {
      if (oN(e)) throw Error(u(485));
      if (null !== (e = t.action)) {
        var a = {
          payload: l,
          action: e,
          next: null,
          isTransition: !0,
          status: "pending",
          value: null,
          reason: null,
          listeners: [],
          then: function (e) {
            a.listeners.push(e);
          },
        };
        (null !== K.T ? n(!0) : (a.isTransition = !1),
          r(a),
          null === (n = t.pending)
            ? ((a.next = t.pending = a), aX(t, a))
            : ((a.next = n.next), (t.pending = n.next = a)));
      }
    }
    function aX(e, t) {
      var n = t.action,
        r = t.payload,
        l = e.state;
      if (t.isTransition) {
        var a = K.T,
          o = {};
        ((o.types = null !== a ? a.types : null), (K.T = o));
        try {
          var i = n(l, r),
            u = K.S;
          (null !== u && u(o, i), aG(e, t, i));
        } catch (n) {
          aZ(e, t, n);
        } finally {
          (null !== a && null !== o.types && (a.types = o.types), (K.T = a));
        }
      } else
        try {
          ((a = n(l, r)), aG(e, t, a));
        } catch (n) {
          aZ(e, t, n);
        }
    }
    function aG(e, t, n) {
      null !== n && "object" == typeof n && "function" == typeof n.then
        ? n.then(
            function (n) {
              aJ(e, t, n);
            },
            function (n) {
              return aZ(e, t, n);
            },
          )
        : aJ(e, t, n);
    }
    function aJ(e, t, n) {
      ((t.status = "fulfilled"),
        (t.value = n),
        a0(t),
        (e.state = n),
        null !== (t = e.pending) &&
          ((n = t.next) === t ? (e.pending = null) : ((n = n.next), (t.next = n), aX(e, n))));
    }
    function aZ(e, t, n) {
      var r = e.pending;
      if (((e.pending = null), null !== r)) {
        r = r.next;
        do ((t.status = "rejected"), (t.reason = n), a0(t), (t = t.next));
        while (t !== r);
      }
      e.action = null;
    }
    function a0(e) {
      e = e.listeners;
      for (var t = 0; t < e.length; t++) (0, e[t])();
    }
    function a1(e, t) {
      return t;
    }
    function a2(e, t) {
      if (rG) {
        var n = uM.formState;
        if (null !== n) {
          e: {
            var r = ad;
            if (rG) {
              if (rX) {
                t: {
                  for (var l = rX, a = rZ; 8 !== l.nodeType;)
                    if (!a || null === (l = c9(l.nextSibling))) {
                      l = null;
                      break t;
                    }
                  l = "F!" === (a = l.data) || "F" === a ? l : null;
                }
                if (l) {
                  ((rX = c9(l.nextSibling)), (r = "F!" === l.data));
                  break e;
                }
              }
              r1(r);
            }
            r = !1;
          }
          r && (t = n[0]);
        }
      }
      return (
        ((n = aO()).memoizedState = n.baseState = t),
        (r = {
          pending: null,
          lanes: 0,
          dispatch: null,
          lastRenderedReducer: a1,
          lastRenderedState: t,
        }),
        (n.queue = r),
        (n = oE.bind(null, ad, r)),
        (r.dispatch = n),
        (r = aq(!1)),
        (a = o_.bind(null, ad, !1, r.queue)),
        (r = aO()),
        (l = { state: t, dispatch: null, action: e, pending: null }),
        (r.queue = l),
        (n = aY.bind(null, ad, l, a, n)),
        (l.dispatch = n),
        (r.memoizedState = e),
        [t, n, !1]
      );
    }
    function a3(e) {
      return a4(aL(), ap, e);
    }
    function a4(e, t, n) {
      if (
        ((t = aj(e, t, a1)[0]),
        (e = aA(aD)[0]),
        "object" == typeof t && null !== t && "function" == typeof t.then)
      )
        try {
          var r = aR(t);
        } catch (e) {
          if (e === lT) throw lO;
          throw e;
        }
      else r = t;
      var l = (t = aL()).queue,
        a = l.dispatch;
      return (
        n !== t.memoizedState &&
          ((ad.flags |= 2048), a8(9, { destroy: void 0 }, a6.bind(null, l, n), null)),
        [r, a, e]
      );
    }
    function a6(e, t) {
      e.action = t;
    }
    function a5(e) {
      var t = aL(),
        n = ap;
      if (null !== n) return a4(t, n, e);
      (aL(), (t = t.memoizedState));
      var r = (n = aL()).queue.dispatch;
      return ((n.memoizedState = e), [t, r, !1]);
    }
    function a8(e, t, n, r) {
      return (
        (e = { tag: e, create: n, deps: r, inst: t, next: null }),
        null === (t = ad.updateQueue) && ((t = aM()), (ad.updateQueue = t)),
        null === (n = t.lastEffect)
          ? (t.lastEffect = e.next = e)
          : ((r = n.next), (n.next = e), (e.next = r), (t.lastEffect = e)),
        e
      );
    }
    function a7() {
      return aL().memoizedState;
    }
    function a9(e, t, n, r) {
      var l = aO();
      ((ad.flags |= e),
        (l.memoizedState = a8(1 | t, { destroy: void 0 }, n, void 0 === r ? null : r)));
    }
    function oe(e, t, n, r) {
      var l = aL();
      r = void 0 === r ? null : r;
      var a = l.memoizedState.inst;
      null !== ap && null !== r && aE(r, ap.memoizedState.deps)
        ? (l.memoizedState = a8(t, a, n, r))
        : ((ad.flags |= e), (l.memoizedState = a8(1 | t, a, n, r)));
    }
    function ot(e, t) {
      a9(8390656, 8, e, t);
    }
    function on(e, t) {
      oe(2048, 8, e, t);
    }
    function or(e) {
      var t = aL().memoizedState,
        n = { ref: t, nextImpl: e };
      ad.flags |= 4;
      var r = ad.updateQueue;
      if (null === r) ((r = aM()), (ad.updateQueue = r), (r.events = [n]));
      else {
        var l = r.events;
        null === l ? (r.events = [n]) : l.push(n);
      }
      return function () {
        if (0 != (2 & uL)) throw Error(u(440));
        return t.impl.apply(void 0, arguments);
      };
    }
    function ol(e, t) {
      return oe(4, 2, e, t);
    }
    function oa(e, t) {
      return oe(4, 4, e, t);
    }
    function oo(e, t) {
      if ("function" == typeof t) {
        var n = t((e = e()));
        return function () {
          "function" == typeof n ? n() : t(null);
        };
      }
      if (null != t)
        return (
          (t.current = e = e()),
          function () {
            t.current = null;
          }
        );
    }
    function oi(e, t, n) {
      ((n = null != n ? n.concat([e]) : null), oe(4, 4, oo.bind(null, t, e), n));
    }
    function ou() {}
    function os(e, t) {
      var n = aL();
      t = void 0 === t ? null : t;
      var r = n.memoizedState;
      return null !== t && aE(t, r[1]) ? r[0] : ((n.memoizedState = [e, t]), e);
    }
    function oc(e, t) {
      var n = aL();
      t = void 0 === t ? null : t;
      var r = n.memoizedState;
      return null !== t && aE(t, r[1]) ? r[0] : ((n.memoizedState = [(r = e()), t]), r);
    }
    function of(e, t, n) {
      return void 0 === n || (0 != (0x40000000 & af) && 0 == (261930 & uI))
        ? (e.memoizedState = t)
        : ((e.memoizedState = n), (e = sa()), (ad.lanes |= e), (uH |= e), n);
    }
    function od(e, t, n, r) {
      return nH(n, t)
        ? n
        : null !== l6.current
          ? (nH((e = of(e, n, r)), t) || (oq = !0), e)
          : 0 == (106 & af) || (0 != (0x40000000 & af) && 0 == (261930 & uI))
            ? ((oq = !0), (e.memoizedState = n))
            : ((e = sa()), (ad.lanes |= e), (uH |= e), t);
    }
    function op(e, t, n, r, l) {
      var a = Y.p;
      Y.p = 0 !== a && 8 > a ? a : 8;
      var o = K.T,
        i = {};
      ((i.types = null !== o ? o.types : null), (K.T = i), o_(e, !1, t, n));
      try {
        var u = l(),
          s = K.S;
        if (
          (null !== s && s(i, u), null !== u && "object" == typeof u && "function" == typeof u.then)
        ) {
          var c,
            f,
            d =
              ((c = []),
              (f = {
                status: "pending",
                value: null,
                reason: null,
                then: function (e) {
                  c.push(e);
                },
              }),
              u.then(
                function () {
                  ((f.status = "fulfilled"), (f.value = r));
                  for (var e = 0; e < c.length; e++) (0, c[e])(r);
                },
                function (e) {
                  for (f.status = "rejected", f.reason = e, e = 0; e < c.length; e++)
                    (0, c[e])(void 0);
                },
              ),
              f);
          ox(e, t, d, sl());
        } else ox(e, t, r, sl());
      } catch (n) {
        ox(e, t, { then: function () {}, status: "rejected", reason: n }, sl());
      } finally {
        ((Y.p = a), null !== o && null !== i.types && (o.types = i.types), (K.T = o));
      }
    }
    function om() {}
    function oh(e, t, n, r) {
      if (5 !== e.tag) throw Error(u(476));
      var l = og(e).queue;
      op(
        e,
        l,
        t,
        X,
        null === n
          ? om
          : function () {
              return (ov(e), n(r));
            },
      );
    }
    function og(e) {
      var t = e.memoizedState;
      if (null !== t) return t;
      var n = {};
      return (
        ((t = {
          memoizedState: X,
          baseState: X,
          baseQueue: null,
          queue: {
            pending: null,
            lanes: 0,
            dispatch: null,
            lastRenderedReducer: aD,
            lastRenderedState: X,
          },
          next: null,
        }).next = {
          memoizedState: n,
          baseState: n,
          baseQueue: null,
          queue: {
            pending: null,
            lanes: 0,
            dispatch: null,
            lastRenderedReducer: aD,
            lastRenderedState: n,
          },
          next: null,
        }),
        (e.memoizedState = t),
        null !== (e = e.alternate) && (e.memoizedState = t),
        t
      );
    }
    function ov(e) {
      var t = og(e);
      (null === t.next && (t = e.alternate.memoizedState), ox(e, t.next.queue, {}, sl()));
    }
    function oy() {
      return lu(fF);
    }
    function ob() {
      return aL().memoizedState;
    }
    function ow() {
      return aL().memoizedState;
    }
    function ok(e) {
      for (var t = e.return; null !== t;) {
        switch (t.tag) {
          case 24:
          case 3:
            var n = sl(),
              r = lG(t, (e = lX(n)), n);
            (null !== r && (si(r, t, n), lJ(r, t, n)), (t = { cache: lh() }), (e.payload = t));
            return;
        }
        t = t.return;
      }
    }
    function oS(e, t, n) {
      var r = sl();
      ((n = {
        lane: r,
        revertLane: 0,
        gesture: null,
        action: n,
        hasEagerState: !1,
        eagerState: null,
        next: null,
      }),
        oN(e) ? oP(t, n) : null !== (n = ry(e, t, n, r)) && (si(n, e, r), oC(n, t, r)));
    }
    function oE(e, t, n) {
      ox(e, t, n, sl());
    }
    function ox(e, t, n, r) {
      var l = {
        lane: r,
        revertLane: 0,
        gesture: null,
        action: n,
        hasEagerState: !1,
        eagerState: null,
        next: null,
      };
      if (oN(e)) oP(t, l);
      else {
        var a = e.alternate;
        if (0 === e.lanes && (null === a || 0 === a.lanes) && null !== (a = t.lastRenderedReducer))
          try {
            var o = t.lastRenderedState,
              i = a(o, n);
            if (((l.hasEagerState = !0), (l.eagerState = i), nH(i, o)))
              return (rv(e, t, l, 0), null === uM && rg(), !1);
          } catch (e) {
          } finally {
          }
        if (null !== (n = ry(e, t, l, r))) return (si(n, e, r), oC(n, t, r), !0);
      }
      return !1;
    }
    function o_(e, t, n, r) {
      if (
        ((r = {
          lane: 2,
          revertLane: s0(),
          gesture: null,
          action: r,
          hasEagerState: !1,
          eagerState: null,
          next: null,
        }),
        oN(e))
      ) {
        if (t) throw Error(u(479));
      } else null !== (t = ry(e, n, r, 2)) && si(t, e, 2);
    }
    function oN(e) {
      var t = e.alternate;
      return e === ad || (null !== t && t === ad);
    }
    function oP(e, t) {
      ag = ah = !0;
      var n = e.pending;
      (null === n ? (t.next = t) : ((t.next = n.next), (n.next = t)), (e.pending = t));
    }
    function oC(e, t, n) {
      if (0 != (4194048 & n)) {
        var r = t.lanes;
        ((r &= e.pendingLanes), (t.lanes = n |= r), eV(e, n));
      }
    }
    var oT = {
        readContext: lu,
        use: aI,
        useCallback: aS,
        useContext: aS,
        useEffect: aS,
        useImperativeHandle: aS,
        useLayoutEffect: aS,
        useInsertionEffect: aS,
        useMemo: aS,
        useReducer: aS,
        useRef: aS,
        useState: aS,
        useDebugValue: aS,
        useDeferredValue: aS,
        useTransition: aS,
        useSyncExternalStore: aS,
        useId: aS,
        useHostTransitionStatus: aS,
        useFormState: aS,
        useActionState: aS,
        useOptimistic: aS,
        useMemoCache: aS,
        useCacheRefresh: aS,
        useEffectEvent: aS,
      },
      oz = {
        readContext: lu,
        use: aI,
        useCallback: function (e, t) {
          return ((aO().memoizedState = [e, void 0 === t ? null : t]), e);
        },
        useContext: lu,
        useEffect: ot,
        useImperativeHandle: function (e, t, n) {
          ((n = null != n ? n.concat([e]) : null), a9(4194308, 4, oo.bind(null, t, e), n));
        },
        useLayoutEffect: function (e, t) {
          return a9(4194308, 4, e, t);
        },
        useInsertionEffect: function (e, t) {
          a9(4, 2, e, t);
        },
        useMemo: function (e, t) {
          var n = aO();
          t = void 0 === t ? null : t;
          var r = e();
          return ((n.memoizedState = [r, t]), r);
        },
        useReducer: function (e, t, n) {
          var r = aO();
          if (void 0 !== n) var l = n(t);
          else l = t;
          return (
            (r.memoizedState = r.baseState = l),
            (r.queue = e =
              {
                pending: null,
                lanes: 0,
                dispatch: null,
                lastRenderedReducer: e,
                lastRenderedState: l,
              }),
            (e = e.dispatch = oS.bind(null, ad, e)),
            [r.memoizedState, e]
          );
        },
        useRef: function (e) {
          return (aO().memoizedState = { current: e });
        },
        useState: function (e) {
          var t = (e = aq(e)).queue,
            n = oE.bind(null, ad, t);
          return ((t.dispatch = n), [e.memoizedState, n]);
        },
        useDebugValue: ou,
        useDeferredValue: function (e, t) {
          return of(aO(), e, t);
        },
        useTransition: function () {
          var e = aq(!1);
          return ((e = op.bind(null, ad, e.queue, !0, !1)), (aO().memoizedState = e), [!1, e]);
        },
        useSyncExternalStore: function (e, t, n) {
          var r = ad,
            l = aO();
          if (rG) {
            if (void 0 === n) throw Error(u(407));
            n = n();
          } else {
            if (((n = t()), null === uM)) throw Error(u(349));
            0 != (127 & uI) || aV(r, t, n);
          }
          l.memoizedState = n;
          var a = { value: n, getSnapshot: t };
          return (
            (l.queue = a),
            ot(a$.bind(null, r, a, e), [e]),
            (r.flags |= 2048),
            a8(9, { destroy: void 0 }, aH.bind(null, r, a, n, t), null),
            n
          );
        },
        useId: function () {
          var e = aO(),
            t = uM.identifierPrefix;
          if (rG) {
            var n = rH,
              r = rV;
            ((t = "_" + t + "R_" + (n = (r & ~(1 << (32 - eC(r) - 1))).toString(32) + n)),
              0 < (n = ay++) && (t += "H" + n.toString(32)),
              (t += "_"));
          } else t = "_" + t + "r_" + (n = ak++).toString(32) + "_";
          return (e.memoizedState = t);
        },
        useHostTransitionStatus: oy,
        useFormState: a2,
        useActionState: a2,
        useOptimistic: function (e) {
          var t = aO();
          t.memoizedState = t.baseState = e;
          var n = {
            pending: null,
            lanes: 0,
            dispatch: null,
            lastRenderedReducer: null,
            lastRenderedState: null,
          };
          return ((t.queue = n), (t = o_.bind(null, ad, !0, n)), (n.dispatch = t), [e, t]);
        },
        useMemoCache: aF,
        useCacheRefresh: function () {
          return (aO().memoizedState = ok.bind(null, ad));
        },
        useEffectEvent: function (e) {
          var t = aO(),
            n = { impl: e };
          return (
            (t.memoizedState = n),
            function () {
              if (0 != (2 & uL)) throw Error(u(440));
              return n.impl.apply(void 0, arguments);
            }
          );
        },
      },
      oO = {
        readContext: lu,
        use: aI,
        useCallback: os,
        useContext: lu,
        useEffect: on,
        useImperativeHandle: oi,
        useInsertionEffect: ol,
        useLayoutEffect: oa,
        useMemo: oc,
        useReducer: aA,
        useRef: a7,
        useState: function () {
          return aA(aD);
        },
        useDebugValue: ou,
        useDeferredValue: function (e, t) {
          return od(aL(), ap.memoizedState, e, t);
        },
        useTransition: function () {
          var e = aA(aD)[0],
            t = aL().memoizedState;
          return ["boolean" == typeof e ? e : aR(e), t];
        },
        useSyncExternalStore: aB,
        useId: ob,
        useHostTransitionStatus: oy,
        useFormState: a3,
        useActionState: a3,
        useOptimistic: function (e, t) {
          return aK(aL(), ap, e, t);
        },
        useMemoCache: aF,
        useCacheRefresh: ow,
        useEffectEvent: or,
      },
      oL = {
        readContext: lu,
        use: aI,
        useCallback: os,
        useContext: lu,
        useEffect: on,
        useImperativeHandle: oi,
        useInsertionEffect: ol,
        useLayoutEffect: oa,
        useMemo: oc,
        useReducer: aU,
        useRef: a7,
        useState: function () {
          return aU(aD);
        },
        useDebugValue: ou,
        useDeferredValue: function (e, t) {
          var n = aL();
          return null === ap ? of(n, e, t) : od(n, ap.memoizedState, e, t);
        },
        useTransition: function () {
          var e = aU(aD)[0],
            t = aL().memoizedState;
          return ["boolean" == typeof e ? e : aR(e), t];
        },
        useSyncExternalStore: aB,
        useId: ob,
        useHostTransitionStatus: oy,
        useFormState: a5,
        useActionState: a5,
        useOptimistic: function (e, t) {
          var n = aL();
          return null !== ap ? aK(n, ap, e, t) : ((n.baseState = e), [e, n.queue.dispatch]);
        },
        useMemoCache: aF,
        useCacheRefresh: ow,
        useEffectEvent: or,
      };
    function oM(e, t, n, r) {
      ((n = null == (n = n(r, (t = e.memoizedState))) ? t : _({}, t, n)),
        (e.memoizedState = n),
        0 === e.lanes && (e.updateQueue.baseState = n));
    }
    var oR = {
      enqueueSetState: function (e, t, n) {
        e = e._reactInternals;
        var r = sl(),
          l = lX(r);
        ((l.payload = t),
          null != n && (l.callback = n),
          null !== (t = lG(e, l, r)) && (si(t, e, r), lJ(t, e, r)));
      },
      enqueueReplaceState: function (e, t, n) {
        e = e._reactInternals;
        var r = sl(),
          l = lX(r);
        ((l.tag = 1),
          (l.payload = t),
          null != n && (l.callback = n),
          null !== (t = lG(e, l, r)) && (si(t, e, r), lJ(t, e, r)));
      },
      enqueueForceUpdate: function (e, t) {
        e = e._reactInternals;
        var n = sl(),
          r = lX(n);
        ((r.tag = 2),
          null != t && (r.callback = t),
          null !== (t = lG(e, r, n)) && (si(t, e, n), lJ(t, e, n)));
      },
    };
    function oI(e, t, n, r, l, a, o) {
      return "function" == typeof (e = e.stateNode).shouldComponentUpdate
        ? e.shouldComponentUpdate(r, a, o)
        : !t.prototype || !t.prototype.isPureReactComponent || !n$(n, r) || !n$(l, a);
    }
    function oF(e, t, n, r) {
      ((e = t.state),
        "function" == typeof t.componentWillReceiveProps && t.componentWillReceiveProps(n, r),
        "function" == typeof t.UNSAFE_componentWillReceiveProps &&
          t.UNSAFE_componentWillReceiveProps(n, r),
        t.state !== e && oR.enqueueReplaceState(t, t.state, null));
    }
    function oD(e, t) {
      var n = t;
      if ("ref" in t) for (var r in ((n = {}), t)) "ref" !== r && (n[r] = t[r]);
      if ((e = e.defaultProps))
        for (var l in (n === t && (n = _({}, n)), e)) void 0 === n[l] && (n[l] = e[l]);
      return n;
    }
    function oA(e) {
      rd(e);
    }
    function oj(e) {
      console.error(e);
    }
    function oU(e) {
      rd(e);
    }
    function oB(e, t) {
      try {
        (0, e.onUncaughtError)(t.value, { componentStack: t.stack });
      } catch (e) {
        setTimeout(function () {
          throw e;
        });
      }
    }
    function oV(e, t, n) {
      try {
        (0, e.onCaughtError)(n.value, {
          componentStack: n.stack,
          errorBoundary: 1 === t.tag ? t.stateNode : null,
        });
      } catch (e) {
        setTimeout(function () {
          throw e;
        });
      }
    }
    function oH(e, t, n) {
      return (
        ((n = lX(n)).tag = 3),
        (n.payload = { element: null }),
        (n.callback = function () {
          oB(e, t);
        }),
        n
      );
    }
    function o$(e) {
      return (((e = lX(e)).tag = 3), e);
    }
    function oQ(e, t, n, r) {
      var l = n.type.getDerivedStateFromError;
      if ("function" == typeof l) {
        var a = r.value;
        ((e.payload = function () {
          return l(a);
        }),
          (e.callback = function () {
            oV(t, n, r);
          }));
      }
      var o = n.stateNode;
      null !== o &&
        "function" == typeof o.componentDidCatch &&
        (e.callback = function () {
          (oV(t, n, r),
            "function" != typeof l && (null === u1 ? (u1 = new Set([this])) : u1.add(this)));
          var e = r.stack;
          this.componentDidCatch(r.value, { componentStack: null !== e ? e : "" });
        });
    }
    var oW = Error(u(461)),
      oq = !1;
    function oK(e, t, n, r) {
      t.child = null === e ? lW(t, null, n, r) : lQ(t, e.child, n, r);
    }
    function oY(e, t, n, r, l) {
      n = n.render;
      var a = t.ref;
      if ("ref" in r) {
        var o = {};
        for (var i in r) "ref" !== i && (o[i] = r[i]);
      } else o = r;
      return (li(t), (r = ax(e, t, n, o, a, l)), (i = aC()), null === e || oq)
        ? (rG && i && rW(t), (t.flags |= 1), oK(e, t, r, l), t.child)
        : (aT(e, t, l), ip(e, t, l));
    }
    function oX(e, t, n, r, l) {
      if (null === e) {
        var a = n.type;
        return "function" != typeof a || r_(a) || void 0 !== a.defaultProps || null !== n.compare
          ? (((e = rC(n.type, null, r, t, t.mode, l)).ref = t.ref), (e.return = t), (t.child = e))
          : ((t.tag = 15), (t.type = a), oG(e, t, a, r, l));
      }
      if (((a = e.child), !im(e, l))) {
        var o = a.memoizedProps;
        if ((n = null !== (n = n.compare) ? n : n$)(o, r) && e.ref === t.ref) return ip(e, t, l);
      }
      return ((t.flags |= 1), ((e = rN(a, r)).ref = t.ref), (e.return = t), (t.child = e));
    }
    function oG(e, t, n, r, l) {
      if (null !== e) {
        var a = e.memoizedProps;
        if (n$(a, r) && e.ref === t.ref)
          if (((oq = !1), (t.pendingProps = r = a), !im(e, l)))
            return ((t.lanes = e.lanes), ip(e, t, l));
          else 0 != (131072 & e.flags) && (oq = !0);
      }
      return o4(e, t, n, r, l);
    }
    function oJ(e, t, n, r) {
      var l = r.children,
        a = null !== e ? e.memoizedState : null;
      if (
        (null === e &&
          null === t.stateNode &&
          (t.stateNode = {
            _visibility: 1,
            _pendingMarkers: null,
            _retryCache: null,
            _transitions: null,
          }),
        "hidden" === r.mode)
      ) {
        if (0 != (128 & t.flags)) {
          if (((a = null !== a ? a.baseLanes | n : n), null !== e)) {
            for (r = t.child = e.child, l = 0; null !== r;)
              ((l = l | r.lanes | r.childLanes), (r = r.sibling));
            r = l & ~a;
          } else ((r = 0), (t.child = null));
          return o0(e, t, a, n, r);
        }
        if (0 == (0x20000000 & n))
          return ((r = t.lanes = 0x20000000), o0(e, t, null !== a ? a.baseLanes | n : n, n, r));
        ((t.memoizedState = { baseLanes: 0, cachePool: null }),
          null !== e && lP(t, null !== a ? a.cachePool : null),
          null !== a ? l8(t, a) : l7(),
          al(t));
      } else
        null !== a
          ? (lP(t, a.cachePool), l8(t, a), aa(), (t.memoizedState = null))
          : (null !== e && lP(t, null), l7(), aa());
      return (oK(e, t, l, n), t.child);
    }
    function oZ(e, t) {
      return (
        (null !== e && 22 === e.tag) ||
          null !== t.stateNode ||
          (t.stateNode = {
            _visibility: 1,
            _pendingMarkers: null,
            _retryCache: null,
            _transitions: null,
          }),
        t.sibling
      );
    }
    function o0(e, t, n, r, l) {
      var a = lN();
      return (
        (t.memoizedState = {
          baseLanes: n,
          cachePool: (a = null === a ? null : { parent: lm._currentValue, pool: a }),
        }),
        null !== e && lP(t, null),
        l7(),
        al(t),
        null !== e && la(e, t, r, !0),
        (t.childLanes = l),
        null
      );
    }
    function o1(e, t) {
      return (
        ((t = il({ mode: t.mode, children: t.children }, e.mode)).ref = e.ref),
        (e.child = t),
        (t.return = e),
        t
      );
    }
    function o2(e, t, n) {
      return (
        lQ(t, e.child, null, n),
        (e = o1(t, t.pendingProps)),
        (e.flags |= 2),
        ao(t),
        (t.memoizedState = null),
        e
      );
    }
    function o3(e, t) {
      var n = t.ref;
      if (null === n) null !== e && null !== e.ref && (t.flags |= 4194816);
      else {
        if ("function" != typeof n && "object" != typeof n) throw Error(u(284));
        (null === e || e.ref !== n) && (t.flags |= 4194816);
      }
    }
    function o4(e, t, n, r, l) {
      return (li(t), (n = ax(e, t, n, r, void 0, l)), (r = aC()), null === e || oq)
        ? (rG && r && rW(t), (t.flags |= 1), oK(e, t, n, l), t.child)
        : (aT(e, t, l), ip(e, t, l));
    }
    function o6(e, t, n, r, l, a) {
      return (li(t),
      (t.updateQueue = null),
      (n = aN(t, r, n, l)),
      a_(e),
      (r = aC()),
      null === e || oq)
        ? (rG && r && rW(t), (t.flags |= 1), oK(e, t, n, a), t.child)
        : (aT(e, t, a), ip(e, t, a));
    }
    function o5(e, t, n, r, l) {
      if ((li(t), null === t.stateNode)) {
        var a = rS,
          o = n.contextType;
        ("object" == typeof o && null !== o && (a = lu(o)),
          (t.memoizedState =
            null !== (a = new n(r, a)).state && void 0 !== a.state ? a.state : null),
          (a.updater = oR),
          (t.stateNode = a),
          (a._reactInternals = t),
          ((a = t.stateNode).props = r),
          (a.state = t.memoizedState),
          (a.refs = {}),
          lK(t),
          (o = n.contextType),
          (a.context = "object" == typeof o && null !== o ? lu(o) : rS),
          (a.state = t.memoizedState),
          "function" == typeof (o = n.getDerivedStateFromProps) &&
            (oM(t, n, o, r), (a.state = t.memoizedState)),
          "function" == typeof n.getDerivedStateFromProps ||
            "function" == typeof a.getSnapshotBeforeUpdate ||
            ("function" != typeof a.UNSAFE_componentWillMount &&
              "function" != typeof a.componentWillMount) ||
            ((o = a.state),
            "function" == typeof a.componentWillMount && a.componentWillMount(),
            "function" == typeof a.UNSAFE_componentWillMount && a.UNSAFE_componentWillMount(),
            o !== a.state && oR.enqueueReplaceState(a, a.state, null),
            l2(t, r, a, l),
            l1(),
            (a.state = t.memoizedState)),
          "function" == typeof a.componentDidMount && (t.flags |= 4194308),
          (r = !0));
      } else if (null === e) {
        a = t.stateNode;
        var i = t.memoizedProps,
          u = oD(n, i);
        a.props = u;
        var s = a.context,
          c = n.contextType;
        ((o = rS), "object" == typeof c && null !== c && (o = lu(c)));
        var f = n.getDerivedStateFromProps;
        ((c = "function" == typeof f || "function" == typeof a.getSnapshotBeforeUpdate),
          (i = t.pendingProps !== i),
          c ||
            ("function" != typeof a.UNSAFE_componentWillReceiveProps &&
              "function" != typeof a.componentWillReceiveProps) ||
            ((i || s !== o) && oF(t, a, r, o)),
          (lq = !1));
        var d = t.memoizedState;
        ((a.state = d),
          l2(t, r, a, l),
          l1(),
          (s = t.memoizedState),
          i || d !== s || lq
            ? ("function" == typeof f && (oM(t, n, f, r), (s = t.memoizedState)),
              (u = lq || oI(t, n, u, r, d, s, o))
                ? (c ||
                    ("function" != typeof a.UNSAFE_componentWillMount &&
                      "function" != typeof a.componentWillMount) ||
                    ("function" == typeof a.componentWillMount && a.componentWillMount(),
                    "function" == typeof a.UNSAFE_componentWillMount &&
                      a.UNSAFE_componentWillMount()),
                  "function" == typeof a.componentDidMount && (t.flags |= 4194308))
                : ("function" == typeof a.componentDidMount && (t.flags |= 4194308),
                  (t.memoizedProps = r),
                  (t.memoizedState = s)),
              (a.props = r),
              (a.state = s),
              (a.context = o),
              (r = u))
            : ("function" == typeof a.componentDidMount && (t.flags |= 4194308), (r = !1)));
      } else {
        ((a = t.stateNode),
          lY(e, t),
          (c = oD(n, (o = t.memoizedProps))),
          (a.props = c),
          (f = t.pendingProps),
          (d = a.context),
          (s = n.contextType),
          (u = rS),
          "object" == typeof s && null !== s && (u = lu(s)),
          (s =
            "function" == typeof (i = n.getDerivedStateFromProps) ||
            "function" == typeof a.getSnapshotBeforeUpdate) ||
            ("function" != typeof a.UNSAFE_componentWillReceiveProps &&
              "function" != typeof a.componentWillReceiveProps) ||
            ((o !== f || d !== u) && oF(t, a, r, u)),
          (lq = !1),
          (d = t.memoizedState),
          (a.state = d),
          l2(t, r, a, l),
          l1());
        var p = t.memoizedState;
        o !== f || d !== p || lq || (null !== e && null !== e.dependencies && lo(e.dependencies))
          ? ("function" == typeof i && (oM(t, n, i, r), (p = t.memoizedState)),
            (c =
              lq ||
              oI(t, n, c, r, d, p, u) ||
              (null !== e && null !== e.dependencies && lo(e.dependencies)))
              ? (s ||
                  ("function" != typeof a.UNSAFE_componentWillUpdate &&
                    "function" != typeof a.componentWillUpdate) ||
                  ("function" == typeof a.componentWillUpdate && a.componentWillUpdate(r, p, u),
                  "function" == typeof a.UNSAFE_componentWillUpdate &&
                    a.UNSAFE_componentWillUpdate(r, p, u)),
                "function" == typeof a.componentDidUpdate && (t.flags |= 4),
                "function" == typeof a.getSnapshotBeforeUpdate && (t.flags |= 1024))
              : ("function" != typeof a.componentDidUpdate ||
                  (o === e.memoizedProps && d === e.memoizedState) ||
                  (t.flags |= 4),
                "function" != typeof a.getSnapshotBeforeUpdate ||
                  (o === e.memoizedProps && d === e.memoizedState) ||
                  (t.flags |= 1024),
                (t.memoizedProps = r),
                (t.memoizedState = p)),
            (a.props = r),
            (a.state = p),
            (a.context = u),
            (r = c))
          : ("function" != typeof a.componentDidUpdate ||
              (o === e.memoizedProps && d === e.memoizedState) ||
              (t.flags |= 4),
            "function" != typeof a.getSnapshotBeforeUpdate ||
              (o === e.memoizedProps && d === e.memoizedState) ||
              (t.flags |= 1024),
            (r = !1));
      }
      return (
        (a = r),
        o3(e, t),
        (r = 0 != (128 & t.flags)),
        a || r
          ? ((a = t.stateNode),
            (n = r && "function" != typeof n.getDerivedStateFromError ? null : a.render()),
            (t.flags |= 1),
            null !== e && r
              ? ((t.child = lQ(t, e.child, null, l)), (t.child = lQ(t, null, n, l)))
              : oK(e, t, n, l),
            (t.memoizedState = a.state),
            (e = t.child))
          : (e = ip(e, t, l)),
        e
      );
    }
    function o8(e, t, n, r) {
      return (r6(), (t.flags |= 256), oK(e, t, n, r), t.child);
    }
    var o7 = { dehydrated: null, treeContext: null, retryLane: 0, hydrationErrors: null };
    function o9(e) {
      return { baseLanes: e, cachePool: lC() };
    }
    function ie(e, t, n) {
      return ((e = null !== e ? e.childLanes & ~n : 0), t && (e |= uW), e);
    }
    function it(e, t, n) {
      var r,
        l = t.pendingProps,
        a = !1,
        o = 0 != (128 & t.flags);
      if (
        ((r = o) || (r = (null === e || null !== e.memoizedState) && 0 != (2 & ai.current)),
        r && ((a = !0), (t.flags &= -129)),
        (r = 0 != (32 & t.flags)),
        (t.flags &= -33),
        null === e)
      ) {
        if (rG) {
          if (
            (a ? an(t) : aa(),
            (e = rX)
              ? null !== (e = null !== (e = c5(e, rZ)) && "&" !== e.data ? e : null) &&
                ((t.memoizedState = {
                  dehydrated: e,
                  treeContext: null !== rB ? { id: rV, overflow: rH } : null,
                  retryLane: 0x20000000,
                  hydrationErrors: null,
                }),
                ((n = rO(e)).return = t),
                (t.child = n),
                (rY = t),
                (rX = null))
              : (e = null),
            null === e)
          )
            throw r1(t);
          return (c7(e) ? (t.lanes = 32) : (t.lanes = 0x20000000), null);
        }
        return ((o = l.children), (l = l.fallback), a)
          ? (aa(),
            (o = il({ mode: "hidden", children: o }, (a = t.mode))),
            (l = rT(l, a, n, null)),
            (o.return = t),
            (l.return = t),
            (o.sibling = l),
            (t.child = o),
            ((l = t.child).memoizedState = o9(n)),
            (l.childLanes = ie(e, r, n)),
            (t.memoizedState = o7),
            oZ(null, l))
          : (an(t), ir(t, o));
      }
      var i = e.memoizedState;
      if (null !== i) {
        var s = i.dehydrated;
        if (null !== s) {
          var c = e,
            f = t,
            d = o,
            p = r,
            m = l,
            h = s,
            g = i,
            v = n;
          if (d)
            return 256 & f.flags
              ? (an(f), (f.flags &= -257), ia(c, f, v))
              : null !== f.memoizedState
                ? (aa(), (f.child = c.child), (f.flags |= 128), null)
                : (aa(),
                  (h = m.fallback),
                  (g = f.mode),
                  (m = il({ mode: "visible", children: m.children }, g)),
                  (h = rT(h, g, v, null)),
                  (h.flags |= 2),
                  (m.return = f),
                  (h.return = f),
                  (m.sibling = h),
                  (f.child = m),
                  lQ(f, c.child, null, v),
                  ((m = f.child).memoizedState = o9(v)),
                  (m.childLanes = ie(c, p, v)),
                  (f.memoizedState = o7),
                  oZ(null, m));
          if ((an(f), c7(h))) {
            if ((p = h.nextSibling && h.nextSibling.dataset)) var y = p.dgst;
            return (
              "" !== (p = y) &&
                (((m = Error(u(419))).stack = ""),
                (m.digest = p),
                r8({ value: m, source: null, stack: null })),
              ia(c, f, v)
            );
          }
          if ((oq || la(c, f, v, !1), (p = 0 != (v & c.childLanes)), oq || p)) {
            if (null !== l6.current) return ia(c, f, v);
            if (null !== (p = uM) && 0 !== (m = eH(p, v)) && m !== g.retryLane)
              throw ((g.retryLane = m), rb(c, m), si(p, c, m), oW);
            return (c8(h) || sy(), ia(c, f, v));
          }
          return c8(h)
            ? ((f.flags |= 192), (f.child = c.child), null)
            : ((c = g.treeContext),
              (rX = c9(h.nextSibling)),
              (rY = f),
              (rG = !0),
              (rJ = null),
              (rZ = !1),
              null !== c && rK(f, c),
              (f = ir(f, m.children)),
              (f.flags |= 0x8001000),
              f);
        }
      }
      return a
        ? (aa(),
          (a = l.fallback),
          (o = t.mode),
          (s = (i = e.child).sibling),
          ((l = rN(i, { mode: "hidden", children: l.children })).subtreeFlags =
            0x47f00000 & i.subtreeFlags),
          null !== s ? (a = rN(s, a)) : ((a = rT(a, o, n, null)), (a.flags |= 2)),
          (a.return = t),
          (l.return = t),
          (l.sibling = a),
          (t.child = l),
          oZ(null, l),
          (l = t.child),
          null === (a = e.child.memoizedState)
            ? (a = o9(n))
            : (null !== (o = a.cachePool)
                ? ((i = lm._currentValue), (o = o.parent !== i ? { parent: i, pool: i } : o))
                : (o = lC()),
              (a = { baseLanes: a.baseLanes | n, cachePool: o })),
          (l.memoizedState = a),
          (l.childLanes = ie(e, r, n)),
          (t.memoizedState = o7),
          oZ(e.child, l))
        : (an(t),
          (e = (n = e.child).sibling),
          ((n = rN(n, { mode: "visible", children: l.children })).return = t),
          (n.sibling = null),
          null !== e &&
            (null === (r = t.deletions) ? ((t.deletions = [e]), (t.flags |= 16)) : r.push(e)),
          (t.child = n),
          (t.memoizedState = null),
          n);
    }
    function ir(e, t) {
      return (((t = il({ mode: "visible", children: t }, e.mode)).return = e), (e.child = t));
    }
    function il(e, t) {
      return (((e = rx(22, e, null, t)).lanes = 0), e);
    }
    function ia(e, t, n) {
      return (
        lQ(t, e.child, null, n),
        (e = ir(t, t.pendingProps.children)),
        (e.flags |= 2),
        (t.memoizedState = null),
        e
      );
    }
    function io(e, t, n) {
      e.lanes |= t;
      var r = e.alternate;
      (null !== r && (r.lanes |= t), lr(e.return, t, n));
    }
    function ii(e) {
      for (var t = null; null !== e;) {
        var n = e.alternate;
        (null !== n && null === ac(n) && (t = e), (e = e.sibling));
      }
      return t;
    }
    function iu(e, t, n, r, l, a) {
      var o = e.memoizedState;
      null === o
        ? (e.memoizedState = {
            isBackwards: t,
            rendering: null,
            renderingStartTime: 0,
            last: r,
            tail: n,
            tailMode: l,
            treeForkCount: a,
          })
        : ((o.isBackwards = t),
          (o.rendering = null),
          (o.renderingStartTime = 0),
          (o.last = r),
          (o.tail = n),
          (o.tailMode = l),
          (o.treeForkCount = a));
    }
    function is(e) {
      var t = e.child;
      for (e.child = null; null !== t;) {
        var n = t.sibling;
        ((t.sibling = e.child), (e.child = t), (t = n));
      }
    }
    function ic(e, t, n) {
      var r = t.pendingProps,
        l = r.revealOrder,
        a = r.tail;
      r = r.children;
      var o = ai.current;
      if (128 & t.flags) return (au(t, o), null);
      var i = 0 != (2 & o);
      if (
        (i ? ((o = (1 & o) | 2), (t.flags |= 128)) : (o &= 1),
        au(t, o),
        "backwards" === l && null !== e ? (is(e), oK(e, t, r, n), is(e)) : oK(e, t, r, n),
        (r = rG ? rA : 0),
        !i && null !== e && 0 != (128 & e.flags))
      )
        e: for (e = t.child; null !== e;) {
          if (13 === e.tag) null !== e.memoizedState && io(e, n, t);
          else if (19 === e.tag) io(e, n, t);
          else if (null !== e.child) {
            ((e.child.return = e), (e = e.child));
            continue;
          }
          if (e === t) break;
          for (; null === e.sibling;) {
            if (null === e.return || e.return === t) break e;
            e = e.return;
          }
          ((e.sibling.return = e.return), (e = e.sibling));
        }
      switch (l) {
        case "backwards":
          (null === (n = ii(t.child))
            ? ((l = t.child), (t.child = null))
            : ((l = n.sibling), (n.sibling = null), is(t)),
            iu(t, !0, l, null, a, r));
          break;
        case "unstable_legacy-backwards":
          for (n = null, l = t.child, t.child = null; null !== l;) {
            if (null !== (e = l.alternate) && null === ac(e)) {
              t.child = l;
              break;
            }
            ((e = l.sibling), (l.sibling = n), (n = l), (l = e));
          }
          iu(t, !0, n, null, a, r);
          break;
        case "together":
          iu(t, !1, null, null, void 0, r);
          break;
        case "independent":
          t.memoizedState = null;
          break;
        default:
          (null === (n = ii(t.child))
            ? ((l = t.child), (t.child = null))
            : ((l = n.sibling), (n.sibling = null)),
            iu(t, !1, l, n, a, r));
      }
      return t.child;
    }
    function id(e, t, n) {
      var r = t.pendingProps;
      return (lt(t, t.type, r.value), oK(e, t, r.children, n), t.child);
    }
    function ip(e, t, n) {
      if (
        (null !== e && (t.dependencies = e.dependencies), (uH |= t.lanes), 0 == (n & t.childLanes))
      ) {
        if (null === e) return null;
        else if ((la(e, t, n, !1), 0 == (n & t.childLanes))) return null;
      }
      if (null !== e && t.child !== e.child) throw Error(u(153));
      if (null !== t.child) {
        for (n = rN((e = t.child), e.pendingProps), t.child = n, n.return = t; null !== e.sibling;)
          ((e = e.sibling), ((n = n.sibling = rN(e, e.pendingProps)).return = t));
        n.sibling = null;
      }
      return t.child;
    }
    function im(e, t) {
      return 0 != (e.lanes & t) || !!(null !== (e = e.dependencies) && lo(e));
    }
    function ih(e, t, n) {
      if (null !== e)
        if (e.memoizedProps !== t.pendingProps) oq = !0;
        else {
          if (!im(e, n) && 0 == (128 & t.flags))
            return (
              (oq = !1),
              (function (e, t, n) {
                switch (t.tag) {
                  case 3:
                    (eo(t, t.stateNode.containerInfo), lt(t, lm, e.memoizedState.cache), r6());
                    break;
                  case 27:
                  case 5:
                    eu(t);
                    break;
                  case 4:
                    eo(t, t.stateNode.containerInfo);
                    break;
                  case 10:
                    lt(t, t.type, t.memoizedProps.value);
                    break;
                  case 31:
                    if (null !== t.memoizedState) return ((t.flags |= 128), ar(t), null);
                    break;
                  case 13:
                    var r = t.memoizedState;
                    if (null !== r) {
                      if (null !== r.dehydrated) return (an(t), (t.flags |= 128), null);
                      r = la(e, t, n, !1);
                      var l = t.child.childLanes;
                      if (r || 0 != (n & l)) return it(e, t, n);
                      return (an(t), null !== (e = ip(e, t, n)) ? e.sibling : null);
                    }
                    an(t);
                    break;
                  case 19:
                    if (128 & t.flags) return ic(e, t, n);
                    if (
                      ((l = 0 != (128 & e.flags)),
                      (r = 0 != (n & t.childLanes)) ||
                        (la(e, t, n, !1), (r = 0 != (n & t.childLanes))),
                      l)
                    ) {
                      if (r) return ic(e, t, n);
                      t.flags |= 128;
                    }
                    if (
                      (null !== (l = t.memoizedState) &&
                        ((l.rendering = null), (l.tail = null), (l.lastEffect = null)),
                      au(t, ai.current),
                      !r)
                    )
                      return null;
                    break;
                  case 22:
                    return ((t.lanes = 0), oJ(e, t, n, t.pendingProps));
                  case 24:
                    lt(t, lm, e.memoizedState.cache);
                }
                return ip(e, t, n);
              })(e, t, n)
            );
          oq = 0 != (131072 & e.flags);
        }
      else ((oq = !1), rG && 0 != (1048576 & t.flags) && rQ(t, rA, t.index));
      switch (((t.lanes = 0), t.tag)) {
        case 16:
          e: {
            var r = t.pendingProps;
            if (((e = lI(t.elementType)), (t.type = e), "function" == typeof e))
              r_(e)
                ? ((r = oD(e, r)), (t.tag = 1), (t = o5(null, t, e, r, n)))
                : ((t.tag = 0), (t = o4(null, t, e, r, n)));
            else {
              if (null != e) {
                var l = e.$$typeof;
                if (l === R) {
                  ((t.tag = 11), (t = oY(null, t, e, r, n)));
                  break e;
                }
                if (l === D) {
                  ((t.tag = 14), (t = oX(null, t, e, r, n)));
                  break e;
                }
                if (l === M) {
                  ((t.tag = 10), (t.type = e), (t = id(null, t, n)));
                  break e;
                }
              }
              throw Error(
                u(
                  306,
                  (t =
                    (function e(t) {
                      if (null == t) return null;
                      if ("function" == typeof t)
                        return t.$$typeof === W ? null : t.displayName || t.name || null;
                      if ("string" == typeof t) return t;
                      switch (t) {
                        case T:
                          return "Fragment";
                        case O:
                          return "Profiler";
                        case z:
                          return "StrictMode";
                        case I:
                          return "Suspense";
                        case F:
                          return "SuspenseList";
                        case j:
                          return "Activity";
                        case V:
                          return "ViewTransition";
                      }
                      if ("object" == typeof t)
                        switch (t.$$typeof) {
                          case C:
                            return "Portal";
                          case M:
                            return t.displayName || "Context";
                          case L:
                            return (t._context.displayName || "Context") + ".Consumer";
                          case R:
                            var n = t.render;
                            return (
                              (t = t.displayName) ||
                                (t =
                                  "" !== (t = n.displayName || n.name || "")
                                    ? "ForwardRef(" + t + ")"
                                    : "ForwardRef"),
                              t
                            );
                          case D:
                            return null !== (n = t.displayName || null) ? n : e(t.type) || "Memo";
                          case A:
                            ((n = t._payload), (t = t._init));
                            try {
                              return e(t(n));
                            } catch (e) {}
                        }
                      return null;
                    })(e) || e),
                  "",
                ),
              );
            }
          }
          return t;
        case 0:
          return o4(e, t, t.type, t.pendingProps, n);
        case 1:
          return ((l = oD((r = t.type), t.pendingProps)), o5(e, t, r, l, n));
        case 3:
          e: {
            if ((eo(t, t.stateNode.containerInfo), null === e)) throw Error(u(387));
            r = t.pendingProps;
            var a = t.memoizedState;
            ((l = a.element), lY(e, t), l2(t, r, null, n));
            var o = t.memoizedState;
            if (
              (lt(t, lm, (r = o.cache)),
              r !== a.cache && ll(t, [lm], n, !0),
              l1(),
              (r = o.element),
              a.isDehydrated)
            )
              if (
                ((a = { element: r, isDehydrated: !1, cache: o.cache }),
                (t.updateQueue.baseState = a),
                (t.memoizedState = a),
                256 & t.flags)
              ) {
                t = o8(e, t, r, n);
                break e;
              } else if (r !== l) {
                (r8((l = rR(Error(u(424)), t))), (t = o8(e, t, r, n)));
                break e;
              } else
                for (
                  rX = c9(
                    (e =
                      9 === (e = t.stateNode.containerInfo).nodeType
                        ? e.body
                        : "HTML" === e.nodeName
                          ? e.ownerDocument.body
                          : e).firstChild,
                  ),
                    rY = t,
                    rG = !0,
                    rJ = null,
                    rZ = !0,
                    n = lW(t, null, r, n),
                    t.child = n;
                  n;
                )
                  ((n.flags = (-3 & n.flags) | 0x8001000), (n = n.sibling));
            else {
              if ((r6(), r === l)) {
                t = ip(e, t, n);
                break e;
              }
              oK(e, t, r, n);
            }
            t = t.child;
          }
          return t;
        case 26:
          return (
            o3(e, t),
            null === e
              ? (n = fd(t.type, null, t.pendingProps, null))
                ? (t.memoizedState = n)
                : rG || (t.stateNode = ck(t.type, t.pendingProps, el.current, t))
              : (t.memoizedState = fd(t.type, e.memoizedProps, t.pendingProps, e.memoizedState)),
            null
          );
        case 27:
          return (
            eu(t),
            null === e &&
              rG &&
              ((r = t.stateNode = fr(t.type, t.pendingProps, el.current)),
              (rY = t),
              (rZ = !0),
              (l = rX),
              cz(t.type) ? ((fe = l), (rX = c9(r.firstChild))) : (rX = l)),
            oK(e, t, t.pendingProps.children, n),
            o3(e, t),
            null === e && (t.flags |= 4194304),
            t.child
          );
        case 5:
          return (
            null === e &&
              rG &&
              ((l = r = rX) &&
                (null !==
                (r = (function (e, t, n, r) {
                  for (; 1 === e.nodeType;) {
                    if (e.nodeName.toLowerCase() !== t.toLowerCase()) {
                      if (!r && ("INPUT" !== e.nodeName || "hidden" !== e.type)) break;
                    } else if (r) {
                      if (!e[e2])
                        switch (t) {
                          case "meta":
                            if (!e.hasAttribute("itemprop")) break;
                            return e;
                          case "link":
                            if (
                              ("stylesheet" === (l = e.getAttribute("rel")) &&
                                e.hasAttribute("data-precedence")) ||
                              l !== n.rel ||
                              e.getAttribute("href") !==
                                (null == n.href || "" === n.href ? null : n.href) ||
                              e.getAttribute("crossorigin") !==
                                (null == n.crossOrigin ? null : n.crossOrigin) ||
                              e.getAttribute("title") !== (null == n.title ? null : n.title)
                            )
                              break;
                            return e;
                          case "style":
                            if (e.hasAttribute("data-precedence")) break;
                            return e;
                          case "script":
                            if (
                              ((l = e.getAttribute("src")) !== (null == n.src ? null : n.src) ||
                                e.getAttribute("type") !== (null == n.type ? null : n.type) ||
                                e.getAttribute("crossorigin") !==
                                  (null == n.crossOrigin ? null : n.crossOrigin)) &&
                              l &&
                              e.hasAttribute("async") &&
                              !e.hasAttribute("itemprop")
                            )
                              break;
                            return e;
                          default:
                            return e;
                        }
                    } else {
                      if ("input" !== t || "hidden" !== e.type) return e;
                      var l = null == n.name ? null : "" + n.name;
                      if ("hidden" === n.type && e.getAttribute("name") === l) return e;
                    }
                    if (null === (e = c9(e.nextSibling))) break;
                  }
                  return null;
                })(r, t.type, t.pendingProps, rZ))
                  ? ((t.stateNode = r), (rY = t), (rX = c9(r.firstChild)), (rZ = !1), (l = !0))
                  : (l = !1)),
              l || r1(t)),
            eu(t),
            (l = t.type),
            (a = t.pendingProps),
            (o = null !== e ? e.memoizedProps : null),
            (r = a.children),
            cS(l, a) ? (r = null) : null !== o && cS(l, o) && (t.flags |= 32),
            null !== t.memoizedState && (fF._currentValue = l = ax(e, t, aP, null, null, n)),
            o3(e, t),
            oK(e, t, r, n),
            t.child
          );
        case 6:
          return (
            null === e &&
              rG &&
              ((e = n = rX) &&
                (null !==
                (n = (function (e, t, n) {
                  if ("" === t) return null;
                  for (; 3 !== e.nodeType;)
                    if (
                      ((1 !== e.nodeType || "INPUT" !== e.nodeName || "hidden" !== e.type) && !n) ||
                      null === (e = c9(e.nextSibling))
                    )
                      return null;
                  return e;
                })(n, t.pendingProps, rZ))
                  ? ((t.stateNode = n), (rY = t), (rX = null), (e = !0))
                  : (e = !1)),
              e || r1(t)),
            null
          );
        case 13:
          return it(e, t, n);
        case 4:
          return (
            eo(t, t.stateNode.containerInfo),
            (r = t.pendingProps),
            null === e ? (t.child = lQ(t, null, r, n)) : oK(e, t, r, n),
            t.child
          );
        case 11:
          return oY(e, t, t.type, t.pendingProps, n);
        case 7:
          return ((r = t.pendingProps), o3(e, t), oK(e, t, r, n), t.child);
        case 8:
        case 12:
          return (oK(e, t, t.pendingProps.children, n), t.child);
        case 10:
          return id(e, t, n);
        case 9:
          return (
            (l = t.type._context),
            (r = t.pendingProps.children),
            li(t),
            (r = r((l = lu(l)))),
            (t.flags |= 1),
            oK(e, t, r, n),
            t.child
          );
        case 14:
          return oX(e, t, t.type, t.pendingProps, n);
        case 15:
          return oG(e, t, t.type, t.pendingProps, n);
        case 19:
          return ic(e, t, n);
        case 31:
          var i = e,
            s = t,
            c = n,
            f = s.pendingProps,
            d = 0 != (128 & s.flags);
          if (((s.flags &= -129), null === i)) {
            if (rG) {
              if ("hidden" === f.mode)
                return (
                  (i = o1(s, f)),
                  (s.lanes = 0x20000000),
                  (i.memoizedState = { baseLanes: 0, cachePool: null }),
                  oZ(null, i)
                );
              if (
                (ar(s),
                (i = rX)
                  ? null !== (i = null !== (i = c5(i, rZ)) && "&" === i.data ? i : null) &&
                    ((s.memoizedState = {
                      dehydrated: i,
                      treeContext: null !== rB ? { id: rV, overflow: rH } : null,
                      retryLane: 0x20000000,
                      hydrationErrors: null,
                    }),
                    ((c = rO(i)).return = s),
                    (s.child = c),
                    (rY = s),
                    (rX = null))
                  : (i = null),
                null === i)
              )
                throw r1(s);
              return ((s.lanes = 0x20000000), null);
            }
            return o1(s, f);
          }
          var p = i.memoizedState;
          if (null !== p) {
            var m = p.dehydrated;
            if ((ar(s), d))
              if (256 & s.flags) ((s.flags &= -257), (s = o2(i, s, c)));
              else if (null !== s.memoizedState)
                ((s.child = i.child), (s.flags |= 128), (s = null));
              else throw Error(u(558));
            else if ((oq || la(i, s, c, !1), (d = 0 != (c & i.childLanes)), oq || d)) {
              if (null === l6.current) {
                if (null !== (f = uM) && 0 !== (m = eH(f, c)) && m !== p.retryLane)
                  throw ((p.retryLane = m), rb(i, m), si(f, i, m), oW);
                sy();
              }
              s = o2(i, s, c);
            } else
              ((i = p.treeContext),
                (rX = c9(m.nextSibling)),
                (rY = s),
                (rG = !0),
                (rJ = null),
                (rZ = !1),
                null !== i && rK(s, i),
                (s = o1(s, f)),
                (s.flags |= 0x8001000));
            return s;
          }
          return (
            ((i = rN(i.child, { mode: f.mode, children: f.children })).ref = s.ref),
            (s.child = i),
            (i.return = s),
            i
          );
        case 22:
          return oJ(e, t, n, t.pendingProps);
        case 24:
          return (
            li(t),
            (r = lu(lm)),
            null === e
              ? (null === (l = lN()) &&
                  ((l = uM),
                  (a = lh()),
                  (l.pooledCache = a),
                  a.refCount++,
                  null !== a && (l.pooledCacheLanes |= n),
                  (l = a)),
                (t.memoizedState = { parent: r, cache: l }),
                lK(t),
                lt(t, lm, l))
              : (0 != (e.lanes & n) && (lY(e, t), l2(t, null, null, n), l1()),
                (l = e.memoizedState),
                (a = t.memoizedState),
                l.parent !== r
                  ? ((l = { parent: r, cache: r }),
                    (t.memoizedState = l),
                    0 === t.lanes && (t.memoizedState = t.updateQueue.baseState = l),
                    lt(t, lm, r))
                  : (lt(t, lm, (r = a.cache)), r !== l.cache && ll(t, [lm], n, !0))),
            oK(e, t, t.pendingProps.children, n),
            t.child
          );
        case 30:
          return (
            null === t.stateNode &&
              (t.stateNode = { autoName: null, paired: null, clones: null, ref: null }),
            null != (r = t.pendingProps).name && "auto" !== r.name
              ? (t.flags |= null === e ? 0x1202000 : 0x1200000)
              : rG && rW(t),
            null !== e && e.memoizedProps.name !== r.name ? (t.flags |= 4194816) : o3(e, t),
            oK(e, t, r.children, n),
            t.child
          );
        case 29:
          throw t.pendingProps;
      }
      throw Error(u(156, t.tag));
    }
    function ig(e) {
      e.flags |= 4;
    }
    function iv(e, t, n, r, l) {
      var a;
      if (
        ((a = 0 != (32 & e.mode)) &&
          (a = null === n ? f_(t, r) : f_(t, r) && (r.src !== n.src || r.srcSet !== n.srcSet)),
        a)
      ) {
        if (((e.flags |= 0x1000000), (0x13ffff40 & l) === l))
          if (e.stateNode.complete) e.flags |= 8192;
          else if (sh()) e.flags |= 8192;
          else throw ((lF = lL), lz);
      } else e.flags &= -0x1000001;
    }
    function iy(e, t) {
      if ("stylesheet" !== t.type || 0 != (4 & t.state.loading)) e.flags &= -0x1000001;
      else if (((e.flags |= 0x1000000), !fN(t)))
        if (sh()) e.flags |= 8192;
        else throw ((lF = lL), lz);
    }
    function ib(e, t) {
      (null !== t && (e.flags |= 4),
        16384 & e.flags && ((t = 22 !== e.tag ? eA() : 0x20000000), (e.lanes |= t), (uq |= t)));
    }
    function iw(e, t) {
      if (!rG)
        switch (e.tailMode) {
          case "visible":
            break;
          case "collapsed":
            for (var n = e.tail, r = null; null !== n;)
              (null !== n.alternate && (r = n), (n = n.sibling));
            null === r
              ? t || null === e.tail
                ? (e.tail = null)
                : (e.tail.sibling = null)
              : (r.sibling = null);
            break;
          default:
            for (t = e.tail, n = null; null !== t;)
              (null !== t.alternate && (n = t), (t = t.sibling));
            null === n ? (e.tail = null) : (n.sibling = null);
        }
    }
    function ik(e) {
      var t = null !== e.alternate && e.alternate.child === e.child,
        n = 0,
        r = 0;
      if (t)
        for (var l = e.child; null !== l;)
          ((n |= l.lanes | l.childLanes),
            (r |= 0x47f00000 & l.subtreeFlags),
            (r |= 0x47f00000 & l.flags),
            (l.return = e),
            (l = l.sibling));
      else
        for (l = e.child; null !== l;)
          ((n |= l.lanes | l.childLanes),
            (r |= l.subtreeFlags),
            (r |= l.flags),
            (l.return = e),
            (l = l.sibling));
      return ((e.subtreeFlags |= r), (e.childLanes = n), t);
    }
    function iS(e, t) {
      switch ((rq(t), t.tag)) {
        case 3:
          (ln(lm), ei());
          break;
        case 26:
        case 27:
        case 5:
          es(t);
          break;
        case 4:
          ei();
          break;
        case 31:
          null !== t.memoizedState && ao(t);
          break;
        case 13:
          ao(t);
          break;
        case 19:
          as(t);
          break;
        case 10:
          ln(t.type);
          break;
        case 22:
        case 23:
          (ao(t), l9(), null !== e && ee(l_));
          break;
        case 24:
          ln(lm);
      }
    }
    function iE(e, t) {
      try {
        var n = t.updateQueue,
          r = null !== n ? n.lastEffect : null;
        if (null !== r) {
          var l = r.next;
          n = l;
          do {
            if ((n.tag & e) === e) {
              r = void 0;
              var a = n.create;
              n.inst.destroy = r = a();
            }
            n = n.next;
          } while (n !== l);
        }
      } catch (e) {
        sI(t, t.return, e);
      }
    }
    function ix(e, t, n) {
      try {
        var r = t.updateQueue,
          l = null !== r ? r.lastEffect : null;
        if (null !== l) {
          var a = l.next;
          r = a;
          do {
            if ((r.tag & e) === e) {
              var o = r.inst,
                i = o.destroy;
              if (void 0 !== i) {
                ((o.destroy = void 0), (l = t));
                try {
                  i();
                } catch (e) {
                  sI(l, n, e);
                }
              }
            }
            r = r.next;
          } while (r !== a);
        }
      } catch (e) {
        sI(t, t.return, e);
      }
    }
    function i_(e) {
      var t = e.updateQueue;
      if (null !== t) {
        var n = e.stateNode;
        try {
          l4(t, n);
        } catch (t) {
          sI(e, e.return, t);
        }
      }
    }
    function iN(e, t, n) {
      ((n.props = oD(e.type, e.memoizedProps)), (n.state = e.memoizedState));
      try {
        n.componentWillUnmount();
      } catch (n) {
        sI(e, t, n);
      }
    }
    function iP(e, t) {
      try {
        var n = e.ref;
        if (null !== n) {
          switch (e.tag) {
            case 26:
            case 27:
            case 5:
              var r = e.stateNode;
              break;
            case 30:
              var l = e.stateNode,
                a = rs(e.memoizedProps, l);
              ((null === l.ref || l.ref.name !== a) && (l.ref = cU(a)), (r = l.ref));
              break;
            case 7:
              if (null === e.stateNode) {
                var o = new cB(e);
                (m(e.child, !1, c2, o, void 0, void 0), (e.stateNode = o));
              }
              r = e.stateNode;
              break;
            default:
              r = e.stateNode;
          }
          "function" == typeof n ? (e.refCleanup = n(r)) : (n.current = r);
        }
      } catch (n) {
        sI(e, t, n);
      }
    }
    function iC(e, t) {
      var n = e.ref,
        r = e.refCleanup;
      if (null !== n)
        if ("function" == typeof r)
          try {
            r();
          } catch (n) {
            sI(e, t, n);
          } finally {
            ((e.refCleanup = null), null != (e = e.alternate) && (e.refCleanup = null));
          }
        else if ("function" == typeof n)
          try {
            n(null);
          } catch (n) {
            sI(e, t, n);
          }
        else n.current = null;
    }
    function iT(e, t) {
      if ((5 === e.tag || 27 === e.tag || 6 === e.tag) && null === e.alternate && null !== t)
        for (var n = 0; n < t.length; n++) c4(e.stateNode, t[n]);
    }
    function iz(e) {
      for (var t = e.return; null !== t && (iM(t) && c4(e.stateNode, t.stateNode), !iL(t));)
        t = t.return;
    }
    function iO(e) {
      for (
        var t = e.return;
        null !== t &&
        (iM(t) &&
          (function (e, t) {
            var n = t._eventListeners;
            if (null !== n)
              for (var r = 0; r < n.length; r++) {
                var l = n[r];
                e.removeEventListener(l.type, l.attachedListener, c$(l.optionsOrUseCapture));
              }
            3 !== e.nodeType &&
              (null !== (n = t._observers) &&
                n.forEach(function (n) {
                  "string" == typeof n.rootMargin
                    ? (cJ.push({ fragmentInstance: t, observer: n, instance: e }),
                      cZ ||
                        ((cZ = !0),
                        (function (e) {
                          cP(function () {
                            cP(function (t) {
                              return e(t);
                            });
                          });
                        })(function () {
                          cZ = !1;
                          var e = cJ;
                          cJ = [];
                          for (var t = 0; t < e.length; t++) {
                            var n = e[t];
                            n.observer.unobserve(n.instance);
                          }
                        })))
                    : n.unobserve(e);
                }),
              null != e.reactFragments && e.reactFragments.delete(t));
          })(e.stateNode, t.stateNode),
        !iL(t));
      )
        t = t.return;
    }
    function iL(e) {
      return 5 === e.tag || 3 === e.tag || 27 === e.tag;
    }
    function iM(e) {
      return e && 7 === e.tag && null !== e.stateNode;
    }
    function iR(e) {
      var t = e.type,
        n = e.memoizedProps,
        r = e.stateNode;
      try {
        switch (t) {
          case "button":
          case "input":
          case "select":
          case "textarea":
            n.autoFocus && r.focus();
            break;
          case "img":
            n.src ? (r.src = n.src) : n.srcSet && (r.srcset = n.srcSet);
        }
      } catch (t) {
        sI(e, e.return, t);
      }
    }
    function iI(e, t, n) {
      try {
        var r = e.stateNode;
        ((function (e, t, n, r) {
          switch (t) {
            case "div":
            case "span":
            case "svg":
            case "path":
            case "a":
            case "g":
            case "p":
            case "li":
              break;
            case "input":
              var l = null,
                a = null,
                o = null,
                i = null,
                s = null,
                c = null,
                f = null;
              for (m in n) {
                var d = n[m];
                if (n.hasOwnProperty(m) && null != d)
                  switch (m) {
                    case "checked":
                    case "value":
                      break;
                    case "defaultValue":
                      s = d;
                    default:
                      r.hasOwnProperty(m) || cf(e, t, m, null, r, d);
                  }
              }
              for (var p in r) {
                var m = r[p];
                if (((d = n[p]), r.hasOwnProperty(p) && (null != m || null != d)))
                  switch (p) {
                    case "type":
                      (m !== d && (tu = !0), (a = m));
                      break;
                    case "name":
                      (m !== d && (tu = !0), (l = m));
                      break;
                    case "checked":
                      (m !== d && (tu = !0), (c = m));
                      break;
                    case "defaultChecked":
                      (m !== d && (tu = !0), (f = m));
                      break;
                    case "value":
                      (m !== d && (tu = !0), (o = m));
                      break;
                    case "defaultValue":
                      (m !== d && (tu = !0), (i = m));
                      break;
                    case "children":
                    case "dangerouslySetInnerHTML":
                      if (null != m) throw Error(u(137, t));
                      break;
                    default:
                      m !== d && cf(e, t, p, m, r, d);
                  }
              }
              tb(e, o, i, s, c, f, a, l);
              return;
            case "select":
              for (a in ((m = o = i = p = null), n))
                if (((s = n[a]), n.hasOwnProperty(a) && null != s))
                  switch (a) {
                    case "value":
                      break;
                    case "multiple":
                      m = s;
                    default:
                      r.hasOwnProperty(a) || cf(e, t, a, null, r, s);
                  }
              for (l in r)
                if (((a = r[l]), (s = n[l]), r.hasOwnProperty(l) && (null != a || null != s)))
                  switch (l) {
                    case "value":
                      (a !== s && (tu = !0), (p = a));
                      break;
                    case "defaultValue":
                      (a !== s && (tu = !0), (i = a));
                      break;
                    case "multiple":
                      (a !== s && (tu = !0), (o = a));
                    default:
                      a !== s && cf(e, t, l, a, r, s);
                  }
              ((t = i),
                (n = o),
                (r = m),
                null != p
                  ? tS(e, !!n, p, !1)
                  : !!r != !!n && (null != t ? tS(e, !!n, t, !0) : tS(e, !!n, n ? [] : "", !1)));
              return;
            case "textarea":
              for (i in ((m = p = null), n))
                if (((l = n[i]), n.hasOwnProperty(i) && null != l && !r.hasOwnProperty(i)))
                  switch (i) {
                    case "value":
                    case "children":
                      break;
                    default:
                      cf(e, t, i, null, r, l);
                  }
              for (o in r)
                if (((l = r[o]), (a = n[o]), r.hasOwnProperty(o) && (null != l || null != a)))
                  switch (o) {
                    case "value":
                      (l !== a && (tu = !0), (p = l));
                      break;
                    case "defaultValue":
                      (l !== a && (tu = !0), (m = l));
                      break;
                    case "children":
                      break;
                    case "dangerouslySetInnerHTML":
                      if (null != l) throw Error(u(91));
                      break;
                    default:
                      l !== a && cf(e, t, o, l, r, a);
                  }
              tE(e, p, m);
              return;
            case "option":
              for (var h in n)
                ((p = n[h]),
                  n.hasOwnProperty(h) &&
                    null != p &&
                    !r.hasOwnProperty(h) &&
                    ("selected" === h ? (e.selected = !1) : cf(e, t, h, null, r, p)));
              for (s in r)
                ((p = r[s]),
                  (m = n[s]),
                  r.hasOwnProperty(s) &&
                    p !== m &&
                    (null != p || null != m) &&
                    ("selected" === s
                      ? (p !== m && (tu = !0),
                        (e.selected = p && "function" != typeof p && "symbol" != typeof p))
                      : cf(e, t, s, p, r, m)));
              return;
            case "img":
            case "link":
            case "area":
            case "base":
            case "br":
            case "col":
            case "embed":
            case "hr":
            case "keygen":
            case "meta":
            case "param":
            case "source":
            case "track":
            case "wbr":
            case "menuitem":
              for (var g in n)
                ((p = n[g]),
                  n.hasOwnProperty(g) &&
                    null != p &&
                    !r.hasOwnProperty(g) &&
                    cf(e, t, g, null, r, p));
              for (c in r)
                if (
                  ((p = r[c]),
                  (m = n[c]),
                  r.hasOwnProperty(c) && p !== m && (null != p || null != m))
                )
                  switch (c) {
                    case "children":
                    case "dangerouslySetInnerHTML":
                      if (null != p) throw Error(u(137, t));
                      break;
                    default:
                      cf(e, t, c, p, r, m);
                  }
              return;
            default:
              if (tT(t)) {
                for (var v in n)
                  ((p = n[v]),
                    n.hasOwnProperty(v) &&
                      void 0 !== p &&
                      !r.hasOwnProperty(v) &&
                      cd(e, t, v, void 0, r, p));
                for (f in r)
                  ((p = r[f]),
                    (m = n[f]),
                    r.hasOwnProperty(f) &&
                      p !== m &&
                      (void 0 !== p || void 0 !== m) &&
                      cd(e, t, f, p, r, m));
                return;
              }
          }
          for (var y in n)
            ((p = n[y]),
              n.hasOwnProperty(y) && null != p && !r.hasOwnProperty(y) && cf(e, t, y, null, r, p));
          for (d in r)
            ((p = r[d]),
              (m = n[d]),
              r.hasOwnProperty(d) && p !== m && (null != p || null != m) && cf(e, t, d, p, r, m));
        })(r, e.type, n, t),
          (r[eX] = t));
      } catch (t) {
        sI(e, e.return, t);
      }
    }
    function iF(e) {
      return (
        5 === e.tag || 3 === e.tag || 26 === e.tag || (27 === e.tag && cz(e.type)) || 4 === e.tag
      );
    }
    function iD(e) {
      e: for (;;) {
        for (; null === e.sibling;) {
          if (null === e.return || iF(e.return)) return null;
          e = e.return;
        }
        for (
          e.sibling.return = e.return, e = e.sibling;
          5 !== e.tag && 6 !== e.tag && 18 !== e.tag;
        ) {
          if ((27 === e.tag && cz(e.type)) || 2 & e.flags || null === e.child || 4 === e.tag)
            continue e;
          ((e.child.return = e), (e = e.child));
        }
        if (!(2 & e.flags)) return e.stateNode;
      }
    }
    function iA(e, t, n, r) {
      var l = e.tag;
      if (5 === l || 6 === l)
        ((l = e.stateNode), t ? n.insertBefore(l, t) : n.appendChild(l), iT(e, r), (tu = !0));
      else if (
        4 !== l &&
        (27 === l && (iT(e, r), (r = null), cz(e.type) && (n = e.stateNode)),
        null !== (e = e.child))
      )
        for (iA(e, t, n, r), e = e.sibling; null !== e;) (iA(e, t, n, r), (e = e.sibling));
    }
    function ij(e) {
      var t = e.stateNode,
        n = e.memoizedProps;
      try {
        for (var r = e.type, l = t.attributes; l.length;) t.removeAttributeNode(l[0]);
        (cp(t, r, n), (t[eY] = e), (t[eX] = n));
      } catch (t) {
        sI(e, e.return, t);
      }
    }
    var iU = !1,
      iB = null;
    function iV(e) {
      (30 === e.tag || 0 != (0x2000000 & e.subtreeFlags)) && (iU = !0);
    }
    var iH = null;
    function i$() {
      var e = iH;
      return ((iH = null), e);
    }
    var iQ = 0;
    function iW(e, t, n, r, l) {
      return (
        (iQ = 0),
        (function e(t, n, r, l, a) {
          for (var o = !1; null !== t;) {
            if (5 === t.tag) {
              var i = t.stateNode;
              if (null !== l) {
                var u = cF(i);
                (l.push(u), u.view && (o = !0));
              } else o || (cF(i).view && (o = !0));
              ((iU = !0), cM(i, 0 === iQ ? n : n + "_" + iQ, r), iQ++);
            } else
              (22 !== t.tag || null === t.memoizedState) &&
                ((30 === t.tag && a) || (e(t.child, n, r, l, a) && (o = !0)));
            t = t.sibling;
          }
          return o;
        })(e.child, t, n, r, l)
      );
    }
    function iq(e, t) {
      for (; null !== e;)
        (5 === e.tag
          ? cR(e.stateNode, e.memoizedProps)
          : (22 !== e.tag || null === e.memoizedState) && ((30 === e.tag && t) || iq(e.child, t)),
          (e = e.sibling));
    }
    function iK(e) {
      if (0 != (0x1200000 & e.subtreeFlags))
        for (e = e.child; null !== e;) {
          if (
            (22 !== e.tag || null === e.memoizedState) &&
            (iK(e), 30 === e.tag && 0 != (0x1200000 & e.flags) && e.stateNode.paired)
          ) {
            var t = e.memoizedProps;
            if (null == t.name || "auto" === t.name) throw Error(u(544));
            var n = t.name;
            "none" !== (t = rf(t.default, t.share)) && (iW(e, n, t, null, !1) || iq(e.child, !1));
          }
          e = e.sibling;
        }
    }
    function iY(e, t) {
      if (30 === e.tag) {
        var n = e.stateNode,
          r = e.memoizedProps,
          l = rs(r, n),
          a = rf(r.default, n.paired ? r.share : r.enter);
        "none" !== a
          ? iW(e, l, a, null, !1)
            ? (iK(e), n.paired || t || so(e, r.onEnter))
            : iq(e.child, !1)
          : iK(e);
      } else if (0 != (0x2000000 & e.subtreeFlags))
        for (e = e.child; null !== e;) (iY(e, t), (e = e.sibling));
      else iK(e);
    }
    function iX(e) {
      if (null !== iB && 0 !== iB.size) {
        var t = iB;
        if (0 != (0x1200000 & e.subtreeFlags))
          for (e = e.child; null !== e;) {
            if (22 !== e.tag || null === e.memoizedState) {
              if (30 === e.tag && 0 != (0x1200000 & e.flags)) {
                var n = e.memoizedProps,
                  r = n.name;
                if (null != r && "auto" !== r) {
                  var l = t.get(r);
                  if (void 0 !== l) {
                    var a = rf(n.default, n.share);
                    if (
                      ("none" !== a &&
                        (iW(e, r, a, null, !1)
                          ? ((l.paired = a = e.stateNode), (a.paired = l), so(e, n.onShare))
                          : iq(e.child, !1)),
                      t.delete(r),
                      0 === t.size)
                    )
                      break;
                  }
                }
              }
              iX(e);
            }
            e = e.sibling;
          }
      }
    }
    function iG(e) {
      if (30 === e.tag) {
        var t = e.memoizedProps,
          n = rs(t, e.stateNode),
          r = null !== iB ? iB.get(n) : void 0,
          l = rf(t.default, void 0 !== r ? t.share : t.exit);
        ("none" !== l &&
          (iW(e, n, l, null, !1)
            ? void 0 !== r
              ? ((r.paired = l = e.stateNode), (l.paired = r), iB.delete(n), so(e, t.onShare))
              : so(e, t.onExit)
            : iq(e.child, !1)),
          null !== iB && iX(e));
      } else if (0 != (0x2000000 & e.subtreeFlags))
        for (e = e.child; null !== e;) (iG(e), (e = e.sibling));
      else null !== iB && iX(e);
    }
    function iJ(e) {
      if (0 != (0x1200000 & e.subtreeFlags))
        for (e = e.child; null !== e;) {
          if (22 !== e.tag || null === e.memoizedState) {
            if (30 === e.tag && 0 != (0x1200000 & e.flags)) {
              var t = e.stateNode;
              null !== t.paired && ((t.paired = null), iq(e.child, !1));
            }
            iJ(e);
          }
          e = e.sibling;
        }
    }
    function iZ(e) {
      if (30 === e.tag) ((e.stateNode.paired = null), iq(e.child, !1), iJ(e));
      else if (0 != (0x2000000 & e.subtreeFlags))
        for (e = e.child; null !== e;) (iZ(e), (e = e.sibling));
      else iJ(e);
    }
    function i0(e, t, n, r, l, a, o) {
      for (var i = !1; null !== t;) {
        if (5 === t.tag) {
          var u = t.stateNode;
          if (null !== a && iQ < a.length) {
            var s,
              c = a[iQ],
              f = cF(u);
            if (((c.view || f.view) && (i = !0), (s = 0 == (4 & e.flags))))
              if (f.clip) s = !0;
              else {
                s = c.rect;
                var d = f.rect;
                s = s.y !== d.y || s.x !== d.x || s.height !== d.height || s.width !== d.width;
              }
            (s && (e.flags |= 4),
              f.abs
                ? (f = !c.abs)
                : ((c = c.rect), (f = f.rect), (f = c.height !== f.height || c.width !== f.width)),
              f && (e.flags |= 32));
          } else e.flags |= 32;
          (0 != (4 & e.flags) && cM(u, 0 === iQ ? n : n + "_" + iQ, l),
            (i && 0 != (4 & e.flags)) ||
              (null === iH && (iH = []), iH.push(u, 0 === iQ ? r : r + "_" + iQ, t.memoizedProps)),
            iQ++);
        } else
          (22 !== t.tag || null === t.memoizedState) &&
            (30 === t.tag && o
              ? (e.flags |= 32 & t.flags)
              : i0(e, t.child, n, r, l, a, o) && (i = !0));
        t = t.sibling;
      }
      return i;
    }
    var i1 = !1,
      i2 = !1,
      i3 = !1,
      i4 = !1,
      i6 = "function" == typeof WeakSet ? WeakSet : Set,
      i5 = null,
      i8 = !1,
      i7 = !1,
      i9 = !1,
      ue = !1;
    function ut(e) {
      for (; null !== i5;) {
        var t = i5,
          n = e,
          r = t.alternate,
          l = t.flags;
        switch (t.tag) {
          case 0:
          case 11:
          case 15:
          case 5:
          case 26:
          case 27:
          case 6:
          case 4:
          case 17:
            break;
          case 1:
            if (0 != (1024 & l) && null !== r) {
              ((n = void 0), (l = r.memoizedProps), (r = r.memoizedState));
              var a = t.stateNode;
              try {
                var o = oD(t.type, l);
                ((n = a.getSnapshotBeforeUpdate(o, r)),
                  (a.__reactInternalSnapshotBeforeUpdate = n));
              } catch (e) {
                sI(t, t.return, e);
              }
            }
            break;
          case 3:
            if (0 != (1024 & l)) {
              if (9 === (n = (r = t.stateNode.containerInfo).nodeType)) c6(r);
              else if (1 === n)
                switch (r.nodeName) {
                  case "HEAD":
                  case "HTML":
                  case "BODY":
                    c6(r);
                    break;
                  default:
                    r.textContent = "";
                }
            }
            break;
          case 30:
            n &&
              null !== r &&
              ((n = rs(r.memoizedProps, r.stateNode)),
              "none" !== (l = rf((l = t.memoizedProps).default, l.update)) &&
                iW(r, n, l, (r.memoizedState = []), !0));
            break;
          default:
            if (0 != (1024 & l)) throw Error(u(163));
        }
        if (null !== (r = t.sibling)) {
          ((r.return = t.return), (i5 = r));
          break;
        }
        i5 = t.return;
      }
    }
    function un(e, t, n) {
      var r = n.flags;
      switch (n.tag) {
        case 0:
        case 11:
        case 15:
          (uv(e, n), 4 & r && iE(5, n));
          break;
        case 1:
          if ((uv(e, n), 4 & r))
            if (((e = n.stateNode), null === t))
              try {
                e.componentDidMount();
              } catch (e) {
                sI(n, n.return, e);
              }
            else {
              var l = oD(n.type, t.memoizedProps);
              t = t.memoizedState;
              try {
                e.componentDidUpdate(l, t, e.__reactInternalSnapshotBeforeUpdate);
              } catch (e) {
                sI(n, n.return, e);
              }
            }
          (64 & r && i_(n), 512 & r && iP(n, n.return));
          break;
        case 3:
          if ((uv(e, n), 64 & r && null !== (e = n.updateQueue))) {
            if (((t = null), null !== n.child))
              switch (n.child.tag) {
                case 27:
                case 5:
                case 1:
                  t = n.child.stateNode;
              }
            try {
              l4(e, t);
            } catch (e) {
              sI(n, n.return, e);
            }
          }
          break;
        case 27:
          null === t && 4 & r && ij(n);
        case 26:
        case 5:
          (uv(e, n), null === t && 4 & r && iR(n), 512 & r && iP(n, n.return));
          break;
        case 12:
          uv(e, n);
          break;
        case 31:
          (uv(e, n), 4 & r && uu(e, n));
          break;
        case 13:
          (uv(e, n),
            4 & r && us(e, n),
            64 & r &&
              null !== (e = n.memoizedState) &&
              null !== (e = e.dehydrated) &&
              (function (e, t) {
                var n = e.ownerDocument;
                if ("$~" === e.data) e._reactRetry = t;
                else if ("$?" !== e.data || "loading" !== n.readyState) t();
                else {
                  var r = function () {
                    (t(), n.removeEventListener("DOMContentLoaded", r));
                  };
                  (n.addEventListener("DOMContentLoaded", r), (e._reactRetry = r));
                }
              })(e, (n = sj.bind(null, n))));
          break;
        case 22:
          if (!(r = null !== n.memoizedState || i1)) {
            var a = (null !== t && null !== t.memoizedState) || i2;
            ((t = i1),
              (l = i2),
              (i1 = r),
              (i2 = a) && !l
                ? ((r = 2),
                  0 != (8772 & n.subtreeFlags) && (r |= 1),
                  (function e(t, n, r) {
                    for (r = 0 != (8772 & n.subtreeFlags) ? r : -2 & r, n = n.child; null !== n;) {
                      var l = n.alternate,
                        a = t,
                        o = n,
                        i = o.flags,
                        u = 0 != (1 & r);
                      switch (o.tag) {
                        case 0:
                        case 11:
                        case 15:
                          (e(a, o, r), iE(4, o));
                          break;
                        case 1:
                          if (
                            (e(a, o, r),
                            "function" == typeof (a = (l = o).stateNode).componentDidMount)
                          )
                            try {
                              a.componentDidMount();
                            } catch (e) {
                              sI(l, l.return, e);
                            }
                          if (null !== (a = (l = o).updateQueue)) {
                            var s = l.stateNode;
                            try {
                              var c = a.shared.hiddenCallbacks;
                              if (null !== c)
                                for (a.shared.hiddenCallbacks = null, a = 0; a < c.length; a++)
                                  l3(c[a], s);
                            } catch (e) {
                              sI(l, l.return, e);
                            }
                          }
                          (u && 64 & i && i_(o), iP(o, o.return));
                          break;
                        case 27:
                          0 != (2 & r) && ij(o);
                        case 5:
                          ((5 !== o.tag && 27 !== o.tag) || iz(o),
                            e(a, o, r),
                            u && null === l && 4 & i && iR(o),
                            iP(o, o.return));
                          break;
                        case 6:
                          iz(o);
                          break;
                        case 26:
                          ((s = o.stateNode),
                            null !== o.memoizedState ||
                              null === s ||
                              i1 ||
                              fx(fu(s.ownerDocument), o.type, s),
                            e(a, o, r),
                            u && null === l && 4 & i && iR(o),
                            iP(o, o.return));
                          break;
                        case 12:
                          e(a, o, r);
                          break;
                        case 31:
                          (e(a, o, r), u && 4 & i && uu(a, o));
                          break;
                        case 13:
                          (e(a, o, r), u && 4 & i && us(a, o));
                          break;
                        case 22:
                          (null === o.memoizedState && e(a, o, r), iP(o, o.return));
                          break;
                        case 30:
                          (e(a, o, r), iP(o, o.return));
                          break;
                        case 7:
                          iP(o, o.return);
                        default:
                          e(a, o, r);
                      }
                      n = n.sibling;
                    }
                  })(e, n, r))
                : uv(e, n),
              (i1 = t),
              (i2 = l));
          }
          break;
        case 30:
          (uv(e, n), 512 & r && iP(n, n.return));
          break;
        case 7:
          512 & r && iP(n, n.return);
        default:
          uv(e, n);
      }
    }
    function ur(e, t) {
      for (e = e.child; null !== e;)
        ((function e(t, n) {
          switch (t.tag) {
            case 5:
            case 26:
              try {
                var r = t.stateNode;
                if (n) {
                  var l = r.style;
                  "function" == typeof l.setProperty
                    ? l.setProperty("display", "none", "important")
                    : (l.display = "none");
                } else {
                  var a = t.stateNode,
                    o = t.memoizedProps.style,
                    i = null != o && o.hasOwnProperty("display") ? o.display : null;
                  a.style.display = null == i || "boolean" == typeof i ? "" : ("" + i).trim();
                }
              } catch (e) {
                sI(t, t.return, e);
              }
              !(function t(n, r) {
                if (0x4000000 & n.subtreeFlags)
                  for (n = n.child; null !== n;) {
                    e: {
                      var l = n;
                      switch (l.tag) {
                        case 4:
                          e(l, r);
                          break e;
                        case 22:
                          null === l.memoizedState && t(l, r);
                          break e;
                        default:
                          t(l, r);
                      }
                    }
                    n = n.sibling;
                  }
              })(t, n);
              break;
            case 6:
              try {
                ((t.stateNode.nodeValue = n ? "" : t.memoizedProps), (tu = !0));
              } catch (e) {
                sI(t, t.return, e);
              }
              break;
            case 18:
              try {
                var u = t.stateNode;
                n ? cL(u, !0) : cL(t.stateNode, !1);
              } catch (e) {
                sI(t, t.return, e);
              }
              break;
            case 22:
            case 23:
              null === t.memoizedState && ur(t, n);
              break;
            default:
              ur(t, n);
          }
        })(e, t),
          (e = e.sibling));
    }
    var ul = null,
      ua = !1;
    function uo(e, t, n) {
      for (n = n.child; null !== n;) (ui(e, t, n), (n = n.sibling));
    }
    function ui(e, t, n) {
      if (eP && "function" == typeof eP.onCommitFiberUnmount)
        try {
          eP.onCommitFiberUnmount(eN, n);
        } catch (e) {}
      switch (n.tag) {
        case 26:
          (i2 || iC(n, t),
            uo(e, t, n),
            n.memoizedState
              ? n.memoizedState.count--
              : n.stateNode && !i2 && (n = n.stateNode).parentNode.removeChild(n));
          break;
        case 27:
          (i2 || iC(n, t), iO(n));
          var r = ul,
            l = ua;
          (cz(n.type) && ((ul = n.stateNode), (ua = !1)),
            uo(e, t, n),
            fl(n.stateNode, n.type, n.memoizedProps),
            (ul = r),
            (ua = l));
          break;
        case 5:
          (i2 || iC(n, t), iO(n));
        case 6:
          if (
            (6 === n.tag && iO(n),
            (r = ul),
            (l = ua),
            (ul = null),
            uo(e, t, n),
            (ul = r),
            (ua = l),
            null !== ul)
          )
            if (ua)
              try {
                ((9 === ul.nodeType
                  ? ul.body
                  : "HTML" === ul.nodeName
                    ? ul.ownerDocument.body
                    : ul
                ).removeChild(n.stateNode),
                  (tu = !0));
              } catch (e) {
                sI(n, t, e);
              }
            else
              try {
                (ul.removeChild(n.stateNode), (tu = !0));
              } catch (e) {
                sI(n, t, e);
              }
          break;
        case 18:
          null !== ul &&
            (ua
              ? (cO(
                  9 === (e = ul).nodeType
                    ? e.body
                    : "HTML" === e.nodeName
                      ? e.ownerDocument.body
                      : e,
                  n.stateNode,
                ),
                da(e))
              : cO(ul, n.stateNode));
          break;
        case 4:
          ((r = ul),
            (l = ua),
            (ul = n.stateNode.containerInfo),
            (ua = !0),
            uo(e, t, n),
            (ul = r),
            (ua = l));
          break;
        case 0:
        case 11:
        case 14:
        case 15:
          (ix(2, n, t), i2 || ix(4, n, t), uo(e, t, n));
          break;
        case 1:
          (i2 ||
            (iC(n, t), "function" == typeof (r = n.stateNode).componentWillUnmount && iN(n, t, r)),
            uo(e, t, n));
          break;
        case 21:
        default:
          uo(e, t, n);
          break;
        case 22:
          ((i2 = (r = i2) || null !== n.memoizedState), uo(e, t, n), (i2 = r));
          break;
        case 30:
          (iC(n, t), uo(e, t, n));
          break;
        case 7:
          (i2 || iC(n, t), uo(e, t, n));
      }
    }
    function uu(e, t) {
      if (
        null === t.memoizedState &&
        null !== (e = t.alternate) &&
        null !== (e = e.memoizedState)
      ) {
        e = e.dehydrated;
        try {
          da(e);
        } catch (e) {
          sI(t, t.return, e);
        }
      }
    }
    function us(e, t) {
      if (
        null === t.memoizedState &&
        null !== (e = t.alternate) &&
        null !== (e = e.memoizedState) &&
        null !== (e = e.dehydrated)
      )
        try {
          da(e);
        } catch (e) {
          sI(t, t.return, e);
        }
    }
    function uc(e, t) {
      var n = (function (e) {
        switch (e.tag) {
          case 31:
          case 13:
          case 19:
            var t = e.stateNode;
            return (null === t && (t = e.stateNode = new i6()), t);
          case 22:
            return (
              null === (t = (e = e.stateNode)._retryCache) && (t = e._retryCache = new i6()),
              t
            );
          default:
            throw Error(u(435, e.tag));
        }
      })(e);
      t.forEach(function (t) {
        if (!n.has(t)) {
          n.add(t);
          var r = sU.bind(null, e, t);
          t.then(r, r);
        }
      });
    }
    function uf(e, t, n) {
      var r = t.deletions;
      if (null !== r)
        for (var l = 0; l < r.length; l++) {
          var a = r[l],
            o = e,
            i = t,
            s = i;
          e: for (; null !== s;) {
            switch (s.tag) {
              case 27:
                if (cz(s.type)) {
                  ((ul = s.stateNode), (ua = !1));
                  break e;
                }
                break;
              case 5:
                ((ul = s.stateNode), (ua = !1));
                break e;
              case 3:
              case 4:
                ((ul = s.stateNode.containerInfo), (ua = !0));
                break e;
            }
            s = s.return;
          }
          if (null === ul) throw Error(u(160));
          (ui(o, i, a),
            (ul = null),
            (ua = !1),
            null !== (o = a.alternate) && (o.return = null),
            (a.return = null));
        }
      if (13886 & t.subtreeFlags) for (t = t.child; null !== t;) (up(t, e, n), (t = t.sibling));
    }
    var ud = null;
    function up(e, t, n) {
      var r = e.alternate,
        l = e.flags;
      switch (e.tag) {
        case 0:
        case 11:
        case 14:
        case 15:
          if (4 & l && null !== (r = null !== (r = e.updateQueue) ? r.events : null))
            for (var a = 0; a < r.length; a++) {
              var o = r[a];
              o.ref.impl = o.nextImpl;
            }
          (uf(t, e, n), um(e), 4 & l && (ix(3, e, e.return), iE(3, e), ix(5, e, e.return)));
          break;
        case 1:
          (uf(t, e, n),
            um(e),
            512 & l && (i2 || null === r || iC(r, r.return)),
            64 & l &&
              i1 &&
              null !== (e = e.updateQueue) &&
              null !== (t = e.callbacks) &&
              ((n = e.shared.hiddenCallbacks),
              (e.shared.hiddenCallbacks = null === n ? t : n.concat(t))));
          break;
        case 26:
          if (
            ((a = ud), uf(t, e, n), um(e), 512 & l && (i2 || null === r || iC(r, r.return)), 4 & l)
          )
            if (((l = null !== r ? r.memoizedState : null), (n = e.memoizedState), null === r))
              if (null === n)
                if (null === e.stateNode)
                  if (i1) e.stateNode = ck(e.type, e.memoizedProps, t.containerInfo, e);
                  else {
                    e: {
                      ((t = e.type), (n = e.memoizedProps), (l = a.ownerDocument || a));
                      t: switch (t) {
                        case "title":
                          ((!(r = l.getElementsByTagName("title")[0]) ||
                            r[e2] ||
                            r[eY] ||
                            "http://www.w3.org/2000/svg" === r.namespaceURI ||
                            r.hasAttribute("itemprop")) &&
                            ((r = l.createElement(t)),
                            l.head.insertBefore(r, l.querySelector("head > title"))),
                            cp(r, t, n),
                            (r[eY] = e),
                            e9(r),
                            (t = r));
                          break e;
                        case "link":
                          if ((a = fE("link", "href", l).get(t + (n.href || "")))) {
                            for (o = 0; o < a.length; o++)
                              if (
                                (r = a[o]).getAttribute("href") ===
                                  (null == n.href || "" === n.href ? null : n.href) &&
                                r.getAttribute("rel") === (null == n.rel ? null : n.rel) &&
                                r.getAttribute("title") === (null == n.title ? null : n.title) &&
                                r.getAttribute("crossorigin") ===
                                  (null == n.crossOrigin ? null : n.crossOrigin)
                              ) {
                                a.splice(o, 1);
                                break t;
                              }
                          }
                          (cp((r = l.createElement(t)), t, n), l.head.appendChild(r));
                          break;
                        case "meta":
                          if ((a = fE("meta", "content", l).get(t + (n.content || "")))) {
                            for (o = 0; o < a.length; o++)
                              if (
                                (r = a[o]).getAttribute("content") ===
                                  (null == n.content ? null : "" + n.content) &&
                                r.getAttribute("name") === (null == n.name ? null : n.name) &&
                                r.getAttribute("property") ===
                                  (null == n.property ? null : n.property) &&
                                r.getAttribute("http-equiv") ===
                                  (null == n.httpEquiv ? null : n.httpEquiv) &&
                                r.getAttribute("charset") === (null == n.charSet ? null : n.charSet)
                              ) {
                                a.splice(o, 1);
                                break t;
                              }
                          }
                          (cp((r = l.createElement(t)), t, n), l.head.appendChild(r));
                          break;
                        default:
                          throw Error(u(468, t));
                      }
                      ((r[eY] = e), e9(r), (t = r));
                    }
                    e.stateNode = t;
                  }
                else i1 || fx(a, e.type, e.stateNode);
              else e.stateNode = fy(a, n, e.memoizedProps);
            else
              l !== n
                ? (null === l
                    ? null === (t = r.stateNode) || i2 || t.parentNode.removeChild(t)
                    : l.count--,
                  null === n ? i1 || fx(a, e.type, e.stateNode) : fy(a, n, e.memoizedProps))
                : null === n && null !== e.stateNode && iI(e, e.memoizedProps, r.memoizedProps);
          break;
        case 27:
          (uf(t, e, n),
            um(e),
            512 & l && (i2 || null === r || iC(r, r.return)),
            null !== r && 4 & l && iI(e, e.memoizedProps, r.memoizedProps));
          break;
        case 5:
          if (
            ((a = i3),
            (i3 = !1),
            uf(t, e, n),
            (i3 = a),
            um(e),
            512 & l && (i2 || null === r || iC(r, r.return)),
            32 & e.flags)
          ) {
            t = e.stateNode;
            try {
              (t_(t, ""), (tu = !0));
            } catch (t) {
              sI(e, e.return, t);
            }
          }
          (4 & l &&
            null != e.stateNode &&
            ((t = e.memoizedProps), iI(e, t, null !== r ? r.memoizedProps : t)),
            1024 & l && (i4 = !0));
          break;
        case 6:
          if ((uf(t, e, n), um(e), 4 & l)) {
            if (null === e.stateNode) throw Error(u(162));
            ((t = e.memoizedProps), (n = e.stateNode));
            try {
              ((n.nodeValue = t), (tu = !0));
            } catch (t) {
              sI(e, e.return, t);
            }
          }
          break;
        case 3:
          if (
            ((tu = !1),
            (fS = null),
            (a = ud),
            (ud = fu(t.containerInfo)),
            uf(t, e, n),
            (ud = a),
            um(e),
            4 & l && null !== r && r.memoizedState.isDehydrated)
          )
            try {
              da(t.containerInfo);
            } catch (t) {
              sI(e, e.return, t);
            }
          (i4 &&
            ((i4 = !1),
            (function e(t) {
              if (1024 & t.subtreeFlags)
                for (t = t.child; null !== t;) {
                  var n = t;
                  (e(n),
                    5 === n.tag &&
                      1024 & n.flags &&
                      ((n = n.stateNode), (f$ = !0), n.reset(), (f$ = !1)),
                    (t = t.sibling));
                }
            })(e)),
            (tu = !1));
          break;
        case 4:
          ((l = i3),
            (i3 = i1),
            (r = ts()),
            (a = ud),
            (ud = fu(e.stateNode.containerInfo)),
            uf(t, e, n),
            um(e),
            (ud = a),
            tu && i7 && (i9 = !0),
            (tu = r),
            (i3 = l));
          break;
        case 12:
          (uf(t, e, n), um(e));
          break;
        case 31:
        case 19:
          (uf(t, e, n),
            um(e),
            4 & l && null !== (t = e.updateQueue) && ((e.updateQueue = null), uc(e, t)));
          break;
        case 13:
          (uf(t, e, n),
            um(e),
            8192 & e.child.flags &&
              (null !== e.memoizedState) != (null !== r && null !== r.memoizedState) &&
              (uG = eb()),
            4 & l && null !== (t = e.updateQueue) && ((e.updateQueue = null), uc(e, t)));
          break;
        case 22:
          ((a = null !== e.memoizedState), (o = null !== r && null !== r.memoizedState));
          var i = i1,
            s = i2,
            c = i3;
          ((i1 = i || a),
            (i3 = c || a),
            (i2 = s || o),
            uf(t, e, n),
            (i2 = s),
            (i3 = c),
            (i1 = i),
            um(e),
            8192 & l &&
              (((t = e.stateNode)._visibility = a ? -2 & t._visibility : 1 | t._visibility),
              !a ||
                null === r ||
                o ||
                i1 ||
                i2 ||
                ((t = o || i2),
                (n = i1),
                (r = i2),
                (i1 = a || i1),
                (i2 = t),
                (function e(t, n) {
                  for (t = t.child; null !== t;) {
                    var r = t;
                    switch (r.tag) {
                      case 0:
                      case 11:
                      case 14:
                      case 15:
                        (ix(4, r, r.return), e(r, n));
                        break;
                      case 1:
                        iC(r, r.return);
                        var l = r.stateNode;
                        ("function" == typeof l.componentWillUnmount && iN(r, r.return, l),
                          e(r, n));
                        break;
                      case 27:
                        0 != (2 & n) && fl(r.stateNode, r.type, r.memoizedProps);
                      case 5:
                        (iC(r, r.return), (5 !== r.tag && 27 !== r.tag) || iO(r), e(r, n));
                        break;
                      case 6:
                        iO(r);
                        break;
                      case 26:
                        (iC(r, r.return),
                          (l = r.stateNode),
                          null !== r.memoizedState ||
                            null === l ||
                            i2 ||
                            l.parentNode.removeChild(l),
                          e(r, n));
                        break;
                      case 22:
                        null === r.memoizedState && e(r, n);
                        break;
                      case 30:
                        (iC(r, r.return), e(r, n));
                        break;
                      case 7:
                        iC(r, r.return);
                      default:
                        e(r, n);
                    }
                    t = t.sibling;
                  }
                })(e, 2),
                (i1 = n),
                (i2 = r)),
              (!a && i3) || ur(e, a)),
            4 & l &&
              null !== (t = e.updateQueue) &&
              null !== (n = t.retryQueue) &&
              ((t.retryQueue = null), uc(e, n)));
          break;
        case 30:
          (512 & l && (i2 || null === r || iC(r, r.return)),
            (l = ts()),
            (a = i7),
            (o = (0x13ffff00 & n) === n),
            (i = e.memoizedProps),
            (i7 = o && "none" !== rf(i.default, i.update)),
            uf(t, e, n),
            um(e),
            o && null !== r && tu && (e.flags |= 4),
            (i7 = a),
            (tu = l));
          break;
        case 21:
          break;
        case 7:
          (512 & l && (i2 || null === r || iC(r, r.return)),
            r && null !== r.stateNode && (r.stateNode._fragmentFiber = e));
        default:
          (uf(t, e, n), um(e));
      }
    }
    function um(e) {
      var t = e.flags;
      if (2 & t) {
        try {
          for (var n, r = e.return; null !== r;) {
            if (iF(r)) {
              n = r;
              break;
            }
            r = r.return;
          }
          r = null;
          for (var l = e.return; null !== l;) {
            if (iM(l)) {
              var a = l.stateNode;
              null === r ? (r = [a]) : r.push(a);
            }
            if (iL(l)) break;
            l = l.return;
          }
          var o = r;
          if (null == n) throw Error(u(160));
          switch (n.tag) {
            case 27:
              var i = n.stateNode,
                s = iD(e);
              iA(e, s, i, o);
              break;
            case 5:
              var c = n.stateNode;
              32 & n.flags && (t_(c, ""), (n.flags &= -33));
              var f = iD(e);
              iA(e, f, c, o);
              break;
            case 3:
            case 4:
              var d = n.stateNode.containerInfo,
                p = iD(e);
              !(function e(t, n, r, l) {
                var a = t.tag;
                if (5 === a || 6 === a)
                  ((a = t.stateNode),
                    n
                      ? (9 === r.nodeType
                          ? r.body
                          : "HTML" === r.nodeName
                            ? r.ownerDocument.body
                            : r
                        ).insertBefore(a, n)
                      : ((n =
                          9 === r.nodeType
                            ? r.body
                            : "HTML" === r.nodeName
                              ? r.ownerDocument.body
                              : r).appendChild(a),
                        null != (r = r._reactRootContainer) ||
                          null !== n.onclick ||
                          (n.onclick = tM)),
                    iT(t, l),
                    (tu = !0));
                else if (
                  4 !== a &&
                  (27 === a &&
                    (iT(t, l), (l = null), cz(t.type) && ((r = t.stateNode), (n = null))),
                  null !== (t = t.child))
                )
                  for (e(t, n, r, l), t = t.sibling; null !== t;) (e(t, n, r, l), (t = t.sibling));
              })(e, p, d, o);
              break;
            default:
              throw Error(u(161));
          }
        } catch (t) {
          sI(e, e.return, t);
        }
        e.flags &= -3;
      }
      4096 & t && (e.flags &= -4097);
    }
    function uh(e, t) {
      if (9270 & t.subtreeFlags) for (t = t.child; null !== t;) (ug(t, e), (t = t.sibling));
      else
        !(function e(t, n) {
          for (t = t.child; null !== t;) {
            if (30 === t.tag) {
              var r = t.memoizedProps,
                l = t.stateNode,
                a = rs(r, l),
                o = rf(r.default, r.update);
              if (n) var i = null === (l = l.clones) ? null : l.map(cD);
              else ((i = t.memoizedState), (t.memoizedState = null));
              l = t;
              var u = t.child;
              ((iQ = 0),
                (a = i0(l, u, a, a, o, i, !1)),
                0 != (4 & t.flags) && a && (n || so(t, r.onUpdate)));
            } else 0 != (0x2000000 & t.subtreeFlags) && e(t, n);
            t = t.sibling;
          }
        })(t, !1);
    }
    function ug(e, t) {
      var n = e.alternate;
      if (null === n) iY(e, !1);
      else
        switch (e.tag) {
          case 3:
            if (((ue = i8 = !1), i$(), uh(t, e), !i8 && !i9)) {
              if (null !== (e = iH))
                for (var r = 0; r < e.length; r += 3) {
                  n = e[r];
                  var l = e[r + 1];
                  (cR(n, e[r + 2]),
                    null !== (n = n.ownerDocument.documentElement) &&
                      n.animate(
                        { opacity: [0, 0], pointerEvents: ["none", "none"] },
                        {
                          duration: 0,
                          fill: "forwards",
                          pseudoElement: "::view-transition-group(" + l + ")",
                        },
                      ));
                }
              (null !==
                (e =
                  9 === (e = t.containerInfo).nodeType
                    ? e.documentElement
                    : e.ownerDocument.documentElement) &&
                "" === e.style.viewTransitionName &&
                ((e.style.viewTransitionName = "none"),
                e.animate(
                  { opacity: [0, 0], pointerEvents: ["none", "none"] },
                  { duration: 0, fill: "forwards", pseudoElement: "::view-transition-group(root)" },
                ),
                e.animate(
                  { width: [0, 0], height: [0, 0] },
                  { duration: 0, fill: "forwards", pseudoElement: "::view-transition" },
                )),
                (ue = !0));
            }
            iH = null;
            break;
          case 5:
          default:
            uh(t, e);
            break;
          case 4:
            ((r = i8), (i8 = !1), uh(t, e), i8 && (i9 = !0), (i8 = r));
            break;
          case 22:
            null === e.memoizedState && (null !== n.memoizedState ? iY(e, !1) : uh(t, e));
            break;
          case 30:
            ((r = i8), (l = i$()), (i8 = !1), uh(t, e), i8 && (e.flags |= 4));
            var a = e.memoizedProps,
              o = e.stateNode;
            ((t = rs(a, o)), (o = rs(n.memoizedProps, o)));
            var i = rf(a.default, a.update);
            ("none" === i
              ? (t = !1)
              : ((a = n.memoizedState),
                (n.memoizedState = null),
                (n = e.child),
                (iQ = 0),
                (t = i0(e, n, t, o, i, a, !0)),
                iQ !== (null === a ? 0 : a.length) && (e.flags |= 32)),
              0 != (4 & e.flags) && t
                ? (so(e, e.memoizedProps.onUpdate), (iH = l))
                : null !== l && (l.push.apply(l, iH), (iH = l)),
              (i8 = 0 != (32 & e.flags) || r));
        }
    }
    function uv(e, t) {
      if (8772 & t.subtreeFlags)
        for (t = t.child; null !== t;) (un(e, t.alternate, t), (t = t.sibling));
    }
    function uy(e, t) {
      var n = null;
      (null !== e &&
        null !== e.memoizedState &&
        null !== e.memoizedState.cachePool &&
        (n = e.memoizedState.cachePool.pool),
        (e = null),
        null !== t.memoizedState &&
          null !== t.memoizedState.cachePool &&
          (e = t.memoizedState.cachePool.pool),
        e !== n && (null != e && e.refCount++, null != n && lg(n)));
    }
    function ub(e, t) {
      ((e = null),
        null !== t.alternate && (e = t.alternate.memoizedState.cache),
        (t = t.memoizedState.cache) !== e && (t.refCount++, null != e && lg(e)));
    }
    function uw(e, t, n, r) {
      var l = (0x13ffff00 & n) === n;
      if (t.subtreeFlags & (l ? 10262 : 10256))
        for (t = t.child; null !== t;) (uk(e, t, n, r), (t = t.sibling));
      else
        l &&
          (function e(t) {
            for (t = t.child; null !== t;)
              (30 === t.tag ? iq(t.child, !1) : 0 != (0x2000000 & t.subtreeFlags) && e(t),
                (t = t.sibling));
          })(t);
    }
    function uk(e, t, n, r) {
      var l = (0x13ffff00 & n) === n;
      l && null === t.alternate && null !== t.return && null !== t.return.alternate && iZ(t);
      var a = t.flags;
      switch (t.tag) {
        case 0:
        case 11:
        case 15:
          (uw(e, t, n, r), 2048 & a && iE(9, t));
          break;
        case 1:
        case 31:
        case 13:
        default:
          uw(e, t, n, r);
          break;
        case 3:
          (uw(e, t, n, r),
            l &&
              ue &&
              ("root" ===
                (e =
                  9 === (e = e.containerInfo).nodeType
                    ? e.body
                    : "HTML" === e.nodeName
                      ? e.ownerDocument.body
                      : e).style.viewTransitionName && (e.style.viewTransitionName = ""),
              null !== (e = e.ownerDocument.documentElement) &&
                "none" === e.style.viewTransitionName &&
                (e.style.viewTransitionName = "")),
            2048 & a &&
              ((a = null),
              null !== t.alternate && (a = t.alternate.memoizedState.cache),
              (t = t.memoizedState.cache) !== a && (t.refCount++, null != a && lg(a))));
          break;
        case 12:
          if (2048 & a) {
            (uw(e, t, n, r), (a = t.stateNode));
            try {
              var o = t.memoizedProps,
                i = o.id,
                u = o.onPostCommit;
              "function" == typeof u &&
                u(i, null === t.alternate ? "mount" : "update", a.passiveEffectDuration, -0);
            } catch (e) {
              sI(t, t.return, e);
            }
          } else uw(e, t, n, r);
          break;
        case 23:
          break;
        case 22:
          ((o = t.stateNode),
            (i = t.alternate),
            null !== t.memoizedState
              ? (l && null !== i && null === i.memoizedState && iZ(i),
                2 & o._visibility ? uw(e, t, n, r) : uS(e, t))
              : (l && null !== i && null !== i.memoizedState && iZ(t),
                2 & o._visibility
                  ? uw(e, t, n, r)
                  : ((o._visibility |= 2),
                    (function e(t, n, r, l, a) {
                      for (a = a && 0 != (10256 & n.subtreeFlags), n = n.child; null !== n;) {
                        var o = n,
                          i = o.flags;
                        switch (o.tag) {
                          case 0:
                          case 11:
                          case 15:
                            (e(t, o, r, l, a), iE(8, o));
                            break;
                          case 23:
                            break;
                          case 22:
                            var u = o.stateNode;
                            (null !== o.memoizedState
                              ? 2 & u._visibility
                                ? e(t, o, r, l, a)
                                : uS(t, o)
                              : ((u._visibility |= 2), e(t, o, r, l, a)),
                              a && 2048 & i && uy(o.alternate, o));
                            break;
                          case 24:
                            (e(t, o, r, l, a), a && 2048 & i && ub(o.alternate, o));
                            break;
                          default:
                            e(t, o, r, l, a);
                        }
                        n = n.sibling;
                      }
                    })(e, t, n, r, 0 != (10256 & t.subtreeFlags)))),
            2048 & a && uy(i, t));
          break;
        case 24:
          (uw(e, t, n, r), 2048 & a && ub(t.alternate, t));
          break;
        case 30:
          (l && null !== (a = t.alternate) && (iq(a.child, !0), iq(t.child, !0)), uw(e, t, n, r));
      }
    }
    function uS(e, t) {
      if (10256 & t.subtreeFlags)
        for (t = t.child; null !== t;) {
          var n = t,
            r = n.flags;
          switch (n.tag) {
            case 22:
              (uS(e, n), 2048 & r && uy(n.alternate, n));
              break;
            case 24:
              (uS(e, n), 2048 & r && ub(n.alternate, n));
              break;
            default:
              uS(e, n);
          }
          t = t.sibling;
        }
    }
    var uE = 8192;
    function ux(e, t, n) {
      if (e.subtreeFlags & uE) for (e = e.child; null !== e;) (u_(e, t, n), (e = e.sibling));
    }
    function u_(e, t, n) {
      switch (e.tag) {
        case 26:
          (ux(e, t, n),
            e.flags & uE &&
              (null !== e.memoizedState
                ? (function (e, t, n, r) {
                    if (
                      "stylesheet" === n.type &&
                      ("string" != typeof r.media || !1 !== matchMedia(r.media).matches) &&
                      0 == (4 & n.state.loading)
                    ) {
                      if (null === n.instance) {
                        var l = fp(r.href),
                          a = t.querySelector(fm(l));
                        if (a) {
                          (null !== (t = a._p) &&
                            "object" == typeof t &&
                            "function" == typeof t.then &&
                            (e.count++, (e = fO.bind(e)), t.then(e, e)),
                            (n.state.loading |= 4),
                            (n.instance = a),
                            e9(a));
                          return;
                        }
                        ((a = t.ownerDocument || t),
                          (r = fh(r)),
                          (l = fo.get(l)) && fw(r, l),
                          e9((a = a.createElement("link"))));
                        var o = a;
                        ((o._p = new Promise(function (e, t) {
                          ((o.onload = e), (o.onerror = t));
                        })),
                          cp(a, "link", r),
                          (n.instance = a));
                      }
                      (null === e.stylesheets && (e.stylesheets = new Map()),
                        e.stylesheets.set(n, t),
                        (t = n.state.preload) &&
                          0 == (3 & n.state.loading) &&
                          (e.count++,
                          (n = fO.bind(e)),
                          t.addEventListener("load", n),
                          t.addEventListener("error", n)));
                    }
                  })(n, ud, e.memoizedState, e.memoizedProps)
                : ((e = e.stateNode), (0x13ffff40 & t) === t && fC(n, e))));
          break;
        case 5:
          (ux(e, t, n), e.flags & uE && ((e = e.stateNode), (0x13ffff40 & t) === t && fC(n, e)));
          break;
        case 3:
        case 4:
          var r = ud;
          ((ud = fu(e.stateNode.containerInfo)), ux(e, t, n), (ud = r));
          break;
        case 22:
          null === e.memoizedState &&
            (null !== (r = e.alternate) && null !== r.memoizedState
              ? ((r = uE), (uE = 0x1000000), ux(e, t, n), (uE = r))
              : ux(e, t, n));
          break;
        case 30:
          if (0 != (e.flags & uE) && null != (r = e.memoizedProps.name) && "auto" !== r) {
            var l = e.stateNode;
            ((l.paired = null), null === iB && (iB = new Map()), iB.set(r, l));
          }
          ux(e, t, n);
          break;
        default:
          ux(e, t, n);
      }
    }
    function uN(e) {
      var t = e.alternate;
      if (null !== t && null !== (e = t.child)) {
        t.child = null;
        do ((t = e.sibling), (e.sibling = null), (e = t));
        while (null !== e);
      }
    }
    function uP(e) {
      var t = e.deletions;
      if (0 != (16 & e.flags)) {
        if (null !== t)
          for (var n = 0; n < t.length; n++) {
            var r = t[n];
            ((i5 = r), uT(r, e));
          }
        uN(e);
      }
      if (10256 & e.subtreeFlags) for (e = e.child; null !== e;) (uC(e), (e = e.sibling));
    }
    function uC(e) {
      switch (e.tag) {
        case 0:
        case 11:
        case 15:
          (uP(e), 2048 & e.flags && ix(9, e, e.return));
          break;
        case 3:
        case 12:
        default:
          uP(e);
          break;
        case 22:
          var t = e.stateNode;
          null !== e.memoizedState &&
          2 & t._visibility &&
          (null === e.return || 13 !== e.return.tag)
            ? ((t._visibility &= -3),
              (function e(t) {
                var n = t.deletions;
                if (0 != (16 & t.flags)) {
                  if (null !== n)
                    for (var r = 0; r < n.length; r++) {
                      var l = n[r];
                      ((i5 = l), uT(l, t));
                    }
                  uN(t);
                }
                for (t = t.child; null !== t;) {
                  switch ((n = t).tag) {
                    case 0:
                    case 11:
                    case 15:
                      (ix(8, n, n.return), e(n));
                      break;
                    case 22:
                      2 & (r = n.stateNode)._visibility && ((r._visibility &= -3), e(n));
                      break;
                    default:
                      e(n);
                  }
                  t = t.sibling;
                }
              })(e))
            : uP(e);
      }
    }
    function uT(e, t) {
      for (; null !== i5;) {
        var n = i5;
        switch (n.tag) {
          case 0:
          case 11:
          case 15:
            ix(8, n, t);
            break;
          case 23:
          case 22:
            if (null !== n.memoizedState && null !== n.memoizedState.cachePool) {
              var r = n.memoizedState.cachePool.pool;
              null != r && r.refCount++;
            }
            break;
          case 24:
            lg(n.memoizedState.cache);
        }
        if (null !== (r = n.child)) ((r.return = n), (i5 = r));
        else
          for (n = e; null !== i5;) {
            var l = (r = i5).sibling,
              a = r.return;
            if (
              (!(function e(t) {
                var n = t.alternate;
                (null !== n && ((t.alternate = null), e(n)),
                  (t.child = null),
                  (t.deletions = null),
                  (t.sibling = null),
                  5 === t.tag && null !== (n = t.stateNode) && e4(n),
                  (t.stateNode = null),
                  (t.return = null),
                  (t.dependencies = null),
                  (t.memoizedProps = null),
                  (t.memoizedState = null),
                  (t.pendingProps = null),
                  (t.stateNode = null),
                  (t.updateQueue = null));
              })(r),
              r === n)
            ) {
              i5 = null;
              break;
            }
            if (null !== l) {
              ((l.return = a), (i5 = l));
              break;
            }
            i5 = a;
          }
      }
    }
    var uz = {
        getCacheForType: function (e) {
          var t = lu(lm),
            n = t.data.get(e);
          return (void 0 === n && ((n = e()), t.data.set(e, n)), n);
        },
        cacheSignal: function () {
          return lu(lm).controller.signal;
        },
      },
      uO = "function" == typeof WeakMap ? WeakMap : Map,
      uL = 0,
      uM = null,
      uR = null,
      uI = 0,
      uF = 0,
      uD = null,
      uA = !1,
      uj = !1,
      uU = !1,
      uB = 0,
      uV = 0,
      uH = 0,
      u$ = 0,
      uQ = 0,
      uW = 0,
      uq = 0,
      uK = null,
      uY = null,
      uX = !1,
      uG = 0,
      uJ = 0,
      uZ = 1 / 0,
      u0 = null,
      u1 = null,
      u2 = 0,
      u3 = null,
      u4 = null,
      u6 = 0,
      u5 = 0,
      u8 = null,
      u7 = null,
      u9 = null,
      se = null,
      st = null,
      sn = 0,
      sr = null;
    function sl() {
      return 0 != (2 & uL) && 0 !== uI ? uI & -uI : null !== K.T ? s0() : eW();
    }
    function sa() {
      if (0 === uW)
        if (0 == (0x20000000 & uI) || rG) {
          var e = eL;
          (0 == (3932160 & (eL <<= 1)) && (eL = 262144), (uW = e));
        } else uW = 0x20000000;
      return (null !== (e = ae.current) && (e.flags |= 32), uW);
    }
    function so(e, t) {
      if (null != t) {
        var n = e.stateNode,
          r = n.ref;
        (null === r && (r = n.ref = cU(rs(e.memoizedProps, n))),
          null === se && (se = []),
          se.push(t.bind(null, r)));
      }
    }
    function si(e, t, n) {
      (((e === uM && (2 === uF || 9 === uF)) || null !== e.cancelPendingCommit) &&
        (sp(e, 0), sc(e, uI, uW, !1)),
        eU(e, n),
        (0 == (2 & uL) || e !== uM) &&
          (e === uM && (0 == (2 & uL) && (u$ |= n), 4 === uV && sc(e, uI, uW, !1)), sq(e)));
    }
    function su(e, t, n) {
      if (0 != (6 & uL)) throw Error(u(327));
      for (
        var r = (!n && 0 == (127 & t) && 0 == (t & e.expiredLanes)) || eF(e, t),
          l = r
            ? (function (e, t) {
                var n = uL;
                uL |= 2;
                var r = sg(),
                  l = sv();
                uM !== e || uI !== t ? ((u0 = null), (uZ = eb() + 500), sp(e, t)) : (uj = eF(e, t));
                e: for (;;)
                  try {
                    if (0 !== uF && null !== uR) {
                      t = uR;
                      var a = uD;
                      t: switch (uF) {
                        case 1:
                          ((uF = 0), (uD = null), sS(e, t, a, 1));
                          break;
                        case 2:
                        case 9:
                          if (lM(a)) {
                            ((uF = 0), (uD = null), sk(t));
                            break;
                          }
                          ((t = function () {
                            ((2 !== uF && 9 !== uF) || uM !== e || (uF = 7), sq(e));
                          }),
                            a.then(t, t));
                          break e;
                        case 3:
                          uF = 7;
                          break e;
                        case 4:
                          uF = 5;
                          break e;
                        case 7:
                          lM(a)
                            ? ((uF = 0), (uD = null), sk(t))
                            : ((uF = 0), (uD = null), sS(e, t, a, 7));
                          break;
                        case 5:
                          var o = null;
                          switch (uR.tag) {
                            case 26:
                              o = uR.memoizedState;
                            case 5:
                            case 27:
                              var i = uR;
                              if (o ? fN(o) : i.stateNode.complete) {
                                ((uF = 0), (uD = null));
                                var s = i.sibling;
                                if (null !== s) uR = s;
                                else {
                                  var c = i.return;
                                  null !== c ? ((uR = c), sE(c)) : (uR = null);
                                }
                                break t;
                              }
                          }
                          ((uF = 0), (uD = null), sS(e, t, a, 5));
                          break;
                        case 6:
                          ((uF = 0), (uD = null), sS(e, t, a, 6));
                          break;
                        case 8:
                          (sd(), (uV = 6));
                          break e;
                        default:
                          throw Error(u(462));
                      }
                    }
                    for (; null !== uR && !ev();) sw(uR);
                    break;
                  } catch (t) {
                    sm(e, t);
                  }
                return ((le = r9 = null), (K.H = r), (K.A = l), (uL = n), null !== uR)
                  ? 0
                  : ((uM = null), (uI = 0), rg(), uV);
              })(e, t)
            : sb(e, t, !0),
          a = r;
        ;
      ) {
        if (0 === l) uj && !r && sc(e, t, 0, !1);
        else {
          if (
            ((n = e.current.alternate),
            a &&
              !(function (e) {
                for (var t = e; ;) {
                  var n = t.tag;
                  if (
                    (0 === n || 11 === n || 15 === n) &&
                    16384 & t.flags &&
                    null !== (n = t.updateQueue) &&
                    null !== (n = n.stores)
                  )
                    for (var r = 0; r < n.length; r++) {
                      var l = n[r],
                        a = l.getSnapshot;
                      l = l.value;
                      try {
                        if (!nH(a(), l)) return !1;
                      } catch (e) {
                        return !1;
                      }
                    }
                  if (((n = t.child), 16384 & t.subtreeFlags && null !== n))
                    ((n.return = t), (t = n));
                  else {
                    if (t === e) break;
                    for (; null === t.sibling;) {
                      if (null === t.return || t.return === e) return !0;
                      t = t.return;
                    }
                    ((t.sibling.return = t.return), (t = t.sibling));
                  }
                }
                return !0;
              })(n))
          ) {
            ((l = sb(e, t, !1)), (a = !1));
            continue;
          }
          if (2 === l) {
            if (((a = t), e.errorRecoveryDisabledLanes & a)) var o = 0;
            else o = 0 != (o = -0x20000001 & e.pendingLanes) ? o : 0x20000000 & o ? 0x20000000 : 0;
            if (0 !== o) {
              t = o;
              e: {
                l = uK;
                var i = e.current.memoizedState.isDehydrated;
                if ((i && (sp(e, o).flags |= 256), 6 === (o = sb(e, o, !1))))
                  i || (e.errorRecoveryDisabledLanes = e.errorRecoveryDisabledLanes | a | uW);
                else if (2 !== o) {
                  if (uU && !i) {
                    ((e.errorRecoveryDisabledLanes |= a), (u$ |= a), (l = 4));
                    break e;
                  }
                  ((a = uY),
                    (uY = l),
                    null !== a && (null === uY ? (uY = a) : uY.push.apply(uY, a)));
                }
                l = o;
              }
              if (((a = !1), 2 !== l)) continue;
            }
          }
          if (1 === l) {
            (sp(e, 0), sc(e, t, 0, !0));
            break;
          }
          e: {
            switch (((r = e), (a = l))) {
              case 0:
              case 1:
                throw Error(u(345));
              case 4:
                if ((4194048 & t) !== t && (0x3c00000 & t) !== t) break;
              case 6:
                sc(r, t, uW, !uA);
                break e;
              case 2:
                uY = null;
                break;
              case 3:
              case 5:
                break;
              default:
                throw Error(u(329));
            }
            if ((0x3c00000 & t) === t && 10 < (l = uG + 300 - eb())) {
              if ((sc(r, t, uW, !uA), 0 !== eI(r, 0, !0))) break e;
              ((u6 = t),
                (r.timeoutHandle = cx(
                  ss.bind(null, r, n, uY, u0, uX, t, uW, u$, uq, uA, a, "Throttled", -0, 0),
                  l,
                )));
              break e;
            }
            ss(r, n, uY, u0, uX, t, uW, u$, uq, uA, a, null, -0, 0);
          }
        }
        break;
      }
      sq(e);
    }
    function ss(e, t, n, r, l, a, o, i, u, s, c, f, d, p) {
      e.timeoutHandle = -1;
      var m,
        h,
        g = t.subtreeFlags,
        v = (0x13ffff00 & a) === a;
      if (
        ((f = null),
        (v || 8192 & g || 0x1002000 == (0x1002000 & g)) &&
          ((iB = null),
          u_(
            t,
            a,
            (f = {
              stylesheets: null,
              count: 0,
              imgCount: 0,
              imgBytes: 0,
              suspenseyImages: [],
              waitingForImages: !0,
              waitingForViewTransition: !1,
              unsuspend: tM,
            }),
          ),
          v &&
            ((g = f),
            null !=
              (v = (9 === (v = e.containerInfo).nodeType ? v : v.ownerDocument)
                .__reactViewTransition) &&
              (g.count++,
              (g.waitingForViewTransition = !0),
              (g = fO.bind(g)),
              v.finished.then(g, g))),
          null !==
            ((m = f),
            (h = g = (0x3c00000 & a) === a ? uG - eb() : (4194048 & a) === a ? uJ - eb() : 0),
            m.stylesheets && 0 === m.count && fR(m, m.stylesheets),
            (g =
              0 < m.count || 0 < m.imgCount
                ? function (e) {
                    var t = setTimeout(function () {
                      if ((m.stylesheets && fR(m, m.stylesheets), m.unsuspend)) {
                        var e = m.unsuspend;
                        ((m.unsuspend = null), e());
                      }
                    }, 6e4 + h);
                    0 < m.imgBytes &&
                      0 === fT &&
                      (fT =
                        62500 *
                        (function () {
                          if ("function" == typeof performance.getEntriesByType) {
                            for (
                              var e = 0, t = 0, n = performance.getEntriesByType("resource"), r = 0;
                              r < n.length;
                              r++
                            ) {
                              var l = n[r],
                                a = l.transferSize,
                                o = l.initiatorType,
                                i = l.duration;
                              if (a && i && ch(o)) {
                                for (o = 0, i = l.responseEnd, r += 1; r < n.length; r++) {
                                  var u = n[r],
                                    s = u.startTime;
                                  if (s > i) break;
                                  var c = u.transferSize,
                                    f = u.initiatorType;
                                  c &&
                                    ch(f) &&
                                    (o += c * ((u = u.responseEnd) < i ? 1 : (i - s) / (u - s)));
                                }
                                if ((--r, (t += (8 * (a + o)) / (l.duration / 1e3)), 10 < ++e))
                                  break;
                              }
                            }
                            if (0 < e) return t / e / 1e6;
                          }
                          return navigator.connection &&
                            "number" == typeof (e = navigator.connection.downlink)
                            ? e
                            : 5;
                        })());
                    var n = setTimeout(
                      function () {
                        if (
                          ((m.waitingForImages = !1),
                          0 === m.count && (m.stylesheets && fR(m, m.stylesheets), m.unsuspend))
                        ) {
                          var e = m.unsuspend;
                          ((m.unsuspend = null), e());
                        }
                      },
                      (m.imgBytes > fT ? 50 : 800) + h,
                    );
                    return (
                      (m.unsuspend = e),
                      function () {
                        ((m.unsuspend = null), clearTimeout(t), clearTimeout(n));
                      }
                    );
                  }
                : null))))
      ) {
        ((u6 = a),
          (e.cancelPendingCommit = g(
            s_.bind(null, e, t, a, n, r, l, o, i, u, s, c, f, null, d, p),
          )),
          sc(e, a, o, !s));
        return;
      }
      s_(e, t, a, n, r, l, o, i, u, s, c, f);
    }
    function sc(e, t, n, r) {
      ((t = eD(e, t) & ~uQ & ~u$),
        (e.suspendedLanes |= t),
        (e.pingedLanes &= ~t),
        r && (e.warmLanes |= t),
        (r = e.expirationTimes));
      for (var l = t; 0 < l;) {
        var a = 31 - eC(l),
          o = 1 << a;
        ((r[a] = -1), (l &= ~o));
      }
      0 !== n && eB(e, n, t);
    }
    function sf() {
      return 0 != (6 & uL) || (sK(0, !1), !1);
    }
    function sd() {
      if (null !== uR) {
        if (0 === uF) var e = uR.return;
        else ((e = uR), (le = r9 = null), az(e), (lj = null), (lU = 0), (e = uR));
        for (; null !== e;) (iS(e.alternate, e), (e = e.return));
        uR = null;
      }
    }
    function sp(e, t) {
      var n = e.timeoutHandle;
      return (
        -1 !== n && ((e.timeoutHandle = -1), c_(n)),
        null !== (n = e.cancelPendingCommit) && ((e.cancelPendingCommit = null), n()),
        (u6 = 0),
        sd(),
        (uM = e),
        (uR = n = rN(e.current, null)),
        (uI = t),
        (uF = 0),
        (uD = null),
        (uA = !1),
        (uj = eF(e, t)),
        (uU = !1),
        (uq = uW = uQ = u$ = uH = uV = 0),
        (uY = uK = null),
        (uX = !1),
        (uB = eD(e, t)),
        rg(),
        n
      );
    }
    function sm(e, t) {
      ((ad = null),
        (K.H = oT),
        t === lT || t === lO
          ? ((t = lD()), (uF = 3))
          : t === lz
            ? ((t = lD()), (uF = 4))
            : (uF =
                t === oW
                  ? 8
                  : null !== t && "object" == typeof t && "function" == typeof t.then
                    ? 6
                    : 1),
        (uD = t),
        null === uR && ((uV = 1), oB(e, rR(t, e.current))));
    }
    function sh() {
      var e = ae.current;
      return (
        null === e ||
        ((4194048 & uI) === uI
          ? null === at
          : ((0x3c00000 & uI) === uI || 0 != (0x20000000 & uI)) && e === at)
      );
    }
    function sg() {
      var e = K.H;
      return ((K.H = oT), null === e ? oT : e);
    }
    function sv() {
      var e = K.A;
      return ((K.A = uz), e);
    }
    function sy() {
      ((uV = 4),
        uA || ((4194048 & uI) !== uI && null !== ae.current) || (uj = !0),
        (0 == (0x7ffffff & uH) && 0 == (0x7ffffff & u$)) || null === uM || sc(uM, uI, uW, !1));
    }
    function sb(e, t, n) {
      var r = uL;
      uL |= 2;
      var l = sg(),
        a = sv();
      ((uM !== e || uI !== t) && ((u0 = null), sp(e, t)), (t = !1));
      var o = uV;
      e: for (;;)
        try {
          if (0 !== uF && null !== uR) {
            var i = uR,
              u = uD;
            switch (uF) {
              case 8:
                (sd(), (o = 6));
                break e;
              case 3:
              case 2:
              case 9:
              case 6:
                null === ae.current && (t = !0);
                var s = uF;
                if (((uF = 0), (uD = null), sS(e, i, u, s), n && uj)) {
                  o = 0;
                  break e;
                }
                break;
              default:
                ((s = uF), (uF = 0), (uD = null), sS(e, i, u, s));
            }
          }
          ((function () {
            for (; null !== uR;) sw(uR);
          })(),
            (o = uV));
          break;
        } catch (t) {
          sm(e, t);
        }
      return (
        t && e.shellSuspendCounter++,
        (le = r9 = null),
        (uL = r),
        (K.H = l),
        (K.A = a),
        null === uR && ((uM = null), (uI = 0), rg()),
        o
      );
    }
    function sw(e) {
      var t = ih(e.alternate, e, uB);
      ((e.memoizedProps = e.pendingProps), null === t ? sE(e) : (uR = t));
    }
    function sk(e) {
      var t = e,
        n = t.alternate;
      switch (t.tag) {
        case 15:
        case 0:
          t = o6(n, t, t.pendingProps, t.type, void 0, uI);
          break;
        case 11:
          t = o6(n, t, t.pendingProps, t.type.render, t.ref, uI);
          break;
        case 5:
          az(t);
          var r = t;
          r === rY &&
            (rG
              ? (r3(r), 5 === r.tag && null != r.stateNode && (rX = r.stateNode))
              : (r3(r), (rG = !0)));
        default:
          (iS(n, t), (t = ih(n, (t = uR = rP(t, uB)), uB)));
      }
      ((e.memoizedProps = e.pendingProps), null === t ? sE(e) : (uR = t));
    }
    function sS(e, t, n, r) {
      ((le = r9 = null), az(t), (lj = null), (lU = 0));
      var l = t.return;
      try {
        if (
          (function (e, t, n, r, l) {
            if (
              ((n.flags |= 32768),
              null !== r && "object" == typeof r && "function" == typeof r.then)
            ) {
              if ((null !== (t = n.alternate) && la(t, n, l, !0), null !== (n = ae.current))) {
                switch (n.tag) {
                  case 31:
                  case 13:
                  case 19:
                    return (
                      null === at ? sy() : null === n.alternate && 0 === uV && (uV = 3),
                      (n.flags &= -257),
                      (n.flags |= 65536),
                      (n.lanes = l),
                      r === lL
                        ? (n.flags |= 16384)
                        : (null === (t = n.updateQueue) ? (n.updateQueue = new Set([r])) : t.add(r),
                          sF(e, r, l)),
                      !1
                    );
                  case 22:
                    return (
                      (n.flags |= 65536),
                      r === lL
                        ? (n.flags |= 16384)
                        : (null === (t = n.updateQueue)
                            ? ((t = {
                                transitions: null,
                                markerInstances: null,
                                retryQueue: new Set([r]),
                              }),
                              (n.updateQueue = t))
                            : null === (n = t.retryQueue)
                              ? (t.retryQueue = new Set([r]))
                              : n.add(r),
                          sF(e, r, l)),
                      !1
                    );
                }
                throw Error(u(435, n.tag));
              }
              return (sF(e, r, l), sy(), !1);
            }
            if (rG)
              return (
                null !== (t = ae.current)
                  ? (0 == (65536 & t.flags) && (t.flags |= 256),
                    (t.flags |= 65536),
                    (t.lanes = l),
                    r !== r0 && r8(rR((e = Error(u(422), { cause: r })), n)))
                  : (r !== r0 && r8(rR((t = Error(u(423), { cause: r })), n)),
                    (e = e.current.alternate),
                    (e.flags |= 65536),
                    (l &= -l),
                    (e.lanes |= l),
                    (r = rR(r, n)),
                    (l = oH(e.stateNode, r, l)),
                    lZ(e, l),
                    4 !== uV && (uV = 2)),
                !1
              );
            var a = Error(u(520), { cause: r });
            if (
              ((a = rR(a, n)),
              null === uK ? (uK = [a]) : uK.push(a),
              4 !== uV && (uV = 2),
              null === t)
            )
              return !0;
            ((r = rR(r, n)), (n = t));
            do {
              switch (n.tag) {
                case 3:
                  return (
                    (n.flags |= 65536),
                    (e = l & -l),
                    (n.lanes |= e),
                    (e = oH(n.stateNode, r, e)),
                    lZ(n, e),
                    !1
                  );
                case 1:
                  if (
                    ((t = n.type),
                    (a = n.stateNode),
                    0 == (128 & n.flags) &&
                      ("function" == typeof t.getDerivedStateFromError ||
                        (null !== a &&
                          "function" == typeof a.componentDidCatch &&
                          (null === u1 || !u1.has(a)))))
                  )
                    return (
                      (n.flags |= 65536),
                      (l &= -l),
                      (n.lanes |= l),
                      oQ((l = o$(l)), e, n, r),
                      lZ(n, l),
                      !1
                    );
                  break;
                case 22:
                  if (null !== n.memoizedState) return ((n.flags |= 65536), !1);
              }
              n = n.return;
            } while (null !== n);
            return !1;
          })(e, l, t, n, uI)
        ) {
          ((uV = 1), oB(e, rR(n, e.current)), (uR = null));
          return;
        }
      } catch (t) {
        if (null !== l) throw ((uR = l), t);
        ((uV = 1), oB(e, rR(n, e.current)), (uR = null));
        return;
      }
      32768 & t.flags
        ? (rG || 1 === r
            ? (e = !0)
            : uj || 0 != (0x20000000 & uI)
              ? (e = !1)
              : ((uA = e = !0),
                (2 === r || 9 === r || 3 === r || 6 === r) &&
                  null !== (r = ae.current) &&
                  13 === r.tag &&
                  (r.flags |= 16384)),
          sx(t, e))
        : sE(t);
    }
    function sE(e) {
      var t = e;
      do {
        if (0 != (32768 & t.flags)) return void sx(t, uA);
        e = t.return;
        var n = (function (e, t, n) {
          var r = t.pendingProps;
          switch ((rq(t), t.tag)) {
            case 16:
            case 15:
            case 0:
            case 11:
            case 7:
            case 8:
            case 12:
            case 9:
            case 14:
            case 1:
              return (ik(t), null);
            case 3:
              return (
                (n = t.stateNode),
                (r = null),
                null !== e && (r = e.memoizedState.cache),
                t.memoizedState.cache !== r && (t.flags |= 2048),
                ln(lm),
                ei(),
                n.pendingContext && ((n.context = n.pendingContext), (n.pendingContext = null)),
                (null === e || null === e.child) &&
                  (r4(t)
                    ? ig(t)
                    : null === e ||
                      (e.memoizedState.isDehydrated && 0 == (256 & t.flags)) ||
                      ((t.flags |= 1024), r5())),
                ik(t),
                null
              );
            case 26:
              var l = t.type,
                a = t.memoizedState;
              return (
                null === e
                  ? (ig(t), null !== a ? (ik(t), iy(t, a)) : (ik(t), iv(t, l, null, r, n)))
                  : a
                    ? a !== e.memoizedState
                      ? (ig(t), ik(t), iy(t, a))
                      : (ik(t), (t.flags &= -0x1000001))
                    : ((e = e.memoizedProps) !== r && ig(t), ik(t), iv(t, l, e, r, n)),
                null
              );
            case 27:
              if ((es(t), (n = el.current), (l = t.type), null !== e && null != t.stateNode))
                e.memoizedProps !== r && ig(t);
              else {
                if (!r) {
                  if (null === t.stateNode) throw Error(u(166));
                  return (ik(t), (t.subtreeFlags &= -0x2000001), null);
                }
                ((e = en.current), r4(t) ? r2(t) : ((t.stateNode = e = fr(l, r, n)), ig(t)));
              }
              return (ik(t), (t.subtreeFlags &= -0x2000001), null);
            case 5:
              if ((es(t), (l = t.type), null !== e && null != t.stateNode))
                e.memoizedProps !== r && ig(t);
              else {
                if (!r) {
                  if (null === t.stateNode) throw Error(u(166));
                  return (ik(t), (t.subtreeFlags &= -0x2000001), null);
                }
                if (((a = en.current), r4(t))) r2(t);
                else {
                  var o = cy(el.current);
                  switch (a) {
                    case 1:
                      a = o.createElementNS("http://www.w3.org/2000/svg", l);
                      break;
                    case 2:
                      a = o.createElementNS("http://www.w3.org/1998/Math/MathML", l);
                      break;
                    default:
                      switch (l) {
                        case "svg":
                          a = o.createElementNS("http://www.w3.org/2000/svg", l);
                          break;
                        case "math":
                          a = o.createElementNS("http://www.w3.org/1998/Math/MathML", l);
                          break;
                        case "script":
                          (((a = o.createElement("div")).innerHTML = "<script></script>"),
                            (a = a.removeChild(a.firstChild)));
                          break;
                        case "select":
                          ((a =
                            "string" == typeof r.is
                              ? o.createElement("select", { is: r.is })
                              : o.createElement("select")),
                            r.multiple ? (a.multiple = !0) : r.size && (a.size = r.size));
                          break;
                        default:
                          a =
                            "string" == typeof r.is
                              ? o.createElement(l, { is: r.is })
                              : o.createElement(l);
                      }
                  }
                  ((a[eY] = t), (a[eX] = r));
                  e: for (o = t.child; null !== o;) {
                    if (5 === o.tag || 6 === o.tag) a.appendChild(o.stateNode);
                    else if (4 !== o.tag && 27 !== o.tag && null !== o.child) {
                      ((o.child.return = o), (o = o.child));
                      continue;
                    }
                    if (o === t) break;
                    for (; null === o.sibling;) {
                      if (null === o.return || o.return === t) break e;
                      o = o.return;
                    }
                    ((o.sibling.return = o.return), (o = o.sibling));
                  }
                  switch (((t.stateNode = a), cp(a, l, r), l)) {
                    case "button":
                    case "input":
                    case "select":
                    case "textarea":
                      r = !!r.autoFocus;
                      break;
                    case "img":
                      r = !0;
                      break;
                    default:
                      r = !1;
                  }
                  r && ig(t);
                }
              }
              return (
                ik(t),
                (t.subtreeFlags &= -0x2000001),
                iv(t, t.type, null === e ? null : e.memoizedProps, t.pendingProps, n),
                null
              );
            case 6:
              if (e && null != t.stateNode) e.memoizedProps !== r && ig(t);
              else {
                if ("string" != typeof r && null === t.stateNode) throw Error(u(166));
                if (((e = el.current), r4(t))) {
                  if (((e = t.stateNode), (n = t.memoizedProps), (r = null), null !== (l = rY)))
                    switch (l.tag) {
                      case 27:
                      case 5:
                        r = l.memoizedProps;
                    }
                  ((e[eY] = t),
                    (e = !!(
                      e.nodeValue === n ||
                      (null !== r && !0 === r.suppressHydrationWarning) ||
                      cc(e.nodeValue, n)
                    )) || r1(t, !0));
                } else (((e = cy(e).createTextNode(r))[eY] = t), (t.stateNode = e));
              }
              return (ik(t), null);
            case 31:
              if (((n = t.memoizedState), null === e || null !== e.memoizedState)) {
                if (((r = r4(t)), null !== n)) {
                  if (null === e) {
                    if (!r) throw Error(u(318));
                    if (!(e = null !== (e = t.memoizedState) ? e.dehydrated : null))
                      throw Error(u(557));
                    e[eY] = t;
                  } else (r6(), 0 == (128 & t.flags) && (t.memoizedState = null), (t.flags |= 4));
                  (ik(t), (e = !1));
                } else
                  ((n = r5()),
                    null !== e && null !== e.memoizedState && (e.memoizedState.hydrationErrors = n),
                    (e = !0));
                if (!e) {
                  if (256 & t.flags) return (ao(t), t);
                  return (ao(t), null);
                }
                if (0 != (128 & t.flags)) throw Error(u(558));
              }
              return (ik(t), null);
            case 13:
              if (
                ((r = t.memoizedState),
                null === e || (null !== e.memoizedState && null !== e.memoizedState.dehydrated))
              ) {
                if (((l = r4(t)), null !== r && null !== r.dehydrated)) {
                  if (null === e) {
                    if (!l) throw Error(u(318));
                    if (!(l = null !== (l = t.memoizedState) ? l.dehydrated : null))
                      throw Error(u(317));
                    l[eY] = t;
                  } else (r6(), 0 == (128 & t.flags) && (t.memoizedState = null), (t.flags |= 4));
                  (ik(t), (l = !1));
                } else
                  ((l = r5()),
                    null !== e && null !== e.memoizedState && (e.memoizedState.hydrationErrors = l),
                    (l = !0));
                if (!l) {
                  if (256 & t.flags) return (ao(t), t);
                  return (ao(t), null);
                }
              }
              if ((ao(t), 0 != (128 & t.flags))) return ((t.lanes = n), t);
              return (
                (n = null !== r),
                (e = null !== e && null !== e.memoizedState),
                n &&
                  ((r = t.child),
                  (l = null),
                  null !== r.alternate &&
                    null !== r.alternate.memoizedState &&
                    null !== r.alternate.memoizedState.cachePool &&
                    (l = r.alternate.memoizedState.cachePool.pool),
                  (a = null),
                  null !== r.memoizedState &&
                    null !== r.memoizedState.cachePool &&
                    (a = r.memoizedState.cachePool.pool),
                  a !== l && (r.flags |= 2048)),
                n !== e && n && (t.child.flags |= 8192),
                ib(t, t.updateQueue),
                ik(t),
                null
              );
            case 4:
              return (
                ei(),
                null === e && ce(t.stateNode.containerInfo),
                (t.flags |= 0x4000000),
                ik(t),
                null
              );
            case 10:
              return (ln(t.type), ik(t), null);
            case 19:
              if ((as(t), null === (r = t.memoizedState))) return (ik(t), null);
              if (((l = 0 != (128 & t.flags)), null === (a = r.rendering)))
                if (l) iw(r, !1);
                else {
                  if (0 !== uV || (null !== e && 0 != (128 & e.flags)))
                    for (e = t.child; null !== e;) {
                      if (null !== (a = ac(e))) {
                        for (
                          t.flags |= 128,
                            iw(r, !1),
                            t.updateQueue = e = a.updateQueue,
                            ib(t, e),
                            t.subtreeFlags = 0,
                            e = n,
                            n = t.child;
                          null !== n;
                        )
                          (rP(n, e), (n = n.sibling));
                        return (au(t, (1 & ai.current) | 2), rG && r$(t, r.treeForkCount), t.child);
                      }
                      e = e.sibling;
                    }
                  null !== r.tail &&
                    eb() > uZ &&
                    ((t.flags |= 128), (l = !0), iw(r, !1), (t.lanes = 4194304));
                }
              else {
                if (!l)
                  if (null !== (e = ac(a))) {
                    if (
                      ((t.flags |= 128),
                      (l = !0),
                      (t.updateQueue = e = e.updateQueue),
                      ib(t, e),
                      iw(r, !0),
                      null === r.tail &&
                        "collapsed" !== r.tailMode &&
                        "visible" !== r.tailMode &&
                        !a.alternate &&
                        !rG)
                    )
                      return (ik(t), null);
                  } else
                    2 * eb() - r.renderingStartTime > uZ &&
                      0x20000000 !== n &&
                      ((t.flags |= 128), (l = !0), iw(r, !1), (t.lanes = 4194304));
                r.isBackwards
                  ? ((a.sibling = t.child), (t.child = a))
                  : (null !== (e = r.last) ? (e.sibling = a) : (t.child = a), (r.last = a));
              }
              if (null !== r.tail) {
                e = r.tail;
                e: {
                  for (n = e; null !== n;) {
                    if (null !== n.alternate) {
                      n = !1;
                      break e;
                    }
                    n = n.sibling;
                  }
                  n = !0;
                }
                return (
                  (r.rendering = e),
                  (r.tail = e.sibling),
                  (r.renderingStartTime = eb()),
                  (e.sibling = null),
                  (a = ai.current),
                  (a = l ? (1 & a) | 2 : 1 & a),
                  "visible" === r.tailMode || "collapsed" === r.tailMode || !n || rG
                    ? au(t, a)
                    : ((n = a), et(ae, t), et(ai, n), null === at && (at = t)),
                  rG && r$(t, r.treeForkCount),
                  e
                );
              }
              return (ik(t), null);
            case 22:
            case 23:
              return (
                ao(t),
                l9(),
                (r = null !== t.memoizedState),
                null !== e
                  ? (null !== e.memoizedState) !== r && (t.flags |= 8192)
                  : r && (t.flags |= 8192),
                r
                  ? 0 != (0x20000000 & n) &&
                    0 == (128 & t.flags) &&
                    (ik(t), 6 & t.subtreeFlags && (t.flags |= 8192))
                  : ik(t),
                null !== (n = t.updateQueue) && ib(t, n.retryQueue),
                (n = null),
                null !== e &&
                  null !== e.memoizedState &&
                  null !== e.memoizedState.cachePool &&
                  (n = e.memoizedState.cachePool.pool),
                (r = null),
                null !== t.memoizedState &&
                  null !== t.memoizedState.cachePool &&
                  (r = t.memoizedState.cachePool.pool),
                r !== n && (t.flags |= 2048),
                null !== e && ee(l_),
                null
              );
            case 24:
              return (
                (n = null),
                null !== e && (n = e.memoizedState.cache),
                t.memoizedState.cache !== n && (t.flags |= 2048),
                ln(lm),
                ik(t),
                null
              );
            case 25:
              return null;
            case 30:
              return ((t.flags |= 0x2000000), ik(t), null);
          }
          throw Error(u(156, t.tag));
        })(t.alternate, t, uB);
        if (null !== n) {
          uR = n;
          return;
        }
        if (null !== (t = t.sibling)) {
          uR = t;
          return;
        }
        uR = t = e;
      } while (null !== t);
      0 === uV && (uV = 5);
    }
    function sx(e, t) {
      do {
        var n = (function (e, t) {
          switch ((rq(t), t.tag)) {
            case 1:
              return 65536 & (e = t.flags) ? ((t.flags = (-65537 & e) | 128), t) : null;
            case 3:
              return (
                ln(lm),
                ei(),
                0 != (65536 & (e = t.flags)) && 0 == (128 & e)
                  ? ((t.flags = (-65537 & e) | 128), t)
                  : null
              );
            case 26:
            case 27:
            case 5:
              return (es(t), null);
            case 31:
              if (null !== t.memoizedState) {
                if ((ao(t), null === t.alternate)) throw Error(u(340));
                r6();
              }
              return 65536 & (e = t.flags) ? ((t.flags = (-65537 & e) | 128), t) : null;
            case 13:
              if ((ao(t), null !== (e = t.memoizedState) && null !== e.dehydrated)) {
                if (null === t.alternate) throw Error(u(340));
                r6();
              }
              return 65536 & (e = t.flags) ? ((t.flags = (-65537 & e) | 128), t) : null;
            case 19:
              return (
                as(t),
                65536 & (e = t.flags)
                  ? ((t.flags = (-65537 & e) | 128),
                    null !== (e = t.memoizedState) && ((e.rendering = null), (e.tail = null)),
                    (t.flags |= 4),
                    t)
                  : null
              );
            case 4:
              return (ei(), null);
            case 10:
              return (ln(t.type), null);
            case 22:
            case 23:
              return (
                ao(t),
                l9(),
                null !== e && ee(l_),
                65536 & (e = t.flags) ? ((t.flags = (-65537 & e) | 128), t) : null
              );
            case 24:
              return (ln(lm), null);
            default:
              return null;
          }
        })(e.alternate, e);
        if (null !== n) {
          ((n.flags &= 32767), (uR = n));
          return;
        }
        if (
          (null !== (n = e.return) &&
            ((n.flags |= 32768), (n.subtreeFlags = 0), (n.deletions = null)),
          !t && null !== (e = e.sibling))
        ) {
          uR = e;
          return;
        }
        uR = e = n;
      } while (null !== e);
      ((uV = 6), (uR = null));
    }
    function s_(e, t, n, r, l, a, o, i, s, c, f, d) {
      e.cancelPendingCommit = null;
      do sL();
      while (0 !== u2);
      if (0 != (6 & uL)) throw Error(u(327));
      if (null !== t) {
        if (t === e.current) throw Error(u(177));
        (e === uM && ((uR = uM = null), (uI = 0)),
          (u4 = t),
          (u3 = e),
          (u6 = n),
          (u8 = l),
          (u7 = r),
          (function (e, t, n, r, l, a, o) {
            var i,
              u = t.lanes | t.childLanes;
            if (
              ((u5 = u),
              !(function (e, t, n, r, l, a) {
                var o = e.pendingLanes;
                ((e.pendingLanes = n),
                  (e.suspendedLanes = 0),
                  (e.pingedLanes = 0),
                  (e.warmLanes = 0),
                  (e.expiredLanes &= n),
                  (e.entangledLanes &= n),
                  (e.errorRecoveryDisabledLanes &= n),
                  (e.shellSuspendCounter = 0));
                var i = e.entanglements,
                  u = e.expirationTimes,
                  s = e.hiddenUpdates;
                for (n = o & ~n; 0 < n;) {
                  var c = 31 - eC(n),
                    f = 1 << c;
                  ((i[c] = 0), (u[c] = -1));
                  var d = s[c];
                  if (null !== d)
                    for (s[c] = null, c = 0; c < d.length; c++) {
                      var p = d[c];
                      null !== p && (p.lane &= -0x20000001);
                    }
                  n &= ~f;
                }
                (0 !== r && eB(e, r, 0),
                  0 !== a && 0 === l && 0 !== e.tag && (e.suspendedLanes |= a & ~(o & ~t)));
              })(e, n, (u |= rh), r, l, a),
              (se = null),
              (0x13ffff00 & n) === n
                ? ((i = e.transitionTypes), (e.transitionTypes = null), (st = i), (r = 10262))
                : ((st = null), (r = 10256)),
              0 != (t.subtreeFlags & r) || 0 != (t.flags & r)
                ? ((e.callbackNode = null),
                  (e.callbackPriority = 0),
                  eh(eE, function () {
                    return (sM(), null);
                  }))
                : ((e.callbackNode = null), (e.callbackPriority = 0)),
              (iU = !1),
              (r = 0 != (13878 & t.flags)),
              0 != (13878 & t.subtreeFlags) || r)
            ) {
              ((r = K.T), (K.T = null), (l = Y.p), (Y.p = 2), (a = uL), (uL |= 4));
              try {
                !(function (e, t, n) {
                  if (((e = e.containerInfo), (cg = f$), nY((e = nK(e))))) {
                    if ("selectionStart" in e)
                      var r = { start: e.selectionStart, end: e.selectionEnd };
                    else
                      e: {
                        var l =
                          (r = ((r = e.ownerDocument) && r.defaultView) || window).getSelection &&
                          r.getSelection();
                        if (l && 0 !== l.rangeCount) {
                          r = l.anchorNode;
                          var a,
                            o = l.anchorOffset,
                            i = l.focusNode;
                          l = l.focusOffset;
                          try {
                            (r.nodeType, i.nodeType);
                          } catch (e) {
                            r = null;
                            break e;
                          }
                          var u = 0,
                            s = -1,
                            c = -1,
                            f = 0,
                            d = 0,
                            p = e,
                            m = null;
                          t: for (;;) {
                            for (
                              ;
                              p !== r || (0 !== o && 3 !== p.nodeType) || (s = u + o),
                                p !== i || (0 !== l && 3 !== p.nodeType) || (c = u + l),
                                3 === p.nodeType && (u += p.nodeValue.length),
                                null !== (a = p.firstChild);
                            )
                              ((m = p), (p = a));
                            for (;;) {
                              if (p === e) break t;
                              if (
                                (m === r && ++f === o && (s = u),
                                m === i && ++d === l && (c = u),
                                null !== (a = p.nextSibling))
                              )
                                break;
                              m = (p = m).parentNode;
                            }
                            p = a;
                          }
                          r = -1 === s || -1 === c ? null : { start: s, end: c };
                        } else r = null;
                      }
                    r = r || { start: 0, end: 0 };
                  } else r = null;
                  for (
                    cv = { focusedElem: e, selectionRange: r },
                      f$ = !1,
                      n = (0x13ffff00 & n) === n,
                      i5 = t,
                      t = n ? 9270 : 1024;
                    null !== i5;
                  ) {
                    if (((e = i5), n && null !== (r = e.deletions)))
                      for (o = 0; o < r.length; o++) n && iG(r[o]);
                    if (null === e.alternate && 0 != (2 & e.flags)) (n && iV(e), ut(n));
                    else {
                      if (22 === e.tag) {
                        if (((r = e.alternate), null !== e.memoizedState)) {
                          (null !== r && null === r.memoizedState && n && iG(r), ut(n));
                          continue;
                        } else if (null !== r && null !== r.memoizedState) {
                          (n && iV(e), ut(n));
                          continue;
                        }
                      }
                      ((r = e.child),
                        0 != (e.subtreeFlags & t) && null !== r
                          ? ((r.return = e), (i5 = r))
                          : (n &&
                              (function e(t) {
                                for (t = t.child; null !== t;) {
                                  if (30 === t.tag) {
                                    var n = t.memoizedProps,
                                      r = rs(n, t.stateNode);
                                    ((n = rf(n.default, n.update)),
                                      (t.flags &= -5),
                                      "none" !== n && iW(t, r, n, (t.memoizedState = []), !1));
                                  } else 0 != (0x2000000 & t.subtreeFlags) && e(t);
                                  t = t.sibling;
                                }
                              })(e),
                            ut(n)));
                    }
                  }
                  iB = null;
                })(e, t, n);
              } finally {
                ((uL = a), (Y.p = l), (K.T = r));
              }
            }
            ((u2 = 1),
              iU
                ? (u9 = (function (e, t, n, r, l, a, o, i, u) {
                    var s = 9 === t.nodeType ? t : t.ownerDocument;
                    try {
                      var c = s.startViewTransition({
                        update: function () {
                          var t = s.defaultView,
                            n = t.navigation && t.navigation.transition,
                            o = s.fonts.status;
                          r();
                          var i = [];
                          if (
                            ("loaded" === o &&
                              (s.documentElement.clientHeight,
                              "loading" === s.fonts.status && i.push(s.fonts.ready)),
                            (o = i.length),
                            null !== e)
                          )
                            for (var u = e.suspenseyImages, c = 0, f = 0; f < u.length; f++) {
                              var d = u[f];
                              if (!d.complete) {
                                var p = d.getBoundingClientRect();
                                if (
                                  0 < p.bottom &&
                                  0 < p.right &&
                                  p.top < t.innerHeight &&
                                  p.left < t.innerWidth
                                ) {
                                  if ((c += fP(d)) > fT) {
                                    i.length = o;
                                    break;
                                  }
                                  ((d = new Promise(cA.bind(d))), i.push(d));
                                }
                              }
                            }
                          return 0 < i.length
                            ? ((t = Promise.race([
                                Promise.all(i),
                                new Promise(function (e) {
                                  return setTimeout(e, 500);
                                }),
                              ]).then(l, l)),
                              (n ? Promise.allSettled([n.finished, t]) : t).then(a, a))
                            : (l(), n)
                              ? n.finished.then(a, a)
                              : void a();
                        },
                        types: n,
                      });
                      s.__reactViewTransition = c;
                      var f = [];
                      return (
                        c.ready.then(
                          function () {
                            for (
                              var e = s.documentElement.getAnimations({ subtree: !0 }), t = 0;
                              t < e.length;
                              t++
                            ) {
                              var n = e[t],
                                r = n.effect,
                                l = r.pseudoElement;
                              if (null != l && l.startsWith("::view-transition")) {
                                (f.push(n), (n = r.getKeyframes()));
                                for (var a = (l = void 0), i = !0, u = 0; u < n.length; u++) {
                                  var c = n[u],
                                    d = c.width;
                                  if (void 0 === l) l = d;
                                  else if (l !== d) {
                                    i = !1;
                                    break;
                                  }
                                  if (((d = c.height), void 0 === a)) a = d;
                                  else if (a !== d) {
                                    i = !1;
                                    break;
                                  }
                                  (delete c.width,
                                    delete c.height,
                                    "none" === c.transform && delete c.transform);
                                }
                                i &&
                                  void 0 !== l &&
                                  void 0 !== a &&
                                  (r.setKeyframes(n),
                                  (i = getComputedStyle(r.target, r.pseudoElement)).width !== l ||
                                    i.height !== a) &&
                                  (((i = n[0]).width = l),
                                  (i.height = a),
                                  ((i = n[n.length - 1]).width = l),
                                  (i.height = a),
                                  r.setKeyframes(n));
                              }
                            }
                            o();
                          },
                          function (e) {
                            s.__reactViewTransition === c && (s.__reactViewTransition = null);
                            try {
                              ("object" == typeof e &&
                                null !== e &&
                                "InvalidStateError" === e.name &&
                                ("View transition was skipped because document visibility state is hidden." ===
                                  e.message ||
                                  "Skipping view transition because document visibility state has become hidden." ===
                                    e.message ||
                                  "Skipping view transition because viewport size changed." ===
                                    e.message ||
                                  "Transition was aborted because of invalid state" ===
                                    e.message) &&
                                (e = null),
                                null !== e && u(e));
                            } finally {
                              (r(), l(), o());
                            }
                          },
                        ),
                        c.finished.finally(function () {
                          for (var e = 0; e < f.length; e++) f[e].cancel();
                          (s.__reactViewTransition === c && (s.__reactViewTransition = null), i());
                        }),
                        c
                      );
                    } catch (e) {
                      return (r(), l(), o(), null);
                    }
                  })(o, e.containerInfo, st, sC, sT, sP, sz, sM, sN))
                : (sC(), sT(), sz()));
          })(e, t, n, o, i, s, d));
      }
    }
    function sN(e) {
      0 !== u2 && (0, u3.onRecoverableError)(e, { componentStack: null });
    }
    function sP() {
      3 === u2 && ((u2 = 0), ug(u4, u3), (u2 = 4));
    }
    function sC() {
      if (1 === u2) {
        u2 = 0;
        var e = u3,
          t = u4,
          n = u6,
          r = 0 != (13878 & t.flags);
        if (0 != (13878 & t.subtreeFlags) || r) {
          ((r = K.T), (K.T = null));
          var l = Y.p;
          Y.p = 2;
          var a = uL;
          uL |= 4;
          try {
            ((i7 = i9 = !1), up(t, e, n), (n = cv));
            var o = nK(e.containerInfo),
              i = n.focusedElem,
              u = n.selectionRange;
            if (
              o !== i &&
              i &&
              i.ownerDocument &&
              (function e(t, n) {
                return (
                  !!t &&
                  !!n &&
                  (t === n ||
                    ((!t || 3 !== t.nodeType) &&
                      (n && 3 === n.nodeType
                        ? e(t, n.parentNode)
                        : "contains" in t
                          ? t.contains(n)
                          : !!t.compareDocumentPosition && !!(16 & t.compareDocumentPosition(n)))))
                );
              })(i.ownerDocument.documentElement, i)
            ) {
              if (null !== u && nY(i)) {
                var s = u.start,
                  c = u.end;
                if ((void 0 === c && (c = s), "selectionStart" in i))
                  ((i.selectionStart = s), (i.selectionEnd = Math.min(c, i.value.length)));
                else {
                  var f = i.ownerDocument || document,
                    d = (f && f.defaultView) || window;
                  if (d.getSelection) {
                    var p = d.getSelection(),
                      m = i.textContent.length,
                      h = Math.min(u.start, m),
                      g = void 0 === u.end ? h : Math.min(u.end, m);
                    !p.extend && h > g && ((o = g), (g = h), (h = o));
                    var v = nq(i, h),
                      y = nq(i, g);
                    if (
                      v &&
                      y &&
                      (1 !== p.rangeCount ||
                        p.anchorNode !== v.node ||
                        p.anchorOffset !== v.offset ||
                        p.focusNode !== y.node ||
                        p.focusOffset !== y.offset)
                    ) {
                      var b = f.createRange();
                      (b.setStart(v.node, v.offset),
                        p.removeAllRanges(),
                        h > g
                          ? (p.addRange(b), p.extend(y.node, y.offset))
                          : (b.setEnd(y.node, y.offset), p.addRange(b)));
                    }
                  }
                }
              }
              for (f = [], p = i; (p = p.parentNode);)
                1 === p.nodeType && f.push({ element: p, left: p.scrollLeft, top: p.scrollTop });
              for ("function" == typeof i.focus && i.focus(), i = 0; i < f.length; i++) {
                var w = f[i];
                ((w.element.scrollLeft = w.left), (w.element.scrollTop = w.top));
              }
            }
            ((f$ = !!cg), (cv = cg = null));
          } finally {
            ((uL = a), (Y.p = l), (K.T = r));
          }
        }
        ((e.current = t), (u2 = 2));
      }
    }
    function sT() {
      if (2 === u2) {
        u2 = 0;
        var e = u3,
          t = u4,
          n = 0 != (8772 & t.flags);
        if (0 != (8772 & t.subtreeFlags) || n) {
          ((n = K.T), (K.T = null));
          var r = Y.p;
          Y.p = 2;
          var l = uL;
          uL |= 4;
          try {
            un(e, t.alternate, t);
          } finally {
            ((uL = l), (Y.p = r), (K.T = n));
          }
        }
        u2 = 3;
      }
    }
    function sz() {
      if (4 === u2 || 3 === u2) {
        u2 = 0;
        var e = u9;
        ((u9 = null), ey());
        var t = u3,
          n = u4,
          r = u6,
          l = u7,
          a = (0x13ffff00 & r) === r ? 10262 : 10256;
        if (
          (0 != (n.subtreeFlags & a) || 0 != (n.flags & a)
            ? (u2 = 5)
            : ((u2 = 0), (u4 = u3 = null), sO(t, t.pendingLanes)),
          0 === (a = t.pendingLanes) && (u1 = null),
          eQ(r),
          (n = n.stateNode),
          eP && "function" == typeof eP.onCommitFiberRoot)
        )
          try {
            eP.onCommitFiberRoot(eN, n, void 0, 128 == (128 & n.current.flags));
          } catch (e) {}
        if (null !== l) {
          ((n = K.T), (a = Y.p), (Y.p = 2), (K.T = null));
          try {
            for (var o = t.onRecoverableError, i = 0; i < l.length; i++) {
              var u = l[i];
              o(u.value, { componentStack: u.stack });
            }
          } finally {
            ((K.T = n), (Y.p = a));
          }
        }
        if (
          ((l = se),
          (o = st),
          (st = null),
          null !== l && ((se = null), null === o && (o = []), null !== e))
        )
          for (u = 0; u < l.length; u++) void 0 !== (n = (0, l[u])(o)) && e.finished.finally(n);
        (0 != (3 & u6) && sL(),
          sq(t),
          (a = t.pendingLanes),
          0 != (261930 & r) && 0 != (42 & a)
            ? t === sr
              ? sn++
              : ((sn = 0), (sr = t))
            : ((sn = 0), (sr = null)),
          sK(0, !1));
      }
    }
    function sO(e, t) {
      0 == (e.pooledCacheLanes &= t) &&
        null != (t = e.pooledCache) &&
        ((e.pooledCache = null), lg(t));
    }
    function sL() {
      return (null !== u9 && (u9.skipTransition(), (u9 = null)), sC(), sT(), sz(), sM());
    }
    function sM() {
      if (5 !== u2) return !1;
      var e = u3,
        t = u5;
      u5 = 0;
      var n = eQ(u6),
        r = K.T,
        l = Y.p;
      try {
        ((Y.p = 32 > n ? 32 : n), (K.T = null), (n = u8), (u8 = null));
        var a = u3,
          o = u6;
        if (((u2 = 0), (u4 = u3 = null), (u6 = 0), 0 != (6 & uL))) throw Error(u(331));
        var i = uL;
        if (
          ((uL |= 4),
          uC(a.current),
          uk(a, a.current, o, n),
          (uL = i),
          sK(0, !1),
          eP && "function" == typeof eP.onPostCommitFiberRoot)
        )
          try {
            eP.onPostCommitFiberRoot(eN, a);
          } catch (e) {}
        return !0;
      } finally {
        ((Y.p = l), (K.T = r), sO(e, t));
      }
    }
    function sR(e, t, n) {
      ((t = rR(n, t)),
        (t = oH(e.stateNode, t, 2)),
        null !== (e = lG(e, t, 2)) && (eU(e, 2), sq(e)));
    }
    function sI(e, t, n) {
      if (3 === e.tag) sR(e, e, n);
      else
        for (; null !== t;) {
          if (3 === t.tag) {
            sR(t, e, n);
            break;
          }
          if (1 === t.tag) {
            var r = t.stateNode;
            if (
              "function" == typeof t.type.getDerivedStateFromError ||
              ("function" == typeof r.componentDidCatch && (null === u1 || !u1.has(r)))
            ) {
              ((e = rR(n, e)),
                null !== (r = lG(t, (n = o$(2)), 2)) && (oQ(n, r, t, e), eU(r, 2), sq(r)));
              break;
            }
          }
          t = t.return;
        }
    }
    function sF(e, t, n) {
      var r = e.pingCache;
      if (null === r) {
        r = e.pingCache = new uO();
        var l = new Set();
        r.set(t, l);
      } else void 0 === (l = r.get(t)) && ((l = new Set()), r.set(t, l));
      l.has(n) || ((uU = !0), l.add(n), (e = sD.bind(null, e, t, n)), t.then(e, e));
    }
    function sD(e, t, n) {
      var r = e.pingCache;
      (null !== r && r.delete(t),
        (e.pingedLanes |= e.suspendedLanes & n),
        (e.warmLanes &= ~n),
        uM === e &&
          (uI & n) === n &&
          ((4 === uV || (3 === uV && (0x3c00000 & uI) === uI && 300 > eb() - uG)) && 0 == (2 & uL)
            ? sp(e, 0)
            : (uQ |= n),
          uq === uI && (uq = 0)),
        sq(e));
    }
    function sA(e, t) {
      (0 === t && (t = eA()), null !== (e = rb(e, t)) && (eU(e, t), sq(e)));
    }
    function sj(e) {
      var t = e.memoizedState,
        n = 0;
      (null !== t && (n = t.retryLane), sA(e, n));
    }
    function sU(e, t) {
      var n = 0;
      switch (e.tag) {
        case 31:
        case 13:
          var r = e.stateNode,
            l = e.memoizedState;
          null !== l && (n = l.retryLane);
          break;
        case 19:
          r = e.stateNode;
          break;
        case 22:
          r = e.stateNode._retryCache;
          break;
        default:
          throw Error(u(314));
      }
      (null !== r && r.delete(t), sA(e, n));
    }
    var sB = null,
      sV = null,
      sH = !1,
      s$ = !1,
      sQ = !1,
      sW = 0;
    function sq(e) {
      (e !== sV && null === e.next && (null === sV ? (sB = sV = e) : (sV = sV.next = e)),
        (s$ = !0),
        sH ||
          ((sH = !0),
          cC(function () {
            0 != (6 & uL) ? eh(ek, sY) : sX();
          })));
    }
    function sK(e, t) {
      if (!sQ && s$) {
        sQ = !0;
        do
          for (var n = !1, r = sB; null !== r;) {
            if (!t)
              if (0 !== e) {
                var l = r.pendingLanes;
                if (0 === l) var a = 0;
                else {
                  var o = r.suspendedLanes,
                    i = r.pingedLanes;
                  a =
                    0xc000095 & (a = ((1 << (31 - eC(42 | e) + 1)) - 1) & (l & ~(o & ~i)))
                      ? (0xc000095 & a) | 1
                      : a
                        ? 2 | a
                        : 0;
                }
                0 !== a && ((n = !0), sZ(r, a));
              } else
                ((a = uI),
                  0 ==
                    (3 &
                      (a = eI(
                        r,
                        r === uM ? a : 0,
                        null !== r.cancelPendingCommit || -1 !== r.timeoutHandle,
                      ))) ||
                    eF(r, a) ||
                    ((n = !0), sZ(r, a)));
            r = r.next;
          }
        while (n);
        sQ = !1;
      }
    }
    function sY() {
      sX();
    }
    function sX() {
      s$ = sH = !1;
      var e,
        t = 0;
      0 === sW ||
        ((e = window.event) && "popstate" === e.type
          ? e === cE || ((cE = e), 0)
          : ((cE = null), 1)) ||
        (t = sW);
      for (var n = eb(), r = null, l = sB; null !== l;) {
        var a = l.next,
          o = sG(l, n);
        (0 === o
          ? ((l.next = null), null === r ? (sB = a) : (r.next = a), null === a && (sV = r))
          : ((r = l), (0 !== t || 0 != (3 & o)) && (s$ = !0)),
          (l = a));
      }
      ((0 !== u2 && 5 !== u2) || sK(t, !1), 0 !== sW && (sW = 0));
    }
    function sG(e, t) {
      for (
        var n = e.suspendedLanes,
          r = e.pingedLanes,
          l = e.expirationTimes,
          a = -0x3c00001 & e.pendingLanes;
        0 < a;
      ) {
        var o = 31 - eC(a),
          i = 1 << o,
          u = l[o];
        (-1 === u
          ? (0 == (i & n) || 0 != (i & r)) &&
            (l[o] = (function (e, t) {
              switch (e) {
                case 1:
                case 2:
                case 4:
                case 8:
                case 64:
                  return t + 250;
                case 16:
                case 32:
                case 128:
                case 256:
                case 512:
                case 1024:
                case 2048:
                case 4096:
                case 8192:
                case 16384:
                case 32768:
                case 65536:
                case 131072:
                case 262144:
                case 524288:
                case 1048576:
                case 2097152:
                  return t + 5e3;
                default:
                  return -1;
              }
            })(i, t))
          : u <= t && (e.expiredLanes |= i),
          (a &= ~i));
      }
      if (
        ((t = uM),
        (n = uI),
        (n = eI(e, e === t ? n : 0, null !== e.cancelPendingCommit || -1 !== e.timeoutHandle)),
        (r = e.callbackNode),
        0 === n || (e === t && (2 === uF || 9 === uF)) || null !== e.cancelPendingCommit)
      )
        return (
          null !== r && null !== r && eg(r),
          (e.callbackNode = null),
          (e.callbackPriority = 0)
        );
      if (0 == (3 & n) || eF(e, n)) {
        if ((t = n & -n) === e.callbackPriority) return t;
        switch ((null !== r && eg(r), eQ(n))) {
          case 2:
          case 8:
            n = eS;
            break;
          case 32:
          default:
            n = eE;
            break;
          case 0x10000000:
            n = e_;
        }
        return (
          (n = eh(n, (r = sJ.bind(null, e)))),
          (e.callbackPriority = t),
          (e.callbackNode = n),
          t
        );
      }
      return (
        null !== r && null !== r && eg(r),
        (e.callbackPriority = 2),
        (e.callbackNode = null),
        2
      );
    }
    function sJ(e, t) {
      if (0 !== u2 && 5 !== u2) return ((e.callbackNode = null), (e.callbackPriority = 0), null);
      var n = e.callbackNode;
      if (sL() && e.callbackNode !== n) return null;
      var r = uI;
      return 0 ===
        (r = eI(e, e === uM ? r : 0, null !== e.cancelPendingCommit || -1 !== e.timeoutHandle))
        ? null
        : (su(e, r, t),
          sG(e, eb()),
          null != e.callbackNode && e.callbackNode === n ? sJ.bind(null, e) : null);
    }
    function sZ(e, t) {
      if (sL()) return null;
      su(e, t, !0);
    }
    function s0() {
      if (0 === sW) {
        var e = lk;
        (0 === e && ((e = eO), 0 == (261888 & (eO <<= 1)) && (eO = 256)), (sW = e));
      }
      return sW;
    }
    function s1(e) {
      return null == e || "symbol" == typeof e || "boolean" == typeof e
        ? null
        : "function" == typeof e
          ? e
          : tL(e);
    }
    for (var s2 = 0; s2 < ro.length; s2++) {
      var s3 = ro[s2];
      ri(s3.toLowerCase(), "on" + (s3[0].toUpperCase() + s3.slice(1)));
    }
    (ri(n8, "onAnimationCancel"),
      ri(n7, "onAnimationEnd"),
      ri(n9, "onAnimationIteration"),
      ri(re, "onAnimationStart"),
      ri("dblclick", "onDoubleClick"),
      ri("focusin", "onFocus"),
      ri("focusout", "onBlur"),
      ri(rt, "onTransitionRun"),
      ri(rn, "onTransitionStart"),
      ri(rr, "onTransitionCancel"),
      ri(rl, "onTransitionEnd"),
      tl("onMouseEnter", ["mouseout", "mouseover"]),
      tl("onMouseLeave", ["mouseout", "mouseover"]),
      tl("onPointerEnter", ["pointerout", "pointerover"]),
      tl("onPointerLeave", ["pointerout", "pointerover"]),
      tr(
        "onChange",
        "change click focusin focusout input keydown keyup selectionchange".split(" "),
      ),
      tr(
        "onSelect",
        "focusout contextmenu dragend focusin keydown keyup mousedown mouseup selectionchange".split(
          " ",
        ),
      ),
      tr("onBeforeInput", ["compositionend", "keypress", "textInput", "paste"]),
      tr("onCompositionEnd", "compositionend focusout keydown keypress keyup mousedown".split(" ")),
      tr(
        "onCompositionStart",
        "compositionstart focusout keydown keypress keyup mousedown".split(" "),
      ),
      tr(
        "onCompositionUpdate",
        "compositionupdate focusout keydown keypress keyup mousedown".split(" "),
      ));
    var s4 =
        "abort canplay canplaythrough durationchange emptied encrypted ended error loadeddata loadedmetadata loadstart pause play playing progress ratechange resize seeked seeking stalled suspend timeupdate volumechange waiting".split(
          " ",
        ),
      s6 = new Set(
        "beforetoggle cancel close invalid load scroll scrollend toggle".split(" ").concat(s4),
      );
    function s5(e, t) {
      t = 0 != (4 & t);
      for (var n = 0; n < e.length; n++) {
        var r = e[n],
          l = r.event;
        r = r.listeners;
        e: {
          var a = void 0;
          if (t)
            for (var o = r.length - 1; 0 <= o; o--) {
              var i = r[o],
                u = i.instance,
                s = i.currentTarget;
              if (((i = i.listener), u !== a && l.isPropagationStopped())) break e;
              ((a = i), (l.currentTarget = s));
              try {
                a(l);
              } catch (e) {
                rd(e);
              }
              ((l.currentTarget = null), (a = u));
            }
          else
            for (o = 0; o < r.length; o++) {
              if (
                ((u = (i = r[o]).instance),
                (s = i.currentTarget),
                (i = i.listener),
                u !== a && l.isPropagationStopped())
              )
                break e;
              ((a = i), (l.currentTarget = s));
              try {
                a(l);
              } catch (e) {
                rd(e);
              }
              ((l.currentTarget = null), (a = u));
            }
        }
      }
    }
    function s8(e, t) {
      var n = t[eJ];
      void 0 === n && (n = t[eJ] = new Set());
      var r = e + "__bubble";
      n.has(r) || (ct(t, e, 2, !1), n.add(r));
    }
    function s7(e, t, n) {
      var r = 0;
      (t && (r |= 4), ct(n, e, r, t));
    }
    var s9 = "_reactListening" + Math.random().toString(36).slice(2);
    function ce(e) {
      if (!e[s9]) {
        ((e[s9] = !0),
          tt.forEach(function (t) {
            "selectionchange" !== t && (s6.has(t) || s7(t, !1, e), s7(t, !0, e));
          }));
        var t = 9 === e.nodeType ? e : e.ownerDocument;
        null === t || t[s9] || ((t[s9] = !0), s7("selectionchange", !1, t));
      }
    }
    function ct(e, t, n, r) {
      switch (fG(t)) {
        case 2:
          var l = fQ;
          break;
        case 8:
          l = fW;
          break;
        default:
          l = fq;
      }
      ((n = l.bind(null, t, n, e)),
        (l = void 0),
        tH && ("touchstart" === t || "touchmove" === t || "wheel" === t) && (l = !0),
        r
          ? void 0 !== l
            ? e.addEventListener(t, n, { capture: !0, passive: l })
            : e.addEventListener(t, n, !0)
          : void 0 !== l
            ? e.addEventListener(t, n, { passive: l })
            : e.addEventListener(t, n, !1));
    }
    function cn(e, t, n, r, l) {
      var a = r;
      if (0 == (1 & t) && 0 == (2 & t) && null !== r)
        e: for (;;) {
          if (null === r) return;
          var o = r.tag;
          if (3 === o || 4 === o) {
            var i = r.stateNode.containerInfo;
            if (i === l) break;
            if (4 === o)
              for (o = r.return; null !== o;) {
                var u = o.tag;
                if ((3 === u || 4 === u) && o.stateNode.containerInfo === l) return;
                o = o.return;
              }
            for (; null !== i;) {
              if (null === (o = e6(i))) return;
              if (5 === (u = o.tag) || 6 === u || 26 === u || 27 === u) {
                r = a = o;
                continue e;
              }
              i = i.parentNode;
            }
          }
          r = r.return;
        }
      tU(function () {
        var r = a,
          l = tI(n),
          o = [];
        e: {
          var i = ra.get(e);
          if (void 0 !== i) {
            var u = t6,
              s = e;
            switch (e) {
              case "keypress":
                if (0 === tY(n)) break e;
              case "keydown":
              case "keyup":
                u = nc;
                break;
              case "focusin":
                ((s = "focus"), (u = nt));
                break;
              case "focusout":
                ((s = "blur"), (u = nt));
                break;
              case "beforeblur":
              case "afterblur":
                u = nt;
                break;
              case "click":
                if (2 === n.button) break e;
              case "auxclick":
              case "dblclick":
              case "mousedown":
              case "mousemove":
              case "mouseup":
              case "mouseout":
              case "mouseover":
              case "contextmenu":
                u = t9;
                break;
              case "drag":
              case "dragend":
              case "dragenter":
              case "dragexit":
              case "dragleave":
              case "dragover":
              case "dragstart":
              case "drop":
                u = ne;
                break;
              case "touchcancel":
              case "touchend":
              case "touchmove":
              case "touchstart":
                u = np;
                break;
              case n8:
              case n7:
              case n9:
              case re:
                u = nn;
                break;
              case rl:
                u = nm;
                break;
              case "scroll":
              case "scrollend":
                u = t8;
                break;
              case "wheel":
                u = nh;
                break;
              case "copy":
              case "cut":
              case "paste":
                u = nr;
                break;
              case "gotpointercapture":
              case "lostpointercapture":
              case "pointercancel":
              case "pointerdown":
              case "pointermove":
              case "pointerout":
              case "pointerover":
              case "pointerup":
                u = nf;
                break;
              case "submit":
                u = nd;
                break;
              case "toggle":
              case "beforetoggle":
                u = ng;
            }
            var f = 0 != (4 & t),
              d =
                !f &&
                ("scroll" === e || "scrollend" === e || "toggle" === e || "beforetoggle" === e),
              p = f ? (null !== i ? i + "Capture" : null) : i;
            f = [];
            for (var m, h = r; null !== h;) {
              var g = h;
              if (
                ((m = g.stateNode),
                (5 !== (g = g.tag) && 26 !== g && 27 !== g) ||
                  null === m ||
                  null === p ||
                  (null != (g = tB(h, p)) && f.push(cr(h, g, m))),
                d)
              )
                break;
              h = h.return;
            }
            0 < f.length && ((i = new u(i, s, null, n, l)), o.push({ event: i, listeners: f }));
          }
        }
        if (0 == (7 & t)) {
          ((u = "mouseover" === e || "pointerover" === e),
            (i = "mouseout" === e || "pointerout" === e),
            !(u && n !== tR && (s = n.relatedTarget || n.fromElement) && (e6(s) || s[eG])) &&
              (i || u) &&
              ((s =
                l.window === l
                  ? l
                  : (u = l.ownerDocument)
                    ? u.defaultView || u.parentWindow
                    : window),
              i
                ? ((u = n.relatedTarget || n.toElement),
                  (i = r),
                  null !== (u = u ? e6(u) : null) &&
                    ((d = c(u)), (f = u.tag), u !== d || (5 !== f && 27 !== f && 6 !== f)) &&
                    (u = null))
                : ((i = null), (u = r)),
              i !== u &&
                ((f = t9),
                (g = "onMouseLeave"),
                (p = "onMouseEnter"),
                (h = "mouse"),
                ("pointerout" === e || "pointerover" === e) &&
                  ((f = nf), (g = "onPointerLeave"), (p = "onPointerEnter"), (h = "pointer")),
                (d = null == i ? s : e8(i)),
                (m = null == u ? s : e8(u)),
                ((s = new f(g, h + "leave", i, n, l)).target = d),
                (s.relatedTarget = m),
                (g = null),
                e6(l) === r &&
                  (((f = new f(p, h + "enter", u, n, l)).target = m),
                  (f.relatedTarget = d),
                  (g = f)),
                (d = g),
                (f = i && u ? x(i, u, ca) : null),
                null !== i && co(o, s, i, f, !1),
                null !== u && null !== d && co(o, d, u, f, !0))));
          e: {
            if (
              "select" === (u = (i = r ? e8(r) : window).nodeName && i.nodeName.toLowerCase()) ||
              ("input" === u && "file" === i.type)
            )
              var v,
                y = nM;
            else if (nP(i))
              if (nR) y = nV;
              else {
                y = nU;
                var b = nj;
              }
            else
              (u = i.nodeName) &&
              "input" === u.toLowerCase() &&
              ("checkbox" === i.type || "radio" === i.type)
                ? (y = nB)
                : r && tT(r.elementType) && (y = nM);
            if (y && (y = y(e, r))) {
              nC(o, y, n, l);
              break e;
            }
            b && b(e, i, r);
          }
          switch (((b = r ? e8(r) : window), e)) {
            case "focusin":
              (nP(b) || "true" === b.contentEditable) && ((nG = b), (nJ = r), (nZ = null));
              break;
            case "focusout":
              nZ = nJ = nG = null;
              break;
            case "mousedown":
              n0 = !0;
              break;
            case "contextmenu":
            case "mouseup":
            case "dragend":
              ((n0 = !1), n1(o, n, l));
              break;
            case "selectionchange":
              if (nX) break;
            case "keydown":
            case "keyup":
              n1(o, n, l);
          }
          if (ny)
            t: {
              switch (e) {
                case "compositionstart":
                  var w = "onCompositionStart";
                  break t;
                case "compositionend":
                  w = "onCompositionEnd";
                  break t;
                case "compositionupdate":
                  w = "onCompositionUpdate";
                  break t;
              }
              w = void 0;
            }
          else
            n_
              ? nE(e, n) && (w = "onCompositionEnd")
              : "keydown" === e && 229 === n.keyCode && (w = "onCompositionStart");
          (w &&
            (nk &&
              "ko" !== n.locale &&
              (n_ || "onCompositionStart" !== w
                ? "onCompositionEnd" === w && n_ && (v = tK())
                : ((tW = "value" in (tQ = l) ? tQ.value : tQ.textContent), (n_ = !0))),
            0 < (b = cl(r, w)).length &&
              ((w = new nl(w, e, null, n, l)),
              o.push({ event: w, listeners: b }),
              v ? (w.data = v) : null !== (v = nx(n)) && (w.data = v))),
            (v = nw
              ? (function (e, t) {
                  switch (e) {
                    case "compositionend":
                      return nx(t);
                    case "keypress":
                      if (32 !== t.which) return null;
                      return ((nS = !0), " ");
                    case "textInput":
                      return " " === (e = t.data) && nS ? null : e;
                    default:
                      return null;
                  }
                })(e, n)
              : (function (e, t) {
                  if (n_)
                    return "compositionend" === e || (!ny && nE(e, t))
                      ? ((e = tK()), (tq = tW = tQ = null), (n_ = !1), e)
                      : null;
                  switch (e) {
                    case "paste":
                    default:
                      return null;
                    case "keypress":
                      if (!(t.ctrlKey || t.altKey || t.metaKey) || (t.ctrlKey && t.altKey)) {
                        if (t.char && 1 < t.char.length) return t.char;
                        if (t.which) return String.fromCharCode(t.which);
                      }
                      return null;
                    case "compositionend":
                      return nk && "ko" !== t.locale ? null : t.data;
                  }
                })(e, n)) &&
              0 < (w = cl(r, "onBeforeInput")).length &&
              ((b = new nl("onBeforeInput", "beforeinput", null, n, l)),
              o.push({ event: b, listeners: w }),
              (b.data = v)));
          var k = e;
          if ("submit" === k && r && r.stateNode === l) {
            var S = s1((l[eX] || null).action),
              E = n.submitter;
            E &&
              null !==
                (k = (k = E[eX] || null) ? s1(k.formAction) : E.getAttribute("formAction")) &&
              ((S = k), (E = null));
            var _ = new t6("action", "action", null, n, l);
            o.push({
              event: _,
              listeners: [
                {
                  instance: null,
                  listener: function () {
                    if (n.defaultPrevented) {
                      if (0 !== sW) {
                        var e = new FormData(l, E);
                        oh(r, { pending: !0, data: e, method: l.method, action: S }, null, e);
                      }
                    } else
                      "function" == typeof S &&
                        (_.preventDefault(),
                        oh(
                          r,
                          {
                            pending: !0,
                            data: (e = new FormData(l, E)),
                            method: l.method,
                            action: S,
                          },
                          S,
                          e,
                        ));
                  },
                  currentTarget: l,
                },
              ],
            });
          }
        }
        s5(o, t);
      });
    }
    function cr(e, t, n) {
      return { instance: e, listener: t, currentTarget: n };
    }
    function cl(e, t) {
      for (var n = t + "Capture", r = []; null !== e;) {
        var l = e,
          a = l.stateNode;
        if (
          ((5 !== (l = l.tag) && 26 !== l && 27 !== l) ||
            null === a ||
            (null != (l = tB(e, n)) && r.unshift(cr(e, l, a)),
            null != (l = tB(e, t)) && r.push(cr(e, l, a))),
          3 === e.tag)
        )
          return r;
        e = e.return;
      }
      return [];
    }
    function ca(e) {
      if (null === e) return null;
      do e = e.return;
      while (e && 5 !== e.tag && 27 !== e.tag);
      return e || null;
    }
    function co(e, t, n, r, l) {
      for (var a = t._reactName, o = []; null !== n && n !== r;) {
        var i = n,
          u = i.alternate,
          s = i.stateNode;
        if (((i = i.tag), null !== u && u === r)) break;
        ((5 !== i && 26 !== i && 27 !== i) ||
          null === s ||
          ((u = s),
          l
            ? null != (s = tB(n, a)) && o.unshift(cr(n, s, u))
            : l || (null != (s = tB(n, a)) && o.push(cr(n, s, u)))),
          (n = n.return));
      }
      0 !== o.length && e.push({ event: t, listeners: o });
    }
    var ci = /\r\n?/g,
      cu = /\u0000|\uFFFD/g;
    function cs(e) {
      return ("string" == typeof e ? e : "" + e).replace(ci, "\n").replace(cu, "");
    }
    function cc(e, t) {
      return ((t = cs(t)), cs(e) === t);
    }
    function cf(e, t, n, r, l, a) {
      switch (n) {
        case "children":
          if ("string" == typeof r) "body" === t || ("textarea" === t && "" === r) || t_(e, r);
          else {
            if ("number" != typeof r && "bigint" != typeof r) return;
            "body" !== t && t_(e, "" + r);
          }
          break;
        case "className":
          tf(e, "class", r);
          break;
        case "tabIndex":
          tf(e, "tabindex", r);
          break;
        case "dir":
        case "role":
        case "viewBox":
        case "width":
        case "height":
          tf(e, n, r);
          break;
        case "style":
          tC(e, r, a);
          return;
        case "data":
          if ("object" !== t) {
            tf(e, "data", r);
            break;
          }
        case "src":
        case "href":
          if (
            ("" === r && ("a" !== t || "href" !== n)) ||
            null == r ||
            "function" == typeof r ||
            "symbol" == typeof r ||
            "boolean" == typeof r
          ) {
            e.removeAttribute(n);
            break;
          }
          ((r = tL(r)), e.setAttribute(n, r));
          break;
        case "action":
        case "formAction":
          if ("function" == typeof r) {
            e.setAttribute(
              n,
              "javascript:throw new Error('A React form was unexpectedly submitted. If you called form.submit() manually, consider using form.requestSubmit() instead. If you\\'re trying to use event.stopPropagation() in a submit event handler, consider also calling event.preventDefault().')",
            );
            break;
          }
          if (
            ("function" == typeof a &&
              ("formAction" === n
                ? ("input" !== t && cf(e, t, "name", l.name, l, null),
                  cf(e, t, "formEncType", l.formEncType, l, null),
                  cf(e, t, "formMethod", l.formMethod, l, null),
                  cf(e, t, "formTarget", l.formTarget, l, null))
                : (cf(e, t, "encType", l.encType, l, null),
                  cf(e, t, "method", l.method, l, null),
                  cf(e, t, "target", l.target, l, null))),
            null == r || "symbol" == typeof r || "boolean" == typeof r)
          ) {
            e.removeAttribute(n);
            break;
          }
          ((r = tL(r)), e.setAttribute(n, r));
          break;
        case "onClick":
          null != r && (e.onclick = tM);
          return;
        case "onScroll":
          null != r && s8("scroll", e);
          return;
        case "onScrollEnd":
          null != r && s8("scrollend", e);
          return;
        case "dangerouslySetInnerHTML":
          if (null != r) {
            if ("object" != typeof r || !("__html" in r)) throw Error(u(61));
            if (null != (n = r.__html)) {
              if (null != l.children) throw Error(u(60));
              (null != a ? a.__html : void 0) !== n && (e.innerHTML = n);
            }
          }
          break;
        case "multiple":
          e.multiple = r && "function" != typeof r && "symbol" != typeof r;
          break;
        case "muted":
          e.muted = r && "function" != typeof r && "symbol" != typeof r;
          break;
        case "suppressContentEditableWarning":
        case "suppressHydrationWarning":
        case "defaultValue":
        case "defaultChecked":
        case "innerHTML":
        case "ref":
        case "autoFocus":
          break;
        case "xlinkHref":
          if (
            null == r ||
            "function" == typeof r ||
            "boolean" == typeof r ||
            "symbol" == typeof r
          ) {
            e.removeAttribute("xlink:href");
            break;
          }
          ((n = tL(r)), e.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", n));
          break;
        case "contentEditable":
        case "spellCheck":
        case "draggable":
        case "value":
        case "autoReverse":
        case "externalResourcesRequired":
        case "focusable":
        case "preserveAlpha":
          null != r && "function" != typeof r && "symbol" != typeof r
            ? e.setAttribute(n, r)
            : e.removeAttribute(n);
          break;
        case "inert":
        case "allowFullScreen":
        case "async":
        case "autoPlay":
        case "controls":
        case "credentialless":
        case "default":
        case "defer":
        case "disabled":
        case "disablePictureInPicture":
        case "disableRemotePlayback":
        case "formNoValidate":
        case "hidden":
        case "loop":
        case "noModule":
        case "noValidate":
        case "open":
        case "playsInline":
        case "readOnly":
        case "required":
        case "reversed":
        case "scoped":
        case "seamless":
        case "itemScope":
          r && "function" != typeof r && "symbol" != typeof r
            ? e.setAttribute(n, "")
            : e.removeAttribute(n);
          break;
        case "capture":
        case "download":
          !0 === r
            ? e.setAttribute(n, "")
            : !1 !== r && null != r && "function" != typeof r && "symbol" != typeof r
              ? e.setAttribute(n, r)
              : e.removeAttribute(n);
          break;
        case "cols":
        case "rows":
        case "size":
        case "span":
          null != r && "function" != typeof r && "symbol" != typeof r && !isNaN(r) && 1 <= r
            ? e.setAttribute(n, r)
            : e.removeAttribute(n);
          break;
        case "rowSpan":
        case "start":
          null == r || "function" == typeof r || "symbol" == typeof r || isNaN(r)
            ? e.removeAttribute(n)
            : e.setAttribute(n, r);
          break;
        case "popover":
          (s8("beforetoggle", e), s8("toggle", e), tc(e, "popover", r));
          break;
        case "xlinkActuate":
          td(e, "http://www.w3.org/1999/xlink", "xlink:actuate", r);
          break;
        case "xlinkArcrole":
          td(e, "http://www.w3.org/1999/xlink", "xlink:arcrole", r);
          break;
        case "xlinkRole":
          td(e, "http://www.w3.org/1999/xlink", "xlink:role", r);
          break;
        case "xlinkShow":
          td(e, "http://www.w3.org/1999/xlink", "xlink:show", r);
          break;
        case "xlinkTitle":
          td(e, "http://www.w3.org/1999/xlink", "xlink:title", r);
          break;
        case "xlinkType":
          td(e, "http://www.w3.org/1999/xlink", "xlink:type", r);
          break;
        case "xmlBase":
          td(e, "http://www.w3.org/XML/1998/namespace", "xml:base", r);
          break;
        case "xmlLang":
          td(e, "http://www.w3.org/XML/1998/namespace", "xml:lang", r);
          break;
        case "xmlSpace":
          td(e, "http://www.w3.org/XML/1998/namespace", "xml:space", r);
          break;
        case "is":
          tc(e, "is", r);
          break;
        case "innerText":
        case "textContent":
          return;
        default:
          if (2 < n.length && ("o" === n[0] || "O" === n[0]) && ("n" === n[1] || "N" === n[1]))
            return;
          tc(e, (n = tz.get(n) || n), r);
      }
      tu = !0;
    }
    function cd(e, t, n, r, l, a) {
      switch (n) {
        case "style":
          tC(e, r, a);
          return;
        case "dangerouslySetInnerHTML":
          if (null != r) {
            if ("object" != typeof r || !("__html" in r)) throw Error(u(61));
            if (null != (n = r.__html)) {
              if (null != l.children) throw Error(u(60));
              (null != a ? a.__html : void 0) !== n && (e.innerHTML = n);
            }
          }
          break;
        case "children":
          if ("string" == typeof r) t_(e, r);
          else {
            if ("number" != typeof r && "bigint" != typeof r) return;
            t_(e, "" + r);
          }
          break;
        case "onScroll":
          null != r && s8("scroll", e);
          return;
        case "onScrollEnd":
          null != r && s8("scrollend", e);
          return;
        case "onClick":
          null != r && (e.onclick = tM);
          return;
        case "suppressContentEditableWarning":
        case "suppressHydrationWarning":
        case "innerHTML":
        case "ref":
        case "innerText":
        case "textContent":
          return;
        default:
          if (!tn.hasOwnProperty(n))
            e: {
              if (
                "o" === n[0] &&
                "n" === n[1] &&
                ((l = n.endsWith("Capture")),
                (a = n.slice(2, l ? n.length - 7 : void 0)),
                "function" == typeof (t = null != (t = e[eX] || null) ? t[n] : null) &&
                  e.removeEventListener(a, t, l),
                "function" == typeof r)
              ) {
                ("function" != typeof t &&
                  null !== t &&
                  (n in e ? (e[n] = null) : e.hasAttribute(n) && e.removeAttribute(n)),
                  e.addEventListener(a, r, l));
                break e;
              }
              ((tu = !0), n in e ? (e[n] = r) : !0 === r ? e.setAttribute(n, "") : tc(e, n, r));
            }
          return;
      }
      tu = !0;
    }
    function cp(e, t, n) {
      switch (t) {
        case "div":
        case "span":
        case "svg":
        case "path":
        case "a":
        case "g":
        case "p":
        case "li":
          break;
        case "img":
          (s8("error", e), s8("load", e));
          var r,
            l = !1,
            a = !1;
          for (r in n)
            if (n.hasOwnProperty(r)) {
              var o = n[r];
              if (null != o)
                switch (r) {
                  case "src":
                    l = !0;
                    break;
                  case "srcSet":
                    a = !0;
                    break;
                  case "children":
                  case "dangerouslySetInnerHTML":
                    throw Error(u(137, t));
                  default:
                    cf(e, t, r, o, n, null);
                }
            }
          (a && cf(e, t, "srcSet", n.srcSet, n, null), l && cf(e, t, "src", n.src, n, null));
          return;
        case "input":
          s8("invalid", e);
          var i = (r = o = a = null),
            s = null,
            c = null;
          for (l in n)
            if (n.hasOwnProperty(l)) {
              var f = n[l];
              if (null != f)
                switch (l) {
                  case "name":
                    a = f;
                    break;
                  case "type":
                    o = f;
                    break;
                  case "checked":
                    s = f;
                    break;
                  case "defaultChecked":
                    c = f;
                    break;
                  case "value":
                    r = f;
                    break;
                  case "defaultValue":
                    i = f;
                    break;
                  case "children":
                  case "dangerouslySetInnerHTML":
                    if (null != f) throw Error(u(137, t));
                    break;
                  default:
                    cf(e, t, l, f, n, null);
                }
            }
          tw(e, r, i, s, c, o, a, !1);
          return;
        case "select":
          for (a in (s8("invalid", e), (l = o = r = null), n))
            if (n.hasOwnProperty(a) && null != (i = n[a]))
              switch (a) {
                case "value":
                  r = i;
                  break;
                case "defaultValue":
                  o = i;
                  break;
                case "multiple":
                  l = i;
                default:
                  cf(e, t, a, i, n, null);
              }
          ((t = r),
            (n = o),
            (e.multiple = !!l),
            null != t ? tS(e, !!l, t, !1) : null != n && tS(e, !!l, n, !0));
          return;
        case "textarea":
          for (o in (s8("invalid", e), (r = a = l = null), n))
            if (n.hasOwnProperty(o) && null != (i = n[o]))
              switch (o) {
                case "value":
                  l = i;
                  break;
                case "defaultValue":
                  a = i;
                  break;
                case "children":
                  r = i;
                  break;
                case "dangerouslySetInnerHTML":
                  if (null != i) throw Error(u(91));
                  break;
                default:
                  cf(e, t, o, i, n, null);
              }
          tx(e, l, a, r);
          return;
        case "option":
          for (s in n)
            n.hasOwnProperty(s) &&
              null != (l = n[s]) &&
              ("selected" === s
                ? (e.selected = l && "function" != typeof l && "symbol" != typeof l)
                : cf(e, t, s, l, n, null));
          return;
        case "dialog":
          (s8("beforetoggle", e), s8("toggle", e), s8("cancel", e), s8("close", e));
          break;
        case "iframe":
        case "object":
          s8("load", e);
          break;
        case "video":
        case "audio":
          for (l = 0; l < s4.length; l++) s8(s4[l], e);
          break;
        case "image":
          (s8("error", e), s8("load", e));
          break;
        case "details":
          s8("toggle", e);
          break;
        case "embed":
        case "source":
        case "link":
          (s8("error", e), s8("load", e));
        case "area":
        case "base":
        case "br":
        case "col":
        case "hr":
        case "keygen":
        case "meta":
        case "param":
        case "track":
        case "wbr":
        case "menuitem":
          for (c in n)
            if (n.hasOwnProperty(c) && null != (l = n[c]))
              switch (c) {
                case "children":
                case "dangerouslySetInnerHTML":
                  throw Error(u(137, t));
                default:
                  cf(e, t, c, l, n, null);
              }
          return;
        default:
          if (tT(t)) {
            for (f in n) n.hasOwnProperty(f) && void 0 !== (l = n[f]) && cd(e, t, f, l, n, void 0);
            return;
          }
      }
      for (i in n) n.hasOwnProperty(i) && null != (l = n[i]) && cf(e, t, i, l, n, null);
    }
    var cm = {};
    function ch(e) {
      switch (e) {
        case "css":
        case "script":
        case "font":
        case "img":
        case "image":
        case "input":
        case "link":
          return !0;
        default:
          return !1;
      }
    }
    var cg = null,
      cv = null;
    function cy(e) {
      return 9 === e.nodeType ? e : e.ownerDocument;
    }
    function cb(e) {
      switch (e) {
        case "http://www.w3.org/2000/svg":
          return 1;
        case "http://www.w3.org/1998/Math/MathML":
          return 2;
        default:
          return 0;
      }
    }
    function cw(e, t) {
      if (0 === e)
        switch (t) {
          case "svg":
            return 1;
          case "math":
            return 2;
          default:
            return 0;
        }
      return 1 === e && "foreignObject" === t ? 0 : e;
    }
    function ck(e, t, n, r) {
      return (((n = cy(n).createElement(e))[eY] = r), (n[eX] = t), cp(n, e, t), e9(n), n);
    }
    function cS(e, t) {
      return (
        "textarea" === e ||
        "noscript" === e ||
        "string" == typeof t.children ||
        "number" == typeof t.children ||
        "bigint" == typeof t.children ||
        ("object" == typeof t.dangerouslySetInnerHTML &&
          null !== t.dangerouslySetInnerHTML &&
          null != t.dangerouslySetInnerHTML.__html)
      );
    }
    var cE = null,
      cx = "function" == typeof setTimeout ? setTimeout : void 0,
      c_ = "function" == typeof clearTimeout ? clearTimeout : void 0,
      cN = "function" == typeof Promise ? Promise : void 0,
      cP = "function" == typeof requestAnimationFrame ? requestAnimationFrame : cx,
      cC =
        "function" == typeof queueMicrotask
          ? queueMicrotask
          : void 0 !== cN
            ? function (e) {
                return cN.resolve(null).then(e).catch(cT);
              }
            : cx;
    function cT(e) {
      setTimeout(function () {
        throw e;
      });
    }
    function cz(e) {
      return "head" === e;
    }
    function cO(e, t) {
      var n = t,
        r = 0;
      do {
        var l = n.nextSibling;
        if ((e.removeChild(n), l && 8 === l.nodeType))
          if ("/$" === (n = l.data) || "/&" === n) {
            if (0 === r) {
              (e.removeChild(l), da(t));
              return;
            }
            r--;
          } else if ("$" === n || "$?" === n || "$~" === n || "$!" === n || "&" === n) r++;
          else if ("html" === n) fa(e.ownerDocument.documentElement);
          else if ("head" === n) {
            fa((n = e.ownerDocument.head));
            for (var a = n.firstChild; a;) {
              var o = a.nextSibling,
                i = a.nodeName;
              (a[e2] ||
                "SCRIPT" === i ||
                "STYLE" === i ||
                ("LINK" === i && "stylesheet" === a.rel.toLowerCase()) ||
                n.removeChild(a),
                (a = o));
            }
          } else "body" === n && fa(e.ownerDocument.body);
        n = l;
      } while (n);
      da(t);
    }
    function cL(e, t) {
      var n = e;
      e = 0;
      do {
        var r = n.nextSibling;
        if (
          (1 === n.nodeType
            ? t
              ? ((n._stashedDisplay = n.style.display), (n.style.display = "none"))
              : ((n.style.display = n._stashedDisplay || ""),
                "" === n.getAttribute("style") && n.removeAttribute("style"))
            : 3 === n.nodeType &&
              (t
                ? ((n._stashedText = n.nodeValue), (n.nodeValue = ""))
                : (n.nodeValue = n._stashedText || "")),
          r && 8 === r.nodeType)
        )
          if ("/$" === (n = r.data))
            if (0 === e) break;
            else e--;
          else ("$" !== n && "$?" !== n && "$~" !== n && "$!" !== n) || e++;
        n = r;
      } while (n);
    }
    function cM(e, t, n) {
      if (
        ((t = CSS.escape(t) !== t ? "r-" + btoa(t).replace(/=/g, "") : t),
        (e.style.viewTransitionName = t),
        null != n && (e.style.viewTransitionClass = n),
        "inline" === (n = getComputedStyle(e)).display)
      ) {
        if (1 === (t = e.getClientRects()).length) var r = 1;
        else
          for (var l = (r = 0); l < t.length; l++) {
            var a = t[l];
            0 < a.width && 0 < a.height && r++;
          }
        1 === r &&
          (((e = e.style).display = 1 === t.length ? "inline-block" : "block"),
          (e.marginTop = "-" + n.paddingTop),
          (e.marginBottom = "-" + n.paddingBottom));
      }
    }
    function cR(e, t) {
      e = e.style;
      var n =
        null != (t = t.style)
          ? t.hasOwnProperty("viewTransitionName")
            ? t.viewTransitionName
            : t.hasOwnProperty("view-transition-name")
              ? t["view-transition-name"]
              : null
          : null;
      ((e.viewTransitionName = null == n || "boolean" == typeof n ? "" : ("" + n).trim()),
        (n =
          null != t
            ? t.hasOwnProperty("viewTransitionClass")
              ? t.viewTransitionClass
              : t.hasOwnProperty("view-transition-class")
                ? t["view-transition-class"]
                : null
            : null),
        (e.viewTransitionClass = null == n || "boolean" == typeof n ? "" : ("" + n).trim()),
        "inline-block" === e.display &&
          (null == t
            ? (e.display = e.margin = "")
            : ((n = t.display),
              (e.display = null == n || "boolean" == typeof n ? "" : n),
              null != (n = t.margin)
                ? (e.margin = n)
                : ((n = t.hasOwnProperty("marginTop") ? t.marginTop : t["margin-top"]),
                  (e.marginTop = null == n || "boolean" == typeof n ? "" : n),
                  (t = t.hasOwnProperty("marginBottom") ? t.marginBottom : t["margin-bottom"]),
                  (e.marginBottom = null == t || "boolean" == typeof t ? "" : t)))));
    }
    function cI(e, t, n) {
      return (
        (n = n.ownerDocument.defaultView),
        {
          rect: e,
          abs: "absolute" === t.position || "fixed" === t.position,
          clip:
            "none" !== t.clipPath ||
            "visible" !== t.overflow ||
            "none" !== t.filter ||
            "none" !== t.mask ||
            "none" !== t.mask ||
            "0px" !== t.borderRadius,
          view: 0 <= e.bottom && 0 <= e.right && e.top <= n.innerHeight && e.left <= n.innerWidth,
        }
      );
    }
    function cF(e) {
      return cI(e.getBoundingClientRect(), getComputedStyle(e), e);
    }
    function cD(e) {
      var t = e.getBoundingClientRect();
      return cI((t = new DOMRect(t.x + 2e4, t.y + 2e4, t.width, t.height)), getComputedStyle(e), e);
    }
    function cA(e) {
      (this.addEventListener("load", e), this.addEventListener("error", e));
    }
    function cj(e, t) {
      ((this._scope = document.documentElement),
        (this._selector = "::view-transition-" + e + "(" + t + ")"));
    }
    function cU(e) {
      return {
        name: e,
        group: new cj("group", e),
        imagePair: new cj("image-pair", e),
        old: new cj("old", e),
        new: new cj("new", e),
      };
    }
    function cB(e) {
      ((this._fragmentFiber = e), (this._observers = this._eventListeners = null));
    }
    function cV(e, t, n, r) {
      return (y(e).addEventListener(t, n, r), !1);
    }
    function cH(e, t, n, r) {
      return (y(e).removeEventListener(t, n, r), !1);
    }
    function c$(e) {
      return null != e &&
        "boolean" != typeof e &&
        (!0 === e.once || e.signal instanceof AbortSignal)
        ? { capture: e.capture, passive: e.passive }
        : e;
    }
    function cQ(e) {
      return null == e
        ? "c=0"
        : "boolean" == typeof e
          ? "c=" + (e ? "1" : "0")
          : "c=" + (e.capture ? "1" : "0");
    }
    function cW(e, t, n, r) {
      if (0 === e.length) return -1;
      r = cQ(r);
      for (var l = 0; l < e.length; l++) {
        var a = e[l];
        if (a.type === t && a.listener === n && cQ(a.optionsOrUseCapture) === r) return l;
      }
      return -1;
    }
    function cq(e, t) {
      return (
        6 !== e.tag &&
        (function (e, t) {
          function n() {
            r = !0;
          }
          if (e.ownerDocument.activeElement === e) return !0;
          var r = !1;
          try {
            (e.ownerDocument.addEventListener("focus", n, !0),
              (e.focus || HTMLElement.prototype.focus).call(e, t));
          } finally {
            e.ownerDocument.removeEventListener("focus", n, !0);
          }
          return r;
        })((e = y(e)), t)
      );
    }
    function cK(e, t) {
      return (t.push(e), !1);
    }
    function cY(e, t) {
      return 6 !== e.tag && !!((e = y(e)) === t || e.contains(t)) && (t.blur(), !0);
    }
    function cX(e, t) {
      return 6 !== e.tag && ((e = y(e)), t.observe(e), !1);
    }
    function cG(e, t) {
      return 6 !== e.tag && ((e = y(e)), t.unobserve(e), !1);
    }
    ((cj.prototype.animate = function (e, t) {
      return (
        ((t = "number" == typeof t ? { duration: t } : _({}, t)).pseudoElement = this._selector),
        this._scope.animate(e, t)
      );
    }),
      (cj.prototype.getAnimations = function () {
        for (
          var e = this._scope,
            t = this._selector,
            n = e.getAnimations({ subtree: !0 }),
            r = [],
            l = 0;
          l < n.length;
          l++
        ) {
          var a = n[l].effect;
          null !== a && a.target === e && a.pseudoElement === t && r.push(n[l]);
        }
        return r;
      }),
      (cj.prototype.getComputedStyle = function () {
        return getComputedStyle(this._scope, this._selector);
      }),
      (cB.prototype.addEventListener = function (e, t, n) {
        var r = null,
          l = null;
        if (null == n || "boolean" == typeof n || null === (r = n.signal || null) || !r.aborted) {
          null === this._eventListeners && (this._eventListeners = []);
          var a = this._eventListeners;
          if (-1 === cW(a, e, t, n)) {
            var o = this,
              i = t;
            (null != n &&
              "boolean" != typeof n &&
              !0 === n.once &&
              (i = function (r) {
                (o.removeEventListener(e, t, n),
                  "function" == typeof t ? t.call(this, r) : t.handleEvent(r));
              }),
              null !== r &&
                ((l = o.removeEventListener.bind(o, e, t, n)),
                r.addEventListener("abort", l, { once: !0 }),
                (l = r.removeEventListener.bind(r, "abort", l))),
              (r = c$(n)),
              a.push({
                type: e,
                listener: t,
                optionsOrUseCapture: n,
                attachedListener: i,
                cleanup: l,
              }),
              m(this._fragmentFiber.child, !1, cV, e, i, r));
          }
          this._eventListeners = a;
        }
      }),
      (cB.prototype.removeEventListener = function (e, t, n) {
        var r = this._eventListeners;
        if (null !== r && -1 !== (t = cW(r, e, t, n))) {
          var l = r[t];
          n = l.attachedListener;
          var a = l.cleanup;
          ((l = c$(l.optionsOrUseCapture)),
            m(this._fragmentFiber.child, !1, cH, e, n, l),
            r.splice(t, 1),
            null !== a && a());
        }
      }),
      (cB.prototype.dispatchEvent = function (e) {
        var t = h(this._fragmentFiber);
        if (null === t) return !0;
        t = y(t);
        var n = this._eventListeners;
        if ((null !== n && 0 < n.length) || !e.bubbles) {
          var r = 9 === t.nodeType ? t.createComment("") : document.createTextNode("");
          if (n)
            for (var l = 0; l < n.length; l++) {
              var a = n[l];
              r.addEventListener(a.type, a.attachedListener, c$(a.optionsOrUseCapture));
            }
          if ((t.appendChild(r), (e = r.dispatchEvent(e)), n))
            for (l = 0; l < n.length; l++)
              ((a = n[l]),
                r.removeEventListener(a.type, a.attachedListener, c$(a.optionsOrUseCapture)));
          return (t.removeChild(r), e);
        }
        return t.dispatchEvent(e);
      }),
      (cB.prototype.focus = function (e) {
        m(this._fragmentFiber.child, !0, cq, e, void 0, void 0);
      }),
      (cB.prototype.focusLast = function (e) {
        var t = [];
        m(this._fragmentFiber.child, !0, cK, t, void 0, void 0);
        for (var n = t.length - 1; 0 <= n && !cq(t[n], e); n--);
      }),
      (cB.prototype.blur = function () {
        var e = h(this._fragmentFiber);
        null !== e &&
          null !== (e = cy((e = y(e))).activeElement) &&
          m(this._fragmentFiber.child, !1, cY, e, void 0, void 0);
      }),
      (cB.prototype.observeUsing = function (e) {
        (null === this._observers && (this._observers = new Set()),
          this._observers.add(e),
          m(this._fragmentFiber.child, !1, cX, e, void 0, void 0));
      }),
      (cB.prototype.unobserveUsing = function (e) {
        var t = this._observers;
        if (null !== t && t.has(e)) {
          (t.delete(e), m(this._fragmentFiber.child, !1, cG, e, void 0, void 0));
          for (var n = (t = 0); n < cJ.length; n++) {
            var r = cJ[n];
            r.fragmentInstance === this && r.observer === e
              ? e.unobserve(r.instance)
              : (cJ[t++] = r);
          }
          cJ.length = t;
        }
      }));
    var cJ = [],
      cZ = !1;
    function c0(e, t) {
      if (6 === e.tag) {
        var n = (e = e.stateNode).ownerDocument.createRange();
        (n.selectNodeContents(e), t.push.apply(t, n.getClientRects()));
      } else ((e = y(e)), t.push.apply(t, e.getClientRects()));
      return !1;
    }
    function c1(e, t) {
      var n = e.ownerDocument.createRange();
      (n.selectNodeContents(e),
        (e = n.getBoundingClientRect()),
        window.scrollTo(
          window.scrollX + e.left,
          t ? window.scrollY + e.top : window.scrollY + e.bottom - window.innerHeight,
        ));
    }
    function c2(e, t) {
      return (c3((e = y(e)), t), !1);
    }
    function c3(e, t) {
      (null == e.reactFragments && (e.reactFragments = new Set()), e.reactFragments.add(t));
    }
    function c4(e, t) {
      var n = t._eventListeners;
      if (null !== n)
        for (var r = 0; r < n.length; r++) {
          var l = n[r];
          e.addEventListener(l.type, l.attachedListener, c$(l.optionsOrUseCapture));
        }
      3 !== e.nodeType &&
        (null !== (n = t._observers) &&
          n.forEach(function (n) {
            for (var r = 0, l = 0; l < cJ.length; l++) {
              var a = cJ[l];
              (a.fragmentInstance !== t || a.observer !== n || a.instance !== e) && (cJ[r++] = a);
            }
            ((cJ.length = r), n.observe(e));
          }),
        c3(e, t));
    }
    function c6(e) {
      var t = e.firstChild;
      for (t && 10 === t.nodeType && (t = t.nextSibling); t;) {
        var n = t;
        switch (((t = t.nextSibling), n.nodeName)) {
          case "HTML":
          case "HEAD":
          case "BODY":
            (c6(n), e4(n));
            continue;
          case "SCRIPT":
          case "STYLE":
            continue;
          case "LINK":
            if ("stylesheet" === n.rel.toLowerCase()) continue;
        }
        e.removeChild(n);
      }
    }
    function c5(e, t) {
      for (; 8 !== e.nodeType;)
        if (
          ((1 !== e.nodeType || "INPUT" !== e.nodeName || "hidden" !== e.type) && !t) ||
          null === (e = c9(e.nextSibling))
        )
          return null;
      return e;
    }
    function c8(e) {
      return "$?" === e.data || "$~" === e.data;
    }
    function c7(e) {
      return "$!" === e.data || ("$?" === e.data && "loading" !== e.ownerDocument.readyState);
    }
    function c9(e) {
      for (; null != e; e = e.nextSibling) {
        var t = e.nodeType;
        if (1 === t || 3 === t) break;
        if (8 === t) {
          if (
            "$" === (t = e.data) ||
            "$!" === t ||
            "$?" === t ||
            "$~" === t ||
            "&" === t ||
            "F!" === t ||
            "F" === t
          )
            break;
          if ("/$" === t || "/&" === t) return null;
        }
      }
      return e;
    }
    ((cB.prototype.getClientRects = function () {
      var e = [];
      return (m(this._fragmentFiber.child, !1, c0, e, void 0, void 0), e);
    }),
      (cB.prototype.getRootNode = function (e) {
        var t = h(this._fragmentFiber);
        return null === t ? this : y(t).getRootNode(e);
      }),
      (cB.prototype.compareDocumentPosition = function (e) {
        var t = h(this._fragmentFiber);
        if (null === t) return Node.DOCUMENT_POSITION_DISCONNECTED;
        var n = [];
        m(this._fragmentFiber.child, !1, cK, n, void 0, void 0);
        var r = y(t);
        if (0 === n.length) {
          if (((n = r), g(this._fragmentFiber))) {
            e: {
              for (t = this._fragmentFiber.return; null !== t;) {
                if (4 === t.tag) {
                  t = t.stateNode.containerInfo;
                  break e;
                }
                if (3 === t.tag || 5 === t.tag || 27 === t.tag) break;
                t = t.return;
              }
              t = null;
            }
            null != t && (n = t);
          }
          t = this._fragmentFiber;
          var l = (r = n.compareDocumentPosition(e));
          return (
            n === e
              ? (l = Node.DOCUMENT_POSITION_CONTAINS)
              : r & Node.DOCUMENT_POSITION_CONTAINED_BY &&
                (l =
                  null === (n = v(t)[1])
                    ? Node.DOCUMENT_POSITION_PRECEDING
                    : 0 === (e = y(n).compareDocumentPosition(e)) ||
                        e & Node.DOCUMENT_POSITION_FOLLOWING
                      ? Node.DOCUMENT_POSITION_FOLLOWING
                      : Node.DOCUMENT_POSITION_PRECEDING),
            l | Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
          );
        }
        ((t = y(n[0])), (l = y(n[n.length - 1])));
        var a = g(this._fragmentFiber) ? t.parentElement : r;
        if (null == a) return Node.DOCUMENT_POSITION_DISCONNECTED;
        ((r = a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_CONTAINED_BY),
          (a = a.compareDocumentPosition(l) & Node.DOCUMENT_POSITION_CONTAINED_BY));
        var o = t.compareDocumentPosition(e),
          i = l.compareDocumentPosition(e),
          u = o & Node.DOCUMENT_POSITION_CONTAINED_BY || i & Node.DOCUMENT_POSITION_CONTAINED_BY;
        return (
          (i =
            r && a && o & Node.DOCUMENT_POSITION_FOLLOWING && i & Node.DOCUMENT_POSITION_PRECEDING),
          (t =
            (r && t === e) || (a && l === e) || u || i
              ? Node.DOCUMENT_POSITION_CONTAINED_BY
              : (r || t !== e) && (a || l !== e)
                ? o
                : Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC) &
            Node.DOCUMENT_POSITION_DISCONNECTED ||
          t & Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC ||
          (function (e, t, n, r, l) {
            var a = e6(l);
            if (e & Node.DOCUMENT_POSITION_CONTAINED_BY) {
              if ((n = !!a))
                e: {
                  for (; null !== a;) {
                    if (7 === a.tag && (a === t || a.alternate === t)) {
                      n = !0;
                      break e;
                    }
                    a = a.return;
                  }
                  n = !1;
                }
              return n;
            }
            if (e & Node.DOCUMENT_POSITION_CONTAINS) {
              if (null === a) {
                e: {
                  for (a = t.return; null !== a;) {
                    if (3 === a.tag) {
                      a = a.stateNode.containerInfo;
                      break e;
                    }
                    a = a.return;
                  }
                  a = null;
                }
                return null !== a && l.contains(a);
              }
              e: {
                for (a = t, t = h(t); null !== a;) {
                  if (
                    (5 === a.tag || 3 === a.tag || 27 === a.tag) &&
                    (a === t || a.alternate === t)
                  ) {
                    a = !0;
                    break e;
                  }
                  a = a.return;
                }
                a = !1;
              }
              return a;
            }
            return e & Node.DOCUMENT_POSITION_PRECEDING
              ? ((t = !!a) &&
                  !(t = a === n) &&
                  (null === (t = x(n, a, E))
                    ? (t = !1)
                    : (m(t, !0, k, a, n), (a = b), (b = null), (t = null !== a))),
                t)
              : !!(e & Node.DOCUMENT_POSITION_FOLLOWING) &&
                  ((t = !!a) &&
                    !(t = a === r) &&
                    (null === (t = x(r, a, E))
                      ? (t = !1)
                      : (m(t, !0, S, a, r), (a = b), (w = b = null), (t = null !== a))),
                  t);
          })(t, this._fragmentFiber, n[0], n[n.length - 1], e)
            ? t
            : Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC
        );
      }),
      (cB.prototype.scrollIntoView = function (e) {
        if ("object" == typeof e) throw Error(u(566));
        var t = [];
        m(this._fragmentFiber.child, !1, cK, t, void 0, void 0);
        var n = !1 !== e;
        if (0 === t.length) {
          var r = v(this._fragmentFiber);
          if (null === (r = n ? r[1] || r[0] || h(this._fragmentFiber) : r[0] || r[1])) return;
          if (6 === r.tag) return void c1((e = y(r)), n);
          if (9 !== (r = y(r)).nodeType) {
            if (11 === r.nodeType) {
              null !== (n = "host" in r ? r.host : null) && n.scrollIntoView(e);
              return;
            }
            r.scrollIntoView(e);
          }
        }
        for (r = n ? t.length - 1 : 0; r !== (n ? -1 : t.length);) {
          var l = t[r];
          (6 === l.tag ? c1((l = y(l)), n) : y(l).scrollIntoView(e), (r += n ? -1 : 1));
        }
      }));
    var fe = null;
    function ft(e) {
      e = e.nextSibling;
      for (var t = 0; e;) {
        if (8 === e.nodeType) {
          var n = e.data;
          if ("/$" === n || "/&" === n) {
            if (0 === t) return c9(e.nextSibling);
            t--;
          } else ("$" !== n && "$!" !== n && "$?" !== n && "$~" !== n && "&" !== n) || t++;
        }
        e = e.nextSibling;
      }
      return null;
    }
    function fn(e) {
      e = e.previousSibling;
      for (var t = 0; e;) {
        if (8 === e.nodeType) {
          var n = e.data;
          if ("$" === n || "$!" === n || "$?" === n || "$~" === n || "&" === n) {
            if (0 === t) return e;
            t--;
          } else ("/$" !== n && "/&" !== n) || t++;
        }
        e = e.previousSibling;
      }
      return null;
    }
    function fr(e, t, n) {
      switch (((t = cy(n)), e)) {
        case "html":
          if (!(e = t.documentElement)) throw Error(u(452));
          return e;
        case "head":
          if (!(e = t.head)) throw Error(u(453));
          return e;
        case "body":
          if (!(e = t.body)) throw Error(u(454));
          return e;
        default:
          throw Error(u(451));
      }
    }
    function fl(e, t, n) {
      for (var r in n) {
        var l = n[r];
        n.hasOwnProperty(r) && null != l && cf(e, t, r, null, cm, l);
      }
      (null != n.dangerouslySetInnerHTML && (e.textContent = ""),
        e.onclick === tM && (e.onclick = null),
        e4(e));
    }
    function fa(e) {
      for (var t = e.attributes; t.length;) e.removeAttributeNode(t[0]);
      e4(e);
    }
    var fo = new Map(),
      fi = new Set();
    function fu(e) {
      if ("function" == typeof e.getRootNode) {
        var t = e.getRootNode();
        if (9 === t.nodeType || 11 === t.nodeType) return t;
      }
      return 9 === e.nodeType ? e : e.ownerDocument;
    }
    var fs = Y.d;
    Y.d = {
      f: function () {
        var e = fs.f(),
          t = sf();
        return e || t;
      },
      r: function (e) {
        var t = e5(e);
        null !== t && 5 === t.tag && "form" === t.type ? ov(t) : fs.r(e);
      },
      D: function (e) {
        (fs.D(e), ff("dns-prefetch", e, null));
      },
      C: function (e, t) {
        (fs.C(e, t), ff("preconnect", e, t));
      },
      L: function (e, t, n) {
        if ((fs.L(e, t, n), fc && e && t)) {
          var r = 'link[rel="preload"][as="' + ty(t) + '"]';
          "image" === t && n && n.imageSrcSet
            ? ((r += '[imagesrcset="' + ty(n.imageSrcSet) + '"]'),
              "string" == typeof n.imageSizes && (r += '[imagesizes="' + ty(n.imageSizes) + '"]'))
            : (r += '[href="' + ty(e) + '"]');
          var l = r;
          switch (t) {
            case "style":
              l = fp(e);
              break;
            case "script":
              l = fg(e);
          }
          if (!(
            fo.has(l) ||
            ((e = _(
              { rel: "preload", href: "image" === t && n && n.imageSrcSet ? void 0 : e, as: t },
              n,
            )),
            fo.set(l, e),
            null !== fc.querySelector(r) ||
              ("style" === t && fc.querySelector(fm(l))) ||
              ("script" === t && fc.querySelector(fv(l))))
          )) {
            var a = fc.createElement("link");
            (cp(a, "link", e),
              "style" === t &&
                ((a[e3] = !0),
                (a.onload = a.onerror =
                  function () {
                    te(a);
                  })),
              e9(a),
              fc.head.appendChild(a));
          }
        }
      },
      m: function (e, t) {
        if ((fs.m(e, t), fc && e)) {
          var n = t && "string" == typeof t.as ? t.as : "script",
            r = 'link[rel="modulepreload"][as="' + ty(n) + '"][href="' + ty(e) + '"]',
            l = r;
          switch (n) {
            case "audioworklet":
            case "paintworklet":
            case "serviceworker":
            case "sharedworker":
            case "worker":
            case "script":
              l = fg(e);
          }
          if (
            !fo.has(l) &&
            ((e = _({ rel: "modulepreload", href: e }, t)),
            fo.set(l, e),
            null === fc.querySelector(r))
          ) {
            switch (n) {
              case "audioworklet":
              case "paintworklet":
              case "serviceworker":
              case "sharedworker":
              case "worker":
              case "script":
                if (fc.querySelector(fv(l))) return;
            }
            (cp((n = fc.createElement("link")), "link", e), e9(n), fc.head.appendChild(n));
          }
        }
      },
      X: function (e, t) {
        if ((fs.X(e, t), fc && e)) {
          var n = e7(fc).hoistableScripts,
            r = fg(e),
            l = n.get(r);
          l ||
            ((l = fc.querySelector(fv(r))) ||
              ((e = _({ src: e, async: !0 }, t)),
              (t = fo.get(r)) && fk(e, t),
              e9((l = fc.createElement("script"))),
              cp(l, "link", e),
              fc.head.appendChild(l)),
            (l = { type: "script", instance: l, count: 1, state: null }),
            n.set(r, l));
        }
      },
      S: function (e, t, n) {
        if ((fs.S(e, t, n), fc && e)) {
          var r = e7(fc).hoistableStyles,
            l = fp(e);
          t = t || "default";
          var a = r.get(l);
          if (!a) {
            var o = { loading: 0, preload: null };
            if ((a = fc.querySelector(fm(l)))) o.loading = 5;
            else {
              ((e = _({ rel: "stylesheet", href: e, "data-precedence": t }, n)),
                (n = fo.get(l)) && fw(e, n));
              var i = (a = fc.createElement("link"));
              (e9(i),
                cp(i, "link", e),
                (i._p = new Promise(function (e, t) {
                  ((i.onload = e), (i.onerror = t));
                })),
                i.addEventListener("load", function () {
                  o.loading |= 1;
                }),
                i.addEventListener("error", function () {
                  o.loading |= 2;
                }),
                (o.loading |= 4),
                fb(a, t, fc));
            }
            ((a = { type: "stylesheet", instance: a, count: 1, state: o }), r.set(l, a));
          }
        }
      },
      M: function (e, t) {
        if ((fs.M(e, t), fc && e)) {
          var n = e7(fc).hoistableScripts,
            r = fg(e),
            l = n.get(r);
          l ||
            ((l = fc.querySelector(fv(r))) ||
              ((e = _({ src: e, async: !0, type: "module" }, t)),
              (t = fo.get(r)) && fk(e, t),
              e9((l = fc.createElement("script"))),
              cp(l, "link", e),
              fc.head.appendChild(l)),
            (l = { type: "script", instance: l, count: 1, state: null }),
            n.set(r, l));
        }
      },
    };
    var fc = "u" < typeof document ? null : document;
    function ff(e, t, n) {
      if (fc && "string" == typeof t && t) {
        var r = ty(t);
        ((r = 'link[rel="' + e + '"][href="' + r + '"]'),
          "string" == typeof n && (r += '[crossorigin="' + n + '"]'),
          fi.has(r) ||
            (fi.add(r),
            (e = { rel: e, crossOrigin: n, href: t }),
            null === fc.querySelector(r) &&
              (cp((t = fc.createElement("link")), "link", e), e9(t), fc.head.appendChild(t))));
      }
    }
    function fd(e, t, n, r) {
      var l = (l = el.current) ? fu(l) : null;
      if (!l) throw Error(u(446));
      switch (e) {
        case "meta":
        case "title":
          return null;
        case "style":
          return "string" == typeof n.precedence && "string" == typeof n.href
            ? ((n = fp(n.href)),
              (r = (t = e7(l).hoistableStyles).get(n)) ||
                ((r = { type: "style", instance: null, count: 0, state: null }), t.set(n, r)),
              r)
            : { type: "void", instance: null, count: 0, state: null };
        case "link":
          if (
            "stylesheet" === n.rel &&
            "string" == typeof n.href &&
            "string" == typeof n.precedence
          ) {
            e = fp(n.href);
            var a = e7(l).hoistableStyles,
              o = a.get(e);
            if (
              (o ||
                ((l = l.ownerDocument || l),
                (o = {
                  type: "stylesheet",
                  instance: null,
                  count: 0,
                  state: { loading: 0, preload: null },
                }),
                a.set(e, o),
                (a = l.querySelector(fm(e)))
                  ? a._p || ((o.instance = a), (o.state.loading = 5))
                  : ((a = fo.get(e)) ||
                      ((a = {
                        rel: "preload",
                        as: "style",
                        href: n.href,
                        crossOrigin: n.crossOrigin,
                        integrity: n.integrity,
                        media: n.media,
                        hrefLang: n.hrefLang,
                        referrerPolicy: n.referrerPolicy,
                      }),
                      fo.set(e, a)),
                    (function (e, t, n, r) {
                      if ((t = e.querySelector('link[rel="preload"][as="style"][' + t + "]"))) {
                        if (!0 !== t[e3]) {
                          r.loading = 1;
                          return;
                        }
                      } else
                        (((t = e.createElement("link"))[e3] = !0),
                          (t.onload = t.onerror = te.bind(null, t)),
                          cp(t, "link", n),
                          e9(t),
                          e.head.appendChild(t));
                      ((r.preload = t),
                        t.addEventListener("load", function () {
                          return (r.loading |= 1);
                        }),
                        t.addEventListener("error", function () {
                          return (r.loading |= 2);
                        }));
                    })(l, e, a, o.state))),
              t && null === r)
            )
              throw Error(u(528, ""));
            return o;
          }
          if (t && null !== r) throw Error(u(529, ""));
          return null;
        case "script":
          return (
            (t = n.async),
            "string" == typeof (n = n.src) && t && "function" != typeof t && "symbol" != typeof t
              ? ((n = fg(n)),
                (r = (t = e7(l).hoistableScripts).get(n)) ||
                  ((r = { type: "script", instance: null, count: 0, state: null }), t.set(n, r)),
                r)
              : { type: "void", instance: null, count: 0, state: null }
          );
        default:
          throw Error(u(444, e));
      }
    }
    function fp(e) {
      return 'href="' + ty(e) + '"';
    }
    function fm(e) {
      return 'link[rel="stylesheet"][' + e + "]";
    }
    function fh(e) {
      return _({}, e, { "data-precedence": e.precedence, precedence: null });
    }
    function fg(e) {
      return '[src="' + ty(e) + '"]';
    }
    function fv(e) {
      return "script[async]" + e;
    }
    function fy(e, t, n) {
      if ((t.count++, null === t.instance))
        switch (t.type) {
          case "style":
            var r = e.querySelector('style[data-href~="' + ty(n.href) + '"]');
            if (r) return ((t.instance = r), e9(r), r);
            var l = _({}, n, {
              "data-href": n.href,
              "data-precedence": n.precedence,
              href: null,
              precedence: null,
            });
            return (
              e9((r = (e.ownerDocument || e).createElement("style"))),
              cp(r, "style", l),
              fb(r, n.precedence, e),
              (t.instance = r)
            );
          case "stylesheet":
            l = fp(n.href);
            var a = e.querySelector(fm(l));
            if (a) return ((t.state.loading |= 4), (t.instance = a), e9(a), a);
            ((r = fh(n)),
              (l = fo.get(l)) && fw(r, l),
              e9((a = (e.ownerDocument || e).createElement("link"))));
            var o = a;
            return (
              (o._p = new Promise(function (e, t) {
                ((o.onload = e), (o.onerror = t));
              })),
              cp(a, "link", r),
              (t.state.loading |= 4),
              fb(a, n.precedence, e),
              (t.instance = a)
            );
          case "script":
            if (((a = fg(n.src)), (l = e.querySelector(fv(a)))))
              return ((t.instance = l), e9(l), l);
            return (
              (r = n),
              (l = fo.get(a)) && fk((r = _({}, n)), l),
              e9((l = (e = e.ownerDocument || e).createElement("script"))),
              cp(l, "link", r),
              e.head.appendChild(l),
              (t.instance = l)
            );
          case "void":
            return null;
          default:
            throw Error(u(443, t.type));
        }
      return (
        "stylesheet" === t.type &&
          0 == (4 & t.state.loading) &&
          ((r = t.instance), (t.state.loading |= 4), fb(r, n.precedence, e)),
        t.instance
      );
    }
    function fb(e, t, n) {
      for (
        var r = n.querySelectorAll(
            'link[rel="stylesheet"][data-precedence],style[data-precedence]',
          ),
          l = r.length ? r[r.length - 1] : null,
          a = l,
          o = 0;
        o < r.length;
        o++
      ) {
        var i = r[o];
        if (i.dataset.precedence === t) a = i;
        else if (a !== l) break;
      }
      a
        ? a.parentNode.insertBefore(e, a.nextSibling)
        : (t = 9 === n.nodeType ? n.head : n).insertBefore(e, t.firstChild);
    }
    function fw(e, t) {
      (null == e.crossOrigin && (e.crossOrigin = t.crossOrigin),
        null == e.referrerPolicy && (e.referrerPolicy = t.referrerPolicy),
        null == e.title && (e.title = t.title));
    }
    function fk(e, t) {
      (null == e.crossOrigin && (e.crossOrigin = t.crossOrigin),
        null == e.referrerPolicy && (e.referrerPolicy = t.referrerPolicy),
        null == e.integrity && (e.integrity = t.integrity));
    }
    var fS = null;
    function fE(e, t, n) {
      if (null === fS) {
        var r = new Map(),
          l = (fS = new Map());
        l.set(n, r);
      } else (r = (l = fS).get(n)) || ((r = new Map()), l.set(n, r));
      if (r.has(e)) return r;
      for (r.set(e, null), n = n.getElementsByTagName(e), l = 0; l < n.length; l++) {
        var a = n[l];
        if (
          !(a[e2] || a[eY] || ("link" === e && "stylesheet" === a.getAttribute("rel"))) &&
          "http://www.w3.org/2000/svg" !== a.namespaceURI
        ) {
          var o = a.getAttribute(t) || "";
          o = e + o;
          var i = r.get(o);
          i ? i.push(a) : r.set(o, [a]);
        }
      }
      return r;
    }
    function fx(e, t, n) {
      (e = e.ownerDocument || e).head.insertBefore(
        n,
        "title" === t ? e.querySelector("head > title") : null,
      );
    }
    function f_(e, t) {
      return (
        "img" === e && null != t.src && "" !== t.src && null == t.onLoad && "lazy" !== t.loading
      );
    }
    function fN(e) {
      return "stylesheet" !== e.type || 0 != (3 & e.state.loading);
    }
    function fP(e) {
      return (
        (e.width || 100) *
        (e.height || 100) *
        ("number" == typeof devicePixelRatio ? devicePixelRatio : 1) *
        0.25
      );
    }
    function fC(e, t) {
      "function" == typeof t.decode &&
        (e.imgCount++,
        t.complete || ((e.imgBytes += fP(t)), e.suspenseyImages.push(t)),
        (e = fL.bind(e)),
        t.decode().then(e, e));
    }
    var fT = 0;
    function fz(e) {
      if (0 === e.count && (0 === e.imgCount || !e.waitingForImages)) {
        if (e.stylesheets) fR(e, e.stylesheets);
        else if (e.unsuspend) {
          var t = e.unsuspend;
          ((e.unsuspend = null), t());
        }
      }
    }
    function fO() {
      (this.count--, fz(this));
    }
    function fL() {
      (this.imgCount--, fz(this));
    }
    var fM = null;
    function fR(e, t) {
      ((e.stylesheets = null),
        null !== e.unsuspend &&
          (e.count++, (fM = new Map()), t.forEach(fI, e), (fM = null), fO.call(e)));
    }
    function fI(e, t) {
      if (!(4 & t.state.loading)) {
        var n = fM.get(e);
        if (n) var r = n.get(null);
        else {
          ((n = new Map()), fM.set(e, n));
          for (
            var l = e.querySelectorAll("link[data-precedence],style[data-precedence]"), a = 0;
            a < l.length;
            a++
          ) {
            var o = l[a];
            ("LINK" === o.nodeName || "not all" !== o.getAttribute("media")) &&
              (n.set(o.dataset.precedence, o), (r = o));
          }
          r && n.set(null, r);
        }
        ((o = (l = t.instance).getAttribute("data-precedence")),
          (a = n.get(o) || r) === r && n.set(null, l),
          n.set(o, l),
          this.count++,
          (r = fO.bind(this)),
          l.addEventListener("load", r),
          l.addEventListener("error", r),
          a
            ? a.parentNode.insertBefore(l, a.nextSibling)
            : (e = 9 === e.nodeType ? e.head : e).insertBefore(l, e.firstChild),
          (t.state.loading |= 4));
      }
    }
    var fF = {
      $$typeof: M,
      Provider: null,
      Consumer: null,
      _currentValue: X,
      _currentValue2: X,
      _threadCount: 0,
    };
    function fD(e, t, n, r, l, a, o, i, u) {
      ((this.tag = 1),
        (this.containerInfo = e),
        (this.pingCache = this.current = this.pendingChildren = null),
        (this.timeoutHandle = -1),
        (this.callbackNode =
          this.next =
          this.pendingContext =
          this.context =
          this.cancelPendingCommit =
            null),
        (this.callbackPriority = 0),
        (this.expirationTimes = ej(-1)),
        (this.entangledLanes =
          this.shellSuspendCounter =
          this.errorRecoveryDisabledLanes =
          this.expiredLanes =
          this.warmLanes =
          this.pingedLanes =
          this.suspendedLanes =
          this.pendingLanes =
            0),
        (this.entanglements = ej(0)),
        (this.hiddenUpdates = ej(null)),
        (this.identifierPrefix = r),
        (this.onUncaughtError = l),
        (this.onCaughtError = a),
        (this.onRecoverableError = o),
        (this.pooledCache = null),
        (this.pooledCacheLanes = 0),
        (this.formState = u),
        (this.transitionTypes = null),
        (this.incompleteTransitions = new Map()));
    }
    function fA(e, t, n, r, l, a, o, i, u, s, c, f) {
      return (
        (e = new fD(e, t, n, o, u, s, c, f, i)),
        (t = 1),
        !0 === a && (t |= 24),
        (a = rx(3, null, null, t)),
        (e.current = a),
        (a.stateNode = e),
        (t = lh()),
        t.refCount++,
        (e.pooledCache = t),
        t.refCount++,
        (a.memoizedState = { element: r, isDehydrated: n, cache: t }),
        lK(a),
        e
      );
    }
    function fj(e, t, n, r, l, a) {
      ((l = l ? rS : rS),
        null === r.context ? (r.context = l) : (r.pendingContext = l),
        ((r = lX(t)).payload = { element: n }),
        null !== (a = void 0 === a ? null : a) && (r.callback = a),
        null !== (n = lG(e, r, t)) && (si(n, e, t), lJ(n, e, t)));
    }
    function fU(e, t) {
      if (null !== (e = e.memoizedState) && null !== e.dehydrated) {
        var n = e.retryLane;
        e.retryLane = 0 !== n && n < t ? n : t;
      }
    }
    function fB(e, t) {
      (fU(e, t), (e = e.alternate) && fU(e, t));
    }
    function fV(e) {
      if (13 === e.tag || 31 === e.tag) {
        var t = rb(e, 0x4000000);
        (null !== t && si(t, e, 0x4000000), fB(e, 0x4000000));
      }
    }
    function fH(e) {
      if (13 === e.tag || 31 === e.tag) {
        var t = sl(),
          n = rb(e, (t = e$(t)));
        (null !== n && si(n, e, t), fB(e, t));
      }
    }
    var f$ = !0;
    function fQ(e, t, n, r) {
      var l = K.T;
      K.T = null;
      var a = Y.p;
      try {
        ((Y.p = 2), fq(e, t, n, r));
      } finally {
        ((Y.p = a), (K.T = l));
      }
    }
    function fW(e, t, n, r) {
      var l = K.T;
      K.T = null;
      var a = Y.p;
      try {
        ((Y.p = 8), fq(e, t, n, r));
      } finally {
        ((Y.p = a), (K.T = l));
      }
    }
    function fq(e, t, n, r) {
      if (f$) {
        var l = fK(r);
        if (null === l) (cn(e, t, r, fY, n), f5(e, r));
        else if (
          (function (e, t, n, r, l) {
            switch (t) {
              case "focusin":
                return ((fZ = f8(fZ, e, t, n, r, l)), !0);
              case "dragenter":
                return ((f0 = f8(f0, e, t, n, r, l)), !0);
              case "mouseover":
                return ((f1 = f8(f1, e, t, n, r, l)), !0);
              case "pointerover":
                var a = l.pointerId;
                return (f2.set(a, f8(f2.get(a) || null, e, t, n, r, l)), !0);
              case "gotpointercapture":
                return ((a = l.pointerId), f3.set(a, f8(f3.get(a) || null, e, t, n, r, l)), !0);
            }
            return !1;
          })(l, e, t, n, r)
        )
          r.stopPropagation();
        else if ((f5(e, r), 4 & t && -1 < f6.indexOf(e))) {
          for (; null !== l;) {
            var a = e5(l);
            if (null !== a)
              switch (a.tag) {
                case 3:
                  if ((a = a.stateNode).current.memoizedState.isDehydrated) {
                    var o = eR(a.pendingLanes);
                    if (0 !== o) {
                      var i = a;
                      for (i.pendingLanes |= 2, i.entangledLanes |= 2; o;) {
                        var u = 1 << (31 - eC(o));
                        ((i.entanglements[1] |= u), (o &= ~u));
                      }
                      (sq(a), 0 == (6 & uL) && ((uZ = eb() + 500), sK(0, !1)));
                    }
                  }
                  break;
                case 31:
                case 13:
                  (null !== (i = rb(a, 2)) && si(i, a, 2), sf(), fB(a, 2));
              }
            if ((null === (a = fK(r)) && cn(e, t, r, fY, n), a === l)) break;
            l = a;
          }
          null !== l && r.stopPropagation();
        } else cn(e, t, r, null, n);
      }
    }
    function fK(e) {
      return fX((e = tI(e)));
    }
    var fY = null;
    function fX(e) {
      if (((fY = null), null !== (e = e6(e)))) {
        var t = c(e);
        if (null === t) e = null;
        else {
          var n = t.tag;
          if (13 === n) {
            if (null !== (e = f(t))) return e;
            e = null;
          } else if (31 === n) {
            if (null !== (e = d(t))) return e;
            e = null;
          } else if (3 === n) {
            if (t.stateNode.current.memoizedState.isDehydrated)
              return 3 === t.tag ? t.stateNode.containerInfo : null;
            e = null;
          } else t !== e && (e = null);
        }
      }
      return ((fY = e), null);
    }
    function fG(e) {
      switch (e) {
        case "beforetoggle":
        case "cancel":
        case "click":
        case "close":
        case "contextmenu":
        case "copy":
        case "cut":
        case "auxclick":
        case "dblclick":
        case "dragend":
        case "dragstart":
        case "drop":
        case "focusin":
        case "focusout":
        case "input":
        case "invalid":
        case "keydown":
        case "keypress":
        case "keyup":
        case "mousedown":
        case "mouseup":
        case "paste":
        case "pause":
        case "play":
        case "pointercancel":
        case "pointerdown":
        case "pointerup":
        case "ratechange":
        case "reset":
        case "seeked":
        case "submit":
        case "toggle":
        case "touchcancel":
        case "touchend":
        case "touchstart":
        case "volumechange":
        case "change":
        case "selectionchange":
        case "textInput":
        case "compositionstart":
        case "compositionend":
        case "compositionupdate":
        case "beforeblur":
        case "afterblur":
        case "beforeinput":
        case "blur":
        case "fullscreenchange":
        case "fullscreenerror":
        case "focus":
        case "hashchange":
        case "popstate":
        case "select":
        case "selectstart":
          return 2;
        case "drag":
        case "dragenter":
        case "dragexit":
        case "dragleave":
        case "dragover":
        case "mousemove":
        case "mouseout":
        case "mouseover":
        case "pointermove":
        case "pointerout":
        case "pointerover":
        case "resize":
        case "scroll":
        case "touchmove":
        case "wheel":
        case "mouseenter":
        case "mouseleave":
        case "pointerenter":
        case "pointerleave":
          return 8;
        case "message":
          switch (ew()) {
            case ek:
              return 2;
            case eS:
              return 8;
            case eE:
            case ex:
              return 32;
            case e_:
              return 0x10000000;
            default:
              return 32;
          }
        default:
          return 32;
      }
    }
    var fJ = !1,
      fZ = null,
      f0 = null,
      f1 = null,
      f2 = new Map(),
      f3 = new Map(),
      f4 = [],
      f6 =
        "mousedown mouseup touchcancel touchend touchstart auxclick dblclick pointercancel pointerdown pointerup dragend dragstart drop compositionend compositionstart keydown keypress keyup input textInput copy cut paste click change contextmenu reset".split(
          " ",
        );
    function f5(e, t) {
      switch (e) {
        case "focusin":
        case "focusout":
          fZ = null;
          break;
        case "dragenter":
        case "dragleave":
          f0 = null;
          break;
        case "mouseover":
        case "mouseout":
          f1 = null;
          break;
        case "pointerover":
        case "pointerout":
          f2.delete(t.pointerId);
          break;
        case "gotpointercapture":
        case "lostpointercapture":
          f3.delete(t.pointerId);
      }
    }
    function f8(e, t, n, r, l, a) {
      return (
        null === e || e.nativeEvent !== a
          ? ((e = {
              blockedOn: t,
              domEventName: n,
              eventSystemFlags: r,
              nativeEvent: a,
              targetContainers: [l],
            }),
            null !== t && null !== (t = e5(t)) && fV(t))
          : ((e.eventSystemFlags |= r),
            (t = e.targetContainers),
            null !== l && -1 === t.indexOf(l) && t.push(l)),
        e
      );
    }
    function f7(e) {
      var t = e6(e.target);
      if (null !== t) {
        var n = c(t);
        if (null !== n) {
          if (13 === (t = n.tag)) {
            if (null !== (t = f(n))) {
              ((e.blockedOn = t),
                eq(e.priority, function () {
                  fH(n);
                }));
              return;
            }
          } else if (31 === t) {
            if (null !== (t = d(n))) {
              ((e.blockedOn = t),
                eq(e.priority, function () {
                  fH(n);
                }));
              return;
            }
          } else if (3 === t && n.stateNode.current.memoizedState.isDehydrated) {
            e.blockedOn = 3 === n.tag ? n.stateNode.containerInfo : null;
            return;
          }
        }
      }
      e.blockedOn = null;
    }
    function f9(e) {
      if (null !== e.blockedOn) return !1;
      for (var t = e.targetContainers; 0 < t.length;) {
        var n = fK(e.nativeEvent);
        if (null !== n) return (null !== (t = e5(n)) && fV(t), (e.blockedOn = n), !1);
        var r = new (n = e.nativeEvent).constructor(n.type, n);
        ((tR = r), n.target.dispatchEvent(r), (tR = null), t.shift());
      }
      return !0;
    }
    function de(e, t, n) {
      f9(e) && n.delete(t);
    }
    function dt() {
      ((fJ = !1),
        null !== fZ && f9(fZ) && (fZ = null),
        null !== f0 && f9(f0) && (f0 = null),
        null !== f1 && f9(f1) && (f1 = null),
        f2.forEach(de),
        f3.forEach(de));
    }
    function dn(e, t) {
      e.blockedOn === t &&
        ((e.blockedOn = null),
        fJ || ((fJ = !0), a.unstable_scheduleCallback(a.unstable_NormalPriority, dt)));
    }
    var dr = null;
    function dl(e) {
      dr !== e &&
        ((dr = e),
        a.unstable_scheduleCallback(a.unstable_NormalPriority, function () {
          dr === e && (dr = null);
          for (var t = 0; t < e.length; t += 3) {
            var n = e[t],
              r = e[t + 1],
              l = e[t + 2];
            if ("function" != typeof r)
              if (null === fX(r || n)) continue;
              else break;
            var a = e5(n);
            null !== a &&
              (e.splice(t, 3),
              (t -= 3),
              oh(a, { pending: !0, data: l, method: n.method, action: r }, r, l));
          }
        }));
    }
    function da(e) {
      function t(t) {
        return dn(t, e);
      }
      (null !== fZ && dn(fZ, e),
        null !== f0 && dn(f0, e),
        null !== f1 && dn(f1, e),
        f2.forEach(t),
        f3.forEach(t));
      for (var n = 0; n < f4.length; n++) {
        var r = f4[n];
        r.blockedOn === e && (r.blockedOn = null);
      }
      for (; 0 < f4.length && null === (n = f4[0]).blockedOn;)
        (f7(n), null === n.blockedOn && f4.shift());
      if (null != (n = (e.ownerDocument || e).$$reactFormReplay))
        for (r = 0; r < n.length; r += 3) {
          var l = n[r],
            a = n[r + 1],
            o = l[eX] || null;
          if ("function" == typeof a) o || dl(n);
          else if (o) {
            var i = null;
            if (a && a.hasAttribute("formAction")) {
              if (((l = a), (o = a[eX] || null))) i = o.formAction;
              else if (null !== fX(l)) continue;
            } else i = o.action;
            ("function" == typeof i ? (n[r + 1] = i) : (n.splice(r, 3), (r -= 3)), dl(n));
          }
        }
    }
    function di() {
      function e(e) {
        e.canIntercept &&
          "react-transition" === e.info &&
          e.intercept({
            handler: function () {
              return new Promise(function (e) {
                return (l = e);
              });
            },
            focusReset: "manual",
            scroll: "manual",
          });
      }
      function t() {
        (null !== l && (l(), (l = null)), r || setTimeout(n, 20));
      }
      function n() {
        if (!r && !navigation.transition) {
          var e = navigation.currentEntry;
          e &&
            null != e.url &&
            navigation.navigate(e.url, {
              state: e.getState(),
              info: "react-transition",
              history: "replace",
            });
        }
      }
      if ("object" == typeof navigation) {
        var r = !1,
          l = null;
        return (
          navigation.addEventListener("navigate", e),
          navigation.addEventListener("navigatesuccess", t),
          navigation.addEventListener("navigateerror", t),
          setTimeout(n, 100),
          function () {
            ((r = !0),
              navigation.removeEventListener("navigate", e),
              navigation.removeEventListener("navigatesuccess", t),
              navigation.removeEventListener("navigateerror", t),
              null !== l && (l(), (l = null)));
          }
        );
      }
    }
    function du(e) {
      this._internalRoot = e;
    }
    function ds(e) {
      this._internalRoot = e;
    }
    ((ds.prototype.render = du.prototype.render =
      function (e) {
        var t = this._internalRoot;
        if (null === t) throw Error(u(409));
        fj(t.current, sl(), e, t, null, null);
      }),
      (ds.prototype.unmount = du.prototype.unmount =
        function () {
          var e = this._internalRoot;
          if (null !== e) {
            this._internalRoot = null;
            var t = e.containerInfo;
            (fj(e.current, 2, null, e, null, null), sf(), (t[eG] = null));
          }
        }),
      (ds.prototype.unstable_scheduleHydration = function (e) {
        if (e) {
          var t = eW();
          e = { blockedOn: null, target: e, priority: t };
          for (var n = 0; n < f4.length && 0 !== t && t < f4[n].priority; n++);
          (f4.splice(n, 0, e), 0 === n && f7(e));
        }
      }));
    var dc = o.version;
    if ("19.3.0-canary-278794d7-20261002" !== dc)
      throw Error(u(527, dc, "19.3.0-canary-278794d7-20261002"));
    if (
      ((Y.findDOMNode = function (e) {
        var t = e._reactInternals;
        if (void 0 === t) {
          if ("function" == typeof e.render) throw Error(u(188));
          throw Error(u(268, (e = Object.keys(e).join(","))));
        }
        return null ===
          (e =
            null !==
            (e = (function (e) {
              var t = e.alternate;
              if (!t) {
                if (null === (t = c(e))) throw Error(u(188));
                return t !== e ? null : e;
              }
              for (var n = e, r = t; ;) {
                var l = n.return;
                if (null === l) break;
                var a = l.alternate;
                if (null === a) {
                  if (null !== (r = l.return)) {
                    n = r;
                    continue;
                  }
                  break;
                }
                if (l.child === a.child) {
                  for (a = l.child; a;) {
                    if (a === n) return (p(l), e);
                    if (a === r) return (p(l), t);
                    a = a.sibling;
                  }
                  throw Error(u(188));
                }
                if (n.return !== r.return) ((n = l), (r = a));
                else {
                  for (var o = !1, i = l.child; i;) {
                    if (i === n) {
                      ((o = !0), (n = l), (r = a));
                      break;
                    }
                    if (i === r) {
                      ((o = !0), (r = l), (n = a));
                      break;
                    }
                    i = i.sibling;
                  }
                  if (!o) {
                    for (i = a.child; i;) {
                      if (i === n) {
                        ((o = !0), (n = a), (r = l));
                        break;
                      }
                      if (i === r) {
                        ((o = !0), (r = a), (n = l));
                        break;
                      }
                      i = i.sibling;
                    }
                    if (!o) throw Error(u(189));
                  }
                }
                if (n.alternate !== r) throw Error(u(190));
              }
              if (3 !== n.tag) throw Error(u(188));
              return n.stateNode.current === n ? e : t;
            })(t))
              ? (function e(t) {
                  var n = t.tag;
                  if (5 === n || 26 === n || 27 === n || 6 === n) return t;
                  for (t = t.child; null !== t;) {
                    if (null !== (n = e(t))) return n;
                    t = t.sibling;
                  }
                  return null;
                })(e)
              : null)
          ? null
          : e.stateNode;
      }),
      "u" > typeof __REACT_DEVTOOLS_GLOBAL_HOOK__)
    ) {
      var df = __REACT_DEVTOOLS_GLOBAL_HOOK__;
      if (!df.isDisabled && df.supportsFiber)
        try {
          ((eN = df.inject({
            bundleType: 0,
            version: "19.3.0-canary-278794d7-20261002",
            rendererPackageName: "react-dom",
            currentDispatcherRef: K,
            reconcilerVersion: "19.3.0-canary-278794d7-20261002",
          })),
            (eP = df));
        } catch (e) {}
    }
    ((n.createRoot = function (e, t) {
      if (!s(e)) throw Error(u(299));
      var n = !1,
        r = "",
        l = oA,
        a = oj,
        o = oU;
      return (
        null != t &&
          (!0 === t.unstable_strictMode && (n = !0),
          void 0 !== t.identifierPrefix && (r = t.identifierPrefix),
          void 0 !== t.onUncaughtError && (l = t.onUncaughtError),
          void 0 !== t.onCaughtError && (a = t.onCaughtError),
          void 0 !== t.onRecoverableError && (o = t.onRecoverableError)),
        (t = fA(e, 1, !1, null, null, n, r, null, l, a, o, di)),
        (e[eG] = t.current),
        ce(e),
        new du(t)
      );
    }),
      (n.hydrateRoot = function (e, t, n) {
        if (!s(e)) throw Error(u(299));
        var r,
          l = !1,
          a = "",
          o = oA,
          i = oj,
          c = oU,
          f = null;
        return (
          null != n &&
            (!0 === n.unstable_strictMode && (l = !0),
            void 0 !== n.identifierPrefix && (a = n.identifierPrefix),
            void 0 !== n.onUncaughtError && (o = n.onUncaughtError),
            void 0 !== n.onCaughtError && (i = n.onCaughtError),
            void 0 !== n.onRecoverableError && (c = n.onRecoverableError),
            void 0 !== n.formState && (f = n.formState)),
          ((t = fA(e, 1, !0, t, null != n ? n : null, l, a, f, o, i, c, di)).context =
            ((r = null), rS)),
          (n = t.current),
          ((a = lX((l = e$((l = sl()))))).callback = null),
          lG(n, a, l),
          (n = l),
          (t.current.lanes = n),
          eU(t, n),
          sq(t),
          (e[eG] = t.current),
          ce(e),
          new ds(t)
        );
      }),
      (n.version = "19.3.0-canary-278794d7-20261002"));
  },
  88014,
  (e, t, n) => {
    "use strict";
    (e.i(47167),
      !(function e() {
        if (
          "u" > typeof __REACT_DEVTOOLS_GLOBAL_HOOK__ &&
          "function" == typeof __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE
        )
          try {
            __REACT_DEVTOOLS_GLOBAL_HOOK__.checkDCE(e);
          } catch (e) {
            console.error(e);
          }
      })(),
      (t.exports = e.r(46480)));
  },
  62262,
  (e, t, n) => {
    "use strict";
    function r(e, t) {
      var n = e.length;
      for (e.push(t); 0 < n;) {
        var r = (n - 1) >>> 1,
          l = e[r];
        if (0 < o(l, t)) ((e[r] = t), (e[n] = l), (n = r));
        else break;
      }
    }
    function l(e) {
      return 0 === e.length ? null : e[0];
    }
    function a(e) {
      if (0 === e.length) return null;
      var t = e[0],
        n = e.pop();
      if (n !== t) {
        e[0] = n;
        for (var r = 0, l = e.length, a = l >>> 1; r < a;) {
          var i = 2 * (r + 1) - 1,
            u = e[i],
            s = i + 1,
            c = e[s];
          if (0 > o(u, n))
            s < l && 0 > o(c, u)
              ? ((e[r] = c), (e[s] = n), (r = s))
              : ((e[r] = u), (e[i] = n), (r = i));
          else if (s < l && 0 > o(c, n)) ((e[r] = c), (e[s] = n), (r = s));
          else break;
        }
      }
      return t;
    }
    function o(e, t) {
      var n = e.sortIndex - t.sortIndex;
      return 0 !== n ? n : e.id - t.id;
    }
    if (
      ((n.unstable_now = void 0),
      "object" == typeof performance && "function" == typeof performance.now)
    ) {
      var i,
        u = performance;
      n.unstable_now = function () {
        return u.now();
      };
    } else {
      var s = Date,
        c = s.now();
      n.unstable_now = function () {
        return s.now() - c;
      };
    }
    var f = [],
      d = [],
      p = 1,
      m = null,
      h = 3,
      g = !1,
      v = !1,
      y = !1,
      b = !1,
      w = "function" == typeof setTimeout ? setTimeout : null,
      k = "function" == typeof clearTimeout ? clearTimeout : null,
      S = "u" > typeof setImmediate ? setImmediate : null;
    function E(e) {
      for (var t = l(d); null !== t;) {
        if (null === t.callback) a(d);
        else if (t.startTime <= e) (a(d), (t.sortIndex = t.expirationTime), r(f, t));
        else break;
        t = l(d);
      }
    }
    function x(e) {
      if (((y = !1), E(e), !v))
        if (null !== l(f)) ((v = !0), _ || ((_ = !0), i()));
        else {
          var t = l(d);
          null !== t && M(x, t.startTime - e);
        }
    }
    var _ = !1,
      N = -1,
      P = 5,
      C = -1;
    function T() {
      return !!b || !(n.unstable_now() - C < P);
    }
    function z() {
      if (((b = !1), _)) {
        var e = n.unstable_now();
        C = e;
        var t = !0;
        try {
          e: {
            ((v = !1), y && ((y = !1), k(N), (N = -1)), (g = !0));
            var r = h;
            try {
              t: {
                for (E(e), m = l(f); null !== m && !(m.expirationTime > e && T());) {
                  var o = m.callback;
                  if ("function" == typeof o) {
                    ((m.callback = null), (h = m.priorityLevel));
                    var u = o(m.expirationTime <= e);
                    if (((e = n.unstable_now()), "function" == typeof u)) {
                      ((m.callback = u), E(e), (t = !0));
                      break t;
                    }
                    (m === l(f) && a(f), E(e));
                  } else a(f);
                  m = l(f);
                }
                if (null !== m) t = !0;
                else {
                  var s = l(d);
                  (null !== s && M(x, s.startTime - e), (t = !1));
                }
              }
              break e;
            } finally {
              ((m = null), (h = r), (g = !1));
            }
          }
        } finally {
          t ? i() : (_ = !1);
        }
      }
    }
    if ("function" == typeof S)
      i = function () {
        S(z);
      };
    else if ("u" > typeof MessageChannel) {
      var O = new MessageChannel(),
        L = O.port2;
      ((O.port1.onmessage = z),
        (i = function () {
          L.postMessage(null);
        }));
    } else
      i = function () {
        w(z, 0);
      };
    function M(e, t) {
      N = w(function () {
        e(n.unstable_now());
      }, t);
    }
    ((n.unstable_IdlePriority = 5),
      (n.unstable_ImmediatePriority = 1),
      (n.unstable_LowPriority = 4),
      (n.unstable_NormalPriority = 3),
      (n.unstable_Profiling = null),
      (n.unstable_UserBlockingPriority = 2),
      (n.unstable_cancelCallback = function (e) {
        e.callback = null;
      }),
      (n.unstable_forceFrameRate = function (e) {
        0 > e || 125 < e
          ? console.error(
              "forceFrameRate takes a positive int between 0 and 125, forcing frame rates higher than 125 fps is not supported",
            )
          : (P = 0 < e ? Math.floor(1e3 / e) : 5);
      }),
      (n.unstable_getCurrentPriorityLevel = function () {
        return h;
      }),
      (n.unstable_next = function (e) {
        switch (h) {
          case 1:
          case 2:
          case 3:
            var t = 3;
            break;
          default:
            t = h;
        }
        var n = h;
        h = t;
        try {
          return e();
        } finally {
          h = n;
        }
      }),
      (n.unstable_requestPaint = function () {
        b = !0;
      }),
      (n.unstable_runWithPriority = function (e, t) {
        switch (e) {
          case 1:
          case 2:
          case 3:
          case 4:
          case 5:
            break;
          default:
            e = 3;
        }
        var n = h;
        h = e;
        try {
          return t();
        } finally {
          h = n;
        }
      }),
      (n.unstable_scheduleCallback = function (e, t, a) {
        var o = n.unstable_now();
        switch (
          ((a =
            "object" == typeof a && null !== a && "number" == typeof (a = a.delay) && 0 < a
              ? o + a
              : o),
          e)
        ) {
          case 1:
            var u = -1;
            break;
          case 2:
            u = 250;
            break;
          case 5:
            u = 0x3fffffff;
            break;
          case 4:
            u = 1e4;
            break;
          default:
            u = 5e3;
        }
        return (
          (u = a + u),
          (e = {
            id: p++,
            callback: t,
            priorityLevel: e,
            startTime: a,
            expirationTime: u,
            sortIndex: -1,
          }),
          a > o
            ? ((e.sortIndex = a),
              r(d, e),
              null === l(f) && e === l(d) && (y ? (k(N), (N = -1)) : (y = !0), M(x, a - o)))
            : ((e.sortIndex = u), r(f, e), v || g || ((v = !0), _ || ((_ = !0), i()))),
          e
        );
      }),
      (n.unstable_shouldYield = T),
      (n.unstable_wrapCallback = function (e) {
        var t = h;
        return function () {
          var n = h;
          h = t;
          try {
            return e.apply(this, arguments);
          } finally {
            h = n;
          }
        };
      }));
  },
  53389,
  (e, t, n) => {
    "use strict";
    (e.i(47167), (t.exports = e.r(62262)));
  },
  2023,
  (e, t, n) => {
    "use strict";
    (e.i(47167), Object.defineProperty(n, "__esModule", { value: !0 }));
    var r = {
      default: function () {
        return o;
      },
      getProperError: function () {
        return i;
      },
    };
    for (var l in r) Object.defineProperty(n, l, { enumerable: !0, get: r[l] });
    let a = e.r(16565);
    function o(e) {
      return "object" == typeof e && null !== e && "name" in e && "message" in e;
    }
    function i(e) {
      let t;
      return o(e)
        ? e
        : Error(
            (0, a.isPlainObject)(e)
              ? ((t = new WeakSet()),
                JSON.stringify(e, (e, n) => {
                  if ("object" == typeof n && null !== n) {
                    if (t.has(n)) return "[Circular]";
                    t.add(n);
                  }
                  return n;
                }))
              : e + "",
          );
    }
  },
  5526,
  (e, t, n) => {
    "use strict";
    e.i(47167);
    {
      let e = {};
      t.exports = Array.isArray(e) ? e : [e];
    }
  },
  42732,
  (e, t, n) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(n, "__esModule", { value: !0 }),
      Object.defineProperty(n, "HeadManagerContext", {
        enumerable: !0,
        get: function () {
          return r;
        },
      }));
    let r = e.r(55682)._(e.r(71645)).default.createContext({});
  },
  16565,
  (e, t, n) => {
    "use strict";
    Object.defineProperty(n, "__esModule", { value: !0 });
    var r = {
      getObjectClassLabel: function () {
        return a;
      },
      isPlainObject: function () {
        return o;
      },
    };
    for (var l in r) Object.defineProperty(n, l, { enumerable: !0, get: r[l] });
    function a(e) {
      return Object.prototype.toString.call(e);
    }
    function o(e) {
      if ("[object Object]" !== a(e)) return !1;
      let t = Object.getPrototypeOf(e);
      return null === t || t.hasOwnProperty("isPrototypeOf");
    }
  },
]);
