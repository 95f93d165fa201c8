(globalThis.TURBOPACK || (globalThis.TURBOPACK = [])).push([
  "object" == typeof document ? document.currentScript : void 0,
  90809,
  (e, t, r) => {
    "use strict";
    function n(e) {
      if ("function" != typeof WeakMap) return null;
      var t = new WeakMap(),
        r = new WeakMap();
      return (n = function (e) {
        return e ? r : t;
      })(e);
    }
    r._ = function (e, t) {
      if (!t && e && e.__esModule) return e;
      if (null === e || ("object" != typeof e && "function" != typeof e)) return { default: e };
      var r = n(t);
      if (r && r.has(e)) return r.get(e);
      var a = { __proto__: null },
        l = Object.defineProperty && Object.getOwnPropertyDescriptor;
      for (var u in e)
        if ("default" !== u && Object.prototype.hasOwnProperty.call(e, u)) {
          var i = l ? Object.getOwnPropertyDescriptor(e, u) : null;
          i && (i.get || i.set) ? Object.defineProperty(a, u, i) : (a[u] = e[u]);
        }
      return ((a.default = e), r && r.set(e, a), a);
    };
  },
  5550,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "addBasePath", {
        enumerable: !0,
        get: function () {
          return l;
        },
      }));
    let n = e.r(41858),
      a = e.r(82823);
    function l(e, t) {
      return (0, a.normalizePathTrailingSlash)((0, n.addPathPrefix)(e, ""));
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  32120,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "callServer", {
        enumerable: !0,
        get: function () {
          return n.callServer;
        },
      }));
    let n = e.r(48658);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  92245,
  (e, t, r) => {
    "use strict";
    let n;
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "findSourceMapURL", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  27801,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "assignLocation", {
        enumerable: !0,
        get: function () {
          return a;
        },
      }));
    let n = e.r(5550);
    function a(e, t) {
      if (e.startsWith(".")) {
        let r = t.origin + t.pathname;
        return new URL((r.endsWith("/") ? r : r + "/") + e);
      }
      return new URL((0, n.addBasePath)(e), t.href);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  21768,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      ACTION_HEADER: function () {
        return u;
      },
      FLIGHT_HEADERS: function () {
        return p;
      },
      NEXT_ACTION_NOT_FOUND_HEADER: function () {
        return R;
      },
      NEXT_ACTION_REVALIDATED_HEADER: function () {
        return b;
      },
      NEXT_DID_POSTPONE_HEADER: function () {
        return v;
      },
      NEXT_HMR_REFRESH_HEADER: function () {
        return s;
      },
      NEXT_HTML_REQUEST_ID_HEADER: function () {
        return E;
      },
      NEXT_INSTANT_TEST_COOKIE: function () {
        return h;
      },
      NEXT_IS_PRERENDER_HEADER: function () {
        return m;
      },
      NEXT_REQUEST_ID_HEADER: function () {
        return P;
      },
      NEXT_REWRITTEN_PATH_HEADER: function () {
        return _;
      },
      NEXT_REWRITTEN_QUERY_HEADER: function () {
        return S;
      },
      NEXT_ROUTER_PREFETCH_HEADER: function () {
        return o;
      },
      NEXT_ROUTER_SEGMENT_PREFETCH_HEADER: function () {
        return c;
      },
      NEXT_ROUTER_STALE_TIME_HEADER: function () {
        return g;
      },
      NEXT_ROUTER_STATE_TREE_HEADER: function () {
        return i;
      },
      NEXT_RSC_UNION_QUERY: function () {
        return y;
      },
      NEXT_URL: function () {
        return f;
      },
      RSC_CONTENT_TYPE_HEADER: function () {
        return d;
      },
      RSC_HEADER: function () {
        return l;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = "rsc",
      u = "next-action",
      i = "next-router-state-tree",
      o = "next-router-prefetch",
      c = "next-router-segment-prefetch",
      s = "next-hmr-refresh",
      f = "next-url",
      d = "text/x-component",
      h = "next-instant-navigation-testing",
      p = [l, i, o, s, c],
      y = "_rsc",
      g = "x-nextjs-stale-time",
      v = "x-nextjs-postponed",
      _ = "x-nextjs-rewritten-path",
      S = "x-nextjs-rewritten-query",
      m = "x-nextjs-prerender",
      R = "x-nextjs-action-not-found",
      P = "x-nextjs-request-id",
      E = "x-nextjs-html-request-id",
      b = "x-action-revalidated";
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  99781,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      createMutableActionQueue: function () {
        return p;
      },
      getCurrentAppRouterState: function () {
        return y;
      },
      publicAppRouterInstance: function () {
        return g;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(88540),
      u = e.r(4924),
      i = e.r(71645),
      o = e.r(64245);
    (e.r(4611), e.r(41538), e.r(24988), e.r(5550), e.r(57630), e.r(48277));
    let c = e.r(32916),
      s = e.r(27198);
    function f(e, t, r) {
      e.pending === t && ((e.pending = t.next), null !== e.pending)
        ? d({ actionQueue: e, action: e.pending, setState: r })
        : null === e.pending &&
          (e.wasPreempted && ((e.wasPreempted = !1), (0, i.startTransition)(() => r(e.state))),
          e.needsRefresh && ((e.needsRefresh = !1), e.dispatch({ type: l.ACTION_REFRESH }, r)));
    }
    function d({ actionQueue: e, action: t, setState: r }) {
      let n,
        a = e.state;
      e.pending = t;
      let u = t.payload;
      function i(n) {
        (f(e, t, r), t.reject(n));
      }
      function c(n) {
        if (t.discarded) {
          (t.payload.type === l.ACTION_SERVER_ACTION &&
            t.payload.didRevalidate &&
            (e.needsRefresh = !0),
            f(e, t, r));
          return;
        }
        ((e.state = n), f(e, t, r), t.resolve(n));
      }
      try {
        n = e.action(a, u);
      } catch (e) {
        i(e);
        return;
      }
      (0, o.isThenable)(n) ? n.then(c, i) : c(n);
    }
    let h = null;
    function p(e) {
      let t = {
        state: e,
        dispatch: (e, r) =>
          (function (e, t, r) {
            let n = { resolve: r, reject: () => {} };
            if (t.type !== l.ACTION_RESTORE) {
              let e = new Promise((e, t) => {
                n = { resolve: e, reject: t };
              });
              (0, i.startTransition)(() => {
                r(e);
              });
            }
            let a = { payload: t, next: null, resolve: n.resolve, reject: n.reject };
            null === e.pending
              ? ((e.last = a), d({ actionQueue: e, action: a, setState: r }))
              : t.type === l.ACTION_NAVIGATE || t.type === l.ACTION_RESTORE
                ? ((e.pending.discarded = !0),
                  (e.wasPreempted = !0),
                  (a.next = e.pending.next),
                  e.last === e.pending && (e.last = a),
                  d({ actionQueue: e, action: a, setState: r }))
                : (null !== e.last && (e.last.next = a), (e.last = a));
          })(t, e, r),
        action: u.reducer,
        pending: null,
        last: null,
      };
      if ("u" > typeof window) {
        if (null !== h)
          throw Error("Internal Next.js Error: createMutableActionQueue was called more than once");
        h = t;
      }
      return t;
    }
    function y() {
      return null !== h ? h.state : null;
    }
    let g = {
      back: () => window.history.back(),
      forward: () => window.history.forward(),
      prefetch: s.prefetchRoute,
      replace: c.replace,
      push: c.push,
      refresh: c.refresh,
      hmrRefresh: c.hmrRefresh,
      bfcacheId: "0",
    };
    ("u" > typeof window && window.next && (window.next.router = g),
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  4611,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      completeHardNavigation: function () {
        return m;
      },
      completeSoftNavigation: function () {
        return R;
      },
      completeTraverseNavigation: function () {
        return P;
      },
      navigate: function () {
        return g;
      },
      navigateToKnownRoute: function () {
        return v;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    e.r(22744);
    let l = e.r(87288),
      u = e.r(24988),
      i = e.r(51191),
      o = e.r(20896),
      c = e.r(96167),
      s = e.r(77048);
    (e.r(77709), e.r(9396), e.r(91949));
    let f = e.r(88540),
      d = e.r(34727),
      h = e.r(48277),
      p = e.r(79027);
    e.r(97721);
    let y = e.r(12085);
    function g(e, t, r, n, a, l, u, i, c, f) {
      var d, h, y, g, _, m, R, P, E, b, T, O, A, w, C, M, N, I, j, F, D, U, L, k;
      let H, x, B, V, $, K;
      return (
        (d = e),
        (h = t),
        (y = r),
        (g = n),
        (_ = a),
        (m = l),
        (R = u),
        (P = i),
        (E = c),
        (b = f),
        (T = o.segmentCacheMap),
        (H = Date.now()),
        (x = h.href),
        (B = (0, s.createCacheKey)(x, R)),
        null !== (V = (0, o.readRouteCacheEntry)(H, B)) && V.status === o.EntryStatus.Fulfilled
          ? ((O = H),
            (A = d),
            (w = h),
            (C = y),
            (M = g),
            (N = R),
            (I = _),
            (j = P),
            (F = E),
            (D = b),
            (U = V),
            (L = null),
            (k = T),
            ($ = U.canonicalUrl + w.hash),
            (K = {
              renderedSearch: U.renderedSearch,
              root: U.root,
              dynamicStaleAt: (0, p.computeDynamicStaleAt)(O, p.UnknownDynamicStaleTime),
              treeDivergedFromBase: !1,
            }),
            v(O, A, w, $, K, C, M, I, j, N, F, D, L, k, null, U, void 0))
          : S(H, d, h, y, g, R, _, m, P, E, b, null, T).catch(() => d)
      );
    }
    function v(e, t, r, n, a, l, i, o, c, s, f, d, h, p, y, g, v) {
      let _ = { separateRefreshUrls: null, scrollRef: null },
        S = r.href === l.href,
        P = (0, u.startPPRNavigation)(e, l, i, o, a.root, c, a.dynamicStaleAt, S, _, p, !1);
      return null !== P
        ? (c !== u.FreshnessPolicy.Gesture &&
            (0, u.spawnDynamicRequests)(P, r, s, c, _, g, d, h, p, v),
          R(t, r, s, P, a.renderedSearch, n, d, f, _.scrollRef, y))
        : m(t, r, d);
    }
    let _ = ["", {}, null, "refetch"];
    async function S(e, t, r, n, a, s, f, d, h, p, g, S, R) {
      let P;
      switch (h) {
        case u.FreshnessPolicy.Default:
        case u.FreshnessPolicy.HistoryTraversal:
        case u.FreshnessPolicy.Gesture:
          P = d;
          break;
        case u.FreshnessPolicy.Hydration:
        case u.FreshnessPolicy.RefreshAll:
        case u.FreshnessPolicy.HMRRefresh:
          P = _;
          break;
        default:
          P = d;
      }
      let E = (0, l.fetchServerResponse)(r, { flightRouterState: P, nextUrl: s }),
        b = await E;
      if ("string" == typeof b) return m(t, new URL(b, location.origin), g);
      let {
          transportData: T,
          canonicalUrl: O,
          renderedSearch: A,
          couldBeIntercepted: w,
          supportsPerSegmentPrefetching: C,
          dynamicStaleTime: M,
          isResponsePartial: N,
          staticStageResponse: I,
          runtimePrefetchStream: j,
          responseHeaders: F,
          debugInfo: D,
        } = b,
        U = (0, y.createNavigationSeed)(e, d, T, null, N, null, A, null, M);
      return (
        (0, c.discoverKnownRoute)(
          e,
          r.pathname,
          r.search,
          s,
          null,
          U.root,
          w,
          (0, i.createHrefFromUrl)(O, !1),
          U.renderedSearch,
          C,
          !1,
        ),
        null !== I && (0, o.spawnStaticStageCacheWrite)(e, I, N, F, d, A, R),
        null !== j && (0, o.writeRuntimePrefetchStreamIntoCache)(e, j, d, A, R).catch(() => {}),
        null !== b.revealAfter && (await b.revealAfter),
        v(e, t, r, (0, i.createHrefFromUrl)(O), U, n, a, f, h, s, p, g, S, R, D, null, void 0)
      );
    }
    function m(e, t, r) {
      return (0, h.isJavaScriptURLString)(t.href)
        ? (console.error("Next.js has blocked a javascript: URL as a security precaution."), e)
        : {
            canonicalUrl: t.origin === location.origin ? (0, i.createHrefFromUrl)(t) : t.href,
            pushRef: {
              pendingPush: "push" === r,
              mpaNavigation: !0,
              preserveCustomHistoryState: !1,
            },
            renderedSearch: e.renderedSearch,
            scrollRef: e.scrollRef,
            root: e.root,
            tree: e.tree,
            nextUrl: e.nextUrl,
            previousNextUrl: e.previousNextUrl,
            debugInfo: null,
          };
    }
    function R(e, t, r, n, a, l, u, i, c, s) {
      let h,
        p,
        y = n.tree.route,
        g = (0, d.computeChangedPath)(e.tree, y) || e.nextUrl,
        v = new URL(e.canonicalUrl, t),
        _ = t.pathname === v.pathname && t.search === v.search && t.hash !== v.hash;
      if (i === f.ScrollBehavior.NoScroll)
        (null !== c && (c.current = !1), (h = e.scrollRef.scrollRef), (p = !1));
      else if (_) {
        let t = e.scrollRef.scrollRef;
        (null !== t && (t.current = !1),
          null !== c && (c.current = !1),
          (h = { current: !0 }),
          (p = !0));
      } else {
        if (((h = c), null !== c)) {
          let t = e.scrollRef.scrollRef;
          null !== t && (t.current = !1);
        }
        p = !1;
      }
      return {
        canonicalUrl: l,
        renderedSearch: a,
        pushRef: { pendingPush: "push" === u, mpaNavigation: !1, preserveCustomHistoryState: !1 },
        scrollRef: {
          scrollRef: h,
          forceScroll: p,
          onlyHashChange: _,
          hashFragment:
            i !== f.ScrollBehavior.NoScroll && "" !== t.hash
              ? decodeURIComponent(t.hash.slice(1))
              : e.scrollRef.hashFragment,
        },
        root: (0, o.createRootRouteTree)(n.tree.node, n.head.node),
        tree: y,
        nextUrl: g,
        previousNextUrl: r,
        debugInfo: s,
      };
    }
    function P(e, t, r, n, a) {
      return {
        canonicalUrl: (0, i.createHrefFromUrl)(t),
        renderedSearch: r,
        pushRef: { pendingPush: !1, mpaNavigation: !1, preserveCustomHistoryState: !0 },
        scrollRef: e.scrollRef,
        root: (0, o.createRootRouteTree)(n.tree.node, n.head.node),
        tree: n.tree.route,
        nextUrl: a,
        previousNextUrl: null,
        debugInfo: null,
      };
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  57630,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      createPrefetchURL: function () {
        return o;
      },
      isExternalURL: function () {
        return i;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(82604),
      u = e.r(5550);
    function i(e) {
      return e.origin !== window.location.origin;
    }
    function o(e) {
      let t;
      if ((0, l.isBot)(window.navigator.userAgent)) return null;
      try {
        t = new URL((0, u.addBasePath)(e), window.location.href);
      } catch (t) {
        throw Error(`Cannot prefetch '${e}' because it cannot be converted to a URL.`);
      }
      return i(t) ? null : t;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  91949,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      IDLE_LINK_STATUS: function () {
        return f;
      },
      PENDING_LINK_STATUS: function () {
        return s;
      },
      getLinkForCurrentNavigation: function () {
        return p;
      },
      mountFormInstance: function () {
        return R;
      },
      mountLinkInstance: function () {
        return m;
      },
      onLinkVisibilityChanged: function () {
        return E;
      },
      onNavigationIntent: function () {
        return b;
      },
      pingVisibleLinks: function () {
        return O;
      },
      setLinkForCurrentNavigation: function () {
        return d;
      },
      unmountLinkForCurrentNavigation: function () {
        return h;
      },
      unmountPrefetchableInstance: function () {
        return P;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(9396),
      u = e.r(77048),
      i = e.r(77709),
      o = e.r(71645),
      c = null,
      s = { pending: !0 },
      f = { pending: !1 };
    function d(e) {
      (0, o.startTransition)(() => {
        (c?.setOptimisticLinkStatus(f), e?.setOptimisticLinkStatus(s), (c = e));
      });
    }
    function h(e) {
      c === e && (c = null);
    }
    function p() {
      return c;
    }
    let y = "function" == typeof WeakMap ? new WeakMap() : new Map(),
      g = new Set(),
      v =
        "function" == typeof IntersectionObserver
          ? new IntersectionObserver(
              function (e) {
                for (let t = e.length - 1; t >= 0; t--) {
                  let r = e[t],
                    n = r.intersectionRatio > 0;
                  E(r.target, n);
                }
              },
              { rootMargin: "200px" },
            )
          : null;
    function _(e, t) {
      (void 0 !== y.get(e) && P(e), y.set(e, t), null !== v && v.observe(e));
    }
    function S(t) {
      if (!("u" > typeof window)) return null;
      {
        let { createPrefetchURL: r } = e.r(57630);
        try {
          return r(t);
        } catch {
          return (
            ("function" == typeof reportError ? reportError : console.error)(
              `Cannot prefetch '${t}' because it cannot be converted to a URL.`,
            ),
            null
          );
        }
      }
    }
    function m(e, t, r, n, a, l, u) {
      if (a) {
        let a = S(t);
        if (null !== a) {
          let t = {
            router: r,
            fetchStrategy: n,
            isVisible: !1,
            prefetchTask: null,
            prefetchHref: a.href,
            setOptimisticLinkStatus: l,
            ownerStack: u,
          };
          return (_(e, t), t);
        }
      }
      return {
        router: r,
        fetchStrategy: n,
        isVisible: !1,
        prefetchTask: null,
        prefetchHref: null,
        setOptimisticLinkStatus: l,
        ownerStack: u,
      };
    }
    function R(e, t, r, n) {
      let a = S(t);
      null === a ||
        _(e, {
          router: r,
          fetchStrategy: n,
          isVisible: !1,
          prefetchTask: null,
          prefetchHref: a.href,
          setOptimisticLinkStatus: null,
        });
    }
    function P(e) {
      let t = y.get(e);
      if (void 0 !== t) {
        (y.delete(e), g.delete(t));
        let r = t.prefetchTask;
        null !== r && (0, i.cancelPrefetchTask)(r);
      }
      null !== v && v.unobserve(e);
    }
    function E(e, t) {
      let r = y.get(e);
      void 0 !== r &&
        ((r.isVisible = t), t ? g.add(r) : g.delete(r), T(r, l.PrefetchPriority.Default));
    }
    function b(e, t) {
      let r = y.get(e);
      void 0 !== r && void 0 !== r && T(r, l.PrefetchPriority.Intent);
    }
    function T(t, r) {
      if ("u" > typeof window) {
        let n = t.prefetchTask;
        if (!t.isVisible) {
          null !== n && (0, i.cancelPrefetchTask)(n);
          return;
        }
        let { getCurrentAppRouterState: a } = e.r(99781),
          l = a();
        if (null !== l)
          if (null === n) {
            let e = l.nextUrl,
              n = (0, u.createCacheKey)(t.prefetchHref, e);
            t.prefetchTask = (0, i.schedulePrefetchTask)(n, l.root, t.fetchStrategy, r, null, null);
          } else (0, i.reschedulePrefetchTask)(n, l.root, t.fetchStrategy, r);
      }
    }
    function O(e, t) {
      for (let r of g) {
        let n = r.prefetchTask;
        if (null !== n && !(0, i.isPrefetchTaskDirty)(n, e, t)) continue;
        null !== n && (0, i.cancelPrefetchTask)(n);
        let a = (0, u.createCacheKey)(r.prefetchHref, e);
        r.prefetchTask = (0, i.schedulePrefetchTask)(
          a,
          t,
          r.fetchStrategy,
          l.PrefetchPriority.Default,
          null,
          null,
        );
      }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  32916,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      hmrRefresh: function () {
        return l.hmrRefresh;
      },
      navigate: function () {
        return l.navigate;
      },
      push: function () {
        return l.push;
      },
      refresh: function () {
        return l.refresh;
      },
      replace: function () {
        return l.replace;
      },
      restore: function () {
        return l.restore;
      },
      traverse: function () {
        return l.traverse;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(70358);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  27198,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      prefetch: function () {
        return h;
      },
      prefetchRoute: function () {
        return d;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(88540),
      u = e.r(57630),
      i = e.r(99781),
      o = e.r(48277),
      c = e.r(77048),
      s = e.r(77709),
      f = e.r(9396);
    function d(e, t) {
      let r;
      if ((0, o.isJavaScriptURLString)(e))
        throw Error("Next.js has blocked a javascript: URL as a security precaution.");
      let n = (0, i.getCurrentAppRouterState)();
      if (null === n)
        throw Error("Internal Next.js error: Router action dispatched before initialization.");
      switch (t?.kind ?? l.PrefetchKind.AUTO) {
        case l.PrefetchKind.AUTO:
          r = f.FetchStrategy.PPR;
          break;
        case l.PrefetchKind.FULL:
          r = f.FetchStrategy.Full;
          break;
        default:
          r = f.FetchStrategy.PPR;
      }
      h(e, n.nextUrl, n.root, r, t?.onInvalidate ?? null);
    }
    function h(e, t, r, n, a) {
      let l = (0, u.createPrefetchURL)(e);
      if (null === l) return;
      let i = (0, c.createCacheKey)(l.href, t);
      (0, s.schedulePrefetchTask)(i, r, n, f.PrefetchPriority.Default, a, null);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  68391,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      REDIRECT_ERROR_CODE: function () {
        return u;
      },
      isRedirectError: function () {
        return i;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(76963),
      u = "NEXT_REDIRECT";
    function i(e) {
      if ("object" != typeof e || null === e || !("digest" in e) || "string" != typeof e.digest)
        return !1;
      let t = e.digest.split(";"),
        [r, n] = t,
        a = t.slice(2, -2).join(";"),
        i = Number(t.at(-2));
      return (
        r === u &&
        ("replace" === n || "push" === n) &&
        "string" == typeof a &&
        !isNaN(i) &&
        i in l.RedirectStatusCode
      );
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  76963,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "RedirectStatusCode", {
        enumerable: !0,
        get: function () {
          return a;
        },
      }));
    var n,
      a =
        (((n = {})[(n.SeeOther = 303)] = "SeeOther"),
        (n[(n.TemporaryRedirect = 307)] = "TemporaryRedirect"),
        (n[(n.PermanentRedirect = 308)] = "PermanentRedirect"),
        n);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  24063,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      getRedirectError: function () {
        return o;
      },
      getRedirectStatusCodeFromError: function () {
        return h;
      },
      getRedirectTypeFromError: function () {
        return d;
      },
      getURLFromRedirectError: function () {
        return f;
      },
      permanentRedirect: function () {
        return s;
      },
      redirect: function () {
        return c;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(76963),
      u = e.r(68391),
      i = e.r(1425);
    function o(e, t, r = l.RedirectStatusCode.TemporaryRedirect) {
      let n = Error(u.REDIRECT_ERROR_CODE);
      return ((n.digest = `${u.REDIRECT_ERROR_CODE};${t};${e};${r};`), n);
    }
    function c(e, t) {
      throw o(
        e,
        (t ??= i.actionAsyncStorage?.getStore()?.isAction ? "push" : "replace"),
        l.RedirectStatusCode.TemporaryRedirect,
      );
    }
    function s(e, t = "replace") {
      throw o(e, t, l.RedirectStatusCode.PermanentRedirect);
    }
    function f(e) {
      return (0, u.isRedirectError)(e) ? e.digest.split(";").slice(2, -2).join(";") : null;
    }
    function d(e) {
      if (!(0, u.isRedirectError)(e)) throw Error("Not a redirect error");
      return e.digest.split(";", 2)[1];
    }
    function h(e) {
      if (!(0, u.isRedirectError)(e)) throw Error("Not a redirect error");
      return Number(e.digest.split(";").at(-2));
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  24988,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n,
      a = {
        FreshnessPolicy: function () {
          return R;
        },
        beginLockedNavigation: function () {
          return G;
        },
        createInitialRenderTreeForHydration: function () {
          return E;
        },
        createRootNavigationTask: function () {
          return m;
        },
        getCurrentNavigationLock: function () {
          return q;
        },
        isDeferredRsc: function () {
          return X;
        },
        resetNavigationLockToPending: function () {
          return Y;
        },
        spawnDynamicRequests: function () {
          return k;
        },
        startPPRNavigation: function () {
          return b;
        },
      };
    for (var l in a) Object.defineProperty(r, l, { enumerable: !0, get: a[l] });
    let u = e.r(22744),
      i = e.r(13258),
      o = e.r(67764),
      c = e.r(51191),
      s = e.r(87288),
      f = e.r(41538),
      d = e.r(88540),
      h = e.r(48919),
      p = e.r(94272),
      y = e.r(12085),
      g = e.r(20896),
      v = e.r(96167),
      _ = e.r(56655),
      S = e.r(79027);
    function m(e, t) {
      return { tree: e, head: t };
    }
    var R =
      (((n = {})[(n.Default = 0)] = "Default"),
      (n[(n.Hydration = 1)] = "Hydration"),
      (n[(n.HistoryTraversal = 2)] = "HistoryTraversal"),
      (n[(n.RefreshAll = 3)] = "RefreshAll"),
      (n[(n.HMRRefresh = 4)] = "HMRRefresh"),
      (n[(n.Gesture = 5)] = "Gesture"),
      n);
    let P = () => {};
    function E(e, t, r) {
      let n = { separateRefreshUrls: null, scrollRef: null },
        a = g.segmentCacheMap;
      return m(w(e, t.tree, 1, r, !1, n, a, !1), w(e, t.head, 1, r, !1, n, a, !1));
    }
    function b(e, t, r, n, a, l, u, i, o, s, f) {
      let d = { canonicalUrl: (0, c.createHrefFromUrl)(t), renderedSearch: r },
        h = O(e, n.tree, a.tree, l, u, i, !1, d, null, o, s, f);
      if (null === h) return null;
      let p = O(e, n.head, a.head, l, u, i, !1, d, null, o, s, f);
      return null === p ? null : m(h, p);
    }
    function T(e, t, r, n, a) {
      return { status: e, route: t, node: r, dynamicRequestTree: n, children: a };
    }
    function O(e, t, r, n, a, l, o, c, s, f, d, p) {
      var y;
      let v,
        m,
        R,
        P,
        E = r.segment;
      if (!(0, g.doesRouteStructureMatch)(t, r))
        return ((r.prefetchHints & u.PrefetchHint.IsRootLayoutOrAbove) != 0 &&
          (0, h.isNavigatingToNewRootLayout)(t, r)) ||
          E === i.NOT_FOUND_SEGMENT_KEY
          ? null
          : w(e, r, n, a, o, f, d, p);
      let b = r.slots,
        M = !1;
      switch (n) {
        case 0:
        case 2:
        case 1:
        case 5:
          M = !1;
          break;
        case 3:
        case 4:
          M = !0;
      }
      let D = null === b,
        L = (0, _.compareParams)(t.varyPath, r.varyPath);
      if (L !== _.ParamsChange.None) {
        let l;
        switch (((l = L === _.ParamsChange.PathParam ? U(n) : t.data.bfcacheId), n)) {
          case 0:
          case 5: {
            let u = t.data;
            if (!(0, _.didReadChangedParam)(t.varyPath, r.varyPath, u.varyParams)) {
              let t = F(u.rsc, u.prefetchRsc, u.varyParams, l);
              (5 !== n && (0, S.writeToBFCache)(e, r.varyPath, t, a), (R = I(r, t)), (P = !1));
              break;
            }
          }
          case 1:
          case 2:
          case 3:
          case 4: {
            let t = j(e, r, n, a, l, d, p);
            ((R = t.node), (P = t.needsDynamicRequest));
          }
        }
        D && A(n, R.data, f);
      } else if (M || (D && l)) {
        let l = j(e, r, n, a, t.data.bfcacheId, d, p);
        ((R = l.node), (P = l.needsDynamicRequest), (R.data.scrollRef = t.data.scrollRef));
      } else ((R = I(r, t.data)), (P = !1));
      let k = r.refreshState,
        H = null != k ? k : s;
      ((R.refreshState = H),
        P &&
          null !== H &&
          ((y = f),
          (v = H.canonicalUrl),
          null === (m = y.separateRefreshUrls)
            ? (y.separateRefreshUrls = new Set([v]))
            : m.add(v)));
      let x = {},
        B = null,
        V = !1,
        $ = {};
      if (null !== b) {
        let r = t.slots,
          u = new Map();
        for (let [t, s] of ((R.slots = u), (B = new Map()), b)) {
          let h = r?.get(t);
          if (void 0 === h) return null;
          let y = h.segment,
            v = s.segment;
          2 !== n &&
            v === i.DEFAULT_SEGMENT_KEY &&
            y !== i.DEFAULT_SEGMENT_KEY &&
            L !== _.ParamsChange.PathParam &&
            (s = (function (e, t) {
              let r,
                n,
                a = t.refreshState;
              null !== a
                ? ((r = a.canonicalUrl), (n = a.renderedSearch))
                : ((r = e.canonicalUrl), (n = e.renderedSearch));
              let l = (0, g.rebaseInactiveRouteTree)(t);
              return ((l.refreshState = { canonicalUrl: r, renderedSearch: n }), l);
            })(c, h));
          let S = O(e, h, s, n, a, l, o || P, c, H, f, d, p);
          if (null === S) return null;
          (B.set(t, S), u.set(t, S.node));
          let m = S.route;
          x[t] = m;
          let R = S.dynamicRequestTree;
          null !== R ? ((V = !0), ($[t] = R)) : ($[t] = m);
        }
      }
      let K = C(r, x, H);
      return T(+!P, K, R, N(K, $, P, V, o), B);
    }
    function A(e, t, r) {
      switch (e) {
        case 0:
        case 5:
        case 3:
        case 4:
          (null === r.scrollRef && (r.scrollRef = { current: !0 }), (t.scrollRef = r.scrollRef));
      }
    }
    function w(e, t, r, n, a, l, u, i) {
      let o = t.slots,
        c = j(e, t, r, n, U(r), u, i),
        s = c.node,
        f = c.needsDynamicRequest;
      null === o && A(r, s.data, l);
      let d = {},
        h = null,
        p = !1,
        y = {};
      if (null !== o) {
        let t = new Map();
        for (let [c, g] of ((s.slots = t), (h = new Map()), o)) {
          let o = w(e, g, r, n, a || f, l, u, i);
          (h.set(c, o), t.set(c, o.node));
          let s = o.route;
          d[c] = s;
          let v = o.dynamicRequestTree;
          null !== v ? ((p = !0), (y[c] = v)) : (y[c] = s);
        }
      }
      let g = C(t, d, null);
      return T(+!f, g, s, N(g, y, f, p, a), h);
    }
    function C(e, t, r) {
      let n = [
        e.segment,
        t,
        null !== r ? [r.canonicalUrl, r.renderedSearch] : null,
        null,
        e.prefetchHints,
      ];
      if (e.segment === i.PAGE_SEGMENT_KEY) {
        let t = (0, _.getRenderedSearchFromVaryPath)(e.varyPath);
        null !== t && (n[5] = t);
      }
      return n;
    }
    function M(e, t) {
      let r = [e[0], t];
      return (
        2 in e && (r[2] = e[2]),
        3 in e && (r[3] = e[3]),
        4 in e && (r[4] = e[4]),
        5 in e && (r[5] = e[5]),
        r
      );
    }
    function N(e, t, r, n, a) {
      let l = null;
      return (r ? ((l = M(e, t)), a || (l[3] = "refetch")) : (l = n ? M(e, t) : null), l);
    }
    function I(e, t) {
      return {
        requestKey: e.requestKey,
        segment: e.segment,
        shellVaryPath: e.shellVaryPath,
        refreshState: null,
        data: t,
        varyPath: e.varyPath,
        slots: null,
        prefetchHints: e.prefetchHints,
      };
    }
    function j(e, t, r, n, a, l, u) {
      let i,
        c,
        s,
        f,
        d,
        h,
        p,
        y,
        v = t.data,
        _ = null !== v ? v.rsc : null,
        m = null !== v ? v.varyParams : null;
      switch (r) {
        case 0: {
          let r = (0, S.readFromBFCacheDuringRegularNavigation)(e, t.varyPath);
          if (null !== r)
            return {
              node: I(t, F(r.rsc, r.prefetchRsc, r.varyParams, a)),
              needsDynamicRequest: !1,
            };
          break;
        }
        case 1: {
          let r = F(_, null, m, a);
          return (
            (0, S.writeToBFCache)(e, t.varyPath, r, n),
            { node: I(t, r), needsDynamicRequest: !1 }
          );
        }
        case 2:
          let R = (0, S.readFromBFCache)(t.varyPath);
          if (null !== R) {
            let e = R.rsc,
              r = !X(e) || "pending" !== e.status;
            return {
              node: I(t, F(R.rsc, r ? null : R.prefetchRsc, R.varyParams, R.bfcacheId)),
              needsDynamicRequest: !1,
            };
          }
      }
      let P = null,
        E = !0,
        b = null,
        T = (0, g.readSegmentCacheEntryForNavigation)(e, l, t.varyPath, u);
      if (null !== T)
        switch (T.status) {
          case g.EntryStatus.Fulfilled:
            ((P = T.rsc), (E = T.isPartial), (b = T.varyParams));
            break;
          case g.EntryStatus.Pending:
            ((P = (0, g.waitForSegmentCacheEntry)(T).then((e) => (null !== e ? e.rsc : null))),
              (E = T.isPartial));
          case g.EntryStatus.Empty:
          case g.EntryStatus.Rejected:
        }
      (t.segment === o.HEAD_REQUEST_KEY && E && (P = ""),
        null !== _
          ? (E ? ((d = P), (h = _), (p = m)) : ((d = null), (h = P), (p = b)), (y = !1))
          : (E
              ? ((d = P),
                (s = []),
                ((f = new Promise((e, t) => {
                  ((i = e), (c = t));
                })).status = "pending"),
                (f.resolve = (e, t) => {
                  "pending" === f.status &&
                    ((f.status = "fulfilled"),
                    (f.value = e),
                    null !== t && s.push.apply(s, t),
                    i(e));
                }),
                (f.reject = (e, t) => {
                  "pending" === f.status &&
                    ((f.status = "rejected"),
                    (f.reason = e),
                    null !== t && s.push.apply(s, t),
                    c(e));
                }),
                (f.tag = K),
                (f._debugInfo = s),
                (h = f),
                (p = null))
              : ((d = null), (h = P), (p = b)),
            (y = E)));
      let O = F(h, d, p, a);
      return (
        5 !== r && (0, S.writeToBFCache)(e, t.varyPath, O, n),
        { node: I(t, O), needsDynamicRequest: y }
      );
    }
    function F(e, t, r, n, a = null) {
      return { rsc: e, prefetchRsc: t, varyParams: r, scrollRef: a, bfcacheId: n };
    }
    let D = 0;
    function U(e) {
      return "u" < typeof window || 1 === e ? 0 : ++D;
    }
    let L = !1;
    function k(e, t, r, n, a, l, u, i, o, s) {
      let f = e.tree.dynamicRequestTree;
      if (null === f)
        if (0 === e.head.status) f = g.MetadataOnlyRequestTree;
        else {
          L = !1;
          return;
        }
      let d = B(e.tree, e.head, f, t, r, n, l, i, o, s),
        h = a.separateRefreshUrls,
        p = null;
      if (null !== h) {
        p = [];
        let a = (0, c.createHrefFromUrl)(t);
        for (let t of h) {
          if (t === a) continue;
          let u = f;
          null !== u && p.push(B(e.tree, null, u, new URL(t, location.origin), r, n, l, i, o, s));
        }
      }
      H(e, r, d, p, l, u).then(P, P);
    }
    async function H(e, t, r, n, a, l) {
      var u, i;
      let o = await ((u = r),
      (i = n),
      new Promise((e) => {
        let t = (t) => {
            0 === t.exitStatus ? 0 == --n && e(0) : e(t.exitStatus);
          },
          r = () => e(2),
          n = 1;
        (u.then(t, r), null !== i && ((n += i.length), i.forEach((e) => e.then(t, r))));
      }));
      if (0 === o) {
        o = $(e.tree, null, null);
        let t = $(e.head, null, null);
        t > o && (o = t);
      }
      switch (o) {
        case -1:
          return;
        case 0:
          L = !1;
          return;
        case 1: {
          let n = await r;
          x(!1, n.url, t, n.seed, e, a, l, 3);
          return;
        }
        case 3: {
          let n = await r;
          x(!1, n.url, t, n.seed, e, a, l, 2);
          return;
        }
        case 2: {
          let n = await r;
          x(!0, n.url, t, n.seed, e, a, l, 3);
          return;
        }
        default:
          return o;
      }
    }
    function x(e, t, r, n, a, l, u, i) {
      if (null !== l) {
        let e = l.predictedFrom;
        null !== e && (e.hasDynamicRewrite = !0);
      } else if (null !== n) {
        let e = Date.now();
        (0, v.discoverKnownRoute)(
          e,
          t.pathname,
          t.search,
          r,
          null,
          n.root,
          !1,
          (0, c.createHrefFromUrl)(t),
          n.renderedSearch,
          !1,
          !0,
        );
      }
      ((0, g.invalidateRouteCacheEntries)(r, { tree: a.tree.node, head: a.head.node }),
        (e = e || L),
        (L = !0));
      let o = a.tree.route,
        s = (0, p.getLastCommittedTree)(),
        h = {
          type: d.ACTION_SERVER_PATCH,
          previousTree: o,
          url: t,
          nextUrl: r,
          seed: n,
          mpa: e,
          navigateType: null !== s && o !== s ? u : "replace",
          freshnessPolicy: i,
        };
      (0, f.dispatchAppRouterAction)(h);
    }
    async function B(e, t, r, n, a, l, u, i, o, c) {
      try {
        let i = await (0, s.fetchServerResponse)(n, {
          flightRouterState: r,
          nextUrl: a,
          isHmrRefresh: 4 === l,
          signal: c,
        });
        if ("string" == typeof i)
          return { exitStatus: 2, url: new URL(i, location.origin), seed: null };
        let f = Date.now(),
          d = (0, y.createNavigationSeed)(
            f,
            e.route,
            i.transportData,
            null,
            i.isResponsePartial,
            null,
            i.renderedSearch,
            null,
            i.dynamicStaleTime,
          );
        (null !== u &&
          null !== i.staticStageResponse &&
          (0, g.spawnStaticStageCacheWrite)(
            f,
            i.staticStageResponse,
            i.isResponsePartial,
            i.responseHeaders,
            r,
            i.renderedSearch,
            o,
          ),
          null !== u &&
            null !== i.runtimePrefetchStream &&
            (0, g.writeRuntimePrefetchStreamIntoCache)(
              f,
              i.runtimePrefetchStream,
              r,
              i.renderedSearch,
              o,
            ).catch(() => {}));
        let h = (0, S.computeDynamicStaleAt)(f, i.dynamicStaleTime),
          p = V(e, d.root.tree, h, i.debugInfo, i.revealAfter);
        null !== t && V(t, d.root.head, h, i.debugInfo, i.revealAfter);
        let v = new URL(i.canonicalUrl, location.origin),
          _ = !1;
        if (null !== u) {
          let e = new URL(u.canonicalUrl, location.origin);
          _ = e.pathname !== v.pathname || e.search !== v.search;
        }
        return { exitStatus: p ? 1 : 3 * !!_, url: v, seed: d };
      } catch {
        if (c?.aborted) return { exitStatus: -1, url: n, seed: null };
        return { exitStatus: 2, url: n, seed: null };
      }
    }
    function V(e, t, r, n, a) {
      let l = t.data;
      if (0 === e.status && null !== l) {
        e.status = 1;
        let u = e.node.data;
        ((function (e, t, r, n) {
          let a = e.rsc,
            l = t.rsc;
          if (null !== l) {
            if (null === a) ((e.rsc = l), (e.varyParams = t.varyParams));
            else if (X(a) && "pending" === a.status)
              if (((e.varyParams = t.varyParams), null !== n)) {
                let e = () => a.resolve(l, r);
                n.then(e, e);
              } else a.resolve(l, r);
          }
        })(u, l, n, a),
          (0, S.updateBFCacheEntryFromDynamicResponse)(t.varyPath, u, r));
      }
      let u = e.children,
        i = t.slots,
        o = !1;
      if (null !== u)
        if (null !== i)
          for (let [e, t] of i) {
            let l = u.get(e);
            void 0 === l
              ? (o = !0)
              : (0, g.doesRouteStructureMatch)(l.node, t) &&
                null !== t.data &&
                (0, _.compareParams)(l.node.varyPath, t.varyPath) === _.ParamsChange.None &&
                V(l, t, r, n, a) &&
                (o = !0);
          }
        else null !== i && (o = !0);
      return o;
    }
    function $(e, t, r) {
      var n, a, l;
      let u, i;
      0 === e.status
        ? ((e.status = 2),
          (n = e.node.data),
          (a = t),
          (l = r),
          X((i = n.rsc)) && (null === a ? i.resolve(null, l) : i.reject(a, l)),
          (u = null === e.node.refreshState ? 1 : 2))
        : (u = 0);
      let o = e.children;
      if (null !== o)
        for (let [, e] of o) {
          let n = $(e, t, r);
          n > u && (u = n);
        }
      return u;
    }
    let K = Symbol();
    function X(e) {
      return e && "object" == typeof e && e.tag === K;
    }
    function q() {
      return null;
    }
    function G() {
      return null;
    }
    function Y() {}
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  34727,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      computeChangedPath: function () {
        return h;
      },
      extractPathFromFlightRouterState: function () {
        return f;
      },
      extractSourcePageFromFlightRouterState: function () {
        return d;
      },
      getSelectedParams: function () {
        return function e(t, r = {}) {
          for (let n of Object.values(t[1])) {
            let t = n[0],
              a = Array.isArray(t),
              l = a ? t[1] : t;
            l &&
              l !== u.PAGE_SEGMENT_KEY &&
              (a && ("c" === t[2] || "oc" === t[2])
                ? (r[t[0]] = t[1].split("/"))
                : a && (r[t[0]] = t[1]),
              (r = e(n, r)));
          }
          return r;
        };
      },
      segmentToSourcePagePathname: function () {
        return c;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(91463),
      u = e.r(13258),
      i = (e) => ("/" === e[0] ? e.slice(1) : e),
      o = (e) => ("string" == typeof e ? ("children" === e ? "" : e) : e[1]),
      c = (e) => {
        if ("string" == typeof e)
          return "children" === e ? "" : e === u.PAGE_SEGMENT_KEY ? "page" : e;
        let [t, , r] = e;
        switch (r) {
          case "c":
            return `[...${t}]`;
          case "ci(..)(..)":
            return `(..)(..)[...${t}]`;
          case "ci(.)":
            return `(.)[...${t}]`;
          case "ci(..)":
            return `(..)[...${t}]`;
          case "ci(...)":
            return `(...)[...${t}]`;
          case "oc":
            return `[[...${t}]]`;
          case "d":
          default:
            return `[${t}]`;
          case "di(..)(..)":
            return `(..)(..)[${t}]`;
          case "di(.)":
            return `(.)[${t}]`;
          case "di(..)":
            return `(..)[${t}]`;
          case "di(...)":
            return `(...)[${t}]`;
        }
      };
    function s(e) {
      return (
        e.reduce((e, t) => ("" === (t = i(t)) || (0, u.isGroupSegment)(t) ? e : `${e}/${t}`), "") ||
        "/"
      );
    }
    function f(e) {
      let t = Array.isArray(e[0]) ? e[0][1] : e[0];
      if (t === u.DEFAULT_SEGMENT_KEY || l.INTERCEPTION_ROUTE_MARKERS.some((e) => t.startsWith(e)))
        return;
      if (t === u.PAGE_SEGMENT_KEY) return "";
      let r = [o(t)],
        n = e[1] ?? {},
        a = n.children ? f(n.children) : void 0;
      if (void 0 !== a) r.push(a);
      else
        for (let [e, t] of Object.entries(n)) {
          if ("children" === e) continue;
          let n = f(t);
          void 0 !== n && r.push(n);
        }
      return s(r);
    }
    function d(e) {
      let t = (function e(t) {
        let r = c(t[0]);
        if (r === u.DEFAULT_SEGMENT_KEY) return;
        if ("page" === r) return [r];
        let n = t[1] ?? {},
          a = n.children ? e(n.children) : void 0;
        if (void 0 !== a) return "" === r ? a : [i(r), ...a];
        for (let [t, a] of Object.entries(n)) {
          if ("children" === t) continue;
          let n = e(a);
          if (void 0 !== n) return "" === r ? n : [i(r), ...n];
        }
      })(e);
      return t ? `/${t.join("/")}` : void 0;
    }
    function h(e, t) {
      let r = (function e(t, r) {
        let [n, a] = t,
          [i, c] = r,
          s = o(n),
          d = o(i);
        if (l.INTERCEPTION_ROUTE_MARKERS.some((e) => s.startsWith(e) || d.startsWith(e))) return "";
        if (
          ("string" == typeof n || "string" == typeof i
            ? n !== i
            : n[0] !== i[0] || n[1] !== i[1]) ||
          (n === u.PAGE_SEGMENT_KEY && t[5] !== r[5])
        )
          return f(r) ?? "";
        for (let t in a)
          if (c[t]) {
            let r = e(a[t], c[t]);
            if (null !== r) return `${o(i)}/${r}`;
          }
        return null;
      })(e, t);
      return null == r || "/" === r ? r : s(r.split("/"));
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  51191,
  (e, t, r) => {
    "use strict";
    function n(e, t = !0) {
      return e.pathname + e.search + (t ? e.hash : "");
    }
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "createHrefFromUrl", {
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
  87288,
  (e, t, r) => {
    "use strict";
    let n;
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var a = {
      createFetch: function () {
        return C;
      },
      createFromNextReadableStream: function () {
        return M;
      },
      decodeBufferedStage: function () {
        return w;
      },
      decodeStageUntilBoundary: function () {
        return A;
      },
      fetchServerResponse: function () {
        return E;
      },
      processFetch: function () {
        return b;
      },
      resolveShellStageResponse: function () {
        return O;
      },
    };
    for (var l in a) Object.defineProperty(r, l, { enumerable: !0, get: a[l] });
    let u = e.r(35326);
    e.r(12718);
    let i = e.r(35779),
      o = e.r(21768),
      c = e.r(32120),
      s = e.r(92245),
      f = e.r(50590),
      d = e.r(88093),
      h = e.r(33906),
      p = e.r(43369),
      y = e.r(32992),
      g = e.r(63416),
      v = e.r(20896),
      _ = e.r(79027),
      S = u.createFromReadableStream,
      m = u.createFromFetch;
    function R(e) {
      return (0, h.urlToUrlWithoutFlightMarker)(new URL(e, location.origin)).toString();
    }
    let P = !1;
    async function E(e, t) {
      let { flightRouterState: r, nextUrl: n } = t,
        a = {
          [o.RSC_HEADER]: "1",
          [o.NEXT_ROUTER_STATE_TREE_HEADER]: (0, f.prepareFlightRouterStateForRequest)(
            r,
            t.isHmrRefresh,
          ),
        };
      n && (a[o.NEXT_URL] = n);
      try {
        let r = await C(e, a, "auto", !0, t.signal),
          n = (0, h.urlToUrlWithoutFlightMarker)(new URL(r.url)),
          l = r.redirected ? n : e,
          u = r.headers.get("content-type") || "",
          i = !!r.headers.get("vary")?.includes(o.NEXT_URL),
          c = !!r.headers.get(o.NEXT_DID_POSTPONE_HEADER);
        if (!u.startsWith(o.RSC_CONTENT_TYPE_HEADER) || !r.ok || !r.body)
          return (e.hash && (n.hash = e.hash), R(n.toString()));
        let s = r.flightResponsePromise,
          [f, d] = await Promise.all([s, r.cacheData]);
        if (
          (r.headers.get(g.NEXT_NAV_DEPLOYMENT_ID_HEADER) ?? f.b) !== (0, y.getNavigationBuildId)()
        )
          return R(r.url);
        if (void 0 !== f.n) return R(f.n);
        let p = null !== d ? await T(d, f, a) : null;
        return {
          transportData: f.t ?? null,
          canonicalUrl: l,
          renderedSearch: f.q,
          couldBeIntercepted: i,
          supportsPerSegmentPrefetching: f.S,
          postponed: c,
          dynamicStaleTime: f.d ?? _.UnknownDynamicStaleTime,
          isResponsePartial: null !== d && d.isResponsePartial,
          staticStageResponse: p,
          runtimePrefetchStream: f.p ?? null,
          responseHeaders: r.headers,
          debugInfo: s._debugInfo ?? null,
          revealAfter: f._revealAfter ?? null,
        };
      } catch (r) {
        if (t.signal?.aborted) throw r;
        return (
          P ||
            console.error(
              `Failed to fetch RSC payload for ${e}. Falling back to browser navigation.`,
              r,
            ),
          e.toString()
        );
      }
    }
    async function b(e) {
      return { response: e, cacheData: null };
    }
    async function T(e, t, r) {
      let { isResponsePartial: n, staticBodyClone: a } = e;
      if (a) {
        if (!n) return (a.cancel(), t);
        if (void 0 !== t.l) {
          let e = await t.l;
          return 0 === e ? (a.cancel(), null) : A(a, e, r);
        }
        a.cancel();
      }
      return null;
    }
    async function O(e, t, r) {
      let { shellBodyClone: n } = e;
      if (!n) return null;
      if (void 0 === t.a) return (n.cancel(), null);
      let a = await t.a;
      return 0 === a ? (n.cancel(), null) : null === a ? (n.cancel(), t) : A(n, a, r);
    }
    async function A(e, t, r) {
      try {
        let n = await (0, v.bufferPrefetchResponseBody)(e, t),
          a = w(n, r);
        return await new Promise((e) => {
          let t = setTimeout(() => e(null), 0);
          a.then(
            (r) => {
              (clearTimeout(t), e(r));
            },
            () => {
              (clearTimeout(t), e(null));
            },
          );
        });
      } catch {
        return null;
      }
    }
    function w(e, t) {
      return M(
        new ReadableStream({
          start(t) {
            (t.enqueue(e), t.close());
          },
        }),
        t,
        { allowPartialStream: !0 },
      );
    }
    async function C(e, t, r, n, a) {
      let l = (0, p.getDeploymentId)();
      l && (t["x-deployment-id"] = l);
      let u = { credentials: "same-origin", headers: t, priority: r || void 0, signal: a },
        c = new URL(e);
      await (0, d.setCacheBustingSearchParam)(c, t);
      let s = (0, i.fetch)(c, u).then(b),
        f = s.then(({ response: e }) => e),
        h = n ? N(f, t) : null,
        y = await f,
        g = y.redirected;
      for (let e = 0; e < 20 && y.redirected; e++) {
        let e = new URL(y.url, c);
        if (
          e.origin !== c.origin ||
          e.searchParams.get(o.NEXT_RSC_UNION_QUERY) === c.searchParams.get(o.NEXT_RSC_UNION_QUERY)
        )
          break;
        ((c = new URL(e)),
          await (0, d.setCacheBustingSearchParam)(c, t),
          (f = (s = (0, i.fetch)(c, u).then(b)).then(({ response: e }) => e)),
          (h = n ? N(f, t) : null),
          (y = await f),
          (g = !0));
      }
      let v = new URL(y.url, c);
      return (
        v.searchParams.delete(o.NEXT_RSC_UNION_QUERY),
        {
          url: v.href,
          redirected: g,
          ok: y.ok,
          headers: y.headers,
          body: y.body,
          status: y.status,
          flightResponsePromise: h,
          cacheData: s.then(({ cacheData: e }) => e),
        }
      );
    }
    function M(e, t, r) {
      return S(e, {
        callServer: c.callServer,
        findSourceMapURL: s.findSourceMapURL,
        debugChannel: n && n(t),
        unstable_allowPartialStream: r?.allowPartialStream,
      });
    }
    function N(e, t) {
      return m(e, {
        callServer: c.callServer,
        findSourceMapURL: s.findSourceMapURL,
        debugChannel: n && n(t),
      });
    }
    ("u" > typeof window &&
      (window.addEventListener("pagehide", () => {
        P = !0;
      }),
      window.addEventListener("pageshow", () => {
        P = !1;
      })),
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  48919,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "isNavigatingToNewRootLayout", {
        enumerable: !0,
        get: function () {
          return function e(t, r) {
            let a = (t.prefetchHints & n.PrefetchHint.IsRootLayoutOrAbove) != 0,
              l = (r.prefetchHints & n.PrefetchHint.IsRootLayoutOrAbove) != 0;
            if (!a && !l) return !1;
            if (a !== l) return !0;
            let u = t.segment,
              i = r.segment;
            if (Array.isArray(u) && Array.isArray(i)) {
              if (u[0] !== i[0] || u[2] !== i[2]) return !0;
            } else if (u !== i) return !0;
            let o = r.slots,
              c = t.slots;
            if (null !== o)
              for (let [t, r] of o) {
                let n = c?.get(t);
                if (void 0 === n || e(n, r)) return !0;
              }
            return !1;
          };
        },
      }));
    let n = e.r(22744);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  94272,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      getLastCommittedTree: function () {
        return u;
      },
      setLastCommittedTree: function () {
        return i;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = null;
    function u() {
      return l;
    }
    function i(e) {
      l = e;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  84356,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "hasInterceptionRouteInCurrentTree", {
        enumerable: !0,
        get: function () {
          return function e([t, r]) {
            if (
              (Array.isArray(t) &&
                ("di(..)(..)" === t[2] ||
                  "ci(..)(..)" === t[2] ||
                  "di(.)" === t[2] ||
                  "ci(.)" === t[2] ||
                  "di(..)" === t[2] ||
                  "ci(..)" === t[2] ||
                  "di(...)" === t[2] ||
                  "ci(...)" === t[2])) ||
              ("string" == typeof t && (0, n.isInterceptionRouteAppPath)(t))
            )
              return !0;
            if (r) {
              for (let t in r) if (e(r[t])) return !0;
            }
            return !1;
          };
        },
      }));
    let n = e.r(91463);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  54069,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      DYNAMIC_STALETIME_MS: function () {
        return o;
      },
      STATIC_STALETIME_MS: function () {
        return c;
      },
      navigateReducer: function () {
        return s;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(4611),
      u = e.r(20896),
      i = e.r(24988),
      o = 1e3 * Number("0"),
      c = (0, u.getStaleTimeMs)(Number("300"));
    function s(e, t) {
      let { url: r, isExternalUrl: n, navigateType: a, scrollBehavior: u } = t;
      if (n || document.getElementById("__next-page-redirect"))
        return (0, l.completeHardNavigation)(e, r, a);
      let o = new URL(e.canonicalUrl, location.origin),
        c = e.renderedSearch;
      return (0, l.navigate)(
        e,
        r,
        o,
        c,
        e.root,
        e.tree,
        e.nextUrl,
        i.FreshnessPolicy.Default,
        u,
        a,
      );
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  69845,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      refreshDynamicData: function () {
        return h;
      },
      refreshReducer: function () {
        return d;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(88540),
      u = e.r(4611),
      i = e.r(12085),
      o = e.r(20896),
      c = e.r(84356),
      s = e.r(24988),
      f = e.r(79027);
    function d(e, t) {
      {
        let t = e.nextUrl,
          r = e.root;
        (0, o.invalidateSegmentCacheEntries)(t, r);
      }
      return h(e, s.FreshnessPolicy.RefreshAll, void 0);
    }
    function h(e, t, r) {
      (0, f.invalidateBfCache)();
      let n = e.nextUrl,
        a = (0, c.hasInterceptionRouteInCurrentTree)(e.tree) ? e.previousNextUrl || n : null,
        d = e.canonicalUrl,
        h = new URL(d, location.origin),
        p = e.renderedSearch,
        y = e.tree,
        g = l.ScrollBehavior.NoScroll,
        v = (0, s.getCurrentNavigationLock)(),
        _ = Date.now(),
        S = (0, i.createNavigationSeed)(
          _,
          y,
          null,
          null,
          !0,
          null,
          p,
          null,
          f.UnknownDynamicStaleTime,
        ),
        m = e.pushRef.pendingPush ? "push" : "replace";
      return (0, u.navigateToKnownRoute)(
        _,
        e,
        h,
        d,
        S,
        h,
        p,
        e.root,
        t,
        a,
        g,
        m,
        v,
        o.segmentCacheMap,
        null,
        null,
        r,
      );
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  73790,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "restoreReducer", {
        enumerable: !0,
        get: function () {
          return c;
        },
      }));
    let n = e.r(34727),
      a = e.r(24988),
      l = e.r(4611),
      u = e.r(12085),
      i = e.r(20896),
      o = e.r(79027);
    function c(e, t) {
      let r,
        c,
        s = t.historyState;
      s ? ((r = s.tree), (c = s.renderedSearch)) : ((r = e.tree), (c = e.renderedSearch));
      let f = new URL(e.canonicalUrl, location.origin),
        d = t.url,
        h = (0, n.extractPathFromFlightRouterState)(r) ?? d.pathname,
        p = Date.now(),
        y = { separateRefreshUrls: null, scrollRef: null },
        g = (0, u.createNavigationSeed)(
          p,
          r,
          null,
          null,
          !0,
          null,
          c,
          null,
          o.UnknownDynamicStaleTime,
        ),
        v = (0, a.startPPRNavigation)(
          p,
          f,
          e.renderedSearch,
          e.root,
          g.root,
          a.FreshnessPolicy.HistoryTraversal,
          g.dynamicStaleAt,
          !1,
          y,
          i.segmentCacheMap,
          !1,
        );
      return null === v
        ? (0, l.completeHardNavigation)(e, d, "replace")
        : ((0, a.spawnDynamicRequests)(
            v,
            d,
            h,
            a.FreshnessPolicy.HistoryTraversal,
            y,
            null,
            "replace",
            null,
            i.segmentCacheMap,
            void 0,
          ),
          (0, a.resetNavigationLockToPending)(),
          (0, l.completeTraverseNavigation)(e, d, c, v, h));
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  45794,
  (e, t, r) => {
    "use strict";
    let n;
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "serverActionReducer", {
        enumerable: !0,
        get: function () {
          return F;
        },
      }));
    let a = e.r(32120),
      l = e.r(92245),
      u = e.r(21768),
      i = e.r(92838),
      o = e.r(35779),
      c = e.r(35326),
      s = e.r(88540),
      f = e.r(27801),
      d = e.r(51191),
      h = e.r(84356),
      p = e.r(50590),
      y = e.r(24063),
      g = e.r(87250),
      v = e.r(52817),
      _ = e.r(39747),
      S = e.r(20896),
      m = e.r(77709),
      R = e.r(43369),
      P = e.r(32992),
      E = e.r(63416),
      b = e.r(4611),
      T = e.r(12085),
      O = e.r(96167),
      A = e.r(39146),
      w = e.r(57630),
      C = e.r(24988),
      M = e.r(87288),
      N = e.r(79027),
      I = c.createFromFetch;
    async function j(e, t, r) {
      let s,
        d,
        h,
        y,
        g,
        { actionId: v, actionArgs: S } = r,
        m = (0, c.createTemporaryReferenceSet)(),
        b = (0, _.extractInfoFromServerReferenceId)(v),
        T = (0, _.omitUnusedArgs)(S, b),
        O = await (0, c.encodeReply)(T, { temporaryReferences: m }),
        w = {
          Accept: u.RSC_CONTENT_TYPE_HEADER,
          [u.ACTION_HEADER]: v,
          [u.NEXT_ROUTER_STATE_TREE_HEADER]: (0, p.prepareFlightRouterStateForRequest)(e.tree),
        },
        C = (0, R.getDeploymentId)();
      (C && (w["x-deployment-id"] = C), t && (w[u.NEXT_URL] = t));
      try {
        s = await (0, o.fetch)(e.canonicalUrl, { method: "POST", headers: w, body: O });
      } catch (e) {
        throw e;
      }
      if ("1" === s.headers.get(u.NEXT_ACTION_NOT_FOUND_HEADER))
        throw new i.UnrecognizedActionError(`Server Action "${v}" was not found on the server. 
Read more: https://nextjs.org/docs/messages/failed-to-find-server-action`);
      let N = s.headers.get("x-action-redirect"),
        [j, F] = N?.split(";") || [];
      switch (F) {
        case "push":
          d = "push";
          break;
        case "replace":
          d = "replace";
          break;
        default:
          d = void 0;
      }
      let D = !!s.headers.get(u.NEXT_IS_PRERENDER_HEADER),
        U = A.ActionDidNotRevalidate;
      try {
        let e = s.headers.get("x-action-revalidated");
        if (e) {
          let t = JSON.parse(e);
          (t === A.ActionDidRevalidateStaticAndDynamic || t === A.ActionDidRevalidateDynamicOnly) &&
            (U = t);
        }
      } catch {}
      let L = j ? (0, f.assignLocation)(j, new URL(e.canonicalUrl, window.location.href)) : void 0,
        k = s.headers.get("content-type"),
        H = !!(k && k.startsWith(u.RSC_CONTENT_TYPE_HEADER));
      if (!H && !L)
        throw Error(
          s.status >= 400 && "text/plain" === k
            ? await s.text()
            : "An unexpected response was received from the server.",
        );
      let x = !1;
      if (H) {
        let e = L ? (0, M.processFetch)(s).then(({ response: e }) => e) : Promise.resolve(s),
          t = await I(e, {
            callServer: a.callServer,
            findSourceMapURL: l.findSourceMapURL,
            temporaryReferences: m,
            debugChannel: n && n(w),
          });
        ((h = L ? void 0 : t.a), (x = t.i));
        let r = s.headers.get(E.NEXT_NAV_DEPLOYMENT_ID_HEADER) ?? t.b;
        (void 0 !== r && r !== (0, P.getNavigationBuildId)()) ||
          (void 0 !== t.t ? ((y = t.t), (g = t.q)) : void 0 !== t.n && (y = t.n));
      } else ((h = void 0), (y = void 0), (g = void 0));
      return {
        actionResult: h,
        actionFlightData: y,
        actionFlightDataRenderedSearch: g,
        redirectLocation: L,
        redirectType: d,
        revalidationKind: U,
        isPrerender: D,
        couldBeIntercepted: x,
      };
    }
    function F(e, t) {
      let { resolve: r, reject: n } = t,
        a =
          (e.previousNextUrl || e.nextUrl) && (0, h.hasInterceptionRouteInCurrentTree)(e.tree)
            ? e.previousNextUrl || e.nextUrl
            : null;
      return j(e, a, t).then(
        async ({
          revalidationKind: l,
          actionResult: u,
          actionFlightData: i,
          actionFlightDataRenderedSearch: o,
          redirectLocation: c,
          redirectType: f,
          isPrerender: h,
          couldBeIntercepted: p,
        }) => {
          l !== A.ActionDidNotRevalidate &&
            ((0, N.invalidateBfCache)(),
            (t.didRevalidate = !0),
            l === A.ActionDidRevalidateStaticAndDynamic &&
              (0, S.invalidateEntirePrefetchCache)(a, e.root),
            (0, m.startRevalidationCooldown)());
          let y = f || "push";
          if (void 0 !== c)
            if ((0, w.isExternalURL)(c))
              return (n(D(c.href, y)), (0, b.completeHardNavigation)(e, c, y));
            else {
              let e = (0, d.createHrefFromUrl)(c, !1);
              n(D((0, v.hasBasePath)(e) ? (0, g.removeBasePath)(e) : e, y));
            }
          else r(u);
          if (void 0 === c && l === A.ActionDidNotRevalidate && void 0 === i) return e;
          if (void 0 === i && void 0 !== c) return (0, b.completeHardNavigation)(e, c, y);
          if ("string" == typeof i)
            return (0, b.completeHardNavigation)(e, new URL(i, location.origin), y);
          let _ = new URL(e.canonicalUrl, location.origin),
            R = e.renderedSearch,
            P = void 0 !== c ? c : _,
            E = e.tree,
            M = s.ScrollBehavior.Default,
            I =
              l === A.ActionDidNotRevalidate
                ? C.FreshnessPolicy.Default
                : C.FreshnessPolicy.RefreshAll;
          if (void 0 !== i && void 0 !== o) {
            let t = (0, d.createHrefFromUrl)(P),
              r = Date.now(),
              n = (0, T.createNavigationSeed)(
                r,
                E,
                i,
                null,
                !0,
                null,
                o,
                null,
                N.UnknownDynamicStaleTime,
              );
            (0, O.discoverKnownRoute)(
              r,
              P.pathname,
              P.search,
              a,
              null,
              n.root,
              p,
              t,
              n.renderedSearch,
              h,
              !1,
            );
            let l = (0, C.getCurrentNavigationLock)();
            return (0, b.navigateToKnownRoute)(
              r,
              e,
              P,
              t,
              n,
              _,
              R,
              e.root,
              I,
              a,
              M,
              y,
              l,
              S.segmentCacheMap,
              null,
              null,
              void 0,
            );
          }
          return (0, b.navigate)(e, P, _, R, e.root, E, a, I, M, y);
        },
        (t) => (n(t), e),
      );
    }
    function D(e, t) {
      let r = (0, y.getRedirectError)(e, t);
      return ((r.handled = !0), r);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  91668,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "serverPatchReducer", {
        enumerable: !0,
        get: function () {
          return c;
        },
      }));
    let n = e.r(51191),
      a = e.r(88540),
      l = e.r(4611),
      u = e.r(20896),
      i = e.r(69845),
      o = e.r(24988);
    function c(e, t) {
      let r = t.mpa,
        c = new URL(t.url, location.origin),
        s = t.seed,
        f = t.navigateType;
      if (r || null === s) return (0, l.completeHardNavigation)(e, c, f);
      let d = new URL(e.canonicalUrl, location.origin),
        h = e.renderedSearch;
      if (t.previousTree !== e.tree) return (0, i.refreshReducer)(e, { type: a.ACTION_REFRESH });
      let p = (0, n.createHrefFromUrl)(c),
        y = t.nextUrl,
        g = a.ScrollBehavior.Default,
        v = (0, o.getCurrentNavigationLock)(),
        _ = Date.now();
      return (0, l.navigateToKnownRoute)(
        _,
        e,
        c,
        p,
        s,
        d,
        h,
        e.root,
        t.freshnessPolicy,
        y,
        g,
        f,
        v,
        u.segmentCacheMap,
        null,
        null,
        void 0,
      );
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  88540,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n,
      a,
      l = {
        ACTION_HMR_REFRESH: function () {
          return f;
        },
        ACTION_NAVIGATE: function () {
          return o;
        },
        ACTION_REFRESH: function () {
          return i;
        },
        ACTION_RESTORE: function () {
          return c;
        },
        ACTION_SERVER_ACTION: function () {
          return d;
        },
        ACTION_SERVER_PATCH: function () {
          return s;
        },
        PrefetchKind: function () {
          return h;
        },
        ScrollBehavior: function () {
          return p;
        },
      };
    for (var u in l) Object.defineProperty(r, u, { enumerable: !0, get: l[u] });
    let i = "refresh",
      o = "navigate",
      c = "restore",
      s = "server-patch",
      f = "hmr-refresh",
      d = "server-action";
    var h = (((n = {}).AUTO = "auto"), (n.FULL = "full"), n),
      p = (((a = {})[(a.Default = 0)] = "Default"), (a[(a.NoScroll = 1)] = "NoScroll"), a);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  4924,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "reducer", {
        enumerable: !0,
        get: function () {
          return c;
        },
      }));
    let n = e.r(88540),
      a = e.r(54069),
      l = e.r(91668),
      u = e.r(73790),
      i = e.r(69845),
      o = e.r(45794),
      c =
        "u" < typeof window
          ? function (e, t) {
              return e;
            }
          : function (e, t) {
              switch (t.type) {
                case n.ACTION_NAVIGATE:
                  return (0, a.navigateReducer)(e, t);
                case n.ACTION_SERVER_PATCH:
                  return (0, l.serverPatchReducer)(e, t);
                case n.ACTION_RESTORE:
                  return (0, u.restoreReducer)(e, t);
                case n.ACTION_REFRESH:
                  return (0, i.refreshReducer)(e, t);
                case n.ACTION_HMR_REFRESH:
                  throw Error(
                    "hmrRefresh can only be used in development mode. Please use refresh instead.",
                  );
                case n.ACTION_SERVER_ACTION:
                  return (0, o.serverActionReducer)(e, t);
                default:
                  throw Error("Unknown action");
              }
            };
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  88093,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      setCacheBustingSearchParam: function () {
        return o;
      },
      setCacheBustingSearchParamWithHash: function () {
        return c;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(86051),
      u = e.r(21768);
    async function i(e) {
      return "function" == typeof globalThis.crypto?.subtle?.digest
        ? (0, l.computeCacheBustingSearchParam)(
            e[u.NEXT_ROUTER_PREFETCH_HEADER],
            e[u.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER],
            e[u.NEXT_ROUTER_STATE_TREE_HEADER],
            e[u.NEXT_URL],
          )
        : (0, l.computeLegacyCacheBustingSearchParam)(
            e[u.NEXT_ROUTER_PREFETCH_HEADER],
            e[u.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER],
            e[u.NEXT_ROUTER_STATE_TREE_HEADER],
            e[u.NEXT_URL],
          );
    }
    let o = async (e, t) => {
        c(e, await i(t));
      },
      c = (e, t) => {
        let r = e.search,
          n = (r.startsWith("?") ? r.slice(1) : r)
            .split("&")
            .filter((e) => e && !e.startsWith(`${u.NEXT_RSC_UNION_QUERY}=`));
        (t.length > 0
          ? n.push(`${u.NEXT_RSC_UNION_QUERY}=${t}`)
          : n.push(`${u.NEXT_RSC_UNION_QUERY}`),
          (e.search = n.length ? `?${n.join("&")}` : ""));
      };
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  76138,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      initializeRouterTransitionModules: function () {
        return u;
      },
      startRouterTransition: function () {
        return i;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    (e.r(13258), e.r(34727));
    let l = [];
    function u(e) {
      l = e.filter((e) => null != e);
    }
    function i(e, t, r, n) {
      for (let r of l)
        try {
          let n;
          ((n = r), n.onRouterTransitionStart?.(e, t, null));
        } catch (e) {
          console.error("An instrumentation-client router transition hook failed", e);
        }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  79027,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      UnknownDynamicStaleTime: function () {
        return i;
      },
      computeDynamicStaleAt: function () {
        return o;
      },
      invalidateBfCache: function () {
        return f;
      },
      readFromBFCache: function () {
        return p;
      },
      readFromBFCacheDuringRegularNavigation: function () {
        return y;
      },
      updateBFCacheEntryFromDynamicResponse: function () {
        return h;
      },
      writeToBFCache: function () {
        return d;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(54069),
      u = e.r(511),
      i = -1;
    function o(e, t) {
      return t !== i ? e + 1e3 * t : e + l.DYNAMIC_STALETIME_MS;
    }
    let c = (0, u.createCacheMap)(),
      s = 0;
    function f() {
      "u" > typeof window && s++;
    }
    function d(e, t, r, n) {
      if ("u" < typeof window) return;
      let a = {
        rsc: r.rsc,
        prefetchRsc: r.prefetchRsc,
        varyParams: r.varyParams,
        bfcacheId: r.bfcacheId,
        ref: null,
        size: 100,
        navigatedAt: e,
        staleAt: n,
        version: s,
        status: u.EntryStatus.Fulfilled,
      };
      (0, u.setInCacheMap)(c, t, a, !1);
    }
    function h(e, t, r) {
      if ("u" < typeof window) return;
      let n = (0, u.getFromCacheMap)(-1, s, c, e, !1, !1);
      null !== n && n.rsc === t.rsc && ((n.staleAt = r), (n.varyParams = t.varyParams));
    }
    function p(e) {
      return "u" < typeof window ? null : (0, u.getFromCacheMap)(-1, s, c, e, !1, !1);
    }
    function y(e, t) {
      return "u" < typeof window ? null : (0, u.getFromCacheMap)(e, s, c, t, !1, !1);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  77048,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      createCacheKey: function () {
        return l;
      },
      splitPathnameIntoParts: function () {
        return u;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    function l(e, t) {
      let r = new URL(e);
      return { pathname: r.pathname, search: r.search, nextUrl: t };
    }
    function u(e) {
      let t = [],
        r = 0;
      for (let n = 0; n < e.length; n++)
        47 === e.charCodeAt(n) && (n > r && t.push(e.slice(r, n)), (r = n + 1));
      return (r < e.length && t.push(e.slice(r)), t);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  511,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n,
      a = {
        EntryStatus: function () {
          return i;
        },
        Fallback: function () {
          return o;
        },
        createCacheMap: function () {
          return s;
        },
        deleteFromCacheMap: function () {
          return y;
        },
        deleteMapEntry: function () {
          return g;
        },
        getFromCacheMap: function () {
          return f;
        },
        isValueExpired: function () {
          return d;
        },
        setInCacheMap: function () {
          return h;
        },
        setSizeInCacheMap: function () {
          return v;
        },
      };
    for (var l in a) Object.defineProperty(r, l, { enumerable: !0, get: a[l] });
    let u = e.r(73861);
    var i =
      (((n = {})[(n.Empty = 0)] = "Empty"),
      (n[(n.Pending = 1)] = "Pending"),
      (n[(n.Fulfilled = 2)] = "Fulfilled"),
      (n[(n.Rejected = 3)] = "Rejected"),
      n);
    let o = {},
      c = {};
    function s() {
      return { parent: null, key: null, value: null, map: null, prev: null, next: null, size: 0 };
    }
    function f(e, t, r, n, a, l) {
      let i = (function e(t, r, n, a, l, u, i) {
        let s, f;
        if (null !== a) ((s = a.value), (f = a.parent));
        else if (l && u !== c) ((s = c), (f = null));
        else {
          if (null === n.value) return n;
          let e = n.value;
          return d(t, r, e) ? (g(n), null) : i && 2 !== e.status ? null : n;
        }
        let h = n.map;
        if (null !== h) {
          let n = h.get(s);
          if (void 0 !== n) {
            let a = e(t, r, n, f, l, s, i);
            if (null !== a) return a;
          }
          let a = h.get(o);
          if (void 0 !== a) return e(t, r, a, f, l, s, i);
        }
        return null;
      })(e, t, r, n, a, 0, l);
      return null === i || null === i.value ? null : ((0, u.lruPut)(i), i.value);
    }
    function d(e, t, r) {
      return r.staleAt <= e || r.version < t;
    }
    function h(e, t, r, n) {
      let a = (function (e, t, r) {
        let n = e,
          a = t,
          l = null;
        for (;;) {
          let e = l;
          if (null !== a) ((l = a.value), (a = a.parent));
          else if (r && e !== c) {
            if (null === n.value) return n;
            l = c;
          } else break;
          let t = n.map;
          if (null !== t) {
            let e = t.get(l);
            if (void 0 !== e) {
              n = e;
              continue;
            }
          } else ((t = new Map()), (n.map = t));
          let u = { parent: n, key: l, value: null, map: null, prev: null, next: null, size: 0 };
          (t.set(l, u), (n = u));
        }
        return n;
      })(e, t, n);
      (p(a, r), (0, u.lruPut)(a), (0, u.updateLruSize)(a, r.size));
    }
    function p(e, t) {
      null !== e.value && ((e.value.ref = null), (e.value = null));
      let r = t.ref;
      ((e.value = t),
        (t.ref = e),
        (0, u.updateLruSize)(e, t.size),
        null !== r && r !== e && r.value === t && g(r));
    }
    function y(e) {
      let t = e.ref;
      null !== t && ((e.ref = null), g(t));
    }
    function g(e) {
      ((e.value = null), (0, u.deleteFromLru)(e));
      let t = e.map;
      if (null === t) {
        let t = e.parent,
          r = e.key;
        for (; null !== t;) {
          let e = t.map;
          if (null !== e && (e.delete(r), 0 === e.size) && ((t.map = null), null === t.value)) {
            ((r = t.key), (t = t.parent));
            continue;
          }
          break;
        }
      } else {
        let r = t.get(c);
        void 0 !== r && null !== r.value && p(e, r.value);
      }
    }
    function v(e, t) {
      let r = e.ref;
      null !== r && ((e.size = t), (0, u.updateLruSize)(r, t));
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  20896,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      EntryStatus: function () {
        return y.EntryStatus;
      },
      MetadataOnlyRequestTree: function () {
        return N;
      },
      attemptToFulfillDynamicSegmentFromBFCache: function () {
        return er;
      },
      attemptToUpgradeSegmentFromBFCache: function () {
        return en;
      },
      bufferPrefetchResponseBody: function () {
        return eO;
      },
      canNewFetchStrategyProvideMoreContent: function () {
        return eA;
      },
      convertFlightRouterStateToRouteTree: function () {
        return eh;
      },
      convertRootFlightRouterStateToRouteTree: function () {
        return ed;
      },
      convertRouteTreeToFlightRouterState: function () {
        return function e(t) {
          let r = {},
            n = t.slots;
          if (null !== n) for (let [t, a] of n) r[t] = e(a);
          let a = [t.segment, r, null, null];
          return (0 !== t.prefetchHints && (a[4] = t.prefetchHints), a);
        };
      },
      createDetachedSegmentCacheEntry: function () {
        return ee;
      },
      createMetadataRouteTree: function () {
        return eu;
      },
      createRootRouteTree: function () {
        return C;
      },
      deprecated_requestOptimisticRouteCacheEntry: function () {
        return Y;
      },
      doesRouteStructureMatch: function () {
        return M;
      },
      fetchRouteOnCacheMiss: function () {
        return ep;
      },
      fetchSegmentPrefetchesUsingRuntimeRequest: function () {
        return eS;
      },
      fetchSegmentPrefetchesUsingStaticRequest: function () {
        return ey;
      },
      fulfillRouteCacheEntry: function () {
        return eo;
      },
      getCurrentRouteCacheVersion: function () {
        return L;
      },
      getCurrentSegmentCacheVersion: function () {
        return k;
      },
      getHeadRequestKey: function () {
        return el;
      },
      getStaleTimeMs: function () {
        return A;
      },
      invalidateEntirePrefetchCache: function () {
        return H;
      },
      invalidateRouteCacheEntries: function () {
        return x;
      },
      invalidateSegmentCacheEntries: function () {
        return B;
      },
      overwriteRevalidatingSegmentCacheEntry: function () {
        return Q;
      },
      pingInvalidationListeners: function () {
        return V;
      },
      readOrCreateRevalidatingSegmentEntry: function () {
        return z;
      },
      readOrCreateRouteCacheEntry: function () {
        return G;
      },
      readOrCreateSegmentCacheEntry: function () {
        return W;
      },
      readRouteCacheEntry: function () {
        return $;
      },
      readSegmentCacheEntryForNavigation: function () {
        return K;
      },
      rebaseInactiveRouteTree: function () {
        return function e(t) {
          let r = null;
          if (null !== t.slots) for (let [n, a] of ((r = new Map()), t.slots)) r.set(n, e(a));
          return {
            requestKey: t.requestKey,
            segment: t.segment,
            varyPath: t.varyPath,
            shellVaryPath: t.shellVaryPath,
            refreshState: t.refreshState,
            data: null,
            slots: r,
            prefetchHints: t.prefetchHints,
          };
        };
      },
      resolveStaleAt: function () {
        return ew;
      },
      segmentCacheMap: function () {
        return j;
      },
      spawnStaticStageCacheWrite: function () {
        return eC;
      },
      stripIsPartialByte: function () {
        return eN;
      },
      upgradeToPendingSegment: function () {
        return et;
      },
      upsertSegmentEntry: function () {
        return Z;
      },
      waitForSegmentCacheEntry: function () {
        return X;
      },
      writeRouteIntoCache: function () {
        return ec;
      },
      writeRuntimePrefetchStreamIntoCache: function () {
        return eM;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(22744),
      u = e.r(6372),
      i = e.r(74064),
      o = e.r(21768),
      c = e.r(87288);
    e.r(35779);
    let s = e.r(77709),
      f = e.r(56655),
      d = e.r(51191),
      h = e.r(77048),
      p = e.r(33906),
      y = e.r(511),
      g = e.r(67764),
      v = e.r(50590),
      _ = e.r(54069),
      S = e.r(91949),
      m = e.r(9396),
      R = e.r(39470),
      P = e.r(79027),
      E = e.r(96167),
      b = e.r(12085),
      T = e.r(32992),
      O = e.r(63416);
    function A(e) {
      return 1e3 * Math.max(e, 30);
    }
    function w(e) {
      return Date.now() + 1e4;
    }
    function C(e, t) {
      return { tree: e, head: t };
    }
    function M(e, t) {
      return (
        e.requestKey === t.requestKey &&
        (t.requestKey !== g.ROOT_SEGMENT_REQUEST_KEY || e.segment === t.segment)
      );
    }
    let N = ["", {}, null, "metadata-only"],
      I = (0, y.createCacheMap)(),
      j = (0, y.createCacheMap)(),
      F = null,
      D = 0,
      U = 0;
    function L() {
      return D;
    }
    function k() {
      return U;
    }
    function H(e, t) {
      (D++, U++, (0, S.pingVisibleLinks)(e, t), V(e, t));
    }
    function x(e, t) {
      (D++, (0, S.pingVisibleLinks)(e, t), V(e, t));
    }
    function B(e, t) {
      (U++, (0, S.pingVisibleLinks)(e, t), V(e, t));
    }
    function V(e, t) {
      if (null !== F) {
        let r = F;
        for (let n of ((F = null), r))
          (0, s.isPrefetchTaskDirty)(n, e, t) &&
            (function (e) {
              let t = e.onInvalidate;
              if (null !== t) {
                e.onInvalidate = null;
                try {
                  t();
                } catch (e) {
                  "function" == typeof reportError ? reportError(e) : console.error(e);
                }
              }
            })(n);
      }
    }
    function $(e, t) {
      let r = (0, f.getRouteVaryPath)(t.pathname, t.search, t.nextUrl),
        n = (0, y.getFromCacheMap)(e, D, I, r, !1, !1);
      return null !== n ? n : (0, E.matchKnownRoute)(e, t.pathname, t.search);
    }
    function K(e, t, r, n = !1) {
      let a = (0, y.getFromCacheMap)(e, U, t, r, !1, !0);
      return null !== a ? a : (0, y.getFromCacheMap)(e, U, t, r, !1, !1);
    }
    function X(e) {
      let t = e.promise;
      return (null === t && (t = e.promise = (0, R.createPromiseWithResolvers)()), t.promise);
    }
    function q() {
      return {
        canonicalUrl: null,
        status: y.EntryStatus.Empty,
        blockedTasks: null,
        root: null,
        couldBeIntercepted: !0,
        supportsPerSegmentPrefetching: !1,
        predictedFrom: null,
        renderedSearch: null,
        ref: null,
        size: 0,
        staleAt: 1 / 0,
        version: D,
      };
    }
    function G(e, t, r) {
      null !== t.onInvalidate && (null === F ? (F = new Set([t])) : F.add(t));
      let n = $(e, r);
      if (null !== n) return n;
      let a = q(),
        l = (0, f.getRouteVaryPath)(r.pathname, r.search, r.nextUrl);
      return ((0, y.setInCacheMap)(I, l, a, !1), a);
    }
    function Y(e, t, r) {
      let n = t.search;
      if ("" === n) return null;
      let a = new URL(t);
      a.search = "";
      let l = $(e, (0, h.createCacheKey)(a.href, r));
      if (null === l || l.status !== y.EntryStatus.Fulfilled) return null;
      let u = new URL(l.canonicalUrl, t.origin),
        i = "" !== u.search ? u.search : n,
        o = "" !== l.renderedSearch ? l.renderedSearch : (0, p.normalizeRenderedSearch)(n),
        c = new URL(l.canonicalUrl, location.origin);
      c.search = i;
      let s = (0, d.createHrefFromUrl)(c),
        g = (function e(t, r) {
          let n = null,
            a = t.slots;
          if (null !== a) for (let [t, l] of ((n = new Map()), a)) n.set(t, e(l, r));
          return {
            requestKey: t.requestKey,
            segment: t.segment,
            shellVaryPath: t.shellVaryPath,
            refreshState: t.refreshState,
            data: null,
            varyPath: (0, f.cloneVaryPathWithNewSearchParams)(t.varyPath, r),
            slots: n,
            prefetchHints: t.prefetchHints,
          };
        })(l.root.tree, o),
        v = l.root.head,
        _ = eu((0, f.cloneVaryPathWithNewSearchParams)(v.varyPath, o), v.prefetchHints, null);
      return {
        canonicalUrl: s,
        status: y.EntryStatus.Fulfilled,
        blockedTasks: null,
        root: C(g, _),
        couldBeIntercepted: l.couldBeIntercepted,
        supportsPerSegmentPrefetching: l.supportsPerSegmentPrefetching,
        predictedFrom: null,
        renderedSearch: o,
        ref: null,
        size: 0,
        staleAt: l.staleAt,
        version: l.version,
      };
    }
    function W(e, t, r, n) {
      var a, l, u, i;
      let o,
        c,
        s = (0, y.getFromCacheMap)(e, U, t, n.varyPath, !1, !1);
      return null !== s
        ? s
        : ((a = e),
          (l = t),
          (u = r),
          (i = n),
          (o = (0, f.getSegmentVaryPathForRequest)(u, i)),
          (c = ee(a)),
          (0, y.setInCacheMap)(l, o, c, !1),
          c);
    }
    function z(e, t, r, n) {
      var a;
      let l = ((a = n.varyPath), (0, y.getFromCacheMap)(e, U, t, a, !0, !1));
      if (null !== l) return l;
      let u = (0, f.getSegmentVaryPathForRequest)(r, n),
        i = ee(e);
      return ((0, y.setInCacheMap)(t, u, i, !0), i);
    }
    function Q(e, t, r, n) {
      let a = (0, f.getSegmentVaryPathForRequest)(r, n),
        l = ee(e);
      return ((0, y.setInCacheMap)(t, a, l, !0), l);
    }
    function J(e, t) {
      var r;
      return (
        e.status !== y.EntryStatus.Empty &&
        ((t.fetchStrategy !== e.fetchStrategy && ((r = e.fetchStrategy), !(r < t.fetchStrategy))) ||
          (!e.isPartial && t.isPartial))
      );
    }
    function Z(e, t, r, n, a) {
      if ((0, y.isValueExpired)(e, U, n)) return null;
      let l = (0, y.getFromCacheMap)(e, U, t, r, !1, !1);
      if (null !== l) {
        if (J(l, n)) return null;
        (l.status === y.EntryStatus.Empty || l.status === y.EntryStatus.Pending) && ea(l);
      }
      return (
        (0, y.setInCacheMap)(t, r, n, !1),
        null !== a &&
          (function (e, t, r, n) {
            for (let a = 0; a < 32; a++) {
              let a = (0, y.getFromCacheMap)(e, U, t, r, !1, !1);
              if (null === a || a === n || a.status === y.EntryStatus.Pending || J(a, n)) return;
              (ea(a), (0, y.deleteFromCacheMap)(a));
            }
          })(e, t, a, n),
        n
      );
    }
    function ee(e) {
      return {
        status: y.EntryStatus.Empty,
        blockedTasks: null,
        fetchStrategy: m.FetchStrategy.PPR,
        rsc: null,
        isPartial: !0,
        isUpgradeableISRFallback: !1,
        promise: null,
        ref: null,
        size: 0,
        staleAt: e + 3e4,
        version: 0,
      };
    }
    function et(e, t) {
      return (
        (e.status = y.EntryStatus.Pending),
        (e.fetchStrategy = t),
        t === m.FetchStrategy.Full && (e.isPartial = !1),
        (e.version = U),
        e
      );
    }
    function er(e, t, r) {
      let n = r.varyPath,
        a = (0, P.readFromBFCache)(n);
      if (null !== a) {
        let r = a.navigatedAt + _.STATIC_STALETIME_MS;
        return e > r
          ? null
          : es(et(t, m.FetchStrategy.Full), a.rsc, r, !1, a.varyParams, !1, m.FetchStrategy.Full);
      }
      return null;
    }
    function en(e, t, r) {
      let n = r.varyPath,
        a = (0, P.readFromBFCache)(n);
      if (null !== a) {
        let n = a.navigatedAt + _.STATIC_STALETIME_MS;
        if (e > n) return null;
        let l = es(
            et(ee(e), m.FetchStrategy.Full),
            a.rsc,
            n,
            !1,
            a.varyParams,
            !1,
            m.FetchStrategy.Full,
          ),
          u = Z(e, t, (0, f.getSegmentVaryPathForRequest)(m.FetchStrategy.Full, r), l, r.varyPath);
        if (null !== u && u.status === y.EntryStatus.Fulfilled) return u;
      }
      return null;
    }
    function ea(e) {
      let t = e.blockedTasks;
      if (null !== t) {
        for (let e of t) (0, s.pingPrefetchTask)(e);
        e.blockedTasks = null;
      }
    }
    function el(e) {
      return e + g.HEAD_REQUEST_KEY;
    }
    function eu(e, t, r) {
      return {
        requestKey: e.value,
        segment: g.HEAD_REQUEST_KEY,
        shellVaryPath: (0, f.getShellSegmentVaryPath)(e),
        refreshState: null,
        data: r,
        varyPath: e,
        slots: null,
        prefetchHints: t & l.StaticAttemptHints,
      };
    }
    function ei(e) {
      let t = null,
        r = e.slots;
      if (null !== r)
        for (let [e, n] of r) {
          let a = ei(n);
          (a !== n && null === t && (t = new Map(r)), null !== t && t.set(e, a));
        }
      if (null === e.data && null === t) return e;
      let n = t ?? r;
      return {
        requestKey: e.requestKey,
        segment: e.segment,
        shellVaryPath: e.shellVaryPath,
        refreshState: e.refreshState,
        data: null,
        varyPath: e.varyPath,
        slots: n,
        prefetchHints: e.prefetchHints,
      };
    }
    function eo(e, t, r, n, a, u, i) {
      let o = r.tree;
      return (
        (t.status = y.EntryStatus.Fulfilled),
        (t.root = C(ei(o), ei(r.head))),
        o.prefetchHints & l.PrefetchHint.InliningHintsStale
          ? (t.staleAt = -1)
          : (t.staleAt = e + _.STATIC_STALETIME_MS),
        (t.couldBeIntercepted = n),
        (t.canonicalUrl = a),
        (t.renderedSearch = u),
        (t.supportsPerSegmentPrefetching = i),
        ea(t),
        t
      );
    }
    function ec(e, t, r, n, a, l, u, i, o) {
      let c = eo(e, q(), a, l, u, i, o),
        s = (0, f.getFulfilledRouteVaryPath)(t, r, n, l);
      return ((0, y.setInCacheMap)(I, s, c, !1), c);
    }
    function es(e, t, r, n, a, l, u) {
      return (
        (e.status = y.EntryStatus.Fulfilled),
        (e.rsc = t),
        (e.staleAt = r),
        (e.isPartial = n),
        (e.varyParams = a),
        (e.isUpgradeableISRFallback = l),
        (e.fetchStrategy = u),
        null !== e.promise && (e.promise.resolve(e), (e.promise = null)),
        ea(e),
        e
      );
    }
    function ef(e, t) {
      ((e.status = y.EntryStatus.Rejected), (e.staleAt = t), ea(e));
    }
    function ed(e, t, r) {
      return eh(e, g.ROOT_SEGMENT_REQUEST_KEY, null, t, r);
    }
    function eh(e, t, r, n, a) {
      let u = e[0],
        i = ((e[4] ?? 0) & l.PrefetchHint.IsRootLayoutOrAbove) != 0,
        o = e[2] ?? null,
        c = null !== o ? { canonicalUrl: o[0], renderedSearch: o[1] } : null,
        s = null !== c ? c.renderedSearch : n,
        d = (0, b.createRouteTreeNode)(u, i, t, r, s, c, a),
        h = (0, f.getPartialVaryPath)(d.varyPath),
        p = null,
        y = e[1];
      for (let e in y) {
        let r = y[e],
          n = r[0],
          l = (0, g.createSegmentRequestKeyPart)(n),
          u = eh(r, (0, g.appendSegmentRequestKeyPart)(t, e, l), h, s, a);
        (null === p && (p = new Map()), p.set(e, u));
      }
      return ((d.slots = p), (d.prefetchHints = e[4] ?? 0), d);
    }
    async function ep(e, t) {
      let r = t.pathname,
        n = t.search,
        a = t.nextUrl,
        l = {
          [o.RSC_HEADER]: "1",
          [o.NEXT_ROUTER_PREFETCH_HEADER]: "1",
          [o.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER]: "/_tree",
        };
      null !== a && (l[o.NEXT_URL] = a);
      try {
        let t,
          u,
          i = new URL(r + n, location.origin);
        if (
          ((t = await eb(i, l)),
          (u = null !== t && t.redirected ? new URL(t.url) : i),
          !t || !t.ok || !t.body)
        )
          return (ef(e, Date.now() + 1e4), null);
        let s = (0, d.createHrefFromUrl)(u),
          h = t.headers.get("vary"),
          g = null !== h && h.includes(o.NEXT_URL),
          v = (0, R.createPromiseWithResolvers)(),
          _ = eT(t),
          S = await eO(t.body);
        (v.resolve(), (0, y.setSizeInCacheMap)(e, S.byteLength));
        let m = await (0, c.decodeBufferedStage)(S, l);
        if (
          (t.headers.get(O.NEXT_NAV_DEPLOYMENT_ID_HEADER) ?? m.b) !== (0, T.getNavigationBuildId)()
        )
          return (ef(e, Date.now() + 1e4), null);
        let P = m.t;
        if (void 0 === P || void 0 !== m.n) return (ef(e, Date.now() + 1e4), null);
        let A = (0, p.getRenderedPathname)(t),
          w = (0, p.getRenderedSearch)(t),
          C = { metadataVaryPath: null, treeDivergedFromBase: !1 },
          M = (0, b.decodeTransportTreeIntoRouteTree)(P.t, null, null, !0, A, w, C),
          N = C.metadataVaryPath;
        if (null === N) return (ef(e, Date.now() + 1e4), null);
        if (
          ((0, E.discoverKnownRoute)(
            Date.now(),
            r,
            n,
            a,
            e,
            { tree: M, head: eu(N, M.prefetchHints, null) },
            g,
            s,
            w,
            _,
            !1,
          ),
          !g)
        ) {
          let t = (0, f.getFulfilledRouteVaryPath)(r, n, a, g);
          (0, y.setInCacheMap)(I, t, e, !1);
        }
        return { value: null, closed: v.promise };
      } catch (t) {
        return (ef(e, w(t)), null);
      }
    }
    async function ey(e, t, r, n, a, l) {
      let u;
      try {
        u = await eg(e, t, r, n, a, l, !1);
      } catch (e) {
        return (em(a, w(e)), null);
      }
      return null === u
        ? (em(a, Date.now() + 1e4), null)
        : { value: null, closed: Promise.resolve() };
    }
    async function eg(e, t, r, n, a, l, u) {
      let s,
        f,
        d = new URL(t.canonicalUrl, location.origin),
        h = r.nextUrl;
      s =
        n.segment === g.HEAD_REQUEST_KEY
          ? g.HEAD_REQUEST_KEY
          : n.requestKey === g.ROOT_SEGMENT_REQUEST_KEY
            ? "/_index"
            : n.requestKey;
      let v = {
        [o.RSC_HEADER]: "1",
        [o.NEXT_ROUTER_PREFETCH_HEADER]: "1",
        [o.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER]: s,
      };
      null !== h && (v[o.NEXT_URL] = h);
      let S = await eb(d, v);
      if (!S || !S.ok || !eT(S) || !S.body) return null;
      let m = await eO(S.body),
        R = await (0, c.decodeBufferedStage)(m, v);
      if (
        void 0 === R.t ||
        (S.headers.get(O.NEXT_NAV_DEPLOYMENT_ID_HEADER) ?? R.b) !== (0, T.getNavigationBuildId)()
      )
        return null;
      let P = !0 === R.f;
      if (P) {
        if (u) return !0;
        e.fallbackRetryStatus !== y.EntryStatus.Empty ||
          e.isCanceled ||
          ((e.fallbackRetryStatus = y.EntryStatus.Pending), e_(e, t, r, n, a, l));
      }
      let E = void 0 !== R.a ? (0, i.readFulfilledValue)(R.a, 0) : 0;
      if (null === E) f = R;
      else if (0 === E) f = null;
      else
        try {
          f = await (0, c.decodeBufferedStage)(m.subarray(0, E), v);
        } catch {
          f = null;
        }
      let b = (0, p.getRenderedPathname)(S),
        A = Date.now(),
        w = t.root.head.varyPath;
      return (
        eR(
          A,
          l,
          R,
          f,
          null,
          null,
          b,
          t.renderedSearch,
          void 0,
          A + _.STATIC_STALETIME_MS,
          !0,
          w,
          a,
          m.byteLength,
          e.segmentCacheMap,
        ),
        P
      );
    }
    function ev(e, t) {
      if (void 0 === t) return e + _.STATIC_STALETIME_MS;
      let r = (0, b.readFulfilledStaleTimeSeconds)(t);
      return null === r ? e + _.STATIC_STALETIME_MS : e + A(r);
    }
    async function e_(e, t, r, n, a, l) {
      for (let u = 0; u < 3; u++) {
        let u;
        if ((await new Promise((e) => setTimeout(e, 2e3)), e.isCanceled)) break;
        try {
          u = await eg(e, t, r, n, a, l, !0);
        } catch {
          break;
        }
        if (e.isCanceled) break;
        if (null !== u && !u) {
          ((e.fallbackRetryStatus = y.EntryStatus.Fulfilled), (0, s.pingPrefetchTask)(e));
          return;
        }
      }
      e.fallbackRetryStatus = y.EntryStatus.Rejected;
    }
    async function eS(e, t, r, n, a) {
      let l,
        u,
        i = e.key,
        s = new URL(t.canonicalUrl, location.origin),
        f = i.nextUrl;
      1 === a.size && a.has(t.root.head.requestKey)
        ? ((l = N), (u = null))
        : ((l = n), (u = t.predictedFrom));
      let d = {
        [o.RSC_HEADER]: "1",
        [o.NEXT_ROUTER_STATE_TREE_HEADER]: (0, v.prepareFlightRouterStateForRequest)(l),
      };
      switch ((null !== f && (d[o.NEXT_URL] = f), r)) {
        case m.FetchStrategy.Full:
          break;
        case m.FetchStrategy.PPRRuntime:
          d[o.NEXT_ROUTER_PREFETCH_HEADER] = "2";
          break;
        case m.FetchStrategy.RuntimeShell:
          d[o.NEXT_ROUTER_PREFETCH_HEADER] = "3";
          break;
        case m.FetchStrategy.LoadingBoundary:
          d[o.NEXT_ROUTER_PREFETCH_HEADER] = "1";
      }
      try {
        let n,
          i = await eb(s, d);
        if (!i || !i.ok || !i.body) return (em(a, Date.now() + 1e4), null);
        let o = (0, p.getRenderedSearch)(i);
        if (o !== t.renderedSearch) return (em(a, Date.now() + 1e4), null);
        let f = (0, R.createPromiseWithResolvers)(),
          v = null,
          S = null;
        if (r === m.FetchStrategy.Full) {
          var h, g, _;
          let e,
            t,
            r =
              ((h = i.body),
              (g = f.resolve),
              (_ = function (e) {
                if (null === v) return;
                let t = e / v.length;
                for (let e of v) (0, y.setSizeInCacheMap)(e, t);
              }),
              (e = 0),
              (t = h.getReader()),
              new ReadableStream({
                async pull(r) {
                  for (;;) {
                    let { done: n, value: a } = await t.read();
                    if (!n) {
                      (r.enqueue(a), _((e += a.byteLength)));
                      continue;
                    }
                    (r.close(), g());
                    return;
                  }
                },
              }));
          n = (0, c.createFromNextReadableStream)(r, d, { allowPartialStream: !0 });
        } else {
          let e = await eO(i.body);
          (f.resolve(), (S = e.byteLength), (n = (0, c.decodeBufferedStage)(e, d)));
        }
        let [P, E] = await Promise.all([n, i.cacheData]),
          b = Date.now(),
          T = await ew(b, P.s, i),
          A = i.headers.get(O.NEXT_NAV_DEPLOYMENT_ID_HEADER) ?? P.b,
          w = null !== E ? await (0, c.resolveShellStageResponse)(E, P, d) : null,
          C =
            (r === m.FetchStrategy.PPRRuntime || r === m.FetchStrategy.RuntimeShell) &&
            (E?.isResponsePartial ?? !1);
        return (
          (v = eR(b, r, P, w, l, u, null, o, A, T, C, null, a, S, e.segmentCacheMap)),
          { value: null, closed: f.promise }
        );
      } catch (e) {
        return (em(a, w(e)), null);
      }
    }
    function em(e, t) {
      for (let r of e.values())
        r.status === y.EntryStatus.Pending &&
          ((r.status = y.EntryStatus.Rejected),
          (r.staleAt = t),
          null !== r.promise && (r.promise.resolve(null), (r.promise = null)),
          ea(r));
    }
    function eR(e, t, r, n, a, l, u, i, o, c, s, f, d, h, p) {
      let g;
      if (null === n || t === m.FetchStrategy.LoadingBoundary) {
        if (t === m.FetchStrategy.StaticShell)
          return (
            eP(e, m.FetchStrategy.PPR, r, a, l, u, i, o, c, s, f, null, null, p),
            null !== d && em(d, e + 1e4),
            null
          );
        g = eP(e, t, r, a, l, u, i, o, c, s, f, d, null, p);
      } else if (n === r) {
        let n;
        switch (t) {
          case m.FetchStrategy.StaticShell:
            n = m.FetchStrategy.PPR;
            break;
          case m.FetchStrategy.RuntimeShell:
            n = m.FetchStrategy.PPRRuntime;
            break;
          case m.FetchStrategy.PPR:
          case m.FetchStrategy.PPRRuntime:
          case m.FetchStrategy.Full:
            n = null;
        }
        g = eP(e, t, r, a, l, u, i, o, c, s, f, d, n, p);
      } else {
        let h, y;
        switch (t) {
          case m.FetchStrategy.StaticShell:
          case m.FetchStrategy.PPR:
            ((h = m.FetchStrategy.PPR), (y = m.FetchStrategy.StaticShell));
            break;
          case m.FetchStrategy.RuntimeShell:
          case m.FetchStrategy.PPRRuntime:
            ((h = m.FetchStrategy.PPRRuntime), (y = m.FetchStrategy.RuntimeShell));
            break;
          case m.FetchStrategy.Full:
            ((h = m.FetchStrategy.Full), (y = m.FetchStrategy.StaticShell));
        }
        let v = t === m.FetchStrategy.StaticShell || t === m.FetchStrategy.RuntimeShell,
          _ = eP(e, h, r, a, l, u, i, o, c, s, f, v ? null : d, null, p),
          S = eP(e, y, n, a, l, u, i, o, ev(e, n.s), !0, f, v ? d : null, null, p);
        g = v ? S : _;
      }
      if (null !== h && null !== g && g.length > 0) {
        let e = h / g.length;
        for (let t of g) (0, y.setSizeInCacheMap)(t, e);
      }
      return g;
    }
    function eP(e, t, r, n, a, u, o, c, s, f, d, h, p, y) {
      if (c && c !== (0, T.getNavigationBuildId)()) return (null !== h && em(h, e + 1e4), null);
      let g = r.t;
      if (void 0 === g) return (null !== h && em(h, e + 1e4), null);
      let v = (0, b.createNavigationSeed)(
          e,
          n,
          g,
          r.r ?? null,
          f,
          u,
          o,
          d,
          P.UnknownDynamicStaleTime,
        ),
        _ = (v.root.tree.prefetchHints & l.PrefetchHint.SubtreeHasPartialPrefetching) != 0,
        S = null !== a && v.treeDivergedFromBase;
      S && (a.hasDynamicRewrite = !0);
      let R = !0 === r.f,
        E = void 0 !== r.u ? (0, i.readFulfilledValue)(r.u, !1, !0) : null,
        O = v.root.tree,
        w = [];
      !(function e(t, r, n, a, l, u, i, o, c, s, f) {
        let d = a.data;
        if (null !== d && null !== d.rsc) {
          let e = null !== d.staleTimeSeconds ? t + A(d.staleTimeSeconds) : l,
            h = eE(t, r, n, d.rsc, d.isPartial, e, d.varyParams, a, u, i, o, c, s);
          null !== h && f.push(h);
        }
        let h = a.slots;
        if (null !== h) for (let a of h.values()) e(t, r, n, a, l, u, i, o, c, s, f);
      })(e, y, t, O, s, h, p, R, _, E, w);
      let C = v.root.head,
        M = C.data;
      if (null !== M && null !== M.rsc) {
        let r = null !== M.staleTimeSeconds ? e + A(M.staleTimeSeconds) : s,
          n = eE(
            e,
            y,
            t === m.FetchStrategy.LoadingBoundary ? m.FetchStrategy.Full : t,
            M.rsc,
            M.isPartial,
            r,
            M.varyParams,
            C,
            h,
            p,
            R,
            _,
            E,
          );
        null !== n && w.push(n);
      }
      return (null !== h && em(h, S ? -1 : e + 1e4), w.length > 0 ? w : null);
    }
    function eE(e, t, r, n, a, l, i, o, c, s, d, h, p) {
      let g, v, _;
      if (null === p) g = s ?? r;
      else if (p && a) g = s ?? r;
      else {
        let e = s ?? r;
        g = h
          ? e === m.FetchStrategy.StaticShell
            ? m.FetchStrategy.RuntimeShell
            : e === m.FetchStrategy.PPR
              ? m.FetchStrategy.PPRRuntime
              : e
          : e;
      }
      let S = s ?? r,
        R = null,
        P = null;
      if (S !== m.FetchStrategy.Full && null !== i) {
        let e = (0, u.readVaryParams)(i);
        null !== e &&
          (S === m.FetchStrategy.RuntimeShell && e.has(u.SEARCH_PARAMS_VARY_ID)
            ? ((e = new Set(e)).delete(u.SEARCH_PARAMS_VARY_ID), (P = (0, u.createVaryParams)(e)))
            : (P = i),
          (R = (0, f.getFulfilledSegmentVaryPath)(o.varyPath, e)));
      }
      let E =
          null !== R
            ? R
            : S !== m.FetchStrategy.Full
              ? (0, f.getSegmentVaryPathForRequest)(S, o)
              : null,
        b = null !== c ? c.get(o.requestKey) : void 0,
        T = void 0 !== b && b.status === y.EntryStatus.Pending;
      return (T
        ? ((v = es(b, n, l, a, P, d, g)), (_ = E))
        : ((v = es(et(ee(e), r), n, l, a, P, d, g)),
          (_ = null !== E ? E : (0, f.getSegmentVaryPathForRequest)(r, o))),
      null === _ || null !== Z(e, t, _, v, o.varyPath) || T)
        ? v
        : null;
    }
    async function eb(e, t) {
      let r = await (0, c.createFetch)(e, t, "low", !1);
      if (!r.ok) return null;
      {
        let e = r.headers.get("content-type");
        if (!(e && e.startsWith(o.RSC_CONTENT_TYPE_HEADER))) return null;
      }
      return r;
    }
    function eT(e) {
      return "2" === e.headers.get(o.NEXT_DID_POSTPONE_HEADER);
    }
    async function eO(e, t) {
      let r = e.getReader(),
        n = [],
        a = 0;
      for (;;) {
        let { done: e, value: l } = await r.read();
        if (e) break;
        if (void 0 !== t && a + l.byteLength >= t) {
          let e = t - a;
          (e > 0 && (n.push(l.byteLength > e ? l.subarray(0, e) : l), (a += e)), r.cancel());
          break;
        }
        (n.push(l), (a += l.byteLength));
      }
      if (1 === n.length) return n[0];
      if (!(n.length > 1)) return new Uint8Array(0);
      {
        let e = new Uint8Array(a),
          t = 0;
        for (let r of n) (e.set(r, t), (t += r.byteLength));
        return e;
      }
    }
    function eA(e, t) {
      return e < t;
    }
    async function ew(e, t, r) {
      if (void 0 !== t) {
        let r;
        for await (let e of t) r = e;
        if (void 0 !== r) return e + (isNaN(r) ? _.STATIC_STALETIME_MS : A(r));
      }
      if (void 0 !== r) {
        let t;
        return (
          e +
          (isNaN((t = parseInt(r.headers.get(o.NEXT_ROUTER_STALE_TIME_HEADER) ?? "", 10)))
            ? _.STATIC_STALETIME_MS
            : A(t))
        );
      }
      return e + _.STATIC_STALETIME_MS;
    }
    function eC(e, t, r, n, a, l, u) {
      let i = null !== n ? (n.get(O.NEXT_NAV_DEPLOYMENT_ID_HEADER) ?? t.b) : void 0;
      ew(e, t.s)
        .then((n) => {
          eP(e, m.FetchStrategy.PPR, t, a, null, null, l, i, n, r, null, null, null, u);
        })
        .catch(() => {});
    }
    async function eM(e, t, r, n, a) {
      let { stream: l, isPartial: u } = await eN(t),
        o = await eO(l),
        s = await (0, c.decodeBufferedStage)(o, void 0),
        f = null;
      if (void 0 !== s.a) {
        let e = (0, i.readFulfilledValue)(s.a, void 0);
        if (null === e) f = s;
        else if (void 0 !== e)
          try {
            f = await (0, c.decodeBufferedStage)(o.subarray(0, e), void 0);
          } catch {
            f = null;
          }
      }
      eR(
        e,
        m.FetchStrategy.PPRRuntime,
        s,
        f,
        r,
        null,
        null,
        n,
        s.b,
        ev(e, s.s),
        u,
        null,
        null,
        null,
        a,
      );
    }
    async function eN(e) {
      let t = e.getReader(),
        { done: r, value: n } = await t.read();
      if (r || !n || 0 === n.byteLength)
        return { stream: new ReadableStream({ start: (e) => e.close() }), isPartial: !1 };
      let a = n[0],
        l = 35 === a || 126 === a,
        u = l ? (n.byteLength > 1 ? n.subarray(1) : null) : n;
      return {
        isPartial: !!l && 126 === a,
        stream: new ReadableStream({
          start(e) {
            u && e.enqueue(u);
          },
          async pull(e) {
            let r = await t.read();
            r.done ? e.close() : e.enqueue(r.value);
          },
        }),
      };
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  12085,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      createNavigationSeed: function () {
        return g;
      },
      createRouteTreeNode: function () {
        return v;
      },
      decodeTransportTreeIntoRouteTree: function () {
        return _;
      },
      readFulfilledIsPartial: function () {
        return R;
      },
      readFulfilledStaleTimeSeconds: function () {
        return P;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(22744),
      u = e.r(74064),
      i = e.r(6372),
      o = e.r(67764),
      c = e.r(13258),
      s = e.r(12718),
      f = e.r(33906),
      d = e.r(77048),
      h = e.r(56655),
      p = e.r(20896),
      y = e.r(79027);
    function g(e, t, r, n, a, l, u, o, c) {
      let f,
        d = { metadataVaryPath: null, treeDivergedFromBase: !1 },
        h = null;
      if (null !== r) {
        f = _(r.t, t, n, a, l, u, d);
        let e = r.h;
        void 0 !== e &&
          (h = {
            rsc: e.r,
            isPartial: "boolean" == typeof e.p ? e.p : R(e.p),
            varyParams: (0, i.decodeVaryParams)(e.v, n),
            staleTimeSeconds: void 0 !== e.s ? P(e.s) : null,
          });
      } else {
        if (null === t)
          throw new s.InvariantError(
            "Cannot convert a server response with no transport data and no base tree.",
          );
        f = (0, p.convertRootFlightRouterStateToRouteTree)(t, u, d);
      }
      if (null === o && null === (o = d.metadataVaryPath))
        throw new s.InvariantError(
          "Cannot key the head of a server response: its tree has no page segment.",
        );
      return {
        root: (0, p.createRootRouteTree)(f, (0, p.createMetadataRouteTree)(o, f.prefetchHints, h)),
        renderedSearch: u,
        dynamicStaleAt: (0, y.computeDynamicStaleAt)(e, c),
        treeDivergedFromBase: d.treeDivergedFromBase,
      };
    }
    function v(e, t, r, n, a, l, u) {
      let i, o, s;
      if (Array.isArray(e)) {
        let a = e[1],
          l = e[0];
        ((o = (0, h.appendLayoutVaryPath)(n, a, l, t)),
          (s = (0, h.finalizeVaryPath)(r, null, o)),
          (i = e));
      } else
        ((o = n),
          r.endsWith(c.PAGE_SEGMENT_KEY)
            ? ((i = c.PAGE_SEGMENT_KEY),
              (s = (0, h.finalizeVaryPath)(r, a, o)),
              null === l &&
                null === u.metadataVaryPath &&
                (u.metadataVaryPath = (0, h.finalizeVaryPath)((0, p.getHeadRequestKey)(r), a, o)))
            : ((i = e), (s = (0, h.finalizeVaryPath)(r, null, o))));
      return {
        requestKey: r,
        segment: i,
        shellVaryPath: (0, h.getShellSegmentVaryPath)(s),
        refreshState: l,
        data: null,
        varyPath: s,
        slots: null,
        prefetchHints: 0,
      };
    }
    function _(e, t, r, n, a, u, s) {
      let y = null !== a ? (0, d.splitPathnameIntoParts)(a) : null;
      return (function e(t, r, n, a, u, s, d, y, g, _, m, E) {
        let b = t.d,
          T = void 0 !== b && null === b.r,
          O = T ? n : void 0;
        if (void 0 !== a && !E.treeDivergedFromBase) {
          let e = t.s;
          if ("string" != typeof e && null == e.k);
          else {
            let e = a[0];
            r === c.DEFAULT_SEGMENT_KEY ||
              (!(function (e, t) {
                if ("string" == typeof e || "string" == typeof t) return e === t;
                let [r, n, a] = e,
                  [l, u, i] = t;
                return r === l && a === i && n === u;
              })(e, r) &&
                (E.treeDivergedFromBase = !0));
          }
        }
        let A = void 0 !== O ? (O[4] ?? 0) : 0,
          w = t.h ?? A,
          C = (w & l.PrefetchHint.IsRootLayoutOrAbove) != 0,
          M = void 0 !== O ? (O[2] ?? null) : null,
          N = null !== M ? { canonicalUrl: M[0], renderedSearch: g } : null,
          I = null !== N ? N.renderedSearch : g,
          j = v(r, C, d, y, I, N, E),
          F = (0, h.getPartialVaryPath)(j.varyPath),
          D = null,
          U = t.c,
          L = void 0 !== O ? O[1] : void 0;
        if (void 0 !== U)
          for (let [t, r] of U) {
            let n,
              l = void 0 !== L ? L[t] : void 0,
              i = S(r.s, _, m);
            if (void 0 !== a && !E.treeDivergedFromBase) {
              let e = a[1][t];
              void 0 === e
                ? i !== c.DEFAULT_SEGMENT_KEY && (E.treeDivergedFromBase = !0)
                : (e[2] ?? null) !== null || (n = e);
            }
            let h = "string" != typeof i || (0, f.doesStaticSegmentAppearInURL)(i) ? m + 1 : m,
              p = (0, o.appendSegmentRequestKeyPart)(d, t, (0, o.createSegmentRequestKeyPart)(i)),
              y = e(r, i, l, n, u, s, p, F, I, _, h, E);
            (null === D && (D = new Map()), D.set(t, y));
          }
        if (void 0 !== L)
          for (let e in L) {
            if (void 0 !== U && U.has(e)) continue;
            let t = L[e],
              r = (0, o.appendSegmentRequestKeyPart)(
                d,
                e,
                (0, o.createSegmentRequestKeyPart)(t[0]),
              ),
              n = (0, p.convertFlightRouterStateToRouteTree)(t, r, F, I, E);
            (null === D && (D = new Map()), D.set(e, n));
          }
        if (T) {
          let e = w & ~l.SubtreePrefetchHints;
          if (null !== D)
            for (let t of D.values()) e = (0, l.propagateSubtreeBits)(e, t.prefetchHints);
          w = e;
        }
        return (
          void 0 !== b &&
            (j.data = {
              rsc: b.r,
              isPartial: "boolean" == typeof b.p ? s : R(b.p),
              varyParams: (0, i.decodeVaryParams)(b.v, u),
              staleTimeSeconds: void 0 !== b.s ? P(b.s) : null,
            }),
          (j.slots = D),
          (j.prefetchHints = w),
          j
        );
      })(
        e,
        S(e.s, y, 0),
        t ?? void 0,
        t ?? void 0,
        r,
        n,
        o.ROOT_SEGMENT_REQUEST_KEY,
        null,
        u,
        y,
        0,
        s,
      );
    }
    function S(e, t, r) {
      if ("string" == typeof e) return e;
      let n = e.k;
      if (null !== n) return [e.n, n, e.t, e.s];
      if (null === t)
        throw new s.InvariantError(
          "Cannot resolve a dynamic segment that has no param value: the response provides no rendered pathname to parse it from.",
        );
      let a = (0, f.parseDynamicParamFromURLPart)(e.t, t, r);
      return [e.n, (0, f.getCacheKeyForDynamicParam)(a), e.t, e.s];
    }
    let m = Symbol();
    function R(e) {
      return (0, u.readFulfilledValue)(e, m) === m;
    }
    function P(e) {
      let t,
        r = e[Symbol.asyncIterator]();
      for (;;) {
        let e = (0, u.readFulfilledValue)(r.next(), void 0);
        if (void 0 === e || e.done) break;
        t = e.value;
      }
      return void 0 === t || isNaN(t) ? null : t;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  35779,
  (e, t, r) => {
    "use strict";
    function n(e, t) {
      return fetch(e, t);
    }
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "fetch", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }),
      e.r(90555),
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  73861,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      cleanup: function () {
        return h;
      },
      deleteFromLru: function () {
        return f;
      },
      lruPut: function () {
        return c;
      },
      updateLruSize: function () {
        return s;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(511),
      u = e.r(77709),
      i = null,
      o = 0;
    function c(e) {
      if (i === e) return;
      let t = e.prev,
        r = e.next;
      if (
        (null === r || null === t ? ((o += e.size), d()) : ((t.next = r), (r.prev = t)), null === i)
      )
        ((e.prev = e), (e.next = e));
      else {
        let t = i.prev;
        ((e.prev = t), null !== t && (t.next = e), (e.next = i), (i.prev = e));
      }
      i = e;
    }
    function s(e, t) {
      let r = e.size;
      ((e.size = t), null !== e.next && ((o = o - r + t), d()));
    }
    function f(e) {
      let t = e.next,
        r = e.prev;
      null !== t &&
        null !== r &&
        ((o -= e.size),
        (e.next = null),
        (e.prev = null),
        i === e
          ? t === i
            ? (i = null)
            : ((i = t), (r.next = t), (t.prev = r))
          : ((r.next = t), (t.prev = r)));
    }
    function d() {
      o <= 0x3200000 || (0, u.pingPrefetchScheduler)();
    }
    function h() {
      if (!(o <= 0x3200000))
        for (; o > 0x2d00000 && null !== i;) {
          let e = i.prev;
          null !== e && (0, l.deleteMapEntry)(e);
        }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  90555,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      beginLockedNavigation: function () {
        return d;
      },
      beginNavigationLockPrefetch: function () {
        return u;
      },
      getCurrentNavigationGate: function () {
        return h;
      },
      getNavigationLockSegmentCacheMap: function () {
        return i;
      },
      getPreLockFetch: function () {
        return l;
      },
      isNavigationLocked: function () {
        return f;
      },
      resetNavigationLockToPending: function () {
        return p;
      },
      resolveNavigationLockPrefetch: function () {
        return o;
      },
      shouldRestrictNavigationToShell: function () {
        return y;
      },
      startListeningForInstantNavigationCookie: function () {
        return c;
      },
      updateCapturedSPAToTree: function () {
        return s;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    function l() {
      return null;
    }
    function u() {
      return null;
    }
    function i() {
      return null;
    }
    function o(e) {}
    function c() {}
    function s(e, t) {}
    function f() {
      return !1;
    }
    function d() {
      return null;
    }
    function h() {
      return null;
    }
    function p() {}
    function y(e, t) {
      return !1;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  96167,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      discoverKnownRoute: function () {
        return y;
      },
      matchKnownRoute: function () {
        return _;
      },
      resetKnownRoutes: function () {
        return S;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(22744),
      u = e.r(13258),
      i = e.r(20896),
      o = e.r(511),
      c = e.r(33906),
      s = e.r(77048),
      f = e.r(56655);
    function d(e, t) {
      let r = t.pattern;
      return null === r
        ? null
        : (0, o.isValueExpired)(e, (0, i.getCurrentRouteCacheVersion)(), r)
          ? ((t.pattern = null), null)
          : r;
    }
    function h() {
      return {
        staticChildren: null,
        dynamicChild: null,
        dynamicChildParamName: null,
        dynamicChildParamType: null,
        pattern: null,
        hasConflictingDynamicChildren: !1,
        hasDynamicRewrite: !1,
      };
    }
    let p = h();
    function y(e, t, r, n, a, l, u, o, c, f, d) {
      let h = l.tree,
        y = (0, s.splitPathnameIntoParts)(t);
      if (null !== a) {
        let s = (0, i.fulfillRouteCacheEntry)(e, a, l, u, o, c, f);
        return (v(p, h, y, 0, s, e, t, r, n, l, u, o, c, f, d), s);
      }
      return v(p, h, y, 0, null, e, t, r, n, l, u, o, c, f, d);
    }
    function g(e, t, r, n, a, l, u, o, c, s) {
      return null !== e ? e : (0, i.writeRouteIntoCache)(t, r, n, a, l, u, o, c, s);
    }
    function v(e, t, r, n, a, l, u, o, s, f, p, y, _, S, m) {
      let R,
        P = t.segment,
        E = n < r.length ? r[n] : null,
        b = e,
        T = n;
      if ("string" == typeof P) {
        if ((0, c.doesStaticSegmentAppearInURL)(P)) {
          if (null === E || E !== P) return g(a, l, u, o, s, f, p, y, _, S);
          null === e.staticChildren && (e.staticChildren = new Map());
          let t = e.staticChildren.get(E);
          (void 0 === t && ((t = h()), e.staticChildren.set(E, t)), (b = t), (T = n + 1));
        }
      } else {
        let t = P[0],
          i = P[1],
          d = P[2],
          v = P[3];
        if (("oc" !== d && null === E) || (null !== v && null !== E && v.includes(E)))
          return g(a, l, u, o, s, f, p, y, _, S);
        switch (d) {
          case "d":
            if (null !== E && (0, c.canonicalizeURLPart)(E) !== i)
              return g(a, l, u, o, s, f, p, y, _, S);
            break;
          case "c":
          case "oc":
            if (r.slice(n).map(c.canonicalizeURLPart).join("/") !== i)
              return g(a, l, u, o, s, f, p, y, _, S);
        }
        if (
          e.hasConflictingDynamicChildren ||
          (null !== e.dynamicChild &&
            (e.dynamicChildParamName !== t || e.dynamicChildParamType !== d))
        )
          return ((e.hasConflictingDynamicChildren = !0), g(a, l, u, o, s, f, p, y, _, S));
        if (
          ((b = (function (e, t, r) {
            if (null !== e.dynamicChild) return e.dynamicChild;
            let n = h();
            return (
              (e.dynamicChild = n),
              (e.dynamicChildParamName = t),
              (e.dynamicChildParamType = r),
              n
            );
          })(e, t, d)),
          null !== v)
        )
          for (let t of (null === e.staticChildren && (e.staticChildren = new Map()), v))
            e.staticChildren.has(t) || e.staticChildren.set(t, h());
        T = "c" === d || "oc" === d ? r.length : n + 1;
      }
      let O = t.slots,
        A = null;
      if (null !== O) {
        for (let e of O.values())
          null === e.refreshState && (A = v(b, e, r, T, a, l, u, o, s, f, p, y, _, S, m));
        return null !== A ? A : g(a, l, u, o, s, f, p, y, _, S);
      }
      if (T < r.length) return g(a, l, u, o, s, f, p, y, _, S);
      m && (b.hasDynamicRewrite = !0);
      let w = d(l, b);
      return null !== w
        ? w
        : ((R = null !== a ? a : (0, i.writeRouteIntoCache)(l, u, o, s, f, p, y, _, S)),
          (b.pattern = R),
          R);
    }
    function _(e, t, r) {
      let n = (0, s.splitPathnameIntoParts)(t),
        a = new Map(),
        o = (function e(t, r, n, a, l) {
          let u = a < n.length ? n[a] : null;
          if (null === r.staticChildren) {
            if (null === u && !r.hasDynamicRewrite) {
              let e = d(t, r);
              if (null !== e) return { part: r, pattern: e };
            }
            return null;
          }
          if (null !== u) {
            let i = r.staticChildren.get(u);
            if (void 0 !== i) {
              if (null === i.pattern && null === i.dynamicChild && null === i.staticChildren)
                return null;
              let r = e(t, i, n, a + 1, l);
              return null !== r ? r : null;
            }
          }
          if (null !== r.dynamicChild && !r.hasConflictingDynamicChildren) {
            let i = r.dynamicChild,
              o = r.dynamicChildParamName,
              s = r.dynamicChildParamType,
              f = i.hasDynamicRewrite ? null : d(t, i);
            switch (s) {
              case "c":
                if (null !== f && null !== u)
                  return (
                    l.set(o, n.slice(a).map(c.canonicalizeURLPart).join("/")),
                    { part: i, pattern: f }
                  );
                break;
              case "oc":
                if (null !== f) {
                  if (null !== u)
                    return (
                      l.set(o, n.slice(a).map(c.canonicalizeURLPart).join("/")),
                      { part: i, pattern: f }
                    );
                  if (null === (r.hasDynamicRewrite ? null : d(t, r)))
                    return (l.set(o, ""), { part: i, pattern: f });
                }
                break;
              case "d":
                if (null !== u)
                  return (l.set(o, (0, c.canonicalizeURLPart)(u)), e(t, i, n, a + 1, l));
                break;
              case "ci(..)(..)":
              case "ci(.)":
              case "ci(..)":
              case "ci(...)":
              case "di(..)(..)":
              case "di(.)":
              case "di(..)":
              case "di(...)":
                return null;
            }
          }
          if (null === u && !r.hasDynamicRewrite) {
            let e = d(t, r);
            if (null !== e) return { part: r, pattern: e };
          }
          return null;
        })(e, p, n, 0, a);
      if (null === o) return null;
      let h = o.part,
        y = o.pattern;
      if (
        y.couldBeIntercepted ||
        y.root.tree.prefetchHints &
          (l.PrefetchHint.IsClosedParam | l.PrefetchHint.SubtreeHasClosedParams)
      )
        return null;
      let g = (0, c.normalizeRenderedSearch)(r),
        v = { metadataVaryPath: null },
        _ = (function e(t, r, n, a, o) {
          let c,
            s,
            d = t.segment,
            h = (t.prefetchHints & l.PrefetchHint.IsRootLayoutOrAbove) != 0,
            p = d;
          if ("string" != typeof d) {
            let e = d[0],
              t = d[2],
              n = d[3],
              l = r.get(e);
            void 0 !== l
              ? ((p = [e, l, t, n]), (c = (0, f.appendLayoutVaryPath)(a, l, e, h)))
              : (c = a);
          } else c = a;
          let y = null,
            g = t.slots;
          if (null !== g) for (let [t, a] of ((y = new Map()), g)) y.set(t, e(a, r, n, c, o));
          return (
            d === u.PAGE_SEGMENT_KEY
              ? ((s = (0, f.finalizeVaryPath)(t.requestKey, n, c)),
                null === o.metadataVaryPath &&
                  (o.metadataVaryPath = (0, f.finalizeVaryPath)(
                    (0, i.getHeadRequestKey)(t.requestKey),
                    n,
                    c,
                  )))
              : (s = (0, f.finalizeVaryPath)(t.requestKey, null, c)),
            {
              requestKey: t.requestKey,
              segment: p,
              shellVaryPath: (0, f.getShellSegmentVaryPath)(s),
              refreshState: t.refreshState,
              data: null,
              varyPath: s,
              slots: y,
              prefetchHints: t.prefetchHints,
            }
          );
        })(y.root.tree, a, g, null, v),
        S = v.metadataVaryPath;
      if (null === S) return null;
      let m = (0, i.createMetadataRouteTree)(S, _.prefetchHints, null);
      return {
        canonicalUrl: t + r,
        status: i.EntryStatus.Fulfilled,
        blockedTasks: null,
        root: (0, i.createRootRouteTree)(_, m),
        couldBeIntercepted: y.couldBeIntercepted,
        supportsPerSegmentPrefetching: y.supportsPerSegmentPrefetching,
        predictedFrom: h,
        renderedSearch: g,
        ref: null,
        size: y.size,
        staleAt: y.staleAt,
        version: y.version,
      };
    }
    function S() {
      p = h();
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  77709,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      cancelPrefetchTask: function () {
        return m;
      },
      isPrefetchTaskDirty: function () {
        return P;
      },
      needsSpeculativePrefetch: function () {
        return x;
      },
      pingPrefetchScheduler: function () {
        return b;
      },
      pingPrefetchTask: function () {
        return w;
      },
      reschedulePrefetchTask: function () {
        return R;
      },
      schedulePrefetchTask: function () {
        return S;
      },
      startRevalidationCooldown: function () {
        return _;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(56655),
      u = e.r(22744),
      i = e.r(20896),
      o = e.r(77048),
      c = e.r(9396),
      s = e.r(73861),
      f =
        "function" == typeof queueMicrotask
          ? queueMicrotask
          : (e) =>
              Promise.resolve()
                .then(e)
                .catch((e) =>
                  setTimeout(() => {
                    throw e;
                  }),
                ),
      d = [],
      h = 0,
      p = 0,
      y = !1,
      g = null,
      v = null;
    function _() {
      (null !== v && clearTimeout(v),
        (v = setTimeout(() => {
          ((v = null), b());
        }, 300)));
    }
    function S(e, t, r, n, a, l) {
      let u = i.segmentCacheMap,
        o = {
          key: e,
          renderTreeAtTimeOfPrefetch: t,
          routeCacheVersion: (0, i.getCurrentRouteCacheVersion)(),
          segmentCacheVersion: (0, i.getCurrentSegmentCacheVersion)(),
          segmentCacheMap: u,
          priority: n,
          phase: 2,
          hasBackgroundWork: !1,
          hasPendingResponses: !1,
          spawnedRuntimePrefetches: null,
          fetchStrategy: r,
          sortId: p++,
          isCanceled: !1,
          fallbackRetryStatus: i.EntryStatus.Empty,
          onInvalidate: a,
          _heapIndex: -1,
        };
      return (E(o), V(d, o), b(), o);
    }
    function m(e) {
      ((e.isCanceled = !0),
        (function (e, t) {
          let r = t._heapIndex;
          if (-1 !== r && ((t._heapIndex = -1), 0 !== e.length)) {
            let n = e.pop();
            n !== t && ((e[r] = n), (n._heapIndex = r), G(e, n, r));
          }
        })(d, e));
    }
    function R(e, t, r, n) {
      ((e.isCanceled = !1),
        (e.phase = 2),
        (e.sortId = p++),
        (e.priority = e === g ? c.PrefetchPriority.Intent : n),
        (e.renderTreeAtTimeOfPrefetch = t),
        (e.fetchStrategy = r),
        E(e),
        -1 !== e._heapIndex ? X(d, e) : V(d, e),
        b());
    }
    function P(e, t, r) {
      return (
        e.routeCacheVersion !== (0, i.getCurrentRouteCacheVersion)() ||
        e.segmentCacheVersion !== (0, i.getCurrentSegmentCacheVersion)() ||
        e.renderTreeAtTimeOfPrefetch !== r ||
        e.key.nextUrl !== t
      );
    }
    function E(e) {
      e.priority === c.PrefetchPriority.Intent &&
        e !== g &&
        (null !== g &&
          g.priority !== c.PrefetchPriority.Background &&
          ((g.priority = c.PrefetchPriority.Default), X(d, g)),
        (g = e));
    }
    function b() {
      y || ((y = !0), f(C));
    }
    function T(e) {
      return null === v && (e.priority === c.PrefetchPriority.Intent ? h < 12 : h < 4);
    }
    function O(e) {
      return (h++, e.then((e) => (null === e ? (A(), null) : (e.closed.then(A), e.value))));
    }
    function A() {
      (h--, b());
    }
    function w(e) {
      e.isCanceled || -1 !== e._heapIndex || (V(d, e), b());
    }
    function C() {
      y = !1;
      let e = Date.now(),
        t = $(d);
      for (; null !== t && T(t);) {
        ((t.routeCacheVersion = (0, i.getCurrentRouteCacheVersion)()),
          (t.segmentCacheVersion = (0, i.getCurrentSegmentCacheVersion)()));
        let r = (function (e, t) {
            let r = t.key,
              n = (0, i.readOrCreateRouteCacheEntry)(e, t, r),
              a = (function (e, t, r) {
                switch (r.status) {
                  case i.EntryStatus.Empty:
                    (O((0, i.fetchRouteOnCacheMiss)(r, t.key)),
                      (r.staleAt = e + 6e4),
                      (r.status = i.EntryStatus.Pending));
                  case i.EntryStatus.Pending: {
                    let e = r.blockedTasks;
                    return (null === e ? (r.blockedTasks = new Set([t])) : e.add(t), 1);
                  }
                  case i.EntryStatus.Rejected:
                    break;
                  case i.EntryStatus.Fulfilled: {
                    let n;
                    if (2 === t.phase) return 2;
                    if (!T(t)) return 0;
                    let a = r.root.tree;
                    switch (
                      (n =
                        a.prefetchHints & u.PrefetchHint.SubtreeHasPartialPrefetching
                          ? c.FetchStrategy.PPR
                          : t.fetchStrategy === c.FetchStrategy.PPR
                            ? r.supportsPerSegmentPrefetching
                              ? c.FetchStrategy.PPR
                              : c.FetchStrategy.LoadingBoundary
                            : t.fetchStrategy)
                    ) {
                      case c.FetchStrategy.PPR: {
                        let n = 1 === t.phase ? c.FetchStrategy.StaticShell : c.FetchStrategy.PPR;
                        if (
                          n === c.FetchStrategy.PPR &&
                          !x(t.fetchStrategy, r.root.tree.prefetchHints)
                        )
                          return 2;
                        let o = r.root.head;
                        if (
                          (((r.root.tree.prefetchHints & u.PrefetchHint.HeadOutlined) != 0 ||
                            (M(n, r) && !N(n, o))) &&
                            0 === D(e, t, r, o, null, n)) ||
                          0 ===
                            (function e(t, r, n, a, o, s, f) {
                              if (
                                !(0, i.doesRouteStructureMatch)(a, o) ||
                                (0, l.compareParams)(a.varyPath, o.varyPath) !== l.ParamsChange.None
                              )
                                return D(
                                  t,
                                  r,
                                  n,
                                  o,
                                  f === c.FetchStrategy.StaticShell ? null : s,
                                  f,
                                );
                              let d = k(t, r, n, o, s, c.FetchStrategy.PPR, !0).bundle,
                                h = o.slots;
                              if (null !== h) {
                                let l = a.slots;
                                for (let [a, i] of h) {
                                  let o;
                                  if (!T(r)) return 0;
                                  let s =
                                    null !== d &&
                                    i.prefetchHints & u.PrefetchHint.ParentInlinedIntoSelf
                                      ? d
                                      : null;
                                  if (
                                    (null !== l && (o = l.get(a)),
                                    0 ===
                                      (void 0 !== o
                                        ? e(t, r, n, o, i, s, f)
                                        : D(
                                            t,
                                            r,
                                            n,
                                            i,
                                            f === c.FetchStrategy.StaticShell ? null : s,
                                            f,
                                          )))
                                  )
                                    return 0;
                                }
                              }
                              return 2;
                            })(e, t, r, t.renderTreeAtTimeOfPrefetch.tree, a, null, n)
                        )
                          return 0;
                        if (M(n, r)) {
                          let l =
                              n === c.FetchStrategy.StaticShell
                                ? c.FetchStrategy.RuntimeShell
                                : c.FetchStrategy.PPRRuntime,
                            u = t.spawnedRuntimePrefetches;
                          if (null !== u) {
                            let n = new Map();
                            L(e, t, r, o, !1, n, l);
                            let c = (function e(t, r, n, a, l, u, i) {
                              if (l.has(a.requestKey)) return L(t, r, n, a, !1, u, i);
                              let o = {},
                                c = a.slots;
                              if (null !== c) for (let [a, s] of c) o[a] = e(t, r, n, s, l, u, i);
                              let s = [a.segment, o, null, null];
                              return (0 !== a.prefetchHints && (s[4] = a.prefetchHints), s);
                            })(e, t, r, a, u, n, l);
                            n.size > 0 &&
                              O((0, i.fetchSegmentPrefetchesUsingRuntimeRequest)(t, r, l, c, n));
                          }
                        }
                        return 2;
                      }
                      case c.FetchStrategy.Full:
                      case c.FetchStrategy.PPRRuntime:
                      case c.FetchStrategy.LoadingBoundary: {
                        if (1 === t.phase) return 2;
                        let o = new Map(),
                          s = r.root.head;
                        L(
                          e,
                          t,
                          r,
                          s,
                          !1,
                          o,
                          n === c.FetchStrategy.LoadingBoundary ? c.FetchStrategy.Full : n,
                        );
                        let f = (function e(t, r, n, a, o, s, f) {
                          let d = a.slots,
                            h = o.slots,
                            p = {};
                          if (null !== h)
                            for (let [a, o] of h) {
                              let h = d?.get(a);
                              p[a] = (function (t, r, n, a, o, s, f) {
                                if (
                                  void 0 !== a &&
                                  (0, i.doesRouteStructureMatch)(a, o) &&
                                  (0, l.compareParams)(a.varyPath, o.varyPath) ===
                                    l.ParamsChange.None
                                )
                                  return e(t, r, n, a, o, s, f);
                                switch (f) {
                                  case c.FetchStrategy.LoadingBoundary:
                                    if (
                                      (o.prefetchHints &
                                        (u.PrefetchHint.SegmentHasLoadingBoundary |
                                          u.PrefetchHint.SubtreeHasLoadingBoundary)) !=
                                      0
                                    )
                                      return (function e(t, r, n, a, l, o) {
                                        let s = null === l ? "inside-shared-layout" : null,
                                          f = (0, i.readOrCreateSegmentCacheEntry)(
                                            t,
                                            r.segmentCacheMap,
                                            r.fetchStrategy,
                                            a,
                                          );
                                        switch (f.status) {
                                          case i.EntryStatus.Empty: {
                                            let e = (0, i.upgradeToPendingSegment)(
                                              f,
                                              c.FetchStrategy.LoadingBoundary,
                                            );
                                            (o.set(a.requestKey, e),
                                              U(r, e),
                                              "refetch" !== l && (s = l = "refetch"));
                                            break;
                                          }
                                          case i.EntryStatus.Fulfilled:
                                            if (
                                              (a.prefetchHints &
                                                u.PrefetchHint.SegmentHasLoadingBoundary) !=
                                              0
                                            )
                                              return (0, i.convertRouteTreeToFlightRouterState)(a);
                                            break;
                                          case i.EntryStatus.Pending:
                                            U(r, f);
                                          case i.EntryStatus.Rejected:
                                        }
                                        let d = {};
                                        if (null !== a.slots)
                                          for (let [u, i] of a.slots) d[u] = e(t, r, n, i, l, o);
                                        let h = [a.segment, d, null, s];
                                        return (
                                          0 !== a.prefetchHints && (h[4] = a.prefetchHints),
                                          h
                                        );
                                      })(t, r, n, o, null, s);
                                    return (0, i.convertRouteTreeToFlightRouterState)(o);
                                  case c.FetchStrategy.PPRRuntime:
                                  case c.FetchStrategy.Full:
                                    return L(t, r, n, o, !1, s, f);
                                }
                              })(t, r, n, h, o, s, f);
                            }
                          let y = [o.segment, p, null, null];
                          return (0 !== o.prefetchHints && (y[4] = o.prefetchHints), y);
                        })(e, t, r, t.renderTreeAtTimeOfPrefetch.tree, a, o, n);
                        return (
                          o.size > 0 &&
                            O((0, i.fetchSegmentPrefetchesUsingRuntimeRequest)(t, r, n, f, o)),
                          2
                        );
                      }
                    }
                  }
                }
                return 2;
              })(e, t, n);
            if (0 !== a && "" !== r.search) {
              let n = new URL(r.pathname, location.origin),
                a = (0, o.createCacheKey)(n.href, r.nextUrl),
                l = (0, i.readOrCreateRouteCacheEntry)(e, t, a);
              switch (l.status) {
                case i.EntryStatus.Empty:
                  (t.priority === c.PrefetchPriority.Background ||
                    ((t.hasBackgroundWork = !0), 0)) &&
                    ((l.status = i.EntryStatus.Pending), O((0, i.fetchRouteOnCacheMiss)(l, a)));
                case i.EntryStatus.Pending:
                case i.EntryStatus.Fulfilled:
                case i.EntryStatus.Rejected:
              }
            }
            return 2 === a && t.hasPendingResponses ? 1 : a;
          })(e, t),
          n = t.hasBackgroundWork;
        switch (
          ((t.hasBackgroundWork = !1),
          (t.hasPendingResponses = !1),
          (t.spawnedRuntimePrefetches = null),
          r)
        ) {
          case 0:
            return;
          case 1:
            (K(d), (t = $(d)));
            continue;
          case 2:
            if (2 === t.phase) {
              let r = (0, i.readRouteCacheEntry)(e, t.key),
                n =
                  null !== r &&
                  r.status === i.EntryStatus.Fulfilled &&
                  (r.root.tree.prefetchHints & u.PrefetchHint.SubtreeHasPartialPrefetching) != 0;
              ((t.phase = +!!n), X(d, t));
            } else
              1 === t.phase
                ? ((t.phase = 0), X(d, t))
                : n
                  ? ((t.priority = c.PrefetchPriority.Background), X(d, t))
                  : K(d);
            t = $(d);
            continue;
        }
      }
      null === t && 0 === h && (0, s.cleanup)();
    }
    function M(e, t) {
      return (
        e === c.FetchStrategy.StaticShell ||
        (t.root.tree.prefetchHints & u.PrefetchHint.SubtreeHasPartialPrefetching) != 0
      );
    }
    function N(e, t) {
      let { prefetchHints: r } = t;
      switch (e) {
        case c.FetchStrategy.StaticShell:
          return (r & u.PrefetchHint.ShouldAttemptStaticShell) != 0;
        case c.FetchStrategy.PPR:
          return (r & u.PrefetchHint.ShouldAttemptStaticPrefetch) != 0;
        default:
          return !1;
      }
    }
    function I(e, t) {
      return (0, i.canNewFetchStrategyProvideMoreContent)(
        e.fetchStrategy,
        t === c.FetchStrategy.StaticShell
          ? c.FetchStrategy.RuntimeShell
          : c.FetchStrategy.PPRRuntime,
      );
    }
    function j(e, t, r, n, a) {
      if (!(
        (r.fetchStrategy === c.FetchStrategy.StaticShell ||
          r.fetchStrategy === c.FetchStrategy.RuntimeShell) &&
        N(a, n) &&
        (0, i.canNewFetchStrategyProvideMoreContent)(r.fetchStrategy, a)
      ))
        return !1;
      let l = (0, i.readOrCreateRevalidatingSegmentEntry)(e, t, a, n);
      return l.status === i.EntryStatus.Empty || l.status === i.EntryStatus.Pending;
    }
    function F(e, t) {
      null === e.spawnedRuntimePrefetches
        ? (e.spawnedRuntimePrefetches = new Set([t]))
        : e.spawnedRuntimePrefetches.add(t);
    }
    function D(e, t, r, n, a, l) {
      let i = (function (e, t, r, n, a, l) {
        if (l === c.FetchStrategy.PPR && !x(t.fetchStrategy, r.root.tree.prefetchHints))
          return null;
        let i = M(l, r);
        if (i && !N(l, n))
          return (
            F(t, n.requestKey),
            null !== a &&
              (function e(t, r, n, a, l, i) {
                let o = k(t, r, n, a, l, i, !1).bundle;
                if (null !== o && null !== a.slots) {
                  for (let l of a.slots.values())
                    if (l.prefetchHints & u.PrefetchHint.ParentInlinedIntoSelf)
                      return void e(t, r, n, l, o, i);
                }
              })(e, t, r, n, a, l),
            null
          );
        let o = k(e, t, r, n, a, l, !0);
        return i && o.needsRuntimeRequest ? (F(t, n.requestKey), null) : o;
      })(e, t, r, n, a, l);
      if (null === i) return 2;
      let o = i.bundle,
        s = n.slots;
      if (null !== s)
        for (let n of s.values()) {
          if (!T(t)) return 0;
          let a = null !== o && n.prefetchHints & u.PrefetchHint.ParentInlinedIntoSelf ? o : null;
          if (0 === D(e, t, r, n, a, l)) return 0;
        }
      return 2;
    }
    function U(e, t) {
      ((e.hasPendingResponses = !0),
        null === t.blockedTasks ? (t.blockedTasks = new Set([e])) : t.blockedTasks.add(e));
    }
    function L(e, t, r, n, a, l, u) {
      let o = (0, i.readOrCreateSegmentCacheEntry)(e, t.segmentCacheMap, u, n),
        s = null;
      switch (o.status) {
        case i.EntryStatus.Empty:
          if (
            u === c.FetchStrategy.Full &&
            null !== (0, i.attemptToFulfillDynamicSegmentFromBFCache)(e, o, n)
          )
            break;
          s = (0, i.upgradeToPendingSegment)(o, u);
          break;
        case i.EntryStatus.Fulfilled:
          if (o.isPartial && (0, i.canNewFetchStrategyProvideMoreContent)(o.fetchStrategy, u)) {
            if (
              u === c.FetchStrategy.Full &&
              null !== (0, i.attemptToUpgradeSegmentFromBFCache)(e, t.segmentCacheMap, n)
            )
              break;
            s = H(e, t, n, u);
          }
          break;
        case i.EntryStatus.Pending:
        case i.EntryStatus.Rejected:
          ((0, i.canNewFetchStrategyProvideMoreContent)(o.fetchStrategy, u) && (s = H(e, t, n, u)),
            o.status === i.EntryStatus.Pending && U(t, o));
      }
      null !== s && U(t, s);
      let f = {};
      if (null !== n.slots) for (let [i, o] of n.slots) f[i] = L(e, t, r, o, a || null !== s, l, u);
      null !== s && l.set(n.requestKey, s);
      let d = a || null === s ? null : "refetch",
        h = [n.segment, f, null, d];
      return (0 !== n.prefetchHints && (h[4] = n.prefetchHints), h);
    }
    function k(e, t, r, n, a, l, o) {
      if (n.prefetchHints & u.StaticPrefetchDisabled)
        return { bundle: { tree: null, entry: null, parent: a }, needsRuntimeRequest: !1 };
      let s = (0, i.readOrCreateSegmentCacheEntry)(e, t.segmentCacheMap, l, n);
      if (n.prefetchHints & u.PrefetchHint.InlinedIntoChild)
        return (
          s.status === i.EntryStatus.Pending && U(t, s),
          {
            bundle: { tree: n, entry: s, parent: a },
            needsRuntimeRequest:
              s.status === i.EntryStatus.Fulfilled && I(s, l) && !j(e, t.segmentCacheMap, s, n, l),
          }
        );
      let f = a;
      n.prefetchHints & u.PrefetchHint.HeadInlinedIntoSelf &&
        (f = {
          tree: r.root.head,
          entry: (0, i.readOrCreateSegmentCacheEntry)(e, t.segmentCacheMap, l, r.root.head),
          parent: a,
        });
      let d = { tree: n, entry: s, parent: f };
      return {
        bundle: null,
        needsRuntimeRequest: (function (e, t, r, n, a, l, u, o) {
          let s = !1,
            f = null,
            d = l;
          for (; null !== d;) {
            let n = d.entry,
              a = d.tree;
            if (null === n || null === a) {
              d = d.parent;
              continue;
            }
            switch (n.status) {
              case i.EntryStatus.Empty: {
                let e = (0, i.upgradeToPendingSegment)(n, u);
                (null === f && (f = new Map()), f.set(a.requestKey, e), U(t, e));
                break;
              }
              case i.EntryStatus.Pending:
                if (
                  o &&
                  u === c.FetchStrategy.PPR &&
                  (0, i.canNewFetchStrategyProvideMoreContent)(n.fetchStrategy, u)
                ) {
                  let r = (0, i.readOrCreateRevalidatingSegmentEntry)(e, t.segmentCacheMap, u, a);
                  if (r.status === i.EntryStatus.Empty) {
                    let e = (0, i.upgradeToPendingSegment)(r, u);
                    (null === f && (f = new Map()), f.set(a.requestKey, e), U(t, e));
                  }
                }
                U(t, n);
                break;
              case i.EntryStatus.Rejected:
                if (
                  o &&
                  u === c.FetchStrategy.PPR &&
                  (0, i.canNewFetchStrategyProvideMoreContent)(n.fetchStrategy, u)
                ) {
                  let r = (0, i.readOrCreateRevalidatingSegmentEntry)(e, t.segmentCacheMap, u, a);
                  if (r.status === i.EntryStatus.Empty) {
                    let e = (0, i.upgradeToPendingSegment)(r, u);
                    (null === f && (f = new Map()), f.set(a.requestKey, e), U(t, e));
                  }
                }
                break;
              case i.EntryStatus.Fulfilled: {
                let l = !1;
                if (M(u, r)) {
                  let r = I(n, u),
                    i = j(e, t.segmentCacheMap, n, a, u);
                  r && !i && ((s = !0), (l = !0));
                }
                let d =
                  u === c.FetchStrategy.PPR &&
                  n.isUpgradeableISRFallback &&
                  (t.fallbackRetryStatus === i.EntryStatus.Empty ||
                    t.fallbackRetryStatus === i.EntryStatus.Fulfilled);
                if (
                  o &&
                  !l &&
                  ((n.isPartial &&
                    (0, i.canNewFetchStrategyProvideMoreContent)(n.fetchStrategy, u)) ||
                    d)
                ) {
                  let r = (0, i.readOrCreateRevalidatingSegmentEntry)(e, t.segmentCacheMap, u, a);
                  if (r.status === i.EntryStatus.Empty) {
                    let e = (0, i.upgradeToPendingSegment)(r, u);
                    (null === f && (f = new Map()), f.set(a.requestKey, e), U(t, e));
                  } else r.status === i.EntryStatus.Pending && U(t, r);
                }
              }
            }
            d = d.parent;
          }
          return (
            null !== f && O((0, i.fetchSegmentPrefetchesUsingStaticRequest)(t, r, n, a, f, u)),
            s
          );
        })(e, t, r, t.key, n, d, l, o),
      };
    }
    function H(e, t, r, n) {
      let a = (0, i.readOrCreateRevalidatingSegmentEntry)(e, t.segmentCacheMap, n, r);
      if (a.status === i.EntryStatus.Empty) return (0, i.upgradeToPendingSegment)(a, n);
      if ((0, i.canNewFetchStrategyProvideMoreContent)(a.fetchStrategy, n)) {
        let a = (0, i.overwriteRevalidatingSegmentCacheEntry)(e, t.segmentCacheMap, n, r);
        return (0, i.upgradeToPendingSegment)(a, n);
      }
      switch (a.status) {
        case i.EntryStatus.Pending:
          return (U(t, a), null);
        case i.EntryStatus.Fulfilled:
        case i.EntryStatus.Rejected:
        default:
          return null;
      }
    }
    function x(e, t) {
      return (t & u.PrefetchHint.SubtreeHasPartialPrefetching) == 0 || e === c.FetchStrategy.Full;
    }
    function B(e, t) {
      let r = t.priority - e.priority;
      if (0 !== r) return r;
      let n = t.phase - e.phase;
      return 0 !== n ? n : t.sortId - e.sortId;
    }
    function V(e, t) {
      let r = e.length;
      (e.push(t), (t._heapIndex = r), q(e, t, r));
    }
    function $(e) {
      return 0 === e.length ? null : e[0];
    }
    function K(e) {
      if (0 === e.length) return null;
      let t = e[0];
      t._heapIndex = -1;
      let r = e.pop();
      return (r !== t && ((e[0] = r), (r._heapIndex = 0), G(e, r, 0)), t);
    }
    function X(e, t) {
      let r = t._heapIndex;
      -1 !== r && (0 === r ? G(e, t, 0) : B(e[(r - 1) >>> 1], t) > 0 ? q(e, t, r) : G(e, t, r));
    }
    function q(e, t, r) {
      let n = r;
      for (; n > 0;) {
        let r = (n - 1) >>> 1,
          a = e[r];
        if (!(B(a, t) > 0)) return;
        ((e[r] = t), (t._heapIndex = r), (e[n] = a), (a._heapIndex = n), (n = r));
      }
    }
    function G(e, t, r) {
      let n = r,
        a = e.length,
        l = a >>> 1;
      for (; n < l;) {
        let r = (n + 1) * 2 - 1,
          l = e[r],
          u = r + 1,
          i = e[u];
        if (0 > B(l, t))
          u < a && 0 > B(i, l)
            ? ((e[n] = i), (i._heapIndex = n), (e[u] = t), (t._heapIndex = u), (n = u))
            : ((e[n] = l), (l._heapIndex = n), (e[r] = t), (t._heapIndex = r), (n = r));
        else {
          if (!(u < a && 0 > B(i, t))) return;
          ((e[n] = i), (i._heapIndex = n), (e[u] = t), (t._heapIndex = u), (n = u));
        }
      }
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  9396,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n,
      a,
      l,
      u = {
        FetchStrategy: function () {
          return s;
        },
        NavigationResultTag: function () {
          return o;
        },
        PrefetchPriority: function () {
          return c;
        },
      };
    for (var i in u) Object.defineProperty(r, i, { enumerable: !0, get: u[i] });
    var o =
        (((n = {})[(n.MPA = 0)] = "MPA"),
        (n[(n.Success = 1)] = "Success"),
        (n[(n.NoOp = 2)] = "NoOp"),
        (n[(n.Async = 3)] = "Async"),
        n),
      c =
        (((a = {})[(a.Intent = 2)] = "Intent"),
        (a[(a.Default = 1)] = "Default"),
        (a[(a.Background = 0)] = "Background"),
        a),
      s =
        (((l = {})[(l.LoadingBoundary = 0)] = "LoadingBoundary"),
        (l[(l.StaticShell = 1)] = "StaticShell"),
        (l[(l.RuntimeShell = 2)] = "RuntimeShell"),
        (l[(l.PPR = 3)] = "PPR"),
        (l[(l.PPRRuntime = 4)] = "PPRRuntime"),
        (l[(l.Full = 5)] = "Full"),
        l);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  56655,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n,
      a = {
        ParamsChange: function () {
          return v;
        },
        appendLayoutVaryPath: function () {
          return f;
        },
        cloneVaryPathWithNewSearchParams: function () {
          return y;
        },
        compareParams: function () {
          return _;
        },
        didReadChangedParam: function () {
          return S;
        },
        finalizeVaryPath: function () {
          return d;
        },
        getFulfilledRouteVaryPath: function () {
          return s;
        },
        getFulfilledSegmentVaryPath: function () {
          return function e(t, r) {
            return {
              id: t.id,
              value: null === t.id || r.has(t.id) ? t.value : i.Fallback,
              isRootParam: t.isRootParam,
              parent: null === t.parent ? null : e(t.parent, r),
            };
          };
        },
        getPartialVaryPath: function () {
          return h;
        },
        getRenderedSearchFromVaryPath: function () {
          return g;
        },
        getRouteVaryPath: function () {
          return c;
        },
        getSegmentVaryPathForRequest: function () {
          return p;
        },
        getShellSegmentVaryPath: function () {
          return function e(t) {
            return {
              id: t.id,
              value: null === t.id || !0 === t.isRootParam ? t.value : i.Fallback,
              isRootParam: t.isRootParam,
              parent: null === t.parent ? null : e(t.parent),
            };
          };
        },
      };
    for (var l in a) Object.defineProperty(r, l, { enumerable: !0, get: a[l] });
    let u = e.r(9396),
      i = e.r(511),
      o = e.r(6372);
    function c(e, t, r) {
      return {
        id: null,
        value: e,
        isRootParam: !1,
        parent: {
          id: o.SEARCH_PARAMS_VARY_ID,
          value: t,
          isRootParam: !1,
          parent: { id: null, value: r, isRootParam: !1, parent: null },
        },
      };
    }
    function s(e, t, r, n) {
      return {
        id: null,
        value: e,
        isRootParam: !1,
        parent: {
          id: o.SEARCH_PARAMS_VARY_ID,
          value: t,
          isRootParam: !1,
          parent: { id: null, value: n ? r : i.Fallback, isRootParam: !1, parent: null },
        },
      };
    }
    function f(e, t, r, n) {
      return { id: r, value: t, isRootParam: n, parent: e };
    }
    function d(e, t, r) {
      let n = r;
      return (
        null !== t && (n = { id: o.SEARCH_PARAMS_VARY_ID, value: t, isRootParam: !1, parent: r }),
        { id: null, value: e, isRootParam: !1, parent: n }
      );
    }
    function h(e) {
      let t = e.parent;
      return null !== t && t.id === o.SEARCH_PARAMS_VARY_ID ? t.parent : t;
    }
    function p(e, t) {
      let r = t.varyPath;
      if (e === u.FetchStrategy.RuntimeShell || e === u.FetchStrategy.StaticShell)
        return t.shellVaryPath;
      let n = r.parent;
      return null !== n &&
        n.id === o.SEARCH_PARAMS_VARY_ID &&
        e !== u.FetchStrategy.Full &&
        e !== u.FetchStrategy.PPRRuntime
        ? d(r.value, i.Fallback, h(r))
        : r;
    }
    function y(e, t) {
      let r = e.parent;
      return null === r || r.id !== o.SEARCH_PARAMS_VARY_ID ? e : d(e.value, t, h(e));
    }
    function g(e) {
      let t = e;
      for (; null !== t;) {
        if (t.id === o.SEARCH_PARAMS_VARY_ID) {
          let e = t.value;
          if ("string" == typeof e) return e;
          break;
        }
        t = t.parent;
      }
      return null;
    }
    var v =
      (((n = {})[(n.None = 0)] = "None"),
      (n[(n.SearchParams = 1)] = "SearchParams"),
      (n[(n.PathParam = 2)] = "PathParam"),
      n);
    function _(e, t) {
      let r = e,
        n = t,
        a = 0;
      for (; null !== r && null !== n;) {
        if (r.value !== n.value) {
          let e = r.id;
          if (null === e);
          else {
            if (e !== o.SEARCH_PARAMS_VARY_ID) return 2;
            a = 1;
          }
        }
        ((r = r.parent), (n = n.parent));
      }
      return a;
    }
    function S(e, t, r) {
      let n = e,
        a = t,
        l = null;
      for (; null !== n && null !== a;) {
        if (n.value !== a.value) {
          let e = n.id;
          if (null === e);
          else if (
            (null === l && (null === r || null === (l = (0, o.readVaryParams)(r)))) ||
            l.has(e)
          )
            return !0;
        }
        ((n = n.parent), (a = a.parent));
      }
      return !1;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  70358,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      hmrRefresh: function () {
        return R;
      },
      navigate: function () {
        return y;
      },
      push: function () {
        return g;
      },
      refresh: function () {
        return m;
      },
      replace: function () {
        return v;
      },
      restore: function () {
        return S;
      },
      traverse: function () {
        return _;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(71645),
      u = e.r(88540),
      i = e.r(41538),
      o = e.r(99781),
      c = e.r(91949),
      s = e.r(76138),
      f = e.r(5550),
      d = e.r(57630),
      h = e.r(48277);
    function p() {
      let e = (0, o.getCurrentAppRouterState)();
      if (null === e)
        throw Error("Internal Next.js error: Router action dispatched before initialization.");
      return e;
    }
    function y(e, t, r, n, a, o) {
      if ((0, h.isJavaScriptURLString)(e))
        throw Error("Next.js has blocked a javascript: URL as a security precaution.");
      (0, l.startTransition)(() => {
        if (a) for (let e of a) (0, l.addTransitionType)(e);
        let h = new URL((0, f.addBasePath)(e), location.href);
        ((0, c.setLinkForCurrentNavigation)(n),
          (0, s.startRouterTransition)(e, t, p().tree, o),
          (0, i.dispatchAppRouterAction)({
            type: u.ACTION_NAVIGATE,
            url: h,
            isExternalUrl: (0, d.isExternalURL)(h),
            locationSearch: location.search,
            scrollBehavior: r,
            navigateType: t,
          }));
      });
    }
    function g(e, t) {
      y(
        e,
        "push",
        t?.scroll === !1 ? u.ScrollBehavior.NoScroll : u.ScrollBehavior.Default,
        null,
        t?.transitionTypes,
        null,
      );
    }
    function v(e, t) {
      y(
        e,
        "replace",
        t?.scroll === !1 ? u.ScrollBehavior.NoScroll : u.ScrollBehavior.Default,
        null,
        t?.transitionTypes,
        null,
      );
    }
    function _(e, t) {
      (0, l.startTransition)(() => {
        ((0, s.startRouterTransition)(e, "traverse", p().tree, null), S(new URL(e), t));
      });
    }
    function S(e, t) {
      (0, l.startTransition)(() => {
        (0, i.dispatchAppRouterAction)({ type: u.ACTION_RESTORE, url: e, historyState: t });
      });
    }
    function m() {
      (0, l.startTransition)(() => {
        (0, i.dispatchAppRouterAction)({ type: u.ACTION_REFRESH });
      });
    }
    function R() {
      throw Error("hmrRefresh can only be used in development mode. Please use refresh instead.");
    }
    (e.r(96167),
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  92838,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      UnrecognizedActionError: function () {
        return l;
      },
      unstable_isUnrecognizedActionError: function () {
        return u;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    class l extends Error {
      constructor(...e) {
        (super(...e), (this.name = "UnrecognizedActionError"));
      }
    }
    function u(e) {
      return !!(e && "object" == typeof e && e instanceof l);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  41538,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      dispatchAppRouterAction: function () {
        return c;
      },
      dispatchGestureState: function () {
        return f;
      },
      refreshOnInstantNavigationUnlock: function () {
        return o;
      },
      useActionQueue: function () {
        return d;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(90809)._(e.r(71645)),
      u = e.r(64245);
    e.r(88540);
    let i = null;
    function o() {}
    function c(e) {
      if (null === i)
        throw Error("Internal Next.js error: Router action dispatched before initialization.");
      i(e);
    }
    let s = null;
    function f(e) {
      if (null === s)
        throw Error("Internal Next.js error: Router action dispatched before initialization.");
      s(e);
    }
    function d(e) {
      let [t, r] = l.default.useState(e.state),
        [n, a] = (0, l.useOptimistic)(t);
      ("u" > typeof window && (s = a), "u" > typeof window && (i = (t) => e.dispatch(t, r)));
      let o = (0, l.useMemo)(() => n, [n]);
      return (0, u.isThenable)(o) ? (0, l.use)(o) : o;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  50590,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      createInitialRSCPayloadFromFallbackPrerender: function () {
        return i;
      },
      getNextFlightSegmentPath: function () {
        return o;
      },
      prepareFlightRouterStateForRequest: function () {
        return c;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(33906),
      u = e.r(51191);
    function i(e, t) {
      let r = (0, l.getRenderedPathname)(e),
        n = (0, l.getRenderedSearch)(e),
        a = (0, u.createHrefFromUrl)(new URL(location.href)),
        i = t.t,
        o = {
          c: a.split("/"),
          q: n,
          i: t.i,
          t: {
            t: (function e(t, r, n) {
              let a,
                u,
                i,
                o = t.s;
              if ("string" == typeof o) ((a = o), (u = (0, l.doesStaticSegmentAppearInURL)(o)));
              else {
                let e = (0, l.parseDynamicParamFromURLPart)(o.t, r, n);
                ((a = { n: o.n, t: o.t, k: (0, l.getCacheKeyForDynamicParam)(e), s: o.s }),
                  (u = !0));
              }
              let c = u ? n + 1 : n,
                s = t.c;
              if (void 0 !== s) for (let [t, n] of ((i = new Map()), s)) i.set(t, e(n, r, c));
              let f = { s: a, d: t.d };
              return (void 0 !== t.h && (f.h = t.h), void 0 !== i && (f.c = i), f);
            })(
              i.t,
              r.split("/").filter((e) => "" !== e),
              0,
            ),
            h: i.h,
          },
          m: t.m,
          G: t.G,
          S: t.S,
        };
      return (t.b && (o.b = t.b), o);
    }
    function o(e) {
      return e.slice(2);
    }
    function c(e, t) {
      return t
        ? encodeURIComponent(JSON.stringify(e))
        : encodeURIComponent(
            JSON.stringify(
              (function e(t) {
                let [r, n, a, l, u] = t,
                  i = (function (e) {
                    if ("string" == typeof e) return e;
                    let [t, r, n] = e;
                    return [t, r, n, null];
                  })(r),
                  o = {};
                for (let [t, r] of Object.entries(n)) o[t] = e(r);
                let c = [i, o];
                return (l && ((c[2] = null), (c[3] = l)), void 0 !== u && (c[4] = u), c);
              })(e),
            ),
          );
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  52817,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "hasBasePath", {
        enumerable: !0,
        get: function () {
          return a;
        },
      }));
    let n = e.r(59084);
    function a(e) {
      return (0, n.pathHasPrefix)(e, "");
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  48277,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "isJavaScriptURLString", {
        enumerable: !0,
        get: function () {
          return a;
        },
      }));
    let n =
      /^[\u0000-\u001F ]*j[\r\n\t]*a[\r\n\t]*v[\r\n\t]*a[\r\n\t]*s[\r\n\t]*c[\r\n\t]*r[\r\n\t]*i[\r\n\t]*p[\r\n\t]*t[\r\n\t]*:/i;
    function a(e) {
      return n.test("" + e);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  32992,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      getNavigationBuildId: function () {
        return i;
      },
      setNavigationBuildId: function () {
        return u;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = "";
    function u(e) {
      l = e;
    }
    function i() {
      return l;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  82823,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "normalizePathTrailingSlash", {
        enumerable: !0,
        get: function () {
          return l;
        },
      }));
    let n = e.r(38281),
      a = e.r(72463),
      l = (e) => {
        if (47 !== e.charCodeAt(0)) return e;
        let { pathname: t, query: r, hash: l } = (0, a.parsePath)(e);
        return `${(0, n.removeTrailingSlash)(t)}${r}${l}`;
      };
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  87250,
  (e, t, r) => {
    "use strict";
    function n(e) {
      return e;
    }
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "removeBasePath", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }),
      e.r(52817),
      ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
        void 0 === r.default.__esModule &&
        (Object.defineProperty(r.default, "__esModule", { value: !0 }),
        Object.assign(r.default, r),
        (t.exports = r.default)));
  },
  33906,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      canonicalizeURLPart: function () {
        return y;
      },
      doesStaticSegmentAppearInURL: function () {
        return v;
      },
      getCacheKeyForDynamicParam: function () {
        return _;
      },
      getParamValueFromCacheKey: function () {
        return m;
      },
      getPathnameFromRequestURL: function () {
        return p;
      },
      getRenderedPathname: function () {
        return h;
      },
      getRenderedSearch: function () {
        return d;
      },
      normalizeRenderedSearch: function () {
        return f;
      },
      parseDynamicParamFromURLPart: function () {
        return g;
      },
      urlSearchParamsToParsedUrlQuery: function () {
        return R;
      },
      urlToUrlWithoutFlightMarker: function () {
        return S;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(13258),
      u = e.r(67764),
      i = e.r(21768),
      o = e.r(52817);
    e.r(82823);
    let c = e.r(87250),
      s = e.r(98183);
    function f(e) {
      let t = R(new URLSearchParams(e));
      return (0, s.getRenderedSearch)(t);
    }
    function d(e) {
      let t = e.headers.get(i.NEXT_REWRITTEN_QUERY_HEADER);
      return null !== t ? f(t) : f(S(new URL(e.url)).search);
    }
    function h(e) {
      let t = e.headers.get(i.NEXT_REWRITTEN_PATH_HEADER);
      if (null !== t) return t;
      let r = S(new URL(e.url)).pathname;
      return (0, o.hasBasePath)(r) ? (0, c.removeBasePath)(r) : r;
    }
    function p(e) {
      let t = e.pathname;
      return (0, o.hasBasePath)(t) ? (0, c.removeBasePath)(t) : t;
    }
    function y(e) {
      try {
        return encodeURIComponent(decodeURIComponent(e));
      } catch {
        return e;
      }
    }
    function g(e, t, r) {
      switch (e) {
        case "c":
          return r < t.length ? t.slice(r).map((e) => y(e)) : [];
        case "ci(..)(..)":
        case "ci(.)":
        case "ci(..)":
        case "ci(...)": {
          let n = e.length - 2;
          return r < t.length ? t.slice(r).map((e, t) => (0 === t ? y(e.slice(n)) : y(e))) : [];
        }
        case "oc":
          return r < t.length ? t.slice(r).map((e) => y(e)) : null;
        case "d":
          if (r >= t.length) return "";
          return y(t[r]);
        case "di(..)(..)":
        case "di(.)":
        case "di(..)":
        case "di(...)": {
          let n = e.length - 2;
          if (r >= t.length) return "";
          return y(t[r].slice(n));
        }
        default:
          return "";
      }
    }
    function v(e) {
      return (
        !(
          e === u.ROOT_SEGMENT_REQUEST_KEY ||
          e === l.PAGE_SEGMENT_KEY ||
          ("(" === e[0] && e.endsWith(")"))
        ) &&
        e !== l.DEFAULT_SEGMENT_KEY &&
        "/_not-found" !== e
      );
    }
    function _(e) {
      return "string" == typeof e ? e : null === e ? "" : e.join("/");
    }
    function S(e) {
      let t = new URL(e);
      return (t.searchParams.delete(i.NEXT_RSC_UNION_QUERY), t);
    }
    function m(e, t) {
      return "c" === t || "oc" === t ? e.split("/") : e;
    }
    function R(e) {
      let t = {};
      for (let [r, n] of e.entries())
        void 0 === t[r] ? (t[r] = n) : Array.isArray(t[r]) ? t[r].push(n) : (t[r] = [t[r], n]);
      return t;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  48658,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "callServer", {
        enumerable: !0,
        get: function () {
          return u;
        },
      }));
    let n = e.r(71645),
      a = e.r(88540),
      l = e.r(41538);
    async function u(e, t) {
      return new Promise((r, u) => {
        (0, n.startTransition)(() => {
          (0, l.dispatchAppRouterAction)({
            type: a.ACTION_SERVER_ACTION,
            actionId: e,
            actionArgs: t,
            resolve: r,
            reject: u,
          });
        });
      });
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  18800,
  (e, t, r) => {
    "use strict";
    var n = e.r(71645);
    function a(e) {
      var t = "https://react.dev/errors/" + e;
      if (1 < arguments.length) {
        t += "?args[]=" + encodeURIComponent(arguments[1]);
        for (var r = 2; r < arguments.length; r++)
          t += "&args[]=" + encodeURIComponent(arguments[r]);
      }
      return (
        "Minified React error #" +
        e +
        "; visit " +
        t +
        " for the full message or use the non-minified dev environment for full errors and additional helpful warnings."
      );
    }
    function l() {}
    var u = {
        d: {
          f: l,
          r: function () {
            throw Error(a(522));
          },
          D: l,
          C: l,
          L: l,
          m: l,
          X: l,
          S: l,
          M: l,
        },
        p: 0,
        findDOMNode: null,
      },
      i = Symbol.for("react.portal"),
      o = Symbol.for("react.recoverable"),
      c = Symbol.for("react.optimistic_key"),
      s = n.__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
    function f(e, t) {
      return "font" === e ? "" : "string" == typeof t ? ("use-credentials" === t ? t : "") : void 0;
    }
    ((r.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE = u),
      (r.browser = function (e) {
        return { $$typeof: o, _reason: e };
      }),
      (r.createPortal = function (e, t) {
        var r = 2 < arguments.length && void 0 !== arguments[2] ? arguments[2] : null;
        if (!t || (1 !== t.nodeType && 9 !== t.nodeType && 11 !== t.nodeType)) throw Error(a(299));
        return (function (e, t, r) {
          var n = 3 < arguments.length && void 0 !== arguments[3] ? arguments[3] : null;
          return {
            $$typeof: i,
            key: null == n ? null : n === c ? c : "" + n,
            children: e,
            containerInfo: t,
            implementation: r,
          };
        })(e, t, null, r);
      }),
      (r.flushSync = function (e) {
        var t = s.T,
          r = u.p;
        try {
          if (((s.T = null), (u.p = 2), e)) return e();
        } finally {
          ((s.T = t), (u.p = r), u.d.f());
        }
      }),
      (r.preconnect = function (e, t) {
        "string" == typeof e &&
          ((t = t
            ? "string" == typeof (t = t.crossOrigin)
              ? "use-credentials" === t
                ? t
                : ""
              : void 0
            : null),
          u.d.C(e, t));
      }),
      (r.prefetchDNS = function (e) {
        "string" == typeof e && u.d.D(e);
      }),
      (r.preinit = function (e, t) {
        if ("string" == typeof e && t && "string" == typeof t.as) {
          var r = t.as,
            n = f(r, t.crossOrigin),
            a = "string" == typeof t.integrity ? t.integrity : void 0,
            l = "string" == typeof t.fetchPriority ? t.fetchPriority : void 0;
          "style" === r
            ? u.d.S(e, "string" == typeof t.precedence ? t.precedence : void 0, {
                crossOrigin: n,
                integrity: a,
                fetchPriority: l,
              })
            : "script" === r &&
              u.d.X(e, {
                crossOrigin: n,
                integrity: a,
                fetchPriority: l,
                nonce: "string" == typeof t.nonce ? t.nonce : void 0,
              });
        }
      }),
      (r.preinitModule = function (e, t) {
        if ("string" == typeof e)
          if ("object" == typeof t && null !== t) {
            if (null == t.as || "script" === t.as) {
              var r = f(t.as, t.crossOrigin);
              u.d.M(e, {
                crossOrigin: r,
                integrity: "string" == typeof t.integrity ? t.integrity : void 0,
                nonce: "string" == typeof t.nonce ? t.nonce : void 0,
                fetchPriority: "string" == typeof t.fetchPriority ? t.fetchPriority : void 0,
              });
            }
          } else null == t && u.d.M(e);
      }),
      (r.preload = function (e, t) {
        if ("string" == typeof e && "object" == typeof t && null !== t && "string" == typeof t.as) {
          var r = t.as,
            n = f(r, t.crossOrigin);
          u.d.L(e, r, {
            crossOrigin: n,
            integrity: "string" == typeof t.integrity ? t.integrity : void 0,
            nonce: "string" == typeof t.nonce ? t.nonce : void 0,
            type: "string" == typeof t.type ? t.type : void 0,
            fetchPriority: "string" == typeof t.fetchPriority ? t.fetchPriority : void 0,
            referrerPolicy: "string" == typeof t.referrerPolicy ? t.referrerPolicy : void 0,
            imageSrcSet: "string" == typeof t.imageSrcSet ? t.imageSrcSet : void 0,
            imageSizes: "string" == typeof t.imageSizes ? t.imageSizes : void 0,
            media: "string" == typeof t.media ? t.media : void 0,
          });
        }
      }),
      (r.preloadModule = function (e, t) {
        if ("string" == typeof e)
          if (t) {
            var r = f(t.as, t.crossOrigin);
            u.d.m(e, {
              as: "string" == typeof t.as && "script" !== t.as ? t.as : void 0,
              crossOrigin: r,
              integrity: "string" == typeof t.integrity ? t.integrity : void 0,
              nonce: "string" == typeof t.nonce ? t.nonce : void 0,
              fetchPriority: "string" == typeof t.fetchPriority ? t.fetchPriority : void 0,
            });
          } else u.d.m(e);
      }),
      (r.requestFormReset = function (e) {
        u.d.r(e);
      }),
      (r.unstable_batchedUpdates = function (e, t) {
        return e(t);
      }),
      (r.useFormState = function (e, t, r) {
        return s.H.useFormState(e, t, r);
      }),
      (r.useFormStatus = function () {
        return s.H.useHostTransitionStatus();
      }),
      (r.version = "19.3.0-canary-278794d7-20261002"));
  },
  74080,
  (e, t, r) => {
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
      (t.exports = e.r(18800)));
  },
  64893,
  (e, t, r) => {
    "use strict";
    var n = e.r(74080);
    function a(e) {
      var t = "https://react.dev/errors/" + e;
      if (1 < arguments.length) {
        t += "?args[]=" + encodeURIComponent(arguments[1]);
        for (var r = 2; r < arguments.length; r++)
          t += "&args[]=" + encodeURIComponent(arguments[r]);
      }
      return (
        "Minified React error #" +
        e +
        "; visit " +
        t +
        " for the full message or use the non-minified dev environment for full errors and additional helpful warnings."
      );
    }
    var l = { stream: !0 },
      u = Object.prototype.hasOwnProperty;
    function i(t) {
      var r = e.r(t);
      return "function" != typeof r.then || "fulfilled" === r.status
        ? null
        : (r.then(
            function (e) {
              ((r.status = "fulfilled"), (r.value = e));
            },
            function (e) {
              ((r.status = "rejected"), (r.reason = e));
            },
          ),
          r);
    }
    var o = new WeakSet(),
      c = new WeakSet();
    function s() {}
    function f(t) {
      for (var r = t[1], n = [], a = 0; a < r.length; a++) {
        var l = e.L(r[a]);
        if ((c.has(l) || n.push(l), !o.has(l))) {
          var u = c.add.bind(c, l);
          (l.then(u, s), o.add(l));
        }
      }
      return 4 === t.length
        ? 0 === n.length
          ? i(t[0])
          : Promise.all(n).then(function () {
              return i(t[0]);
            })
        : 0 < n.length
          ? Promise.all(n)
          : null;
    }
    function d(t) {
      var r = e.r(t[0]);
      if (4 === t.length && "function" == typeof r.then)
        if ("fulfilled" === r.status) r = r.value;
        else throw r.reason;
      return "*" === t[2]
        ? r
        : "" === t[2]
          ? r.__esModule
            ? r.default
            : r
          : u.call(r, t[2])
            ? r[t[2]]
            : void 0;
    }
    var h = n.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      p = Symbol.for("react.transitional.element"),
      y = Symbol.for("react.lazy"),
      g = Symbol.iterator,
      v = Symbol.asyncIterator,
      _ = Array.isArray,
      S = Object.getPrototypeOf,
      m = Object.prototype,
      R = new WeakMap();
    function P(e, t, r) {
      R.has(e) || R.set(e, { id: t, originalBind: e.bind, bound: r });
    }
    var E = Object.prototype,
      b = Array.prototype,
      T = Symbol();
    function O(e, t, r) {
      ((this.status = e), (this.value = t), (this.reason = r));
    }
    function A(e) {
      switch (e.status) {
        case "resolved_model":
          H(e);
          break;
        case "resolved_module":
          x(e);
      }
      switch (e.status) {
        case "fulfilled":
          return e.value;
        case "pending":
        case "pending_weak":
        case "blocked":
        case "halted":
          throw e;
        default:
          throw e.reason;
      }
    }
    function w(e, t, r, n) {
      for (var a = 0; a < t.length; a++) {
        var l = t[a];
        "function" == typeof l ? l(r) : q(e, l, r);
      }
    }
    function C(e, t, r) {
      for (var n = 0; n < t.length; n++) {
        var a = t[n];
        "function" == typeof a ? a(r) : G(e, a.handler, r);
      }
    }
    function M(e, t) {
      var r = t.handler.chunk;
      if (null === r) return null;
      if (r === e) return t.handler;
      if (null !== (t = r.value))
        for (r = 0; r < t.length; r++) {
          var n = t[r];
          if ("function" != typeof n && null !== (n = M(e, n))) return n;
        }
      return null;
    }
    function N(e, t, r, n) {
      switch (t.status) {
        case "fulfilled":
          w(e, r, t.value, t);
          break;
        case "blocked":
          for (var a = 0; a < r.length; a++) {
            var l = r[a];
            if ("function" != typeof l) {
              var u = M(t, l);
              if (null !== u)
                switch (
                  (q(e, l, u.value),
                  r.splice(a, 1),
                  a--,
                  null !== n && -1 !== (l = n.indexOf(l)) && n.splice(l, 1),
                  t.status)
                ) {
                  case "fulfilled":
                    w(e, r, t.value, t);
                    return;
                  case "rejected":
                    null !== n && C(e, n, t.reason);
                    return;
                }
            }
          }
        case "pending":
          if (t.value) for (e = 0; e < r.length; e++) t.value.push(r[e]);
          else t.value = r;
          if (t.reason) {
            if (n) for (r = 0; r < n.length; r++) t.reason.push(n[r]);
          } else t.reason = n;
          break;
        case "rejected":
          n && C(e, n, t.reason);
      }
    }
    function I(e, t, r) {
      if ("pending" !== t.status && "pending_weak" !== t.status && "blocked" !== t.status)
        t.reason.error(r);
      else {
        var n = t.reason;
        ((t.status = "rejected"), (t.reason = r), null !== n && C(e, n, r));
      }
    }
    function j(e, t) {
      var r = {};
      return new O("resolved_model", t, ((r[T] = e), r));
    }
    function F(e, t, r) {
      var n = {};
      return new O(
        "resolved_model",
        (r ? '{"done":true,"value":' : '{"done":false,"value":') + t + "}",
        ((n[T] = e), n),
      );
    }
    function D(e, t, r, n) {
      U(e, t, (n ? '{"done":true,"value":' : '{"done":false,"value":') + r + "}");
    }
    function U(e, t, r) {
      if ("pending" !== t.status && "pending_weak" !== t.status) t.reason.enqueueModel(r);
      else {
        var n = t.value,
          a = t.reason;
        ((t.status = "resolved_model"),
          (t.value = r),
          ((r = {})[T] = e),
          (t.reason = r),
          null !== n && (H(t), N(e, t, n, a)));
      }
    }
    function L(e, t, r) {
      if ("pending" === t.status || "pending_weak" === t.status || "blocked" === t.status) {
        var n = t.value,
          a = t.reason;
        ((t.status = "resolved_module"),
          (t.value = r),
          (t.reason = null),
          null !== n && (x(t), N(e, t, n, a)));
      }
    }
    ((O.prototype = Object.create(Promise.prototype)),
      Object.defineProperty(O.prototype, "then", {
        writable: !0,
        enumerable: !0,
        configurable: !0,
        value: function (e, t) {
          switch (this.status) {
            case "resolved_model":
              H(this);
              break;
            case "resolved_module":
              x(this);
          }
          switch (this.status) {
            case "fulfilled":
              "function" == typeof e && e(this.value);
              break;
            case "pending":
            case "pending_weak":
            case "blocked":
              ("function" == typeof e &&
                (null === this.value && (this.value = []), this.value.push(e)),
                "function" == typeof t &&
                  (null === this.reason && (this.reason = []), this.reason.push(t)));
              break;
            case "halted":
              break;
            default:
              "function" == typeof t && t(this.reason);
          }
        },
      }));
    var k = null;
    function H(e) {
      var t = k;
      k = null;
      var r = e.value,
        n = e.reason[T];
      ((e.status = "blocked"), (e.value = null), (e.reason = null));
      try {
        var a = ep(n, r);
        if (((r = k), null !== r)) {
          if (r.errored) {
            "blocked" === e.status && I(n, e, r.reason);
            return;
          }
          ((r.value = a), (r.chunk = e));
        }
        var l = e.value,
          u = e.reason;
        if (((e.value = null), (e.reason = null), null !== l)) {
          for (var i = null, o = null, c = 0; c < l.length; c++) {
            var s = l[c];
            if ("function" != typeof s && null !== M(e, s)) {
              if ((null === i && (i = []), i.push(s), null !== u)) {
                var f = u.indexOf(s);
                -1 !== f && u.splice(f, 1);
              }
            } else (null === o && (o = []), o.push(s));
          }
          if ((null !== o && ((e.value = o), (e.reason = u)), null !== i))
            for (l = 0; l < i.length; l++) q(n, i[l], a);
        }
        "blocked" !== e.status || (null !== r && 0 < r.deps) || K(n, e, a, null);
      } catch (t) {
        ((e.status = "rejected"), (e.reason = t));
      } finally {
        k = t;
      }
    }
    function x(e) {
      try {
        var t = d(e.value);
        ((e.status = "fulfilled"), (e.value = t), (e.reason = null));
      } catch (t) {
        ((e.status = "rejected"), (e.reason = t));
      }
    }
    function B(e, t) {
      ((e._closed = !0),
        (e._closedReason = t),
        e._chunks.forEach(function (r) {
          "pending" === r.status
            ? I(e, r, t)
            : "fulfilled" === r.status && null !== r.reason && r.reason.error(t);
        }));
    }
    function V(e) {
      return { $$typeof: y, _payload: e, _init: A };
    }
    function $(e, t) {
      var r = e._chunks,
        n = r.get(t);
      return (
        n ||
          ((n = e._closed
            ? e._allowPartialStream
              ? new O("halted", null, null)
              : new O("rejected", null, e._closedReason)
            : new O("pending", null, null)),
          r.set(t, n)),
        n
      );
    }
    function K(e, t, r, n) {
      var a = t.value;
      ((t.status = "fulfilled"), (t.value = r), (t.reason = n), null !== a && w(e, a, r, t));
    }
    function X(e, t) {
      if (0 === t.deps && !t.errored) {
        var r = t.chunk;
        null !== r && "blocked" === r.status && K(e, r, t.value, t.reason);
      }
    }
    function q(e, t, r) {
      var n = t.handler,
        l = t.parentObject,
        i = t.key,
        o = t.map,
        c = t.path;
      try {
        for (var s = 1; s < c.length; s++) {
          for (; "object" == typeof r && null !== r && r.$$typeof === y;) {
            var f = r._payload;
            if (f === n.chunk) r = n.value;
            else {
              switch (f.status) {
                case "resolved_model":
                  H(f);
                  break;
                case "resolved_module":
                  x(f);
              }
              switch (f.status) {
                case "fulfilled":
                  r = f.value;
                  continue;
                case "blocked":
                  var d = M(f, t);
                  if (null !== d) {
                    r = d.value;
                    continue;
                  }
                case "pending":
                case "pending_weak":
                  (c.splice(0, s - 1),
                    null === f.value ? (f.value = [t]) : f.value.push(t),
                    null === f.reason ? (f.reason = [t]) : f.reason.push(t));
                  return;
                case "halted":
                  return;
                default:
                  G(e, t.handler, f.reason);
                  return;
              }
            }
          }
          var h = c[s];
          if ("object" == typeof r && null !== r && u.call(r, h)) r = r[h];
          else throw Error(a(570));
        }
        for (; "object" == typeof r && null !== r && r.$$typeof === y;) {
          var g = r._payload;
          if (g === n.chunk) r = n.value;
          else {
            switch (g.status) {
              case "resolved_model":
                H(g);
                break;
              case "resolved_module":
                x(g);
            }
            if ("fulfilled" === g.status) {
              r = g.value;
              continue;
            }
            break;
          }
        }
        var v = o(e, r, l, i);
        if (
          ("__proto__" !== i && (l[i] = v),
          "" === i && null === n.value && (n.value = v),
          l[0] === p && "object" == typeof n.value && null !== n.value && n.value.$$typeof === p)
        ) {
          var _ = n.value;
          "3" === i && (_.props = v);
        }
      } catch (r) {
        G(e, t.handler, r);
        return;
      }
      (n.deps--, X(e, n));
    }
    function G(e, t, r) {
      t.errored ||
        ((t.errored = !0),
        (t.value = null),
        (t.reason = r),
        null !== (t = t.chunk) && "blocked" === t.status && I(e, t, r));
    }
    function Y(e, t, r, n, a, l) {
      return (
        k
          ? ((n = k), n.deps++)
          : (n = k =
              { parent: null, chunk: null, value: null, reason: null, deps: 1, errored: !1 }),
        (t = { handler: n, parentObject: t, key: r, map: a, path: l }),
        null === e.value ? (e.value = [t]) : e.value.push(t),
        null === e.reason ? (e.reason = [t]) : e.reason.push(t),
        null
      );
    }
    function W(e, t, r, n) {
      if ("then" === n) return null;
      var l = t.id;
      if ("string" != typeof l) return null;
      if (!e._serverReferenceConfig)
        return (function (e, t) {
          function r() {
            var e = Array.prototype.slice.call(arguments);
            return a
              ? "fulfilled" === a.status
                ? t(n, a.value.concat(e))
                : Promise.resolve(a).then(function (r) {
                    return t(n, r.concat(e));
                  })
              : t(n, e);
          }
          var n = e.id,
            a = e.bound;
          return (P(r, n, a), r);
        })(t, e._callServer);
      var u = (function (e, t) {
          var r = "",
            n = e[t];
          if (n) r = n.name;
          else {
            var l = t.lastIndexOf("#");
            if ((-1 !== l && ((r = t.slice(l + 1)), (n = e[t.slice(0, l)])), !n))
              throw Error(a(589, t));
          }
          return n.async ? [n.id, n.chunks, r, 1] : [n.id, n.chunks, r];
        })(e._serverReferenceConfig, l),
        i = t.bound;
      if ((t = f(u))) i instanceof O && (t = Promise.all([t, i]));
      else {
        if (!(i instanceof O)) return (P((t = d(u)), l, i), t);
        t = Promise.resolve(i);
      }
      if (k) {
        var o = k;
        o.deps++;
      } else o = k = { parent: null, chunk: null, value: null, reason: null, deps: 1, errored: !1 };
      return (
        t.then(
          function () {
            var t = d(u);
            if (i) {
              var a = i.value;
              ((a = _(a) ? a.slice(0) : []).unshift(null), (t = t.bind.apply(t, a)));
            }
            (P(t, l, i),
              "__proto__" !== n && (r[n] = t),
              "" === n && null === o.value && (o.value = t),
              r[0] === p &&
                "object" == typeof o.value &&
                null !== o.value &&
                o.value.$$typeof === p &&
                ((a = o.value), "3" === n) &&
                (a.props = t),
              o.deps--,
              X(e, o));
          },
          function (t) {
            if (!o.errored) {
              var r = o;
              ((r.errored = !0),
                (r.value = null),
                (r.reason = t),
                null !== (r = o.chunk) && "blocked" === r.status && I(e, r, t));
            }
          },
        ),
        null
      );
    }
    var z = [];
    function Q(e, t, r, n, l) {
      var i = parseInt(t, 16);
      switch (((t = -1 === t.indexOf(":") ? z : t.split(":")), (i = $(e, i)).status)) {
        case "resolved_model":
          H(i);
          break;
        case "resolved_module":
          x(i);
      }
      switch (i.status) {
        case "fulfilled":
          i = i.value;
          for (var o = 1; o < t.length; o++) {
            for (; "object" == typeof i && null !== i && i.$$typeof === y;) {
              switch ((i = i._payload).status) {
                case "resolved_model":
                  H(i);
                  break;
                case "resolved_module":
                  x(i);
              }
              switch (i.status) {
                case "fulfilled":
                  i = i.value;
                  break;
                case "blocked":
                case "pending":
                case "pending_weak":
                  return Y(i, r, n, e, l, t.slice(o - 1));
                case "halted":
                  return (
                    k
                      ? ((e = k), e.deps++)
                      : (k = {
                          parent: null,
                          chunk: null,
                          value: null,
                          reason: null,
                          deps: 1,
                          errored: !1,
                        }),
                    null
                  );
                default:
                  return (
                    k
                      ? (((e = k).errored = !0), (e.value = null), (e.reason = i.reason))
                      : (k = {
                          parent: null,
                          chunk: null,
                          value: null,
                          reason: i.reason,
                          deps: 0,
                          errored: !0,
                        }),
                    null
                  );
              }
            }
            var c = t[o];
            if ("object" != typeof i || null === i || (S(i) !== E && S(i) !== b) || !u.call(i, c))
              throw Error(a(570));
            i = i[c];
          }
          for (; "object" == typeof i && null !== i && i.$$typeof === y;) {
            switch ((t = i._payload).status) {
              case "resolved_model":
                H(t);
                break;
              case "resolved_module":
                x(t);
            }
            if ("fulfilled" === t.status) {
              i = t.value;
              continue;
            }
            break;
          }
          return l(e, i, r, n);
        case "pending":
        case "pending_weak":
        case "blocked":
          return Y(i, r, n, e, l, t);
        case "halted":
          return (
            k
              ? ((e = k), e.deps++)
              : (k = {
                  parent: null,
                  chunk: null,
                  value: null,
                  reason: null,
                  deps: 1,
                  errored: !1,
                }),
            null
          );
        default:
          return (
            k
              ? (((e = k).errored = !0), (e.value = null), (e.reason = i.reason))
              : (k = {
                  parent: null,
                  chunk: null,
                  value: null,
                  reason: i.reason,
                  deps: 0,
                  errored: !0,
                }),
            null
          );
      }
    }
    function J(e, t) {
      return new Map(t);
    }
    function Z(e, t) {
      return new Set(t);
    }
    function ee(e, t) {
      return new Blob(t.slice(1), { type: t[0] });
    }
    function et(e, t) {
      e = new FormData();
      for (var r = 0; r < t.length; r++) e.append(t[r][0], t[r][1]);
      return e;
    }
    function er(e, t) {
      return t[Symbol.iterator]();
    }
    function en(e, t, r, n) {
      return "then" === n && "function" == typeof t ? null : t;
    }
    function ea() {
      throw Error(a(466));
    }
    function el(e, t, r, n, a, l, u, i) {
      var o = new Map();
      ((this._bundlerConfig = e),
        (this._serverReferenceConfig = t),
        (this._moduleLoading = r),
        (this._callServer = void 0 !== n ? n : ea),
        (this._encodeFormAction = a),
        (this._nonce = l),
        (this._chunks = o),
        (this._stringDecoder = (function () {
          return new TextDecoder("utf-8", {
            ignoreBOM: 0 < arguments.length && void 0 !== arguments[0] && arguments[0],
          });
        })(!0)),
        (this._closed = !1),
        (this._closedReason = null),
        (this._allowPartialStream = i),
        (this._tempRefs = u));
    }
    function eu(e, t, r) {
      var n = (e = e._chunks).get(t);
      n && "pending" !== n.status
        ? n.reason.enqueueValue(r)
        : ((r = new O("fulfilled", r, null)), e.set(t, r));
    }
    function ei(e, t, r, n) {
      var a = e._chunks,
        l = a.get(t);
      l
        ? "pending" === l.status &&
          ((t = l.value),
          (l.status = "fulfilled"),
          (l.value = r),
          (l.reason = n),
          null !== t && w(e, t, l.value, l))
        : ((e = new O("fulfilled", r, n)), a.set(t, e));
    }
    function eo(e, t, r) {
      var n = null,
        a = !1;
      r = new ReadableStream({
        type: r,
        start: function (e) {
          n = e;
        },
      });
      var l = null;
      ei(e, t, r, {
        enqueueValue: function (e) {
          null === l
            ? n.enqueue(e)
            : l.then(function () {
                n.enqueue(e);
              });
        },
        enqueueModel: function (t) {
          if (null === l) {
            var r = j(e, t);
            (H(r),
              "fulfilled" === r.status
                ? n.enqueue(r.value)
                : (r.then(
                    function (e) {
                      return n.enqueue(e);
                    },
                    function (e) {
                      return n.error(e);
                    },
                  ),
                  (l = r)));
          } else {
            r = l;
            var a = new O("pending", null, null);
            (a.then(
              function (e) {
                return n.enqueue(e);
              },
              function (e) {
                return n.error(e);
              },
            ),
              (l = a),
              r.then(function () {
                (l === a && (l = null), U(e, a, t));
              }));
          }
        },
        close: function () {
          if (!a)
            if (((a = !0), null === l)) n.close();
            else {
              var e = l;
              ((l = null),
                e.then(function () {
                  return n.close();
                }));
            }
        },
        error: function (e) {
          if (!a)
            if (((a = !0), null === l)) n.error(e);
            else {
              var t = l;
              ((l = null),
                t.then(function () {
                  return n.error(e);
                }));
            }
        },
      });
    }
    function ec() {
      return this;
    }
    function es(e, t, r) {
      var n = [],
        l = !1,
        u = 0,
        i = {};
      ((i[v] = function () {
        var e,
          t = 0;
        return (
          ((e = {
            next: (e = function (e) {
              if (void 0 !== e) throw Error(a(524));
              if (t === n.length) {
                if (l) return new O("fulfilled", { done: !0, value: void 0 }, null);
                n[t] = new O("pending", null, null);
              }
              return n[t++];
            }),
          })[v] = ec),
          e
        );
      }),
        ei(e, t, r ? i[v]() : i, {
          enqueueValue: function (t) {
            if (u === n.length) n[u] = new O("fulfilled", { done: !1, value: t }, null);
            else {
              var r = n[u],
                a = r.value,
                l = r.reason;
              ((r.status = "fulfilled"),
                (r.value = { done: !1, value: t }),
                (r.reason = null),
                null !== a && N(e, r, a, l));
            }
            u++;
          },
          enqueueModel: function (t) {
            (u === n.length ? (n[u] = F(e, t, !1)) : D(e, n[u], t, !1), u++);
          },
          close: function (t) {
            if (!l)
              for (
                l = !0, u === n.length ? (n[u] = F(e, t, !0)) : D(e, n[u], t, !0), u++;
                u < n.length;
              )
                D(e, n[u++], '"$undefined"', !0);
          },
          error: function (t) {
            if (!l)
              for (l = !0, u === n.length && (n[u] = new O("pending", null, null)); u < n.length;)
                I(e, n[u++], t);
          },
        }));
    }
    function ef() {
      var e = Error(a(441));
      return ((e.stack = "Error: " + e.message), e);
    }
    function ed(e, t) {
      for (var r = e.length, n = t.length, a = 0; a < r; a++) n += e[a].byteLength;
      n = new Uint8Array(n);
      for (var l = (a = 0); l < r; l++) {
        var u = e[l];
        (n.set(u, a), (a += u.byteLength));
      }
      return (n.set(t, a), n);
    }
    function eh(e, t, r, n, a, l) {
      eu(
        e,
        t,
        (a = new a(
          (r = 0 === r.length && 0 == n.byteOffset % l ? n : ed(r, n)).buffer,
          r.byteOffset,
          r.byteLength / l,
        )),
      );
    }
    function ep(e, t) {
      return (function e(t, r, n, l) {
        if ("string" == typeof r)
          return "$" === r[0]
            ? (function (e, t, r, n) {
                if ("$" === n[0]) {
                  if ("$" === n)
                    return (
                      null !== k &&
                        "0" === r &&
                        (k = {
                          parent: k,
                          chunk: null,
                          value: null,
                          reason: null,
                          deps: 0,
                          errored: !1,
                        }),
                      p
                    );
                  switch (n[1]) {
                    case "$":
                      return n.slice(1);
                    case "L":
                      return V((e = $(e, (t = parseInt(n.slice(2), 16)))));
                    case "@":
                      return $(e, (t = parseInt(n.slice(2), 16)));
                    case "w":
                    case "H":
                    case "u":
                      return;
                    case "S":
                      return Symbol.for(n.slice(2));
                    case "h":
                      return Q(e, (n = n.slice(2)), t, r, W);
                    case "T":
                      if (((t = "$" + n.slice(2)), null == (e = e._tempRefs))) throw Error(a(511));
                      return e.get(t);
                    case "Q":
                      return Q(e, (n = n.slice(2)), t, r, J);
                    case "W":
                      return Q(e, (n = n.slice(2)), t, r, Z);
                    case "B":
                      return Q(e, (n = n.slice(2)), t, r, ee);
                    case "K":
                      return Q(e, (n = n.slice(2)), t, r, et);
                    case "Z":
                      return ef();
                    case "i":
                      return Q(e, (n = n.slice(2)), t, r, er);
                    case "I":
                      return 1 / 0;
                    case "-":
                      return "$-0" === n ? -0 : -1 / 0;
                    case "N":
                      return 0 / 0;
                    case "D":
                      return new Date(Date.parse(n.slice(2)));
                    case "n":
                      return BigInt(n.slice(2));
                    default:
                      return Q(e, (n = n.slice(1)), t, r, en);
                  }
                }
                return n;
              })(t, n, l, r)
            : r;
        if ("object" != typeof r || null === r) return r;
        if (_(r)) {
          for (var i = 0; i < r.length; i++) r[i] = e(t, r[i], r, "" + i);
          return r[0] === p
            ? (r[0] === p
                ? ((t = { $$typeof: p, type: r[1], key: r[2], ref: null, props: r[3] }),
                  null !== k &&
                    ((k = (r = k).parent),
                    r.errored
                      ? (t = V((t = new O("rejected", null, r.reason))))
                      : 0 < r.deps &&
                        ((i = new O("blocked", null, null)),
                        (r.value = t),
                        (r.chunk = i),
                        (t = V(i)))))
                : (t = r),
              t)
            : r;
        }
        for (i in r)
          u.call(r, i) &&
            ("__proto__" === i
              ? delete r[i]
              : void 0 !== (n = e(t, r[i], r, i))
                ? (r[i] = n)
                : delete r[i]);
        return r;
      })(e, (t = JSON.parse(t)), { "": t }, "");
    }
    function ey(e) {
      e._allowPartialStream
        ? ((e._closed = !0),
          e._chunks.forEach(function (e) {
            "pending" === e.status
              ? ((e.status = "halted"), (e.value = null), (e.reason = null))
              : "fulfilled" === e.status && null !== e.reason && e.reason.close('"$undefined"');
          }))
        : B(e, Error(a(412)));
    }
    function eg(e) {
      return new el(
        null,
        null,
        null,
        e && e.callServer ? e.callServer : void 0,
        void 0,
        void 0,
        e && e.temporaryReferences ? e.temporaryReferences : void 0,
        !!e && !!e.unstable_allowPartialStream && e.unstable_allowPartialStream,
      );
    }
    function ev(e, t, r) {
      function n(t) {
        B(e, t);
      }
      var u = { _rowState: 0, _rowID: 0, _rowTag: 0, _rowLength: 0, _buffer: [] },
        i = t.getReader();
      i.read()
        .then(function t(o) {
          var c = o.value;
          if (o.done) return r();
          var s = 0,
            d = u._rowState;
          o = u._rowID;
          for (var p = u._rowTag, y = u._rowLength, g = u._buffer, v = c.length; s < v;) {
            var _ = -1;
            switch (d) {
              case 0:
                58 === (_ = c[s++]) ? (d = 1) : (o = (o << 4) | (96 < _ ? _ - 87 : _ - 48));
                continue;
              case 1:
                84 === (d = c[s]) ||
                65 === d ||
                79 === d ||
                111 === d ||
                98 === d ||
                85 === d ||
                83 === d ||
                115 === d ||
                76 === d ||
                108 === d ||
                71 === d ||
                103 === d ||
                77 === d ||
                109 === d ||
                86 === d
                  ? ((p = d), (d = 2), s++)
                  : (64 < d && 91 > d) || 35 === d || 114 === d || 120 === d
                    ? ((p = d), (d = 3), s++)
                    : ((p = 0), (d = 3));
                continue;
              case 2:
                44 === (_ = c[s++]) ? (d = 4) : (y = (y << 4) | (96 < _ ? _ - 87 : _ - 48));
                continue;
              case 3:
                _ = c.indexOf(10, s);
                break;
              case 4:
                (_ = s + y) > c.length && (_ = -1);
            }
            var S = c.byteOffset + s;
            if (-1 < _)
              ((y = new Uint8Array(c.buffer, S, _ - s)),
                98 === p
                  ? eu(e, o, _ === v ? y : y.slice())
                  : (function (e, t, r, n, u, i) {
                      switch (n) {
                        case 65:
                          eu(e, r, ed(u, i).buffer);
                          return;
                        case 79:
                          eh(e, r, u, i, Int8Array, 1);
                          return;
                        case 111:
                          eu(e, r, 0 === u.length ? i : ed(u, i));
                          return;
                        case 85:
                          eh(e, r, u, i, Uint8ClampedArray, 1);
                          return;
                        case 83:
                          eh(e, r, u, i, Int16Array, 2);
                          return;
                        case 115:
                          eh(e, r, u, i, Uint16Array, 2);
                          return;
                        case 76:
                          eh(e, r, u, i, Int32Array, 4);
                          return;
                        case 108:
                          eh(e, r, u, i, Uint32Array, 4);
                          return;
                        case 71:
                          eh(e, r, u, i, Float32Array, 4);
                          return;
                        case 103:
                          eh(e, r, u, i, Float64Array, 8);
                          return;
                        case 77:
                          eh(e, r, u, i, BigInt64Array, 8);
                          return;
                        case 109:
                          eh(e, r, u, i, BigUint64Array, 8);
                          return;
                        case 86:
                          eh(e, r, u, i, DataView, 1);
                          return;
                      }
                      t = e._stringDecoder;
                      for (var o = "", c = 0; c < u.length; c++) o += t.decode(u[c], l);
                      switch (((u = o += t.decode(i)), n)) {
                        case 73:
                          !(function (e, t, r) {
                            var n = e._chunks,
                              l = n.get(t),
                              u = k;
                            k = null;
                            try {
                              var i = ep(e, r);
                              if (null !== k) throw Error(a(608));
                            } finally {
                              k = u;
                            }
                            var o = (function (e, t) {
                              if (e) {
                                var r = e[t[0]];
                                if ((e = r && r[t[2]])) r = e.name;
                                else {
                                  if (!(e = r && r["*"])) throw Error(a(588, t[0]));
                                  r = t[2];
                                }
                                return 4 === t.length
                                  ? [e.id, e.chunks, r, 1]
                                  : [e.id, e.chunks, r];
                              }
                              return t;
                            })(e._bundlerConfig, i);
                            if ((r = f(o))) {
                              if (l) {
                                var c = l;
                                c.status = "blocked";
                              } else ((c = new O("blocked", null, null)), n.set(t, c));
                              r.then(
                                function () {
                                  return L(e, c, o);
                                },
                                function (t) {
                                  return I(e, c, t);
                                },
                              );
                            } else
                              l
                                ? L(e, l, o)
                                : ((l = new O("resolved_module", o, null)), n.set(t, l));
                          })(e, r, u);
                          break;
                        case 72:
                          switch (((r = u[0]), (e = ep(e, (u = u.slice(1)))), (u = h.d), r)) {
                            case "D":
                              u.D(e);
                              break;
                            case "C":
                              "string" == typeof e ? u.C(e) : u.C(e[0], e[1]);
                              break;
                            case "L":
                              ((r = e[0]),
                                (n = e[1]),
                                3 === e.length ? u.L(r, n, e[2]) : u.L(r, n));
                              break;
                            case "m":
                              "string" == typeof e ? u.m(e) : u.m(e[0], e[1]);
                              break;
                            case "X":
                              "string" == typeof e ? u.X(e) : u.X(e[0], e[1]);
                              break;
                            case "S":
                              "string" == typeof e
                                ? u.S(e)
                                : u.S(
                                    e[0],
                                    0 === e[1] ? void 0 : e[1],
                                    3 === e.length ? e[2] : void 0,
                                  );
                              break;
                            case "M":
                              "string" == typeof e ? u.M(e) : u.M(e[0], e[1]);
                          }
                          break;
                        case 69:
                          ((i = (n = e._chunks).get(r)),
                            (u = JSON.parse(u)),
                            ((t = ef()).digest = u.digest),
                            i ? I(e, i, t) : ((e = new O("rejected", null, t)), n.set(r, e)));
                          break;
                        case 84:
                          (n = (e = e._chunks).get(r)) && "pending" !== n.status
                            ? n.reason.enqueueValue(u)
                            : ((u = new O("fulfilled", u, null)), e.set(r, u));
                          break;
                        case 78:
                        case 68:
                        case 74:
                        case 87:
                          throw Error(a(504));
                        case 82:
                          eo(e, r, void 0);
                          break;
                        case 114:
                          eo(e, r, "bytes");
                          break;
                        case 88:
                          es(e, r, !1);
                          break;
                        case 120:
                          es(e, r, !0);
                          break;
                        case 67:
                          (r = e._chunks.get(r)) &&
                            "fulfilled" === r.status &&
                            r.reason.close("" === u ? '"$undefined"' : u);
                          break;
                        default:
                          (i = (n = e._chunks).get(r)) ? U(e, i, u) : ((e = j(e, u)), n.set(r, e));
                      }
                    })(e, u, o, p, g, y),
                (s = _),
                3 === d && s++,
                (y = o = p = d = 0),
                (g.length = 0));
            else {
              ((c = new Uint8Array(c.buffer, S, c.byteLength - s)),
                98 === p ? ((y -= c.byteLength), eu(e, o, c)) : (g.push(c), (y -= c.byteLength)));
              break;
            }
          }
          return (
            (u._rowState = d),
            (u._rowID = o),
            (u._rowTag = p),
            (u._rowLength = y),
            i.read().then(t).catch(n)
          );
        })
        .catch(n);
    }
    ((r.createFromFetch = function (e, t) {
      var r = eg(t);
      return (
        e.then(
          function (e) {
            ev(r, e.body, ey.bind(null, r));
          },
          function (e) {
            B(r, e);
          },
        ),
        $(r, 0)
      );
    }),
      (r.createFromReadableStream = function (e, t) {
        return (ev((t = eg(t)), e, ey.bind(null, t)), $(t, 0));
      }),
      (r.createServerReference = function (e, t) {
        function r() {
          var r = Array.prototype.slice.call(arguments);
          return t(e, r);
        }
        return (P(r, e, null), r);
      }),
      (r.createTemporaryReferenceSet = function () {
        return new Map();
      }),
      (r.encodeReply = function (e, t) {
        return new Promise(function (r, n) {
          !(function (e, t, r, n, l) {
            function u() {
              null !== A && A.abort("The reply ended.");
            }
            function i(e) {
              ((O = !0), u(), r(e));
            }
            function o(e) {
              ((O = !0), u(), n(e));
            }
            function c(e, t) {
              t = new Blob([new Uint8Array(t.buffer, t.byteOffset, t.byteLength)]);
              var r = h++;
              return (
                null === E && (E = new FormData()),
                E.append("" + r, t),
                "$" + e + r.toString(16)
              );
            }
            function s(e, r) {
              if (null === r) return null;
              if ("object" == typeof r) {
                switch (r.$$typeof) {
                  case p:
                    if (void 0 !== t && -1 === e.indexOf(":")) {
                      var n,
                        l,
                        u,
                        d,
                        O,
                        A,
                        w = b.get(this);
                      if (void 0 !== w) return (t.set(w + ":" + e, r), "$T");
                    }
                    if (void 0 !== t && T === r) return ((T = null), "$T");
                    throw Error(a(510, ""));
                  case y:
                    w = r._payload;
                    var C = r._init;
                    (null === E && (E = new FormData()), P++);
                    try {
                      var M = C(w),
                        N = h++,
                        I = f(M, N);
                      return (E.append("" + N, I), "$" + N.toString(16));
                    } catch (e) {
                      if ("object" == typeof e && null !== e && "function" == typeof e.then) {
                        P++;
                        var j = h++;
                        return (
                          (w = function () {
                            try {
                              var e = f(r, j),
                                t = E;
                              (t.append("" + j, e), P--, 0 === P && i(t));
                            } catch (e) {
                              o(e);
                            }
                          }),
                          e.then(w, w),
                          "$" + j.toString(16)
                        );
                      }
                      return (o(e), null);
                    } finally {
                      P--;
                    }
                }
                if (((w = b.get(r)), "function" == typeof r.then)) {
                  if (void 0 !== w)
                    if (T !== r) return w;
                    else T = null;
                  (null === E && (E = new FormData()), P++);
                  var F = h++;
                  return (
                    (e = "$@" + F.toString(16)),
                    b.set(r, e),
                    r.then(function (e) {
                      try {
                        var t = b.get(e),
                          r = void 0 !== t ? JSON.stringify(t) : f(e, F);
                        ((e = E).append("" + F, r), P--, 0 === P && i(e));
                      } catch (e) {
                        o(e);
                      }
                    }, o),
                    e
                  );
                }
                if (void 0 !== w)
                  if (T !== r) return w;
                  else T = null;
                else
                  -1 === e.indexOf(":") &&
                    void 0 !== (w = b.get(this)) &&
                    ((e = w + ":" + e), b.set(r, e), void 0 !== t && t.set(e, r));
                if (_(r)) return r;
                if (r instanceof FormData) {
                  null === E && (E = new FormData());
                  var D = E,
                    U = "_" + (e = h++) + "_";
                  return (
                    r.forEach(function (e, t) {
                      D.append(U + t, e);
                    }),
                    "$K" + e.toString(16)
                  );
                }
                if (r instanceof Map)
                  return (
                    (e = h++),
                    (w = f(Array.from(r), e)),
                    null === E && (E = new FormData()),
                    E.append("" + e, w),
                    "$Q" + e.toString(16)
                  );
                if (r instanceof Set)
                  return (
                    (e = h++),
                    (w = f(Array.from(r), e)),
                    null === E && (E = new FormData()),
                    E.append("" + e, w),
                    "$W" + e.toString(16)
                  );
                if (r instanceof ArrayBuffer)
                  return (
                    (e = new Blob([r])),
                    (w = h++),
                    null === E && (E = new FormData()),
                    E.append("" + w, e),
                    "$A" + w.toString(16)
                  );
                if (r instanceof Int8Array) return c("O", r);
                if (r instanceof Uint8Array) return c("o", r);
                if (r instanceof Uint8ClampedArray) return c("U", r);
                if (r instanceof Int16Array) return c("S", r);
                if (r instanceof Uint16Array) return c("s", r);
                if (r instanceof Int32Array) return c("L", r);
                if (r instanceof Uint32Array) return c("l", r);
                if (r instanceof Float32Array) return c("G", r);
                if (r instanceof Float64Array) return c("g", r);
                if (r instanceof BigInt64Array) return c("M", r);
                if (r instanceof BigUint64Array) return c("m", r);
                if (r instanceof DataView) return c("V", r);
                if ("function" == typeof Blob && r instanceof Blob)
                  return (
                    null === E && (E = new FormData()),
                    (e = h++),
                    E.append("" + e, r),
                    "$B" + e.toString(16)
                  );
                if (
                  (e =
                    null === (n = r) || "object" != typeof n
                      ? null
                      : "function" == typeof (n = (g && n[g]) || n["@@iterator"])
                        ? n
                        : null)
                )
                  return (w = e.call(r)) === r
                    ? ((e = h++),
                      (w = f(Array.from(w), e)),
                      null === E && (E = new FormData()),
                      E.append("" + e, w),
                      "$i" + e.toString(16))
                    : Array.from(w);
                if ("function" == typeof ReadableStream && r instanceof ReadableStream)
                  return (function (e) {
                    try {
                      var t,
                        r,
                        n,
                        a,
                        l,
                        u,
                        c,
                        f,
                        d,
                        p = e.getReader({ mode: "byob" });
                    } catch (l) {
                      return (
                        (t = e.getReader()),
                        null === E && (E = new FormData()),
                        (r = E),
                        P++,
                        (a = "S" + (n = h++)),
                        t.read().then(function e(n) {
                          if (n.done) (r.append(a, "C"), 0 == --P && i(r));
                          else
                            try {
                              var l = JSON.stringify(n.value, s);
                              (r.append(a, l), t.read().then(e, o));
                            } catch (e) {
                              o(e);
                            }
                        }, o),
                        "$R" + n.toString(16)
                      );
                    }
                    return (
                      (l = p),
                      null === E && (E = new FormData()),
                      (u = E),
                      P++,
                      (c = h++),
                      (f = []),
                      (d = "S" + c),
                      l.read(new Uint8Array(1024)).then(function e(t) {
                        t.done
                          ? ((t = h++),
                            u.append("" + t, new Blob(f)),
                            u.append(d, '"$o' + t.toString(16) + '"'),
                            u.append(d, "C"),
                            0 == --P && i(u))
                          : (f.push(t.value), l.read(new Uint8Array(1024)).then(e, o));
                      }, o),
                      "$r" + c.toString(16)
                    );
                  })(r);
                if ("function" == typeof (e = r[v]))
                  return (
                    (l = r),
                    (u = e.call(r)),
                    null === E && (E = new FormData()),
                    (d = E),
                    P++,
                    (O = h++),
                    (l = l === u),
                    (A = "S" + O),
                    u.next().then(function e(t) {
                      if (t.done) {
                        if (void 0 === t.value) d.append(A, "C");
                        else
                          try {
                            var r = JSON.stringify(t.value, s);
                            d.append(A, "C" + r);
                          } catch (e) {
                            o(e);
                            return;
                          }
                        0 == --P && i(d);
                      } else
                        try {
                          var n = JSON.stringify(t.value, s);
                          (d.append(A, n), u.next().then(e, o));
                        } catch (e) {
                          o(e);
                        }
                    }, o),
                    "$" + (l ? "x" : "X") + O.toString(16)
                  );
                if ((e = S(r)) !== m && (null === e || null !== S(e))) {
                  if (void 0 === t) throw Error(a(499, ""));
                  return "$T";
                }
                return r;
              }
              if ("string" == typeof r)
                return "Z" === r[r.length - 1] && this[e] instanceof Date
                  ? "$D" + r
                  : (e = "$" === r[0] ? "$" + r : r);
              if ("boolean" == typeof r) return r;
              if ("number" == typeof r)
                return Number.isFinite(r)
                  ? 0 === r && -1 / 0 == 1 / r
                    ? "$-0"
                    : r
                  : 1 / 0 === r
                    ? "$Infinity"
                    : -1 / 0 === r
                      ? "$-Infinity"
                      : "$NaN";
              if (void 0 === r) return "$undefined";
              if ("function" == typeof r) {
                if (void 0 !== (w = R.get(r)))
                  return (
                    void 0 !== (e = b.get(r)) ||
                      ((e = JSON.stringify({ id: w.id, bound: w.bound }, s)),
                      null === E && (E = new FormData()),
                      (w = h++),
                      E.set("" + w, e),
                      (e = "$h" + w.toString(16)),
                      b.set(r, e)),
                    e
                  );
                if (void 0 !== t && -1 === e.indexOf(":") && void 0 !== (w = b.get(this)))
                  return (t.set(w + ":" + e, r), "$T");
                throw Error(a(469));
              }
              if ("symbol" == typeof r) {
                if (void 0 !== t && -1 === e.indexOf(":") && void 0 !== (w = b.get(this)))
                  return (t.set(w + ":" + e, r), "$T");
                throw Error(a(517, ""));
              }
              if ("bigint" == typeof r) return "$n" + r.toString(10);
              throw Error(a(472, typeof r));
            }
            function f(e, r) {
              return (
                "object" == typeof e &&
                  null !== e &&
                  ((r = "$" + r.toString(16)), b.set(e, r), void 0 !== t && t.set(r, e)),
                (T = e),
                JSON.stringify(e, s)
              );
            }
            function d() {
              (u(), 0 < P && ((P = 0), null === E ? i(w) : i(E)));
            }
            var h = 1,
              P = 0,
              E = null,
              b = new WeakMap(),
              T = e,
              O = !1,
              A = null,
              w = f(e, 0);
            (null === E ? i(w) : (E.set("0", w), 0 === P && i(E)),
              void 0 === l ||
                O ||
                (l.aborted
                  ? d()
                  : ((A = new AbortController()),
                    l.addEventListener(
                      "abort",
                      function () {
                        d();
                      },
                      { signal: A.signal },
                    ))));
          })(
            e,
            t && t.temporaryReferences ? t.temporaryReferences : void 0,
            r,
            n,
            t ? t.signal : void 0,
          );
        });
      }),
      (r.registerServerReference = function (e, t) {
        return (P(e, t, null), e);
      }));
  },
  21413,
  (e, t, r) => {
    "use strict";
    (e.i(47167), (t.exports = e.r(64893)));
  },
  35326,
  (e, t, r) => {
    "use strict";
    t.exports = e.r(21413);
  },
  63416,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      ACTION_SUFFIX: function () {
        return g;
      },
      APP_DIR_ALIAS: function () {
        return B;
      },
      CACHE_ONE_YEAR_SECONDS: function () {
        return N;
      },
      DOT_NEXT_ALIAS: function () {
        return H;
      },
      ESLINT_DEFAULT_DIRS: function () {
        return ei;
      },
      GSP_NO_RETURNED_VALUE: function () {
        return et;
      },
      GSSP_COMPONENT_MEMBER_ERROR: function () {
        return ea;
      },
      GSSP_NO_RETURNED_VALUE: function () {
        return er;
      },
      HTML_CONTENT_TYPE_HEADER: function () {
        return u;
      },
      INFINITE_CACHE: function () {
        return I;
      },
      INSTRUMENTATION_HOOK_FILENAME: function () {
        return L;
      },
      JSON_CONTENT_TYPE_HEADER: function () {
        return i;
      },
      MATCHED_PATH_HEADER: function () {
        return s;
      },
      MIDDLEWARE_FILENAME: function () {
        return j;
      },
      MIDDLEWARE_LOCATION_REGEXP: function () {
        return F;
      },
      NEXT_BODY_SUFFIX: function () {
        return S;
      },
      NEXT_CACHE_IMPLICIT_TAG_ID: function () {
        return C;
      },
      NEXT_CACHE_REVALIDATED_TAGS_HEADER: function () {
        return P;
      },
      NEXT_CACHE_REVALIDATE_TAG_TOKEN_HEADER: function () {
        return E;
      },
      NEXT_CACHE_ROOT_PARAM_TAG_ID: function () {
        return M;
      },
      NEXT_CACHE_SOFT_TAG_MAX_LENGTH: function () {
        return w;
      },
      NEXT_CACHE_TAGS_HEADER: function () {
        return R;
      },
      NEXT_CACHE_TAG_MAX_ITEMS: function () {
        return O;
      },
      NEXT_CACHE_TAG_MAX_LENGTH: function () {
        return A;
      },
      NEXT_DATA_SUFFIX: function () {
        return v;
      },
      NEXT_INTERCEPTION_MARKER_PREFIX: function () {
        return c;
      },
      NEXT_META_SUFFIX: function () {
        return _;
      },
      NEXT_NAV_DEPLOYMENT_ID_HEADER: function () {
        return m;
      },
      NEXT_QUERY_PARAM_PREFIX: function () {
        return o;
      },
      NEXT_RESUME_HEADER: function () {
        return b;
      },
      NEXT_RESUME_STATE_LENGTH_HEADER: function () {
        return T;
      },
      NON_STANDARD_NODE_ENV: function () {
        return el;
      },
      PAGES_DIR_ALIAS: function () {
        return k;
      },
      PRERENDER_REVALIDATE_HEADER: function () {
        return f;
      },
      PRERENDER_REVALIDATE_ONLY_GENERATED_HEADER: function () {
        return d;
      },
      PROXY_FILENAME: function () {
        return D;
      },
      PROXY_LOCATION_REGEXP: function () {
        return U;
      },
      PUBLIC_DIR_MIDDLEWARE_CONFLICT: function () {
        return W;
      },
      ROOT_DIR_ALIAS: function () {
        return x;
      },
      RSC_ACTION_CLIENT_WRAPPER_ALIAS: function () {
        return Y;
      },
      RSC_ACTION_ENCRYPTION_ALIAS: function () {
        return G;
      },
      RSC_ACTION_PROXY_ALIAS: function () {
        return K;
      },
      RSC_ACTION_VALIDATE_ALIAS: function () {
        return $;
      },
      RSC_CACHE_WRAPPER_ALIAS: function () {
        return X;
      },
      RSC_DYNAMIC_IMPORT_WRAPPER_ALIAS: function () {
        return q;
      },
      RSC_MOD_REF_PROXY_ALIAS: function () {
        return V;
      },
      RSC_SEGMENTS_DIR_SUFFIX: function () {
        return h;
      },
      RSC_SEGMENT_SUFFIX: function () {
        return p;
      },
      RSC_SUFFIX: function () {
        return y;
      },
      SERVER_PROPS_EXPORT_ERROR: function () {
        return ee;
      },
      SERVER_PROPS_GET_INIT_PROPS_CONFLICT: function () {
        return Q;
      },
      SERVER_PROPS_SSG_CONFLICT: function () {
        return J;
      },
      SERVER_RUNTIME: function () {
        return eo;
      },
      SSG_FALLBACK_EXPORT_ERROR: function () {
        return eu;
      },
      SSG_GET_INITIAL_PROPS_CONFLICT: function () {
        return z;
      },
      STATIC_STATUS_PAGE_GET_INITIAL_PROPS_ERROR: function () {
        return Z;
      },
      TEXT_PLAIN_CONTENT_TYPE_HEADER: function () {
        return l;
      },
      UNSTABLE_REVALIDATE_RENAME_ERROR: function () {
        return en;
      },
      WEBPACK_LAYERS: function () {
        return ef;
      },
      WEBPACK_RESOURCE_QUERIES: function () {
        return ed;
      },
      WEB_SOCKET_MAX_RECONNECTIONS: function () {
        return ec;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = "text/plain",
      u = "text/html; charset=utf-8",
      i = "application/json; charset=utf-8",
      o = "nxtP",
      c = "nxtI",
      s = "x-matched-path",
      f = "x-prerender-revalidate",
      d = "x-prerender-revalidate-if-generated",
      h = ".segments",
      p = ".segment.rsc",
      y = ".rsc",
      g = ".action",
      v = ".json",
      _ = ".meta",
      S = ".body",
      m = "x-nextjs-deployment-id",
      R = "x-next-cache-tags",
      P = "x-next-revalidated-tags",
      E = "x-next-revalidate-tag-token",
      b = "next-resume",
      T = "x-next-resume-state-length",
      O = 128,
      A = 256,
      w = 1024,
      C = "_N_T_",
      M = "_N_RP_",
      N = 31536e3,
      I = 0xfffffffe,
      j = "middleware",
      F = `(?:src/)?${j}`,
      D = "proxy",
      U = `(?:src/)?${D}`,
      L = "instrumentation",
      k = "private-next-pages",
      H = "private-dot-next",
      x = "private-next-root-dir",
      B = "private-next-app-dir",
      V = "private-next-rsc-mod-ref-proxy",
      $ = "private-next-rsc-action-validate",
      K = "private-next-rsc-server-reference",
      X = "private-next-rsc-cache-wrapper",
      q = "private-next-rsc-track-dynamic-import",
      G = "private-next-rsc-action-encryption",
      Y = "private-next-rsc-action-client-wrapper",
      W =
        "You can not have a '_next' folder inside of your public folder. This conflicts with the internal '/_next' route. https://nextjs.org/docs/messages/public-next-folder-conflict",
      z =
        "You can not use getInitialProps with getStaticProps. To use SSG, please remove your getInitialProps",
      Q = "You can not use getInitialProps with getServerSideProps. Please remove getInitialProps.",
      J =
        "You can not use getStaticProps or getStaticPaths with getServerSideProps. To use SSG, please remove getServerSideProps",
      Z =
        "can not have getInitialProps/getServerSideProps, https://nextjs.org/docs/messages/404-get-initial-props",
      ee =
        "pages with `getServerSideProps` can not be exported. See more info here: https://nextjs.org/docs/messages/gssp-export",
      et =
        "Your `getStaticProps` function did not return an object. Did you forget to add a `return`?",
      er =
        "Your `getServerSideProps` function did not return an object. Did you forget to add a `return`?",
      en =
        "The `unstable_revalidate` property is available for general use.\nPlease use `revalidate` instead.",
      ea =
        "can not be attached to a page's component and must be exported from the page. See more info here: https://nextjs.org/docs/messages/gssp-component-member",
      el =
        'You are using a non-standard "NODE_ENV" value in your environment. This creates inconsistencies in the project and is strongly advised against. Read more: https://nextjs.org/docs/messages/non-standard-node-env',
      eu =
        "Pages with `fallback` enabled in `getStaticPaths` can not be exported. See more info here: https://nextjs.org/docs/messages/ssg-fallback-true-export",
      ei = ["app", "pages", "components", "lib", "src"],
      eo = { edge: "edge", experimentalEdge: "experimental-edge", nodejs: "nodejs" },
      ec = 12,
      es = {
        shared: "shared",
        reactServerComponents: "rsc",
        serverSideRendering: "ssr",
        actionBrowser: "action-browser",
        apiNode: "api-node",
        apiEdge: "api-edge",
        middleware: "middleware",
        instrument: "instrument",
        edgeAsset: "edge-asset",
        appPagesBrowser: "app-pages-browser",
        pagesDirBrowser: "pages-dir-browser",
        pagesDirEdge: "pages-dir-edge",
        pagesDirNode: "pages-dir-node",
      },
      ef = {
        ...es,
        GROUP: {
          builtinReact: [es.reactServerComponents, es.actionBrowser],
          serverOnly: [es.reactServerComponents, es.actionBrowser, es.instrument, es.middleware],
          neutralTarget: [es.apiNode, es.apiEdge],
          clientOnly: [es.serverSideRendering, es.appPagesBrowser],
          bundled: [
            es.reactServerComponents,
            es.actionBrowser,
            es.serverSideRendering,
            es.appPagesBrowser,
            es.shared,
            es.instrument,
            es.middleware,
          ],
          appPages: [
            es.reactServerComponents,
            es.serverSideRendering,
            es.appPagesBrowser,
            es.actionBrowser,
          ],
        },
      },
      ed = {
        edgeSSREntry: "__next_edge_ssr_entry__",
        metadata: "__next_metadata__",
        metadataRoute: "__next_metadata_route__",
        metadataImageMeta: "__next_metadata_image_meta__",
      };
  },
  39146,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      ActionDidNotRevalidate: function () {
        return l;
      },
      ActionDidRevalidateDynamicOnly: function () {
        return i;
      },
      ActionDidRevalidateStaticAndDynamic: function () {
        return u;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = 0,
      u = 1,
      i = 2;
  },
  8372,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      AppRouterContext: function () {
        return u;
      },
      GlobalLayoutRouterContext: function () {
        return o;
      },
      LayoutRouterContext: function () {
        return i;
      },
      MissingSlotContext: function () {
        return s;
      },
      TemplateContext: function () {
        return c;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(55682)._(e.r(71645)),
      u = l.default.createContext(null),
      i = l.default.createContext(null),
      o = l.default.createContext(null),
      c = l.default.createContext(null),
      s = l.default.createContext(new Set());
  },
  22744,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n,
      a = {
        PrefetchHint: function () {
          return u;
        },
        StaticAttemptHints: function () {
          return o;
        },
        StaticPrefetchDisabled: function () {
          return i;
        },
        SubtreePrefetchHints: function () {
          return c;
        },
        propagateSubtreeBits: function () {
          return s;
        },
      };
    for (var l in a) Object.defineProperty(r, l, { enumerable: !0, get: a[l] });
    var u =
      (((n = {})[(n.SubtreeHasPartialPrefetching = 2)] = "SubtreeHasPartialPrefetching"),
      (n[(n.SegmentHasLoadingBoundary = 4)] = "SegmentHasLoadingBoundary"),
      (n[(n.SubtreeHasLoadingBoundary = 8)] = "SubtreeHasLoadingBoundary"),
      (n[(n.IsRootLayoutOrAbove = 16)] = "IsRootLayoutOrAbove"),
      (n[(n.ParentInlinedIntoSelf = 32)] = "ParentInlinedIntoSelf"),
      (n[(n.InlinedIntoChild = 64)] = "InlinedIntoChild"),
      (n[(n.HeadInlinedIntoSelf = 128)] = "HeadInlinedIntoSelf"),
      (n[(n.HeadOutlined = 256)] = "HeadOutlined"),
      (n[(n.InliningHintsStale = 512)] = "InliningHintsStale"),
      (n[(n.PrefetchDisabled = 1024)] = "PrefetchDisabled"),
      (n[(n.SubtreeHasInstantFalse = 8192)] = "SubtreeHasInstantFalse"),
      (n[(n.ShouldAttemptStaticShell = 16384)] = "ShouldAttemptStaticShell"),
      (n[(n.ShouldAttemptStaticPrefetch = 32768)] = "ShouldAttemptStaticPrefetch"),
      (n[(n.IsClosedParam = 65536)] = "IsClosedParam"),
      (n[(n.SubtreeHasClosedParams = 131072)] = "SubtreeHasClosedParams"),
      n);
    let i = 1024,
      o = 49152,
      c = 139274;
    function s(e, t) {
      return (
        2 & t && (e |= 2),
        12 & t && (e |= 8),
        8192 & t && (e |= 8192),
        196608 & t && (e |= 131072),
        e
      );
    }
  },
  43369,
  (e, t, r) => {
    "use strict";
    let n;
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var a = {
      getAssetToken: function () {
        return o;
      },
      getAssetTokenQuery: function () {
        return c;
      },
      getDeploymentId: function () {
        return u;
      },
      getDeploymentIdQuery: function () {
        return i;
      },
    };
    for (var l in a) Object.defineProperty(r, l, { enumerable: !0, get: a[l] });
    function u() {
      return n;
    }
    function i(e = !1) {
      let t = n;
      return t ? `${e ? "&" : "?"}dpl=${t}` : "";
    }
    function o() {
      return !1;
    }
    function c(e = !1) {
      return "";
    }
    "u" > typeof window
      ? ((n = document.documentElement.dataset.dplId),
        document.documentElement.removeAttribute("data-dpl-id"))
      : (n = void 0);
  },
  19921,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      djb2Hash: function () {
        return l;
      },
      hexHash: function () {
        return u;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    function l(e) {
      let t = 5381;
      for (let r = 0; r < e.length; r++) t = ((t << 5) + t + e.charCodeAt(r)) | 0;
      return t >>> 0;
    }
    function u(e) {
      return l(e).toString(36).slice(0, 5);
    }
  },
  97721,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      createLinkPrefetchPartialError: function () {
        return u;
      },
      createUnrenderedSegmentError: function () {
        return l;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    function l(e, t) {
      let r = `Route "${e}": Could not validate that a segment in your UI has instant navigation.`;
      if (t.length > 0) {
        let e = 1 === t.length ? "Dropped segment" : "Dropped segments";
        r += `

This segment was dropped from rendering. Issues that would prevent instant navigation will go undetected.

${e}:
${t.map((e) => `  ${e}`).join("\n")}

Ways to fix this:
  - [render] Render the dropped segment
  - [ignore] Set \`export const instant = false\` to opt the dropped segment out of instant-navigation validation

Learn more: https://nextjs.org/docs/messages/instant-unrendered-segment`;
      }
      return Error(r);
    }
    function u(e) {
      return Error(`Next.js encountered dynamic data during prefetching for "${e}".

This will lead to slower, more expensive prefetches.

Ways to fix this:
  - [upgrade] Opt into Partial Prefetching by exporting \`const prefetch = 'partial'\` from the page or layout, or by setting \`partialPrefetching: true\` in next.config to opt the whole app in
  - [disable] Remove \`prefetch={true}\` from the <Link> to use the default prefetch
  - [ignore] Set \`export const instant = false\` to opt the route out of instant-navigation validation

Learn more: https://nextjs.org/docs/messages/instant-link-prefetch-partial`);
    }
  },
  12718,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "InvariantError", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
    class n extends Error {
      constructor(e, t) {
        (super(`Invariant: ${e.endsWith(".") ? e : e + "."} This is a bug in Next.js.`, t),
          (this.name = "InvariantError"));
      }
    }
  },
  64245,
  (e, t, r) => {
    "use strict";
    function n(e) {
      return null !== e && "object" == typeof e && "then" in e && "function" == typeof e.then;
    }
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "isThenable", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
  },
  3372,
  (e, t, r) => {
    "use strict";
    function n(e) {
      return e.startsWith("/") ? e : `/${e}`;
    }
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "ensureLeadingSlash", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
  },
  39470,
  (e, t, r) => {
    "use strict";
    function n() {
      let e,
        t,
        r = new Promise((r, n) => {
          ((e = r), (t = n));
        });
      return { resolve: e, reject: t, promise: r };
    }
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "createPromiseWithResolvers", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
  },
  41858,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "addPathPrefix", {
        enumerable: !0,
        get: function () {
          return a;
        },
      }));
    let n = e.r(72463);
    function a(e, t) {
      if (!e.startsWith("/") || !t) return e;
      let { pathname: r, query: a, hash: l } = (0, n.parsePath)(e);
      return `${t}${r}${a}${l}`;
    }
  },
  74180,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      compareAppPaths: function () {
        return o;
      },
      normalizeAppPath: function () {
        return i;
      },
      normalizeRscURL: function () {
        return f;
      },
      selectAppPageEntry: function () {
        return s;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(3372),
      u = e.r(13258);
    function i(e) {
      return (0, l.ensureLeadingSlash)(
        e
          .split("/")
          .reduce(
            (e, t, r, n) =>
              !t ||
              (0, u.isGroupSegment)(t) ||
              "@" === t[0] ||
              (("page" === t || "route" === t) && r === n.length - 1)
                ? e
                : `${e}/${t}`,
            "",
          ),
      );
    }
    function o(e, t) {
      let r = e.includes("/@"),
        n = t.includes("/@");
      return r && !n ? -1 : !r && n ? 1 : e.localeCompare(t);
    }
    function c(e) {
      return i(e).replace(/%5F/g, "_");
    }
    function s(e, t, r = c) {
      let n;
      for (let a of t) r(a) === e && (void 0 === n || 0 > o(n, a)) && (n = a);
      if (void 0 === n) throw Error(`Invariant: no direct app page entry found for ${e}`);
      return n;
    }
    function f(e) {
      return e.replace(/\.rsc($|\?)/, "$1");
    }
  },
  86051,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      computeCacheBustingSearchParam: function () {
        return s;
      },
      computeLegacyCacheBustingSearchParam: function () {
        return f;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(19921),
      u = new TextEncoder();
    function i(e) {
      return void 0 === e ? "0" : Array.isArray(e) ? e.join(",") : e;
    }
    function o(e, t, r, n) {
      return (void 0 === e || "0" === e) && void 0 === t && void 0 === r && void 0 === n
        ? null
        : [e ?? "0", i(t), i(r), i(n)].join(",");
    }
    async function c(e) {
      var t = new Uint8Array(
        await globalThis.crypto.subtle.digest("SHA-256", u.encode(e)),
      ).subarray(0, 12);
      let r = "";
      for (let e = 0; e < t.length; e++) r += String.fromCharCode(t[e]);
      return btoa(r).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }
    async function s(e, t, r, n) {
      let a = o(e, t, r, n);
      return null === a ? "" : c(a);
    }
    function f(e, t, r, n) {
      let a = o(e, t, r, n);
      return null === a ? "" : (0, l.hexHash)(a);
    }
  },
  26935,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "HTML_LIMITED_BOT_UA_RE", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
    let n =
      /[\w-]+-Google|Google-[\w-]+|Chrome-Lighthouse|Slurp|DuckDuckBot|baiduspider|yandex|sogou|bitlybot|tumblr|vkShare|quora link preview|redditbot|ia_archiver|Bingbot|BingPreview|applebot|facebookexternalhit|facebookcatalog|Twitterbot|LinkedInBot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|Yeti|googleweblight/i;
  },
  91463,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      INTERCEPTION_ROUTE_MARKERS: function () {
        return u;
      },
      extractInterceptionRouteInformation: function () {
        return d;
      },
      findMissingCanonicalInterceptionRoutes: function () {
        return h;
      },
      isInterceptionRouteAppPath: function () {
        return f;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(74180),
      u = ["(..)(..)", "(.)", "(..)", "(...)"];
    function i(e) {
      let t = e.split("/").filter(Boolean),
        r = t.at(-1),
        n = void 0 !== r && r.startsWith("[[...") && r.endsWith("]]"),
        a = void 0 !== r && r.startsWith("[...") && r.endsWith("]"),
        l = n || a,
        u = l ? t.slice(0, -1) : t;
      return {
        prefix: u.map((e) => (e.startsWith("[") && e.endsWith("]") ? null : e)),
        minLength: u.length + (a && !n ? 1 : 0),
        unbounded: l,
      };
    }
    function o(e, t) {
      return e.unbounded ? t >= e.minLength : t === e.minLength;
    }
    function c(e, t) {
      return e.prefix.every((e, r) => {
        if (null === e) return !0;
        let n = t.prefix[r];
        return null != n && e === n;
      });
    }
    function s(e, t, r) {
      return o(e, r) && o(t, r) && c(e, t);
    }
    function f(e) {
      return void 0 !== e.split("/").find((e) => u.find((t) => e.startsWith(t)));
    }
    function d(e) {
      let t, r, n;
      for (let a of e.split("/"))
        if ((r = u.find((e) => a.startsWith(e)))) {
          [t, n] = e.split(r, 2);
          break;
        }
      if (!t || !r || !n)
        throw Error(
          `Invalid interception route: ${e}. Must be in the format /<intercepting route>/(..|...|..)(..)/<intercepted route>`,
        );
      switch (((t = (0, l.normalizeAppPath)(t)), r)) {
        case "(.)":
          n = "/" === t ? `/${n}` : t + "/" + n;
          break;
        case "(..)":
          if ("/" === t)
            throw Error(
              `Invalid interception route: ${e}. Cannot use (..) marker at the root level, use (.) instead.`,
            );
          n = t.split("/").slice(0, -1).concat(n).join("/");
          break;
        case "(...)":
          n = "/" + n;
          break;
        case "(..)(..)":
          let a = t.split("/");
          if (a.length <= 2)
            throw Error(
              `Invalid interception route: ${e}. Cannot use (..)(..) marker at the root level or one level up.`,
            );
          n = a.slice(0, -2).concat(n).join("/");
          break;
        default:
          throw Error("Invariant: unexpected marker");
      }
      return { interceptingRoute: t, interceptedRoute: n };
    }
    function h(e) {
      let t = Object.keys(e)
        .filter((e) => !f(e))
        .map(i);
      return Object.keys(e)
        .filter(f)
        .map((e) => ({ interceptionRoute: e, canonicalRoute: d(e).interceptedRoute }))
        .filter(
          ({ canonicalRoute: e }) =>
            !(function (e, t) {
              let r = i(e);
              if (!r.unbounded) return t.some((e) => s(e, r, r.minLength));
              let n = 1 / 0;
              for (let e of t)
                e.unbounded && c(e, r) && (n = Math.min(n, Math.max(r.minLength, e.minLength)));
              if (1 / 0 === n) return !1;
              for (let e = r.minLength; e < n; e++) if (!t.some((t) => s(t, r, e))) return !1;
              return !0;
            })(e, t),
        )
        .sort((e, t) => e.interceptionRoute.localeCompare(t.interceptionRoute));
    }
  },
  82604,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      HTML_LIMITED_BOT_UA_RE: function () {
        return l.HTML_LIMITED_BOT_UA_RE;
      },
      HTML_LIMITED_BOT_UA_RE_STRING: function () {
        return i;
      },
      getBotType: function () {
        return s;
      },
      isBot: function () {
        return c;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(26935),
      u = /Googlebot(?!-)|Googlebot$/i,
      i = l.HTML_LIMITED_BOT_UA_RE.source;
    function o(e) {
      return l.HTML_LIMITED_BOT_UA_RE.test(e);
    }
    function c(e) {
      return u.test(e) || o(e);
    }
    function s(e) {
      return u.test(e) ? "dom" : o(e) ? "html" : void 0;
    }
  },
  72463,
  (e, t, r) => {
    "use strict";
    function n(e) {
      let t = e.indexOf("#"),
        r = e.indexOf("?"),
        n = r > -1 && (t < 0 || r < t);
      return n || t > -1
        ? {
            pathname: e.substring(0, n ? r : t),
            query: n ? e.substring(r, t > -1 ? t : void 0) : "",
            hash: t > -1 ? e.slice(t) : "",
          }
        : { pathname: e, query: "", hash: "" };
    }
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "parsePath", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
  },
  59084,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "pathHasPrefix", {
        enumerable: !0,
        get: function () {
          return a;
        },
      }));
    let n = e.r(72463);
    function a(e, t) {
      if ("string" != typeof e) return !1;
      let { pathname: r } = (0, n.parsePath)(e);
      return r === t || r.startsWith(t + "/");
    }
  },
  98183,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      assign: function () {
        return c;
      },
      getRenderedSearch: function () {
        return l;
      },
      searchParamsToUrlQuery: function () {
        return u;
      },
      urlQueryToSearchParams: function () {
        return o;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    function l(e) {
      let t = [];
      for (let r in e) {
        let n = e[r];
        if (null != n)
          if (Array.isArray(n))
            for (let e of n) t.push(`${encodeURIComponent(r)}=${encodeURIComponent(String(e))}`);
          else t.push(`${encodeURIComponent(r)}=${encodeURIComponent(String(n))}`);
      }
      return 0 === t.length ? "" : "?" + t.join("&");
    }
    function u(e) {
      let t = {};
      for (let [r, n] of e.entries()) {
        let e = t[r];
        void 0 === e ? (t[r] = n) : Array.isArray(e) ? e.push(n) : (t[r] = [e, n]);
      }
      return t;
    }
    function i(e) {
      return "string" == typeof e
        ? e
        : ("number" != typeof e || isNaN(e)) && "boolean" != typeof e
          ? ""
          : String(e);
    }
    function o(e) {
      let t = new URLSearchParams();
      for (let [r, n] of Object.entries(e))
        if (Array.isArray(n)) for (let e of n) t.append(r, i(e));
        else t.set(r, i(n));
      return t;
    }
    function c(e, ...t) {
      for (let r of t) {
        for (let t of r.keys()) e.delete(t);
        for (let [t, n] of r.entries()) e.append(t, n);
      }
      return e;
    }
  },
  38281,
  (e, t, r) => {
    "use strict";
    function n(e) {
      return 47 === e.charCodeAt(e.length - 1) && e.length > 1 ? e.slice(0, -1) : e;
    }
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "removeTrailingSlash", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
  },
  74064,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      createSkippedSegmentData: function () {
        return u;
      },
      readFulfilledValue: function () {
        return i;
      },
      segmentToTransportSegment: function () {
        return c;
      },
      transportNodeToFlightRouterState: function () {
        return function e(t, r) {
          let n = {},
            a = t.c;
          if (void 0 !== a) for (let [t, l] of a) n[t] = e(l, r);
          let u = [s(t.s), n];
          return (void 0 !== t.h && (u[4] = t.h), u[0] === l.PAGE_SEGMENT_KEY && (u[5] = r), u);
        };
      },
      transportSegmentToSegment: function () {
        return s;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(13258);
    function u() {
      return { r: null, p: !0, v: null };
    }
    function i(e, t, r = t) {
      switch ((e.then(o, o), e.status)) {
        case "fulfilled":
          return e.value;
        case "rejected":
          return r;
        default:
          return t;
      }
    }
    let o = () => {};
    function c(e) {
      return "string" == typeof e ? e : { n: e[0], t: e[2], k: e[1], s: e[3] };
    }
    function s(e) {
      return "string" == typeof e ? e : [e.n, e.k ?? "", e.t, e.s];
    }
  },
  67764,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      HEAD_REQUEST_KEY: function () {
        return u;
      },
      ROOT_SEGMENT_REQUEST_KEY: function () {
        return l;
      },
      appendSegmentRequestKeyPart: function () {
        return o;
      },
      convertSegmentPathToStaticExportFilename: function () {
        return f;
      },
      createSegmentRequestKeyPart: function () {
        return i;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = "",
      u = "/_head";
    function i(e) {
      if ("string" == typeof e) return "/_not-found" === e ? "_not-found" : s(e);
      let t = e[0];
      return "$" + e[2] + "$" + s(t);
    }
    function o(e, t, r) {
      return e + "/" + ("children" === t ? r : `@${s(t)}/${r}`);
    }
    let c = /^[a-zA-Z0-9\-_@]+$/;
    function s(e) {
      return c.test(e)
        ? e
        : "!" + btoa(e).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }
    function f(e) {
      return `__next${e.replace(/\//g, ".")}.txt`;
    }
  },
  6372,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      SEARCH_PARAMS_VARY_ID: function () {
        return u;
      },
      createVaryParams: function () {
        return c;
      },
      decodeVaryParams: function () {
        return o;
      },
      readVaryParams: function () {
        return s;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = e.r(74064),
      u = 0;
    function i(e, t) {
      let r = e[Symbol.asyncIterator]();
      for (;;) {
        let e = (0, l.readFulfilledValue)(r.next(), void 0);
        if (void 0 === e || e.done) return;
        t.add(e.value);
      }
    }
    function o(e, t) {
      if (null == e || null == t) return null;
      let r = new Set();
      return (i(e, r), i(t, r), c(r));
    }
    function c(e) {
      let t = Promise.resolve(e);
      return ((t.status = "fulfilled"), (t.value = e), t);
    }
    function s(e) {
      return (0, l.readFulfilledValue)(e, null);
    }
  },
  13258,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      DEFAULT_SEGMENT_KEY: function () {
        return s;
      },
      NOT_FOUND_SEGMENT_KEY: function () {
        return f;
      },
      PAGE_SEGMENT_KEY: function () {
        return c;
      },
      computeSelectedLayoutSegment: function () {
        return o;
      },
      getSegmentValue: function () {
        return l;
      },
      getSelectedLayoutSegmentPath: function () {
        return function e(t, r, n = !0, a = []) {
          let u;
          if (n) u = t[1][r];
          else {
            let e = t[1];
            u = e.children ?? Object.values(e)[0];
          }
          if (!u) return a;
          let i = l(u[0]);
          return i && i !== c ? (a.push(i), e(u, r, !1, a)) : a;
        };
      },
      isGroupSegment: function () {
        return u;
      },
      isParallelRouteSegment: function () {
        return i;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    function l(e) {
      return Array.isArray(e) ? e[1] : e;
    }
    function u(e) {
      return "(" === e[0] && e.endsWith(")");
    }
    function i(e) {
      return e.startsWith("@") && "@children" !== e;
    }
    function o(e, t) {
      if (!e || 0 === e.length) return null;
      let r = "children" === t ? e[0] : e[e.length - 1];
      return r === s ? null : r;
    }
    let c = "__PAGE__",
      s = "__DEFAULT__",
      f = "/_not-found";
  },
  39747,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      SERVER_REFERENCE_ID_LENGTH: function () {
        return l;
      },
      extractInfoFromServerReferenceId: function () {
        return i;
      },
      mightBeServerReferenceId: function () {
        return u;
      },
      omitUnusedArgs: function () {
        return o;
      },
    };
    for (var a in n) Object.defineProperty(r, a, { enumerable: !0, get: n[a] });
    let l = 42;
    function u(e) {
      return e.length === l;
    }
    function i(e) {
      let t = parseInt(e.slice(0, 2), 16),
        r = (t >> 1) & 63,
        n = Array(6);
      for (let e = 0; e < 6; e++) {
        let t = (r >> (5 - e)) & 1;
        n[e] = 1 === t;
      }
      return {
        type: 1 == ((t >> 7) & 1) ? "use-cache" : "server-action",
        usedArgs: n,
        hasRestArgs: 1 == (1 & t),
      };
    }
    function o(e, t) {
      let r = Array(e.length),
        n = 0;
      for (let a = 0; a < e.length; a++)
        ((a < 6 && t.usedArgs[a]) || (a >= 6 && t.hasRestArgs)) && ((r[a] = e[a]), (n = a + 1));
      return ((r.length = n), r);
    }
  },
]);
