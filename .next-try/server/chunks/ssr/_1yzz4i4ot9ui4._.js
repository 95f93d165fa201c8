module.exports = [
  95839,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(95936),
      d = a.i(49676),
      e = a.i(65179);
    function f({ post: a, headingLevel: g = 2 }) {
      let h = `h${g}`;
      return (0, b.jsxs)("article", {
        className: "flex flex-col gap-4 py-6 sm:flex-row",
        children: [
          (0, b.jsxs)("div", {
            className: "min-w-0 flex-1",
            children: [
              (0, b.jsx)(h, {
                className: "text-xl font-semibold tracking-tight",
                children: (0, b.jsx)(c.default, {
                  href: `/blog/${a.slug}`,
                  className: "hover:text-accent",
                  children: a.title,
                }),
              }),
              (0, b.jsxs)("p", {
                className: "mt-1 text-sm text-muted",
                children: [(0, b.jsx)(d.f, { date: a.date }), " · ", a.readingMinutes, " min read"],
              }),
              a.description
                ? (0, b.jsx)("p", { className: "mt-2 leading-7", children: a.description })
                : null,
              (0, b.jsx)("div", {
                className: "mt-3",
                children: (0, b.jsx)(e.f, { tags: a.tags, label: `Tags for ${a.title}` }),
              }),
            ],
          }),
          a.thumbnail
            ? (0, b.jsx)("img", {
                src: a.thumbnail.src,
                alt: "",
                loading: "lazy",
                decoding: "async",
                className:
                  "aspect-[1200/630] w-full rounded-md border border-line object-cover sm:w-48",
              })
            : null,
        ],
      });
    }
    a.s(
      [
        "f",
        0,
        function ({ posts: a, headingLevel: c }) {
          return 0 === a.length
            ? (0, b.jsx)("p", { className: "py-6 text-muted", children: "No posts yet." })
            : (0, b.jsx)("div", {
                className: "divide-y divide-line",
                children: a.map((a) => (0, b.jsx)(f, { post: a, headingLevel: c }, a.slug)),
              });
        },
      ],
      95839,
    );
  },
  65179,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(95936);
    a.s([
      "f",
      0,
      function ({ tags: a, label: d = "Tags" }) {
        return 0 === a.length
          ? null
          : (0, b.jsx)("ul", {
              "aria-label": d,
              className: "flex flex-wrap gap-2",
              children: a.map((a) =>
                (0, b.jsx)(
                  "li",
                  {
                    children: (0, b.jsx)(c.default, {
                      href: `/tags/${a.slug}`,
                      className:
                        "rounded-full border border-line px-2.5 py-0.5 text-xs font-medium text-muted hover:border-accent hover:text-accent",
                      children: a.name,
                    }),
                  },
                  a.slug,
                ),
              ),
            });
      },
    ]);
  },
  70396,
  (a) => {
    "use strict";
    (a.i(73727), a.s([]));
  },
  34557,
  (a, b, c) => {
    "use strict";
    function d() {
      throw Error(
        "`forbidden()` is experimental and only allowed to be enabled when `experimental.authInterrupts` is enabled.",
      );
    }
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "forbidden", {
        enumerable: !0,
        get: function () {
          return d;
        },
      }),
      a.r(89798).HTTP_ERROR_FALLBACK_ERROR_CODE,
      ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
        void 0 === c.default.__esModule &&
        (Object.defineProperty(c.default, "__esModule", { value: !0 }),
        Object.assign(c.default, c),
        (b.exports = c.default)));
  },
  96556,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      DynamicServerError: function () {
        return g;
      },
      isDynamicServerError: function () {
        return h;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = "DYNAMIC_SERVER_USAGE";
    class g extends Error {
      constructor(a) {
        (super(`Dynamic server usage: ${a}`), (this.description = a), (this.digest = f));
      }
    }
    function h(a) {
      return (
        "object" == typeof a &&
        null !== a &&
        "digest" in a &&
        "string" == typeof a.digest &&
        a.digest === f
      );
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  89798,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      HTTPAccessErrorStatus: function () {
        return f;
      },
      HTTP_ERROR_FALLBACK_ERROR_CODE: function () {
        return h;
      },
      getAccessFallbackErrorTypeByStatus: function () {
        return k;
      },
      getAccessFallbackHTTPStatus: function () {
        return j;
      },
      isHTTPAccessFallbackError: function () {
        return i;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHORIZED: 401 },
      g = new Set(Object.values(f)),
      h = "NEXT_HTTP_ERROR_FALLBACK";
    function i(a) {
      if ("object" != typeof a || null === a || !("digest" in a) || "string" != typeof a.digest)
        return !1;
      let [b, c] = a.digest.split(";");
      return b === h && g.has(Number(c));
    }
    function j(a) {
      return Number(a.digest.split(";")[1]);
    }
    function k(a) {
      switch (a) {
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
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  1567,
  (a, b, c) => {
    "use strict";
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "isNextRouterError", {
        enumerable: !0,
        get: function () {
          return f;
        },
      }));
    let d = a.r(89798),
      e = a.r(28859);
    function f(a) {
      return (0, e.isRedirectError)(a) || (0, d.isHTTPAccessFallbackError)(a);
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  73727,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      ReadonlyURLSearchParams: function () {
        return f.ReadonlyURLSearchParams;
      },
      RedirectType: function () {
        return m;
      },
      forbidden: function () {
        return i.forbidden;
      },
      notFound: function () {
        return h.notFound;
      },
      permanentRedirect: function () {
        return g.permanentRedirect;
      },
      redirect: function () {
        return g.redirect;
      },
      unauthorized: function () {
        return j.unauthorized;
      },
      unstable_isUnrecognizedActionError: function () {
        return l;
      },
      unstable_rethrow: function () {
        return k.unstable_rethrow;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(20916),
      g = a.r(44868),
      h = a.r(16155),
      i = a.r(34557),
      j = a.r(93845),
      k = a.r(60968);
    function l() {
      throw Error("`unstable_isUnrecognizedActionError` can only be used on the client.");
    }
    let m = { push: "push", replace: "replace" };
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  16155,
  (a, b, c) => {
    "use strict";
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "notFound", {
        enumerable: !0,
        get: function () {
          return f;
        },
      }));
    let d = a.r(89798),
      e = `${d.HTTP_ERROR_FALLBACK_ERROR_CODE};404`;
    function f() {
      let a = Error(e);
      throw ((a.digest = e), a);
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  20916,
  (a, b, c) => {
    "use strict";
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "ReadonlyURLSearchParams", {
        enumerable: !0,
        get: function () {
          return e;
        },
      }));
    class d extends Error {
      constructor() {
        super(
          "Method unavailable on `ReadonlyURLSearchParams`. Read more: https://nextjs.org/docs/app/api-reference/functions/use-search-params#updating-searchparams",
        );
      }
    }
    class e extends URLSearchParams {
      append() {
        throw new d();
      }
      delete() {
        throw new d();
      }
      set() {
        throw new d();
      }
      sort() {
        throw new d();
      }
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  28859,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      REDIRECT_ERROR_CODE: function () {
        return g;
      },
      isRedirectError: function () {
        return h;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(21170),
      g = "NEXT_REDIRECT";
    function h(a) {
      if ("object" != typeof a || null === a || !("digest" in a) || "string" != typeof a.digest)
        return !1;
      let b = a.digest.split(";"),
        [c, d] = b,
        e = b.slice(2, -2).join(";"),
        h = Number(b.at(-2));
      return (
        c === g &&
        ("replace" === d || "push" === d) &&
        "string" == typeof e &&
        !isNaN(h) &&
        h in f.RedirectStatusCode
      );
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  21170,
  (a, b, c) => {
    "use strict";
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "RedirectStatusCode", {
        enumerable: !0,
        get: function () {
          return e;
        },
      }));
    var d,
      e =
        (((d = {})[(d.SeeOther = 303)] = "SeeOther"),
        (d[(d.TemporaryRedirect = 307)] = "TemporaryRedirect"),
        (d[(d.PermanentRedirect = 308)] = "PermanentRedirect"),
        d);
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  44868,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      getRedirectError: function () {
        return i;
      },
      getRedirectStatusCodeFromError: function () {
        return n;
      },
      getRedirectTypeFromError: function () {
        return m;
      },
      getURLFromRedirectError: function () {
        return l;
      },
      permanentRedirect: function () {
        return k;
      },
      redirect: function () {
        return j;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(21170),
      g = a.r(28859),
      h = a.r(92473);
    function i(a, b, c = f.RedirectStatusCode.TemporaryRedirect) {
      let d = Error(g.REDIRECT_ERROR_CODE);
      return ((d.digest = `${g.REDIRECT_ERROR_CODE};${b};${a};${c};`), d);
    }
    function j(a, b) {
      throw i(
        a,
        (b ??= h.actionAsyncStorage?.getStore()?.isAction ? "push" : "replace"),
        f.RedirectStatusCode.TemporaryRedirect,
      );
    }
    function k(a, b = "replace") {
      throw i(a, b, f.RedirectStatusCode.PermanentRedirect);
    }
    function l(a) {
      return (0, g.isRedirectError)(a) ? a.digest.split(";").slice(2, -2).join(";") : null;
    }
    function m(a) {
      if (!(0, g.isRedirectError)(a)) throw Error("Not a redirect error");
      return a.digest.split(";", 2)[1];
    }
    function n(a) {
      if (!(0, g.isRedirectError)(a)) throw Error("Not a redirect error");
      return Number(a.digest.split(";").at(-2));
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  92473,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      actionAsyncStorage: function () {
        return f.actionAsyncStorage;
      },
      workAsyncStorage: function () {
        return g.workAsyncStorage;
      },
      workUnitAsyncStorage: function () {
        return h.workUnitAsyncStorage;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(20635),
      g = a.r(56704),
      h = a.r(32319);
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  60312,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      StaticGenBailoutError: function () {
        return g;
      },
      isStaticGenBailoutError: function () {
        return h;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = "NEXT_STATIC_GEN_BAILOUT";
    class g extends Error {
      constructor(...a) {
        (super(...a), (this.code = f));
      }
    }
    function h(a) {
      return "object" == typeof a && null !== a && "code" in a && a.code === f;
    }
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  93845,
  (a, b, c) => {
    "use strict";
    function d() {
      throw Error(
        "`unauthorized()` is experimental and only allowed to be used when `experimental.authInterrupts` is enabled.",
      );
    }
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "unauthorized", {
        enumerable: !0,
        get: function () {
          return d;
        },
      }),
      a.r(89798).HTTP_ERROR_FALLBACK_ERROR_CODE,
      ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
        void 0 === c.default.__esModule &&
        (Object.defineProperty(c.default, "__esModule", { value: !0 }),
        Object.assign(c.default, c),
        (b.exports = c.default)));
  },
  60968,
  (a, b, c) => {
    "use strict";
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "unstable_rethrow", {
        enumerable: !0,
        get: function () {
          return function a(b) {
            if (
              (0, f.isNextRouterError)(b) ||
              (0, e.isBailoutToCSRError)(b) ||
              (0, h.isDynamicServerError)(b) ||
              (0, d.isHangingPromiseRejectionError)(b) ||
              (0, g.isPrerenderInterruptedError)(b)
            )
              throw b;
            b instanceof Error && "cause" in b && a(b.cause);
          };
        },
      }));
    let d = a.r(13091),
      e = a.r(49640),
      f = a.r(1567),
      g = a.r(60384),
      h = a.r(96556);
    ("function" == typeof c.default || ("object" == typeof c.default && null !== c.default)) &&
      void 0 === c.default.__esModule &&
      (Object.defineProperty(c.default, "__esModule", { value: !0 }),
      Object.assign(c.default, c),
      (b.exports = c.default));
  },
  61933,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      atLeastOneTask: function () {
        return h;
      },
      scheduleImmediate: function () {
        return g;
      },
      scheduleOnNextTick: function () {
        return f;
      },
      waitAtLeastOneReactRenderTask: function () {
        return i;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = (a) => {
        Promise.resolve().then(() => {
          process.nextTick(a);
        });
      },
      g = (a) => {
        setImmediate(a);
      };
    function h() {
      return new Promise((a) => g(a));
    }
    function i() {
      return new Promise((a) => setImmediate(a));
    }
  },
  60384,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      abortAndThrowOnSynchronousRequestDataAccess: function () {
        return r;
      },
      abortOnSynchronousPlatformIOAccess: function () {
        return q;
      },
      accessedDynamicData: function () {
        return v;
      },
      annotateDynamicAccess: function () {
        return A;
      },
      consumeDynamicAccess: function () {
        return w;
      },
      createDynamicTrackingState: function () {
        return j;
      },
      createHangingInputAbortSignal: function () {
        return y;
      },
      formatDynamicAPIAccesses: function () {
        return x;
      },
      getFirstDynamicReason: function () {
        return k;
      },
      isPrerenderInterruptedError: function () {
        return u;
      },
      markCurrentScopeAsDynamic: function () {
        return l;
      },
      throwToInterruptStaticGeneration: function () {
        return m;
      },
      trackDynamicDataInDynamicRender: function () {
        return n;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(96556),
      g = a.r(60312),
      h = a.r(32319),
      i = a.r(61933);
    function j(a) {
      return {
        isDebugDynamicAccesses: a,
        dynamicAccesses: [],
        syncDynamicErrorWithStack: null,
        syncDynamicErrorWithStackPostMicrotask: !1,
      };
    }
    function k(a) {
      var b;
      return null == (b = a.dynamicAccesses[0]) ? void 0 : b.expression;
    }
    function l(a, b, c) {
      if (b)
        switch (b.type) {
          case "cache":
          case "unstable-cache":
          case "private-cache":
            return;
        }
      if (!a.forceDynamic && !a.forceStatic) {
        if (a.dynamicShouldError)
          throw new g.StaticGenBailoutError(
            `Route ${a.route} with \`dynamic = "error"\` couldn't be rendered statically because it used \`${c}\`. See more info here: https://nextjs.org/docs/app/building-your-application/rendering/static-and-dynamic#dynamic-rendering`,
          );
        if (b)
          switch (b.type) {
            case "prerender-legacy":
              b.revalidate = 0;
              let d = new f.DynamicServerError(
                `Route ${a.route} couldn't be rendered statically because it used ${c}. See more info here: https://nextjs.org/docs/messages/dynamic-server-error`,
              );
              throw ((a.dynamicUsageDescription = c), (a.dynamicUsageStack = d.stack), d);
            case "request":
              o(b);
          }
      }
    }
    function m(a, b, c) {
      let d = new f.DynamicServerError(
        `Route ${b.route} couldn't be rendered statically because it used \`${a}\`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error`,
      );
      throw (
        (c.revalidate = 0),
        (b.dynamicUsageDescription = a),
        (b.dynamicUsageStack = d.stack),
        d
      );
    }
    function n(a) {
      switch (a.type) {
        case "cache":
        case "unstable-cache":
        case "private-cache":
          return;
        case "prerender":
        case "prerender-runtime":
        case "prerender-legacy":
        case "prerender-client":
        case "validation-client":
        case "build-time-generator":
          break;
        case "request":
          o(a);
      }
    }
    function o(a) {}
    function p(a, b, c) {
      let d = t(`Route ${a} needs to bail out of prerendering at this point because it used ${b}.`);
      c.controller.abort(d);
      let e = c.dynamicTracking;
      e &&
        e.dynamicAccesses.push({
          stack: e.isDebugDynamicAccesses ? Error().stack : void 0,
          expression: b,
        });
    }
    function q(a, b, c, d) {
      let e = d.dynamicTracking;
      (e &&
        null === e.syncDynamicErrorWithStack &&
        ((e.syncDynamicErrorWithStack = c),
        queueMicrotask(() => {
          e.syncDynamicErrorWithStackPostMicrotask = !0;
        })),
        p(a, b, d));
    }
    function r(a, b, c, d) {
      if (!1 === d.controller.signal.aborted) {
        p(a, b, d);
        let e = d.dynamicTracking;
        e && null === e.syncDynamicErrorWithStack && (e.syncDynamicErrorWithStack = c);
      }
      throw t(`Route ${a} needs to bail out of prerendering at this point because it used ${b}.`);
    }
    let s = "NEXT_PRERENDER_INTERRUPTED";
    function t(a) {
      let b = Error(a);
      return ((b.digest = s), b);
    }
    function u(a) {
      return (
        "object" == typeof a &&
        null !== a &&
        a.digest === s &&
        "name" in a &&
        "message" in a &&
        a instanceof Error
      );
    }
    function v(a) {
      return a.length > 0;
    }
    function w(a, b) {
      return (a.dynamicAccesses.push(...b.dynamicAccesses), a.dynamicAccesses);
    }
    function x(a) {
      return a
        .filter((a) => "string" == typeof a.stack && a.stack.length > 0)
        .map(
          ({ expression: a, stack: b }) => (
            (b = b
              .split("\n")
              .slice(4)
              .filter(
                (a) =>
                  !(
                    a.includes("node_modules/next/") ||
                    a.includes(" (<anonymous>)") ||
                    a.includes(" (node:")
                  ),
              )
              .join("\n")),
            `Dynamic API Usage Debug - ${a}:
${b}`
          ),
        );
    }
    function y(a) {
      switch (a.type) {
        case "prerender":
        case "prerender-runtime":
          let b = new AbortController();
          if (a.cacheSignal)
            a.cacheSignal.inputReady().then(() => {
              b.abort();
            });
          else {
            let c = (0, h.getStagedRenderingController)(a);
            c && null !== c.finalStage
              ? c
                  .waitForStage(c.finalStage)
                  .then(() => (0, i.scheduleOnNextTick)(() => b.abort()), z)
              : (0, i.scheduleOnNextTick)(() => b.abort());
          }
          return b.signal;
        case "prerender-client":
        case "validation-client":
        case "prerender-legacy":
        case "request":
        case "cache":
        case "private-cache":
        case "unstable-cache":
        case "build-time-generator":
          return;
      }
    }
    function z() {}
    function A(a, b) {
      let c = b.dynamicTracking;
      c &&
        c.dynamicAccesses.push({
          stack: c.isDebugDynamicAccesses ? Error().stack : void 0,
          expression: a,
        });
    }
  },
  53617,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d,
      e,
      f = {
        EnsureStaticLevel: function () {
          return j;
        },
        resolveEnsureStaticConfig: function () {
          return l;
        },
        resolveEnsureStaticLevel: function () {
          return k;
        },
      };
    for (var g in f) Object.defineProperty(c, g, { enumerable: !0, get: f[g] });
    let h = a.r(98419),
      i = a.r(91766);
    var j =
      (((d = {})[(d.None = 0)] = "None"),
      (d[(d.Shell = 1)] = "Shell"),
      (d[(d.Prefetch = 2)] = "Prefetch"),
      (d[(d.Navigation = 3)] = "Navigation"),
      d);
    async function k(a, b) {
      switch (await l(a, b)) {
        case "auto":
        case !1:
          return 0;
        case "shell":
          return 1;
        case "prefetch":
          return 2;
        case "navigation":
          return 3;
      }
    }
    async function l(a, b) {
      let { config: c, filePath: d } = await m(a);
      if (!b)
        switch (c) {
          case "auto":
            c = "prefetch";
            break;
          case !1:
          case "shell": {
            let a = c;
            ((c = "prefetch"),
              console.warn(`${o(a)} has no effect unless the route is using Partial Prefetching.
  (from: ${d})`));
          }
        }
      return !1 === c ? "auto" : c;
    }
    async function m(a) {
      var b;
      let { mod: c, filePath: d } = await (0, i.getLayoutOrPageModule)(a),
        e = { config: ((b = c) ? b.ensureStatic : void 0) ?? "auto", filePath: d ?? null },
        f = null,
        g = null,
        { parallelRoutes: j } = (0, h.parseLoaderTree)(a);
      for (let a in j) {
        let b = j[a],
          c = await m(b);
        if (f)
          switch (r(c.config, f.config)) {
            case 2:
              "auto" === f.config && "auto" !== c.config && ((f = c), (g = a));
              break;
            case 4:
            case 1:
            case 3:
              throw Error(`Parallel slots cannot have incompatible \`ensureStatic\`.
  ${n(g)}: 
    ${o(f.config)}
    (from: ${f.filePath})

  ${n(a)}: 
    ${o(c.config)}
    (from: ${c.filePath})

 Possible fixes:
 - Remove one of the \`ensureStatic\` exports
 - Change one of the  \`ensureStatic\` exports to match the other`);
          }
        else ((f = c), (g = a));
      }
      if (!f) return e;
      {
        let a = r(f.config, e.config);
        switch (a) {
          case 2:
            if ("auto" === e.config && "auto" !== f.config) return f;
            return e;
          case 3:
            return f;
          case 1:
          case 4:
            throw Error(
              (1 === a
                ? "A child segment cannot override a parent segment with a less-constrained `ensureStatic`."
                : "A child segment cannot override a parent segment with an incompatible `ensureStatic`.") +
                `
  Parent has: ` +
                `
    ${o(e.config)}` +
                `
    (from: ${e.filePath})` +
                `
  Child has: ` +
                `
    ${o(f.config)}` +
                `
    (from: ${f.filePath})` +
                `
` +
                `
 Possible fixes:` +
                "\n - Remove one of the `ensureStatic` exports\n - Change one of the  `ensureStatic` exports to match the other",
            );
        }
      }
    }
    function n(a) {
      return "children" === a ? a : `@${a}`;
    }
    function o(a) {
      return `export const ensureStatic = ${JSON.stringify(a)}`;
    }
    var p =
      (((e = p || {})[(e.LessConstrained = 1)] = "LessConstrained"),
      (e[(e.Compatible = 2)] = "Compatible"),
      (e[(e.MoreConstrained = 3)] = "MoreConstrained"),
      (e[(e.Incompatible = 4)] = "Incompatible"),
      e);
    let q = ["shell", "prefetch", "navigation"];
    function r(a, b) {
      if ("auto" === a || "auto" === b || (!1 === a && !1 === b)) return 2;
      if (!1 === a || !1 === b) return 4;
      let c = q.indexOf(a),
        d = q.indexOf(b);
      return c < d ? 1 : c === d ? 2 : 3;
    }
  },
  31382,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d,
      e,
      f = {
        RENDER_STAGE_ADVANCE_ORDER: function () {
          return k;
        },
        RenderStage: function () {
          return j;
        },
        StagedRenderingController: function () {
          return o;
        },
        SyncIOMode: function () {
          return n;
        },
        getNextStage: function () {
          return l;
        },
        isAdvanceableRenderStage: function () {
          return m;
        },
      };
    for (var g in f) Object.defineProperty(c, g, { enumerable: !0, get: f[g] });
    let h = a.r(50640),
      i = a.r(28340);
    var j =
      (((d = {})[(d.Before = 1)] = "Before"),
      (d[(d.ShellStatic = 10)] = "ShellStatic"),
      (d[(d.PrefetchStatic_prefetchApi = 11)] = "PrefetchStatic_prefetchApi"),
      (d[(d.PrefetchStatic = 12)] = "PrefetchStatic"),
      (d[(d.NavigationStatic = 13)] = "NavigationStatic"),
      (d[(d.Static = 14)] = "Static"),
      (d[(d.ShellRuntime = 20)] = "ShellRuntime"),
      (d[(d.PrefetchRuntime_prefetchApi = 21)] = "PrefetchRuntime_prefetchApi"),
      (d[(d.PrefetchRuntime = 22)] = "PrefetchRuntime"),
      (d[(d.NavigationRuntime = 23)] = "NavigationRuntime"),
      (d[(d.Dynamic = 30)] = "Dynamic"),
      (d[(d.Abandoned = 40)] = "Abandoned"),
      d);
    let k = [10, 11, 12, 13, 14, 20, 21, 22, 23, 30];
    function l(a) {
      return k[k.indexOf(a) + 1];
    }
    function m(a) {
      return 1 < a && a <= 30;
    }
    var n =
      (((e = {})[(e.Untracked = 1)] = "Untracked"),
      (e[(e.AllowedInRuntimeOrDynamic = 2)] = "AllowedInRuntimeOrDynamic"),
      (e[(e.AllowedInDynamic = 3)] = "AllowedInDynamic"),
      e);
    class o {
      constructor({ abortSignal: a, abandonController: b, syncIO: c, finalStage: d }) {
        ((this.currentStage = 1),
          (this.syncInterruptReason = null),
          (this.triggers = (function () {
            let a = {};
            for (let b of k)
              a[b] = (function () {
                let { promise: a, resolve: b, reject: c } = (0, i.createPromiseWithResolvers)();
                return {
                  state: "pending",
                  triggeredAt: null,
                  promise: a,
                  _listeners: [],
                  _resolvePromise: b,
                  _rejectPromise: c,
                };
              })();
            return a;
          })()),
          (this.abortSignal = a),
          (this.abandonController = b),
          (this.syncIOMode = c),
          (this.finalStage = d),
          a &&
            a.addEventListener(
              "abort",
              () => {
                let { reason: b } = a;
                for (let a of Object.values(this.triggers)) {
                  var c, d;
                  ((c = a),
                    (d = b),
                    "pending" === c.state &&
                      ((c.state = "cancelled"),
                      (c._listeners.length = 0),
                      c.promise.catch(p),
                      c._rejectPromise(d)));
                }
              },
              { once: !0 },
            ),
          b &&
            b.signal.addEventListener(
              "abort",
              () => {
                this.abandonRender();
              },
              { once: !0 },
            ));
      }
      onStage(a, b) {
        var c, d;
        ((c = this.triggers[a]), (d = b), "pending" === c.state ? c._listeners.push(d) : d());
      }
      shouldTrackSyncInterrupt() {
        let { syncIOMode: a, currentStage: b } = this;
        switch (a) {
          case 1:
            return !1;
          case 2:
            return b > 1 && b <= 14;
          case 3:
            return b > 1 && b < 30;
        }
      }
      syncInterruptCurrentStageWithReason(a) {
        let { currentStage: b } = this;
        if (1 !== b && 30 !== b && 40 !== b) {
          if (this.abandonController) return void this.abandonController.abort();
          if (this.abortSignal) {
            ((this.syncInterruptReason = a), (this.currentStage = 40));
            return;
          }
          ((this.syncInterruptReason = a), this.advanceStage(30));
        }
      }
      getSyncInterruptReason() {
        return this.syncInterruptReason;
      }
      getStageEndTime(a) {
        return this.triggers[l(a)].triggeredAt ?? 1 / 0;
      }
      abandonRender() {
        let { currentStage: a } = this;
        if (1 === a)
          throw new h.InvariantError("A render that hasn't started yet cannot be abandoned");
        if (30 === a || 40 === a) return;
        let b = k.indexOf(a) + 1,
          c = k.indexOf(30);
        for (let a = b; a < c; a++) this.resolveStage(k[a]);
        this.currentStage = 40;
      }
      advanceStage(a) {
        if (null !== this.finalStage && a > this.finalStage)
          throw new h.InvariantError(
            `Attempted to advance to stage ${j[a]} but the render is limited to ${j[this.finalStage]}`,
          );
        let { currentStage: b } = this;
        if (30 === b || 40 === b || a <= b) return;
        this.currentStage = a;
        let c = 1 === b ? 0 : k.indexOf(b) + 1,
          d = k.indexOf(a);
        for (let a = c; a <= d; a++) this.resolveStage(k[a]);
      }
      resolveStage(a) {
        var b = this.triggers[a];
        if ("pending" === b.state) {
          ((b.state = "triggered"), (b.triggeredAt = performance.now() + performance.timeOrigin));
          try {
            let { _listeners: a } = b;
            for (let b = 0; b < a.length; b++) a[b]();
            a.length = 0;
          } finally {
            b._resolvePromise();
          }
        }
      }
      getStagePromise(a) {
        return this.triggers[a].promise;
      }
      waitForStage(a) {
        return this.getStagePromise(a);
      }
      delayUntilStage(a, b, c) {
        let d = this.getStagePromise(a).then(() => c);
        return (this.abortSignal && d.catch(p), d);
      }
    }
    function p() {}
  },
  13091,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      ClientHookDynamicError: function () {
        return o;
      },
      RENDER_STAGES_BY_DATA_KIND: function () {
        return P;
      },
      applyOwnerStack: function () {
        return Q;
      },
      createPrerenderDataTracking: function () {
        return y;
      },
      finishPrerenderDataTracking: function () {
        return z;
      },
      isClientHookDynamicError: function () {
        return p;
      },
      isHangingPromiseRejectionError: function () {
        return k;
      },
      makeClientHookHangingPromise: function () {
        return I;
      },
      makeDevtoolsIOAwarePromise: function () {
        return M;
      },
      makeDynamicHangingPromise: function () {
        return r;
      },
      makeFallbackParamsHangingPromise: function () {
        return x;
      },
      makePrefetchHangingPromise: function () {
        return w;
      },
      makePromiseFromTrigger: function () {
        return L;
      },
      makeSessionDataHangingPromise: function () {
        return t;
      },
      makeURLDataHangingPromise: function () {
        return u;
      },
      makeUnknownRuntimeDataHangingPromise: function () {
        return v;
      },
      makeUntrackedHangingPromise: function () {
        return s;
      },
      trackFallbackParamsAccessed: function () {
        return C;
      },
      trackIncompatibleShellContent: function () {
        return H;
      },
      trackPromiseUsed: function () {
        return N;
      },
      trackURLDataAccessed: function () {
        return B;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(50640),
      g = a.r(28340),
      h = a.r(53617),
      i = a.r(31382),
      j = a.r(56704);
    function k(a) {
      return "object" == typeof a && null !== a && "digest" in a && a.digest === l;
    }
    (a.r(32319), a.r(59043));
    let l = "HANGING_PROMISE_REJECTION";
    class m extends Error {
      constructor(a, b) {
        (super(
          `During prerendering, ${b} rejects when the prerender is complete. Typically these errors are handled by React but if you move ${b} to a different context by using \`setTimeout\`, \`after\`, or similar functions you may observe this error and you should handle it in that context. This occurred at route "${a}".`,
        ),
          (this.route = a),
          (this.expression = b),
          (this.digest = l));
      }
    }
    let n = "CLIENT_HOOK_DYNAMIC";
    class o extends Error {
      constructor(a, b) {
        (super(`Route "${a}": Next.js encountered URL data \`${b}\` in a Client Component outside of \`<Suspense>\`.

This blocks prerendering because the value is only available at runtime.

Ways to fix this:
  - [stream] Wrap the component in \`<Suspense fallback={...}>\` so the hook value streams in after prerendering
  - [block] Set \`export const instant = false\` to allow a blocking route

Learn more: https://nextjs.org/docs/messages/blocking-prerender-client-hook`),
          (this.digest = n));
      }
    }
    function p(a) {
      return "object" == typeof a && null !== a && "digest" in a && a.digest === n;
    }
    let q = new WeakMap();
    function r(a, b, c) {
      return J(a, new m(b, c));
    }
    function s(a, b, c) {
      return J(a, new m(b, c));
    }
    function t(a, b, c, d) {
      return N(J(a, new m(b, c)), A.bind(null, d, c));
    }
    function u(a, b, c, d) {
      let e = J(a, new m(b, c));
      return null === d ? e : N(e, B.bind(null, d, c));
    }
    function v(a, b, c, d) {
      return t(a, b, c, d);
    }
    function w(a, b, c) {
      return s(a, b, c);
    }
    function x(a, b, c, d) {
      let e = J(a, new m(b, c));
      return null === d ? e : N(e, C.bind(null, d, c));
    }
    function y() {
      return {
        runtimeDataAccessed: (0, g.createPromiseWithResolvers)(),
        shouldAttemptStaticShell: !0,
        shouldAttemptStaticPrefetch: !0,
      };
    }
    function z(a) {
      a.runtimeDataAccessed.resolve(!1);
    }
    function A(a, b) {
      D(a, 1, b);
    }
    function B(a, b) {
      D(a, 2, b);
    }
    function C(a, b) {
      D(a, 3, b);
    }
    function D(a, b, c) {
      if ("prerender" === a.type) {
        let { prerenderDataTracking: d, stagedRendering: e } = a;
        if (!d || !e) return;
        let { currentStage: g } = e;
        if (g === i.RenderStage.Before)
          return void console.error(
            new f.InvariantError("Unexpected trackRuntimeDataAccessed in the Before stage."),
          );
        if (g >= i.RenderStage.NavigationStatic) return;
        let j = a.ensureStaticLevel ?? h.EnsureStaticLevel.None;
        switch (b) {
          case 1: {
            let a = null;
            (g <= i.RenderStage.ShellStatic &&
              j < h.EnsureStaticLevel.Shell &&
              ((d.shouldAttemptStaticShell = !1),
              (a ??= i.RenderStage.ShellStatic),
              null == F || F(c, "shell")),
              g <= i.RenderStage.PrefetchStatic &&
                j < h.EnsureStaticLevel.Prefetch &&
                ((d.shouldAttemptStaticPrefetch = !1),
                (a ??= i.RenderStage.PrefetchStatic),
                null == F || F(c, "prefetch")),
              null !== a && E(d, e, a));
            break;
          }
          case 3:
            if (a.isFallbackUpgradeable) {
              j < h.EnsureStaticLevel.Prefetch &&
                (E(d, e, i.RenderStage.PrefetchStatic), null == G || G());
              break;
            }
          case 2:
            g <= i.RenderStage.PrefetchStatic &&
              j < h.EnsureStaticLevel.Prefetch &&
              ((d.shouldAttemptStaticPrefetch = !1),
              null == F || F(c, "prefetch"),
              E(d, e, i.RenderStage.PrefetchStatic));
        }
      }
    }
    function E(a, b, c) {
      let { runtimeDataAccessed: d } = a;
      b.currentStage >= c ? d.resolve(!0) : b.onStage(c, d.resolve.bind(null, !0));
    }
    let F = process.env.NEXT_PRIVATE_DEBUG_RUNTIME_DATA
        ? (a, b) => {
            let { route: c } = j.workAsyncStorage.getStore();
            console.log(`Route '${c}': deopting to a runtime ${b} because it used ${a}`);
          }
        : void 0,
      G = process.env.NEXT_PRIVATE_DEBUG_RUNTIME_DATA
        ? () => {
            let { route: a } = j.workAsyncStorage.getStore();
            console.log(`Route '${a}': marking upgradeable fallback as runtime prefetchable`);
          }
        : void 0;
    function H(a, b) {
      let { stagedRendering: c } = a;
      if (!c) return;
      let { currentStage: d } = c;
      if (d !== i.RenderStage.Dynamic && d !== i.RenderStage.Abandoned) {
        if (process.env.NEXT_PRIVATE_DEBUG_VALIDATION) {
          let a = j.workAsyncStorage.getStore();
          console.log(`Route ${a.route}: Incompatible shell content: ${b}`);
        }
        a.hasIncompatibleShellContent = !0;
      }
    }
    function I(a, b) {
      return J(a, b);
    }
    function J(a, b) {
      if (a.aborted) return Promise.reject(b);
      {
        let c = new Promise((c, d) => {
          let e = d.bind(null, b),
            f = q.get(a);
          if (f) f.push(e);
          else {
            let b = [e];
            (q.set(a, b),
              a.addEventListener(
                "abort",
                () => {
                  for (let a = 0; a < b.length; a++) b[a]();
                },
                { once: !0 },
              ));
          }
        });
        return (c.catch(K), c);
      }
    }
    function K() {}
    function L(a, b) {
      let c = a.then(() => b);
      return (c.catch(K), c);
    }
    function M(a, b, c) {
      return b.stagedRendering
        ? b.stagedRendering.delayUntilStage(c, void 0, a)
        : new Promise((b) => {
            setTimeout(() => {
              b(a);
            }, 0);
          });
    }
    function N(a, b) {
      return O.from(a, b);
    }
    class O extends Promise {
      #a;
      static get [Symbol.species]() {
        return Promise;
      }
      static from(a, b) {
        let c = new O(a.then.bind(a));
        return ((c.#a = b), Promise.prototype.then.call(c, void 0, K), c);
      }
      then(a, b) {
        let c = this.#a;
        if (c)
          try {
            c();
          } catch (a) {
            console.error(a);
          }
        return Promise.prototype.then.call(this, a, b);
      }
      constructor(...a) {
        (super(...a), (this.#a = null));
      }
    }
    let P = {
      sessionData: i.RenderStage.ShellRuntime,
      staticUrlData: {
        prefetchApi: {
          static: i.RenderStage.PrefetchStatic_prefetchApi,
          runtime: i.RenderStage.PrefetchRuntime_prefetchApi,
        },
        static: i.RenderStage.PrefetchStatic,
        runtime: i.RenderStage.PrefetchRuntime,
      },
      runtimeUrlData: i.RenderStage.PrefetchRuntime,
    };
    function Q(a) {
      return a;
    }
  },
  91766,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      getComponentTypeModule: function () {
        return h;
      },
      getLayoutOrPageModule: function () {
        return g;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = a.r(98698);
    async function g(a) {
      let b,
        c,
        d,
        { layout: e, page: g, defaultPage: h } = a[2],
        i = void 0 !== e,
        j = void 0 !== g,
        k = void 0 !== h && a[0] === f.DEFAULT_SEGMENT_KEY;
      return (
        i
          ? ((b = await e[0]()), (c = "layout"), (d = e[1]))
          : j
            ? ((b = await g[0]()), (c = "page"), (d = g[1]))
            : k && ((b = await h[0]()), (c = "page"), (d = h[1])),
        { mod: b, modType: c, filePath: d }
      );
    }
    async function h(a, b) {
      let { [b]: c } = a[2];
      if (void 0 !== c) return await c[0]();
    }
  },
  50640,
  (a, b, c) => {
    "use strict";
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "InvariantError", {
        enumerable: !0,
        get: function () {
          return d;
        },
      }));
    class d extends Error {
      constructor(a, b) {
        (super(`Invariant: ${a.endsWith(".") ? a : a + "."} This is a bug in Next.js.`, b),
          (this.name = "InvariantError"));
      }
    }
  },
  49640,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      BailoutToCSRError: function () {
        return g;
      },
      isBailoutToCSRError: function () {
        return h;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    let f = "BAILOUT_TO_CLIENT_SIDE_RENDERING";
    class g extends Error {
      constructor(a) {
        (super(`Bail out to client-side rendering: ${a}`), (this.reason = a), (this.digest = f));
      }
    }
    function h(a) {
      return "object" == typeof a && null !== a && "digest" in a && a.digest === f;
    }
  },
  28340,
  (a, b, c) => {
    "use strict";
    function d() {
      let a,
        b,
        c = new Promise((c, d) => {
          ((a = c), (b = d));
        });
      return { resolve: a, reject: b, promise: c };
    }
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "createPromiseWithResolvers", {
        enumerable: !0,
        get: function () {
          return d;
        },
      }));
  },
  98419,
  (a, b, c) => {
    "use strict";
    (Object.defineProperty(c, "__esModule", { value: !0 }),
      Object.defineProperty(c, "parseLoaderTree", {
        enumerable: !0,
        get: function () {
          return e;
        },
      }));
    let d = a.r(98698);
    function e(a) {
      let [b, c, e, f] = a,
        { layout: g, template: h } = e,
        { page: i } = e;
      i = b === d.DEFAULT_SEGMENT_KEY ? e.defaultPage : i;
      let j = g?.[1] || h?.[1] || i?.[1];
      return {
        page: i,
        segment: b,
        modules: e,
        conventionPath: j,
        parallelRoutes: c,
        staticSiblings: f,
      };
    }
  },
  98698,
  (a, b, c) => {
    "use strict";
    Object.defineProperty(c, "__esModule", { value: !0 });
    var d = {
      DEFAULT_SEGMENT_KEY: function () {
        return k;
      },
      NOT_FOUND_SEGMENT_KEY: function () {
        return l;
      },
      PAGE_SEGMENT_KEY: function () {
        return j;
      },
      computeSelectedLayoutSegment: function () {
        return i;
      },
      getSegmentValue: function () {
        return f;
      },
      getSelectedLayoutSegmentPath: function () {
        return function a(b, c, d = !0, e = []) {
          let g;
          if (d) g = b[1][c];
          else {
            let a = b[1];
            g = a.children ?? Object.values(a)[0];
          }
          if (!g) return e;
          let h = f(g[0]);
          return h && h !== j ? (e.push(h), a(g, c, !1, e)) : e;
        };
      },
      isGroupSegment: function () {
        return g;
      },
      isParallelRouteSegment: function () {
        return h;
      },
    };
    for (var e in d) Object.defineProperty(c, e, { enumerable: !0, get: d[e] });
    function f(a) {
      return Array.isArray(a) ? a[1] : a;
    }
    function g(a) {
      return "(" === a[0] && a.endsWith(")");
    }
    function h(a) {
      return a.startsWith("@") && "@children" !== a;
    }
    function i(a, b) {
      if (!a || 0 === a.length) return null;
      let c = "children" === b ? a[0] : a[a.length - 1];
      return c === k ? null : c;
    }
    let j = "__PAGE__",
      k = "__DEFAULT__",
      l = "/_not-found";
  },
];

//# sourceMappingURL=_1yzz4i4ot9ui4._.js.map
