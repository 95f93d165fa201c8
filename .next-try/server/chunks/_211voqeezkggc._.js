module.exports = [
  31107,
  (e) => {
    "use strict";
    var t = e.i(89171),
      r = e.i(13233);
    function a() {
      return {
        rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/search"] }],
        sitemap: (0, r.I)("/sitemap.xml"),
      };
    }
    e.s(["default", 0, a], 60450);
    var n = e.i(73853);
    async function i() {
      let e = await a(),
        r = (0, n.resolveRouteData)(e, "robots");
      return new t.NextResponse(r, {
        headers: {
          "Content-Type": "text/plain",
          "Cache-Control": "public, max-age=0, must-revalidate",
        },
      });
    }
    (e.i(60450), e.s(["GET", 0, i], 31107));
  },
  33102,
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
    var x = e.i(220);
    let R = new t.AppRouteRouteModule({
        definition: {
          kind: r.f.APP_ROUTE,
          page: "/robots.txt/route",
          pathname: "/robots.txt",
          filename: "robots--route-entry",
          bundlePath: "",
        },
        distDir: ".next-try",
        relativeProjectDir: "",
        resolvedPagePath: "[project]/app/robots--route-entry.js",
        nextConfigOutput: "",
        userland: () => e.r(31107),
        ...{},
      }),
      { workAsyncStorage: y, workUnitAsyncStorage: b, serverHooks: g } = R;
    async function E(e, t, r) {
      (r.requestMeta && (0, n.R)(e, r.requestMeta),
        R.isDev && (0, n.i)(e, "devRequestTimingInternalsEnd", process.hrtime.bigint()));
      let a = "/robots.txt/route";
      a = a.replace(/\/index$/, "") || "/";
      let { instrumentation: o } = await R.ensureInstrumentation(e, { deferSpans: !0 });
      return R.traceRequest(
        e,
        {
          tracer: (0, i.v)(),
          spanName: `${e.method || "GET"} ${a}`,
          httpTarget: e.url,
          instrumentation: o,
        },
        (n, i) => C(e, t, r, a, !1, n, i),
      );
    }
    async function C(e, t, a, y, b, g, E) {
      let C = await R.prepare(e, t, { srcPage: y, multiZoneDraftMode: b });
      if (!C)
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
          routerServerContext: I,
          isOnDemandRevalidate: q,
          revalidateOnlyGenerated: M,
          resolvedPathname: D,
          clientReferenceManifest: N,
          serverActionsManifest: _,
          previewProps: G,
        } = C,
        H = (0, s.f)(y),
        j = !!k.routes[D] && (R.isDev || (0, w.f)(D, R.cacheOwner, k.routes[D])),
        L = !!(k.dynamicRoutes[H] || j),
        $ = async () => (
          (null == I ? void 0 : I.render404)
            ? await I.render404(e, t, U, !1)
            : t.end("This page could not be found"),
          null
        );
      if (L && !S) {
        let e = k.dynamicRoutes[H];
        if (e && !1 === e.fallback && !j) {
          if (O.adapterPath) return await $();
          throw new m.NoFallbackError();
        }
      }
      let B = null;
      (!L || R.isDev || S || (B = "/index" === (B = D) ? "/" : B),
        _ && N && (0, o.f)({ page: y, clientReferenceManifest: N, serverActionsManifest: _ }));
      let F = e.method || "GET",
        K = (0, i.v)(),
        J = !!(null == I ? void 0 : I.isWrappedByNextServer),
        Q = !!(0, n.w)(e, "minimalMode"),
        V = (0, n.w)(e, "incrementalCache") || (await R.getIncrementalCache(e, O, G, k, Q));
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
        z = new l.x(e),
        X = new l.e(t),
        Y = u.k.fromNodeNextRequest(z, (0, u.t)(t)),
        Z = async ({ previousCacheEntry: r }) => {
          try {
            if (!Q && q && M && !r)
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
            let o = W.renderOpts.collectedTags;
            if (!L) return (await (0, p.f)(z, X, n, i), null);
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
                  kind: x.x.APP_ROUTE,
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
                    routePath: y,
                    routeType: "route",
                    revalidateReason: (0, d.f)({
                      isStaticGeneration: null !== B,
                      isOnDemandRevalidate: q,
                    }),
                  },
                  !1,
                  I,
                )),
              t
            );
          }
        },
        ee = async (n) => {
          try {
            var o, s;
            let n = await R.handleResponse({
              req: e,
              nextConfig: O,
              cacheKey: B,
              routeKind: r.f.APP_ROUTE,
              isFallback: !1,
              previewProps: G,
              prerenderManifest: k,
              isRoutePPREnabled: !1,
              isOnDemandRevalidate: q,
              revalidateOnlyGenerated: M,
              responseGenerator: Z,
              waitUntil: a.waitUntil,
              isMinimalMode: Q,
            });
            if (null !== n && "error" in n) throw n.error;
            if (!L) return;
            if ((null == n || null == (o = n.value) ? void 0 : o.kind) !== x.x.APP_ROUTE)
              throw Error(
                `Invariant: app-route received invalid cache entry ${null == n || null == (s = n.value) ? void 0 : s.kind}`,
              );
            (Q ||
              t.setHeader(
                "x-nextjs-cache",
                q ? "REVALIDATED" : n.isMiss ? "MISS" : n.isStale ? "STALE" : "HIT",
              ),
              S &&
                t.setHeader(
                  "Cache-Control",
                  "private, no-cache, no-store, max-age=0, must-revalidate",
                ));
            let i = (0, h.G)(n.value.headers);
            ((Q && L) || i.delete(v.M),
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
                (await R.onRequestError(
                  e,
                  r,
                  {
                    routerKind: "App Router",
                    routePath: H,
                    routeType: "route",
                    revalidateReason: (0, d.f)({
                      isStaticGeneration: null !== B,
                      isOnDemandRevalidate: q,
                    }),
                  },
                  !1,
                  I,
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
              if (r.get("next.span_type") !== c.q.handleRequest)
                return console.warn(
                  `Unexpected root span type '${r.get("next.span_type")}'. Please report this Next.js issue https://github.com/vercel/next.js`,
                );
              let a = r.get("next.route") || H,
                o = `${F} ${a}`;
              (n.setAttributes({ "next.route": a, "http.route": a, "next.span_name": o }),
                n.updateName(o),
                E && E !== n && (E.setAttribute("http.route", a), E.updateName(o)));
            })();
          }
        };
      (J || void 0 === e.url || null == g || g.setAttribute("http.target", e.url), await ee(g));
    }
    e.s([
      "handler",
      0,
      E,
      "patchFetch",
      0,
      function () {
        return (0, a.f)({ workAsyncStorage: y, workUnitAsyncStorage: b });
      },
      "routeModule",
      0,
      R,
      "serverHooks",
      0,
      g,
      "workAsyncStorage",
      0,
      y,
      "workUnitAsyncStorage",
      0,
      b,
    ]);
  },
];

//# sourceMappingURL=_211voqeezkggc._.js.map
