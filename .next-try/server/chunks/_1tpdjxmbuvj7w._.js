module.exports = [
  21330,
  (e) => {
    "use strict";
    var t = e.i(89171);
    e.i(46034);
    var r = e.i(41524),
      a = e.i(13233);
    function n() {
      let e = (0, r.w)();
      return [
        { url: (0, a.I)("/"), lastModified: e[0]?.date, changeFrequency: "daily", priority: 1 },
        { url: (0, a.I)("/tags"), changeFrequency: "weekly", priority: 0.5 },
        ...e.map((e) => ({
          url: (0, a.I)(`/blog/${e.slug}`),
          lastModified: e.updated ?? e.date,
          priority: 0.8,
        })),
        ...(0, r.N)().map((e) => ({ url: (0, a.I)(`/tags/${e.slug}`), priority: 0.4 })),
        ...(0, r.u)().map((e) => ({ url: (0, a.I)(`/authors/${e.id}`), priority: 0.3 })),
      ];
    }
    e.s(["default", 0, n, "revalidate", 0, 300], 89282);
    var i = e.i(73853);
    async function l() {
      let e = await n(),
        r = (0, i.resolveRouteData)(e, "sitemap");
      return new t.NextResponse(r, {
        headers: {
          "Content-Type": "application/xml",
          "Cache-Control": "public, max-age=0, must-revalidate",
        },
      });
    }
    (e.i(89282), e.s(["GET", 0, l, "revalidate", 0, 300], 21330));
  },
  8922,
  (e) => {
    "use strict";
    var t = e.i(47909),
      r = e.i(74017),
      a = e.i(96250),
      n = e.i(59756),
      i = e.i(61916),
      l = e.i(74677),
      o = e.i(69741),
      s = e.i(16795),
      u = e.i(87718),
      d = e.i(95169),
      c = e.i(47587),
      p = e.i(66012),
      h = e.i(70101),
      f = e.i(26937),
      m = e.i(10372),
      v = e.i(93695),
      w = e.i(9580);
    e.i(52474);
    var y = e.i(220);
    let R = new t.AppRouteRouteModule({
        definition: {
          kind: r.f.APP_ROUTE,
          page: "/sitemap.xml/route",
          pathname: "/sitemap.xml",
          filename: "sitemap--route-entry",
          bundlePath: "",
        },
        distDir: ".next-try",
        relativeProjectDir: "",
        resolvedPagePath: "[project]/app/sitemap--route-entry.js",
        nextConfigOutput: "",
        userland: () => e.r(21330),
        ...{},
      }),
      { workAsyncStorage: x, workUnitAsyncStorage: g, serverHooks: E } = R;
    async function C(e, t, r) {
      (r.requestMeta && (0, n.R)(e, r.requestMeta),
        R.isDev && (0, n.i)(e, "devRequestTimingInternalsEnd", process.hrtime.bigint()));
      let a = "/sitemap.xml/route";
      a = a.replace(/\/index$/, "") || "/";
      let { instrumentation: l } = await R.ensureInstrumentation(e, { deferSpans: !0 });
      return R.traceRequest(
        e,
        {
          tracer: (0, i.v)(),
          spanName: `${e.method || "GET"} ${a}`,
          httpTarget: e.url,
          instrumentation: l,
        },
        (n, i) => b(e, t, r, a, !1, n, i),
      );
    }
    async function b(e, t, a, x, g, E, C) {
      let b = await R.prepare(e, t, { srcPage: x, multiZoneDraftMode: g });
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
          prerenderManifest: I,
          routerServerContext: k,
          isOnDemandRevalidate: q,
          revalidateOnlyGenerated: M,
          resolvedPathname: N,
          clientReferenceManifest: D,
          serverActionsManifest: $,
          previewProps: _,
        } = b,
        G = (0, o.f)(x),
        H = !!I.routes[N] && (R.isDev || (0, w.f)(N, R.cacheOwner, I.routes[N])),
        j = !!(I.dynamicRoutes[G] || H),
        L = async () => (
          (null == k ? void 0 : k.render404)
            ? await k.render404(e, t, U, !1)
            : t.end("This page could not be found"),
          null
        );
      if (j && !S) {
        let e = I.dynamicRoutes[G];
        if (e && !1 === e.fallback && !H) {
          if (O.adapterPath) return await L();
          throw new v.NoFallbackError();
        }
      }
      let F = null;
      (!j || R.isDev || S || (F = "/index" === (F = N) ? "/" : F),
        $ && D && (0, l.f)({ page: x, clientReferenceManifest: D, serverActionsManifest: $ }));
      let B = e.method || "GET",
        K = (0, i.v)(),
        J = !!(null == k ? void 0 : k.isWrappedByNextServer),
        Q = !!(0, n.w)(e, "minimalMode"),
        V = (0, n.w)(e, "incrementalCache") || (await R.getIncrementalCache(e, O, _, I, Q));
      (null == V || V.resetRequestCache(), (globalThis.__incrementalCache = V));
      let W = {
          params: P,
          previewProps: _,
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
            if (!Q && q && M && !r)
              return (
                (t.statusCode = 404),
                t.setHeader("x-nextjs-cache", "REVALIDATED"),
                t.end("This page could not be found"),
                null
              );
            let n = null === F ? await R.handle(Y, W) : await R.prerender(Y, W);
            e.fetchMetrics = W.renderOpts.fetchMetrics;
            let i = W.renderOpts.pendingWaitUntil;
            i && a.waitUntil && (a.waitUntil(i), (i = void 0));
            let l = W.renderOpts.collectedTags;
            if (!j) return (await (0, p.f)(z, X, n, i), null);
            {
              let e = await n.blob(),
                t = (0, h.S)(n.headers);
              (l && (t[m.M] = l), !t["content-type"] && e.type && (t["content-type"] = e.type));
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
                  kind: y.x.APP_ROUTE,
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
                      isStaticGeneration: null !== F,
                      isOnDemandRevalidate: q,
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
            var l, o;
            let n = await R.handleResponse({
              req: e,
              nextConfig: O,
              cacheKey: F,
              routeKind: r.f.APP_ROUTE,
              isFallback: !1,
              previewProps: _,
              prerenderManifest: I,
              isRoutePPREnabled: !1,
              isOnDemandRevalidate: q,
              revalidateOnlyGenerated: M,
              responseGenerator: Z,
              waitUntil: a.waitUntil,
              isMinimalMode: Q,
            });
            if (null !== n && "error" in n) throw n.error;
            if (!j) return;
            if ((null == n || null == (l = n.value) ? void 0 : l.kind) !== y.x.APP_ROUTE)
              throw Error(
                `Invariant: app-route received invalid cache entry ${null == n || null == (o = n.value) ? void 0 : o.kind}`,
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
            ((Q && j) || i.delete(m.M),
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
              (r instanceof v.NoFallbackError ||
                (await R.onRequestError(
                  e,
                  r,
                  {
                    routerKind: "App Router",
                    routePath: G,
                    routeType: "route",
                    revalidateReason: (0, c.f)({
                      isStaticGeneration: null !== F,
                      isOnDemandRevalidate: q,
                    }),
                  },
                  !1,
                  k,
                )),
              j)
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
              let a = r.get("next.route") || G,
                l = `${B} ${a}`;
              (n.setAttributes({ "next.route": a, "http.route": a, "next.span_name": l }),
                n.updateName(l),
                C && C !== n && (C.setAttribute("http.route", a), C.updateName(l)));
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
        return (0, a.f)({ workAsyncStorage: x, workUnitAsyncStorage: g });
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
      g,
    ]);
  },
];

//# sourceMappingURL=_1tpdjxmbuvj7w._.js.map
