(globalThis.TURBOPACK || (globalThis.TURBOPACK = [])).push([
  "object" == typeof document ? document.currentScript : void 0,
  28298,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "useRouterBFCache", {
        enumerable: !0,
        get: function () {
          return l;
        },
      }));
    let n = e.r(71645);
    function l(e, t, r) {
      let [l, u] = (0, n.useState)(() => ({ tree: e, renderTree: t, stateKey: r, next: null }));
      if (l.tree === e) return l;
      let a = { tree: e, renderTree: t, stateKey: r, next: null },
        o = 1,
        s = l,
        d = a;
      for (; null !== s && o < 1;) {
        if (s.stateKey === r) {
          d.next = s.next;
          break;
        }
        {
          o++;
          let e = { tree: s.tree, renderTree: s.renderTree, stateKey: s.stateKey, next: null };
          ((d.next = e), (d = e));
        }
        s = s.next;
      }
      return (u(a), a);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  15783,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      createClientParams: function () {
        return u.createRenderParamsFromClient;
      },
      createClientSearchParams: function () {
        return a.createRenderSearchParamsFromClient;
      },
    };
    for (var l in n) Object.defineProperty(r, l, { enumerable: !0, get: n[l] });
    let u = e.r(97689),
      a = e.r(66996);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  47257,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "ClientPageRoot", {
        enumerable: !0,
        get: function () {
          return d;
        },
      }));
    let n = e.r(43476),
      l = e.r(8372),
      u = e.r(71645),
      a = e.r(33906),
      o = e.r(61994),
      s = e.r(15783);
    function d({ Component: e, serverProvidedParams: t }) {
      let r, i;
      if (null !== t) ((r = t.searchParams), (i = t.params));
      else {
        let e = (0, u.use)(l.LayoutRouterContext);
        ((i = null !== e ? e.parentParams : {}),
          (r = (0, a.urlSearchParamsToParsedUrlQuery)((0, u.use)(o.SearchParamsContext))));
      }
      let c = (0, s.createClientSearchParams)(r),
        f = (0, s.createClientParams)(i);
      return (0, n.jsx)(e, { params: f, searchParams: c });
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  92825,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "ClientSegmentRoot", {
        enumerable: !0,
        get: function () {
          return o;
        },
      }));
    let n = e.r(43476),
      l = e.r(8372),
      u = e.r(71645),
      a = e.r(15783);
    function o({ Component: e, slots: t, serverProvidedParams: r }) {
      let s;
      if (null !== r) s = r.params;
      else {
        let e = (0, u.use)(l.LayoutRouterContext);
        s = null !== e ? e.parentParams : {};
      }
      let d = (0, a.createClientParams)(s);
      return (0, n.jsx)(e, { ...t, params: d });
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  68017,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "HTTPAccessFallbackBoundary", {
        enumerable: !0,
        get: function () {
          return i;
        },
      }));
    let n = e.r(90809),
      l = e.r(43476),
      u = n._(e.r(71645)),
      a = e.r(90373),
      o = e.r(54394),
      s = e.r(8372);
    class d extends u.default.Component {
      constructor(e) {
        (super(e), (this.state = { triggeredStatus: void 0, previousPathname: e.pathname }));
      }
      componentDidCatch() {}
      static getDerivedStateFromError(e) {
        if ((0, o.isHTTPAccessFallbackError)(e))
          return { triggeredStatus: (0, o.getAccessFallbackHTTPStatus)(e) };
        throw e;
      }
      static getDerivedStateFromProps(e, t) {
        return e.pathname !== t.previousPathname && t.triggeredStatus
          ? { triggeredStatus: void 0, previousPathname: e.pathname }
          : { triggeredStatus: t.triggeredStatus, previousPathname: e.pathname };
      }
      render() {
        let { notFound: e, forbidden: t, unauthorized: r, children: n } = this.props,
          { triggeredStatus: u } = this.state,
          a = {
            [o.HTTPAccessErrorStatus.NOT_FOUND]: e,
            [o.HTTPAccessErrorStatus.FORBIDDEN]: t,
            [o.HTTPAccessErrorStatus.UNAUTHORIZED]: r,
          };
        if (u) {
          let s = u === o.HTTPAccessErrorStatus.NOT_FOUND && e,
            d = u === o.HTTPAccessErrorStatus.FORBIDDEN && t,
            i = u === o.HTTPAccessErrorStatus.UNAUTHORIZED && r;
          return s || d || i
            ? (0, l.jsxs)(l.Fragment, {
                children: [(0, l.jsx)("meta", { name: "robots", content: "noindex" }), !1, a[u]],
              })
            : n;
        }
        return n;
      }
    }
    function i({ notFound: e, forbidden: t, unauthorized: r, children: n }) {
      let o = (0, a.useUntrackedPathname)(),
        c = (0, u.useContext)(s.MissingSlotContext);
      return e || t || r
        ? (0, l.jsx)(d, {
            pathname: o,
            notFound: e,
            forbidden: t,
            unauthorized: r,
            missingSlots: c,
            children: n,
          })
        : (0, l.jsx)(l.Fragment, { children: n });
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  77694,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      InstantValidationBoundaryContext: function () {
        return u.InstantValidationBoundaryContext;
      },
      PlaceValidationBoundaryBelowThisLevel: function () {
        return u.PlaceValidationBoundaryBelowThisLevel;
      },
      RenderValidationBoundaryAtThisLevel: function () {
        return u.RenderValidationBoundaryAtThisLevel;
      },
      SlotMarker: function () {
        return u.SlotMarker;
      },
    };
    for (var l in n) Object.defineProperty(r, l, { enumerable: !0, get: n[l] });
    let u = e.r(22976);
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  22976,
  (e, t, r) => {
    "use strict";
    Object.defineProperty(r, "__esModule", { value: !0 });
    var n = {
      InstantValidationBoundaryContext: function () {
        return u;
      },
      PlaceValidationBoundaryBelowThisLevel: function () {
        return a;
      },
      RenderValidationBoundaryAtThisLevel: function () {
        return o;
      },
      SlotMarker: function () {
        return s;
      },
    };
    for (var l in n) Object.defineProperty(r, l, { enumerable: !0, get: n[l] });
    let u = null,
      a = null,
      o = null,
      s = null;
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  39756,
  (e, t, r) => {
    "use strict";
    (e.i(47167), Object.defineProperty(r, "__esModule", { value: !0 }));
    var n = {
      LoadingBoundaryProvider: function () {
        return x;
      },
      default: function () {
        return T;
      },
    };
    for (var l in n) Object.defineProperty(r, l, { enumerable: !0, get: n[l] });
    let u = e.r(90809),
      a = e.r(43476),
      o = u._(e.r(71645)),
      s = e.r(8372),
      d = e.r(1244),
      i = e.r(72383),
      c = e.r(91915),
      f = e.r(58442),
      p = e.r(68017);
    e.r(77694);
    let y = e.r(27828),
      m = e.r(28298);
    e.r(74180);
    let b = e.r(61994),
      P = e.r(33906),
      h = e.r(24988);
    function v(e, t, r) {
      let n = e.getClientRects();
      if (0 === n.length) return 0;
      let l = 1 / 0;
      for (let e = 0; e < n.length; e++) {
        let t = n[e];
        t.top < l && (l = t.top);
      }
      return l >= r() && l <= t ? 1 : 2;
    }
    function g(e) {
      let t = o.default.useRef(null);
      return (
        (0, o.useLayoutEffect)(
          () => {
            let { scrollRef: r, renderTree: n } = e,
              l = r.forceScroll ? r.scrollRef : n.data.scrollRef;
            if (null === l || !l.current) return;
            let u = null,
              a = r.hashFragment;
            if (a) {
              if (
                null ===
                (u =
                  "top" === a
                    ? document.body
                    : (document.getElementById(a) ?? document.getElementsByName(a)[0] ?? null))
              ) {
                ((l.current = !1), (r.onlyHashChange = !1), (r.hashFragment = null));
                return;
              }
            } else u = t.current;
            if (null === u) return;
            let o = !1;
            ((0, c.disableSmoothScrollDuringRouteTransition)(
              () => {
                let e = document.documentElement,
                  t = null,
                  r = null,
                  n = null,
                  s = () => {
                    var r;
                    let l, u;
                    return (
                      null === n &&
                        ((r = t),
                        (n =
                          !Number.isFinite(
                            (u = Number.parseFloat((l = getComputedStyle(e).scrollPaddingTop))),
                          ) || u < 0
                            ? 0
                            : l.endsWith("px")
                              ? u
                              : l.endsWith("%")
                                ? (u / 100) * r
                                : 0)),
                      n
                    );
                  };
                (a || ((t = e.clientHeight), 0 !== (r = v(u, t, s)))) &&
                  (((o = !0), (l.current = !1), a)
                    ? u.scrollIntoView()
                    : 1 !== r && ((e.scrollTop = 0), 2 === v(u, t, s) && u.scrollIntoView()));
              },
              { dontForceLayout: !0, onlyHashChange: r.onlyHashChange },
            ),
              o && ((r.onlyHashChange = !1), (r.hashFragment = null)));
          },
          void 0,
        ),
        (0, a.jsx)(o.Fragment, { ref: t, children: e.children })
      );
    }
    function j({ children: e, renderTree: t }) {
      let r = (0, o.useContext)(s.GlobalLayoutRouterContext);
      if (!r) throw Error("invariant global layout router not mounted");
      return (0, a.jsx)(g, { scrollRef: r.scrollRef, renderTree: t, children: e });
    }
    function _({
      tree: e,
      segmentPath: t,
      debugNameContext: r,
      renderTree: n,
      params: l,
      url: u,
      isActive: i,
    }) {
      let c,
        f = (0, o.useContext)(s.GlobalLayoutRouterContext);
      if (((0, o.useContext)(b.NavigationPromisesContext), !f))
        throw Error("invariant global layout router not mounted");
      let p = null !== n.data.prefetchRsc ? n.data.prefetchRsc : n.data.rsc,
        y = (0, o.useDeferredValue)(n.data.rsc, p);
      if ((0, h.isDeferredRsc)(y)) {
        let e = (0, o.use)(y);
        (null === e && (0, o.use)(d.unresolvedThenable), (c = e));
      } else (null === y && (0, o.use)(d.unresolvedThenable), (c = y));
      let m = c;
      return (0, a.jsx)(s.LayoutRouterContext.Provider, {
        value: {
          parentTree: e,
          parentRenderTree: n,
          parentSegmentPath: t,
          parentParams: l,
          parentLoadingData: null,
          debugNameContext: r,
          url: u,
          isActive: i,
        },
        children: m,
      });
    }
    function x({ loading: e, children: t }) {
      let r = (0, o.use)(s.LayoutRouterContext);
      return null === r
        ? t
        : (0, a.jsx)(s.LayoutRouterContext.Provider, {
            value: {
              parentTree: r.parentTree,
              parentRenderTree: r.parentRenderTree,
              parentSegmentPath: r.parentSegmentPath,
              parentParams: r.parentParams,
              parentLoadingData: e,
              debugNameContext: r.debugNameContext,
              url: r.url,
              isActive: r.isActive,
            },
            children: t,
          });
    }
    function O({ name: e, loading: t, children: r }) {
      if (null !== t) {
        let n = t[0],
          l = t[1],
          u = t[2];
        return (0, a.jsx)(o.Suspense, {
          name: e,
          fallback: (0, a.jsxs)(a.Fragment, { children: [l, u, n] }),
          children: r,
        });
      }
      return (0, a.jsx)(a.Fragment, { children: r });
    }
    function T({
      parallelRouterKey: e,
      error: t,
      errorStyles: r,
      errorScripts: n,
      templateStyles: l,
      templateScripts: u,
      template: c,
      notFound: b,
      forbidden: h,
      unauthorized: v,
      segmentViewBoundaries: g,
    }) {
      let x = (0, o.useContext)(s.LayoutRouterContext);
      if (!x) throw Error("invariant expected layout router to be mounted");
      let {
          parentTree: C,
          parentRenderTree: M,
          parentSegmentPath: R,
          parentParams: S,
          parentLoadingData: F,
          url: B,
          isActive: A,
          debugNameContext: E,
        } = x,
        L = C[0],
        H = null === R ? [e] : R.concat([L, e]),
        D = C[1][e],
        N = M.slots?.get(e);
      (void 0 === D || void 0 === N) && (0, o.use)(d.unresolvedThenable);
      let w = D[0],
        k = (0, y.createSegmentKey)(w),
        V = (0, m.useRouterBFCache)(D, N, k),
        I = [];
      do {
        let e = V.tree,
          o = V.renderTree,
          d = V.stateKey,
          y = e[0],
          m = S;
        if (Array.isArray(y)) {
          let e = y[0],
            t = y[1],
            r = y[2],
            n = (0, P.getParamValueFromCacheKey)(t, r);
          null !== n && (m = { ...S, [e]: n });
        }
        let g = (function (e) {
            if ("/" === e) return "/";
            if ("string" == typeof e)
              if ("(__SLOT__)" === e) return;
              else return e + "/";
            return e[1] + "/";
          })(y),
          x = g ?? E,
          T = void 0 === g ? void 0 : E,
          C = (0, a.jsxs)(j, {
            renderTree: o,
            children: [
              (0, a.jsx)(i.ErrorBoundary, {
                errorComponent: t,
                errorStyles: r,
                errorScripts: n,
                children: (0, a.jsx)(O, {
                  name: T,
                  loading: F,
                  children: (0, a.jsx)(p.HTTPAccessFallbackBoundary, {
                    notFound: b,
                    forbidden: h,
                    unauthorized: v,
                    children: (0, a.jsxs)(f.RedirectBoundary, {
                      children: [
                        (0, a.jsx)(_, {
                          url: B,
                          tree: e,
                          params: m,
                          renderTree: o,
                          segmentPath: H,
                          debugNameContext: x,
                          isActive: A && d === k,
                        }),
                        null,
                      ],
                    }),
                  }),
                }),
              }),
              null,
            ],
          }),
          M = (0, a.jsxs)(s.TemplateContext.Provider, { value: C, children: [l, u, c] }, d);
        (I.push(M), (V = V.next));
      } while (null !== V);
      return I;
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  37457,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "default", {
        enumerable: !0,
        get: function () {
          return o;
        },
      }));
    let n = e.r(90809),
      l = e.r(43476),
      u = n._(e.r(71645)),
      a = e.r(8372);
    function o() {
      let e = (0, u.useContext)(a.TemplateContext);
      return (0, l.jsx)(l.Fragment, { children: e });
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  97689,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "createRenderParamsFromClient", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
    let n = e.r(6831).createRenderParamsFromClient;
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  6831,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "createRenderParamsFromClient", {
        enumerable: !0,
        get: function () {
          return l;
        },
      }));
    let n = new WeakMap();
    function l(e) {
      let t = n.get(e);
      if (t) return t;
      let r = Promise.resolve(e);
      return ((r.status = "fulfilled"), (r.value = e), n.set(e, r), r);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  66996,
  (e, t, r) => {
    "use strict";
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "createRenderSearchParamsFromClient", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
    let n = e.r(93504).createRenderSearchParamsFromClient;
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  93504,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "createRenderSearchParamsFromClient", {
        enumerable: !0,
        get: function () {
          return l;
        },
      }));
    let n = new WeakMap();
    function l(e) {
      let t = n.get(e);
      if (t) return t;
      let r = Promise.resolve(e);
      return ((r.status = "fulfilled"), (r.value = e), n.set(e, r), r);
    }
    ("function" == typeof r.default || ("object" == typeof r.default && null !== r.default)) &&
      void 0 === r.default.__esModule &&
      (Object.defineProperty(r.default, "__esModule", { value: !0 }),
      Object.assign(r.default, r),
      (t.exports = r.default));
  },
  27201,
  (e, t, r) => {
    "use strict";
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "IconMark", {
        enumerable: !0,
        get: function () {
          return l;
        },
      }));
    let n = e.r(43476),
      l = () => ("u" > typeof window ? null : (0, n.jsx)("meta", { name: "«nxt-icon»" }));
  },
  91915,
  (e, t, r) => {
    "use strict";
    function n(e, t = {}) {
      if (t.onlyHashChange) return void e();
      let r = document.documentElement;
      if ("smooth" !== r.dataset.scrollBehavior) return void e();
      let l = r.style.scrollBehavior;
      ((r.style.scrollBehavior = "auto"),
        t.dontForceLayout || r.getClientRects(),
        e(),
        (r.style.scrollBehavior = l));
    }
    (e.i(47167),
      Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "disableSmoothScrollDuringRouteTransition", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
  },
]);
