module.exports = [
  91310,
  (e) => {
    "use strict";
    e.i(46034);
    var t = e.i(41524),
      r = e.i(48342);
    e.s([
      "GET",
      0,
      function () {
        return (0, r.d)((0, r.e)((0, t.w)()), "rss");
      },
      "revalidate",
      0,
      300,
    ]);
  },
  35474,
  (e) => {
    "use strict";
    var t = e.i(47909),
      r = e.i(74017),
      a = e.i(96250),
      n = e.i(59756),
      i = e.i(61916),
      o = e.i(74677),
      l = e.i(69741),
      s = e.i(16795),
      u = e.i(87718),
      d = e.i(95169),
      c = e.i(47587),
      p = e.i(66012),
      h = e.i(70101),
      f = e.i(26937),
      v = e.i(10372),
      m = e.i(93695),
      w = e.i(9580);
    e.i(52474);
    var R = e.i(220);
    let x = new t.AppRouteRouteModule({
        definition: {
          kind: r.f.APP_ROUTE,
          page: "/feed.xml/route",
          pathname: "/feed.xml",
          filename: "route",
          bundlePath: "",
        },
        distDir: ".next-try",
        relativeProjectDir: "",
        resolvedPagePath: "[project]/app/feed.xml/route.ts",
        nextConfigOutput: "",
        userland: () => e.r(91310),
        ...{},
      }),
      { workAsyncStorage: E, workUnitAsyncStorage: g, serverHooks: y } = x;
    async function C(e, t, r) {
      (r.requestMeta && (0, n.R)(e, r.requestMeta),
        x.isDev && (0, n.i)(e, "devRequestTimingInternalsEnd", process.hrtime.bigint()));
      let a = "/feed.xml/route";
      a = a.replace(/\/index$/, "") || "/";
      let { instrumentation: o } = await x.ensureInstrumentation(e, { deferSpans: !0 });
      return x.traceRequest(
        e,
        {
          tracer: (0, i.v)(),
          spanName: `${e.method || "GET"} ${a}`,
          httpTarget: e.url,
          instrumentation: o,
        },
        (n, i) => b(e, t, r, a, !1, n, i),
      );
    }
    async function b(e, t, a, E, g, y, C) {
      let b = await x.prepare(e, t, { srcPage: E, multiZoneDraftMode: g });
      if (!b)
        return (
          (t.statusCode = 400),
          t.end("Bad Request"),
          null == a.waitUntil || a.waitUntil.call(a, Promise.resolve()),
          null
        );
      let {
          buildId: T,
          deploymentId: A,
          params: P,
          nextConfig: O,
          parsedUrl: U,
          isDraftMode: S,
          prerenderManifest: k,
          routerServerContext: q,
          isOnDemandRevalidate: I,
          revalidateOnlyGenerated: M,
          resolvedPathname: _,
          clientReferenceManifest: D,
          serverActionsManifest: N,
          previewProps: G,
        } = b,
        H = (0, l.f)(E),
        L = !!k.routes[_] && (x.isDev || (0, w.f)(_, x.cacheOwner, k.routes[_])),
        $ = !!(k.dynamicRoutes[H] || L),
        j = async () => (
          (null == q ? void 0 : q.render404)
            ? await q.render404(e, t, U, !1)
            : t.end("This page could not be found"),
          null
        );
      if ($ && !S) {
        let e = k.dynamicRoutes[H];
        if (e && !1 === e.fallback && !L) {
          if (O.adapterPath) return await j();
          throw new m.NoFallbackError();
        }
      }
      let B = null;
      (!$ || x.isDev || S || (B = "/index" === (B = _) ? "/" : B),
        N && D && (0, o.f)({ page: E, clientReferenceManifest: D, serverActionsManifest: N }));
      let F = e.method || "GET",
        K = (0, i.v)(),
        J = !!(null == q ? void 0 : q.isWrappedByNextServer),
        Q = !!(0, n.w)(e, "minimalMode"),
        V = (0, n.w)(e, "incrementalCache") || (await x.getIncrementalCache(e, O, G, k, Q));
      (null == V || V.resetRequestCache(), (globalThis.__incrementalCache = V));
      let W = {
          params: P,
          previewProps: G,
          renderOpts: {
            experimental: {
              authInterrupts: !!O.experimental.authInterrupts,
              useCacheTimeout: O.experimental.useCacheTimeout,
              durableUseCacheEntries: !!O.experimental.durableUseCacheEntries,
            },
            cacheComponents: !!O.cacheComponents,
            validationLevel: O.experimental.instantInsights.validationLevel,
            isDraftMode: S,
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
          sharedContext: { buildId: T, deploymentId: A },
        },
        z = new s.x(e),
        X = new s.e(t),
        Y = u.k.fromNodeNextRequest(z, (0, u.t)(t)),
        Z = async ({ previousCacheEntry: r }) => {
          try {
            if (!Q && I && M && !r)
              return (
                (t.statusCode = 404),
                t.setHeader("x-nextjs-cache", "REVALIDATED"),
                t.end("This page could not be found"),
                null
              );
            let n = null === B ? await x.handle(Y, W) : await x.prerender(Y, W);
            e.fetchMetrics = W.renderOpts.fetchMetrics;
            let i = W.renderOpts.pendingWaitUntil;
            i && a.waitUntil && (a.waitUntil(i), (i = void 0));
            let o = W.renderOpts.collectedTags;
            if (!$) return (await (0, p.f)(z, X, n, i), null);
            {
              let e = await n.blob(),
                t = (0, h.S)(n.headers);
              (o && (t[v.M] = o), !t["content-type"] && e.type && (t["content-type"] = e.type));
              let r =
                  void 0 !== W.renderOpts.collectedRevalidate &&
                  !(W.renderOpts.collectedRevalidate >= v.Q) &&
                  W.renderOpts.collectedRevalidate,
                a =
                  void 0 === W.renderOpts.collectedExpire || W.renderOpts.collectedExpire >= v.Q
                    ? !1 !== r && r > 0
                      ? O.expireTime
                      : void 0
                    : W.renderOpts.collectedExpire;
              return {
                value: {
                  kind: R.x.APP_ROUTE,
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
                    routePath: E,
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
            var o, l;
            let n = await x.handleResponse({
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
            if (!$) return;
            if ((null == n || null == (o = n.value) ? void 0 : o.kind) !== R.x.APP_ROUTE)
              throw Error(
                `Invariant: app-route received invalid cache entry ${null == n || null == (l = n.value) ? void 0 : l.kind}`,
              );
            (Q ||
              t.setHeader(
                "x-nextjs-cache",
                I ? "REVALIDATED" : n.isMiss ? "MISS" : n.isStale ? "STALE" : "HIT",
              ),
              S &&
                t.setHeader(
                  "Cache-Control",
                  "private, no-cache, no-store, max-age=0, must-revalidate",
                ));
            let i = (0, h.G)(n.value.headers);
            ((Q && $) || i.delete(v.M),
              !n.cacheControl ||
                t.getHeader("Cache-Control") ||
                i.get("Cache-Control") ||
                i.set("Cache-Control", (0, f.f)(n.cacheControl)),
              await (0, p.f)(
                z,
                X,
                new Response(n.value.body, { headers: i, status: n.value.status || 200 }),
              ));
            return;
          } catch (r) {
            if (
              (r instanceof m.NoFallbackError ||
                (await x.onRequestError(
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
              $)
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
            } else await (0, p.f)(z, X, new Response(null, { status: 500 }));
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
                o = `${F} ${a}`;
              (n.setAttributes({ "next.route": a, "http.route": a, "next.span_name": o }),
                n.updateName(o),
                C && C !== n && (C.setAttribute("http.route", a), C.updateName(o)));
            })();
          }
        };
      (J || void 0 === e.url || null == y || y.setAttribute("http.target", e.url), await ee(y));
    }
    e.s([
      "handler",
      0,
      C,
      "patchFetch",
      0,
      function () {
        return (0, a.f)({ workAsyncStorage: E, workUnitAsyncStorage: g });
      },
      "routeModule",
      0,
      x,
      "serverHooks",
      0,
      y,
      "workAsyncStorage",
      0,
      E,
      "workUnitAsyncStorage",
      0,
      g,
    ]);
  },
];

//# sourceMappingURL=_0epgogxsorv1k._.js.map
