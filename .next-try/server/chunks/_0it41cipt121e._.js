module.exports = [
  47517,
  (e) => {
    "use strict";
    e.i(46034);
    var t = e.i(41524),
      r = e.i(48342);
    async function a(e, { params: n }) {
      let i = (0, t.R)((await n).tag);
      return i
        ? (0, r.d)((0, r.e)((0, t.X)(i.slug), { title: i.name, path: `/tags/${i.slug}` }), "rss")
        : new Response("No such tag", { status: 404 });
    }
    e.s([
      "GET",
      0,
      a,
      "generateStaticParams",
      0,
      function () {
        return (0, t.N)().map((e) => ({ tag: e.slug }));
      },
      "revalidate",
      0,
      300,
    ]);
  },
  23902,
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
      v = e.i(93695),
      g = e.i(9580);
    e.i(52474);
    var w = e.i(220);
    let R = new t.AppRouteRouteModule({
        definition: {
          kind: r.f.APP_ROUTE,
          page: "/(site)/tags/[tag]/feed.xml/route",
          pathname: "/tags/[tag]/feed.xml",
          filename: "route",
          bundlePath: "",
        },
        distDir: ".next-try",
        relativeProjectDir: "",
        resolvedPagePath: "[project]/app/(site)/tags/[tag]/feed.xml/route.ts",
        nextConfigOutput: "",
        userland: () => e.r(47517),
        ...{},
      }),
      { workAsyncStorage: x, workUnitAsyncStorage: y, serverHooks: E } = R;
    async function C(e, t, r) {
      (r.requestMeta && (0, n.R)(e, r.requestMeta),
        R.isDev && (0, n.i)(e, "devRequestTimingInternalsEnd", process.hrtime.bigint()));
      let a = "/(site)/tags/[tag]/feed.xml/route";
      a = a.replace(/\/index$/, "") || "/";
      let { instrumentation: s } = await R.ensureInstrumentation(e, { deferSpans: !0 });
      return R.traceRequest(
        e,
        {
          tracer: (0, i.v)(),
          spanName: `${e.method || "GET"} ${a}`,
          httpTarget: e.url,
          instrumentation: s,
        },
        (n, i) => b(e, t, r, a, !1, n, i),
      );
    }
    async function b(e, t, a, x, y, E, C) {
      let b = await R.prepare(e, t, { srcPage: x, multiZoneDraftMode: y });
      if (!b)
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
          nextConfig: O,
          parsedUrl: S,
          isDraftMode: U,
          prerenderManifest: k,
          routerServerContext: q,
          isOnDemandRevalidate: I,
          revalidateOnlyGenerated: M,
          resolvedPathname: N,
          clientReferenceManifest: _,
          serverActionsManifest: D,
          previewProps: G,
        } = b,
        H = (0, o.f)(x),
        $ = !!k.routes[N] && (R.isDev || (0, g.f)(N, R.cacheOwner, k.routes[N])),
        L = !!(k.dynamicRoutes[H] || $),
        j = async () => (
          (null == q ? void 0 : q.render404)
            ? await q.render404(e, t, S, !1)
            : t.end("This page could not be found"),
          null
        );
      if (L && !U) {
        let e = k.dynamicRoutes[H];
        if (e && !1 === e.fallback && !$) {
          if (O.adapterPath) return await j();
          throw new v.NoFallbackError();
        }
      }
      let B = null;
      (!L || R.isDev || U || (B = "/index" === (B = N) ? "/" : B),
        D && _ && (0, s.f)({ page: x, clientReferenceManifest: _, serverActionsManifest: D }));
      let F = e.method || "GET",
        K = (0, i.v)(),
        J = !!(null == q ? void 0 : q.isWrappedByNextServer),
        Q = !!(0, n.w)(e, "minimalMode"),
        V = (0, n.w)(e, "incrementalCache") || (await R.getIncrementalCache(e, O, G, k, Q));
      (null == V || V.resetRequestCache(), (globalThis.__incrementalCache = V));
      let W = {
          params: A,
          previewProps: G,
          renderOpts: {
            experimental: {
              authInterrupts: !!O.experimental.authInterrupts,
              useCacheTimeout: O.experimental.useCacheTimeout,
              durableUseCacheEntries: !!O.experimental.durableUseCacheEntries,
            },
            cacheComponents: !!O.cacheComponents,
            validationLevel: O.experimental.instantInsights.validationLevel,
            isDraftMode: U,
            incrementalCache: V,
            hmrRefreshHash: (0, n.w)(e, "hmrRefreshHash"),
            cacheLifeProfiles: O.cacheLife,
            staticPageGenerationTimeout: O.staticPageGenerationTimeout,
            waitUntil: a.waitUntil,
            onClose: (e) => {
              t.on("close", e);
            },
            onAfterTaskError: void 0,
          },
          sharedContext: { buildId: T, deploymentId: P },
        },
        X = new l.x(e),
        z = new l.e(t),
        Y = u.k.fromNodeNextRequest(X, (0, u.t)(t)),
        Z = async ({ previousCacheEntry: r }) => {
          try {
            if (!Q && I && M && !r)
              return (
                (t.statusCode = 404),
                t.setHeader("x-nextjs-cache", "REVALIDATED"),
                t.end("This page could not be found"),
                null
              );
            let n = null === B ? await R.handle(Y, W) : await R.prerender(Y, W);
            e.fetchMetrics = W.renderOpts.fetchMetrics;
            let i = W.renderOpts.pendingWaitUntil;
            i && a.waitUntil && (a.waitUntil(i), (i = void 0));
            let s = W.renderOpts.collectedTags;
            if (!L) return (await (0, p.f)(X, z, n, i), null);
            {
              let e = await n.blob(),
                t = (0, h.S)(n.headers);
              (s && (t[m.M] = s), !t["content-type"] && e.type && (t["content-type"] = e.type));
              let r =
                  void 0 !== W.renderOpts.collectedRevalidate &&
                  !(W.renderOpts.collectedRevalidate >= m.Q) &&
                  W.renderOpts.collectedRevalidate,
                a =
                  void 0 === W.renderOpts.collectedExpire || W.renderOpts.collectedExpire >= m.Q
                    ? !1 !== r && r > 0
                      ? O.expireTime
                      : void 0
                    : W.renderOpts.collectedExpire;
              return {
                value: {
                  kind: w.x.APP_ROUTE,
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
                (await R.onRequestError(
                  e,
                  t,
                  {
                    routerKind: "App Router",
                    routePath: x,
                    routeType: "route",
                    revalidateReason: (0, c.f)({
                      isStaticGeneration: null !== B,
                      isOnDemandRevalidate: I,
                    }),
                  },
                  !1,
                  q,
                )),
              t
            );
          }
        },
        ee = async (n) => {
          try {
            var s, o;
            let n = await R.handleResponse({
              req: e,
              nextConfig: O,
              cacheKey: B,
              routeKind: r.f.APP_ROUTE,
              isFallback: !1,
              previewProps: G,
              prerenderManifest: k,
              isRoutePPREnabled: !1,
              isOnDemandRevalidate: I,
              revalidateOnlyGenerated: M,
              responseGenerator: Z,
              waitUntil: a.waitUntil,
              isMinimalMode: Q,
            });
            if (null !== n && "error" in n) throw n.error;
            if (!L) return;
            if ((null == n || null == (s = n.value) ? void 0 : s.kind) !== w.x.APP_ROUTE)
              throw Error(
                `Invariant: app-route received invalid cache entry ${null == n || null == (o = n.value) ? void 0 : o.kind}`,
              );
            (Q ||
              t.setHeader(
                "x-nextjs-cache",
                I ? "REVALIDATED" : n.isMiss ? "MISS" : n.isStale ? "STALE" : "HIT",
              ),
              U &&
                t.setHeader(
                  "Cache-Control",
                  "private, no-cache, no-store, max-age=0, must-revalidate",
                ));
            let i = (0, h.G)(n.value.headers);
            ((Q && L) || i.delete(m.M),
              !n.cacheControl ||
                t.getHeader("Cache-Control") ||
                i.get("Cache-Control") ||
                i.set("Cache-Control", (0, f.f)(n.cacheControl)),
              await (0, p.f)(
                X,
                z,
                new Response(n.value.body, { headers: i, status: n.value.status || 200 }),
              ));
            return;
          } catch (r) {
            if (
              (r instanceof v.NoFallbackError ||
                (await R.onRequestError(
                  e,
                  r,
                  {
                    routerKind: "App Router",
                    routePath: H,
                    routeType: "route",
                    revalidateReason: (0, c.f)({
                      isStaticGeneration: null !== B,
                      isOnDemandRevalidate: I,
                    }),
                  },
                  !1,
                  q,
                )),
              L)
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
            } else await (0, p.f)(X, z, new Response(null, { status: 500 }));
            return;
          } finally {
            (() => {
              if (!n) return;
              let e = t.statusCode;
              (n.setAttributes({ "http.status_code": e, "next.rsc": !1 }),
                e &&
                  e >= 500 &&
                  (n.setStatus({ code: i.J.ERROR }), n.setAttribute("error.type", e.toString())));
              let r = K.getRootSpanAttributes();
              if (!r) return;
              if (r.get("next.span_type") !== d.q.handleRequest)
                return console.warn(
                  `Unexpected root span type '${r.get("next.span_type")}'. Please report this Next.js issue https://github.com/vercel/next.js`,
                );
              let a = r.get("next.route") || H,
                s = `${F} ${a}`;
              (n.setAttributes({ "next.route": a, "http.route": a, "next.span_name": s }),
                n.updateName(s),
                C && C !== n && (C.setAttribute("http.route", a), C.updateName(s)));
            })();
          }
        };
      (J || void 0 === e.url || null == E || E.setAttribute("http.target", e.url), await ee(E));
    }
    e.s([
      "handler",
      0,
      C,
      "patchFetch",
      0,
      function () {
        return (0, a.f)({ workAsyncStorage: x, workUnitAsyncStorage: y });
      },
      "routeModule",
      0,
      R,
      "serverHooks",
      0,
      E,
      "workAsyncStorage",
      0,
      x,
      "workUnitAsyncStorage",
      0,
      y,
    ]);
  },
];

//# sourceMappingURL=_0it41cipt121e._.js.map
