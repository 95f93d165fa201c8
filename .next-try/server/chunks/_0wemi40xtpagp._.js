module.exports = [
  608,
  (e) => {
    "use strict";
    var t = e.i(89171);
    let r = Buffer.from(
      "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAzMiAzMiI+PHJlY3Qgd2lkdGg9IjMyIiBoZWlnaHQ9IjMyIiByeD0iNyIgZmlsbD0iIzQzMzhjYSIvPjxwYXRoIGQ9Ik04IDIzVjloMy4ybDQuOCA3IDQuOC03SDI0djE0aC0zLjJ2LTlsLTQuOCA3LTQuOC03djl6IiBmaWxsPSIjZmZmIi8+PC9zdmc+Cg==",
      "base64",
    );
    e.s([
      "GET",
      0,
      function () {
        return new t.NextResponse(r, {
          headers: {
            "Content-Type": "image/svg+xml",
            "Cache-Control": "public, max-age=0, must-revalidate",
          },
        });
      },
      "dynamic",
      0,
      "force-static",
    ]);
  },
  71315,
  (e) => {
    "use strict";
    var t = e.i(47909),
      r = e.i(74017),
      a = e.i(96250),
      n = e.i(59756),
      i = e.i(61916),
      o = e.i(74677),
      s = e.i(69741),
      l = e.i(16795),
      u = e.i(87718),
      c = e.i(95169),
      d = e.i(47587),
      p = e.i(66012),
      h = e.i(70101),
      f = e.i(26937),
      v = e.i(10372),
      m = e.i(93695),
      w = e.i(9580);
    e.i(52474);
    var g = e.i(220);
    let y = new t.AppRouteRouteModule({
        definition: {
          kind: r.f.APP_ROUTE,
          page: "/icon.svg/route",
          pathname: "/icon.svg",
          filename: "icon.svg--route-entry",
          bundlePath: "",
        },
        distDir: ".next-try",
        relativeProjectDir: "",
        resolvedPagePath: "[project]/app/icon.svg--route-entry.js",
        nextConfigOutput: "",
        userland: () => e.r(608),
        ...{},
      }),
      { workAsyncStorage: R, workUnitAsyncStorage: x, serverHooks: C } = y;
    async function E(e, t, r) {
      (r.requestMeta && (0, n.R)(e, r.requestMeta),
        y.isDev && (0, n.i)(e, "devRequestTimingInternalsEnd", process.hrtime.bigint()));
      let a = "/icon.svg/route";
      a = a.replace(/\/index$/, "") || "/";
      let { instrumentation: o } = await y.ensureInstrumentation(e, { deferSpans: !0 });
      return y.traceRequest(
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
    async function b(e, t, a, R, x, C, E) {
      let b = await y.prepare(e, t, { srcPage: R, multiZoneDraftMode: x });
      if (!b)
        return (
          (t.statusCode = 400),
          t.end("Bad Request"),
          null == a.waitUntil || a.waitUntil.call(a, Promise.resolve()),
          null
        );
      let {
          buildId: I,
          deploymentId: T,
          params: A,
          nextConfig: P,
          parsedUrl: O,
          isDraftMode: M,
          prerenderManifest: S,
          routerServerContext: j,
          isOnDemandRevalidate: U,
          revalidateOnlyGenerated: k,
          resolvedPathname: D,
          clientReferenceManifest: H,
          serverActionsManifest: L,
          previewProps: N,
        } = b,
        q = (0, s.f)(R),
        z = !!S.routes[D] && (y.isDev || (0, w.f)(D, y.cacheOwner, S.routes[D])),
        G = !!(S.dynamicRoutes[q] || z),
        Q = async () => (
          (null == j ? void 0 : j.render404)
            ? await j.render404(e, t, O, !1)
            : t.end("This page could not be found"),
          null
        );
      if (G && !M) {
        let e = S.dynamicRoutes[q];
        if (e && !1 === e.fallback && !z) {
          if (P.adapterPath) return await Q();
          throw new m.NoFallbackError();
        }
      }
      let _ = null;
      (!G || y.isDev || M || (_ = "/index" === (_ = D) ? "/" : _),
        L && H && (0, o.f)({ page: R, clientReferenceManifest: H, serverActionsManifest: L }));
      let B = e.method || "GET",
        Z = (0, i.v)(),
        $ = !!(null == j ? void 0 : j.isWrappedByNextServer),
        W = !!(0, n.w)(e, "minimalMode"),
        F = (0, n.w)(e, "incrementalCache") || (await y.getIncrementalCache(e, P, N, S, W));
      (null == F || F.resetRequestCache(), (globalThis.__incrementalCache = F));
      let J = {
          params: A,
          previewProps: N,
          renderOpts: {
            experimental: {
              authInterrupts: !!P.experimental.authInterrupts,
              useCacheTimeout: P.experimental.useCacheTimeout,
              durableUseCacheEntries: !!P.experimental.durableUseCacheEntries,
            },
            cacheComponents: !!P.cacheComponents,
            validationLevel: P.experimental.instantInsights.validationLevel,
            isDraftMode: M,
            incrementalCache: F,
            hmrRefreshHash: (0, n.w)(e, "hmrRefreshHash"),
            cacheLifeProfiles: P.cacheLife,
            staticPageGenerationTimeout: P.staticPageGenerationTimeout,
            waitUntil: a.waitUntil,
            onClose: (e) => {
              t.on("close", e);
            },
            onAfterTaskError: void 0,
          },
          sharedContext: { buildId: I, deploymentId: T },
        },
        K = new l.x(e),
        V = new l.e(t),
        Y = u.k.fromNodeNextRequest(K, (0, u.t)(t)),
        X = async ({ previousCacheEntry: r }) => {
          try {
            if (!W && U && k && !r)
              return (
                (t.statusCode = 404),
                t.setHeader("x-nextjs-cache", "REVALIDATED"),
                t.end("This page could not be found"),
                null
              );
            let n = null === _ ? await y.handle(Y, J) : await y.prerender(Y, J);
            e.fetchMetrics = J.renderOpts.fetchMetrics;
            let i = J.renderOpts.pendingWaitUntil;
            i && a.waitUntil && (a.waitUntil(i), (i = void 0));
            let o = J.renderOpts.collectedTags;
            if (!G) return (await (0, p.f)(K, V, n, i), null);
            {
              let e = await n.blob(),
                t = (0, h.S)(n.headers);
              (o && (t[v.M] = o), !t["content-type"] && e.type && (t["content-type"] = e.type));
              let r =
                  void 0 !== J.renderOpts.collectedRevalidate &&
                  !(J.renderOpts.collectedRevalidate >= v.Q) &&
                  J.renderOpts.collectedRevalidate,
                a =
                  void 0 === J.renderOpts.collectedExpire || J.renderOpts.collectedExpire >= v.Q
                    ? !1 !== r && r > 0
                      ? P.expireTime
                      : void 0
                    : J.renderOpts.collectedExpire;
              return {
                value: {
                  kind: g.x.APP_ROUTE,
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
                (await y.onRequestError(
                  e,
                  t,
                  {
                    routerKind: "App Router",
                    routePath: R,
                    routeType: "route",
                    revalidateReason: (0, d.f)({
                      isStaticGeneration: null !== _,
                      isOnDemandRevalidate: U,
                    }),
                  },
                  !1,
                  j,
                )),
              t
            );
          }
        },
        ee = async (n) => {
          try {
            var o, s;
            let n = await y.handleResponse({
              req: e,
              nextConfig: P,
              cacheKey: _,
              routeKind: r.f.APP_ROUTE,
              isFallback: !1,
              previewProps: N,
              prerenderManifest: S,
              isRoutePPREnabled: !1,
              isOnDemandRevalidate: U,
              revalidateOnlyGenerated: k,
              responseGenerator: X,
              waitUntil: a.waitUntil,
              isMinimalMode: W,
            });
            if (null !== n && "error" in n) throw n.error;
            if (!G) return;
            if ((null == n || null == (o = n.value) ? void 0 : o.kind) !== g.x.APP_ROUTE)
              throw Error(
                `Invariant: app-route received invalid cache entry ${null == n || null == (s = n.value) ? void 0 : s.kind}`,
              );
            (W ||
              t.setHeader(
                "x-nextjs-cache",
                U ? "REVALIDATED" : n.isMiss ? "MISS" : n.isStale ? "STALE" : "HIT",
              ),
              M &&
                t.setHeader(
                  "Cache-Control",
                  "private, no-cache, no-store, max-age=0, must-revalidate",
                ));
            let i = (0, h.G)(n.value.headers);
            ((W && G) || i.delete(v.M),
              !n.cacheControl ||
                t.getHeader("Cache-Control") ||
                i.get("Cache-Control") ||
                i.set("Cache-Control", (0, f.f)(n.cacheControl)),
              await (0, p.f)(
                K,
                V,
                new Response(n.value.body, { headers: i, status: n.value.status || 200 }),
              ));
            return;
          } catch (r) {
            if (
              (r instanceof m.NoFallbackError ||
                (await y.onRequestError(
                  e,
                  r,
                  {
                    routerKind: "App Router",
                    routePath: q,
                    routeType: "route",
                    revalidateReason: (0, d.f)({
                      isStaticGeneration: null !== _,
                      isOnDemandRevalidate: U,
                    }),
                  },
                  !1,
                  j,
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
            } else await (0, p.f)(K, V, new Response(null, { status: 500 }));
            return;
          } finally {
            (() => {
              if (!n) return;
              let e = t.statusCode;
              (n.setAttributes({ "http.status_code": e, "next.rsc": !1 }),
                e &&
                  e >= 500 &&
                  (n.setStatus({ code: i.J.ERROR }), n.setAttribute("error.type", e.toString())));
              let r = Z.getRootSpanAttributes();
              if (!r) return;
              if (r.get("next.span_type") !== c.q.handleRequest)
                return console.warn(
                  `Unexpected root span type '${r.get("next.span_type")}'. Please report this Next.js issue https://github.com/vercel/next.js`,
                );
              let a = r.get("next.route") || q,
                o = `${B} ${a}`;
              (n.setAttributes({ "next.route": a, "http.route": a, "next.span_name": o }),
                n.updateName(o),
                E && E !== n && (E.setAttribute("http.route", a), E.updateName(o)));
            })();
          }
        };
      ($ || void 0 === e.url || null == C || C.setAttribute("http.target", e.url), await ee(C));
    }
    e.s([
      "handler",
      0,
      E,
      "patchFetch",
      0,
      function () {
        return (0, a.f)({ workAsyncStorage: R, workUnitAsyncStorage: x });
      },
      "routeModule",
      0,
      y,
      "serverHooks",
      0,
      C,
      "workAsyncStorage",
      0,
      R,
      "workUnitAsyncStorage",
      0,
      x,
    ]);
  },
];

//# sourceMappingURL=_0wemi40xtpagp._.js.map
