module.exports = [
  12714,
  (e, t, r) => {
    t.exports = e.x("node:fs/promises", () => require("node:fs/promises"));
  },
  43322,
  (e) => {
    "use strict";
    var t = e.i(22260),
      r = e.i(12714),
      a = e.i(50227),
      n = e.i(64721);
    e.i(46034);
    var i = e.i(41524),
      s = e.i(95975);
    let o = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    var l = e.i(13233);
    let u = (e) =>
      a.default.join(
        process.cwd(),
        "node_modules/@fontsource/inter/files",
        `inter-latin-${e}-normal.woff`,
      );
    async function d(e, { params: a }) {
      var c;
      let { slug: p } = await a,
        h = (0, s.l)(p) ? (0, i.F)(p) : void 0;
      if (!h) return new Response("Not found", { status: 404 });
      let [f, m] = await Promise.all([(0, r.readFile)(u(400)), (0, r.readFile)(u(700))]);
      return new n.ImageResponse(
        (0, t.jsxs)("div", {
          style: {
            width: "100%",
            height: "100%",
            display: "flex",
            flexDirection: "column",
            justifyContent: "space-between",
            padding: 72,
            background: "linear-gradient(135deg, #1e1b4b 0%, #4338ca 100%)",
            color: "#ffffff",
            fontFamily: "Inter",
          },
          children: [
            (0, t.jsx)("div", { style: { fontSize: 30, opacity: 0.85 }, children: l.S.title }),
            (0, t.jsx)("div", {
              style: { fontSize: h.title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.15 },
              children: h.title,
            }),
            (0, t.jsxs)("div", {
              style: { fontSize: 28, opacity: 0.85 },
              children: [h.author.name, " · ", ((c = h.date), o.format(c))],
            }),
          ],
        }),
        {
          width: 1200,
          height: 630,
          fonts: [
            { name: "Inter", data: f, weight: 400, style: "normal" },
            { name: "Inter", data: m, weight: 700, style: "normal" },
          ],
        },
      );
    }
    e.s(["GET", 0, d, "revalidate", 0, 86400], 43322);
  },
  37696,
  (e) => {
    "use strict";
    var t = e.i(47909),
      r = e.i(74017),
      a = e.i(96250),
      n = e.i(59756),
      i = e.i(61916),
      s = e.i(74677),
      o = e.i(69741),
      l = e.i(16795),
      u = e.i(87718),
      d = e.i(95169),
      c = e.i(47587),
      p = e.i(66012),
      h = e.i(70101),
      f = e.i(26937),
      m = e.i(10372),
      w = e.i(93695),
      g = e.i(9580);
    e.i(52474);
    var v = e.i(220);
    let x = new t.AppRouteRouteModule({
        definition: {
          kind: r.f.APP_ROUTE,
          page: "/og/[slug]/route",
          pathname: "/og/[slug]",
          filename: "route",
          bundlePath: "",
        },
        distDir: ".next-try",
        relativeProjectDir: "",
        resolvedPagePath: "[project]/app/og/[slug]/route.tsx",
        nextConfigOutput: "",
        userland: () => e.r(43322),
        ...{},
      }),
      { workAsyncStorage: y, workUnitAsyncStorage: R, serverHooks: b } = x;
    async function E(e, t, r) {
      (r.requestMeta && (0, n.R)(e, r.requestMeta),
        x.isDev && (0, n.i)(e, "devRequestTimingInternalsEnd", process.hrtime.bigint()));
      let a = "/og/[slug]/route";
      a = a.replace(/\/index$/, "") || "/";
      let { instrumentation: s } = await x.ensureInstrumentation(e, { deferSpans: !0 });
      return x.traceRequest(
        e,
        {
          tracer: (0, i.v)(),
          spanName: `${e.method || "GET"} ${a}`,
          httpTarget: e.url,
          instrumentation: s,
        },
        (n, i) => C(e, t, r, a, !1, n, i),
      );
    }
    async function C(e, t, a, y, R, b, E) {
      let C = await x.prepare(e, t, { srcPage: y, multiZoneDraftMode: R });
      if (!C)
        return (
          (t.statusCode = 400),
          t.end("Bad Request"),
          null == a.waitUntil || a.waitUntil.call(a, Promise.resolve()),
          null
        );
      let {
          buildId: T,
          deploymentId: P,
          params: A,
          nextConfig: S,
          parsedUrl: O,
          isDraftMode: I,
          prerenderManifest: U,
          routerServerContext: k,
          isOnDemandRevalidate: j,
          revalidateOnlyGenerated: _,
          resolvedPathname: q,
          clientReferenceManifest: M,
          serverActionsManifest: D,
          previewProps: H,
        } = C,
        N = (0, o.f)(y),
        F = !!U.routes[q] && (x.isDev || (0, g.f)(q, x.cacheOwner, U.routes[q])),
        G = !!(U.dynamicRoutes[N] || F),
        $ = async () => (
          (null == k ? void 0 : k.render404)
            ? await k.render404(e, t, O, !1)
            : t.end("This page could not be found"),
          null
        );
      if (G && !I) {
        let e = U.dynamicRoutes[N];
        if (e && !1 === e.fallback && !F) {
          if (S.adapterPath) return await $();
          throw new w.NoFallbackError();
        }
      }
      let L = null;
      (!G || x.isDev || I || (L = "/index" === (L = q) ? "/" : L),
        D && M && (0, s.f)({ page: y, clientReferenceManifest: M, serverActionsManifest: D }));
      let B = e.method || "GET",
        z = (0, i.v)(),
        J = !!(null == k ? void 0 : k.isWrappedByNextServer),
        K = !!(0, n.w)(e, "minimalMode"),
        W = (0, n.w)(e, "incrementalCache") || (await x.getIncrementalCache(e, S, H, U, K));
      (null == W || W.resetRequestCache(), (globalThis.__incrementalCache = W));
      let Q = {
          params: A,
          previewProps: H,
          renderOpts: {
            experimental: {
              authInterrupts: !!S.experimental.authInterrupts,
              useCacheTimeout: S.experimental.useCacheTimeout,
              durableUseCacheEntries: !!S.experimental.durableUseCacheEntries,
            },
            cacheComponents: !!S.cacheComponents,
            validationLevel: S.experimental.instantInsights.validationLevel,
            isDraftMode: I,
            incrementalCache: W,
            hmrRefreshHash: (0, n.w)(e, "hmrRefreshHash"),
            cacheLifeProfiles: S.cacheLife,
            staticPageGenerationTimeout: S.staticPageGenerationTimeout,
            waitUntil: a.waitUntil,
            onClose: (e) => {
              t.on("close", e);
            },
            onAfterTaskError: void 0,
          },
          sharedContext: { buildId: T, deploymentId: P },
        },
        V = new l.x(e),
        Z = new l.e(t),
        X = u.k.fromNodeNextRequest(V, (0, u.t)(t)),
        Y = async ({ previousCacheEntry: r }) => {
          try {
            if (!K && j && _ && !r)
              return (
                (t.statusCode = 404),
                t.setHeader("x-nextjs-cache", "REVALIDATED"),
                t.end("This page could not be found"),
                null
              );
            let n = null === L ? await x.handle(X, Q) : await x.prerender(X, Q);
            e.fetchMetrics = Q.renderOpts.fetchMetrics;
            let i = Q.renderOpts.pendingWaitUntil;
            i && a.waitUntil && (a.waitUntil(i), (i = void 0));
            let s = Q.renderOpts.collectedTags;
            if (!G) return (await (0, p.f)(V, Z, n, i), null);
            {
              let e = await n.blob(),
                t = (0, h.S)(n.headers);
              (s && (t[m.M] = s), !t["content-type"] && e.type && (t["content-type"] = e.type));
              let r =
                  void 0 !== Q.renderOpts.collectedRevalidate &&
                  !(Q.renderOpts.collectedRevalidate >= m.Q) &&
                  Q.renderOpts.collectedRevalidate,
                a =
                  void 0 === Q.renderOpts.collectedExpire || Q.renderOpts.collectedExpire >= m.Q
                    ? !1 !== r && r > 0
                      ? S.expireTime
                      : void 0
                    : Q.renderOpts.collectedExpire;
              return {
                value: {
                  kind: v.x.APP_ROUTE,
                  status: n.status,
                  body: Buffer.from(await e.arrayBuffer()),
                  headers: t,
                },
                cacheControl: { revalidate: r, expire: a },
              };
            }
          } catch (t) {
            throw (
              (null == r ? void 0 : r.isStale) &&
                (await x.onRequestError(
                  e,
                  t,
                  {
                    routerKind: "App Router",
                    routePath: y,
                    routeType: "route",
                    revalidateReason: (0, c.f)({
                      isStaticGeneration: null !== L,
                      isOnDemandRevalidate: j,
                    }),
                  },
                  !1,
                  k,
                )),
              t
            );
          }
        },
        ee = async (n) => {
          try {
            var s, o;
            let n = await x.handleResponse({
              req: e,
              nextConfig: S,
              cacheKey: L,
              routeKind: r.f.APP_ROUTE,
              isFallback: !1,
              previewProps: H,
              prerenderManifest: U,
              isRoutePPREnabled: !1,
              isOnDemandRevalidate: j,
              revalidateOnlyGenerated: _,
              responseGenerator: Y,
              waitUntil: a.waitUntil,
              isMinimalMode: K,
            });
            if (null !== n && "error" in n) throw n.error;
            if (!G) return;
            if ((null == n || null == (s = n.value) ? void 0 : s.kind) !== v.x.APP_ROUTE)
              throw Error(
                `Invariant: app-route received invalid cache entry ${null == n || null == (o = n.value) ? void 0 : o.kind}`,
              );
            (K ||
              t.setHeader(
                "x-nextjs-cache",
                j ? "REVALIDATED" : n.isMiss ? "MISS" : n.isStale ? "STALE" : "HIT",
              ),
              I &&
                t.setHeader(
                  "Cache-Control",
                  "private, no-cache, no-store, max-age=0, must-revalidate",
                ));
            let i = (0, h.G)(n.value.headers);
            ((K && G) || i.delete(m.M),
              !n.cacheControl ||
                t.getHeader("Cache-Control") ||
                i.get("Cache-Control") ||
                i.set("Cache-Control", (0, f.f)(n.cacheControl)),
              await (0, p.f)(
                V,
                Z,
                new Response(n.value.body, { headers: i, status: n.value.status || 200 }),
              ));
            return;
          } catch (r) {
            if (
              (r instanceof w.NoFallbackError ||
                (await x.onRequestError(
                  e,
                  r,
                  {
                    routerKind: "App Router",
                    routePath: N,
                    routeType: "route",
                    revalidateReason: (0, c.f)({
                      isStaticGeneration: null !== L,
                      isOnDemandRevalidate: j,
                    }),
                  },
                  !1,
                  k,
                )),
              G)
            )
              throw r;
            if (t.headersSent) {
              if (n) {
                let e = r instanceof Error ? r : Error("Unknown app route error");
                (n.recordException(e),
                  n.setStatus({ code: i.J.ERROR, message: e.message }),
                  n.setAttribute("error.type", e.name));
              }
              t.writableEnded || t.destroyed || t.end();
            } else await (0, p.f)(V, Z, new Response(null, { status: 500 }));
            return;
          } finally {
            (() => {
              if (!n) return;
              let e = t.statusCode;
              (n.setAttributes({ "http.status_code": e, "next.rsc": !1 }),
                e &&
                  e >= 500 &&
                  (n.setStatus({ code: i.J.ERROR }), n.setAttribute("error.type", e.toString())));
              let r = z.getRootSpanAttributes();
              if (!r) return;
              if (r.get("next.span_type") !== d.q.handleRequest)
                return console.warn(
                  `Unexpected root span type '${r.get("next.span_type")}'. Please report this Next.js issue https://github.com/vercel/next.js`,
                );
              let a = r.get("next.route") || N,
                s = `${B} ${a}`;
              (n.setAttributes({ "next.route": a, "http.route": a, "next.span_name": s }),
                n.updateName(s),
                E && E !== n && (E.setAttribute("http.route", a), E.updateName(s)));
            })();
          }
        };
      (J || void 0 === e.url || null == b || b.setAttribute("http.target", e.url), await ee(b));
    }
    e.s([
      "handler",
      0,
      E,
      "patchFetch",
      0,
      function () {
        return (0, a.f)({ workAsyncStorage: y, workUnitAsyncStorage: R });
      },
      "routeModule",
      0,
      x,
      "serverHooks",
      0,
      b,
      "workAsyncStorage",
      0,
      y,
      "workUnitAsyncStorage",
      0,
      R,
    ]);
  },
  12470,
  (e, t, r) => {
    "use strict";
    let a;
    (Object.defineProperty(r, "__esModule", { value: !0 }),
      Object.defineProperty(r, "ImageResponse", {
        enumerable: !0,
        get: function () {
          return n;
        },
      }));
    class n extends Response {
      static #e = (this.displayName = "ImageResponse");
      constructor(...t) {
        let r = a
            ? a(t)
            : new ReadableStream({
                async start(r) {
                  let a = new (await e.A(91227)).ImageResponse(...t);
                  if (!a.body) return r.close();
                  let n = a.body.getReader();
                  for (;;) {
                    let { done: e, value: t } = await n.read();
                    if (e) return r.close();
                    r.enqueue(t);
                  }
                },
              }),
          n = t[1] || {},
          i = new Headers({
            "content-type": "image/png",
            "cache-control": "public, max-age=0, must-revalidate",
          });
        (n.headers && new Headers(n.headers).forEach((e, t) => i.set(t, e)),
          super(r, { headers: i, status: n.status, statusText: n.statusText }));
      }
    }
  },
  22260,
  (e, t, r) => {
    "use strict";
    t.exports = e.r(42315).vendored["react-rsc"].ReactJsxRuntime;
  },
  64721,
  (e, t, r) => {
    t.exports = e.r(12470);
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__086bk2znx_unj._.js.map
