module.exports = [
  61724,
  (e, t, r) => {
    t.exports = e.x("next/dist/compiled/next-server/app-route-turbo.runtime.prod.js", () =>
      require("next/dist/compiled/next-server/app-route-turbo.runtime.prod.js"),
    );
  },
  19481,
  (e, t, r) => {
    "use strict";
    var n = Object.defineProperty,
      a = Object.getOwnPropertyDescriptor,
      i = Object.getOwnPropertyNames,
      o = Object.prototype.hasOwnProperty,
      s = {},
      l = {
        RequestCookies: () => f,
        ResponseCookies: () => m,
        parseCookie: () => d,
        parseSetCookie: () => p,
        stringifyCookie: () => u,
      };
    for (var c in l) n(s, c, { get: l[c], enumerable: !0 });
    function u(e) {
      var t;
      let r = [
          "path" in e && e.path && `Path=${e.path}`,
          "expires" in e &&
            (e.expires || 0 === e.expires) &&
            `Expires=${("number" == typeof e.expires ? new Date(e.expires) : e.expires).toUTCString()}`,
          "maxAge" in e && "number" == typeof e.maxAge && `Max-Age=${e.maxAge}`,
          "domain" in e && e.domain && `Domain=${e.domain}`,
          "secure" in e && e.secure && "Secure",
          "httpOnly" in e && e.httpOnly && "HttpOnly",
          "sameSite" in e && e.sameSite && `SameSite=${e.sameSite}`,
          "partitioned" in e && e.partitioned && "Partitioned",
          "priority" in e && e.priority && `Priority=${e.priority}`,
        ].filter(Boolean),
        n = `${e.name}=${encodeURIComponent(null != (t = e.value) ? t : "")}`;
      return 0 === r.length ? n : `${n}; ${r.join("; ")}`;
    }
    function d(e) {
      let t = new Map();
      for (let r of e.split(/; */)) {
        if (!r) continue;
        let e = r.indexOf("=");
        if (-1 === e) {
          t.set(r, "true");
          continue;
        }
        let [n, a] = [r.slice(0, e), r.slice(e + 1)];
        try {
          t.set(n, decodeURIComponent(null != a ? a : "true"));
        } catch {}
      }
      return t;
    }
    function p(e) {
      if (!e) return;
      let [[t, r], ...n] = d(e),
        {
          domain: a,
          expires: i,
          httponly: o,
          maxage: s,
          path: l,
          samesite: c,
          secure: u,
          partitioned: p,
          priority: f,
        } = Object.fromEntries(n.map(([e, t]) => [e.toLowerCase().replace(/-/g, ""), t]));
      {
        var m,
          v,
          b = {
            name: t,
            value: decodeURIComponent(r),
            domain: a,
            ...(i && { expires: new Date(i) }),
            ...(o && { httpOnly: !0 }),
            ...("string" == typeof s && { maxAge: Number(s) }),
            path: l,
            ...(c && { sameSite: h.includes((m = (m = c).toLowerCase())) ? m : void 0 }),
            ...(u && { secure: !0 }),
            ...(f && { priority: g.includes((v = (v = f).toLowerCase())) ? v : void 0 }),
            ...(p && { partitioned: !0 }),
          };
        let e = {};
        for (let t in b) b[t] && (e[t] = b[t]);
        return e;
      }
    }
    t.exports = ((e, t, r) => {
      if ((t && "object" == typeof t) || "function" == typeof t)
        for (let s of i(t))
          o.call(e, s) ||
            void 0 === s ||
            n(e, s, { get: () => t[s], enumerable: !(r = a(t, s)) || r.enumerable });
      return e;
    })(n({}, "__esModule", { value: !0 }), s);
    var h = ["strict", "lax", "none"],
      g = ["low", "medium", "high"],
      f = class {
        constructor(e) {
          ((this._parsed = new Map()), (this._headers = e));
          let t = e.get("cookie");
          if (t) for (let [e, r] of d(t)) this._parsed.set(e, { name: e, value: r });
        }
        [Symbol.iterator]() {
          return this._parsed[Symbol.iterator]();
        }
        get size() {
          return this._parsed.size;
        }
        get(...e) {
          let t = "string" == typeof e[0] ? e[0] : e[0].name;
          return this._parsed.get(t);
        }
        getAll(...e) {
          var t;
          let r = Array.from(this._parsed);
          if (!e.length) return r.map(([e, t]) => t);
          let n = "string" == typeof e[0] ? e[0] : null == (t = e[0]) ? void 0 : t.name;
          return r.filter(([e]) => e === n).map(([e, t]) => t);
        }
        has(e) {
          return this._parsed.has(e);
        }
        set(...e) {
          let [t, r] = 1 === e.length ? [e[0].name, e[0].value] : e,
            n = this._parsed;
          return (
            n.set(t, { name: t, value: r }),
            this._headers.set(
              "cookie",
              Array.from(n)
                .map(([e, t]) => u(t))
                .join("; "),
            ),
            this
          );
        }
        delete(e) {
          let t = this._parsed,
            r = Array.isArray(e) ? e.map((e) => t.delete(e)) : t.delete(e);
          return (
            this._headers.set(
              "cookie",
              Array.from(t)
                .map(([e, t]) => u(t))
                .join("; "),
            ),
            r
          );
        }
        clear() {
          return (this.delete(Array.from(this._parsed.keys())), this);
        }
        [Symbol.for("edge-runtime.inspect.custom")]() {
          return `RequestCookies ${JSON.stringify(Object.fromEntries(this._parsed))}`;
        }
        toString() {
          return [...this._parsed.values()]
            .map((e) => `${e.name}=${encodeURIComponent(e.value)}`)
            .join("; ");
        }
      },
      m = class {
        constructor(e) {
          var t, r, n;
          ((this._parsed = new Map()), (this._headers = e));
          let a =
            null !=
            (n =
              null != (r = null == (t = e.getSetCookie) ? void 0 : t.call(e))
                ? r
                : e.get("set-cookie"))
              ? n
              : [];
          for (let e of Array.isArray(a)
            ? a
            : (function (e) {
                if (!e) return [];
                var t,
                  r,
                  n,
                  a,
                  i,
                  o = [],
                  s = 0;
                function l() {
                  for (; s < e.length && /\s/.test(e.charAt(s));) s += 1;
                  return s < e.length;
                }
                for (; s < e.length;) {
                  for (t = s, i = !1; l();)
                    if ("," === (r = e.charAt(s))) {
                      for (
                        n = s, s += 1, l(), a = s;
                        s < e.length && "=" !== (r = e.charAt(s)) && ";" !== r && "," !== r;
                      )
                        s += 1;
                      s < e.length && "=" === e.charAt(s)
                        ? ((i = !0), (s = a), o.push(e.substring(t, n)), (t = s))
                        : (s = n + 1);
                    } else s += 1;
                  (!i || s >= e.length) && o.push(e.substring(t, e.length));
                }
                return o;
              })(a)) {
            let t = p(e);
            t && this._parsed.set(t.name, t);
          }
        }
        get(...e) {
          let t = "string" == typeof e[0] ? e[0] : e[0].name;
          return this._parsed.get(t);
        }
        getAll(...e) {
          var t;
          let r = Array.from(this._parsed.values());
          if (!e.length) return r;
          let n = "string" == typeof e[0] ? e[0] : null == (t = e[0]) ? void 0 : t.name;
          return r.filter((e) => e.name === n);
        }
        has(e) {
          return this._parsed.has(e);
        }
        set(...e) {
          let [t, r, n] = 1 === e.length ? [e[0].name, e[0].value, e[0]] : e,
            a = this._parsed;
          return (
            a.set(
              t,
              (function (e = { name: "", value: "" }) {
                return (
                  "number" == typeof e.expires && (e.expires = new Date(e.expires)),
                  e.maxAge && (e.expires = new Date(Date.now() + 1e3 * e.maxAge)),
                  (null === e.path || void 0 === e.path) && (e.path = "/"),
                  e
                );
              })({ name: t, value: r, ...n }),
            ),
            (function (e, t) {
              for (let [, r] of (t.delete("set-cookie"), e)) {
                let e = u(r);
                t.append("set-cookie", e);
              }
            })(a, this._headers),
            this
          );
        }
        delete(...e) {
          let [t, r] = "string" == typeof e[0] ? [e[0]] : [e[0].name, e[0]];
          return this.set({ ...r, name: t, value: "", expires: new Date(0) });
        }
        [Symbol.for("edge-runtime.inspect.custom")]() {
          return `ResponseCookies ${JSON.stringify(Object.fromEntries(this._parsed))}`;
        }
        toString() {
          return [...this._parsed.values()].map(u).join("; ");
        }
      };
  },
  17413,
  (e, t, r) => {
    (() => {
      "use strict";
      let r, n, a, i, o;
      var s,
        l,
        c,
        u,
        d,
        p,
        h,
        g,
        f,
        m,
        v,
        b,
        y,
        S,
        _,
        x,
        R = {
          912: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.ContextAPI = void 0));
            let n = r(108),
              a = r(221),
              i = r(44),
              o = "context",
              s = new n.NoopContextManager();
            t.ContextAPI = class e {
              static getInstance() {
                return (this._instance || (this._instance = new e()), this._instance);
              }
              setGlobalContextManager(e) {
                return (0, a.registerGlobal)(o, e, i.DiagAPI.instance());
              }
              active() {
                return this._getContextManager().active();
              }
              with(e, t, r, ...n) {
                return this._getContextManager().with(e, t, r, ...n);
              }
              bind(e, t) {
                return this._getContextManager().bind(e, t);
              }
              _getContextManager() {
                return (0, a.getGlobal)(o) || s;
              }
              disable() {
                (this._getContextManager().disable(),
                  (0, a.unregisterGlobal)(o, i.DiagAPI.instance()));
              }
            };
          },
          44: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.DiagAPI = void 0));
            let n = r(757),
              a = r(412),
              i = r(711),
              o = r(221);
            t.DiagAPI = class e {
              constructor() {
                function e(e) {
                  return function (...t) {
                    let r = (0, o.getGlobal)("diag");
                    if (r) return r[e](...t);
                  };
                }
                let t = this;
                ((t.setLogger = (e, r = { logLevel: i.DiagLogLevel.INFO }) => {
                  var n, s, l;
                  if (e === t) {
                    let e = Error(
                      "Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation",
                    );
                    return (t.error(null != (n = e.stack) ? n : e.message), !1);
                  }
                  "number" == typeof r && (r = { logLevel: r });
                  let c = (0, o.getGlobal)("diag"),
                    u = (0, a.createLogLevelDiagLogger)(
                      null != (s = r.logLevel) ? s : i.DiagLogLevel.INFO,
                      e,
                    );
                  if (c && !r.suppressOverrideMessage) {
                    let e = null != (l = Error().stack) ? l : "<failed to generate stacktrace>";
                    (c.warn(`Current logger will be overwritten from ${e}`),
                      u.warn(`Current logger will overwrite one already registered from ${e}`));
                  }
                  return (0, o.registerGlobal)("diag", u, t, !0);
                }),
                  (t.disable = () => {
                    (0, o.unregisterGlobal)("diag", t);
                  }),
                  (t.createComponentLogger = (e) => new n.DiagComponentLogger(e)),
                  (t.verbose = e("verbose")),
                  (t.debug = e("debug")),
                  (t.info = e("info")),
                  (t.warn = e("warn")),
                  (t.error = e("error")));
              }
              static instance() {
                return (this._instance || (this._instance = new e()), this._instance);
              }
            };
          },
          262: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.MetricsAPI = void 0));
            let n = r(586),
              a = r(221),
              i = r(44),
              o = "metrics";
            t.MetricsAPI = class e {
              static getInstance() {
                return (this._instance || (this._instance = new e()), this._instance);
              }
              setGlobalMeterProvider(e) {
                return (0, a.registerGlobal)(o, e, i.DiagAPI.instance());
              }
              getMeterProvider() {
                return (0, a.getGlobal)(o) || n.NOOP_METER_PROVIDER;
              }
              getMeter(e, t, r) {
                return this.getMeterProvider().getMeter(e, t, r);
              }
              disable() {
                (0, a.unregisterGlobal)(o, i.DiagAPI.instance());
              }
            };
          },
          25: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.PropagationAPI = void 0));
            let n = r(221),
              a = r(19),
              i = r(92),
              o = r(398),
              s = r(504),
              l = r(44),
              c = "propagation",
              u = new a.NoopTextMapPropagator();
            t.PropagationAPI = class e {
              constructor() {
                ((this.createBaggage = s.createBaggage),
                  (this.getBaggage = o.getBaggage),
                  (this.getActiveBaggage = o.getActiveBaggage),
                  (this.setBaggage = o.setBaggage),
                  (this.deleteBaggage = o.deleteBaggage));
              }
              static getInstance() {
                return (this._instance || (this._instance = new e()), this._instance);
              }
              setGlobalPropagator(e) {
                return (0, n.registerGlobal)(c, e, l.DiagAPI.instance());
              }
              inject(e, t, r = i.defaultTextMapSetter) {
                return this._getGlobalPropagator().inject(e, t, r);
              }
              extract(e, t, r = i.defaultTextMapGetter) {
                return this._getGlobalPropagator().extract(e, t, r);
              }
              fields() {
                return this._getGlobalPropagator().fields();
              }
              disable() {
                (0, n.unregisterGlobal)(c, l.DiagAPI.instance());
              }
              _getGlobalPropagator() {
                return (0, n.getGlobal)(c) || u;
              }
            };
          },
          397: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.TraceAPI = void 0));
            let n = r(221),
              a = r(498),
              i = r(477),
              o = r(793),
              s = r(44),
              l = "trace";
            t.TraceAPI = class e {
              constructor() {
                ((this._proxyTracerProvider = new a.ProxyTracerProvider()),
                  (this.wrapSpanContext = i.wrapSpanContext),
                  (this.isSpanContextValid = i.isSpanContextValid),
                  (this.deleteSpan = o.deleteSpan),
                  (this.getSpan = o.getSpan),
                  (this.getActiveSpan = o.getActiveSpan),
                  (this.getSpanContext = o.getSpanContext),
                  (this.setSpan = o.setSpan),
                  (this.setSpanContext = o.setSpanContext));
              }
              static getInstance() {
                return (this._instance || (this._instance = new e()), this._instance);
              }
              setGlobalTracerProvider(e) {
                let t = (0, n.registerGlobal)(l, this._proxyTracerProvider, s.DiagAPI.instance());
                return (t && this._proxyTracerProvider.setDelegate(e), t);
              }
              getTracerProvider() {
                return (0, n.getGlobal)(l) || this._proxyTracerProvider;
              }
              getTracer(e, t) {
                return this.getTracerProvider().getTracer(e, t);
              }
              disable() {
                ((0, n.unregisterGlobal)(l, s.DiagAPI.instance()),
                  (this._proxyTracerProvider = new a.ProxyTracerProvider()));
              }
            };
          },
          398: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.deleteBaggage = t.setBaggage = t.getActiveBaggage = t.getBaggage = void 0));
            let n = r(912),
              a = (0, r(23).createContextKey)("OpenTelemetry Baggage Key");
            function i(e) {
              return e.getValue(a) || void 0;
            }
            ((t.getBaggage = i),
              (t.getActiveBaggage = function () {
                return i(n.ContextAPI.getInstance().active());
              }),
              (t.setBaggage = function (e, t) {
                return e.setValue(a, t);
              }),
              (t.deleteBaggage = function (e) {
                return e.deleteValue(a);
              }));
          },
          152: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.BaggageImpl = void 0),
              (t.BaggageImpl = class e {
                constructor(e) {
                  this._entries = e ? new Map(e) : new Map();
                }
                getEntry(e) {
                  let t = this._entries.get(e);
                  if (t) return Object.assign({}, t);
                }
                getAllEntries() {
                  return Array.from(this._entries.entries()).map(([e, t]) => [e, t]);
                }
                setEntry(t, r) {
                  let n = new e(this._entries);
                  return (n._entries.set(t, r), n);
                }
                removeEntry(t) {
                  let r = new e(this._entries);
                  return (r._entries.delete(t), r);
                }
                removeEntries(...t) {
                  let r = new e(this._entries);
                  for (let e of t) r._entries.delete(e);
                  return r;
                }
                clear() {
                  return new e();
                }
              }));
          },
          647: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.baggageEntryMetadataSymbol = void 0),
              (t.baggageEntryMetadataSymbol = Symbol("BaggageEntryMetadata")));
          },
          504: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.baggageEntryMetadataFromString = t.createBaggage = void 0));
            let n = r(44),
              a = r(152),
              i = r(647),
              o = n.DiagAPI.instance();
            ((t.createBaggage = function (e = {}) {
              return new a.BaggageImpl(new Map(Object.entries(e)));
            }),
              (t.baggageEntryMetadataFromString = function (e) {
                return (
                  "string" != typeof e &&
                    (o.error(`Cannot create baggage metadata from unknown type: ${typeof e}`),
                    (e = "")),
                  { __TYPE__: i.baggageEntryMetadataSymbol, toString: () => e }
                );
              }));
          },
          778: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.context = void 0),
              (t.context = r(912).ContextAPI.getInstance()));
          },
          108: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.NoopContextManager = void 0));
            let n = r(23);
            t.NoopContextManager = class {
              active() {
                return n.ROOT_CONTEXT;
              }
              with(e, t, r, ...n) {
                return t.call(r, ...n);
              }
              bind(e, t) {
                return t;
              }
              enable() {
                return this;
              }
              disable() {
                return this;
              }
            };
          },
          23: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.ROOT_CONTEXT = t.createContextKey = void 0),
              (t.createContextKey = function (e) {
                return Symbol.for(e);
              }),
              (t.ROOT_CONTEXT = new (class e {
                constructor(t) {
                  let r = this;
                  ((r._currentContext = t ? new Map(t) : new Map()),
                    (r.getValue = (e) => r._currentContext.get(e)),
                    (r.setValue = (t, n) => {
                      let a = new e(r._currentContext);
                      return (a._currentContext.set(t, n), a);
                    }),
                    (r.deleteValue = (t) => {
                      let n = new e(r._currentContext);
                      return (n._currentContext.delete(t), n);
                    }));
                }
              })()));
          },
          304: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.diag = void 0),
              (t.diag = r(44).DiagAPI.instance()));
          },
          757: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.DiagComponentLogger = void 0));
            let n = r(221);
            function a(e, t, r) {
              let a = (0, n.getGlobal)("diag");
              if (a) return (r.unshift(t), a[e](...r));
            }
            t.DiagComponentLogger = class {
              constructor(e) {
                this._namespace = e.namespace || "DiagComponentLogger";
              }
              debug(...e) {
                return a("debug", this._namespace, e);
              }
              error(...e) {
                return a("error", this._namespace, e);
              }
              info(...e) {
                return a("info", this._namespace, e);
              }
              warn(...e) {
                return a("warn", this._namespace, e);
              }
              verbose(...e) {
                return a("verbose", this._namespace, e);
              }
            };
          },
          83: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.DiagConsoleLogger = void 0));
            let r = [
              { n: "error", c: "error" },
              { n: "warn", c: "warn" },
              { n: "info", c: "info" },
              { n: "debug", c: "debug" },
              { n: "verbose", c: "trace" },
            ];
            t.DiagConsoleLogger = class {
              constructor() {
                for (let e = 0; e < r.length; e++)
                  this[r[e].n] = (function (e) {
                    return function (...t) {
                      if (console) {
                        let r = console[e];
                        if (("function" != typeof r && (r = console.log), "function" == typeof r))
                          return r.apply(console, t);
                      }
                    };
                  })(r[e].c);
              }
            };
          },
          412: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.createLogLevelDiagLogger = void 0));
            let n = r(711);
            t.createLogLevelDiagLogger = function (e, t) {
              function r(r, n) {
                let a = t[r];
                return "function" == typeof a && e >= n ? a.bind(t) : function () {};
              }
              return (
                e < n.DiagLogLevel.NONE
                  ? (e = n.DiagLogLevel.NONE)
                  : e > n.DiagLogLevel.ALL && (e = n.DiagLogLevel.ALL),
                (t = t || {}),
                {
                  error: r("error", n.DiagLogLevel.ERROR),
                  warn: r("warn", n.DiagLogLevel.WARN),
                  info: r("info", n.DiagLogLevel.INFO),
                  debug: r("debug", n.DiagLogLevel.DEBUG),
                  verbose: r("verbose", n.DiagLogLevel.VERBOSE),
                }
              );
            };
          },
          711: (e, t) => {
            var r;
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.DiagLogLevel = void 0),
              ((r = t.DiagLogLevel || (t.DiagLogLevel = {}))[(r.NONE = 0)] = "NONE"),
              (r[(r.ERROR = 30)] = "ERROR"),
              (r[(r.WARN = 50)] = "WARN"),
              (r[(r.INFO = 60)] = "INFO"),
              (r[(r.DEBUG = 70)] = "DEBUG"),
              (r[(r.VERBOSE = 80)] = "VERBOSE"),
              (r[(r.ALL = 9999)] = "ALL"));
          },
          221: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.unregisterGlobal = t.getGlobal = t.registerGlobal = void 0));
            let n = r(678),
              a = r(652),
              i = r(662),
              o = a.VERSION.split(".")[0],
              s = Symbol.for(`opentelemetry.js.api.${o}`),
              l = n._globalThis;
            ((t.registerGlobal = function (e, t, r, n = !1) {
              var i;
              let o = (l[s] = null != (i = l[s]) ? i : { version: a.VERSION });
              if (!n && o[e]) {
                let t = Error(`@opentelemetry/api: Attempted duplicate registration of API: ${e}`);
                return (r.error(t.stack || t.message), !1);
              }
              if (o.version !== a.VERSION) {
                let t = Error(
                  `@opentelemetry/api: Registration of version v${o.version} for ${e} does not match previously registered API v${a.VERSION}`,
                );
                return (r.error(t.stack || t.message), !1);
              }
              return (
                (o[e] = t),
                r.debug(`@opentelemetry/api: Registered a global for ${e} v${a.VERSION}.`),
                !0
              );
            }),
              (t.getGlobal = function (e) {
                var t, r;
                let n = null == (t = l[s]) ? void 0 : t.version;
                if (n && (0, i.isCompatible)(n)) return null == (r = l[s]) ? void 0 : r[e];
              }),
              (t.unregisterGlobal = function (e, t) {
                t.debug(`@opentelemetry/api: Unregistering a global for ${e} v${a.VERSION}.`);
                let r = l[s];
                r && delete r[e];
              }));
          },
          662: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.isCompatible = t._makeCompatibilityCheck = void 0));
            let n = r(652),
              a = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
            function i(e) {
              let t = new Set([e]),
                r = new Set(),
                n = e.match(a);
              if (!n) return () => !1;
              let i = { major: +n[1], minor: +n[2], patch: +n[3], prerelease: n[4] };
              if (null != i.prerelease)
                return function (t) {
                  return t === e;
                };
              function o(e) {
                return (r.add(e), !1);
              }
              return function (e) {
                if (t.has(e)) return !0;
                if (r.has(e)) return !1;
                let n = e.match(a);
                if (!n) return o(e);
                let s = { major: +n[1], minor: +n[2], patch: +n[3], prerelease: n[4] };
                if (null != s.prerelease || i.major !== s.major) return o(e);
                if (0 === i.major)
                  return i.minor === s.minor && i.patch <= s.patch ? (t.add(e), !0) : o(e);
                return i.minor <= s.minor ? (t.add(e), !0) : o(e);
              };
            }
            ((t._makeCompatibilityCheck = i), (t.isCompatible = i(n.VERSION)));
          },
          120: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.metrics = void 0),
              (t.metrics = r(262).MetricsAPI.getInstance()));
          },
          532: (e, t) => {
            var r;
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.ValueType = void 0),
              ((r = t.ValueType || (t.ValueType = {}))[(r.INT = 0)] = "INT"),
              (r[(r.DOUBLE = 1)] = "DOUBLE"));
          },
          440: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.createNoopMeter =
                t.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC =
                t.NOOP_OBSERVABLE_GAUGE_METRIC =
                t.NOOP_OBSERVABLE_COUNTER_METRIC =
                t.NOOP_UP_DOWN_COUNTER_METRIC =
                t.NOOP_HISTOGRAM_METRIC =
                t.NOOP_COUNTER_METRIC =
                t.NOOP_METER =
                t.NoopObservableUpDownCounterMetric =
                t.NoopObservableGaugeMetric =
                t.NoopObservableCounterMetric =
                t.NoopObservableMetric =
                t.NoopHistogramMetric =
                t.NoopUpDownCounterMetric =
                t.NoopCounterMetric =
                t.NoopMetric =
                t.NoopMeter =
                  void 0));
            class r {
              createHistogram(e, r) {
                return t.NOOP_HISTOGRAM_METRIC;
              }
              createCounter(e, r) {
                return t.NOOP_COUNTER_METRIC;
              }
              createUpDownCounter(e, r) {
                return t.NOOP_UP_DOWN_COUNTER_METRIC;
              }
              createObservableGauge(e, r) {
                return t.NOOP_OBSERVABLE_GAUGE_METRIC;
              }
              createObservableCounter(e, r) {
                return t.NOOP_OBSERVABLE_COUNTER_METRIC;
              }
              createObservableUpDownCounter(e, r) {
                return t.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
              }
              addBatchObservableCallback(e, t) {}
              removeBatchObservableCallback(e) {}
            }
            t.NoopMeter = r;
            class n {}
            t.NoopMetric = n;
            class a extends n {
              add(e, t) {}
            }
            t.NoopCounterMetric = a;
            class i extends n {
              add(e, t) {}
            }
            t.NoopUpDownCounterMetric = i;
            class o extends n {
              record(e, t) {}
            }
            t.NoopHistogramMetric = o;
            class s {
              addCallback(e) {}
              removeCallback(e) {}
            }
            t.NoopObservableMetric = s;
            class l extends s {}
            t.NoopObservableCounterMetric = l;
            class c extends s {}
            t.NoopObservableGaugeMetric = c;
            class u extends s {}
            ((t.NoopObservableUpDownCounterMetric = u),
              (t.NOOP_METER = new r()),
              (t.NOOP_COUNTER_METRIC = new a()),
              (t.NOOP_HISTOGRAM_METRIC = new o()),
              (t.NOOP_UP_DOWN_COUNTER_METRIC = new i()),
              (t.NOOP_OBSERVABLE_COUNTER_METRIC = new l()),
              (t.NOOP_OBSERVABLE_GAUGE_METRIC = new c()),
              (t.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new u()),
              (t.createNoopMeter = function () {
                return t.NOOP_METER;
              }));
          },
          586: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.NOOP_METER_PROVIDER = t.NoopMeterProvider = void 0));
            let n = r(440);
            class a {
              getMeter(e, t, r) {
                return n.NOOP_METER;
              }
            }
            ((t.NoopMeterProvider = a), (t.NOOP_METER_PROVIDER = new a()));
          },
          678: function (e, t, r) {
            var n =
                (this && this.__createBinding) ||
                (Object.create
                  ? function (e, t, r, n) {
                      (void 0 === n && (n = r),
                        Object.defineProperty(e, n, {
                          enumerable: !0,
                          get: function () {
                            return t[r];
                          },
                        }));
                    }
                  : function (e, t, r, n) {
                      (void 0 === n && (n = r), (e[n] = t[r]));
                    }),
              a =
                (this && this.__exportStar) ||
                function (e, t) {
                  for (var r in e)
                    "default" === r || Object.prototype.hasOwnProperty.call(t, r) || n(t, e, r);
                };
            (Object.defineProperty(t, "__esModule", { value: !0 }), a(r(59), t));
          },
          460: (t, r) => {
            (Object.defineProperty(r, "__esModule", { value: !0 }),
              (r._globalThis = void 0),
              (r._globalThis = "object" == typeof globalThis ? globalThis : e.g));
          },
          59: function (e, t, r) {
            var n =
                (this && this.__createBinding) ||
                (Object.create
                  ? function (e, t, r, n) {
                      (void 0 === n && (n = r),
                        Object.defineProperty(e, n, {
                          enumerable: !0,
                          get: function () {
                            return t[r];
                          },
                        }));
                    }
                  : function (e, t, r, n) {
                      (void 0 === n && (n = r), (e[n] = t[r]));
                    }),
              a =
                (this && this.__exportStar) ||
                function (e, t) {
                  for (var r in e)
                    "default" === r || Object.prototype.hasOwnProperty.call(t, r) || n(t, e, r);
                };
            (Object.defineProperty(t, "__esModule", { value: !0 }), a(r(460), t));
          },
          27: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.propagation = void 0),
              (t.propagation = r(25).PropagationAPI.getInstance()));
          },
          19: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.NoopTextMapPropagator = void 0),
              (t.NoopTextMapPropagator = class {
                inject(e, t) {}
                extract(e, t) {
                  return e;
                }
                fields() {
                  return [];
                }
              }));
          },
          92: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.defaultTextMapSetter = t.defaultTextMapGetter = void 0),
              (t.defaultTextMapGetter = {
                get(e, t) {
                  if (null != e) return e[t];
                },
                keys: (e) => (null == e ? [] : Object.keys(e)),
              }),
              (t.defaultTextMapSetter = {
                set(e, t, r) {
                  null != e && (e[t] = r);
                },
              }));
          },
          816: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.trace = void 0),
              (t.trace = r(397).TraceAPI.getInstance()));
          },
          374: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.NonRecordingSpan = void 0));
            let n = r(546);
            t.NonRecordingSpan = class {
              constructor(e = n.INVALID_SPAN_CONTEXT) {
                this._spanContext = e;
              }
              spanContext() {
                return this._spanContext;
              }
              setAttribute(e, t) {
                return this;
              }
              setAttributes(e) {
                return this;
              }
              addEvent(e, t) {
                return this;
              }
              setStatus(e) {
                return this;
              }
              updateName(e) {
                return this;
              }
              end(e) {}
              isRecording() {
                return !1;
              }
              recordException(e, t) {}
            };
          },
          637: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.NoopTracer = void 0));
            let n = r(912),
              a = r(793),
              i = r(374),
              o = r(477),
              s = n.ContextAPI.getInstance();
            t.NoopTracer = class {
              startSpan(e, t, r = s.active()) {
                var n;
                if (null == t ? void 0 : t.root) return new i.NonRecordingSpan();
                let l = r && (0, a.getSpanContext)(r);
                return "object" == typeof (n = l) &&
                  "string" == typeof n.spanId &&
                  "string" == typeof n.traceId &&
                  "number" == typeof n.traceFlags &&
                  (0, o.isSpanContextValid)(l)
                  ? new i.NonRecordingSpan(l)
                  : new i.NonRecordingSpan();
              }
              startActiveSpan(e, t, r, n) {
                let i, o, l;
                if (arguments.length < 2) return;
                2 == arguments.length
                  ? (l = t)
                  : 3 == arguments.length
                    ? ((i = t), (l = r))
                    : ((i = t), (o = r), (l = n));
                let c = null != o ? o : s.active(),
                  u = this.startSpan(e, i, c),
                  d = (0, a.setSpan)(c, u);
                return s.with(d, l, void 0, u);
              }
            };
          },
          76: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.NoopTracerProvider = void 0));
            let n = r(637);
            t.NoopTracerProvider = class {
              getTracer(e, t, r) {
                return new n.NoopTracer();
              }
            };
          },
          779: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.ProxyTracer = void 0));
            let n = new (r(637).NoopTracer)();
            t.ProxyTracer = class {
              constructor(e, t, r, n) {
                ((this._provider = e), (this.name = t), (this.version = r), (this.options = n));
              }
              startSpan(e, t, r) {
                return this._getTracer().startSpan(e, t, r);
              }
              startActiveSpan(e, t, r, n) {
                let a = this._getTracer();
                return Reflect.apply(a.startActiveSpan, a, arguments);
              }
              _getTracer() {
                if (this._delegate) return this._delegate;
                let e = this._provider.getDelegateTracer(this.name, this.version, this.options);
                return e ? ((this._delegate = e), this._delegate) : n;
              }
            };
          },
          498: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.ProxyTracerProvider = void 0));
            let n = r(779),
              a = new (r(76).NoopTracerProvider)();
            t.ProxyTracerProvider = class {
              getTracer(e, t, r) {
                var a;
                return null != (a = this.getDelegateTracer(e, t, r))
                  ? a
                  : new n.ProxyTracer(this, e, t, r);
              }
              getDelegate() {
                var e;
                return null != (e = this._delegate) ? e : a;
              }
              setDelegate(e) {
                this._delegate = e;
              }
              getDelegateTracer(e, t, r) {
                var n;
                return null == (n = this._delegate) ? void 0 : n.getTracer(e, t, r);
              }
            };
          },
          312: (e, t) => {
            var r;
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.SamplingDecision = void 0),
              ((r = t.SamplingDecision || (t.SamplingDecision = {}))[(r.NOT_RECORD = 0)] =
                "NOT_RECORD"),
              (r[(r.RECORD = 1)] = "RECORD"),
              (r[(r.RECORD_AND_SAMPLED = 2)] = "RECORD_AND_SAMPLED"));
          },
          793: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.getSpanContext =
                t.setSpanContext =
                t.deleteSpan =
                t.setSpan =
                t.getActiveSpan =
                t.getSpan =
                  void 0));
            let n = r(23),
              a = r(374),
              i = r(912),
              o = (0, n.createContextKey)("OpenTelemetry Context Key SPAN");
            function s(e) {
              return e.getValue(o) || void 0;
            }
            function l(e, t) {
              return e.setValue(o, t);
            }
            ((t.getSpan = s),
              (t.getActiveSpan = function () {
                return s(i.ContextAPI.getInstance().active());
              }),
              (t.setSpan = l),
              (t.deleteSpan = function (e) {
                return e.deleteValue(o);
              }),
              (t.setSpanContext = function (e, t) {
                return l(e, new a.NonRecordingSpan(t));
              }),
              (t.getSpanContext = function (e) {
                var t;
                return null == (t = s(e)) ? void 0 : t.spanContext();
              }));
          },
          285: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.TraceStateImpl = void 0));
            let n = r(240);
            t.TraceStateImpl = class e {
              constructor(e) {
                ((this._internalState = new Map()), e && this._parse(e));
              }
              set(e, t) {
                let r = this._clone();
                return (
                  r._internalState.has(e) && r._internalState.delete(e),
                  r._internalState.set(e, t),
                  r
                );
              }
              unset(e) {
                let t = this._clone();
                return (t._internalState.delete(e), t);
              }
              get(e) {
                return this._internalState.get(e);
              }
              serialize() {
                return this._keys()
                  .reduce((e, t) => (e.push(t + "=" + this.get(t)), e), [])
                  .join(",");
              }
              _parse(e) {
                !(e.length > 512) &&
                  ((this._internalState = e
                    .split(",")
                    .reverse()
                    .reduce((e, t) => {
                      let r = t.trim(),
                        a = r.indexOf("=");
                      if (-1 !== a) {
                        let i = r.slice(0, a),
                          o = r.slice(a + 1, t.length);
                        (0, n.validateKey)(i) && (0, n.validateValue)(o) && e.set(i, o);
                      }
                      return e;
                    }, new Map())),
                  this._internalState.size > 32 &&
                    (this._internalState = new Map(
                      Array.from(this._internalState.entries()).reverse().slice(0, 32),
                    )));
              }
              _keys() {
                return Array.from(this._internalState.keys()).reverse();
              }
              _clone() {
                let t = new e();
                return ((t._internalState = new Map(this._internalState)), t);
              }
            };
          },
          240: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.validateValue = t.validateKey = void 0));
            let r = "[_0-9a-z-*/]",
              n = `[a-z]${r}{0,255}`,
              a = `[a-z0-9]${r}{0,240}@[a-z]${r}{0,13}`,
              i = RegExp(`^(?:${n}|${a})$`),
              o = /^[ -~]{0,255}[!-~]$/,
              s = /,|=/;
            ((t.validateKey = function (e) {
              return i.test(e);
            }),
              (t.validateValue = function (e) {
                return o.test(e) && !s.test(e);
              }));
          },
          87: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }), (t.createTraceState = void 0));
            let n = r(285);
            t.createTraceState = function (e) {
              return new n.TraceStateImpl(e);
            };
          },
          546: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.INVALID_SPAN_CONTEXT = t.INVALID_TRACEID = t.INVALID_SPANID = void 0));
            let n = r(731);
            ((t.INVALID_SPANID = "0000000000000000"),
              (t.INVALID_TRACEID = "00000000000000000000000000000000"),
              (t.INVALID_SPAN_CONTEXT = {
                traceId: t.INVALID_TRACEID,
                spanId: t.INVALID_SPANID,
                traceFlags: n.TraceFlags.NONE,
              }));
          },
          613: (e, t) => {
            var r;
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.SpanKind = void 0),
              ((r = t.SpanKind || (t.SpanKind = {}))[(r.INTERNAL = 0)] = "INTERNAL"),
              (r[(r.SERVER = 1)] = "SERVER"),
              (r[(r.CLIENT = 2)] = "CLIENT"),
              (r[(r.PRODUCER = 3)] = "PRODUCER"),
              (r[(r.CONSUMER = 4)] = "CONSUMER"));
          },
          477: (e, t, r) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.wrapSpanContext =
                t.isSpanContextValid =
                t.isValidSpanId =
                t.isValidTraceId =
                  void 0));
            let n = r(546),
              a = r(374),
              i = /^([0-9a-f]{32})$/i,
              o = /^[0-9a-f]{16}$/i;
            function s(e) {
              return i.test(e) && e !== n.INVALID_TRACEID;
            }
            function l(e) {
              return o.test(e) && e !== n.INVALID_SPANID;
            }
            ((t.isValidTraceId = s),
              (t.isValidSpanId = l),
              (t.isSpanContextValid = function (e) {
                return s(e.traceId) && l(e.spanId);
              }),
              (t.wrapSpanContext = function (e) {
                return new a.NonRecordingSpan(e);
              }));
          },
          854: (e, t) => {
            var r;
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.SpanStatusCode = void 0),
              ((r = t.SpanStatusCode || (t.SpanStatusCode = {}))[(r.UNSET = 0)] = "UNSET"),
              (r[(r.OK = 1)] = "OK"),
              (r[(r.ERROR = 2)] = "ERROR"));
          },
          731: (e, t) => {
            var r;
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.TraceFlags = void 0),
              ((r = t.TraceFlags || (t.TraceFlags = {}))[(r.NONE = 0)] = "NONE"),
              (r[(r.SAMPLED = 1)] = "SAMPLED"));
          },
          652: (e, t) => {
            (Object.defineProperty(t, "__esModule", { value: !0 }),
              (t.VERSION = void 0),
              (t.VERSION = "1.6.0"));
          },
        },
        T = {};
      function P(e) {
        var t = T[e];
        if (void 0 !== t) return t.exports;
        var r = (T[e] = { exports: {} }),
          n = !0;
        try {
          (R[e].call(r.exports, r, r.exports, P), (n = !1));
        } finally {
          n && delete T[e];
        }
        return r.exports;
      }
      P.ab = "/ROOT/node_modules/next/dist/compiled/@opentelemetry/api/";
      var w = {};
      (Object.defineProperty(w, "__esModule", { value: !0 }),
        (w.trace =
          w.propagation =
          w.metrics =
          w.diag =
          w.context =
          w.INVALID_SPAN_CONTEXT =
          w.INVALID_TRACEID =
          w.INVALID_SPANID =
          w.isValidSpanId =
          w.isValidTraceId =
          w.isSpanContextValid =
          w.createTraceState =
          w.TraceFlags =
          w.SpanStatusCode =
          w.SpanKind =
          w.SamplingDecision =
          w.ProxyTracerProvider =
          w.ProxyTracer =
          w.defaultTextMapSetter =
          w.defaultTextMapGetter =
          w.ValueType =
          w.createNoopMeter =
          w.DiagLogLevel =
          w.DiagConsoleLogger =
          w.ROOT_CONTEXT =
          w.createContextKey =
          w.baggageEntryMetadataFromString =
            void 0),
        (s = P(504)),
        Object.defineProperty(w, "baggageEntryMetadataFromString", {
          enumerable: !0,
          get: function () {
            return s.baggageEntryMetadataFromString;
          },
        }),
        (l = P(23)),
        Object.defineProperty(w, "createContextKey", {
          enumerable: !0,
          get: function () {
            return l.createContextKey;
          },
        }),
        Object.defineProperty(w, "ROOT_CONTEXT", {
          enumerable: !0,
          get: function () {
            return l.ROOT_CONTEXT;
          },
        }),
        (c = P(83)),
        Object.defineProperty(w, "DiagConsoleLogger", {
          enumerable: !0,
          get: function () {
            return c.DiagConsoleLogger;
          },
        }),
        (u = P(711)),
        Object.defineProperty(w, "DiagLogLevel", {
          enumerable: !0,
          get: function () {
            return u.DiagLogLevel;
          },
        }),
        (d = P(440)),
        Object.defineProperty(w, "createNoopMeter", {
          enumerable: !0,
          get: function () {
            return d.createNoopMeter;
          },
        }),
        (p = P(532)),
        Object.defineProperty(w, "ValueType", {
          enumerable: !0,
          get: function () {
            return p.ValueType;
          },
        }),
        (h = P(92)),
        Object.defineProperty(w, "defaultTextMapGetter", {
          enumerable: !0,
          get: function () {
            return h.defaultTextMapGetter;
          },
        }),
        Object.defineProperty(w, "defaultTextMapSetter", {
          enumerable: !0,
          get: function () {
            return h.defaultTextMapSetter;
          },
        }),
        (g = P(779)),
        Object.defineProperty(w, "ProxyTracer", {
          enumerable: !0,
          get: function () {
            return g.ProxyTracer;
          },
        }),
        (f = P(498)),
        Object.defineProperty(w, "ProxyTracerProvider", {
          enumerable: !0,
          get: function () {
            return f.ProxyTracerProvider;
          },
        }),
        (m = P(312)),
        Object.defineProperty(w, "SamplingDecision", {
          enumerable: !0,
          get: function () {
            return m.SamplingDecision;
          },
        }),
        (v = P(613)),
        Object.defineProperty(w, "SpanKind", {
          enumerable: !0,
          get: function () {
            return v.SpanKind;
          },
        }),
        (b = P(854)),
        Object.defineProperty(w, "SpanStatusCode", {
          enumerable: !0,
          get: function () {
            return b.SpanStatusCode;
          },
        }),
        (y = P(731)),
        Object.defineProperty(w, "TraceFlags", {
          enumerable: !0,
          get: function () {
            return y.TraceFlags;
          },
        }),
        (S = P(87)),
        Object.defineProperty(w, "createTraceState", {
          enumerable: !0,
          get: function () {
            return S.createTraceState;
          },
        }),
        (_ = P(477)),
        Object.defineProperty(w, "isSpanContextValid", {
          enumerable: !0,
          get: function () {
            return _.isSpanContextValid;
          },
        }),
        Object.defineProperty(w, "isValidTraceId", {
          enumerable: !0,
          get: function () {
            return _.isValidTraceId;
          },
        }),
        Object.defineProperty(w, "isValidSpanId", {
          enumerable: !0,
          get: function () {
            return _.isValidSpanId;
          },
        }),
        (x = P(546)),
        Object.defineProperty(w, "INVALID_SPANID", {
          enumerable: !0,
          get: function () {
            return x.INVALID_SPANID;
          },
        }),
        Object.defineProperty(w, "INVALID_TRACEID", {
          enumerable: !0,
          get: function () {
            return x.INVALID_TRACEID;
          },
        }),
        Object.defineProperty(w, "INVALID_SPAN_CONTEXT", {
          enumerable: !0,
          get: function () {
            return x.INVALID_SPAN_CONTEXT;
          },
        }),
        (r = P(778)),
        Object.defineProperty(w, "context", {
          enumerable: !0,
          get: function () {
            return r.context;
          },
        }),
        (n = P(304)),
        Object.defineProperty(w, "diag", {
          enumerable: !0,
          get: function () {
            return n.diag;
          },
        }),
        (a = P(120)),
        Object.defineProperty(w, "metrics", {
          enumerable: !0,
          get: function () {
            return a.metrics;
          },
        }),
        (i = P(27)),
        Object.defineProperty(w, "propagation", {
          enumerable: !0,
          get: function () {
            return i.propagation;
          },
        }),
        (o = P(816)),
        Object.defineProperty(w, "trace", {
          enumerable: !0,
          get: function () {
            return o.trace;
          },
        }),
        (w.default = {
          context: r.context,
          diag: n.diag,
          metrics: a.metrics,
          propagation: i.propagation,
          trace: o.trace,
        }),
        (t.exports = w));
    })();
  },
  93118,
  (e, t, r) => {
    (() => {
      "use strict";
      "u" > typeof __nccwpck_require__ &&
        (__nccwpck_require__.ab = "/ROOT/node_modules/next/dist/compiled/cookie/");
      var e,
        r,
        n,
        a,
        i = {};
      ((i.parse = function (t, r) {
        if ("string" != typeof t) throw TypeError("argument str must be a string");
        for (var a = {}, i = t.split(n), o = (r || {}).decode || e, s = 0; s < i.length; s++) {
          var l = i[s],
            c = l.indexOf("=");
          if (!(c < 0)) {
            var u = l.substr(0, c).trim(),
              d = l.substr(++c, l.length).trim();
            ('"' == d[0] && (d = d.slice(1, -1)),
              void 0 == a[u] &&
                (a[u] = (function (e, t) {
                  try {
                    return t(e);
                  } catch (t) {
                    return e;
                  }
                })(d, o)));
          }
        }
        return a;
      }),
        (i.serialize = function (e, t, n) {
          var i = n || {},
            o = i.encode || r;
          if ("function" != typeof o) throw TypeError("option encode is invalid");
          if (!a.test(e)) throw TypeError("argument name is invalid");
          var s = o(t);
          if (s && !a.test(s)) throw TypeError("argument val is invalid");
          var l = e + "=" + s;
          if (null != i.maxAge) {
            var c = i.maxAge - 0;
            if (isNaN(c) || !isFinite(c)) throw TypeError("option maxAge is invalid");
            l += "; Max-Age=" + Math.floor(c);
          }
          if (i.domain) {
            if (!a.test(i.domain)) throw TypeError("option domain is invalid");
            l += "; Domain=" + i.domain;
          }
          if (i.path) {
            if (!a.test(i.path)) throw TypeError("option path is invalid");
            l += "; Path=" + i.path;
          }
          if (i.expires) {
            if ("function" != typeof i.expires.toUTCString)
              throw TypeError("option expires is invalid");
            l += "; Expires=" + i.expires.toUTCString();
          }
          if ((i.httpOnly && (l += "; HttpOnly"), i.secure && (l += "; Secure"), i.sameSite))
            switch ("string" == typeof i.sameSite ? i.sameSite.toLowerCase() : i.sameSite) {
              case !0:
              case "strict":
                l += "; SameSite=Strict";
                break;
              case "lax":
                l += "; SameSite=Lax";
                break;
              case "none":
                l += "; SameSite=None";
                break;
              default:
                throw TypeError("option sameSite is invalid");
            }
          return l;
        }),
        (e = decodeURIComponent),
        (r = encodeURIComponent),
        (n = /; */),
        (a = /^[\u0009\u0020-\u007e\u0080-\u00ff]+$/),
        (t.exports = i));
    })();
  },
  74017,
  95169,
  61916,
  10372,
  220,
  59756,
  70101,
  87718,
  52474,
  96250,
  69741,
  74677,
  16795,
  47587,
  66012,
  26937,
  9580,
  (e) => {
    "use strict";
    let t, r, n;
    var a,
      i,
      o,
      s,
      l,
      c,
      u,
      d,
      p,
      h,
      g,
      f,
      m,
      v,
      b,
      y,
      S,
      _,
      x,
      R,
      T,
      P,
      w,
      E,
      O =
        (((P = {}).PAGES = "PAGES"),
        (P.PAGES_API = "PAGES_API"),
        (P.APP_PAGE = "APP_PAGE"),
        (P.APP_ROUTE = "APP_ROUTE"),
        (P.IMAGE = "IMAGE"),
        P);
    e.s(["f", 0, O], 74017);
    var N =
        (((a = N || {}).handleRequest = "BaseServer.handleRequest"),
        (a.run = "BaseServer.run"),
        (a.pipe = "BaseServer.pipe"),
        (a.getStaticHTML = "BaseServer.getStaticHTML"),
        (a.render = "BaseServer.render"),
        (a.renderToResponseWithComponents = "BaseServer.renderToResponseWithComponents"),
        (a.renderToResponse = "BaseServer.renderToResponse"),
        (a.renderToHTML = "BaseServer.renderToHTML"),
        (a.renderError = "BaseServer.renderError"),
        (a.renderErrorToResponse = "BaseServer.renderErrorToResponse"),
        (a.renderErrorToHTML = "BaseServer.renderErrorToHTML"),
        (a.render404 = "BaseServer.render404"),
        a),
      C =
        (((i = C || {}).loadDefaultErrorComponents = "LoadComponents.loadDefaultErrorComponents"),
        (i.loadComponents = "LoadComponents.loadComponents"),
        (i.loadRouteModule = "LoadComponents.loadRouteModule"),
        i),
      A =
        (((o = A || {}).loadModule = "Instrumentation.loadModule"),
        (o.register = "Instrumentation.register"),
        o),
      M =
        (((s = M || {}).getRequestHandler = "NextServer.getRequestHandler"),
        (s.getRequestHandlerWithMetadata = "NextServer.getRequestHandlerWithMetadata"),
        (s.getServer = "NextServer.getServer"),
        (s.getServerRequestHandler = "NextServer.getServerRequestHandler"),
        (s.createServer = "createServer.createServer"),
        s),
      I =
        (((l = I || {}).compression = "NextNodeServer.compression"),
        (l.getBuildId = "NextNodeServer.getBuildId"),
        (l.createComponentTree = "NextNodeServer.createComponentTree"),
        (l.clientComponentLoading = "NextNodeServer.clientComponentLoading"),
        (l.getLayoutOrPageModule = "NextNodeServer.getLayoutOrPageModule"),
        (l.generateStaticRoutes = "NextNodeServer.generateStaticRoutes"),
        (l.generateFsStaticRoutes = "NextNodeServer.generateFsStaticRoutes"),
        (l.generatePublicRoutes = "NextNodeServer.generatePublicRoutes"),
        (l.generateImageRoutes = "NextNodeServer.generateImageRoutes.route"),
        (l.sendRenderResult = "NextNodeServer.sendRenderResult"),
        (l.proxyRequest = "NextNodeServer.proxyRequest"),
        (l.runApi = "NextNodeServer.runApi"),
        (l.render = "NextNodeServer.render"),
        (l.renderHTML = "NextNodeServer.renderHTML"),
        (l.imageOptimizer = "NextNodeServer.imageOptimizer"),
        (l.getPagePath = "NextNodeServer.getPagePath"),
        (l.getRoutesManifest = "NextNodeServer.getRoutesManifest"),
        (l.findPageComponents = "NextNodeServer.findPageComponents"),
        (l.getFontManifest = "NextNodeServer.getFontManifest"),
        (l.getServerComponentManifest = "NextNodeServer.getServerComponentManifest"),
        (l.getRequestHandler = "NextNodeServer.getRequestHandler"),
        (l.renderToHTML = "NextNodeServer.renderToHTML"),
        (l.renderError = "NextNodeServer.renderError"),
        (l.renderErrorToHTML = "NextNodeServer.renderErrorToHTML"),
        (l.render404 = "NextNodeServer.render404"),
        (l.startResponse = "NextNodeServer.startResponse"),
        (l.route = "route"),
        (l.onProxyReq = "onProxyReq"),
        (l.apiResolver = "apiResolver"),
        (l.internalFetch = "internalFetch"),
        l),
      L = (((c = L || {}).startServer = "startServer.startServer"), c),
      D =
        (((u = D || {}).getServerSideProps = "Render.getServerSideProps"),
        (u.getStaticProps = "Render.getStaticProps"),
        (u.renderToString = "Render.renderToString"),
        (u.renderDocument = "Render.renderDocument"),
        (u.createBodyResult = "Render.createBodyResult"),
        u),
      j =
        (((d = j || {}).renderToString = "AppRender.renderToString"),
        (d.renderToReadableStream = "AppRender.renderToReadableStream"),
        (d.getBodyResult = "AppRender.getBodyResult"),
        (d.fetch = "AppRender.fetch"),
        (d.waitShellReady = "AppRender.waitShellReady"),
        (d.renderToNodeFizzStream = "AppRender.renderToNodeFizzStream"),
        (d.instantInsights = "AppRender.instantInsights"),
        (d.instantInsightsPrepareValidation = "AppRender.instantInsights.prepareValidation"),
        (d.instantInsightsRunValidation = "AppRender.instantInsights.runValidation"),
        d),
      B = (((p = B || {}).ensurePage = "DevBundlerService.ensurePage"), p),
      $ = (((h = $ || {}).executeRoute = "Router.executeRoute"), h),
      U = (((g = U || {}).runHandler = "Node.runHandler"), g),
      k = (((f = k || {}).runHandler = "AppRouteRouteHandlers.runHandler"), f),
      V = (((m = V || {}).loadUserland = "AppRouteRouteModule.loadUserland"), m),
      G =
        (((v = G || {}).prepare = "RouteModule.prepare"),
        (v.loadManifests = "RouteModule.loadManifests"),
        v),
      H =
        (((b = H || {}).generateMetadata = "ResolveMetadata.generateMetadata"),
        (b.generateViewport = "ResolveMetadata.generateViewport"),
        b),
      q = (((y = q || {}).execute = "Middleware.execute"), y),
      F = (((S = F || {}).request = "Next.request"), S);
    let z = new Set([
        "Middleware.execute",
        "Next.request",
        "BaseServer.handleRequest",
        "Render.getServerSideProps",
        "Render.getStaticProps",
        "AppRender.fetch",
        "AppRender.getBodyResult",
        "LoadComponents.loadRouteModule",
        "Render.renderDocument",
        "Node.runHandler",
        "AppRouteRouteHandlers.runHandler",
        "AppRouteRouteModule.loadUserland",
        "RouteModule.prepare",
        "Instrumentation.loadModule",
        "Instrumentation.register",
        "ResolveMetadata.generateMetadata",
        "ResolveMetadata.generateViewport",
        "NextNodeServer.createComponentTree",
        "NextNodeServer.findPageComponents",
        "NextNodeServer.getLayoutOrPageModule",
        "NextNodeServer.startResponse",
        "NextNodeServer.clientComponentLoading",
      ]),
      W = new Set([
        "NextNodeServer.findPageComponents",
        "NextNodeServer.createComponentTree",
        "NextNodeServer.clientComponentLoading",
      ]);
    (e.s(["E", 0, j, "q", 0, N, "c", 0, W, "r", 0, I, "d", 0, z], 95169),
      Symbol.for("@next/request-insights-store"));
    Error("Invariant: AsyncLocalStorage accessed in runtime where it is not available");
    let X = process.env.NEXT_OTEL_PERFORMANCE_PREFIX;
    function K() {}
    Symbol.for("@next/local-span-recorder");
    try {
      t = e.r(70406);
    } catch (r) {
      t = e.r(17413);
    }
    let {
      context: J,
      propagation: Y,
      trace: Z,
      SpanStatusCode: Q,
      SpanKind: ee,
      ROOT_CONTEXT: et,
    } = t;
    class er extends Error {
      constructor(e, t) {
        (super(), (this.bubble = e), (this.result = t));
      }
    }
    let en = (e, t, r) => {
        ("object" == typeof t && null !== t && t instanceof er && t.bubble
          ? e.setAttribute("next.bubble", !0)
          : (t && (e.recordException(t), e.setAttribute("error.type", t.name)),
            e.setStatus({ code: Q.ERROR, message: null == t ? void 0 : t.message })),
          e.end(r));
      },
      ea = new Map(),
      ei = t.createContextKey("next.rootSpanId"),
      eo = 0,
      es = {
        set(e, t, r) {
          e.push({ key: t, value: r });
        },
      },
      el =
        ((n = new (class e {
          getTracerInstance() {
            return Z.getTracer("next.js", "16.4.6");
          }
          isOpenTelemetryEnabled() {
            var e, t;
            let r = Z.getSpan(J.active());
            if (null == r ? void 0 : r.isRecording()) return !0;
            let n = Z.getTracerProvider();
            return (
              !("getDelegate" in n) ||
              (null == n.getDelegate ||
              null == (t = n.getDelegate.call(n)) ||
              null == (e = t.constructor)
                ? void 0
                : e.name) !== "NoopTracerProvider"
            );
          }
          getContext() {
            return J;
          }
          getTracePropagationData() {
            let e = J.active(),
              t = [];
            return (Y.inject(e, t, es), t);
          }
          getTraceContextHeaders() {
            let e = J.active();
            if (!Z.getSpanContext(e) || !this.isOpenTelemetryEnabled()) return;
            let t = {};
            Y.inject(e, t);
            let { traceparent: r, tracestate: n } = t;
            if (r) return { traceparent: r, tracestate: n };
          }
          hasActiveSpanContext() {
            let e = Z.getSpanContext(J.active());
            return !!(e && Z.isSpanContextValid(e));
          }
          getActiveScopeSpan() {
            let e = K(),
              t = null == e ? void 0 : e.getActiveLocalSpan();
            return t && (null == e ? void 0 : e.isOpenTelemetryIsolatedSpan(t))
              ? t
              : Z.getSpan(J.active());
          }
          withPropagatedContext(e, t, r, n = !1) {
            let a = J.active();
            if (!X && !this.isOpenTelemetryEnabled() && !Z.getSpanContext(a)) return t();
            if (n) {
              let n = Y.extract(et, e, r);
              if (Z.getSpanContext(n)) return J.with(n, t);
              let i = Y.extract(a, e, r);
              return J.with(i, t);
            }
            if (Z.getSpanContext(a)) return t();
            let i = Y.extract(a, e, r);
            return J.with(i, t);
          }
          trace(...e) {
            let [t, r, n] = e,
              a = !!X || this.isOpenTelemetryEnabled(),
              i = K(),
              o = (null == i ? void 0 : i.isLocalSpanRecordingEnabled()) ?? !1;
            if (!a && !o) return "function" == typeof r ? r() : n();
            let { fn: s, options: l } =
                "function" == typeof r ? { fn: r, options: {} } : { fn: n, options: { ...r } },
              c = l.spanName ?? t,
              u = l.parentSpan ?? this.getActiveScopeSpan(),
              d = u && (null == i ? void 0 : i.isOpenTelemetryIsolatedSpan(u)) ? u : void 0,
              p = !d && (z.has(t) || "1" === process.env.NEXT_OTEL_VERBOSE);
            if (!(p || (null == i ? void 0 : i.isRequestInsightsEnabled())) || l.hideSpan)
              return s();
            let h = d ? J.active() : this.getSpanContext(u);
            h || (h = (null == J ? void 0 : J.active()) ?? et);
            let g = h.getValue(ei),
              f = "number" != typeof g || !ea.has(g),
              m = eo++;
            return (
              (l.attributes = {
                "next.span_category": "nextjs",
                "next.span_name": c,
                "next.span_type": t,
                ...l.attributes,
              }),
              J.with(h.setValue(ei, m), () =>
                this.runWithActiveSpan(c, l, h, a && p, o, d, (e) => {
                  let r;
                  X &&
                    t &&
                    W.has(t) &&
                    (r =
                      "performance" in globalThis && "measure" in performance
                        ? globalThis.performance.now()
                        : void 0);
                  let n = !1,
                    a = () => {
                      !n &&
                        ((n = !0),
                        ea.delete(m),
                        r &&
                          performance.measure(
                            `${X}:next-${(t.split(".").pop() || "").replace(/[A-Z]/g, (e) => "-" + e.toLowerCase())}`,
                            { start: r, end: performance.now() },
                          ));
                    };
                  if ((f && ea.set(m, new Map(Object.entries(l.attributes ?? {}))), s.length > 1))
                    try {
                      return s(e, (t) => {
                        t ? en(e, t, l.endTime) : e.end(l.endTime);
                      });
                    } catch (t) {
                      throw (en(e, t, l.endTime), t);
                    } finally {
                      a();
                    }
                  try {
                    let t = s(e);
                    if (
                      null !== t &&
                      "object" == typeof t &&
                      "then" in t &&
                      "function" == typeof t.then
                    )
                      return t
                        .then((t) => (e.end(l.endTime), t))
                        .catch((t) => {
                          throw (en(e, t, l.endTime), t);
                        })
                        .finally(a);
                    return (e.end(l.endTime), a(), t);
                  } catch (t) {
                    throw (en(e, t, l.endTime), a(), t);
                  }
                }),
              )
            );
          }
          runWithActiveSpan(e, t, r, n, a, i, o) {
            if (n)
              return this.getTracerInstance().startActiveSpan(e, t, (n) =>
                o(a ? this.createLocalRecordingSpan(e, t, r, n, i) : n),
              );
            let s = this.createLocalRecordingSpan(e, t, r, void 0, i),
              l = K();
            return l.withLocalSpan(s, () =>
              l.isOpenTelemetryIsolatedSpan(s)
                ? o(s)
                : J.with(Z.setSpan(J.active(), s), o, void 0, s),
            );
          }
          createLocalRecordingSpan(e, t, r, n, a) {
            let i = (null == a ? void 0 : a.spanContext()) ?? Z.getSpanContext(r),
              o = null == n ? void 0 : n.spanContext();
            return K().createLocalSpan({
              name: e,
              attributes: t.attributes,
              links: t.links,
              startTime: t.startTime,
              delegateSpan: n,
              traceId: (null == o ? void 0 : o.traceId) ?? (null == i ? void 0 : i.traceId),
              spanId: null == o ? void 0 : o.spanId,
              parentSpanId: null == i ? void 0 : i.spanId,
              isolateOpenTelemetry: void 0 !== a,
            });
          }
          wrap(...e) {
            let t = this,
              [r, n, a] = 3 === e.length ? e : [e[0], {}, e[1]];
            return z.has(r) || "1" === process.env.NEXT_OTEL_VERBOSE
              ? function () {
                  let e = n;
                  "function" == typeof e &&
                    "function" == typeof a &&
                    (e = e.apply(this, arguments));
                  let i = arguments.length - 1,
                    o = arguments[i];
                  if ("function" != typeof o) return t.trace(r, e, () => a.apply(this, arguments));
                  {
                    let n = t.getContext().bind(J.active(), o);
                    return t.trace(
                      r,
                      e,
                      (e, t) => (
                        (arguments[i] = function (e) {
                          return (null == t || t(e), n.apply(this, arguments));
                        }),
                        a.apply(this, arguments)
                      ),
                    );
                  }
                }
              : a;
          }
          startSpan(...e) {
            let [t, r] = e,
              n = r
                ? { ...r, attributes: { "next.span_category": "nextjs", ...r.attributes } }
                : { attributes: { "next.span_category": "nextjs" } },
              a = K(),
              i = n.parentSpan ?? this.getActiveScopeSpan(),
              o = i && (null == a ? void 0 : a.isOpenTelemetryIsolatedSpan(i)) ? i : void 0,
              s = (o ? void 0 : this.getSpanContext(i)) ?? J.active();
            if (!(null == a ? void 0 : a.isLocalSpanRecordingEnabled()))
              return this.getTracerInstance().startSpan(t, n, s);
            let l =
              !o && this.isOpenTelemetryEnabled()
                ? this.getTracerInstance().startSpan(t, n, s)
                : void 0;
            return this.createLocalRecordingSpan(t, n, s, l, o);
          }
          getSpanContext(e) {
            return e ? Z.setSpan(J.active(), e) : void 0;
          }
          getRootSpanAttributes() {
            let e = J.active().getValue(ei);
            return ea.get(e);
          }
          setRootSpanAttribute(e, t) {
            let r = J.active().getValue(ei),
              n = ea.get(r);
            n && !n.has(e) && n.set(e, t);
          }
          withSpan(e, t) {
            let r = K();
            return (null == r ? void 0 : r.isLocalRecordingSpan(e))
              ? r.withLocalSpan(e, () =>
                  r.isOpenTelemetryIsolatedSpan(e) ? t() : J.with(Z.setSpan(J.active(), e), t),
                )
              : J.with(Z.setSpan(J.active(), e), t);
          }
        })()),
        () => n);
    e.s(["C", 0, ee, "J", 0, Q, "v", 0, el], 61916);
    let ec = {
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
    };
    (ec.reactServerComponents,
      ec.actionBrowser,
      ec.reactServerComponents,
      ec.actionBrowser,
      ec.instrument,
      ec.middleware,
      ec.apiNode,
      ec.apiEdge,
      ec.serverSideRendering,
      ec.appPagesBrowser,
      ec.reactServerComponents,
      ec.actionBrowser,
      ec.serverSideRendering,
      ec.appPagesBrowser,
      ec.shared,
      ec.instrument,
      ec.middleware,
      ec.reactServerComponents,
      ec.serverSideRendering,
      ec.appPagesBrowser,
      ec.actionBrowser,
      e.s(
        [
          "z",
          0,
          31536e3,
          "s",
          0,
          "text/html; charset=utf-8",
          "Q",
          0,
          0xfffffffe,
          "M",
          0,
          "x-next-cache-tags",
          "q",
          0,
          128,
          "n",
          0,
          256,
        ],
        10372,
      ));
    class eu extends Error {
      constructor(e) {
        (super(`Dynamic server usage: ${e}`),
          (this.description = e),
          (this.digest = "DYNAMIC_SERVER_USAGE"));
      }
    }
    class ed extends Error {
      constructor(...e) {
        (super(...e), (this.code = "NEXT_STATIC_GEN_BAILOUT"));
      }
    }
    var ep = e.i(32319);
    function eh(e, t, r) {
      if (t)
        switch (t.type) {
          case "cache":
          case "unstable-cache":
          case "private-cache":
            return;
        }
      if (!e.forceDynamic && !e.forceStatic) {
        if (e.dynamicShouldError)
          throw new ed(
            `Route ${e.route} with \`dynamic = "error"\` couldn't be rendered statically because it used \`${r}\`. See more info here: https://nextjs.org/docs/app/building-your-application/rendering/static-and-dynamic#dynamic-rendering`,
          );
        if (t && "prerender-legacy" === t.type) {
          t.revalidate = 0;
          let n = new eu(
            `Route ${e.route} couldn't be rendered statically because it used ${r}. See more info here: https://nextjs.org/docs/messages/dynamic-server-error`,
          );
          throw ((e.dynamicUsageDescription = r), (e.dynamicUsageStack = n.stack), n);
        }
      }
    }
    class eg extends Error {
      constructor(e, t) {
        (super(`Invariant: ${e.endsWith(".") ? e : e + "."} This is a bug in Next.js.`, t),
          (this.name = "InvariantError"));
      }
    }
    function ef() {
      let e,
        t,
        r = new Promise((r, n) => {
          ((e = r), (t = n));
        });
      return { resolve: e, reject: t, promise: r };
    }
    var em =
        (((_ = {})[(_.Before = 1)] = "Before"),
        (_[(_.ShellStatic = 10)] = "ShellStatic"),
        (_[(_.PrefetchStatic_prefetchApi = 11)] = "PrefetchStatic_prefetchApi"),
        (_[(_.PrefetchStatic = 12)] = "PrefetchStatic"),
        (_[(_.NavigationStatic = 13)] = "NavigationStatic"),
        (_[(_.Static = 14)] = "Static"),
        (_[(_.ShellRuntime = 20)] = "ShellRuntime"),
        (_[(_.PrefetchRuntime_prefetchApi = 21)] = "PrefetchRuntime_prefetchApi"),
        (_[(_.PrefetchRuntime = 22)] = "PrefetchRuntime"),
        (_[(_.NavigationRuntime = 23)] = "NavigationRuntime"),
        (_[(_.Dynamic = 30)] = "Dynamic"),
        (_[(_.Abandoned = 40)] = "Abandoned"),
        _),
      ev = e.i(56704);
    e.i(59043);
    class eb extends Error {
      constructor(e, t) {
        (super(
          `During prerendering, ${t} rejects when the prerender is complete. Typically these errors are handled by React but if you move ${t} to a different context by using \`setTimeout\`, \`after\`, or similar functions you may observe this error and you should handle it in that context. This occurred at route "${e}".`,
        ),
          (this.route = e),
          (this.expression = t),
          (this.digest = "HANGING_PROMISE_REJECTION"));
      }
    }
    let ey = new WeakMap();
    function eS(e, t, r) {
      var n = e,
        a = new eb(t, r);
      if (n.aborted) return Promise.reject(a);
      {
        let e = new Promise((e, t) => {
          let r = t.bind(null, a),
            i = ey.get(n);
          if (i) i.push(r);
          else {
            let e = [r];
            (ey.set(n, e),
              n.addEventListener(
                "abort",
                () => {
                  for (let t = 0; t < e.length; t++) e[t]();
                },
                { once: !0 },
              ));
          }
        });
        return (e.catch(e_), e);
      }
    }
    function e_() {}
    (process.env.NEXT_PRIVATE_DEBUG_RUNTIME_DATA, process.env.NEXT_PRIVATE_DEBUG_RUNTIME_DATA);
    class ex extends Promise {
      #e;
      static get [Symbol.species]() {
        return Promise;
      }
      static from(e, t) {
        let r = new ex(e.then.bind(e));
        return ((r.#e = t), Promise.prototype.then.call(r, void 0, e_), r);
      }
      then(e, t) {
        let r = this.#e;
        if (r)
          try {
            r();
          } catch (e) {
            console.error(e);
          }
        return Promise.prototype.then.call(this, e, t);
      }
      constructor(...e) {
        (super(...e), (this.#e = null));
      }
    }
    (em.ShellRuntime,
      em.PrefetchStatic_prefetchApi,
      em.PrefetchRuntime_prefetchApi,
      em.PrefetchStatic,
      em.PrefetchRuntime,
      em.PrefetchRuntime);
    let eR = () => {};
    function eT(e) {
      if (!e.body) return [e, e];
      let [t, n] = e.body.tee(),
        a = new Response(t, { status: e.status, statusText: e.statusText, headers: e.headers });
      Object.defineProperty(a, "url", {
        value: e.url,
        configurable: !0,
        enumerable: !0,
        writable: !1,
      });
      let i = new Response(n, { status: e.status, statusText: e.statusText, headers: e.headers });
      return (
        Object.defineProperty(i, "url", {
          value: e.url,
          configurable: !0,
          enumerable: !0,
          writable: !1,
        }),
        r &&
          (a.body && r.register(a, new WeakRef(a.body)),
          i.body && r.register(i, new WeakRef(i.body))),
        [a, i]
      );
    }
    globalThis.FinalizationRegistry &&
      (r = new FinalizationRegistry((e) => {
        let t = e.deref();
        t && !t.locked && t.cancel("Response object has been garbage collected").then(eR);
      }));
    let eP = new Set(["traceparent", "tracestate"]),
      ew = Symbol.for("next-patch");
    var eE =
        (((x = {}).APP_PAGE = "APP_PAGE"),
        (x.APP_ROUTE = "APP_ROUTE"),
        (x.PAGES = "PAGES"),
        (x.FETCH = "FETCH"),
        (x.REDIRECT = "REDIRECT"),
        (x.IMAGE = "IMAGE"),
        x),
      eO =
        (((R = {}).APP_PAGE = "APP_PAGE"),
        (R.APP_ROUTE = "APP_ROUTE"),
        (R.PAGES = "PAGES"),
        (R.FETCH = "FETCH"),
        (R.IMAGE = "IMAGE"),
        R);
    e.s(["x", 0, eE, "O", 0, eO], 220);
    class eN {
      constructor(e, t, r) {
        ((this.prev = null), (this.next = null), (this.key = e), (this.data = t), (this.size = r));
      }
    }
    class eC {
      constructor() {
        ((this.prev = null), (this.next = null));
      }
    }
    class eA {
      constructor(e, t, r) {
        ((this.cache = new Map()),
          (this.totalSize = 0),
          (this.maxSize = e),
          (this.calculateSize = t),
          (this.onEvict = r),
          (this.head = new eC()),
          (this.tail = new eC()),
          (this.head.next = this.tail),
          (this.tail.prev = this.head));
      }
      addToHead(e) {
        ((e.prev = this.head),
          (e.next = this.head.next),
          (this.head.next.prev = e),
          (this.head.next = e));
      }
      removeNode(e) {
        ((e.prev.next = e.next), (e.next.prev = e.prev));
      }
      moveToHead(e) {
        (this.removeNode(e), this.addToHead(e));
      }
      removeTail() {
        let e = this.tail.prev;
        return (this.removeNode(e), e);
      }
      set(e, t) {
        let r = (null == this.calculateSize ? void 0 : this.calculateSize.call(this, t, e)) ?? 1;
        if (r <= 0)
          throw Error(
            `LRUCache: calculateSize returned ${r}, but size must be > 0. Items with size 0 would never be evicted, causing unbounded cache growth.`,
          );
        if (r > this.maxSize) return (console.warn("Single item size exceeds maxSize"), !1);
        let n = this.cache.get(e);
        if (n)
          ((n.data = t),
            (this.totalSize = this.totalSize - n.size + r),
            (n.size = r),
            this.moveToHead(n));
        else {
          let n = new eN(e, t, r);
          (this.cache.set(e, n), this.addToHead(n), (this.totalSize += r));
        }
        for (; this.totalSize > this.maxSize && this.cache.size > 0;) {
          let e = this.removeTail();
          (this.cache.delete(e.key),
            (this.totalSize -= e.size),
            null == this.onEvict || this.onEvict.call(this, e.key, e.data));
        }
        return !0;
      }
      has(e) {
        return this.cache.has(e);
      }
      get(e) {
        let t = this.cache.get(e);
        if (t) return (this.moveToHead(t), t.data);
      }
      *[Symbol.iterator]() {
        let e = this.head.next;
        for (; e && e !== this.tail;) {
          let t = e;
          (yield [t.key, t.data], (e = e.next));
        }
      }
      remove(e) {
        let t = this.cache.get(e);
        t && (this.removeNode(t), this.cache.delete(e), (this.totalSize -= t.size));
      }
      get size() {
        return this.cache.size;
      }
      get currentSize() {
        return this.totalSize;
      }
    }
    let { env: eM, stdout: eI } = (null == (w = globalThis) ? void 0 : w.process) ?? {},
      eL =
        eM &&
        !eM.NO_COLOR &&
        (eM.FORCE_COLOR || ((null == eI ? void 0 : eI.isTTY) && !eM.CI && "dumb" !== eM.TERM));
    (null == eI ? void 0 : eI.isTTY) || eM.NEXT_PRIVATE_PROMPT_OUTPUT;
    let eD = (e, t, r, n) => {
        let a = e.substring(0, n) + r,
          i = e.substring(n + t.length),
          o = i.indexOf(t);
        return ~o ? a + eD(i, t, r, o) : a + i;
      },
      ej = (e, t, r = e) =>
        eL
          ? (n) => {
              let a = "" + n,
                i = a.indexOf(t, e.length);
              return ~i ? e + eD(a, t, r, i) + t : e + a + t;
            }
          : String,
      eB = ej("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m");
    (ej("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
      ej("\x1b[3m", "\x1b[23m"),
      ej("\x1b[4m", "\x1b[24m"),
      ej("\x1b[7m", "\x1b[27m"),
      ej("\x1b[8m", "\x1b[28m"),
      ej("\x1b[9m", "\x1b[29m"),
      ej("\x1b[30m", "\x1b[39m"));
    let e$ = ej("\x1b[31m", "\x1b[39m"),
      eU = ej("\x1b[32m", "\x1b[39m"),
      ek = ej("\x1b[33m", "\x1b[39m");
    ej("\x1b[34m", "\x1b[39m");
    let eV = ej("\x1b[35m", "\x1b[39m");
    (ej("\x1b[38;2;173;127;168m", "\x1b[39m"), ej("\x1b[36m", "\x1b[39m"));
    let eG = ej("\x1b[37m", "\x1b[39m");
    function eH() {}
    (ej("\x1b[90m", "\x1b[39m"),
      ej("\x1b[40m", "\x1b[49m"),
      ej("\x1b[41m", "\x1b[49m"),
      ej("\x1b[42m", "\x1b[49m"),
      ej("\x1b[43m", "\x1b[49m"),
      ej("\x1b[44m", "\x1b[49m"),
      ej("\x1b[45m", "\x1b[49m"),
      ej("\x1b[46m", "\x1b[49m"),
      ej("\x1b[47m", "\x1b[49m"),
      eG(eB("○")),
      e$(eB("⨯")),
      ek(eB("⚠")),
      eG(eB(" ")),
      eU(eB("✓")),
      eV(eB("»")),
      new eA(1e4, (e) => e.length),
      new eA(1e4, (e) => e.length),
      new TextEncoder());
    let eq = new TextEncoder();
    function eF(e) {
      return new ReadableStream({
        start(t) {
          (t.enqueue(eq.encode(e)), t.close());
        },
      });
    }
    function ez(e) {
      return new ReadableStream({
        start(t) {
          (t.enqueue(e), t.close());
        },
      });
    }
    async function eW(e, t) {
      let r = new TextDecoder("utf-8", { fatal: !0 }),
        n = "";
      for await (let a of e) {
        if (null == t ? void 0 : t.aborted) return n;
        n += r.decode(a, { stream: !0 });
      }
      return n + r.decode();
    }
    let eX = Symbol.for("NextInternalRequestMeta");
    function eK(e, t) {
      let r = e[eX] || {};
      return "string" == typeof t ? r[t] : r;
    }
    function eJ(e, t) {
      return ((e[eX] = t), t);
    }
    function eY(e) {
      let t = new Headers();
      for (let [r, n] of Object.entries(e))
        for (let e of Array.isArray(n) ? n : [n])
          void 0 !== e && ("number" == typeof e && (e = e.toString()), t.append(r, e));
      return t;
    }
    function eZ(e) {
      var t,
        r,
        n,
        a,
        i,
        o = [],
        s = 0;
      function l() {
        for (; s < e.length && /\s/.test(e.charAt(s));) s += 1;
        return s < e.length;
      }
      for (; s < e.length;) {
        for (t = s, i = !1; l();)
          if ("," === (r = e.charAt(s))) {
            for (
              n = s, s += 1, l(), a = s;
              s < e.length && "=" !== (r = e.charAt(s)) && ";" !== r && "," !== r;
            )
              s += 1;
            s < e.length && "=" === e.charAt(s)
              ? ((i = !0), (s = a), o.push(e.substring(t, n)), (t = s))
              : (s = n + 1);
          } else s += 1;
        (!i || s >= e.length) && o.push(e.substring(t, e.length));
      }
      return o;
    }
    function eQ(e) {
      let t = {},
        r = [];
      if (e)
        for (let [n, a] of e.entries())
          "set-cookie" === n.toLowerCase()
            ? (r.push(...eZ(a)), (t[n] = 1 === r.length ? r[0] : r))
            : (t[n] = a);
      return t;
    }
    function e0(e) {
      try {
        return String(new URL(String(e)));
      } catch (t) {
        throw Error(
          `URL is malformed "${String(e)}". Please use only absolute URLs - https://nextjs.org/docs/messages/middleware-relative-urls`,
          { cause: t },
        );
      }
    }
    function e1(e) {
      return 47 === e.charCodeAt(e.length - 1) && e.length > 1 ? e.slice(0, -1) : e;
    }
    function e2(e) {
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
    function e4(e, t) {
      if (!e.startsWith("/") || !t) return e;
      let { pathname: r, query: n, hash: a } = e2(e);
      return `${t}${r}${n}${a}`;
    }
    function e7(e, t) {
      if (!e.startsWith("/") || !t) return e;
      let { pathname: r, query: n, hash: a } = e2(e);
      return `${r}${t}${n}${a}`;
    }
    function e3(e, t) {
      if ("string" != typeof e) return !1;
      let { pathname: r } = e2(e);
      return r === t || r.startsWith(t + "/");
    }
    (e.s(
      [
        "h",
        0,
        eX,
        "i",
        0,
        function (e, t, r) {
          let n = eK(e);
          return ((n[t] = r), eJ(e, n));
        },
        "w",
        0,
        eK,
        "R",
        0,
        eJ,
      ],
      59756,
    ),
      e.s(["G", 0, eY, "n", 0, eZ, "S", 0, eQ, "E", 0, e0], 70101));
    let e9 = new WeakMap();
    function e6(e, t) {
      let r;
      if (!t) return { pathname: e };
      let n = e9.get(t);
      n || ((n = t.map((e) => e.toLowerCase())), e9.set(t, n));
      let a = e.split("/", 2);
      if (!a[1]) return { pathname: e };
      let i = a[1].toLowerCase(),
        o = n.indexOf(i);
      return o < 0
        ? { pathname: e }
        : ((r = t[o]), { pathname: (e = e.slice(r.length + 1) || "/"), detectedLocale: r });
    }
    let e5 = /^(?:127(?:\.(?:25[0-5]|2[0-4][0-9]|[01]?[0-9][0-9]?)){3}|\[::1\]|localhost)$/;
    function e8(e, t) {
      let r = new URL(String(e), t && String(t));
      return (e5.test(r.hostname) && (r.hostname = "localhost"), r);
    }
    let te = Symbol("NextURLInternal");
    class tt {
      constructor(e, t, r) {
        let n, a;
        (("object" == typeof t && "pathname" in t) || "string" == typeof t
          ? ((n = t), (a = r || {}))
          : (a = r || t || {}),
          (this[te] = { url: e8(e, n ?? a.base), options: a, basePath: "" }),
          this.analyze());
      }
      analyze() {
        var e, t, r, n, a;
        let i = (function (e, t) {
            let { basePath: r, i18n: n, trailingSlash: a } = t.nextConfig ?? {},
              i = { pathname: e, trailingSlash: "/" !== e ? e.endsWith("/") : a };
            r &&
              e3(i.pathname, r) &&
              ((i.pathname = (function (e, t) {
                if (!e3(e, t)) return e;
                let r = e.slice(t.length);
                return r.startsWith("/") ? r : `/${r}`;
              })(i.pathname, r)),
              (i.basePath = r));
            let o = i.pathname;
            if (i.pathname.startsWith("/_next/data/") && i.pathname.endsWith(".json")) {
              let e = i.pathname
                .replace(/^\/_next\/data\//, "")
                .replace(/\.json$/, "")
                .split("/");
              ((i.buildId = e[0]),
                (o = "index" !== e[1] ? `/${e.slice(1).join("/")}` : "/"),
                !0 === t.parseData && (i.pathname = o));
            }
            if (n) {
              let e = t.i18nProvider
                ? t.i18nProvider.analyze(i.pathname)
                : e6(i.pathname, n.locales);
              ((i.locale = e.detectedLocale),
                (i.pathname = e.pathname ?? i.pathname),
                !e.detectedLocale &&
                  i.buildId &&
                  (e = t.i18nProvider ? t.i18nProvider.analyze(o) : e6(o, n.locales))
                    .detectedLocale &&
                  (i.locale = e.detectedLocale));
            }
            return i;
          })(this[te].url.pathname, {
            nextConfig: this[te].options.nextConfig,
            parseData: !0,
            i18nProvider: this[te].options.i18nProvider,
          }),
          o = (function (e, t) {
            let r;
            if (t?.host && !Array.isArray(t.host)) r = t.host.toString().split(":", 1)[0];
            else {
              if (!e.hostname) return;
              r = e.hostname;
            }
            return r.toLowerCase();
          })(this[te].url, this[te].options.headers);
        this[te].domainLocale = this[te].options.i18nProvider
          ? this[te].options.i18nProvider.detectDomainLocale(o)
          : (function (e, t, r) {
              if (e) {
                for (let n of (r && (r = r.toLowerCase()), e))
                  if (
                    t === n.domain?.split(":", 1)[0].toLowerCase() ||
                    r === n.defaultLocale.toLowerCase() ||
                    n.locales?.some((e) => e.toLowerCase() === r)
                  )
                    return n;
              }
            })(
              null == (t = this[te].options.nextConfig) || null == (e = t.i18n)
                ? void 0
                : e.domains,
              o,
            );
        let s =
          (null == (r = this[te].domainLocale) ? void 0 : r.defaultLocale) ||
          (null == (a = this[te].options.nextConfig) || null == (n = a.i18n)
            ? void 0
            : n.defaultLocale);
        ((this[te].url.pathname = i.pathname),
          (this[te].defaultLocale = s),
          (this[te].basePath = i.basePath ?? ""),
          (this[te].buildId = i.buildId),
          (this[te].locale = i.locale ?? s),
          (this[te].trailingSlash = i.trailingSlash));
      }
      formatPathname() {
        var e;
        let t;
        return (
          (t = (function (e, t, r, n) {
            if (!t || t === r) return e;
            let a = e.toLowerCase();
            return !n && (e3(a, "/api") || e3(a, `/${t.toLowerCase()}`)) ? e : e4(e, `/${t}`);
          })(
            (e = {
              basePath: this[te].basePath,
              buildId: this[te].buildId,
              defaultLocale: this[te].options.forceLocale ? void 0 : this[te].defaultLocale,
              locale: this[te].locale,
              pathname: this[te].url.pathname,
              trailingSlash: this[te].trailingSlash,
            }).pathname,
            e.locale,
            e.buildId ? void 0 : e.defaultLocale,
            e.ignorePrefix,
          )),
          (e.buildId || !e.trailingSlash) && (t = e1(t)),
          e.buildId &&
            (t = e7(
              e4(t, `/_next/data/${e.buildId}`),
              "/" === e.pathname ? "index.json" : ".json",
            )),
          (t = e4(t, e.basePath)),
          !e.buildId && e.trailingSlash ? (t.endsWith("/") ? t : e7(t, "/")) : e1(t)
        );
      }
      formatSearch() {
        return this[te].url.search;
      }
      get buildId() {
        return this[te].buildId;
      }
      set buildId(e) {
        this[te].buildId = e;
      }
      get locale() {
        return this[te].locale ?? "";
      }
      set locale(e) {
        var t, r;
        if (
          !this[te].locale ||
          !(null == (r = this[te].options.nextConfig) || null == (t = r.i18n)
            ? void 0
            : t.locales.includes(e))
        )
          throw TypeError(`The NextURL configuration includes no locale "${e}"`);
        this[te].locale = e;
      }
      get defaultLocale() {
        return this[te].defaultLocale;
      }
      get domainLocale() {
        return this[te].domainLocale;
      }
      get searchParams() {
        return this[te].url.searchParams;
      }
      get host() {
        return this[te].url.host;
      }
      set host(e) {
        this[te].url.host = e;
      }
      get hostname() {
        return this[te].url.hostname;
      }
      set hostname(e) {
        this[te].url.hostname = e;
      }
      get port() {
        return this[te].url.port;
      }
      set port(e) {
        this[te].url.port = e;
      }
      get protocol() {
        return this[te].url.protocol;
      }
      set protocol(e) {
        this[te].url.protocol = e;
      }
      get href() {
        let e = this.formatPathname(),
          t = this.formatSearch();
        return `${this.protocol}//${this.host}${e}${t}${this.hash}`;
      }
      set href(e) {
        ((this[te].url = e8(e)), this.analyze());
      }
      get origin() {
        return this[te].url.origin;
      }
      get pathname() {
        return this[te].url.pathname;
      }
      set pathname(e) {
        this[te].url.pathname = e;
      }
      get hash() {
        return this[te].url.hash;
      }
      set hash(e) {
        this[te].url.hash = e;
      }
      get search() {
        return this[te].url.search;
      }
      set search(e) {
        this[te].url.search = e;
      }
      get password() {
        return this[te].url.password;
      }
      set password(e) {
        this[te].url.password = e;
      }
      get username() {
        return this[te].url.username;
      }
      set username(e) {
        this[te].url.username = e;
      }
      get basePath() {
        return this[te].basePath;
      }
      set basePath(e) {
        this[te].basePath = e.startsWith("/") ? e : `/${e}`;
      }
      toString() {
        return this.href;
      }
      toJSON() {
        return this.href;
      }
      [Symbol.for("edge-runtime.inspect.custom")]() {
        return {
          href: this.href,
          origin: this.origin,
          protocol: this.protocol,
          username: this.username,
          password: this.password,
          host: this.host,
          hostname: this.hostname,
          port: this.port,
          pathname: this.pathname,
          search: this.search,
          searchParams: this.searchParams,
          hash: this.hash,
        };
      }
      clone() {
        return new tt(String(this), this[te].options);
      }
    }
    class tr extends Error {
      constructor() {
        super(
          "The request.page has been deprecated in favour of `URLPattern`.\n  Read more: https://nextjs.org/docs/messages/middleware-request-page\n  ",
        );
      }
    }
    class tn extends Error {
      constructor() {
        super(
          "The request.ua has been removed in favour of `userAgent` function.\n  Read more: https://nextjs.org/docs/messages/middleware-parse-user-agent\n  ",
        );
      }
    }
    var ta = e.i(19481);
    let ti = Symbol("internal request");
    class to extends Request {
      constructor(e, t = {}) {
        let r = "string" != typeof e && "url" in e ? e.url : String(e);
        (e0(r),
          t.body && "half" !== t.duplex && (t.duplex = "half"),
          e instanceof Request ? super(e, t) : super(r, t));
        let n = new tt(r, { headers: eQ(this.headers), nextConfig: t.nextConfig });
        this[ti] = { cookies: new ta.RequestCookies(this.headers), nextUrl: n, url: n.toString() };
      }
      [Symbol.for("edge-runtime.inspect.custom")]() {
        return {
          cookies: this.cookies,
          nextUrl: this.nextUrl,
          url: this.url,
          bodyUsed: this.bodyUsed,
          cache: this.cache,
          credentials: this.credentials,
          destination: this.destination,
          headers: Object.fromEntries(this.headers),
          integrity: this.integrity,
          keepalive: this.keepalive,
          method: this.method,
          mode: this.mode,
          redirect: this.redirect,
          referrer: this.referrer,
          referrerPolicy: this.referrerPolicy,
          signal: this.signal,
        };
      }
      get cookies() {
        return this[ti].cookies;
      }
      get nextUrl() {
        return this[ti].nextUrl;
      }
      get page() {
        throw new tr();
      }
      get ua() {
        throw new tn();
      }
      get url() {
        return this[ti].url;
      }
    }
    let ts = "ResponseAborted";
    class tl extends Error {
      constructor(...e) {
        (super(...e), (this.name = ts));
      }
    }
    function tc(e) {
      let t = new AbortController();
      return (
        e.once("close", () => {
          e.writableFinished || t.abort(new tl());
        }),
        t
      );
    }
    class tu {
      static fromBaseNextRequest(e, t) {
        return tu.fromNodeNextRequest(e, t);
      }
      static fromNodeNextRequest(e, t) {
        let r,
          n = null;
        if (
          ("GET" !== e.method && "HEAD" !== e.method && e.body && (n = e.body),
          e.url.startsWith("http"))
        )
          r = new URL(e.url);
        else {
          let t = eK(e, "initURL");
          r = t && t.startsWith("http") ? new URL(e.url, t) : new URL(e.url, "http://n");
        }
        return new to(r, {
          method: e.method,
          headers: eY(e.headers),
          duplex: "half",
          signal: t,
          ...(t.aborted ? {} : { body: n }),
        });
      }
      static fromWebNextRequest(e) {
        let t = null;
        return (
          "GET" !== e.method && "HEAD" !== e.method && (t = e.body),
          new to(e.url, {
            method: e.method,
            headers: eY(e.headers),
            duplex: "half",
            signal: e.request.signal,
            ...(e.request.signal.aborted ? {} : { body: t }),
          })
        );
      }
    }
    function td(e) {
      return (null == e ? void 0 : e.name) === "AbortError" || (null == e ? void 0 : e.name) === ts;
    }
    e.s(
      [
        "k",
        0,
        tu,
        "w",
        0,
        ts,
        "d",
        0,
        tc,
        "t",
        0,
        function (e) {
          let { errored: t, destroyed: r } = e;
          if (t || r) return AbortSignal.abort(t ?? new tl());
          let { signal: n } = tc(e);
          return n;
        },
      ],
      87718,
    );
    let tp = "performance" in globalThis && process.env.NEXT_OTEL_PERFORMANCE_PREFIX;
    async function th(e, t, r, n) {
      try {
        let { errored: a, destroyed: i } = t;
        if (a || i) return;
        let o = tc(t),
          s = (function (e, t, r) {
            let n = !1,
              a = ef();
            function i() {
              a.resolve();
            }
            (e.on("drain", i),
              e.once("close", () => {
                (e.off("drain", i), a.resolve());
              }));
            let o = ef();
            return (
              e.once("finish", () => {
                o.resolve();
              }),
              new WritableStream({
                write: async (t) => {
                  if (!n) {
                    if (((n = !0), tp)) {
                      let e = null == r ? void 0 : r.snapshot();
                      e &&
                        performance.measure(
                          `${process.env.NEXT_OTEL_PERFORMANCE_PREFIX}:next-client-component-loading`,
                          {
                            start: e.clientComponentLoadStart,
                            end: e.clientComponentLoadStart + e.clientComponentLoadTimes,
                          },
                        );
                    }
                    (e.flushHeaders(),
                      el().trace(I.startResponse, { spanName: "start response" }, () => void 0));
                  }
                  try {
                    let r = e.write(t);
                    ("flush" in e && "function" == typeof e.flush && e.flush(),
                      r || (await a.promise, (a = ef())));
                  } catch (t) {
                    throw (e.end(), Error("failed to write chunk to response", { cause: t }));
                  }
                },
                abort: (t) => {
                  e.writableFinished || e.destroy(t);
                },
                close: async () => {
                  if ((t && (await t), !e.writableFinished)) return (e.end(), o.promise);
                },
              })
            );
          })(t, r, n);
        await e.pipeTo(s, { signal: o.signal });
      } catch (e) {
        if (td(e)) return;
        throw Error("failed to pipe response", { cause: e });
      }
    }
    async function tg(e, t, r, n) {
      try {
        let { errored: a, destroyed: i } = t;
        if (a || i) return;
        let o = !1,
          s = ef(),
          l = !1,
          c = () => {
            l && !e.destroyed && ((l = !1), e.resume());
          };
        (t.on("drain", c),
          t.once("close", () => {
            (t.off("drain", c), e.destroy(), s.resolve());
          }),
          e.on("data", (r) => {
            if (!o) {
              if (
                ((o = !0), "performance" in globalThis && process.env.NEXT_OTEL_PERFORMANCE_PREFIX)
              ) {
                let e = null == n ? void 0 : n.snapshot();
                e &&
                  performance.measure(
                    `${process.env.NEXT_OTEL_PERFORMANCE_PREFIX}:next-client-component-loading`,
                    {
                      start: e.clientComponentLoadStart,
                      end: e.clientComponentLoadStart + e.clientComponentLoadTimes,
                    },
                  );
              }
              (t.flushHeaders(),
                el().trace(I.startResponse, { spanName: "start response" }, () => void 0));
            }
            let a = t.write(r);
            ("flush" in t && "function" == typeof t.flush && t.flush(), a || ((l = !0), e.pause()));
          }),
          e.on("end", async () => {
            (r && (await r), t.writableFinished || t.end(), s.resolve());
          }),
          e.on("error", (e) => {
            (td(e) || t.destroy(e), s.resolve());
          }),
          await s.promise);
      } catch (e) {
        if (td(e)) return;
        throw Error("failed to pipe response", { cause: e });
      }
    }
    function tf(e) {
      return (
        null !== e &&
        "object" == typeof e &&
        "function" == typeof e.pipe &&
        "function" == typeof e.on &&
        !(e instanceof ReadableStream)
      );
    }
    class tm {
      static #t = (this.EMPTY = new tm(null, { metadata: {}, contentType: null }));
      static fromStatic(e, t) {
        return new tm(e, { metadata: {}, contentType: t });
      }
      constructor(e, { contentType: t, waitUntil: r, metadata: n }) {
        ((this.response = e), (this.contentType = t), (this.metadata = n), (this.waitUntil = r));
      }
      assignMetadata(e) {
        Object.assign(this.metadata, e);
      }
      get isNull() {
        return null === this.response;
      }
      get isDynamic() {
        return "string" != typeof this.response;
      }
      toUnchunkedString(e = !1) {
        if (null === this.response) return "";
        if ("string" != typeof this.response) {
          if (!e) throw new eg("dynamic responses cannot be unchunked. This is a bug in Next.js");
          return eW(this.readable);
        }
        return this.response;
      }
      get readable() {
        return null === this.response
          ? new ReadableStream({
              start(e) {
                e.close();
              },
            })
          : "string" == typeof this.response
            ? eF(this.response)
            : Buffer.isBuffer(this.response)
              ? ez(this.response)
              : Array.isArray(this.response)
                ? (function (...e) {
                    if (0 === e.length)
                      return new ReadableStream({
                        start(e) {
                          e.close();
                        },
                      });
                    if (1 === e.length) return e[0];
                    let { readable: t, writable: r } = new TransformStream(),
                      n = e[0].pipeTo(r, { preventClose: !0 }),
                      a = 1;
                    for (; a < e.length - 1; a++) {
                      let t = e[a];
                      n = n.then(() => t.pipeTo(r, { preventClose: !0 }));
                    }
                    let i = e[a];
                    return ((n = n.then(() => i.pipeTo(r))).catch(eH), t);
                  })(...this.response)
                : tf(this.response)
                  ? e.r(81111).Readable.toWeb(this.response)
                  : this.response;
      }
      coerce() {
        return null === this.response
          ? []
          : "string" == typeof this.response
            ? [eF(this.response)]
            : Array.isArray(this.response)
              ? this.response
              : Buffer.isBuffer(this.response)
                ? [ez(this.response)]
                : tf(this.response)
                  ? [e.r(81111).Readable.toWeb(this.response)]
                  : [this.response];
      }
      pipeThrough(e) {
        this.response = this.readable.pipeThrough(e);
      }
      unshift(e) {
        ((this.response = this.coerce()), this.response.unshift(e));
      }
      push(e) {
        ((this.response = this.coerce()), this.response.push(e));
      }
      async pipeTo(e) {
        try {
          (await this.readable.pipeTo(e, { preventClose: !0 }),
            this.waitUntil && (await this.waitUntil),
            await e.close());
        } catch (t) {
          if (td(t)) return void (await e.abort(t));
          throw t;
        }
      }
      async pipeToNodeResponse(e) {
        null !== this.response &&
        "string" != typeof this.response &&
        !Buffer.isBuffer(this.response) &&
        !Array.isArray(this.response) &&
        tf(this.response)
          ? await tg(this.response, e, this.waitUntil, this.metadata.clientComponentLoadTracker)
          : await th(this.readable, e, this.waitUntil, this.metadata.clientComponentLoadTracker);
      }
    }
    function tv(e, t) {
      if (!e) return t;
      let r = parseInt(e, 10);
      return Number.isFinite(r) && r > 0 ? r : t;
    }
    (tv(process.env.NEXT_PRIVATE_RESPONSE_CACHE_TTL, 1e4),
      tv(process.env.NEXT_PRIVATE_RESPONSE_CACHE_MAX_SIZE, 150),
      e.s([], 52474));
    let tb = /[^\t\x20-\x7e]/,
      ty = /[^\t\x20-\x7e]+/g;
    function tS(e, t, r) {
      let n = { ...r, end: performance.timeOrigin + performance.now(), idx: e.nextFetchId || 0 };
      (null == t ||
        t.setAttributes({
          "http.status_code": n.status,
          "next.fetch.idx": n.idx,
          "next.fetch.cache_status": n.cacheStatus,
          "next.fetch.cache_reason": n.cacheReason,
        }),
        e.shouldTrackFetchMetrics && ((e.fetchMetrics ??= []), e.fetchMetrics.push(n)));
    }
    async function t_(e, t, r, n, a, i) {
      let o = await e.arrayBuffer(),
        s = {
          headers: Object.fromEntries(e.headers.entries()),
          body: Buffer.from(o).toString("base64"),
          status: e.status,
          url: e.url,
        };
      return (
        r && (await n.set(t, { kind: eE.FETCH, data: s, revalidate: a }, r)),
        await i(),
        new Response(o, { headers: e.headers, status: e.status, statusText: e.statusText })
      );
    }
    async function tx(e, t, r, n, a, i, o, s, l, c) {
      let [u, d] = eT(t),
        p = u
          .arrayBuffer()
          .then(async (e) => {
            let t = Buffer.from(e),
              s = {
                headers: Object.fromEntries(u.headers.entries()),
                body: t.toString("base64"),
                status: u.status,
                url: u.url,
              };
            (null == i || i.set(r, s),
              n && (await a.set(r, { kind: eE.FETCH, data: s, revalidate: o }, n)));
          })
          .catch((e) => {
            (null == c ? void 0 : c.aborted) || console.warn("Failed to set fetch cache", s, e);
          })
          .finally(l),
        h = `cache-set-${r}`,
        g = (e.pendingRevalidates ??= {}),
        f = Promise.resolve();
      return (
        h in g && (f = g[h]),
        (g[h] = f
          .then(() => p)
          .finally(() => {
            (null == g ? void 0 : g[h]) && delete g[h];
          })),
        d
      );
    }
    let tR = null;
    function tT(e) {
      var t;
      return (t = e
        .split("/")
        .reduce(
          (e, t, r, n) =>
            t
              ? ("(" === t[0] && t.endsWith(")")) ||
                "@" === t[0] ||
                (("page" === t || "route" === t) && r === n.length - 1)
                ? e
                : `${e}/${t}`
              : e,
          "",
        )).startsWith("/")
        ? t
        : `/${t}`;
    }
    (e.s(
      [
        "f",
        0,
        function (t) {
          var r;
          let n;
          if (!0 === globalThis[ew]) return;
          let a =
            ((r = globalThis.fetch),
            (n = e.r(47540).cache((e) => [])),
            function (e, t) {
              let a, i;
              if (t && t.signal) return r(e, t);
              if ("string" != typeof e || t) {
                let n,
                  o = "string" == typeof e || e instanceof URL ? new Request(e, t) : e;
                if (("GET" !== o.method && "HEAD" !== o.method) || o.keepalive) return r(e, t);
                ((n = Array.from(o.headers.entries()).filter(([e]) => !eP.has(e.toLowerCase()))),
                  (i = JSON.stringify([
                    o.method,
                    n,
                    o.mode,
                    o.redirect,
                    o.credentials,
                    o.referrer,
                    o.referrerPolicy,
                    o.integrity,
                  ])),
                  (a = o.url));
              } else ((i = '["GET",[],null,"follow",null,null,null,null]'), (a = e));
              let o = n(a);
              for (let e = 0, t = o.length; e < t; e += 1) {
                let [t, r] = o[e];
                if (t === i)
                  return r.then(() => {
                    let t = o[e][2];
                    if (!t) throw new eg("No cached response");
                    let [r, n] = eT(t);
                    return ((o[e][2] = n), r);
                  });
              }
              let s = r(e, t),
                l = [i, s, null];
              return (
                o.push(l),
                s.then((e) => {
                  let [t, r] = eT(e);
                  return ((l[2] = r), t);
                })
              );
            });
          globalThis.fetch = (function (e, { workAsyncStorage: t, workUnitAsyncStorage: r }) {
            let n = async function (n, a) {
              var i, o;
              let s;
              try {
                (((s = new URL(n instanceof Request ? n.url : n)).username = ""),
                  (s.password = ""));
              } catch {
                s = void 0;
              }
              let l = (null == s ? void 0 : s.href) ?? "",
                c = (null == a || null == (i = a.method) ? void 0 : i.toUpperCase()) || "GET",
                u = (null == a || null == (o = a.next) ? void 0 : o.internal) === !0,
                d = "1" === process.env.NEXT_OTEL_FETCH_DISABLED,
                p = u ? void 0 : performance.timeOrigin + performance.now(),
                h = t.getStore(),
                g = r.getStore(),
                f = g ? (0, ep.getCacheSignal)(g) : null;
              f && f.beginRead();
              let m = el().trace(
                u ? I.internalFetch : j.fetch,
                {
                  hideSpan: d,
                  kind: ee.CLIENT,
                  spanName: ["fetch", c, l].filter(Boolean).join(" "),
                  attributes: {
                    "http.url": l,
                    "http.method": c,
                    "net.peer.name": null == s ? void 0 : s.hostname,
                    "net.peer.port": (null == s ? void 0 : s.port) || void 0,
                  },
                },
                async (t) => {
                  var r;
                  let i, o, s, c, d, m;
                  if (u || !h || h.isDraftMode) return e(n, a);
                  let v = n && "object" == typeof n && "string" == typeof n.method;
                  if (v && a) {
                    let { next: e, ...t } = a;
                    ((n = new Request(n, t)), (a = e ? { next: e } : void 0));
                  }
                  let b = (e) => (null == a ? void 0 : a[e]) || (v ? n[e] : null),
                    y = (e) => {
                      var t, r, i;
                      return void 0 !== (null == a || null == (t = a.next) ? void 0 : t[e])
                        ? null == a || null == (r = a.next)
                          ? void 0
                          : r[e]
                        : v
                          ? null == (i = n.next)
                            ? void 0
                            : i[e]
                          : void 0;
                    },
                    S = y("revalidate"),
                    _ = S,
                    x = (function (e, t) {
                      let r = [],
                        n = [];
                      for (let a = 0; a < e.length; a++) {
                        let i = e[a];
                        if ("string" != typeof i)
                          n.push({ tag: i, reason: "invalid type, must be a string" });
                        else if (i.length > 256)
                          n.push({ tag: i, reason: "exceeded max length of 256" });
                        else r.push(tb.test(i) ? i.replace(ty, (e) => encodeURIComponent(e)) : i);
                        if (r.length > 128) {
                          console.warn(
                            `Warning: exceeded max tag count for ${t}, dropped tags:`,
                            e.slice(a).join(", "),
                          );
                          break;
                        }
                      }
                      if (n.length > 0)
                        for (let { tag: e, reason: r } of (console.warn(
                          `Warning: invalid tags passed to ${t}: `,
                        ),
                        n))
                          console.log(`tag: "${e}" ${r}`);
                      return r;
                    })(y("tags") || [], `fetch ${n.toString()}`);
                  if (g)
                    switch (g.type) {
                      case "prerender":
                      case "prerender-runtime":
                      case "prerender-client":
                      case "validation-client":
                      case "prerender-legacy":
                      case "cache":
                      case "private-cache":
                        i = g;
                    }
                  if (i && Array.isArray(x)) {
                    let e = i.tags ?? (i.tags = []);
                    for (let t of x) e.includes(t) || e.push(t);
                  }
                  let R = null == g ? void 0 : g.implicitTags,
                    T = h.fetchCache;
                  g && "unstable-cache" === g.type && (T = "force-no-store");
                  let P = !!h.isUnstableNoStore,
                    w = b("cache"),
                    E = "";
                  "string" == typeof w &&
                    void 0 !== _ &&
                    (("force-cache" === w && 0 === _) ||
                      ("no-store" === w && (_ > 0 || !1 === _))) &&
                    ((o = `Specified "cache: ${w}" and "revalidate: ${_}", only one should be specified.`),
                    (w = void 0),
                    (_ = void 0));
                  let O =
                      "no-cache" === w ||
                      "no-store" === w ||
                      "force-no-store" === T ||
                      "only-no-store" === T,
                    N = !T && !w && !_ && h.forceDynamic;
                  ("force-cache" === w && void 0 === _ ? (_ = !1) : (O || N) && (_ = 0),
                    ("no-cache" === w || "no-store" === w) && (E = `cache: ${w}`),
                    (m = (function (e, t) {
                      try {
                        let r;
                        if (!1 === e || 1 / 0 === e) r = 0xfffffffe;
                        else if ("number" == typeof e && !isNaN(e) && e > -1) r = e;
                        else if (void 0 !== e)
                          throw Error(
                            `Invalid revalidate value "${e}" on "${t}", must be a non-negative number or false`,
                          );
                        return r;
                      } catch (e) {
                        if (e instanceof Error && e.message.includes("Invalid revalidate")) throw e;
                        return;
                      }
                    })(_, h.route)));
                  let C = b("headers"),
                    A =
                      "function" == typeof (null == C ? void 0 : C.get) ? C : new Headers(C || {}),
                    M = A.get("authorization") || A.get("cookie"),
                    I = !["get", "head"].includes(
                      (null == (r = b("method")) ? void 0 : r.toLowerCase()) || "get",
                    ),
                    L = void 0 == T && (void 0 == w || "default" === w) && void 0 == _,
                    D = !!((M || I) && (null == i ? void 0 : i.revalidate) === 0),
                    j = !1;
                  if (
                    (!D && L && (h.isBuildTimePrerendering ? (j = !0) : (D = !0)),
                    L && void 0 !== g)
                  )
                    switch (g.type) {
                      case "prerender":
                      case "prerender-runtime":
                      case "prerender-client":
                        return (
                          f && (f.endRead(), (f = null)),
                          eS(g.renderSignal, h.route, "fetch()")
                        );
                    }
                  switch (T) {
                    case "force-no-store":
                      E = "fetchCache = force-no-store";
                      break;
                    case "only-no-store":
                      if ("force-cache" === w || (void 0 !== m && m > 0))
                        throw Error(
                          `cache: 'force-cache' used on fetch for ${l} with 'export const fetchCache = 'only-no-store'`,
                        );
                      E = "fetchCache = only-no-store";
                      break;
                    case "only-cache":
                      if ("no-store" === w)
                        throw Error(
                          `cache: 'no-store' used on fetch for ${l} with 'export const fetchCache = 'only-cache'`,
                        );
                      break;
                    case "force-cache":
                      (void 0 === _ || 0 === _) &&
                        ((E = "fetchCache = force-cache"), (m = 0xfffffffe));
                  }
                  if (
                    (void 0 === m
                      ? "default-cache" !== T || P
                        ? "default-no-store" === T
                          ? ((m = 0), (E = "fetchCache = default-no-store"))
                          : P
                            ? ((m = 0), (E = "noStore call"))
                            : D
                              ? ((m = 0), (E = "auto no cache"))
                              : ((E = "auto cache"), (m = i ? i.revalidate : 0xfffffffe))
                        : ((m = 0xfffffffe), (E = "fetchCache = default-cache"))
                      : E || (E = `revalidate: ${m}`),
                    !(h.forceStatic && 0 === m) && !D && i && m < i.revalidate)
                  ) {
                    if (0 === m) {
                      if (g)
                        switch (g.type) {
                          case "prerender":
                          case "prerender-client":
                          case "prerender-runtime":
                          case "validation-client":
                            return (
                              f && (f.endRead(), (f = null)),
                              eS(g.renderSignal, h.route, "fetch()")
                            );
                        }
                      eh(h, g, `revalidate: 0 fetch ${n} ${h.route}`);
                    }
                    i && S === m && (i.revalidate = m);
                  }
                  let B = "number" == typeof m && m > 0,
                    { incrementalCache: $ } = h,
                    U = !1;
                  if (g)
                    switch (g.type) {
                      case "request":
                      case "cache":
                      case "private-cache":
                        ((U = g.isHmrRefresh ?? !1), (c = g.serverComponentsHmrCache));
                    }
                  if ($ && (B || c))
                    try {
                      s = await $.generateCacheKey(l, v ? n : a);
                    } catch (e) {
                      console.error("Failed to generate cache key for", n, e);
                    }
                  let k = h.nextFetchId ?? 1;
                  h.nextFetchId = k + 1;
                  let V = () => {},
                    G = async (r, i) => {
                      let u = [
                        "cache",
                        "credentials",
                        "headers",
                        "integrity",
                        "keepalive",
                        "method",
                        "mode",
                        "redirect",
                        "referrer",
                        "referrerPolicy",
                        "window",
                        "duplex",
                        ...(r ? [] : ["signal"]),
                      ];
                      if (v) {
                        let e = n,
                          t = { body: e._ogBody || e.body };
                        for (let r of u) t[r] = e[r];
                        n = new Request(e.url, t);
                      } else if (a) {
                        let { _ogBody: e, body: t, signal: n, ...i } = a;
                        a = { ...i, body: e || t, signal: r ? void 0 : n };
                      }
                      let d = {
                        ...a,
                        next: {
                          ...(null == a ? void 0 : a.next),
                          fetchType: "origin",
                          fetchIdx: k,
                        },
                      };
                      return e(n, d)
                        .then(async (e) => {
                          if (
                            (!r &&
                              p &&
                              tS(h, t, {
                                start: p,
                                url: l,
                                cacheReason: i || E,
                                cacheStatus: 0 === m || i ? "skip" : "miss",
                                cacheWarning: o,
                                status: e.status,
                                method: d.method || "GET",
                              }),
                            200 === e.status && $ && s && (B || c))
                          ) {
                            let t = m >= 0xfffffffe ? 31536e3 : m,
                              r = B
                                ? {
                                    fetchCache: !0,
                                    fetchUrl: l,
                                    fetchIdx: k,
                                    tags: x,
                                    isImplicitBuildTimeCache: j,
                                  }
                                : void 0;
                            switch (null == g ? void 0 : g.type) {
                              case "prerender":
                              case "prerender-client":
                              case "validation-client":
                              case "prerender-runtime":
                                return t_(e, s, r, $, t, V);
                              case "request":
                              case "prerender-legacy":
                              case "cache":
                              case "private-cache":
                              case "unstable-cache":
                              case "build-time-generator":
                              case void 0:
                                return tx(h, e, s, r, $, c, t, n, V, b("signal"));
                            }
                          }
                          return (await V(), e);
                        })
                        .catch((e) => {
                          throw (V(), e);
                        });
                    },
                    H = !1,
                    q = !1;
                  if (s && $) {
                    let e;
                    if ((U && c && ((e = c.get(s)), (q = !0)), B && !e)) {
                      V = await $.lock(s);
                      let t = h.isOnDemandRevalidate
                        ? null
                        : await $.get(s, {
                            kind: eO.FETCH,
                            revalidate: m,
                            fetchUrl: l,
                            fetchIdx: k,
                            tags: x,
                            softTags: null == R ? void 0 : R.tags,
                          });
                      if (L && g)
                        switch (g.type) {
                          case "prerender":
                          case "prerender-client":
                          case "validation-client":
                          case "prerender-runtime":
                            await (tR ||
                              (tR = new Promise((e) => {
                                setTimeout(() => {
                                  ((tR = null), e());
                                }, 0);
                              })),
                            tR);
                        }
                      if (
                        (t ? await V() : (d = "cache-control: no-cache (hard refresh)"),
                        (null == t ? void 0 : t.value) && t.value.kind === eE.FETCH)
                      )
                        if ((0, ep.willConsumerServerCache)(g) && t.isStale) H = !0;
                        else {
                          if (
                            t.isStale &&
                            ((h.pendingRevalidates ??= {}), !h.pendingRevalidates[s])
                          ) {
                            let e = G(!0)
                              .then(async (e) => ({
                                body: await e.arrayBuffer(),
                                headers: e.headers,
                                status: e.status,
                                statusText: e.statusText,
                              }))
                              .finally(() => {
                                ((h.pendingRevalidates ??= {}),
                                  delete h.pendingRevalidates[s || ""]);
                              });
                            (e.catch(console.error), (h.pendingRevalidates[s] = e));
                          }
                          e = t.value.data;
                        }
                    }
                    if (e) {
                      p &&
                        tS(h, t, {
                          start: p,
                          url: l,
                          cacheReason: E,
                          cacheStatus: q ? "hmr" : "hit",
                          cacheWarning: o,
                          status: e.status || 200,
                          method: (null == a ? void 0 : a.method) || "GET",
                        });
                      let r = new Response(Buffer.from(e.body, "base64"), {
                        headers: e.headers,
                        status: e.status,
                      });
                      return (Object.defineProperty(r, "url", { value: e.url }), r);
                    }
                  }
                  if (
                    a &&
                    "object" == typeof a &&
                    (function (e) {
                      if (!e) return !1;
                      switch (e.type) {
                        case "prerender":
                        case "prerender-client":
                        case "prerender-legacy":
                        case "cache":
                        case "private-cache":
                        case "unstable-cache":
                          return !0;
                        case "request":
                        case "prerender-runtime":
                        case "validation-client":
                        case "build-time-generator":
                          return !1;
                        default:
                          return e;
                      }
                    })(g)
                  ) {
                    let { cache: e } = a;
                    if ("no-store" === e) {
                      if (g)
                        switch (g.type) {
                          case "prerender":
                          case "prerender-client":
                          case "prerender-runtime":
                          case "validation-client":
                            return (
                              f && (f.endRead(), (f = null)),
                              eS(g.renderSignal, h.route, "fetch()")
                            );
                        }
                      eh(h, g, `no-store fetch ${n} ${h.route}`);
                    }
                    let t = "next" in a,
                      { next: r = {} } = a;
                    if ("number" == typeof r.revalidate && i && r.revalidate < i.revalidate) {
                      if (0 === r.revalidate) {
                        if (g)
                          switch (g.type) {
                            case "prerender":
                            case "prerender-client":
                            case "prerender-runtime":
                            case "validation-client":
                              return eS(g.renderSignal, h.route, "fetch()");
                          }
                        eh(h, g, `revalidate: 0 fetch ${n} ${h.route}`);
                      }
                      (h.forceStatic && 0 === r.revalidate) || (i.revalidate = r.revalidate);
                    }
                    t && delete a.next;
                  }
                  if (!s || !H) return G(!1, d);
                  {
                    let e = s;
                    h.pendingRevalidates ??= {};
                    let t = h.pendingRevalidates[e];
                    if (t) {
                      let e = await t;
                      return new Response(e.body, {
                        headers: e.headers,
                        status: e.status,
                        statusText: e.statusText,
                      });
                    }
                    let r = G(!0, d).then(eT);
                    return (
                      (t = r
                        .then(async (e) => {
                          let t = e[0];
                          return {
                            body: await t.arrayBuffer(),
                            headers: t.headers,
                            status: t.status,
                            statusText: t.statusText,
                          };
                        })
                        .finally(() => {
                          var t;
                          (null == (t = h.pendingRevalidates) ? void 0 : t[e]) &&
                            delete h.pendingRevalidates[e];
                        })).catch(() => {}),
                      (h.pendingRevalidates[e] = t),
                      r.then((e) => e[1])
                    );
                  }
                },
              );
              if (f)
                try {
                  return await m;
                } finally {
                  f && f.endRead();
                }
              return m;
            };
            return (
              (n.__nextPatched = !0),
              (n.__nextGetStaticStore = () => t),
              (n._nextOriginalFetch = e),
              (globalThis[ew] = !0),
              Object.defineProperty(n, "name", { value: "fetch", writable: !1 }),
              n
            );
          })(a, t);
        },
      ],
      96250,
    ),
      e.s(["f", 0, tT], 69741));
    let tP = new Set([
      "hasOwnProperty",
      "isPrototypeOf",
      "propertyIsEnumerable",
      "toString",
      "valueOf",
      "toLocaleString",
      "then",
      "catch",
      "finally",
      "status",
      "displayName",
      "_debugInfo",
      "toJSON",
      "$$typeof",
      "__esModule",
      "@@iterator",
    ]);
    function tw(e) {
      return Error(`Failed to find Server Action${e ? ` "${e}"` : ""}. This request might be from an older or newer deployment.
Read more: https://nextjs.org/docs/messages/failed-to-find-server-action`);
    }
    let tE = Symbol.for("next.server.manifests"),
      tO = globalThis;
    (e.s(
      [
        "f",
        0,
        function ({ page: e, clientReferenceManifest: t, serverActionsManifest: r }) {
          let n = tO[tE],
            a = tT(e),
            i = {
              encryptionKey: r.encryptionKey,
              node: Object.assign(Object.create(null), r.node),
              edge: Object.assign(Object.create(null), r.edge),
            };
          if (n)
            (n.clientReferenceManifestsPerRoute.set(a, { page: e, clientReferenceManifest: t }),
              (n.serverActionsManifest = i));
          else {
            let r,
              n,
              o,
              s = new Map([[a, { page: e, clientReferenceManifest: t }]]),
              { proxiedClientReferenceManifest: l, rscModuleMappingForUseCache: c } =
                ((r = new Map()),
                (n = new Proxy(
                  {},
                  {
                    get(e, t) {
                      let n = ev.workAsyncStorage.getStore();
                      switch (t) {
                        case "moduleLoading":
                        case "entryCSSFiles":
                        case "entryJSFiles": {
                          if (!n) throw new eg(`Cannot access "${t}" without a work store.`);
                          let e = s.get(n.route);
                          if (!e)
                            throw new eg(
                              `The client reference manifest for route "${n.route}" does not exist.`,
                            );
                          return e.clientReferenceManifest[t];
                        }
                        case "clientModules":
                        case "rscModuleMapping":
                        case "edgeRscModuleMapping":
                        case "ssrModuleMapping":
                        case "edgeSSRModuleMapping": {
                          let e = r.get(t);
                          !e &&
                            ((e = new Proxy(
                              {},
                              {
                                get(e, r) {
                                  let n = ev.workAsyncStorage.getStore();
                                  if (n) {
                                    var a;
                                    let e =
                                      null == (a = s.get(n.route))
                                        ? void 0
                                        : a.clientReferenceManifest;
                                    if (null == e ? void 0 : e[t][r]) {
                                      if (
                                        n.durableUseCacheEntries &&
                                        "clientModules" === t &&
                                        (function (e) {
                                          if (!e) return !1;
                                          switch (e.type) {
                                            case "cache":
                                            case "private-cache":
                                              return !0;
                                            case "request":
                                            case "unstable-cache":
                                            case "prerender":
                                            case "prerender-client":
                                            case "prerender-legacy":
                                            case "prerender-runtime":
                                            case "validation-client":
                                            case "build-time-generator":
                                              return !1;
                                            default:
                                              return e;
                                          }
                                        })(ep.workUnitAsyncStorage.getStore())
                                      ) {
                                        let t = e.clientModules[r];
                                        return { id: r, name: t.name, chunks: ["stub"], async: !1 };
                                      }
                                      return e[t][r];
                                    }
                                  } else
                                    for (let { clientReferenceManifest: e } of s.values()) {
                                      let n = e[t][r];
                                      if (void 0 !== n) return n;
                                    }
                                },
                              },
                            )),
                            r.set(t, e));
                          return e;
                        }
                        default:
                          throw new eg(
                            `This is a proxied client reference manifest. The property "${String(t)}" is not handled.`,
                          );
                      }
                    },
                  },
                )),
                (o = new Proxy(
                  {},
                  {
                    get(e, t) {
                      let r = ev.workAsyncStorage.getStore();
                      if (!r || !r.durableUseCacheEntries) return n.rscModuleMapping[t];
                      {
                        var a;
                        let e = null == (a = s.get(r.route)) ? void 0 : a.clientReferenceManifest,
                          n = null == e ? void 0 : e.clientModules[t];
                        if (void 0 === n) return;
                        let i = n.id;
                        return null == e ? void 0 : e.rscModuleMapping[i];
                      }
                    },
                  },
                )),
                { proxiedClientReferenceManifest: n, rscModuleMappingForUseCache: o });
            tO[tE] = {
              clientReferenceManifestsPerRoute: s,
              proxiedClientReferenceManifest: l,
              rscModuleMappingForUseCache: c,
              serverActionsManifest: i,
              serverModuleMap: new Proxy(Object.create(null), {
                get: (e, t, r) => {
                  var n, a, i;
                  let o;
                  if ("string" != typeof t || tP.has(t)) return Reflect.get(e, t, r);
                  if (42 !== t.length) {
                    let e;
                    throw (
                      (e = JSON.stringify(t.length > 100 ? t.slice(0, 90) + "…" : t)),
                      Error(`The Server Reference ID did not match the expected format. Received ${e}.
Read more: https://nextjs.org/docs/messages/failed-to-find-server-action`)
                    );
                  }
                  let s =
                    null ==
                      (a = (function () {
                        let e = tO[tE];
                        if (!e) throw new eg("The manifests singleton was not initialized.");
                        return e;
                      })().serverActionsManifest.node) || null == (n = a[t])
                      ? void 0
                      : n.workers;
                  if (!s) throw tw(t);
                  let l = ev.workAsyncStorage.getStore();
                  if (
                    !(o = l ? s[e3((i = l.page), "app") ? i : "app" + i] : Object.values(s).at(0))
                  )
                    throw tw(t);
                  let { moduleId: c, async: u, durability: d } = o;
                  return { id: c, name: t, chunks: [], async: u, durability: d };
                },
              }),
            };
          }
        },
      ],
      74677,
    ),
      Symbol("__next_preview_data"));
    let tN = Symbol("__prerender_bypass");
    var tC =
      (((T = {})[(T.SeeOther = 303)] = "SeeOther"),
      (T[(T.TemporaryRedirect = 307)] = "TemporaryRedirect"),
      (T[(T.PermanentRedirect = 308)] = "PermanentRedirect"),
      T);
    class tA {
      constructor(e, t, r) {
        ((this.method = e), (this.url = t), (this.body = r));
      }
      get cookies() {
        var t;
        return this._cookies
          ? this._cookies
          : (this._cookies = ((t = this.headers),
            function () {
              let { cookie: r } = t;
              if (!r) return {};
              let { parse: n } = e.r(93118);
              return n(Array.isArray(r) ? r.join("; ") : r);
            })());
      }
    }
    class tM {
      constructor(e) {
        this.destination = e;
      }
      redirect(e, t) {
        return (
          this.setHeader("Location", e),
          (this.statusCode = t),
          t === tC.PermanentRedirect && this.setHeader("Refresh", `0;url=${e}`),
          this
        );
      }
    }
    class tI extends tA {
      static #t = (E = eX);
      constructor(e) {
        var t;
        (super(e.method.toUpperCase(), e.url, e),
          (this._req = e),
          (this.headers = this._req.headers),
          (this.fetchMetrics = null == (t = this._req) ? void 0 : t.fetchMetrics),
          (this[E] = this._req[eX] || {}),
          (this.streaming = !1));
      }
      get originalRequest() {
        return (
          (this._req[eX] = this[eX]),
          (this._req.url = this.url),
          (this._req.cookies = this.cookies),
          this._req
        );
      }
      set originalRequest(e) {
        this._req = e;
      }
      stream() {
        if (this.streaming)
          throw Error("Invariant: NodeNextRequest.stream() can only be called once");
        return (
          (this.streaming = !0),
          new ReadableStream({
            start: (e) => {
              (this._req.on("data", (t) => {
                e.enqueue(new Uint8Array(t));
              }),
                this._req.on("end", () => {
                  e.close();
                }),
                this._req.on("error", (t) => {
                  e.error(t);
                }));
            },
          })
        );
      }
    }
    (e.s(
      [
        "x",
        0,
        tI,
        "e",
        0,
        class extends tM {
          get originalResponse() {
            return (tN in this && (this._res[tN] = this[tN]), this._res);
          }
          constructor(e) {
            (super(e), (this._res = e), (this.textBody = void 0));
          }
          get sent() {
            return this._res.finished || this._res.headersSent;
          }
          get statusCode() {
            return this._res.statusCode;
          }
          set statusCode(e) {
            this._res.statusCode = e;
          }
          get statusMessage() {
            return this._res.statusMessage;
          }
          set statusMessage(e) {
            this._res.statusMessage = e;
          }
          setHeader(e, t) {
            return (this._res.setHeader(e, t), this);
          }
          removeHeader(e) {
            return (this._res.removeHeader(e), this);
          }
          getHeaderValues(e) {
            let t = this._res.getHeader(e);
            if (void 0 !== t) return (Array.isArray(t) ? t : [t]).map((e) => e.toString());
          }
          hasHeader(e) {
            return this._res.hasHeader(e);
          }
          getHeader(e) {
            let t = this.getHeaderValues(e);
            return Array.isArray(t) ? t.join(",") : void 0;
          }
          getHeaders() {
            return this._res.getHeaders();
          }
          appendHeader(e, t) {
            let r = this.getHeaderValues(e);
            return (
              void 0 === r || 0 === r.length
                ? this._res.setHeader(e, t)
                : r.includes(t) || this._res.setHeader(e, [...r, t]),
              this
            );
          }
          body(e) {
            return ((this.textBody = e), this);
          }
          send() {
            this._res.end(this.textBody);
          }
          onClose(e) {
            this.originalResponse.on("close", e);
          }
        },
      ],
      16795,
    ),
      e.s(
        [
          "f",
          0,
          function (e) {
            return e.isOnDemandRevalidate ? "on-demand" : e.isStaticGeneration ? "stale" : void 0;
          },
        ],
        47587,
      ));
    let tL = ["content-length", "content-encoding", "transfer-encoding"];
    async function tD(e, t, r, n) {
      {
        var a;
        ((t.statusCode = r.status), (t.statusMessage = r.statusText));
        let i = ["set-cookie", "www-authenticate", "proxy-authenticate", "vary"];
        null == (a = r.headers) ||
          a.forEach((e, r) => {
            if ("x-middleware-set-cookie" !== r.toLowerCase() && !tL.includes(r))
              if ("set-cookie" === r.toLowerCase()) for (let n of eZ(e)) t.appendHeader(r, n);
              else {
                let n = void 0 !== t.getHeader(r);
                (i.includes(r.toLowerCase()) || !n) && t.appendHeader(r, e);
              }
          });
        let { originalResponse: o } = t;
        r.body && "HEAD" !== e.method ? await th(r.body, o, n) : o.end();
      }
    }
    (e.s(["f", 0, tD], 66012),
      e.s(
        [
          "f",
          0,
          function ({ revalidate: e, expire: t }) {
            let r =
              "number" == typeof e && void 0 !== t && e < t
                ? `, stale-while-revalidate=${t - e}`
                : "";
            return 0 === e
              ? "private, no-cache, no-store, max-age=0, must-revalidate"
              : "number" == typeof e
                ? `s-maxage=${e}${r}`
                : `s-maxage=31536000${r}`;
          },
        ],
        26937,
      ));
    class tj {
      constructor(e = []) {
        this.normalizers = e;
      }
      push(e) {
        this.normalizers.push(e);
      }
      normalize(e) {
        return this.normalizers.reduce((e, t) => t.normalize(e), e);
      }
    }
    class tB {
      normalize(e) {
        return e.replace(/%5F/g, "_");
      }
    }
    let t$ = new (class extends tj {
      constructor() {
        super([{ normalize: tT }, new tB()]);
      }
      normalize(e) {
        return super.normalize(e);
      }
    })();
    e.s(
      [
        "f",
        0,
        function (e, t, r, n) {
          if (!r) return !1;
          let a =
            null === r.dataRoute
              ? O.APP_ROUTE
              : r.dataRoute.endsWith(".json")
                ? O.PAGES
                : r.dataRoute.endsWith(".rsc")
                  ? O.APP_PAGE
                  : void 0;
          return (
            a === t.kind &&
            (("srcRoute" in r ? r.srcRoute : r.fallbackSourceRoute) ??
              (a === O.PAGES ? e6(e, n).pathname : e)) ===
              (a === O.PAGES ? t.sourceRoute : t$.normalize(t.sourceRoute))
          );
        },
      ],
      9580,
    );
  },
  47909,
  (e, t, r) => {
    t.exports = e.r(61724);
  },
  42315,
  (e, t, r) => {
    "use strict";
    t.exports = e.r(18622);
  },
  47540,
  (e, t, r) => {
    "use strict";
    t.exports = e.r(42315).vendored["react-rsc"].React;
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__15bjnu5yieigz._.js.map
