module.exports = [
  27028,
  (a, b, c) => {
    b.exports = a.x("node:zlib", () => require("node:zlib"));
  },
  36226,
  (a, b, c) => {
    "use strict";
    var d = Object.defineProperty,
      e = Object.getOwnPropertyDescriptor,
      f = Object.getOwnPropertyNames,
      g = Object.prototype.hasOwnProperty,
      h = {},
      i = {
        RequestCookies: () => p,
        ResponseCookies: () => q,
        parseCookie: () => l,
        parseSetCookie: () => m,
        stringifyCookie: () => k,
      };
    for (var j in i) d(h, j, { get: i[j], enumerable: !0 });
    function k(a) {
      var b;
      let c = [
          "path" in a && a.path && `Path=${a.path}`,
          "expires" in a &&
            (a.expires || 0 === a.expires) &&
            `Expires=${("number" == typeof a.expires ? new Date(a.expires) : a.expires).toUTCString()}`,
          "maxAge" in a && "number" == typeof a.maxAge && `Max-Age=${a.maxAge}`,
          "domain" in a && a.domain && `Domain=${a.domain}`,
          "secure" in a && a.secure && "Secure",
          "httpOnly" in a && a.httpOnly && "HttpOnly",
          "sameSite" in a && a.sameSite && `SameSite=${a.sameSite}`,
          "partitioned" in a && a.partitioned && "Partitioned",
          "priority" in a && a.priority && `Priority=${a.priority}`,
        ].filter(Boolean),
        d = `${a.name}=${encodeURIComponent(null != (b = a.value) ? b : "")}`;
      return 0 === c.length ? d : `${d}; ${c.join("; ")}`;
    }
    function l(a) {
      let b = new Map();
      for (let c of a.split(/; */)) {
        if (!c) continue;
        let a = c.indexOf("=");
        if (-1 === a) {
          b.set(c, "true");
          continue;
        }
        let [d, e] = [c.slice(0, a), c.slice(a + 1)];
        try {
          b.set(d, decodeURIComponent(null != e ? e : "true"));
        } catch {}
      }
      return b;
    }
    function m(a) {
      if (!a) return;
      let [[b, c], ...d] = l(a),
        {
          domain: e,
          expires: f,
          httponly: g,
          maxage: h,
          path: i,
          samesite: j,
          secure: k,
          partitioned: m,
          priority: p,
        } = Object.fromEntries(d.map(([a, b]) => [a.toLowerCase().replace(/-/g, ""), b]));
      {
        var q,
          r,
          s = {
            name: b,
            value: decodeURIComponent(c),
            domain: e,
            ...(f && { expires: new Date(f) }),
            ...(g && { httpOnly: !0 }),
            ...("string" == typeof h && { maxAge: Number(h) }),
            path: i,
            ...(j && { sameSite: n.includes((q = (q = j).toLowerCase())) ? q : void 0 }),
            ...(k && { secure: !0 }),
            ...(p && { priority: o.includes((r = (r = p).toLowerCase())) ? r : void 0 }),
            ...(m && { partitioned: !0 }),
          };
        let a = {};
        for (let b in s) s[b] && (a[b] = s[b]);
        return a;
      }
    }
    b.exports = ((a, b, c) => {
      if ((b && "object" == typeof b) || "function" == typeof b)
        for (let h of f(b))
          g.call(a, h) ||
            void 0 === h ||
            d(a, h, { get: () => b[h], enumerable: !(c = e(b, h)) || c.enumerable });
      return a;
    })(d({}, "__esModule", { value: !0 }), h);
    var n = ["strict", "lax", "none"],
      o = ["low", "medium", "high"],
      p = class {
        constructor(a) {
          ((this._parsed = new Map()), (this._headers = a));
          let b = a.get("cookie");
          if (b) for (let [a, c] of l(b)) this._parsed.set(a, { name: a, value: c });
        }
        [Symbol.iterator]() {
          return this._parsed[Symbol.iterator]();
        }
        get size() {
          return this._parsed.size;
        }
        get(...a) {
          let b = "string" == typeof a[0] ? a[0] : a[0].name;
          return this._parsed.get(b);
        }
        getAll(...a) {
          var b;
          let c = Array.from(this._parsed);
          if (!a.length) return c.map(([a, b]) => b);
          let d = "string" == typeof a[0] ? a[0] : null == (b = a[0]) ? void 0 : b.name;
          return c.filter(([a]) => a === d).map(([a, b]) => b);
        }
        has(a) {
          return this._parsed.has(a);
        }
        set(...a) {
          let [b, c] = 1 === a.length ? [a[0].name, a[0].value] : a,
            d = this._parsed;
          return (
            d.set(b, { name: b, value: c }),
            this._headers.set(
              "cookie",
              Array.from(d)
                .map(([a, b]) => k(b))
                .join("; "),
            ),
            this
          );
        }
        delete(a) {
          let b = this._parsed,
            c = Array.isArray(a) ? a.map((a) => b.delete(a)) : b.delete(a);
          return (
            this._headers.set(
              "cookie",
              Array.from(b)
                .map(([a, b]) => k(b))
                .join("; "),
            ),
            c
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
            .map((a) => `${a.name}=${encodeURIComponent(a.value)}`)
            .join("; ");
        }
      },
      q = class {
        constructor(a) {
          var b, c, d;
          ((this._parsed = new Map()), (this._headers = a));
          let e =
            null !=
            (d =
              null != (c = null == (b = a.getSetCookie) ? void 0 : b.call(a))
                ? c
                : a.get("set-cookie"))
              ? d
              : [];
          for (let a of Array.isArray(e)
            ? e
            : (function (a) {
                if (!a) return [];
                var b,
                  c,
                  d,
                  e,
                  f,
                  g = [],
                  h = 0;
                function i() {
                  for (; h < a.length && /\s/.test(a.charAt(h));) h += 1;
                  return h < a.length;
                }
                for (; h < a.length;) {
                  for (b = h, f = !1; i();)
                    if ("," === (c = a.charAt(h))) {
                      for (
                        d = h, h += 1, i(), e = h;
                        h < a.length && "=" !== (c = a.charAt(h)) && ";" !== c && "," !== c;
                      )
                        h += 1;
                      h < a.length && "=" === a.charAt(h)
                        ? ((f = !0), (h = e), g.push(a.substring(b, d)), (b = h))
                        : (h = d + 1);
                    } else h += 1;
                  (!f || h >= a.length) && g.push(a.substring(b, a.length));
                }
                return g;
              })(e)) {
            let b = m(a);
            b && this._parsed.set(b.name, b);
          }
        }
        get(...a) {
          let b = "string" == typeof a[0] ? a[0] : a[0].name;
          return this._parsed.get(b);
        }
        getAll(...a) {
          var b;
          let c = Array.from(this._parsed.values());
          if (!a.length) return c;
          let d = "string" == typeof a[0] ? a[0] : null == (b = a[0]) ? void 0 : b.name;
          return c.filter((a) => a.name === d);
        }
        has(a) {
          return this._parsed.has(a);
        }
        set(...a) {
          let [b, c, d] = 1 === a.length ? [a[0].name, a[0].value, a[0]] : a,
            e = this._parsed;
          return (
            e.set(
              b,
              (function (a = { name: "", value: "" }) {
                return (
                  "number" == typeof a.expires && (a.expires = new Date(a.expires)),
                  a.maxAge && (a.expires = new Date(Date.now() + 1e3 * a.maxAge)),
                  (null === a.path || void 0 === a.path) && (a.path = "/"),
                  a
                );
              })({ name: b, value: c, ...d }),
            ),
            (function (a, b) {
              for (let [, c] of (b.delete("set-cookie"), a)) {
                let a = k(c);
                b.append("set-cookie", a);
              }
            })(e, this._headers),
            this
          );
        }
        delete(...a) {
          let [b, c] = "string" == typeof a[0] ? [a[0]] : [a[0].name, a[0]];
          return this.set({ ...c, name: b, value: "", expires: new Date(0) });
        }
        [Symbol.for("edge-runtime.inspect.custom")]() {
          return `ResponseCookies ${JSON.stringify(Object.fromEntries(this._parsed))}`;
        }
        toString() {
          return [...this._parsed.values()].map(k).join("; ");
        }
      };
  },
  62562,
  (a, b, c) => {
    (() => {
      "use strict";
      let c, d, e, f, g;
      var h,
        i,
        j,
        k,
        l,
        m,
        n,
        o,
        p,
        q,
        r,
        s,
        t,
        u,
        v,
        w,
        x = {
          912: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.ContextAPI = void 0));
            let d = c(108),
              e = c(221),
              f = c(44),
              g = "context",
              h = new d.NoopContextManager();
            b.ContextAPI = class a {
              static getInstance() {
                return (this._instance || (this._instance = new a()), this._instance);
              }
              setGlobalContextManager(a) {
                return (0, e.registerGlobal)(g, a, f.DiagAPI.instance());
              }
              active() {
                return this._getContextManager().active();
              }
              with(a, b, c, ...d) {
                return this._getContextManager().with(a, b, c, ...d);
              }
              bind(a, b) {
                return this._getContextManager().bind(a, b);
              }
              _getContextManager() {
                return (0, e.getGlobal)(g) || h;
              }
              disable() {
                (this._getContextManager().disable(),
                  (0, e.unregisterGlobal)(g, f.DiagAPI.instance()));
              }
            };
          },
          44: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.DiagAPI = void 0));
            let d = c(757),
              e = c(412),
              f = c(711),
              g = c(221);
            b.DiagAPI = class a {
              constructor() {
                function a(a) {
                  return function (...b) {
                    let c = (0, g.getGlobal)("diag");
                    if (c) return c[a](...b);
                  };
                }
                let b = this;
                ((b.setLogger = (a, c = { logLevel: f.DiagLogLevel.INFO }) => {
                  var d, h, i;
                  if (a === b) {
                    let a = Error(
                      "Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation",
                    );
                    return (b.error(null != (d = a.stack) ? d : a.message), !1);
                  }
                  "number" == typeof c && (c = { logLevel: c });
                  let j = (0, g.getGlobal)("diag"),
                    k = (0, e.createLogLevelDiagLogger)(
                      null != (h = c.logLevel) ? h : f.DiagLogLevel.INFO,
                      a,
                    );
                  if (j && !c.suppressOverrideMessage) {
                    let a = null != (i = Error().stack) ? i : "<failed to generate stacktrace>";
                    (j.warn(`Current logger will be overwritten from ${a}`),
                      k.warn(`Current logger will overwrite one already registered from ${a}`));
                  }
                  return (0, g.registerGlobal)("diag", k, b, !0);
                }),
                  (b.disable = () => {
                    (0, g.unregisterGlobal)("diag", b);
                  }),
                  (b.createComponentLogger = (a) => new d.DiagComponentLogger(a)),
                  (b.verbose = a("verbose")),
                  (b.debug = a("debug")),
                  (b.info = a("info")),
                  (b.warn = a("warn")),
                  (b.error = a("error")));
              }
              static instance() {
                return (this._instance || (this._instance = new a()), this._instance);
              }
            };
          },
          262: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.MetricsAPI = void 0));
            let d = c(586),
              e = c(221),
              f = c(44),
              g = "metrics";
            b.MetricsAPI = class a {
              static getInstance() {
                return (this._instance || (this._instance = new a()), this._instance);
              }
              setGlobalMeterProvider(a) {
                return (0, e.registerGlobal)(g, a, f.DiagAPI.instance());
              }
              getMeterProvider() {
                return (0, e.getGlobal)(g) || d.NOOP_METER_PROVIDER;
              }
              getMeter(a, b, c) {
                return this.getMeterProvider().getMeter(a, b, c);
              }
              disable() {
                (0, e.unregisterGlobal)(g, f.DiagAPI.instance());
              }
            };
          },
          25: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.PropagationAPI = void 0));
            let d = c(221),
              e = c(19),
              f = c(92),
              g = c(398),
              h = c(504),
              i = c(44),
              j = "propagation",
              k = new e.NoopTextMapPropagator();
            b.PropagationAPI = class a {
              constructor() {
                ((this.createBaggage = h.createBaggage),
                  (this.getBaggage = g.getBaggage),
                  (this.getActiveBaggage = g.getActiveBaggage),
                  (this.setBaggage = g.setBaggage),
                  (this.deleteBaggage = g.deleteBaggage));
              }
              static getInstance() {
                return (this._instance || (this._instance = new a()), this._instance);
              }
              setGlobalPropagator(a) {
                return (0, d.registerGlobal)(j, a, i.DiagAPI.instance());
              }
              inject(a, b, c = f.defaultTextMapSetter) {
                return this._getGlobalPropagator().inject(a, b, c);
              }
              extract(a, b, c = f.defaultTextMapGetter) {
                return this._getGlobalPropagator().extract(a, b, c);
              }
              fields() {
                return this._getGlobalPropagator().fields();
              }
              disable() {
                (0, d.unregisterGlobal)(j, i.DiagAPI.instance());
              }
              _getGlobalPropagator() {
                return (0, d.getGlobal)(j) || k;
              }
            };
          },
          397: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.TraceAPI = void 0));
            let d = c(221),
              e = c(498),
              f = c(477),
              g = c(793),
              h = c(44),
              i = "trace";
            b.TraceAPI = class a {
              constructor() {
                ((this._proxyTracerProvider = new e.ProxyTracerProvider()),
                  (this.wrapSpanContext = f.wrapSpanContext),
                  (this.isSpanContextValid = f.isSpanContextValid),
                  (this.deleteSpan = g.deleteSpan),
                  (this.getSpan = g.getSpan),
                  (this.getActiveSpan = g.getActiveSpan),
                  (this.getSpanContext = g.getSpanContext),
                  (this.setSpan = g.setSpan),
                  (this.setSpanContext = g.setSpanContext));
              }
              static getInstance() {
                return (this._instance || (this._instance = new a()), this._instance);
              }
              setGlobalTracerProvider(a) {
                let b = (0, d.registerGlobal)(i, this._proxyTracerProvider, h.DiagAPI.instance());
                return (b && this._proxyTracerProvider.setDelegate(a), b);
              }
              getTracerProvider() {
                return (0, d.getGlobal)(i) || this._proxyTracerProvider;
              }
              getTracer(a, b) {
                return this.getTracerProvider().getTracer(a, b);
              }
              disable() {
                ((0, d.unregisterGlobal)(i, h.DiagAPI.instance()),
                  (this._proxyTracerProvider = new e.ProxyTracerProvider()));
              }
            };
          },
          398: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.deleteBaggage = b.setBaggage = b.getActiveBaggage = b.getBaggage = void 0));
            let d = c(912),
              e = (0, c(23).createContextKey)("OpenTelemetry Baggage Key");
            function f(a) {
              return a.getValue(e) || void 0;
            }
            ((b.getBaggage = f),
              (b.getActiveBaggage = function () {
                return f(d.ContextAPI.getInstance().active());
              }),
              (b.setBaggage = function (a, b) {
                return a.setValue(e, b);
              }),
              (b.deleteBaggage = function (a) {
                return a.deleteValue(e);
              }));
          },
          152: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.BaggageImpl = void 0),
              (b.BaggageImpl = class a {
                constructor(a) {
                  this._entries = a ? new Map(a) : new Map();
                }
                getEntry(a) {
                  let b = this._entries.get(a);
                  if (b) return Object.assign({}, b);
                }
                getAllEntries() {
                  return Array.from(this._entries.entries()).map(([a, b]) => [a, b]);
                }
                setEntry(b, c) {
                  let d = new a(this._entries);
                  return (d._entries.set(b, c), d);
                }
                removeEntry(b) {
                  let c = new a(this._entries);
                  return (c._entries.delete(b), c);
                }
                removeEntries(...b) {
                  let c = new a(this._entries);
                  for (let a of b) c._entries.delete(a);
                  return c;
                }
                clear() {
                  return new a();
                }
              }));
          },
          647: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.baggageEntryMetadataSymbol = void 0),
              (b.baggageEntryMetadataSymbol = Symbol("BaggageEntryMetadata")));
          },
          504: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.baggageEntryMetadataFromString = b.createBaggage = void 0));
            let d = c(44),
              e = c(152),
              f = c(647),
              g = d.DiagAPI.instance();
            ((b.createBaggage = function (a = {}) {
              return new e.BaggageImpl(new Map(Object.entries(a)));
            }),
              (b.baggageEntryMetadataFromString = function (a) {
                return (
                  "string" != typeof a &&
                    (g.error(`Cannot create baggage metadata from unknown type: ${typeof a}`),
                    (a = "")),
                  { __TYPE__: f.baggageEntryMetadataSymbol, toString: () => a }
                );
              }));
          },
          778: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.context = void 0),
              (b.context = c(912).ContextAPI.getInstance()));
          },
          108: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.NoopContextManager = void 0));
            let d = c(23);
            b.NoopContextManager = class {
              active() {
                return d.ROOT_CONTEXT;
              }
              with(a, b, c, ...d) {
                return b.call(c, ...d);
              }
              bind(a, b) {
                return b;
              }
              enable() {
                return this;
              }
              disable() {
                return this;
              }
            };
          },
          23: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.ROOT_CONTEXT = b.createContextKey = void 0),
              (b.createContextKey = function (a) {
                return Symbol.for(a);
              }),
              (b.ROOT_CONTEXT = new (class a {
                constructor(b) {
                  let c = this;
                  ((c._currentContext = b ? new Map(b) : new Map()),
                    (c.getValue = (a) => c._currentContext.get(a)),
                    (c.setValue = (b, d) => {
                      let e = new a(c._currentContext);
                      return (e._currentContext.set(b, d), e);
                    }),
                    (c.deleteValue = (b) => {
                      let d = new a(c._currentContext);
                      return (d._currentContext.delete(b), d);
                    }));
                }
              })()));
          },
          304: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.diag = void 0),
              (b.diag = c(44).DiagAPI.instance()));
          },
          757: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.DiagComponentLogger = void 0));
            let d = c(221);
            function e(a, b, c) {
              let e = (0, d.getGlobal)("diag");
              if (e) return (c.unshift(b), e[a](...c));
            }
            b.DiagComponentLogger = class {
              constructor(a) {
                this._namespace = a.namespace || "DiagComponentLogger";
              }
              debug(...a) {
                return e("debug", this._namespace, a);
              }
              error(...a) {
                return e("error", this._namespace, a);
              }
              info(...a) {
                return e("info", this._namespace, a);
              }
              warn(...a) {
                return e("warn", this._namespace, a);
              }
              verbose(...a) {
                return e("verbose", this._namespace, a);
              }
            };
          },
          83: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.DiagConsoleLogger = void 0));
            let c = [
              { n: "error", c: "error" },
              { n: "warn", c: "warn" },
              { n: "info", c: "info" },
              { n: "debug", c: "debug" },
              { n: "verbose", c: "trace" },
            ];
            b.DiagConsoleLogger = class {
              constructor() {
                for (let a = 0; a < c.length; a++)
                  this[c[a].n] = (function (a) {
                    return function (...b) {
                      if (console) {
                        let c = console[a];
                        if (("function" != typeof c && (c = console.log), "function" == typeof c))
                          return c.apply(console, b);
                      }
                    };
                  })(c[a].c);
              }
            };
          },
          412: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.createLogLevelDiagLogger = void 0));
            let d = c(711);
            b.createLogLevelDiagLogger = function (a, b) {
              function c(c, d) {
                let e = b[c];
                return "function" == typeof e && a >= d ? e.bind(b) : function () {};
              }
              return (
                a < d.DiagLogLevel.NONE
                  ? (a = d.DiagLogLevel.NONE)
                  : a > d.DiagLogLevel.ALL && (a = d.DiagLogLevel.ALL),
                (b = b || {}),
                {
                  error: c("error", d.DiagLogLevel.ERROR),
                  warn: c("warn", d.DiagLogLevel.WARN),
                  info: c("info", d.DiagLogLevel.INFO),
                  debug: c("debug", d.DiagLogLevel.DEBUG),
                  verbose: c("verbose", d.DiagLogLevel.VERBOSE),
                }
              );
            };
          },
          711: (a, b) => {
            var c;
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.DiagLogLevel = void 0),
              ((c = b.DiagLogLevel || (b.DiagLogLevel = {}))[(c.NONE = 0)] = "NONE"),
              (c[(c.ERROR = 30)] = "ERROR"),
              (c[(c.WARN = 50)] = "WARN"),
              (c[(c.INFO = 60)] = "INFO"),
              (c[(c.DEBUG = 70)] = "DEBUG"),
              (c[(c.VERBOSE = 80)] = "VERBOSE"),
              (c[(c.ALL = 9999)] = "ALL"));
          },
          221: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.unregisterGlobal = b.getGlobal = b.registerGlobal = void 0));
            let d = c(678),
              e = c(652),
              f = c(662),
              g = e.VERSION.split(".")[0],
              h = Symbol.for(`opentelemetry.js.api.${g}`),
              i = d._globalThis;
            ((b.registerGlobal = function (a, b, c, d = !1) {
              var f;
              let g = (i[h] = null != (f = i[h]) ? f : { version: e.VERSION });
              if (!d && g[a]) {
                let b = Error(`@opentelemetry/api: Attempted duplicate registration of API: ${a}`);
                return (c.error(b.stack || b.message), !1);
              }
              if (g.version !== e.VERSION) {
                let b = Error(
                  `@opentelemetry/api: Registration of version v${g.version} for ${a} does not match previously registered API v${e.VERSION}`,
                );
                return (c.error(b.stack || b.message), !1);
              }
              return (
                (g[a] = b),
                c.debug(`@opentelemetry/api: Registered a global for ${a} v${e.VERSION}.`),
                !0
              );
            }),
              (b.getGlobal = function (a) {
                var b, c;
                let d = null == (b = i[h]) ? void 0 : b.version;
                if (d && (0, f.isCompatible)(d)) return null == (c = i[h]) ? void 0 : c[a];
              }),
              (b.unregisterGlobal = function (a, b) {
                b.debug(`@opentelemetry/api: Unregistering a global for ${a} v${e.VERSION}.`);
                let c = i[h];
                c && delete c[a];
              }));
          },
          662: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.isCompatible = b._makeCompatibilityCheck = void 0));
            let d = c(652),
              e = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
            function f(a) {
              let b = new Set([a]),
                c = new Set(),
                d = a.match(e);
              if (!d) return () => !1;
              let f = { major: +d[1], minor: +d[2], patch: +d[3], prerelease: d[4] };
              if (null != f.prerelease)
                return function (b) {
                  return b === a;
                };
              function g(a) {
                return (c.add(a), !1);
              }
              return function (a) {
                if (b.has(a)) return !0;
                if (c.has(a)) return !1;
                let d = a.match(e);
                if (!d) return g(a);
                let h = { major: +d[1], minor: +d[2], patch: +d[3], prerelease: d[4] };
                if (null != h.prerelease || f.major !== h.major) return g(a);
                if (0 === f.major)
                  return f.minor === h.minor && f.patch <= h.patch ? (b.add(a), !0) : g(a);
                return f.minor <= h.minor ? (b.add(a), !0) : g(a);
              };
            }
            ((b._makeCompatibilityCheck = f), (b.isCompatible = f(d.VERSION)));
          },
          120: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.metrics = void 0),
              (b.metrics = c(262).MetricsAPI.getInstance()));
          },
          532: (a, b) => {
            var c;
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.ValueType = void 0),
              ((c = b.ValueType || (b.ValueType = {}))[(c.INT = 0)] = "INT"),
              (c[(c.DOUBLE = 1)] = "DOUBLE"));
          },
          440: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.createNoopMeter =
                b.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC =
                b.NOOP_OBSERVABLE_GAUGE_METRIC =
                b.NOOP_OBSERVABLE_COUNTER_METRIC =
                b.NOOP_UP_DOWN_COUNTER_METRIC =
                b.NOOP_HISTOGRAM_METRIC =
                b.NOOP_COUNTER_METRIC =
                b.NOOP_METER =
                b.NoopObservableUpDownCounterMetric =
                b.NoopObservableGaugeMetric =
                b.NoopObservableCounterMetric =
                b.NoopObservableMetric =
                b.NoopHistogramMetric =
                b.NoopUpDownCounterMetric =
                b.NoopCounterMetric =
                b.NoopMetric =
                b.NoopMeter =
                  void 0));
            class c {
              createHistogram(a, c) {
                return b.NOOP_HISTOGRAM_METRIC;
              }
              createCounter(a, c) {
                return b.NOOP_COUNTER_METRIC;
              }
              createUpDownCounter(a, c) {
                return b.NOOP_UP_DOWN_COUNTER_METRIC;
              }
              createObservableGauge(a, c) {
                return b.NOOP_OBSERVABLE_GAUGE_METRIC;
              }
              createObservableCounter(a, c) {
                return b.NOOP_OBSERVABLE_COUNTER_METRIC;
              }
              createObservableUpDownCounter(a, c) {
                return b.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
              }
              addBatchObservableCallback(a, b) {}
              removeBatchObservableCallback(a) {}
            }
            b.NoopMeter = c;
            class d {}
            b.NoopMetric = d;
            class e extends d {
              add(a, b) {}
            }
            b.NoopCounterMetric = e;
            class f extends d {
              add(a, b) {}
            }
            b.NoopUpDownCounterMetric = f;
            class g extends d {
              record(a, b) {}
            }
            b.NoopHistogramMetric = g;
            class h {
              addCallback(a) {}
              removeCallback(a) {}
            }
            b.NoopObservableMetric = h;
            class i extends h {}
            b.NoopObservableCounterMetric = i;
            class j extends h {}
            b.NoopObservableGaugeMetric = j;
            class k extends h {}
            ((b.NoopObservableUpDownCounterMetric = k),
              (b.NOOP_METER = new c()),
              (b.NOOP_COUNTER_METRIC = new e()),
              (b.NOOP_HISTOGRAM_METRIC = new g()),
              (b.NOOP_UP_DOWN_COUNTER_METRIC = new f()),
              (b.NOOP_OBSERVABLE_COUNTER_METRIC = new i()),
              (b.NOOP_OBSERVABLE_GAUGE_METRIC = new j()),
              (b.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new k()),
              (b.createNoopMeter = function () {
                return b.NOOP_METER;
              }));
          },
          586: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.NOOP_METER_PROVIDER = b.NoopMeterProvider = void 0));
            let d = c(440);
            class e {
              getMeter(a, b, c) {
                return d.NOOP_METER;
              }
            }
            ((b.NoopMeterProvider = e), (b.NOOP_METER_PROVIDER = new e()));
          },
          678: function (a, b, c) {
            var d =
                (this && this.__createBinding) ||
                (Object.create
                  ? function (a, b, c, d) {
                      (void 0 === d && (d = c),
                        Object.defineProperty(a, d, {
                          enumerable: !0,
                          get: function () {
                            return b[c];
                          },
                        }));
                    }
                  : function (a, b, c, d) {
                      (void 0 === d && (d = c), (a[d] = b[c]));
                    }),
              e =
                (this && this.__exportStar) ||
                function (a, b) {
                  for (var c in a)
                    "default" === c || Object.prototype.hasOwnProperty.call(b, c) || d(b, a, c);
                };
            (Object.defineProperty(b, "__esModule", { value: !0 }), e(c(59), b));
          },
          460: (b, c) => {
            (Object.defineProperty(c, "__esModule", { value: !0 }),
              (c._globalThis = void 0),
              (c._globalThis = "object" == typeof globalThis ? globalThis : a.g));
          },
          59: function (a, b, c) {
            var d =
                (this && this.__createBinding) ||
                (Object.create
                  ? function (a, b, c, d) {
                      (void 0 === d && (d = c),
                        Object.defineProperty(a, d, {
                          enumerable: !0,
                          get: function () {
                            return b[c];
                          },
                        }));
                    }
                  : function (a, b, c, d) {
                      (void 0 === d && (d = c), (a[d] = b[c]));
                    }),
              e =
                (this && this.__exportStar) ||
                function (a, b) {
                  for (var c in a)
                    "default" === c || Object.prototype.hasOwnProperty.call(b, c) || d(b, a, c);
                };
            (Object.defineProperty(b, "__esModule", { value: !0 }), e(c(460), b));
          },
          27: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.propagation = void 0),
              (b.propagation = c(25).PropagationAPI.getInstance()));
          },
          19: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.NoopTextMapPropagator = void 0),
              (b.NoopTextMapPropagator = class {
                inject(a, b) {}
                extract(a, b) {
                  return a;
                }
                fields() {
                  return [];
                }
              }));
          },
          92: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.defaultTextMapSetter = b.defaultTextMapGetter = void 0),
              (b.defaultTextMapGetter = {
                get(a, b) {
                  if (null != a) return a[b];
                },
                keys: (a) => (null == a ? [] : Object.keys(a)),
              }),
              (b.defaultTextMapSetter = {
                set(a, b, c) {
                  null != a && (a[b] = c);
                },
              }));
          },
          816: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.trace = void 0),
              (b.trace = c(397).TraceAPI.getInstance()));
          },
          374: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.NonRecordingSpan = void 0));
            let d = c(546);
            b.NonRecordingSpan = class {
              constructor(a = d.INVALID_SPAN_CONTEXT) {
                this._spanContext = a;
              }
              spanContext() {
                return this._spanContext;
              }
              setAttribute(a, b) {
                return this;
              }
              setAttributes(a) {
                return this;
              }
              addEvent(a, b) {
                return this;
              }
              setStatus(a) {
                return this;
              }
              updateName(a) {
                return this;
              }
              end(a) {}
              isRecording() {
                return !1;
              }
              recordException(a, b) {}
            };
          },
          637: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.NoopTracer = void 0));
            let d = c(912),
              e = c(793),
              f = c(374),
              g = c(477),
              h = d.ContextAPI.getInstance();
            b.NoopTracer = class {
              startSpan(a, b, c = h.active()) {
                var d;
                if (null == b ? void 0 : b.root) return new f.NonRecordingSpan();
                let i = c && (0, e.getSpanContext)(c);
                return "object" == typeof (d = i) &&
                  "string" == typeof d.spanId &&
                  "string" == typeof d.traceId &&
                  "number" == typeof d.traceFlags &&
                  (0, g.isSpanContextValid)(i)
                  ? new f.NonRecordingSpan(i)
                  : new f.NonRecordingSpan();
              }
              startActiveSpan(a, b, c, d) {
                let f, g, i;
                if (arguments.length < 2) return;
                2 == arguments.length
                  ? (i = b)
                  : 3 == arguments.length
                    ? ((f = b), (i = c))
                    : ((f = b), (g = c), (i = d));
                let j = null != g ? g : h.active(),
                  k = this.startSpan(a, f, j),
                  l = (0, e.setSpan)(j, k);
                return h.with(l, i, void 0, k);
              }
            };
          },
          76: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.NoopTracerProvider = void 0));
            let d = c(637);
            b.NoopTracerProvider = class {
              getTracer(a, b, c) {
                return new d.NoopTracer();
              }
            };
          },
          779: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.ProxyTracer = void 0));
            let d = new (c(637).NoopTracer)();
            b.ProxyTracer = class {
              constructor(a, b, c, d) {
                ((this._provider = a), (this.name = b), (this.version = c), (this.options = d));
              }
              startSpan(a, b, c) {
                return this._getTracer().startSpan(a, b, c);
              }
              startActiveSpan(a, b, c, d) {
                let e = this._getTracer();
                return Reflect.apply(e.startActiveSpan, e, arguments);
              }
              _getTracer() {
                if (this._delegate) return this._delegate;
                let a = this._provider.getDelegateTracer(this.name, this.version, this.options);
                return a ? ((this._delegate = a), this._delegate) : d;
              }
            };
          },
          498: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.ProxyTracerProvider = void 0));
            let d = c(779),
              e = new (c(76).NoopTracerProvider)();
            b.ProxyTracerProvider = class {
              getTracer(a, b, c) {
                var e;
                return null != (e = this.getDelegateTracer(a, b, c))
                  ? e
                  : new d.ProxyTracer(this, a, b, c);
              }
              getDelegate() {
                var a;
                return null != (a = this._delegate) ? a : e;
              }
              setDelegate(a) {
                this._delegate = a;
              }
              getDelegateTracer(a, b, c) {
                var d;
                return null == (d = this._delegate) ? void 0 : d.getTracer(a, b, c);
              }
            };
          },
          312: (a, b) => {
            var c;
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.SamplingDecision = void 0),
              ((c = b.SamplingDecision || (b.SamplingDecision = {}))[(c.NOT_RECORD = 0)] =
                "NOT_RECORD"),
              (c[(c.RECORD = 1)] = "RECORD"),
              (c[(c.RECORD_AND_SAMPLED = 2)] = "RECORD_AND_SAMPLED"));
          },
          793: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.getSpanContext =
                b.setSpanContext =
                b.deleteSpan =
                b.setSpan =
                b.getActiveSpan =
                b.getSpan =
                  void 0));
            let d = c(23),
              e = c(374),
              f = c(912),
              g = (0, d.createContextKey)("OpenTelemetry Context Key SPAN");
            function h(a) {
              return a.getValue(g) || void 0;
            }
            function i(a, b) {
              return a.setValue(g, b);
            }
            ((b.getSpan = h),
              (b.getActiveSpan = function () {
                return h(f.ContextAPI.getInstance().active());
              }),
              (b.setSpan = i),
              (b.deleteSpan = function (a) {
                return a.deleteValue(g);
              }),
              (b.setSpanContext = function (a, b) {
                return i(a, new e.NonRecordingSpan(b));
              }),
              (b.getSpanContext = function (a) {
                var b;
                return null == (b = h(a)) ? void 0 : b.spanContext();
              }));
          },
          285: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.TraceStateImpl = void 0));
            let d = c(240);
            b.TraceStateImpl = class a {
              constructor(a) {
                ((this._internalState = new Map()), a && this._parse(a));
              }
              set(a, b) {
                let c = this._clone();
                return (
                  c._internalState.has(a) && c._internalState.delete(a),
                  c._internalState.set(a, b),
                  c
                );
              }
              unset(a) {
                let b = this._clone();
                return (b._internalState.delete(a), b);
              }
              get(a) {
                return this._internalState.get(a);
              }
              serialize() {
                return this._keys()
                  .reduce((a, b) => (a.push(b + "=" + this.get(b)), a), [])
                  .join(",");
              }
              _parse(a) {
                !(a.length > 512) &&
                  ((this._internalState = a
                    .split(",")
                    .reverse()
                    .reduce((a, b) => {
                      let c = b.trim(),
                        e = c.indexOf("=");
                      if (-1 !== e) {
                        let f = c.slice(0, e),
                          g = c.slice(e + 1, b.length);
                        (0, d.validateKey)(f) && (0, d.validateValue)(g) && a.set(f, g);
                      }
                      return a;
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
                let b = new a();
                return ((b._internalState = new Map(this._internalState)), b);
              }
            };
          },
          240: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.validateValue = b.validateKey = void 0));
            let c = "[_0-9a-z-*/]",
              d = `[a-z]${c}{0,255}`,
              e = `[a-z0-9]${c}{0,240}@[a-z]${c}{0,13}`,
              f = RegExp(`^(?:${d}|${e})$`),
              g = /^[ -~]{0,255}[!-~]$/,
              h = /,|=/;
            ((b.validateKey = function (a) {
              return f.test(a);
            }),
              (b.validateValue = function (a) {
                return g.test(a) && !h.test(a);
              }));
          },
          87: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }), (b.createTraceState = void 0));
            let d = c(285);
            b.createTraceState = function (a) {
              return new d.TraceStateImpl(a);
            };
          },
          546: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.INVALID_SPAN_CONTEXT = b.INVALID_TRACEID = b.INVALID_SPANID = void 0));
            let d = c(731);
            ((b.INVALID_SPANID = "0000000000000000"),
              (b.INVALID_TRACEID = "00000000000000000000000000000000"),
              (b.INVALID_SPAN_CONTEXT = {
                traceId: b.INVALID_TRACEID,
                spanId: b.INVALID_SPANID,
                traceFlags: d.TraceFlags.NONE,
              }));
          },
          613: (a, b) => {
            var c;
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.SpanKind = void 0),
              ((c = b.SpanKind || (b.SpanKind = {}))[(c.INTERNAL = 0)] = "INTERNAL"),
              (c[(c.SERVER = 1)] = "SERVER"),
              (c[(c.CLIENT = 2)] = "CLIENT"),
              (c[(c.PRODUCER = 3)] = "PRODUCER"),
              (c[(c.CONSUMER = 4)] = "CONSUMER"));
          },
          477: (a, b, c) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.wrapSpanContext =
                b.isSpanContextValid =
                b.isValidSpanId =
                b.isValidTraceId =
                  void 0));
            let d = c(546),
              e = c(374),
              f = /^([0-9a-f]{32})$/i,
              g = /^[0-9a-f]{16}$/i;
            function h(a) {
              return f.test(a) && a !== d.INVALID_TRACEID;
            }
            function i(a) {
              return g.test(a) && a !== d.INVALID_SPANID;
            }
            ((b.isValidTraceId = h),
              (b.isValidSpanId = i),
              (b.isSpanContextValid = function (a) {
                return h(a.traceId) && i(a.spanId);
              }),
              (b.wrapSpanContext = function (a) {
                return new e.NonRecordingSpan(a);
              }));
          },
          854: (a, b) => {
            var c;
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.SpanStatusCode = void 0),
              ((c = b.SpanStatusCode || (b.SpanStatusCode = {}))[(c.UNSET = 0)] = "UNSET"),
              (c[(c.OK = 1)] = "OK"),
              (c[(c.ERROR = 2)] = "ERROR"));
          },
          731: (a, b) => {
            var c;
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.TraceFlags = void 0),
              ((c = b.TraceFlags || (b.TraceFlags = {}))[(c.NONE = 0)] = "NONE"),
              (c[(c.SAMPLED = 1)] = "SAMPLED"));
          },
          652: (a, b) => {
            (Object.defineProperty(b, "__esModule", { value: !0 }),
              (b.VERSION = void 0),
              (b.VERSION = "1.6.0"));
          },
        },
        y = {};
      function z(a) {
        var b = y[a];
        if (void 0 !== b) return b.exports;
        var c = (y[a] = { exports: {} }),
          d = !0;
        try {
          (x[a].call(c.exports, c, c.exports, z), (d = !1));
        } finally {
          d && delete y[a];
        }
        return c.exports;
      }
      z.ab = "/ROOT/node_modules/next/dist/compiled/@opentelemetry/api/";
      var A = {};
      (Object.defineProperty(A, "__esModule", { value: !0 }),
        (A.trace =
          A.propagation =
          A.metrics =
          A.diag =
          A.context =
          A.INVALID_SPAN_CONTEXT =
          A.INVALID_TRACEID =
          A.INVALID_SPANID =
          A.isValidSpanId =
          A.isValidTraceId =
          A.isSpanContextValid =
          A.createTraceState =
          A.TraceFlags =
          A.SpanStatusCode =
          A.SpanKind =
          A.SamplingDecision =
          A.ProxyTracerProvider =
          A.ProxyTracer =
          A.defaultTextMapSetter =
          A.defaultTextMapGetter =
          A.ValueType =
          A.createNoopMeter =
          A.DiagLogLevel =
          A.DiagConsoleLogger =
          A.ROOT_CONTEXT =
          A.createContextKey =
          A.baggageEntryMetadataFromString =
            void 0),
        (h = z(504)),
        Object.defineProperty(A, "baggageEntryMetadataFromString", {
          enumerable: !0,
          get: function () {
            return h.baggageEntryMetadataFromString;
          },
        }),
        (i = z(23)),
        Object.defineProperty(A, "createContextKey", {
          enumerable: !0,
          get: function () {
            return i.createContextKey;
          },
        }),
        Object.defineProperty(A, "ROOT_CONTEXT", {
          enumerable: !0,
          get: function () {
            return i.ROOT_CONTEXT;
          },
        }),
        (j = z(83)),
        Object.defineProperty(A, "DiagConsoleLogger", {
          enumerable: !0,
          get: function () {
            return j.DiagConsoleLogger;
          },
        }),
        (k = z(711)),
        Object.defineProperty(A, "DiagLogLevel", {
          enumerable: !0,
          get: function () {
            return k.DiagLogLevel;
          },
        }),
        (l = z(440)),
        Object.defineProperty(A, "createNoopMeter", {
          enumerable: !0,
          get: function () {
            return l.createNoopMeter;
          },
        }),
        (m = z(532)),
        Object.defineProperty(A, "ValueType", {
          enumerable: !0,
          get: function () {
            return m.ValueType;
          },
        }),
        (n = z(92)),
        Object.defineProperty(A, "defaultTextMapGetter", {
          enumerable: !0,
          get: function () {
            return n.defaultTextMapGetter;
          },
        }),
        Object.defineProperty(A, "defaultTextMapSetter", {
          enumerable: !0,
          get: function () {
            return n.defaultTextMapSetter;
          },
        }),
        (o = z(779)),
        Object.defineProperty(A, "ProxyTracer", {
          enumerable: !0,
          get: function () {
            return o.ProxyTracer;
          },
        }),
        (p = z(498)),
        Object.defineProperty(A, "ProxyTracerProvider", {
          enumerable: !0,
          get: function () {
            return p.ProxyTracerProvider;
          },
        }),
        (q = z(312)),
        Object.defineProperty(A, "SamplingDecision", {
          enumerable: !0,
          get: function () {
            return q.SamplingDecision;
          },
        }),
        (r = z(613)),
        Object.defineProperty(A, "SpanKind", {
          enumerable: !0,
          get: function () {
            return r.SpanKind;
          },
        }),
        (s = z(854)),
        Object.defineProperty(A, "SpanStatusCode", {
          enumerable: !0,
          get: function () {
            return s.SpanStatusCode;
          },
        }),
        (t = z(731)),
        Object.defineProperty(A, "TraceFlags", {
          enumerable: !0,
          get: function () {
            return t.TraceFlags;
          },
        }),
        (u = z(87)),
        Object.defineProperty(A, "createTraceState", {
          enumerable: !0,
          get: function () {
            return u.createTraceState;
          },
        }),
        (v = z(477)),
        Object.defineProperty(A, "isSpanContextValid", {
          enumerable: !0,
          get: function () {
            return v.isSpanContextValid;
          },
        }),
        Object.defineProperty(A, "isValidTraceId", {
          enumerable: !0,
          get: function () {
            return v.isValidTraceId;
          },
        }),
        Object.defineProperty(A, "isValidSpanId", {
          enumerable: !0,
          get: function () {
            return v.isValidSpanId;
          },
        }),
        (w = z(546)),
        Object.defineProperty(A, "INVALID_SPANID", {
          enumerable: !0,
          get: function () {
            return w.INVALID_SPANID;
          },
        }),
        Object.defineProperty(A, "INVALID_TRACEID", {
          enumerable: !0,
          get: function () {
            return w.INVALID_TRACEID;
          },
        }),
        Object.defineProperty(A, "INVALID_SPAN_CONTEXT", {
          enumerable: !0,
          get: function () {
            return w.INVALID_SPAN_CONTEXT;
          },
        }),
        (c = z(778)),
        Object.defineProperty(A, "context", {
          enumerable: !0,
          get: function () {
            return c.context;
          },
        }),
        (d = z(304)),
        Object.defineProperty(A, "diag", {
          enumerable: !0,
          get: function () {
            return d.diag;
          },
        }),
        (e = z(120)),
        Object.defineProperty(A, "metrics", {
          enumerable: !0,
          get: function () {
            return e.metrics;
          },
        }),
        (f = z(27)),
        Object.defineProperty(A, "propagation", {
          enumerable: !0,
          get: function () {
            return f.propagation;
          },
        }),
        (g = z(816)),
        Object.defineProperty(A, "trace", {
          enumerable: !0,
          get: function () {
            return g.trace;
          },
        }),
        (A.default = {
          context: c.context,
          diag: d.diag,
          metrics: e.metrics,
          propagation: f.propagation,
          trace: g.trace,
        }),
        (b.exports = A));
    })();
  },
  20460,
  (a, b, c) => {
    (() => {
      "use strict";
      "u" > typeof __nccwpck_require__ &&
        (__nccwpck_require__.ab = "/ROOT/node_modules/next/dist/compiled/cookie/");
      var a,
        c,
        d,
        e,
        f = {};
      ((f.parse = function (b, c) {
        if ("string" != typeof b) throw TypeError("argument str must be a string");
        for (var e = {}, f = b.split(d), g = (c || {}).decode || a, h = 0; h < f.length; h++) {
          var i = f[h],
            j = i.indexOf("=");
          if (!(j < 0)) {
            var k = i.substr(0, j).trim(),
              l = i.substr(++j, i.length).trim();
            ('"' == l[0] && (l = l.slice(1, -1)),
              void 0 == e[k] &&
                (e[k] = (function (a, b) {
                  try {
                    return b(a);
                  } catch (b) {
                    return a;
                  }
                })(l, g)));
          }
        }
        return e;
      }),
        (f.serialize = function (a, b, d) {
          var f = d || {},
            g = f.encode || c;
          if ("function" != typeof g) throw TypeError("option encode is invalid");
          if (!e.test(a)) throw TypeError("argument name is invalid");
          var h = g(b);
          if (h && !e.test(h)) throw TypeError("argument val is invalid");
          var i = a + "=" + h;
          if (null != f.maxAge) {
            var j = f.maxAge - 0;
            if (isNaN(j) || !isFinite(j)) throw TypeError("option maxAge is invalid");
            i += "; Max-Age=" + Math.floor(j);
          }
          if (f.domain) {
            if (!e.test(f.domain)) throw TypeError("option domain is invalid");
            i += "; Domain=" + f.domain;
          }
          if (f.path) {
            if (!e.test(f.path)) throw TypeError("option path is invalid");
            i += "; Path=" + f.path;
          }
          if (f.expires) {
            if ("function" != typeof f.expires.toUTCString)
              throw TypeError("option expires is invalid");
            i += "; Expires=" + f.expires.toUTCString();
          }
          if ((f.httpOnly && (i += "; HttpOnly"), f.secure && (i += "; Secure"), f.sameSite))
            switch ("string" == typeof f.sameSite ? f.sameSite.toLowerCase() : f.sameSite) {
              case !0:
              case "strict":
                i += "; SameSite=Strict";
                break;
              case "lax":
                i += "; SameSite=Lax";
                break;
              case "none":
                i += "; SameSite=None";
                break;
              default:
                throw TypeError("option sameSite is invalid");
            }
          return i;
        }),
        (a = decodeURIComponent),
        (c = encodeURIComponent),
        (d = /; */),
        (e = /^[\u0009\u0020-\u007e\u0080-\u00ff]+$/),
        (b.exports = f));
    })();
  },
  19026,
  (a, b, c) => {
    (() => {
      "use strict";
      var a = {
          928: (a) => {
            var b = /(?:^|,)\s*?no-cache\s*?(?:,|$)/;
            function c(a) {
              var b = a && Date.parse(a);
              return "number" == typeof b ? b : 0 / 0;
            }
            a.exports = function (a, d) {
              var e = a["if-modified-since"],
                f = a["if-none-match"];
              if (!e && !f) return !1;
              var g = a["cache-control"];
              if (g && b.test(g)) return !1;
              if (f && "*" !== f) {
                var h = d.etag;
                if (!h) return !1;
                for (
                  var i = !0,
                    j = (function (a) {
                      for (var b = 0, c = [], d = 0, e = 0, f = a.length; e < f; e++)
                        switch (a.charCodeAt(e)) {
                          case 32:
                            d === b && (d = b = e + 1);
                            break;
                          case 44:
                            (c.push(a.substring(d, b)), (d = b = e + 1));
                            break;
                          default:
                            b = e + 1;
                        }
                      return (c.push(a.substring(d, b)), c);
                    })(f),
                    k = 0;
                  k < j.length;
                  k++
                ) {
                  var l = j[k];
                  if (l === h || l === "W/" + h || "W/" + l === h) {
                    i = !1;
                    break;
                  }
                }
                if (i) return !1;
              }
              if (e) {
                var m = d["last-modified"];
                if (!m || !(c(m) <= c(e))) return !1;
              }
              return !0;
            };
          },
        },
        c = {};
      function d(b) {
        var e = c[b];
        if (void 0 !== e) return e.exports;
        var f = (c[b] = { exports: {} }),
          g = !0;
        try {
          (a[b](f, f.exports, d), (g = !1));
        } finally {
          g && delete c[b];
        }
        return f.exports;
      }
      ((d.ab = "/ROOT/node_modules/next/dist/compiled/fresh/"), (b.exports = d(928)));
    })();
  },
  43428,
  (a, b, c) => {
    (() => {
      "use strict";
      "u" > typeof __nccwpck_require__ &&
        (__nccwpck_require__.ab = "/ROOT/node_modules/next/dist/compiled/path-to-regexp/");
      var a = {};
      ((() => {
        function b(a, b) {
          void 0 === b && (b = {});
          for (
            var c = (function (a) {
                for (var b = [], c = 0; c < a.length;) {
                  var d = a[c];
                  if ("*" === d || "+" === d || "?" === d) {
                    b.push({ type: "MODIFIER", index: c, value: a[c++] });
                    continue;
                  }
                  if ("\\" === d) {
                    b.push({ type: "ESCAPED_CHAR", index: c++, value: a[c++] });
                    continue;
                  }
                  if ("{" === d) {
                    b.push({ type: "OPEN", index: c, value: a[c++] });
                    continue;
                  }
                  if ("}" === d) {
                    b.push({ type: "CLOSE", index: c, value: a[c++] });
                    continue;
                  }
                  if (":" === d) {
                    for (var e = "", f = c + 1; f < a.length;) {
                      var g = a.charCodeAt(f);
                      if (
                        (g >= 48 && g <= 57) ||
                        (g >= 65 && g <= 90) ||
                        (g >= 97 && g <= 122) ||
                        95 === g
                      ) {
                        e += a[f++];
                        continue;
                      }
                      break;
                    }
                    if (!e) throw TypeError("Missing parameter name at ".concat(c));
                    (b.push({ type: "NAME", index: c, value: e }), (c = f));
                    continue;
                  }
                  if ("(" === d) {
                    var h = 1,
                      i = "",
                      f = c + 1;
                    if ("?" === a[f])
                      throw TypeError('Pattern cannot start with "?" at '.concat(f));
                    for (; f < a.length;) {
                      if ("\\" === a[f]) {
                        i += a[f++] + a[f++];
                        continue;
                      }
                      if (")" === a[f]) {
                        if (0 == --h) {
                          f++;
                          break;
                        }
                      } else if ("(" === a[f] && (h++, "?" !== a[f + 1]))
                        throw TypeError("Capturing groups are not allowed at ".concat(f));
                      i += a[f++];
                    }
                    if (h) throw TypeError("Unbalanced pattern at ".concat(c));
                    if (!i) throw TypeError("Missing pattern at ".concat(c));
                    (b.push({ type: "PATTERN", index: c, value: i }), (c = f));
                    continue;
                  }
                  b.push({ type: "CHAR", index: c, value: a[c++] });
                }
                return (b.push({ type: "END", index: c, value: "" }), b);
              })(a),
              d = b.prefixes,
              f = void 0 === d ? "./" : d,
              g = b.delimiter,
              h = void 0 === g ? "/#?" : g,
              i = [],
              j = 0,
              k = 0,
              l = "",
              m = function (a) {
                if (k < c.length && c[k].type === a) return c[k++].value;
              },
              n = function (a) {
                var b = m(a);
                if (void 0 !== b) return b;
                var d = c[k],
                  e = d.type,
                  f = d.index;
                throw TypeError("Unexpected ".concat(e, " at ").concat(f, ", expected ").concat(a));
              },
              o = function () {
                for (var a, b = ""; (a = m("CHAR") || m("ESCAPED_CHAR"));) b += a;
                return b;
              },
              p = function (a) {
                for (var b = 0; b < h.length; b++) {
                  var c = h[b];
                  if (a.indexOf(c) > -1) return !0;
                }
                return !1;
              },
              q = function (a) {
                var b = i[i.length - 1],
                  c = a || (b && "string" == typeof b ? b : "");
                if (b && !c)
                  throw TypeError(
                    'Must have text between two parameters, missing text after "'.concat(
                      b.name,
                      '"',
                    ),
                  );
                return !c || p(c)
                  ? "[^".concat(e(h), "]+?")
                  : "(?:(?!".concat(e(c), ")[^").concat(e(h), "])+?");
              };
            k < c.length;
          ) {
            var r = m("CHAR"),
              s = m("NAME"),
              t = m("PATTERN");
            if (s || t) {
              var u = r || "";
              (-1 === f.indexOf(u) && ((l += u), (u = "")),
                l && (i.push(l), (l = "")),
                i.push({
                  name: s || j++,
                  prefix: u,
                  suffix: "",
                  pattern: t || q(u),
                  modifier: m("MODIFIER") || "",
                }));
              continue;
            }
            var v = r || m("ESCAPED_CHAR");
            if (v) {
              l += v;
              continue;
            }
            if ((l && (i.push(l), (l = "")), m("OPEN"))) {
              var u = o(),
                w = m("NAME") || "",
                x = m("PATTERN") || "",
                y = o();
              (n("CLOSE"),
                i.push({
                  name: w || (x ? j++ : ""),
                  pattern: w && !x ? q(u) : x,
                  prefix: u,
                  suffix: y,
                  modifier: m("MODIFIER") || "",
                }));
              continue;
            }
            n("END");
          }
          return i;
        }
        function c(a, b) {
          void 0 === b && (b = {});
          var c = f(b),
            d = b.encode,
            e =
              void 0 === d
                ? function (a) {
                    return a;
                  }
                : d,
            g = b.validate,
            h = void 0 === g || g,
            i = a.map(function (a) {
              if ("object" == typeof a) return new RegExp("^(?:".concat(a.pattern, ")$"), c);
            });
          return function (b) {
            for (var c = "", d = 0; d < a.length; d++) {
              var f = a[d];
              if ("string" == typeof f) {
                c += f;
                continue;
              }
              var g = b ? b[f.name] : void 0,
                j = "?" === f.modifier || "*" === f.modifier,
                k = "*" === f.modifier || "+" === f.modifier;
              if (Array.isArray(g)) {
                if (!k)
                  throw TypeError('Expected "'.concat(f.name, '" to not repeat, but got an array'));
                if (0 === g.length) {
                  if (j) continue;
                  throw TypeError('Expected "'.concat(f.name, '" to not be empty'));
                }
                for (var l = 0; l < g.length; l++) {
                  var m = e(g[l], f);
                  if (h && !i[d].test(m))
                    throw TypeError(
                      'Expected all "'
                        .concat(f.name, '" to match "')
                        .concat(f.pattern, '", but got "')
                        .concat(m, '"'),
                    );
                  c += f.prefix + m + f.suffix;
                }
                continue;
              }
              if ("string" == typeof g || "number" == typeof g) {
                var m = e(String(g), f);
                if (h && !i[d].test(m))
                  throw TypeError(
                    'Expected "'
                      .concat(f.name, '" to match "')
                      .concat(f.pattern, '", but got "')
                      .concat(m, '"'),
                  );
                c += f.prefix + m + f.suffix;
                continue;
              }
              if (!j) {
                var n = k ? "an array" : "a string";
                throw TypeError('Expected "'.concat(f.name, '" to be ').concat(n));
              }
            }
            return c;
          };
        }
        function d(a, b, c) {
          void 0 === c && (c = {});
          var d = c.decode,
            e =
              void 0 === d
                ? function (a) {
                    return a;
                  }
                : d;
          return function (c) {
            var d = a.exec(c);
            if (!d) return !1;
            for (var f = d[0], g = d.index, h = Object.create(null), i = 1; i < d.length; i++)
              !(function (a) {
                if (void 0 !== d[a]) {
                  var c = b[a - 1];
                  "*" === c.modifier || "+" === c.modifier
                    ? (h[c.name] = d[a].split(c.prefix + c.suffix).map(function (a) {
                        return e(a, c);
                      }))
                    : (h[c.name] = e(d[a], c));
                }
              })(i);
            return { path: f, index: g, params: h };
          };
        }
        function e(a) {
          return a.replace(/([.+*?=^!:${}()[\]|/\\])/g, "\\$1");
        }
        function f(a) {
          return a && a.sensitive ? "" : "i";
        }
        function g(a, b, c) {
          void 0 === c && (c = {});
          for (
            var d = c.strict,
              g = void 0 !== d && d,
              h = c.start,
              i = c.end,
              j = c.encode,
              k =
                void 0 === j
                  ? function (a) {
                      return a;
                    }
                  : j,
              l = c.delimiter,
              m = c.endsWith,
              n = "[".concat(e(void 0 === m ? "" : m), "]|$"),
              o = "[".concat(e(void 0 === l ? "/#?" : l), "]"),
              p = void 0 === h || h ? "^" : "",
              q = 0;
            q < a.length;
            q++
          ) {
            var r = a[q];
            if ("string" == typeof r) p += e(k(r));
            else {
              var s = e(k(r.prefix)),
                t = e(k(r.suffix));
              if (r.pattern)
                if ((b && b.push(r), s || t))
                  if ("+" === r.modifier || "*" === r.modifier) {
                    var u = "*" === r.modifier ? "?" : "";
                    p += "(?:"
                      .concat(s, "((?:")
                      .concat(r.pattern, ")(?:")
                      .concat(t)
                      .concat(s, "(?:")
                      .concat(r.pattern, "))*)")
                      .concat(t, ")")
                      .concat(u);
                  } else
                    p += "(?:"
                      .concat(s, "(")
                      .concat(r.pattern, ")")
                      .concat(t, ")")
                      .concat(r.modifier);
                else {
                  if ("+" === r.modifier || "*" === r.modifier)
                    throw TypeError(
                      'Can not repeat "'.concat(r.name, '" without a prefix and suffix'),
                    );
                  p += "(".concat(r.pattern, ")").concat(r.modifier);
                }
              else p += "(?:".concat(s).concat(t, ")").concat(r.modifier);
            }
          }
          if (void 0 === i || i)
            (g || (p += "".concat(o, "?")), (p += c.endsWith ? "(?=".concat(n, ")") : "$"));
          else {
            var v = a[a.length - 1],
              w = "string" == typeof v ? o.indexOf(v[v.length - 1]) > -1 : void 0 === v;
            (g || (p += "(?:".concat(o, "(?=").concat(n, "))?")),
              w || (p += "(?=".concat(o, "|").concat(n, ")")));
          }
          return new RegExp(p, f(c));
        }
        function h(a, c, d) {
          if (a instanceof RegExp) {
            var e;
            if (!c) return a;
            for (var i = /\((?:\?<(.*?)>)?(?!\?)/g, j = 0, k = i.exec(a.source); k;)
              (c.push({ name: k[1] || j++, prefix: "", suffix: "", modifier: "", pattern: "" }),
                (k = i.exec(a.source)));
            return a;
          }
          return Array.isArray(a)
            ? ((e = a.map(function (a) {
                return h(a, c, d).source;
              })),
              new RegExp("(?:".concat(e.join("|"), ")"), f(d)))
            : g(b(a, d), c, d);
        }
        (Object.defineProperty(a, "__esModule", { value: !0 }),
          (a.pathToRegexp =
            a.tokensToRegexp =
            a.regexpToFunction =
            a.match =
            a.tokensToFunction =
            a.compile =
            a.parse =
              void 0),
          (a.parse = b),
          (a.compile = function (a, d) {
            return c(b(a, d), d);
          }),
          (a.tokensToFunction = c),
          (a.match = function (a, b) {
            var c = [];
            return d(h(a, c, b), c, b);
          }),
          (a.regexpToFunction = d),
          (a.tokensToRegexp = g),
          (a.pathToRegexp = h));
      })(),
        (b.exports = a));
    })();
  },
  4054,
  (a, b, c) => {
    "use strict";
    var d = a.r(24361),
      e = a.r(75465),
      f = { stream: !0 },
      g = Object.prototype.hasOwnProperty;
    function h(a) {
      var b = globalThis.__next_require__(a);
      return "function" != typeof b.then || "fulfilled" === b.status
        ? null
        : (b.then(
            function (a) {
              ((b.status = "fulfilled"), (b.value = a));
            },
            function (a) {
              ((b.status = "rejected"), (b.reason = a));
            },
          ),
          b);
    }
    var i = new WeakSet(),
      j = new WeakSet();
    function k() {}
    function l(a) {
      for (var b = a[1], c = [], d = 0; d < b.length; d++) {
        var e = globalThis.__next_chunk_load__(b[d]);
        if ((j.has(e) || c.push(e), !i.has(e))) {
          var f = j.add.bind(j, e);
          (e.then(f, k), i.add(e));
        }
      }
      return 4 === a.length
        ? 0 === c.length
          ? h(a[0])
          : Promise.all(c).then(function () {
              return h(a[0]);
            })
        : 0 < c.length
          ? Promise.all(c)
          : null;
    }
    function m(a) {
      var b = globalThis.__next_require__(a[0]);
      if (4 === a.length && "function" == typeof b.then)
        if ("fulfilled" === b.status) b = b.value;
        else throw b.reason;
      return "*" === a[2]
        ? b
        : "" === a[2]
          ? b.__esModule
            ? b.default
            : b
          : g.call(b, a[2])
            ? b[a[2]]
            : void 0;
    }
    var n = e.__DOM_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE,
      o = Symbol.for("react.transitional.element"),
      p = Symbol.for("react.lazy"),
      q = Symbol.iterator,
      r = Symbol.asyncIterator,
      s = Array.isArray,
      t = Object.getPrototypeOf,
      u = Object.prototype,
      v = new WeakMap();
    function w(a, b, c, d, e, f) {
      function g() {
        null !== B && B.abort("The reply ended.");
      }
      function h(a) {
        ((A = !0), g(), d(a));
      }
      function i(a) {
        ((A = !0), g(), e(a));
      }
      function j(a, c) {
        c = new Blob([new Uint8Array(c.buffer, c.byteOffset, c.byteLength)]);
        var d = n++;
        return (null === x && (x = new FormData()), x.append(b + d, c), "$" + a + d.toString(16));
      }
      function k(a, d) {
        if (null === d) return null;
        if ("object" == typeof d) {
          switch (d.$$typeof) {
            case o:
              if (void 0 !== c && -1 === a.indexOf(":")) {
                var e,
                  f,
                  g,
                  m,
                  A,
                  B,
                  C = y.get(this);
                if (void 0 !== C) return (c.set(C + ":" + a, d), "$T");
              }
              if (void 0 !== c && z === d) return ((z = null), "$T");
              throw Error(
                "React Element cannot be passed to Server Functions from the Client without a temporary reference set. Pass a TemporaryReferenceSet to the options.",
              );
            case p:
              C = d._payload;
              var D = d._init;
              (null === x && (x = new FormData()), w++);
              try {
                var E = D(C),
                  F = n++,
                  G = l(E, F);
                return (x.append(b + F, G), "$" + F.toString(16));
              } catch (a) {
                if ("object" == typeof a && null !== a && "function" == typeof a.then) {
                  w++;
                  var H = n++;
                  return (
                    (C = function () {
                      try {
                        var a = l(d, H),
                          c = x;
                        (c.append(b + H, a), w--, 0 === w && h(c));
                      } catch (a) {
                        i(a);
                      }
                    }),
                    a.then(C, C),
                    "$" + H.toString(16)
                  );
                }
                return (i(a), null);
              } finally {
                w--;
              }
          }
          if (((C = y.get(d)), "function" == typeof d.then)) {
            if (void 0 !== C)
              if (z !== d) return C;
              else z = null;
            (null === x && (x = new FormData()), w++);
            var I = n++;
            return (
              (a = "$@" + I.toString(16)),
              y.set(d, a),
              d.then(function (a) {
                try {
                  var c = y.get(a),
                    d = void 0 !== c ? JSON.stringify(c) : l(a, I);
                  ((a = x).append(b + I, d), w--, 0 === w && h(a));
                } catch (a) {
                  i(a);
                }
              }, i),
              a
            );
          }
          if (void 0 !== C)
            if (z !== d) return C;
            else z = null;
          else
            -1 === a.indexOf(":") &&
              void 0 !== (C = y.get(this)) &&
              ((a = C + ":" + a), y.set(d, a), void 0 !== c && c.set(a, d));
          if (s(d)) return d;
          if (d instanceof FormData) {
            null === x && (x = new FormData());
            var J = x,
              K = b + "_" + (a = n++) + "_";
            return (
              d.forEach(function (a, b) {
                J.append(K + b, a);
              }),
              "$K" + a.toString(16)
            );
          }
          if (d instanceof Map)
            return (
              (a = n++),
              (C = l(Array.from(d), a)),
              null === x && (x = new FormData()),
              x.append(b + a, C),
              "$Q" + a.toString(16)
            );
          if (d instanceof Set)
            return (
              (a = n++),
              (C = l(Array.from(d), a)),
              null === x && (x = new FormData()),
              x.append(b + a, C),
              "$W" + a.toString(16)
            );
          if (d instanceof ArrayBuffer)
            return (
              (a = new Blob([d])),
              (C = n++),
              null === x && (x = new FormData()),
              x.append(b + C, a),
              "$A" + C.toString(16)
            );
          if (d instanceof Int8Array) return j("O", d);
          if (d instanceof Uint8Array) return j("o", d);
          if (d instanceof Uint8ClampedArray) return j("U", d);
          if (d instanceof Int16Array) return j("S", d);
          if (d instanceof Uint16Array) return j("s", d);
          if (d instanceof Int32Array) return j("L", d);
          if (d instanceof Uint32Array) return j("l", d);
          if (d instanceof Float32Array) return j("G", d);
          if (d instanceof Float64Array) return j("g", d);
          if (d instanceof BigInt64Array) return j("M", d);
          if (d instanceof BigUint64Array) return j("m", d);
          if (d instanceof DataView) return j("V", d);
          if ("function" == typeof Blob && d instanceof Blob)
            return (
              null === x && (x = new FormData()),
              (a = n++),
              x.append(b + a, d),
              "$B" + a.toString(16)
            );
          if (
            (a =
              null === (e = d) || "object" != typeof e
                ? null
                : "function" == typeof (e = (q && e[q]) || e["@@iterator"])
                  ? e
                  : null)
          )
            return (C = a.call(d)) === d
              ? ((a = n++),
                (C = l(Array.from(C), a)),
                null === x && (x = new FormData()),
                x.append(b + a, C),
                "$i" + a.toString(16))
              : Array.from(C);
          if ("function" == typeof ReadableStream && d instanceof ReadableStream)
            return (function (a) {
              try {
                var c,
                  d,
                  e,
                  f,
                  g,
                  j,
                  l,
                  m,
                  o,
                  p = a.getReader({ mode: "byob" });
              } catch (g) {
                return (
                  (c = a.getReader()),
                  null === x && (x = new FormData()),
                  (d = x),
                  w++,
                  (f = b + "S" + (e = n++)),
                  c.read().then(function a(b) {
                    if (b.done) (d.append(f, "C"), 0 == --w && h(d));
                    else
                      try {
                        var e = JSON.stringify(b.value, k);
                        (d.append(f, e), c.read().then(a, i));
                      } catch (a) {
                        i(a);
                      }
                  }, i),
                  "$R" + e.toString(16)
                );
              }
              return (
                (g = p),
                null === x && (x = new FormData()),
                (j = x),
                w++,
                (l = n++),
                (m = []),
                (o = b + "S" + l),
                g.read(new Uint8Array(1024)).then(function a(c) {
                  c.done
                    ? ((c = n++),
                      j.append(b + c, new Blob(m)),
                      j.append(o, '"$o' + c.toString(16) + '"'),
                      j.append(o, "C"),
                      0 == --w && h(j))
                    : (m.push(c.value), g.read(new Uint8Array(1024)).then(a, i));
                }, i),
                "$r" + l.toString(16)
              );
            })(d);
          if ("function" == typeof (a = d[r]))
            return (
              (f = d),
              (g = a.call(d)),
              null === x && (x = new FormData()),
              (m = x),
              w++,
              (A = n++),
              (f = f === g),
              (B = b + "S" + A),
              g.next().then(function a(b) {
                if (b.done) {
                  if (void 0 === b.value) m.append(B, "C");
                  else
                    try {
                      var c = JSON.stringify(b.value, k);
                      m.append(B, "C" + c);
                    } catch (a) {
                      i(a);
                      return;
                    }
                  0 == --w && h(m);
                } else
                  try {
                    var d = JSON.stringify(b.value, k);
                    (m.append(B, d), g.next().then(a, i));
                  } catch (a) {
                    i(a);
                  }
              }, i),
              "$" + (f ? "x" : "X") + A.toString(16)
            );
          if ((a = t(d)) !== u && (null === a || null !== t(a))) {
            if (void 0 === c)
              throw Error(
                "Only plain objects, and a few built-ins, can be passed to Server Functions. Classes or null prototypes are not supported.",
              );
            return "$T";
          }
          return d;
        }
        if ("string" == typeof d)
          return "Z" === d[d.length - 1] && this[a] instanceof Date
            ? "$D" + d
            : (a = "$" === d[0] ? "$" + d : d);
        if ("boolean" == typeof d) return d;
        if ("number" == typeof d)
          return Number.isFinite(d)
            ? 0 === d && -1 / 0 == 1 / d
              ? "$-0"
              : d
            : 1 / 0 === d
              ? "$Infinity"
              : -1 / 0 === d
                ? "$-Infinity"
                : "$NaN";
        if (void 0 === d) return "$undefined";
        if ("function" == typeof d) {
          if (void 0 !== (C = v.get(d)))
            return (
              void 0 !== (a = y.get(d)) ||
                ((a = JSON.stringify({ id: C.id, bound: C.bound }, k)),
                null === x && (x = new FormData()),
                (C = n++),
                x.set(b + C, a),
                (a = "$h" + C.toString(16)),
                y.set(d, a)),
              a
            );
          if (void 0 !== c && -1 === a.indexOf(":") && void 0 !== (C = y.get(this)))
            return (c.set(C + ":" + a, d), "$T");
          throw Error(
            "Client Functions cannot be passed directly to Server Functions. Only Functions passed from the Server can be passed back again.",
          );
        }
        if ("symbol" == typeof d) {
          if (void 0 !== c && -1 === a.indexOf(":") && void 0 !== (C = y.get(this)))
            return (c.set(C + ":" + a, d), "$T");
          throw Error(
            "Symbols cannot be passed to a Server Function without a temporary reference set. Pass a TemporaryReferenceSet to the options.",
          );
        }
        if ("bigint" == typeof d) return "$n" + d.toString(10);
        throw Error("Type " + typeof d + " is not supported as an argument to a Server Function.");
      }
      function l(a, b) {
        return (
          "object" == typeof a &&
            null !== a &&
            ((b = "$" + b.toString(16)), y.set(a, b), void 0 !== c && c.set(b, a)),
          (z = a),
          JSON.stringify(a, k)
        );
      }
      function m() {
        (g(), 0 < w && ((w = 0), null === x ? h(C) : h(x)));
      }
      var n = 1,
        w = 0,
        x = null,
        y = new WeakMap(),
        z = a,
        A = !1,
        B = null,
        C = l(a, 0);
      (null === x ? h(C) : (x.set(b + "0", C), 0 === w && h(x)),
        void 0 === f ||
          A ||
          (f.aborted
            ? m()
            : ((B = new AbortController()),
              f.addEventListener(
                "abort",
                function () {
                  m();
                },
                { signal: B.signal },
              ))));
    }
    var x = new WeakMap();
    function y(a) {
      var b = v.get(this);
      if (!b)
        throw Error(
          "Tried to encode a Server Action from a different instance than the encoder is from. This is a bug in React.",
        );
      var c = null;
      if (null !== b.bound) {
        if (
          ((c = x.get(b)) ||
            ((d = { id: b.id, bound: b.bound }),
            (g = new Promise(function (a, b) {
              ((e = a), (f = b));
            })),
            w(
              d,
              "",
              void 0,
              function (a) {
                if ("string" == typeof a) {
                  var b = new FormData();
                  (b.append("0", a), (a = b));
                }
                ((g.status = "fulfilled"), (g.value = a), e(a));
              },
              function (a) {
                ((g.status = "rejected"), (g.reason = a), f(a));
              },
            ),
            (c = g),
            x.set(b, c)),
          "rejected" === c.status)
        )
          throw c.reason;
        if ("fulfilled" !== c.status) throw c;
        b = c.value;
        var d,
          e,
          f,
          g,
          h = new FormData();
        (b.forEach(function (b, c) {
          h.append("$ACTION_" + a + ":" + c, b);
        }),
          (c = h),
          (b = "$ACTION_REF_" + a));
      } else b = "$ACTION_ID_" + b.id;
      return { name: b, method: "POST", encType: "multipart/form-data", data: c };
    }
    function z(a, b) {
      var c = v.get(this);
      if (!c)
        throw Error(
          "Tried to encode a Server Action from a different instance than the encoder is from. This is a bug in React.",
        );
      if (c.id !== a) return !1;
      var d = c.bound;
      if (null === d) return 0 === b;
      switch (d.status) {
        case "fulfilled":
          return d.value.length === b;
        case "pending":
          throw d;
        case "rejected":
          throw d.reason;
        default:
          throw (
            "string" != typeof d.status &&
              ((d.status = "pending"),
              d.then(
                function (a) {
                  ((d.status = "fulfilled"), (d.value = a));
                },
                function (a) {
                  ((d.status = "rejected"), (d.reason = a));
                },
              )),
            d
          );
      }
    }
    function A(a, b, c, d) {
      v.has(a) ||
        (v.set(a, { id: b, originalBind: a.bind, bound: c }),
        Object.defineProperties(a, {
          $$FORM_ACTION: {
            value:
              void 0 === d
                ? y
                : function () {
                    var a = v.get(this);
                    if (!a)
                      throw Error(
                        "Tried to encode a Server Action from a different instance than the encoder is from. This is a bug in React.",
                      );
                    var b = a.bound;
                    return (null === b && (b = Promise.resolve([])), d(a.id, b));
                  },
          },
          $$IS_SIGNATURE_EQUAL: { value: z },
          bind: { value: D },
        }));
    }
    var B = Function.prototype.bind,
      C = Array.prototype.slice;
    function D() {
      var a = v.get(this);
      if (!a) return B.apply(this, arguments);
      var b = a.originalBind.apply(this, arguments),
        c = C.call(arguments, 1),
        d = null;
      return (
        (d =
          null !== a.bound
            ? Promise.resolve(a.bound).then(function (a) {
                return a.concat(c);
              })
            : Promise.resolve(c)),
        v.set(b, { id: a.id, originalBind: b.bind, bound: d }),
        Object.defineProperties(b, {
          $$FORM_ACTION: { value: this.$$FORM_ACTION },
          $$IS_SIGNATURE_EQUAL: { value: z },
          bind: { value: D },
        }),
        b
      );
    }
    var E = Object.prototype,
      F = Array.prototype,
      G = Symbol();
    function H(a, b, c) {
      ((this.status = a), (this.value = b), (this.reason = c));
    }
    function I(a) {
      switch (a.status) {
        case "resolved_model":
          U(a);
          break;
        case "resolved_module":
          V(a);
      }
      switch (a.status) {
        case "fulfilled":
          return a.value;
        case "pending":
        case "pending_weak":
        case "blocked":
        case "halted":
          throw a;
        default:
          throw a.reason;
      }
    }
    function J(a, b, c, d) {
      for (var e = 0; e < b.length; e++) {
        var f = b[e];
        "function" == typeof f ? f(c) : _(a, f, c);
      }
    }
    function K(a, b, c) {
      for (var d = 0; d < b.length; d++) {
        var e = b[d];
        "function" == typeof e ? e(c) : aa(a, e.handler, c);
      }
    }
    function L(a, b) {
      var c = b.handler.chunk;
      if (null === c) return null;
      if (c === a) return b.handler;
      if (null !== (b = c.value))
        for (c = 0; c < b.length; c++) {
          var d = b[c];
          if ("function" != typeof d && null !== (d = L(a, d))) return d;
        }
      return null;
    }
    function M(a, b, c, d) {
      switch (b.status) {
        case "fulfilled":
          J(a, c, b.value, b);
          break;
        case "blocked":
          for (var e = 0; e < c.length; e++) {
            var f = c[e];
            if ("function" != typeof f) {
              var g = L(b, f);
              if (null !== g)
                switch (
                  (_(a, f, g.value),
                  c.splice(e, 1),
                  e--,
                  null !== d && -1 !== (f = d.indexOf(f)) && d.splice(f, 1),
                  b.status)
                ) {
                  case "fulfilled":
                    J(a, c, b.value, b);
                    return;
                  case "rejected":
                    null !== d && K(a, d, b.reason);
                    return;
                }
            }
          }
        case "pending":
          if (b.value) for (a = 0; a < c.length; a++) b.value.push(c[a]);
          else b.value = c;
          if (b.reason) {
            if (d) for (c = 0; c < d.length; c++) b.reason.push(d[c]);
          } else b.reason = d;
          break;
        case "rejected":
          d && K(a, d, b.reason);
      }
    }
    function N(a, b, c) {
      if ("pending" !== b.status && "pending_weak" !== b.status && "blocked" !== b.status)
        b.reason.error(c);
      else {
        var d = b.reason;
        ((b.status = "rejected"), (b.reason = c), null !== d && K(a, d, c));
      }
    }
    function O(a, b) {
      var c = {};
      return new H("resolved_model", b, ((c[G] = a), c));
    }
    function P(a, b, c) {
      var d = {};
      return new H(
        "resolved_model",
        (c ? '{"done":true,"value":' : '{"done":false,"value":') + b + "}",
        ((d[G] = a), d),
      );
    }
    function Q(a, b, c, d) {
      R(a, b, (d ? '{"done":true,"value":' : '{"done":false,"value":') + c + "}");
    }
    function R(a, b, c) {
      if ("pending" !== b.status && "pending_weak" !== b.status) b.reason.enqueueModel(c);
      else {
        var d = b.value,
          e = b.reason;
        ((b.status = "resolved_model"),
          (b.value = c),
          ((c = {})[G] = a),
          (b.reason = c),
          null !== d && (U(b), M(a, b, d, e)));
      }
    }
    function S(a, b, c) {
      if ("pending" === b.status || "pending_weak" === b.status || "blocked" === b.status) {
        var d = b.value,
          e = b.reason;
        ((b.status = "resolved_module"),
          (b.value = c),
          (b.reason = null),
          null !== d && (V(b), M(a, b, d, e)));
      }
    }
    ((H.prototype = Object.create(Promise.prototype)),
      Object.defineProperty(H.prototype, "then", {
        writable: !0,
        enumerable: !0,
        configurable: !0,
        value: function (a, b) {
          switch (this.status) {
            case "resolved_model":
              U(this);
              break;
            case "resolved_module":
              V(this);
          }
          switch (this.status) {
            case "fulfilled":
              "function" == typeof a && a(this.value);
              break;
            case "pending":
            case "pending_weak":
            case "blocked":
              ("function" == typeof a &&
                (null === this.value && (this.value = []), this.value.push(a)),
                "function" == typeof b &&
                  (null === this.reason && (this.reason = []), this.reason.push(b)));
              break;
            case "halted":
              break;
            default:
              "function" == typeof b && b(this.reason);
          }
        },
      }));
    var T = null;
    function U(a) {
      var b = T;
      T = null;
      var c = a.value,
        d = a.reason[G];
      ((a.status = "blocked"), (a.value = null), (a.reason = null));
      try {
        var e = ay(d, c);
        if (((c = T), null !== c)) {
          if (c.errored) {
            "blocked" === a.status && N(d, a, c.reason);
            return;
          }
          ((c.value = e), (c.chunk = a));
        }
        var f = a.value,
          g = a.reason;
        if (((a.value = null), (a.reason = null), null !== f)) {
          for (var h = null, i = null, j = 0; j < f.length; j++) {
            var k = f[j];
            if ("function" != typeof k && null !== L(a, k)) {
              if ((null === h && (h = []), h.push(k), null !== g)) {
                var l = g.indexOf(k);
                -1 !== l && g.splice(l, 1);
              }
            } else (null === i && (i = []), i.push(k));
          }
          if ((null !== i && ((a.value = i), (a.reason = g)), null !== h))
            for (f = 0; f < h.length; f++) _(d, h[f], e);
        }
        "blocked" !== a.status || (null !== c && 0 < c.deps) || Z(d, a, e, null);
      } catch (b) {
        ((a.status = "rejected"), (a.reason = b));
      } finally {
        T = b;
      }
    }
    function V(a) {
      try {
        var b = m(a.value);
        ((a.status = "fulfilled"), (a.value = b), (a.reason = null));
      } catch (b) {
        ((a.status = "rejected"), (a.reason = b));
      }
    }
    function W(a, b) {
      ((a._closed = !0),
        (a._closedReason = b),
        a._chunks.forEach(function (c) {
          "pending" === c.status
            ? N(a, c, b)
            : "fulfilled" === c.status && null !== c.reason && c.reason.error(b);
        }));
    }
    function X(a) {
      return { $$typeof: p, _payload: a, _init: I };
    }
    function Y(a, b) {
      var c = a._chunks,
        d = c.get(b);
      return (
        d ||
          ((d = a._closed
            ? a._allowPartialStream
              ? new H("halted", null, null)
              : new H("rejected", null, a._closedReason)
            : new H("pending", null, null)),
          c.set(b, d)),
        d
      );
    }
    function Z(a, b, c, d) {
      var e = b.value;
      ((b.status = "fulfilled"), (b.value = c), (b.reason = d), null !== e && J(a, e, c, b));
    }
    function $(a, b) {
      if (0 === b.deps && !b.errored) {
        var c = b.chunk;
        null !== c && "blocked" === c.status && Z(a, c, b.value, b.reason);
      }
    }
    function _(a, b, c) {
      var d = b.handler,
        e = b.parentObject,
        f = b.key,
        h = b.map,
        i = b.path;
      try {
        for (var j = 1; j < i.length; j++) {
          for (; "object" == typeof c && null !== c && c.$$typeof === p;) {
            var k = c._payload;
            if (k === d.chunk) c = d.value;
            else {
              switch (k.status) {
                case "resolved_model":
                  U(k);
                  break;
                case "resolved_module":
                  V(k);
              }
              switch (k.status) {
                case "fulfilled":
                  c = k.value;
                  continue;
                case "blocked":
                  var l = L(k, b);
                  if (null !== l) {
                    c = l.value;
                    continue;
                  }
                case "pending":
                case "pending_weak":
                  (i.splice(0, j - 1),
                    null === k.value ? (k.value = [b]) : k.value.push(b),
                    null === k.reason ? (k.reason = [b]) : k.reason.push(b));
                  return;
                case "halted":
                  return;
                default:
                  aa(a, b.handler, k.reason);
                  return;
              }
            }
          }
          var m = i[j];
          if ("object" == typeof c && null !== c && g.call(c, m)) c = c[m];
          else throw Error("Invalid reference.");
        }
        for (; "object" == typeof c && null !== c && c.$$typeof === p;) {
          var n = c._payload;
          if (n === d.chunk) c = d.value;
          else {
            switch (n.status) {
              case "resolved_model":
                U(n);
                break;
              case "resolved_module":
                V(n);
            }
            if ("fulfilled" === n.status) {
              c = n.value;
              continue;
            }
            break;
          }
        }
        var q = h(a, c, e, f);
        if (
          ("__proto__" !== f && (e[f] = q),
          "" === f && null === d.value && (d.value = q),
          e[0] === o && "object" == typeof d.value && null !== d.value && d.value.$$typeof === o)
        ) {
          var r = d.value;
          "3" === f && (r.props = q);
        }
      } catch (c) {
        aa(a, b.handler, c);
        return;
      }
      (d.deps--, $(a, d));
    }
    function aa(a, b, c) {
      b.errored ||
        ((b.errored = !0),
        (b.value = null),
        (b.reason = c),
        null !== (b = b.chunk) && "blocked" === b.status && N(a, b, c));
    }
    function ab(a, b, c, d, e, f) {
      return (
        T
          ? ((d = T), d.deps++)
          : (d = T =
              { parent: null, chunk: null, value: null, reason: null, deps: 1, errored: !1 }),
        (b = { handler: d, parentObject: b, key: c, map: e, path: f }),
        null === a.value ? (a.value = [b]) : a.value.push(b),
        null === a.reason ? (a.reason = [b]) : a.reason.push(b),
        null
      );
    }
    function ac(a, b, c, d) {
      if ("then" === d) return null;
      var e = b.id;
      if ("string" != typeof e) return null;
      if (!a._serverReferenceConfig)
        return (function (a, b, c) {
          function d() {
            var a = Array.prototype.slice.call(arguments);
            return f
              ? "fulfilled" === f.status
                ? b(e, f.value.concat(a))
                : Promise.resolve(f).then(function (c) {
                    return b(e, c.concat(a));
                  })
              : b(e, a);
          }
          var e = a.id,
            f = a.bound;
          return (A(d, e, f, c), d);
        })(b, a._callServer, a._encodeFormAction);
      var f = (function (a, b) {
          var c = "",
            d = a[b];
          if (d) c = d.name;
          else {
            var e = b.lastIndexOf("#");
            if ((-1 !== e && ((c = b.slice(e + 1)), (d = a[b.slice(0, e)])), !d))
              throw Error(
                'Could not find the module "' +
                  b +
                  '" in the React Server Manifest. This is probably a bug in the React Server Components bundler.',
              );
          }
          return d.async ? [d.id, d.chunks, c, 1] : [d.id, d.chunks, c];
        })(a._serverReferenceConfig, e),
        g = b.bound;
      if ((b = l(f))) g instanceof H && (b = Promise.all([b, g]));
      else {
        if (!(g instanceof H)) return (A((b = m(f)), e, g, a._encodeFormAction), b);
        b = Promise.resolve(g);
      }
      if (T) {
        var h = T;
        h.deps++;
      } else h = T = { parent: null, chunk: null, value: null, reason: null, deps: 1, errored: !1 };
      return (
        b.then(
          function () {
            var b = m(f);
            if (g) {
              var i = g.value;
              ((i = s(i) ? i.slice(0) : []).unshift(null), (b = b.bind.apply(b, i)));
            }
            (A(b, e, g, a._encodeFormAction),
              "__proto__" !== d && (c[d] = b),
              "" === d && null === h.value && (h.value = b),
              c[0] === o &&
                "object" == typeof h.value &&
                null !== h.value &&
                h.value.$$typeof === o &&
                ((i = h.value), "3" === d) &&
                (i.props = b),
              h.deps--,
              $(a, h));
          },
          function (b) {
            if (!h.errored) {
              var c = h;
              ((c.errored = !0),
                (c.value = null),
                (c.reason = b),
                null !== (c = h.chunk) && "blocked" === c.status && N(a, c, b));
            }
          },
        ),
        null
      );
    }
    var ad = [];
    function ae(a, b, c, d, e) {
      var f = parseInt(b, 16);
      switch (((b = -1 === b.indexOf(":") ? ad : b.split(":")), (f = Y(a, f)).status)) {
        case "resolved_model":
          U(f);
          break;
        case "resolved_module":
          V(f);
      }
      switch (f.status) {
        case "fulfilled":
          f = f.value;
          for (var h = 1; h < b.length; h++) {
            for (; "object" == typeof f && null !== f && f.$$typeof === p;) {
              switch ((f = f._payload).status) {
                case "resolved_model":
                  U(f);
                  break;
                case "resolved_module":
                  V(f);
              }
              switch (f.status) {
                case "fulfilled":
                  f = f.value;
                  break;
                case "blocked":
                case "pending":
                case "pending_weak":
                  return ab(f, c, d, a, e, b.slice(h - 1));
                case "halted":
                  return (
                    T
                      ? ((a = T), a.deps++)
                      : (T = {
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
                    T
                      ? (((a = T).errored = !0), (a.value = null), (a.reason = f.reason))
                      : (T = {
                          parent: null,
                          chunk: null,
                          value: null,
                          reason: f.reason,
                          deps: 0,
                          errored: !0,
                        }),
                    null
                  );
              }
            }
            var i = b[h];
            if ("object" != typeof f || null === f || (t(f) !== E && t(f) !== F) || !g.call(f, i))
              throw Error("Invalid reference.");
            f = f[i];
          }
          for (; "object" == typeof f && null !== f && f.$$typeof === p;) {
            switch ((b = f._payload).status) {
              case "resolved_model":
                U(b);
                break;
              case "resolved_module":
                V(b);
            }
            if ("fulfilled" === b.status) {
              f = b.value;
              continue;
            }
            break;
          }
          return e(a, f, c, d);
        case "pending":
        case "pending_weak":
        case "blocked":
          return ab(f, c, d, a, e, b);
        case "halted":
          return (
            T
              ? ((a = T), a.deps++)
              : (T = {
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
            T
              ? (((a = T).errored = !0), (a.value = null), (a.reason = f.reason))
              : (T = {
                  parent: null,
                  chunk: null,
                  value: null,
                  reason: f.reason,
                  deps: 0,
                  errored: !0,
                }),
            null
          );
      }
    }
    function af(a, b) {
      return new Map(b);
    }
    function ag(a, b) {
      return new Set(b);
    }
    function ah(a, b) {
      return new Blob(b.slice(1), { type: b[0] });
    }
    function ai(a, b) {
      a = new FormData();
      for (var c = 0; c < b.length; c++) a.append(b[c][0], b[c][1]);
      return a;
    }
    function aj(a, b) {
      return b[Symbol.iterator]();
    }
    function ak(a, b, c, d) {
      return "then" === d && "function" == typeof b ? null : b;
    }
    function al() {
      throw Error(
        'Trying to call a function from "use server" but the callServer option was not implemented in your router runtime.',
      );
    }
    function am(a, b, c, e, f, g, h, i) {
      var j = new Map();
      ((this._bundlerConfig = a),
        (this._serverReferenceConfig = b),
        (this._moduleLoading = c),
        (this._callServer = void 0 !== e ? e : al),
        (this._encodeFormAction = f),
        (this._nonce = g),
        (this._chunks = j),
        (this._stringDecoder = (function () {
          return new d.TextDecoder("utf-8", {
            ignoreBOM: 0 < arguments.length && void 0 !== arguments[0] && arguments[0],
          });
        })(!0)),
        (this._closed = !1),
        (this._closedReason = null),
        (this._allowPartialStream = i),
        (this._tempRefs = h));
    }
    function an() {
      return { _rowState: 0, _rowID: 0, _rowTag: 0, _rowLength: 0, _buffer: [] };
    }
    function ao(a, b, c) {
      var d = (a = a._chunks).get(b);
      d && "pending" !== d.status
        ? d.reason.enqueueValue(c)
        : ((c = new H("fulfilled", c, null)), a.set(b, c));
    }
    function ap(a, b, c, d) {
      var e = a._chunks,
        f = e.get(b);
      f
        ? "pending" === f.status &&
          ((b = f.value),
          (f.status = "fulfilled"),
          (f.value = c),
          (f.reason = d),
          null !== b && J(a, b, f.value, f))
        : ((a = new H("fulfilled", c, d)), e.set(b, a));
    }
    function aq(a, b, c) {
      var d = null,
        e = !1;
      c = new ReadableStream({
        type: c,
        start: function (a) {
          d = a;
        },
      });
      var f = null;
      ap(a, b, c, {
        enqueueValue: function (a) {
          null === f
            ? d.enqueue(a)
            : f.then(function () {
                d.enqueue(a);
              });
        },
        enqueueModel: function (b) {
          if (null === f) {
            var c = O(a, b);
            (U(c),
              "fulfilled" === c.status
                ? d.enqueue(c.value)
                : (c.then(
                    function (a) {
                      return d.enqueue(a);
                    },
                    function (a) {
                      return d.error(a);
                    },
                  ),
                  (f = c)));
          } else {
            c = f;
            var e = new H("pending", null, null);
            (e.then(
              function (a) {
                return d.enqueue(a);
              },
              function (a) {
                return d.error(a);
              },
            ),
              (f = e),
              c.then(function () {
                (f === e && (f = null), R(a, e, b));
              }));
          }
        },
        close: function () {
          if (!e)
            if (((e = !0), null === f)) d.close();
            else {
              var a = f;
              ((f = null),
                a.then(function () {
                  return d.close();
                }));
            }
        },
        error: function (a) {
          if (!e)
            if (((e = !0), null === f)) d.error(a);
            else {
              var b = f;
              ((f = null),
                b.then(function () {
                  return d.error(a);
                }));
            }
        },
      });
    }
    function ar() {
      return this;
    }
    function as(a, b, c) {
      var d = [],
        e = !1,
        f = 0,
        g = {};
      ((g[r] = function () {
        var a,
          b = 0;
        return (
          ((a = {
            next: (a = function (a) {
              if (void 0 !== a)
                throw Error(
                  "Values cannot be passed to next() of AsyncIterables passed to Client Components.",
                );
              if (b === d.length) {
                if (e) return new H("fulfilled", { done: !0, value: void 0 }, null);
                d[b] = new H("pending", null, null);
              }
              return d[b++];
            }),
          })[r] = ar),
          a
        );
      }),
        ap(a, b, c ? g[r]() : g, {
          enqueueValue: function (b) {
            if (f === d.length) d[f] = new H("fulfilled", { done: !1, value: b }, null);
            else {
              var c = d[f],
                e = c.value,
                g = c.reason;
              ((c.status = "fulfilled"),
                (c.value = { done: !1, value: b }),
                (c.reason = null),
                null !== e && M(a, c, e, g));
            }
            f++;
          },
          enqueueModel: function (b) {
            (f === d.length ? (d[f] = P(a, b, !1)) : Q(a, d[f], b, !1), f++);
          },
          close: function (b) {
            if (!e)
              for (
                e = !0, f === d.length ? (d[f] = P(a, b, !0)) : Q(a, d[f], b, !0), f++;
                f < d.length;
              )
                Q(a, d[f++], '"$undefined"', !0);
          },
          error: function (b) {
            if (!e)
              for (e = !0, f === d.length && (d[f] = new H("pending", null, null)); f < d.length;)
                N(a, d[f++], b);
          },
        }));
    }
    function at() {
      var a = Error(
        "An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details. A digest property is included on this error instance which may provide additional details about the nature of the error.",
      );
      return ((a.stack = "Error: " + a.message), a);
    }
    function au(a, b) {
      for (var c = a.length, d = b.length, e = 0; e < c; e++) d += a[e].byteLength;
      d = new Uint8Array(d);
      for (var f = (e = 0); f < c; f++) {
        var g = a[f];
        (d.set(g, e), (e += g.byteLength));
      }
      return (d.set(b, e), d);
    }
    function av(a, b, c, d, e, f) {
      ao(
        a,
        b,
        (e = new e(
          (c = 0 === c.length && 0 == d.byteOffset % f ? d : au(c, d)).buffer,
          c.byteOffset,
          c.byteLength / f,
        )),
      );
    }
    function aw(a, b, c, d, e) {
      switch (d) {
        case 73:
          !(function (a, b, c) {
            var d = a._chunks,
              e = d.get(b),
              f = T;
            T = null;
            try {
              var g = ay(a, c);
              if (null !== T)
                throw Error(
                  "A client reference was blocked on a row that has not been received yet. This is a bug in React.",
                );
            } finally {
              T = f;
            }
            var h = (function (a, b) {
              if (a) {
                var c = a[b[0]];
                if ((a = c && c[b[2]])) c = a.name;
                else {
                  if (!(a = c && c["*"]))
                    throw Error(
                      'Could not find the module "' +
                        b[0] +
                        '" in the React Server Consumer Manifest. This is probably a bug in the React Server Components bundler.',
                    );
                  c = b[2];
                }
                return 4 === b.length ? [a.id, a.chunks, c, 1] : [a.id, a.chunks, c];
              }
              return b;
            })(a._bundlerConfig, g);
            if (
              (!(function (a, b, c) {
                if (null !== a)
                  for (var d = 0; d < b.length; d++) {
                    var e = b[d],
                      f = n.d,
                      g = f.X;
                    e = a.prefix + ("string" == typeof e ? e : e[0]);
                    var h = a.crossOrigin;
                    ((h = "string" == typeof h ? ("use-credentials" === h ? h : "") : void 0),
                      g.call(f, e, {
                        crossOrigin: h,
                        integrity: void 0,
                        fetchPriority: void 0,
                        nonce: c,
                      }));
                  }
              })(a._moduleLoading, g[1], a._nonce),
              (c = l(h)))
            ) {
              if (e) {
                var i = e;
                i.status = "blocked";
              } else ((i = new H("blocked", null, null)), d.set(b, i));
              c.then(
                function () {
                  return S(a, i, h);
                },
                function (b) {
                  return N(a, i, b);
                },
              );
            } else e ? S(a, e, h) : ((e = new H("resolved_module", h, null)), d.set(b, e));
          })(a, c, e);
          break;
        case 72:
          switch (((c = e[0]), (a = ay(a, (e = e.slice(1)))), (e = n.d), c)) {
            case "D":
              e.D(a);
              break;
            case "C":
              "string" == typeof a ? e.C(a) : e.C(a[0], a[1]);
              break;
            case "L":
              ((c = a[0]), (b = a[1]), 3 === a.length ? e.L(c, b, a[2]) : e.L(c, b));
              break;
            case "m":
              "string" == typeof a ? e.m(a) : e.m(a[0], a[1]);
              break;
            case "X":
              "string" == typeof a ? e.X(a) : e.X(a[0], a[1]);
              break;
            case "S":
              "string" == typeof a
                ? e.S(a)
                : e.S(a[0], 0 === a[1] ? void 0 : a[1], 3 === a.length ? a[2] : void 0);
              break;
            case "M":
              "string" == typeof a ? e.M(a) : e.M(a[0], a[1]);
          }
          break;
        case 69:
          ((d = (b = a._chunks).get(c)), (e = JSON.parse(e)));
          var f = at();
          ((f.digest = e.digest), d ? N(a, d, f) : ((a = new H("rejected", null, f)), b.set(c, a)));
          break;
        case 84:
          (b = (a = a._chunks).get(c)) && "pending" !== b.status
            ? b.reason.enqueueValue(e)
            : ((e = new H("fulfilled", e, null)), a.set(c, e));
          break;
        case 78:
        case 68:
        case 74:
        case 87:
          throw Error(
            "Failed to read a RSC payload created by a development version of React on the server while using a production version on the client. Always use matching versions on the server and the client.",
          );
        case 82:
          aq(a, c, void 0);
          break;
        case 114:
          aq(a, c, "bytes");
          break;
        case 88:
          as(a, c, !1);
          break;
        case 120:
          as(a, c, !0);
          break;
        case 67:
          (c = a._chunks.get(c)) &&
            "fulfilled" === c.status &&
            c.reason.close("" === e ? '"$undefined"' : e);
          break;
        default:
          (d = (b = a._chunks).get(c)) ? R(a, d, e) : ((a = O(a, e)), b.set(c, a));
      }
    }
    function ax(a, b, c) {
      for (
        var d = 0,
          e = b._rowState,
          g = b._rowID,
          h = b._rowTag,
          i = b._rowLength,
          j = b._buffer,
          k = c.length;
        d < k;
      ) {
        var l = -1;
        switch (e) {
          case 0:
            58 === (l = c[d++]) ? (e = 1) : (g = (g << 4) | (96 < l ? l - 87 : l - 48));
            continue;
          case 1:
            84 === (e = c[d]) ||
            65 === e ||
            79 === e ||
            111 === e ||
            98 === e ||
            85 === e ||
            83 === e ||
            115 === e ||
            76 === e ||
            108 === e ||
            71 === e ||
            103 === e ||
            77 === e ||
            109 === e ||
            86 === e
              ? ((h = e), (e = 2), d++)
              : (64 < e && 91 > e) || 35 === e || 114 === e || 120 === e
                ? ((h = e), (e = 3), d++)
                : ((h = 0), (e = 3));
            continue;
          case 2:
            44 === (l = c[d++]) ? (e = 4) : (i = (i << 4) | (96 < l ? l - 87 : l - 48));
            continue;
          case 3:
            l = c.indexOf(10, d);
            break;
          case 4:
            (l = d + i) > c.length && (l = -1);
        }
        var m = c.byteOffset + d;
        if (-1 < l)
          ((i = new Uint8Array(c.buffer, m, l - d)),
            98 === h
              ? ao(a, g, l === k ? i : i.slice())
              : (function (a, b, c, d, e, g) {
                  switch (d) {
                    case 65:
                      ao(a, c, au(e, g).buffer);
                      return;
                    case 79:
                      av(a, c, e, g, Int8Array, 1);
                      return;
                    case 111:
                      ao(a, c, 0 === e.length ? g : au(e, g));
                      return;
                    case 85:
                      av(a, c, e, g, Uint8ClampedArray, 1);
                      return;
                    case 83:
                      av(a, c, e, g, Int16Array, 2);
                      return;
                    case 115:
                      av(a, c, e, g, Uint16Array, 2);
                      return;
                    case 76:
                      av(a, c, e, g, Int32Array, 4);
                      return;
                    case 108:
                      av(a, c, e, g, Uint32Array, 4);
                      return;
                    case 71:
                      av(a, c, e, g, Float32Array, 4);
                      return;
                    case 103:
                      av(a, c, e, g, Float64Array, 8);
                      return;
                    case 77:
                      av(a, c, e, g, BigInt64Array, 8);
                      return;
                    case 109:
                      av(a, c, e, g, BigUint64Array, 8);
                      return;
                    case 86:
                      av(a, c, e, g, DataView, 1);
                      return;
                  }
                  for (var h = a._stringDecoder, i = "", j = 0; j < e.length; j++)
                    i += h.decode(e[j], f);
                  aw(a, b, c, d, (i += h.decode(g)));
                })(a, b, g, h, j, i),
            (d = l),
            3 === e && d++,
            (i = g = h = e = 0),
            (j.length = 0));
        else {
          ((c = new Uint8Array(c.buffer, m, c.byteLength - d)),
            98 === h ? ((i -= c.byteLength), ao(a, g, c)) : (j.push(c), (i -= c.byteLength)));
          break;
        }
      }
      ((b._rowState = e), (b._rowID = g), (b._rowTag = h), (b._rowLength = i));
    }
    function ay(a, b) {
      return (function a(b, c, d, e) {
        if ("string" == typeof c)
          return "$" === c[0]
            ? (function (a, b, c, d) {
                if ("$" === d[0]) {
                  if ("$" === d)
                    return (
                      null !== T &&
                        "0" === c &&
                        (T = {
                          parent: T,
                          chunk: null,
                          value: null,
                          reason: null,
                          deps: 0,
                          errored: !1,
                        }),
                      o
                    );
                  switch (d[1]) {
                    case "$":
                      return d.slice(1);
                    case "L":
                      return X((a = Y(a, (b = parseInt(d.slice(2), 16)))));
                    case "@":
                      return Y(a, (b = parseInt(d.slice(2), 16)));
                    case "w":
                    case "H":
                    case "u":
                      return;
                    case "S":
                      return Symbol.for(d.slice(2));
                    case "h":
                      return ae(a, (d = d.slice(2)), b, c, ac);
                    case "T":
                      if (((b = "$" + d.slice(2)), null == (a = a._tempRefs)))
                        throw Error(
                          "Missing a temporary reference set but the RSC response returned a temporary reference. Pass a temporaryReference option with the set that was used with the reply.",
                        );
                      return a.get(b);
                    case "Q":
                      return ae(a, (d = d.slice(2)), b, c, af);
                    case "W":
                      return ae(a, (d = d.slice(2)), b, c, ag);
                    case "B":
                      return ae(a, (d = d.slice(2)), b, c, ah);
                    case "K":
                      return ae(a, (d = d.slice(2)), b, c, ai);
                    case "Z":
                      return at();
                    case "i":
                      return ae(a, (d = d.slice(2)), b, c, aj);
                    case "I":
                      return 1 / 0;
                    case "-":
                      return "$-0" === d ? -0 : -1 / 0;
                    case "N":
                      return 0 / 0;
                    case "D":
                      return new Date(Date.parse(d.slice(2)));
                    case "n":
                      return BigInt(d.slice(2));
                    default:
                      return ae(a, (d = d.slice(1)), b, c, ak);
                  }
                }
                return d;
              })(b, d, e, c)
            : c;
        if ("object" != typeof c || null === c) return c;
        if (s(c)) {
          for (var f = 0; f < c.length; f++) c[f] = a(b, c[f], c, "" + f);
          return c[0] === o
            ? (c[0] === o
                ? ((b = { $$typeof: o, type: c[1], key: c[2], ref: null, props: c[3] }),
                  null !== T &&
                    ((T = (c = T).parent),
                    c.errored
                      ? (b = X((b = new H("rejected", null, c.reason))))
                      : 0 < c.deps &&
                        ((f = new H("blocked", null, null)),
                        (c.value = b),
                        (c.chunk = f),
                        (b = X(f)))))
                : (b = c),
              b)
            : c;
        }
        for (f in c)
          g.call(c, f) &&
            ("__proto__" === f
              ? delete c[f]
              : void 0 !== (d = a(b, c[f], c, f))
                ? (c[f] = d)
                : delete c[f]);
        return c;
      })(a, (b = JSON.parse(b)), { "": b }, "");
    }
    function az(a) {
      a._allowPartialStream
        ? ((a._closed = !0),
          a._chunks.forEach(function (a) {
            "pending" === a.status
              ? ((a.status = "halted"), (a.value = null), (a.reason = null))
              : "fulfilled" === a.status && null !== a.reason && a.reason.close('"$undefined"');
          }))
        : W(a, Error("Connection closed."));
    }
    function aA() {
      throw Error(
        "Server Functions cannot be called during initial render. This would create a fetch waterfall. Try to use a Server Component to pass data to Client Components instead.",
      );
    }
    function aB(a) {
      return new am(
        a.serverConsumerManifest.moduleMap,
        a.serverConsumerManifest.serverModuleMap,
        a.serverConsumerManifest.moduleLoading,
        aA,
        a.encodeFormAction,
        "string" == typeof a.nonce ? a.nonce : void 0,
        a && a.temporaryReferences ? a.temporaryReferences : void 0,
        !!a && !!a.unstable_allowPartialStream && a.unstable_allowPartialStream,
      );
    }
    function aC(a, b, c) {
      function d(b) {
        W(a, b);
      }
      var e = an(),
        f = b.getReader();
      f.read()
        .then(function b(g) {
          var h = g.value;
          return g.done ? c() : (ax(a, e, h), f.read().then(b).catch(d));
        })
        .catch(d);
    }
    function aD() {
      throw Error(
        "Server Functions cannot be called during initial render. This would create a fetch waterfall. Try to use a Server Component to pass data to Client Components instead.",
      );
    }
    ((c.createFromFetch = function (a, b) {
      var c = aB(b);
      return (
        a.then(
          function (a) {
            aC(c, a.body, az.bind(null, c));
          },
          function (a) {
            W(c, a);
          },
        ),
        Y(c, 0)
      );
    }),
      (c.createFromNodeStream = function (a, b, c) {
        var d, e, f;
        return (
          (d = b =
            new am(
              b.moduleMap,
              b.serverModuleMap,
              b.moduleLoading,
              aD,
              c ? c.encodeFormAction : void 0,
              c && "string" == typeof c.nonce ? c.nonce : void 0,
              void 0,
              !!c && !!c.unstable_allowPartialStream && c.unstable_allowPartialStream,
            )),
          (e = az.bind(null, b)),
          (f = an()),
          a.on("data", function (a) {
            if ("string" == typeof a) {
              for (
                var b = 0,
                  c = f._rowState,
                  e = f._rowID,
                  g = f._rowTag,
                  h = f._rowLength,
                  i = f._buffer,
                  j = a.length;
                b < j;
              ) {
                var k = -1;
                switch (c) {
                  case 0:
                    58 === (k = a.charCodeAt(b++))
                      ? (c = 1)
                      : (e = (e << 4) | (96 < k ? k - 87 : k - 48));
                    continue;
                  case 1:
                    84 === (c = a.charCodeAt(b)) ||
                    65 === c ||
                    79 === c ||
                    111 === c ||
                    85 === c ||
                    83 === c ||
                    115 === c ||
                    76 === c ||
                    108 === c ||
                    71 === c ||
                    103 === c ||
                    77 === c ||
                    109 === c ||
                    86 === c
                      ? ((g = c), (c = 2), b++)
                      : (64 < c && 91 > c) || 114 === c || 120 === c
                        ? ((g = c), (c = 3), b++)
                        : ((g = 0), (c = 3));
                    continue;
                  case 2:
                    44 === (k = a.charCodeAt(b++))
                      ? (c = 4)
                      : (h = (h << 4) | (96 < k ? k - 87 : k - 48));
                    continue;
                  case 3:
                    k = a.indexOf("\n", b);
                    break;
                  case 4:
                    if (84 !== g)
                      throw Error(
                        "Binary RSC chunks cannot be encoded as strings. This is a bug in the wiring of the React streams.",
                      );
                    if (h < a.length || a.length > 3 * h)
                      throw Error(
                        "String chunks need to be passed in their original shape. Not split into smaller string chunks. This is a bug in the wiring of the React streams.",
                      );
                    k = a.length;
                }
                if (-1 < k) {
                  if (0 < i.length)
                    throw Error(
                      "String chunks need to be passed in their original shape. Not split into smaller string chunks. This is a bug in the wiring of the React streams.",
                    );
                  (aw(d, f, e, g, (b = a.slice(b, k))),
                    (b = k),
                    3 === c && b++,
                    (h = e = g = c = 0),
                    (i.length = 0));
                } else if (a.length !== b)
                  throw Error(
                    "String chunks need to be passed in their original shape. Not split into smaller string chunks. This is a bug in the wiring of the React streams.",
                  );
              }
              ((f._rowState = c), (f._rowID = e), (f._rowTag = g), (f._rowLength = h));
            } else ax(d, f, a);
          }),
          a.on("error", function (a) {
            W(d, a);
          }),
          a.on("end", e),
          Y(b, 0)
        );
      }),
      (c.createFromReadableStream = function (a, b) {
        return (aC((b = aB(b)), a, az.bind(null, b)), Y(b, 0));
      }),
      (c.createServerReference = function (a) {
        function b() {
          Array.prototype.slice.call(arguments);
          return aA();
        }
        return (A(b, a, null, void 0), b);
      }),
      (c.createTemporaryReferenceSet = function () {
        return new Map();
      }),
      (c.encodeReply = function (a, b) {
        return new Promise(function (c, d) {
          w(
            a,
            "",
            b && b.temporaryReferences ? b.temporaryReferences : void 0,
            c,
            d,
            b ? b.signal : void 0,
          );
        });
      }),
      (c.registerServerReference = function (a, b, c) {
        return (A(a, b, null, c), a);
      }));
  },
  35427,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(4054);
  },
  23932,
  (a, b, c) => {
    (() => {
      "use strict";
      var a = {
          36: (a) => {
            a.exports = function (a) {
              for (var b = 5381, c = a.length; c;) b = (33 * b) ^ a.charCodeAt(--c);
              return b >>> 0;
            };
          },
        },
        c = {};
      function d(b) {
        var e = c[b];
        if (void 0 !== e) return e.exports;
        var f = (c[b] = { exports: {} }),
          g = !0;
        try {
          (a[b](f, f.exports, d), (g = !1));
        } finally {
          g && delete c[b];
        }
        return f.exports;
      }
      ((d.ab = "/ROOT/node_modules/next/dist/compiled/string-hash/"), (b.exports = d(36)));
    })();
  },
  91673,
  (a, b, c) => {
    var d;
    ("u" > typeof __nccwpck_require__ &&
      (__nccwpck_require__.ab = "/ROOT/node_modules/next/dist/compiled/superstruct/"),
      {
        293: function (a, b) {
          !(function (a) {
            "use strict";
            class b extends TypeError {
              constructor(a, b) {
                let c,
                  { message: d, explanation: e, ...f } = a,
                  { path: g } = a,
                  h = 0 === g.length ? d : `At path: ${g.join(".")} -- ${d}`;
                (super(e ?? h),
                  null != e && (this.cause = h),
                  Object.assign(this, f),
                  (this.name = this.constructor.name),
                  (this.failures = () => c ?? (c = [a, ...b()])));
              }
            }
            function c(a) {
              return "object" == typeof a && null != a;
            }
            function d(a) {
              if ("[object Object]" !== Object.prototype.toString.call(a)) return !1;
              let b = Object.getPrototypeOf(a);
              return null === b || b === Object.prototype;
            }
            function e(a) {
              return "symbol" == typeof a
                ? a.toString()
                : "string" == typeof a
                  ? JSON.stringify(a)
                  : `${a}`;
            }
            function* f(a, b, d, f) {
              var g;
              for (let h of ((c((g = a)) && "function" == typeof g[Symbol.iterator]) || (a = [a]),
              a)) {
                let a = (function (a, b, c, d) {
                  if (!0 === a) return;
                  !1 === a ? (a = {}) : "string" == typeof a && (a = { message: a });
                  let { path: f, branch: g } = b,
                    { type: h } = c,
                    {
                      refinement: i,
                      message:
                        j = `Expected a value of type \`${h}\`${i ? ` with refinement \`${i}\`` : ""}, but received: \`${e(d)}\``,
                    } = a;
                  return {
                    value: d,
                    type: h,
                    refinement: i,
                    key: f[f.length - 1],
                    path: f,
                    branch: g,
                    ...a,
                    message: j,
                  };
                })(h, b, d, f);
                a && (yield a);
              }
            }
            function* g(a, b, d = {}) {
              let { path: e = [], branch: f = [a], coerce: h = !1, mask: i = !1 } = d,
                j = { path: e, branch: f };
              if (
                h &&
                ((a = b.coercer(a, j)),
                i && "type" !== b.type && c(b.schema) && c(a) && !Array.isArray(a))
              )
                for (let c in a) void 0 === b.schema[c] && delete a[c];
              let k = "valid";
              for (let c of b.validator(a, j))
                ((c.explanation = d.message), (k = "not_valid"), yield [c, void 0]);
              for (let [l, m, n] of b.entries(a, j))
                for (let b of g(m, n, {
                  path: void 0 === l ? e : [...e, l],
                  branch: void 0 === l ? f : [...f, m],
                  coerce: h,
                  mask: i,
                  message: d.message,
                }))
                  b[0]
                    ? ((k = null != b[0].refinement ? "not_refined" : "not_valid"),
                      yield [b[0], void 0])
                    : h &&
                      ((m = b[1]),
                      void 0 === l
                        ? (a = m)
                        : a instanceof Map
                          ? a.set(l, m)
                          : a instanceof Set
                            ? a.add(m)
                            : c(a) && (void 0 !== m || l in a) && (a[l] = m));
              if ("not_valid" !== k)
                for (let c of b.refiner(a, j))
                  ((c.explanation = d.message), (k = "not_refined"), yield [c, void 0]);
              "valid" === k && (yield [void 0, a]);
            }
            class h {
              constructor(a) {
                let {
                  type: b,
                  schema: c,
                  validator: d,
                  refiner: e,
                  coercer: g = (a) => a,
                  entries: h = function* () {},
                } = a;
                ((this.type = b),
                  (this.schema = c),
                  (this.entries = h),
                  (this.coercer = g),
                  d
                    ? (this.validator = (a, b) => f(d(a, b), b, this, a))
                    : (this.validator = () => []),
                  e
                    ? (this.refiner = (a, b) => f(e(a, b), b, this, a))
                    : (this.refiner = () => []));
              }
              assert(a, b) {
                return i(a, this, b);
              }
              create(a, b) {
                return j(a, this, b);
              }
              is(a) {
                return l(a, this);
              }
              mask(a, b) {
                return k(a, this, b);
              }
              validate(a, b = {}) {
                return m(a, this, b);
              }
            }
            function i(a, b, c) {
              let d = m(a, b, { message: c });
              if (d[0]) throw d[0];
            }
            function j(a, b, c) {
              let d = m(a, b, { coerce: !0, message: c });
              if (!d[0]) return d[1];
              throw d[0];
            }
            function k(a, b, c) {
              let d = m(a, b, { coerce: !0, mask: !0, message: c });
              if (!d[0]) return d[1];
              throw d[0];
            }
            function l(a, b) {
              return !m(a, b)[0];
            }
            function m(a, c, d = {}) {
              let e = g(a, c, d),
                f = (function (a) {
                  let { done: b, value: c } = a.next();
                  return b ? void 0 : c;
                })(e);
              return f[0]
                ? [
                    new b(f[0], function* () {
                      for (let a of e) a[0] && (yield a[0]);
                    }),
                    void 0,
                  ]
                : [void 0, f[1]];
            }
            function n(a, b) {
              return new h({ type: a, schema: null, validator: b });
            }
            function o() {
              return n("never", () => !1);
            }
            function p(a) {
              let b = a ? Object.keys(a) : [],
                d = o();
              return new h({
                type: "object",
                schema: a || null,
                *entries(e) {
                  if (a && c(e)) {
                    let c = new Set(Object.keys(e));
                    for (let d of b) (c.delete(d), yield [d, e[d], a[d]]);
                    for (let a of c) yield [a, e[a], d];
                  }
                },
                validator: (a) => c(a) || `Expected an object, but received: ${e(a)}`,
                coercer: (a) => (c(a) ? { ...a } : a),
              });
            }
            function q(a) {
              return new h({
                ...a,
                validator: (b, c) => void 0 === b || a.validator(b, c),
                refiner: (b, c) => void 0 === b || a.refiner(b, c),
              });
            }
            function r() {
              return n(
                "string",
                (a) => "string" == typeof a || `Expected a string, but received: ${e(a)}`,
              );
            }
            function s(a) {
              let b = Object.keys(a);
              return new h({
                type: "type",
                schema: a,
                *entries(d) {
                  if (c(d)) for (let c of b) yield [c, d[c], a[c]];
                },
                validator: (a) => c(a) || `Expected an object, but received: ${e(a)}`,
                coercer: (a) => (c(a) ? { ...a } : a),
              });
            }
            function t() {
              return n("unknown", () => !0);
            }
            function u(a, b, c) {
              return new h({
                ...a,
                coercer: (d, e) => (l(d, b) ? a.coercer(c(d, e), e) : a.coercer(d, e)),
              });
            }
            function v(a) {
              return a instanceof Map || a instanceof Set ? a.size : a.length;
            }
            function w(a, b, c) {
              return new h({
                ...a,
                *refiner(d, e) {
                  for (let g of (yield* a.refiner(d, e), f(c(d, e), e, a, d)))
                    yield { ...g, refinement: b };
                },
              });
            }
            ((a.Struct = h),
              (a.StructError = b),
              (a.any = function () {
                return n("any", () => !0);
              }),
              (a.array = function (a) {
                return new h({
                  type: "array",
                  schema: a,
                  *entries(b) {
                    if (a && Array.isArray(b)) for (let [c, d] of b.entries()) yield [c, d, a];
                  },
                  coercer: (a) => (Array.isArray(a) ? a.slice() : a),
                  validator: (a) =>
                    Array.isArray(a) || `Expected an array value, but received: ${e(a)}`,
                });
              }),
              (a.assert = i),
              (a.assign = function (...a) {
                let b = "type" === a[0].type,
                  c = Object.assign({}, ...a.map((a) => a.schema));
                return b ? s(c) : p(c);
              }),
              (a.bigint = function () {
                return n("bigint", (a) => "bigint" == typeof a);
              }),
              (a.boolean = function () {
                return n("boolean", (a) => "boolean" == typeof a);
              }),
              (a.coerce = u),
              (a.create = j),
              (a.date = function () {
                return n(
                  "date",
                  (a) =>
                    (a instanceof Date && !isNaN(a.getTime())) ||
                    `Expected a valid \`Date\` object, but received: ${e(a)}`,
                );
              }),
              (a.defaulted = function (a, b, c = {}) {
                return u(a, t(), (a) => {
                  let e = "function" == typeof b ? b() : b;
                  if (void 0 === a) return e;
                  if (!c.strict && d(a) && d(e)) {
                    let b = { ...a },
                      c = !1;
                    for (let a in e) void 0 === b[a] && ((b[a] = e[a]), (c = !0));
                    if (c) return b;
                  }
                  return a;
                });
              }),
              (a.define = n),
              (a.deprecated = function (a, b) {
                return new h({
                  ...a,
                  refiner: (b, c) => void 0 === b || a.refiner(b, c),
                  validator: (c, d) => void 0 === c || (b(c, d), a.validator(c, d)),
                });
              }),
              (a.dynamic = function (a) {
                return new h({
                  type: "dynamic",
                  schema: null,
                  *entries(b, c) {
                    let d = a(b, c);
                    yield* d.entries(b, c);
                  },
                  validator: (b, c) => a(b, c).validator(b, c),
                  coercer: (b, c) => a(b, c).coercer(b, c),
                  refiner: (b, c) => a(b, c).refiner(b, c),
                });
              }),
              (a.empty = function (a) {
                return w(a, "empty", (b) => {
                  let c = v(b);
                  return (
                    0 === c ||
                    `Expected an empty ${a.type} but received one with a size of \`${c}\``
                  );
                });
              }),
              (a.enums = function (a) {
                let b = {},
                  c = a.map((a) => e(a)).join();
                for (let c of a) b[c] = c;
                return new h({
                  type: "enums",
                  schema: b,
                  validator: (b) =>
                    a.includes(b) || `Expected one of \`${c}\`, but received: ${e(b)}`,
                });
              }),
              (a.func = function () {
                return n(
                  "func",
                  (a) => "function" == typeof a || `Expected a function, but received: ${e(a)}`,
                );
              }),
              (a.instance = function (a) {
                return n(
                  "instance",
                  (b) =>
                    b instanceof a || `Expected a \`${a.name}\` instance, but received: ${e(b)}`,
                );
              }),
              (a.integer = function () {
                return n(
                  "integer",
                  (a) =>
                    ("number" == typeof a && !isNaN(a) && Number.isInteger(a)) ||
                    `Expected an integer, but received: ${e(a)}`,
                );
              }),
              (a.intersection = function (a) {
                return new h({
                  type: "intersection",
                  schema: null,
                  *entries(b, c) {
                    for (let d of a) yield* d.entries(b, c);
                  },
                  *validator(b, c) {
                    for (let d of a) yield* d.validator(b, c);
                  },
                  *refiner(b, c) {
                    for (let d of a) yield* d.refiner(b, c);
                  },
                });
              }),
              (a.is = l),
              (a.lazy = function (a) {
                let b;
                return new h({
                  type: "lazy",
                  schema: null,
                  *entries(c, d) {
                    (b ?? (b = a()), yield* b.entries(c, d));
                  },
                  validator: (c, d) => (b ?? (b = a()), b.validator(c, d)),
                  coercer: (c, d) => (b ?? (b = a()), b.coercer(c, d)),
                  refiner: (c, d) => (b ?? (b = a()), b.refiner(c, d)),
                });
              }),
              (a.literal = function (a) {
                let b = e(a),
                  c = typeof a;
                return new h({
                  type: "literal",
                  schema: "string" === c || "number" === c || "boolean" === c ? a : null,
                  validator: (c) =>
                    c === a || `Expected the literal \`${b}\`, but received: ${e(c)}`,
                });
              }),
              (a.map = function (a, b) {
                return new h({
                  type: "map",
                  schema: null,
                  *entries(c) {
                    if (a && b && c instanceof Map)
                      for (let [d, e] of c.entries()) (yield [d, d, a], yield [d, e, b]);
                  },
                  coercer: (a) => (a instanceof Map ? new Map(a) : a),
                  validator: (a) =>
                    a instanceof Map || `Expected a \`Map\` object, but received: ${e(a)}`,
                });
              }),
              (a.mask = k),
              (a.max = function (a, b, c = {}) {
                let { exclusive: d } = c;
                return w(a, "max", (c) =>
                  d
                    ? c < b
                    : c <= b ||
                      `Expected a ${a.type} less than ${d ? "" : "or equal to "}${b} but received \`${c}\``,
                );
              }),
              (a.min = function (a, b, c = {}) {
                let { exclusive: d } = c;
                return w(a, "min", (c) =>
                  d
                    ? c > b
                    : c >= b ||
                      `Expected a ${a.type} greater than ${d ? "" : "or equal to "}${b} but received \`${c}\``,
                );
              }),
              (a.never = o),
              (a.nonempty = function (a) {
                return w(
                  a,
                  "nonempty",
                  (b) => v(b) > 0 || `Expected a nonempty ${a.type} but received an empty one`,
                );
              }),
              (a.nullable = function (a) {
                return new h({
                  ...a,
                  validator: (b, c) => null === b || a.validator(b, c),
                  refiner: (b, c) => null === b || a.refiner(b, c),
                });
              }),
              (a.number = function () {
                return n(
                  "number",
                  (a) =>
                    ("number" == typeof a && !isNaN(a)) ||
                    `Expected a number, but received: ${e(a)}`,
                );
              }),
              (a.object = p),
              (a.omit = function (a, b) {
                let { schema: c } = a,
                  d = { ...c };
                for (let a of b) delete d[a];
                return "type" === a.type ? s(d) : p(d);
              }),
              (a.optional = q),
              (a.partial = function (a) {
                let b = a instanceof h ? { ...a.schema } : { ...a };
                for (let a in b) b[a] = q(b[a]);
                return p(b);
              }),
              (a.pattern = function (a, b) {
                return w(
                  a,
                  "pattern",
                  (c) =>
                    b.test(c) ||
                    `Expected a ${a.type} matching \`/${b.source}/\` but received "${c}"`,
                );
              }),
              (a.pick = function (a, b) {
                let { schema: c } = a,
                  d = {};
                for (let a of b) d[a] = c[a];
                return p(d);
              }),
              (a.record = function (a, b) {
                return new h({
                  type: "record",
                  schema: null,
                  *entries(d) {
                    if (c(d))
                      for (let c in d) {
                        let e = d[c];
                        (yield [c, c, a], yield [c, e, b]);
                      }
                  },
                  validator: (a) => c(a) || `Expected an object, but received: ${e(a)}`,
                });
              }),
              (a.refine = w),
              (a.regexp = function () {
                return n("regexp", (a) => a instanceof RegExp);
              }),
              (a.set = function (a) {
                return new h({
                  type: "set",
                  schema: null,
                  *entries(b) {
                    if (a && b instanceof Set) for (let c of b) yield [c, c, a];
                  },
                  coercer: (a) => (a instanceof Set ? new Set(a) : a),
                  validator: (a) =>
                    a instanceof Set || `Expected a \`Set\` object, but received: ${e(a)}`,
                });
              }),
              (a.size = function (a, b, c = b) {
                let d = `Expected a ${a.type}`,
                  e = b === c ? `of \`${b}\`` : `between \`${b}\` and \`${c}\``;
                return w(a, "size", (a) => {
                  if ("number" == typeof a || a instanceof Date)
                    return (b <= a && a <= c) || `${d} ${e} but received \`${a}\``;
                  if (a instanceof Map || a instanceof Set) {
                    let { size: f } = a;
                    return (
                      (b <= f && f <= c) ||
                      `${d} with a size ${e} but received one with a size of \`${f}\``
                    );
                  }
                  {
                    let { length: f } = a;
                    return (
                      (b <= f && f <= c) ||
                      `${d} with a length ${e} but received one with a length of \`${f}\``
                    );
                  }
                });
              }),
              (a.string = r),
              (a.struct = function (a, b) {
                return (
                  console.warn(
                    "superstruct@0.11 - The `struct` helper has been renamed to `define`.",
                  ),
                  n(a, b)
                );
              }),
              (a.trimmed = function (a) {
                return u(a, r(), (a) => a.trim());
              }),
              (a.tuple = function (a) {
                let b = o();
                return new h({
                  type: "tuple",
                  schema: null,
                  *entries(c) {
                    if (Array.isArray(c)) {
                      let d = Math.max(a.length, c.length);
                      for (let e = 0; e < d; e++) yield [e, c[e], a[e] || b];
                    }
                  },
                  validator: (a) => Array.isArray(a) || `Expected an array, but received: ${e(a)}`,
                });
              }),
              (a.type = s),
              (a.union = function (a) {
                let b = a.map((a) => a.type).join(" | ");
                return new h({
                  type: "union",
                  schema: null,
                  coercer(b) {
                    for (let c of a) {
                      let [a, d] = c.validate(b, { coerce: !0 });
                      if (!a) return d;
                    }
                    return b;
                  },
                  validator(c, d) {
                    let f = [];
                    for (let b of a) {
                      let [...a] = g(c, b, d),
                        [e] = a;
                      if (!e[0]) return [];
                      for (let [b] of a) b && f.push(b);
                    }
                    return [
                      `Expected the value to satisfy a union of \`${b}\`, but received: ${e(c)}`,
                      ...f,
                    ];
                  },
                });
              }),
              (a.unknown = t),
              (a.validate = m));
          })(b);
        },
      }[293](0, (d = {})),
      (b.exports = d));
  },
  43070,
  54015,
  (a) => {
    "use strict";
    var b;
    let { env: c, stdout: d } = (null == (b = globalThis) ? void 0 : b.process) ?? {},
      e =
        c &&
        !c.NO_COLOR &&
        (c.FORCE_COLOR || ((null == d ? void 0 : d.isTTY) && !c.CI && "dumb" !== c.TERM));
    (null == d ? void 0 : d.isTTY) || c.NEXT_PRIVATE_PROMPT_OUTPUT;
    let f = (a, b, c, d) => {
        let e = a.substring(0, d) + c,
          g = a.substring(d + b.length),
          h = g.indexOf(b);
        return ~h ? e + f(g, b, c, h) : e + g;
      },
      g = (a, b, c = a) =>
        e
          ? (d) => {
              let e = "" + d,
                g = e.indexOf(b, a.length);
              return ~g ? a + f(e, b, c, g) + b : a + e + b;
            }
          : String,
      h = g("\x1b[1m", "\x1b[22m", "\x1b[22m\x1b[1m");
    (g("\x1b[2m", "\x1b[22m", "\x1b[22m\x1b[2m"),
      g("\x1b[3m", "\x1b[23m"),
      g("\x1b[4m", "\x1b[24m"),
      g("\x1b[7m", "\x1b[27m"),
      g("\x1b[8m", "\x1b[28m"),
      g("\x1b[9m", "\x1b[29m"),
      g("\x1b[30m", "\x1b[39m"));
    let i = g("\x1b[31m", "\x1b[39m"),
      j = g("\x1b[32m", "\x1b[39m"),
      k = g("\x1b[33m", "\x1b[39m");
    g("\x1b[34m", "\x1b[39m");
    let l = g("\x1b[35m", "\x1b[39m");
    (g("\x1b[38;2;173;127;168m", "\x1b[39m"), g("\x1b[36m", "\x1b[39m"));
    let m = g("\x1b[37m", "\x1b[39m");
    (g("\x1b[90m", "\x1b[39m"),
      g("\x1b[40m", "\x1b[49m"),
      g("\x1b[41m", "\x1b[49m"),
      g("\x1b[42m", "\x1b[49m"),
      g("\x1b[43m", "\x1b[49m"),
      g("\x1b[44m", "\x1b[49m"),
      g("\x1b[45m", "\x1b[49m"),
      g("\x1b[46m", "\x1b[49m"),
      g("\x1b[47m", "\x1b[49m"));
    class n {
      constructor(a, b, c) {
        ((this.prev = null), (this.next = null), (this.key = a), (this.data = b), (this.size = c));
      }
    }
    class o {
      constructor() {
        ((this.prev = null), (this.next = null));
      }
    }
    class p {
      constructor(a, b, c) {
        ((this.cache = new Map()),
          (this.totalSize = 0),
          (this.maxSize = a),
          (this.calculateSize = b),
          (this.onEvict = c),
          (this.head = new o()),
          (this.tail = new o()),
          (this.head.next = this.tail),
          (this.tail.prev = this.head));
      }
      addToHead(a) {
        ((a.prev = this.head),
          (a.next = this.head.next),
          (this.head.next.prev = a),
          (this.head.next = a));
      }
      removeNode(a) {
        ((a.prev.next = a.next), (a.next.prev = a.prev));
      }
      moveToHead(a) {
        (this.removeNode(a), this.addToHead(a));
      }
      removeTail() {
        let a = this.tail.prev;
        return (this.removeNode(a), a);
      }
      set(a, b) {
        let c = (null == this.calculateSize ? void 0 : this.calculateSize.call(this, b, a)) ?? 1;
        if (c <= 0)
          throw Error(
            `LRUCache: calculateSize returned ${c}, but size must be > 0. Items with size 0 would never be evicted, causing unbounded cache growth.`,
          );
        if (c > this.maxSize) return (console.warn("Single item size exceeds maxSize"), !1);
        let d = this.cache.get(a);
        if (d)
          ((d.data = b),
            (this.totalSize = this.totalSize - d.size + c),
            (d.size = c),
            this.moveToHead(d));
        else {
          let d = new n(a, b, c);
          (this.cache.set(a, d), this.addToHead(d), (this.totalSize += c));
        }
        for (; this.totalSize > this.maxSize && this.cache.size > 0;) {
          let a = this.removeTail();
          (this.cache.delete(a.key),
            (this.totalSize -= a.size),
            null == this.onEvict || this.onEvict.call(this, a.key, a.data));
        }
        return !0;
      }
      has(a) {
        return this.cache.has(a);
      }
      get(a) {
        let b = this.cache.get(a);
        if (b) return (this.moveToHead(b), b.data);
      }
      *[Symbol.iterator]() {
        let a = this.head.next;
        for (; a && a !== this.tail;) {
          let b = a;
          (yield [b.key, b.data], (a = a.next));
        }
      }
      remove(a) {
        let b = this.cache.get(a);
        b && (this.removeNode(b), this.cache.delete(a), (this.totalSize -= b.size));
      }
      get size() {
        return this.cache.size;
      }
      get currentSize() {
        return this.totalSize;
      }
    }
    a.s(["f", 0, p], 54015);
    let q = {
        wait: m(h("○")),
        error: i(h("⨯")),
        warn: k(h("⚠")),
        ready: "▲",
        info: m(h(" ")),
        event: j(h("✓")),
        trace: l(h("»")),
      },
      r = { log: "log", warn: "warn", error: "error" };
    function s(...a) {
      !(function (a, ...b) {
        ("" === b[0] || void 0 === b[0]) && 1 === b.length && b.shift();
        let c = a in r ? r[a] : "log",
          d = q[a];
        0 === b.length
          ? console[c]("")
          : 1 === b.length && "string" == typeof b[0]
            ? console[c](d + " " + b[0])
            : console[c](d, ...b);
      })("warn", ...a);
    }
    let t = new p(1e4, (a) => a.length);
    (new p(1e4, (a) => a.length),
      a.s(
        [
          "S",
          0,
          s,
          "R",
          0,
          function (...a) {
            let b = a.join(" ");
            t.has(b) || (t.set(b, b), s(...a));
          },
        ],
        43070,
      ));
  },
  91562,
  (a) => {
    "use strict";
    let b = "next-router-state-tree",
      c = "next-router-prefetch",
      d = "next-router-segment-prefetch",
      e = "next-hmr-refresh",
      f = ["rsc", b, c, e, d];
    a.s([
      "ACTION_HEADER",
      0,
      "next-action",
      "FLIGHT_HEADERS",
      0,
      f,
      "NEXT_DID_POSTPONE_HEADER",
      0,
      "x-nextjs-postponed",
      "NEXT_HMR_REFRESH_HEADER",
      0,
      e,
      "NEXT_INSTANT_TEST_COOKIE",
      0,
      "next-instant-navigation-testing",
      "NEXT_IS_PRERENDER_HEADER",
      0,
      "x-nextjs-prerender",
      "NEXT_ROUTER_PREFETCH_HEADER",
      0,
      c,
      "NEXT_ROUTER_SEGMENT_PREFETCH_HEADER",
      0,
      d,
      "NEXT_ROUTER_STATE_TREE_HEADER",
      0,
      b,
      "RSC_CONTENT_TYPE_HEADER",
      0,
      "text/x-component",
      "RSC_HEADER",
      0,
      "rsc",
    ]);
  },
  92977,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(d("[project]/node_modules/next/dist/esm/client/components/client-page.js"));
  },
  20575,
  (a) => {
    "use strict";
    var b = a.i(92977);
    a.n(b);
  },
  48552,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(d("[project]/node_modules/next/dist/esm/client/components/client-segment.js"));
  },
  5476,
  (a) => {
    "use strict";
    var b = a.i(48552);
    a.n(b);
  },
  83919,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(
      d(
        "[project]/node_modules/next/dist/esm/client/components/http-access-fallback/error-boundary.js",
      ),
    );
  },
  88471,
  (a) => {
    "use strict";
    var b = a.i(83919);
    a.n(b);
  },
  26768,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(d("[project]/node_modules/next/dist/esm/client/components/layout-router.js"));
  },
  28212,
  (a) => {
    "use strict";
    var b = a.i(26768);
    a.n(b);
  },
  71717,
  (a) => {
    "use strict";
    var b,
      c =
        (((b = {})[(b.SeeOther = 303)] = "SeeOther"),
        (b[(b.TemporaryRedirect = 307)] = "TemporaryRedirect"),
        (b[(b.PermanentRedirect = 308)] = "PermanentRedirect"),
        b);
    a.s(["RedirectStatusCode", 0, c]);
  },
  17910,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(
      d("[project]/node_modules/next/dist/esm/client/components/render-from-template-context.js"),
    );
  },
  54691,
  (a) => {
    "use strict";
    var b = a.i(17910);
    a.n(b);
  },
  21751,
  (a) => {
    "use strict";
    let b = {
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
    (b.reactServerComponents,
      b.actionBrowser,
      b.reactServerComponents,
      b.actionBrowser,
      b.instrument,
      b.middleware,
      b.apiNode,
      b.apiEdge,
      b.serverSideRendering,
      b.appPagesBrowser,
      b.reactServerComponents,
      b.actionBrowser,
      b.serverSideRendering,
      b.appPagesBrowser,
      b.shared,
      b.instrument,
      b.middleware,
      b.reactServerComponents,
      b.serverSideRendering,
      b.appPagesBrowser,
      b.actionBrowser,
      a.s([
        "CACHE_ONE_YEAR_SECONDS",
        0,
        31536e3,
        "HTML_CONTENT_TYPE_HEADER",
        0,
        "text/html; charset=utf-8",
        "INFINITE_CACHE",
        0,
        0xfffffffe,
        "NEXT_CACHE_REVALIDATED_TAGS_HEADER",
        0,
        "x-next-revalidated-tags",
        "NEXT_CACHE_REVALIDATE_TAG_TOKEN_HEADER",
        0,
        "x-next-revalidate-tag-token",
        "NEXT_CACHE_TAGS_HEADER",
        0,
        "x-next-cache-tags",
        "NEXT_CACHE_TAG_MAX_ITEMS",
        0,
        128,
        "NEXT_CACHE_TAG_MAX_LENGTH",
        0,
        256,
        "NEXT_NAV_DEPLOYMENT_ID_HEADER",
        0,
        "x-nextjs-deployment-id",
        "NEXT_RESUME_HEADER",
        0,
        "next-resume",
        "NEXT_RESUME_STATE_LENGTH_HEADER",
        0,
        "x-next-resume-state-length",
      ]));
  },
  40795,
  (a) => {
    "use strict";
    var b,
      c =
        (((b = {}).BLOCKING_STATIC_RENDER = "BLOCKING_STATIC_RENDER"),
        (b.PRERENDER = "PRERENDER"),
        (b.NOT_FOUND = "NOT_FOUND"),
        b);
    a.s([
      "FallbackMode",
      0,
      c,
      "parseFallbackField",
      0,
      function (a) {
        if ("string" == typeof a) return "PRERENDER";
        if (null === a) return "BLOCKING_STATIC_RENDER";
        if (!1 === a) return "NOT_FOUND";
        if (void 0 !== a)
          throw Error(
            `Invalid fallback option: ${a}. Fallback option must be a string, null, undefined, or false.`,
          );
      },
    ]);
  },
  24150,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(d("[project]/node_modules/next/dist/esm/lib/framework/boundary-components.js"));
  },
  82622,
  (a) => {
    "use strict";
    var b = a.i(24150);
    a.n(b);
  },
  40771,
  (a, b, c) => {
    let { createClientModuleProxy: d } = a.r(11857);
    a.n(d("[project]/node_modules/next/dist/esm/lib/metadata/generate/icon-mark.js"));
  },
  6983,
  (a) => {
    "use strict";
    var b = a.i(40771);
    a.n(b);
  },
  2754,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(717),
      d = a.i(91505),
      e = a.i(56704),
      f = a.i(85034),
      g = a.i(32885);
    async function h(a) {
      let b,
        c,
        d,
        { layout: e, page: f, defaultPage: h } = a[2],
        i = void 0 !== e,
        j = void 0 !== f,
        k = void 0 !== h && a[0] === g.F;
      return (
        i
          ? ((b = await e[0]()), (c = "layout"), (d = e[1]))
          : j
            ? ((b = await f[0]()), (c = "page"), (d = f[1]))
            : k && ((b = await h[0]()), (c = "page"), (d = h[1])),
        { mod: b, modType: c, filePath: d }
      );
    }
    async function i(a, b) {
      let { [b]: c } = a[2];
      if (void 0 !== c) return await c[0]();
    }
    var j = a.i(43070),
      k = a.i(52589),
      l = a.i(52879);
    function m(a) {
      return a.$$typeof === Symbol.for("react.server.reference");
    }
    function n(a) {
      return Array.isArray(a) ? a : [a];
    }
    function o(a) {
      if (null != a) return n(a);
    }
    var p = a.i(24373);
    function q(a) {
      return "string" == typeof a || a instanceof URL;
    }
    function r() {
      let a = !!process.env.__NEXT_EXPERIMENTAL_HTTPS;
      return new URL(`${a ? "https" : "http"}://localhost:${process.env.PORT || 3e3}`);
    }
    function s(a, b) {
      if (a instanceof URL) return a;
      if (!a) return null;
      try {
        return new URL(a);
      } catch {}
      b || (b = r());
      let c = b.pathname || "";
      return new URL(p.default.posix.join(c, a), b);
    }
    let t = /^(?:\/((?!\.well-known(?:\/.*)?)(?:[^/]+\/)*[^/]+\.\w+))(\/?|$)/i;
    function u(a, b, c, { trailingSlash: d }) {
      var e, f;
      a = "string" == typeof (e = a) && e.startsWith("./") ? p.default.posix.resolve(c, e) : e;
      let g = "",
        h = b ? s(a, b) : a;
      if (
        ((g =
          "string" == typeof h
            ? h
            : "/" === h.pathname && 0 === h.searchParams.size
              ? h.origin
              : h.href),
        d && !g.endsWith("/"))
      ) {
        let a = g.startsWith("/"),
          c = g.includes("?"),
          d = !1,
          e = !1;
        if (!a) {
          try {
            let a = new URL(g);
            ((d = null != b && a.origin !== b.origin), (f = a.pathname), (e = t.test(f)));
          } catch {
            d = !0;
          }
          if (!e && !d && !c) return `${g}/`;
        }
      }
      return g;
    }
    function v(a, b) {
      return a ? a.replace(/%s/g, b) : b;
    }
    function w(a, b) {
      let c,
        d = "string" != typeof a && a && "template" in a ? a.template : null;
      return ("string" == typeof a
        ? (c = v(b, a))
        : a &&
          ("default" in a && (c = v(b, a.default)),
          "absolute" in a && a.absolute && (c = a.absolute)),
      a && "string" != typeof a)
        ? { template: d, absolute: c || "" }
        : { absolute: c || a || "", template: d };
    }
    var x = a.i(42440);
    let y = ["authors", "tags"],
      z = ["albums", "musicians"],
      A = ["actors", "directors", "writers", "tags"],
      B = ["emails", "phoneNumbers", "faxNumbers", "alternateLocale", "audio", "videos"];
    function C(a, b, c) {
      let d = o(a);
      if (!d) return d;
      let e = [];
      for (let a of d) {
        let d = (function (a, b, c) {
          if (!a) return;
          let d = q(a),
            e = d ? a : a.url;
          if (!e) return;
          let f = !!process.env.VERCEL;
          if ("string" == typeof e && !(0, x.isFullStringUrl)(e) && (!b || c)) {
            let a = (function (a) {
              let b,
                c,
                d = r(),
                e = (b = process.env.VERCEL_BRANCH_URL || process.env.VERCEL_URL)
                  ? new URL(`https://${b}`)
                  : void 0,
                f = (c = process.env.VERCEL_PROJECT_PRODUCTION_URL)
                  ? new URL(`https://${c}`)
                  : void 0;
              return e && "preview" === process.env.VERCEL_ENV ? e : a || f || d;
            })(b);
            (f ||
              b ||
              (0, j.R)(
                `metadataBase property in metadata export is not set for resolving social open graph or twitter images, using "${a.origin}". See https://nextjs.org/docs/app/api-reference/functions/generate-metadata#metadatabase`,
              ),
              (b = a));
          }
          return d ? { url: s(e, b) } : { ...a, url: s(e, b) };
        })(a, b, c);
        d && e.push(d);
      }
      return e;
    }
    let D = {
        article: y,
        book: y,
        "music.song": z,
        "music.album": z,
        "music.playlist": ["albums", "musicians"],
        "music.radio_station": ["creators"],
        "video.movie": A,
        "video.episode": A,
      },
      E = async (a, b, c, d, e) => {
        var f;
        if (!a) return null;
        let g = { ...a, title: w(a.title, e) };
        for (let b of (f = a && "type" in a ? a.type : void 0) && f in D ? D[f].concat(B) : B)
          if (b in a && "url" !== b) {
            let c = a[b];
            g[b] = c ? n(c) : null;
          }
        return (
          (g.images = C(a.images, b, d.isStaticMetadataRouteFile)),
          (g.url = a.url ? u(a.url, b, await c, d) : null),
          g
        );
      },
      F = ["site", "siteId", "creator", "creatorId", "description"],
      G = (a, b, c, d) => {
        var e;
        if (!a) return null;
        let f = "card" in a ? a.card : void 0,
          g = { ...a, title: w(a.title, d) };
        for (let b of F) g[b] = a[b] || null;
        if (
          ((g.images = C(a.images, b, c.isStaticMetadataRouteFile)),
          (f =
            f ||
            ((null == (e = g.images) ? void 0 : e.length) ? "summary_large_image" : "summary")),
          (g.card = f),
          "card" in g)
        )
          switch (g.card) {
            case "player":
              g.players = o(g.players) || [];
              break;
            case "app":
              g.app = g.app || {};
          }
        return g;
      };
    function H(a, b, c, d) {
      if (a instanceof URL) {
        let b = new URL(c, a);
        (a.searchParams.forEach((a, c) => b.searchParams.set(c, a)), (a = b));
      }
      return u(a, b, c, d);
    }
    let I = (a) => {
      var b;
      if (!a) return null;
      let c = [];
      return (
        null == (b = o(a)) ||
          b.forEach((a) => {
            "string" == typeof a
              ? c.push({ color: a })
              : "object" == typeof a && c.push({ color: a.color, media: a.media });
          }),
        c
      );
    };
    async function J(a, b, c, d) {
      if (!a) return null;
      let e = {};
      for (let [f, g] of Object.entries(a))
        if ("string" == typeof g || g instanceof URL) {
          let a = await c;
          e[f] = [{ url: H(g, b, a, d) }];
        } else if (g && g.length) {
          e[f] = [];
          let a = await c;
          g.forEach((c, g) => {
            let h = H(c.url, b, a, d);
            e[f][g] = { url: h, title: c.title };
          });
        }
      return e;
    }
    async function K(a, b, c, d) {
      return a
        ? { url: H("string" == typeof a || a instanceof URL ? a : a.url, b, await c, d) }
        : null;
    }
    let L = async (a, b, c, d) => {
        if (!a) return null;
        let e = await K(a.canonical, b, c, d),
          f = await J(a.languages, b, c, d);
        return {
          canonical: e,
          languages: f,
          media: await J(a.media, b, c, d),
          types: await J(a.types, b, c, d),
        };
      },
      M = [
        "noarchive",
        "nosnippet",
        "noimageindex",
        "nocache",
        "notranslate",
        "indexifembedded",
        "nositelinkssearchbox",
        "unavailable_after",
        "max-video-preview",
        "max-image-preview",
        "max-snippet",
      ],
      N = (a) => {
        if (!a) return null;
        if ("string" == typeof a) return a;
        let b = [];
        for (let c of (a.index ? b.push("index") : "boolean" == typeof a.index && b.push("noindex"),
        a.follow ? b.push("follow") : "boolean" == typeof a.follow && b.push("nofollow"),
        M)) {
          let d = a[c];
          void 0 !== d && !1 !== d && b.push("boolean" == typeof d ? c : `${c}:${d}`);
        }
        return b.join(", ");
      },
      O = (a) =>
        a ? { basic: N(a), googleBot: "string" != typeof a ? N(a.googleBot) : null } : null,
      P = ["google", "yahoo", "yandex", "me", "other"],
      Q = (a) => {
        if (!a) return null;
        let b = {};
        for (let c of P) {
          let d = a[c];
          if (d)
            if ("other" === c)
              for (let c in ((b.other = {}), a.other)) {
                let d = o(a.other[c]);
                d && (b.other[c] = d);
              }
            else b[c] = o(d);
        }
        return b;
      },
      R = (a) => {
        var b;
        if (!a) return null;
        if (!0 === a) return { capable: !0 };
        let c = a.startupImage
          ? null == (b = o(a.startupImage))
            ? void 0
            : b.map((a) => ("string" == typeof a ? { url: a } : a))
          : null;
        return {
          capable: !("capable" in a) || !!a.capable,
          title: a.title || null,
          startupImage: c,
          statusBarStyle: a.statusBarStyle || "default",
        };
      },
      S = (a) => {
        if (!a) return null;
        for (let b in a) a[b] = o(a[b]);
        return a;
      },
      T = async (a, b, c, d) =>
        a
          ? {
              appId: a.appId,
              appArgument: a.appArgument ? H(a.appArgument, b, await c, d) : void 0,
            }
          : null,
      U = (a) => (a ? { appId: a.appId, admins: o(a.admins) } : null),
      V = async (a, b, c, d) => ({
        previous: (null == a ? void 0 : a.previous) ? H(a.previous, b, await c, d) : null,
        next: (null == a ? void 0 : a.next) ? H(a.next, b, await c, d) : null,
      }),
      W = ["icon", "shortcut", "apple", "other"];
    function X(a) {
      return q(a) ? { url: a } : (Array.isArray(a), a);
    }
    let Y = (a) => {
      if (!a) return null;
      let b = { icon: [], apple: [] };
      if (Array.isArray(a)) b.icon = a.map(X).filter(Boolean);
      else if (q(a)) b.icon = [X(a)];
      else
        for (let c of W) {
          let d = o(a[c]);
          d && (b[c] = d.map(X));
        }
      return b;
    };
    var Z = a.i(75164),
      $ = a.i(18970);
    function _(a) {
      if (a instanceof URL) return a.toString();
      if (Array.isArray(a)) return a.map((a) => _(a));
      if (a && "object" == typeof a) {
        let b = {};
        for (let [c, d] of Object.entries(a)) b[c] = _(d);
        return b;
      }
      return a;
    }
    function aa(a) {
      if ("string" == typeof a)
        try {
          a = new URL(a);
        } catch {
          throw Error(`metadataBase is not a valid URL: ${a}`);
        }
      return a;
    }
    async function ab(a, b, c, d, e, f, g, h) {
      var i, j;
      if (!d) return c;
      let { icon: k, apple: l, openGraph: m, twitter: n, manifest: o } = d;
      if (
        (k && (g.icon = k),
        l && (g.apple = l),
        n && !(null == b || null == (i = b.twitter) ? void 0 : i.hasOwnProperty("images")))
      ) {
        let b = G(
          { ...c.twitter, images: n },
          a,
          { ...e, isStaticMetadataRouteFile: !0 },
          f.twitter,
        );
        c.twitter = _(b);
      }
      if (m && !(null == b || null == (j = b.openGraph) ? void 0 : j.hasOwnProperty("images"))) {
        let b = await E(
          { ...c.openGraph, images: m },
          a,
          h,
          { ...e, isStaticMetadataRouteFile: !0 },
          f.openGraph,
        );
        c.openGraph = _(b);
      }
      return (o && (c.manifest = o), c);
    }
    async function ac(
      a,
      b,
      {
        metadata: c,
        resolvedMetadata: d,
        staticFilesMetadata: e,
        titleTemplates: f,
        metadataContext: g,
        buildState: h,
        leafSegmentStaticIcons: i,
        cloneResolvedMetadata: j = !0,
      },
    ) {
      let k = j ? structuredClone(d) : d,
        l = aa((null == c ? void 0 : c.metadataBase) !== void 0 ? c.metadataBase : d.metadataBase);
      for (let d in c)
        switch (d) {
          case "title":
            k.title = w(c.title, f.title);
            break;
          case "alternates":
            k.alternates = _(await L(c.alternates, l, b, g));
            break;
          case "openGraph":
            k.openGraph = _(await E(c.openGraph, l, b, g, f.openGraph));
            break;
          case "twitter":
            k.twitter = _(G(c.twitter, l, g, f.twitter));
            break;
          case "facebook":
            k.facebook = U(c.facebook);
            break;
          case "verification":
            k.verification = Q(c.verification);
            break;
          case "icons":
            k.icons = _(Y(c.icons));
            break;
          case "appleWebApp":
            k.appleWebApp = R(c.appleWebApp);
            break;
          case "appLinks":
            k.appLinks = _(S(c.appLinks));
            break;
          case "robots":
            k.robots = O(c.robots);
            break;
          case "archives":
          case "assets":
          case "bookmarks":
          case "keywords":
            k[d] = o(c[d]);
            break;
          case "authors":
            k[d] = _(o(c.authors));
            break;
          case "itunes":
            k[d] = await T(c.itunes, l, b, g);
            break;
          case "pagination":
            k.pagination = await V(c.pagination, l, b, g);
            break;
          case "abstract":
          case "applicationName":
          case "description":
          case "generator":
          case "creator":
          case "publisher":
          case "category":
          case "classification":
          case "referrer":
          case "formatDetection":
            k[d] = c[d] ?? null;
            break;
          case "manifest":
          case "pinterest":
            k[d] = _(c[d]) ?? null;
            break;
          case "other":
            ((k.other = Object.assign({}, k.other, c.other)),
              c.other &&
                ("apple-touch-fullscreen" in c.other &&
                  h.warnings.add(`Use appleWebApp instead
Read more: https://nextjs.org/docs/app/api-reference/functions/generate-metadata`),
                "apple-touch-icon-precomposed" in c.other &&
                  h.warnings.add(`Use icons.apple instead
Read more: https://nextjs.org/docs/app/api-reference/functions/generate-metadata`)));
            break;
          case "metadataBase":
            k.metadataBase = l ? l.toString() : null;
            break;
          case "apple-touch-fullscreen":
            h.warnings.add(`Use appleWebApp instead
Read more: https://nextjs.org/docs/app/api-reference/functions/generate-metadata`);
            break;
          case "apple-touch-icon-precomposed":
            h.warnings.add(`Use icons.apple instead
Read more: https://nextjs.org/docs/app/api-reference/functions/generate-metadata`);
            break;
          case "themeColor":
          case "colorScheme":
          case "viewport":
            null != c[d] &&
              h.warnings
                .add(`Unsupported metadata ${d} is configured in metadata export in ${a}. Please move it to viewport export instead.
Read more: https://nextjs.org/docs/app/api-reference/functions/generate-viewport`);
        }
      return ab(l, c, k, e, g, f, i, b);
    }
    function ad(a, b, c) {
      if ("function" == typeof a.generateViewport) {
        let { route: d } = c,
          e = af(a.generateViewport, b);
        return Object.assign(
          (b) =>
            (0, Z.getTracer)().trace(
              $.ResolveMetadataSpan.generateViewport,
              { spanName: `generateViewport ${d}`, attributes: { "next.page": d } },
              () => a.generateViewport(e, b),
            ),
          { $$original: a.generateViewport },
        );
      }
      return a.viewport || null;
    }
    function ae(a, b, c) {
      if ("function" == typeof a.generateMetadata) {
        let { route: d } = c,
          e = af(a.generateMetadata, b);
        return Object.assign(
          (b) =>
            (0, Z.getTracer)().trace(
              $.ResolveMetadataSpan.generateMetadata,
              { spanName: `generateMetadata ${d}`, attributes: { "next.page": d } },
              () => a.generateMetadata(e, b),
            ),
          { $$original: a.generateMetadata },
        );
      }
      return a.metadata || null;
    }
    function af(a, b) {
      return !(function (a) {
        if (!m(a)) return !1;
        let { type: b } = (0, l.p)(a.$$id);
        return "use-cache" === b;
      })(a)
        ? b
        : "searchParams" in b
          ? { ...b, $$isPage: !0 }
          : { ...b, $$isLayout: !0 };
    }
    async function ag(a, b, c) {
      if (!(null == a ? void 0 : a[c])) return;
      let d = a[c].map(async (a) => await a(b));
      return (null == d ? void 0 : d.length) > 0 ? (await Promise.all(d)).flat() : void 0;
    }
    async function ah(a, b) {
      let { metadata: c } = a;
      if (!c) return null;
      let [d, e, f, g] = await Promise.all([
        ag(c, b, "icon"),
        ag(c, b, "apple"),
        ag(c, b, "openGraph"),
        ag(c, b, "twitter"),
      ]);
      return { icon: d, apple: e, openGraph: f, twitter: g, manifest: c.manifest };
    }
    let ai = (a) => !!(null == a ? void 0 : a.absolute),
      aj = (a) => ai(null == a ? void 0 : a.title);
    function ak(a, b) {
      a &&
        (!aj(a) && aj(b) && (a.title = b.title),
        !a.description && b.description && (a.description = b.description));
    }
    async function al({
      tree: a,
      metadataItems: b,
      errorMetadataItem: c,
      props: d,
      route: e,
      errorConvention: f,
    }) {
      let g,
        j,
        k = !!(f && a[2][f]);
      if (f) ((g = await i(a, "layout")), (j = f));
      else {
        let { mod: b, modType: c } = await h(a);
        ((g = b), (j = c));
      }
      j && (e += `/${j}`);
      let l = await ah(a[2], d),
        m = g ? ae(g, d, { route: e }) : null;
      if ((b.push([m, l]), k && f)) {
        let b = await i(a, f),
          g = b ? ae(b, d, { route: e }) : null;
        ((c[0] = g), (c[1] = l));
      }
    }
    async function am({
      tree: a,
      viewportItems: b,
      errorViewportItemRef: c,
      props: d,
      route: e,
      errorConvention: f,
    }) {
      let g,
        j,
        k = !!(f && a[2][f]);
      if (f) ((g = await i(a, "layout")), (j = f));
      else {
        let { mod: b, modType: c } = await h(a);
        ((g = b), (j = c));
      }
      j && (e += `/${j}`);
      let l = g ? ad(g, d, { route: e }) : null;
      if ((b.push(l), k && f)) {
        let b = await i(a, f);
        c.current = b ? ad(b, d, { route: e }) : null;
      }
    }
    let an = (0, c.cache)(async function (a, b, c, d) {
      return ao([], a, void 0, {}, null, b, c, [null, null], d);
    });
    async function ao(a, b, c, e, f, h, i, j, l) {
      let [m, n, { page: o }] = b,
        p = c && c.length ? [...c, m] : [m],
        q = e,
        r = (0, d.getSegmentParam)(m);
      if (r) {
        let a = l[r.paramName];
        null != a && (q = { ...e, [r.paramName]: a });
      }
      let s =
          (null == r ? void 0 : r.paramType) === "optional-catchall" &&
          (null === l[r.paramName] || void 0 === l[r.paramName])
            ? r.paramName
            : f,
        t = (0, k._)(q, s);
      for (let c in (await al({
        tree: b,
        metadataItems: a,
        errorMetadataItem: j,
        errorConvention: i,
        props: void 0 !== o ? { params: t, searchParams: h } : { params: t },
        route: p.filter((a) => a !== g.z).join("/"),
      }),
      n)) {
        let b = n[c];
        await ao(a, b, p, q, s, h, i, j, l);
      }
      return (0 === Object.keys(n).length && i && a.push(j), a);
    }
    let ap = (0, c.cache)(async function (a, b, c, d) {
      return aq([], a, void 0, {}, null, b, c, { current: null }, d);
    });
    async function aq(a, b, c, e, f, h, i, j, l) {
      let m,
        [n, o, { page: p }] = b,
        q = c && c.length ? [...c, n] : [n],
        r = e,
        s = (0, d.getSegmentParam)(n);
      if (s) {
        let a = l[s.paramName];
        null != a && (r = { ...e, [s.paramName]: a });
      }
      let t =
          (null == s ? void 0 : s.paramType) === "optional-catchall" &&
          (null === l[s.paramName] || void 0 === l[s.paramName])
            ? s.paramName
            : f,
        u = (0, k._)(r, t);
      for (let c in ((m = void 0 !== p ? { params: u, searchParams: h } : { params: u }),
      await am({
        tree: b,
        viewportItems: a,
        errorViewportItemRef: j,
        errorConvention: i,
        props: m,
        route: q.filter((a) => a !== g.z).join("/"),
      }),
      o)) {
        let b = o[c];
        await aq(a, b, q, r, t, h, i, j, l);
      }
      return (0 === Object.keys(o).length && i && a.push(j.current), a);
    }
    let ar = () => {};
    function as(a, b) {
      if ("function" == typeof b) {
        let d = (function (a) {
          if (!m(a)) return null;
          let b = (0, l.p)(a.$$id);
          return "use-cache" === b.type ? b : null;
        })(b.$$original);
        if (d && d.usedArgs[1]) {
          var c;
          let d,
            e,
            f = new Promise((b) => a.push(b));
          a.push(
            ((c = async () => b(f)),
            (e = {
              then: (a, b) => (
                d || (d = Promise.resolve(c())),
                d
                  .then((a) => {
                    e.value = a;
                  })
                  .catch(() => {}),
                d.then(a, b)
              ),
            })),
          );
        } else {
          let c;
          (d ? (a.push(ar), (c = b())) : (c = b(new Promise((b) => a.push(b)))),
            a.push(c),
            c instanceof Promise && c.catch((a) => ({ __nextError: a })));
        }
      } else "object" == typeof b ? a.push(b) : a.push(null);
    }
    async function at(a, b, c, d) {
      let e,
        f = {
          viewport: null,
          themeColor: null,
          colorScheme: null,
          metadataBase: null,
          title: null,
          description: null,
          applicationName: null,
          authors: null,
          generator: null,
          keywords: null,
          referrer: null,
          creator: null,
          publisher: null,
          robots: null,
          manifest: null,
          alternates: { canonical: null, languages: null, media: null, types: null },
          icons: null,
          openGraph: null,
          twitter: null,
          verification: {},
          appleWebApp: null,
          formatDetection: null,
          itunes: null,
          facebook: null,
          pinterest: null,
          abstract: null,
          appLinks: null,
          archives: null,
          assets: null,
          bookmarks: null,
          category: null,
          classification: null,
          pagination: { previous: null, next: null },
          other: {},
        },
        g = { title: null, twitter: null, openGraph: null },
        h = { warnings: new Set() },
        i = { icon: [], apple: [] },
        k = (function (a) {
          let b = [];
          for (let c = 0; c < a.length; c++) as(b, a[c][0]);
          return b;
        })(b),
        l = 0;
      for (let j = 0; j < b.length; j++) {
        var m, n, o, p, q, r;
        let s,
          t = b[j][1];
        if (
          j <= 1 &&
          (r = null == t || null == (m = t.icon) ? void 0 : m[0]) &&
          ("/favicon.ico" === r.url || r.url.toString().startsWith("/favicon.ico?")) &&
          "image/x-icon" === r.type
        ) {
          let a = null == t || null == (n = t.icon) ? void 0 : n.shift();
          0 === j && (e = a);
        }
        let u = k[l++];
        if ("function" == typeof u) {
          let a = u;
          ((u = k[l++]), a(f));
        }
        ((s = ax(u) ? await u : u),
          (f = await ac(a, c, {
            resolvedMetadata: f,
            metadata: s,
            metadataContext: d,
            staticFilesMetadata: t,
            titleTemplates: g,
            buildState: h,
            leafSegmentStaticIcons: i,
          })),
          j < b.length - 2 &&
            (g = {
              title: (null == (o = f.title) ? void 0 : o.template) || null,
              openGraph: (null == (p = f.openGraph) ? void 0 : p.title.template) || null,
              twitter: (null == (q = f.twitter) ? void 0 : q.title.template) || null,
            }));
      }
      if (
        ((i.icon.length > 0 || i.apple.length > 0) &&
          !f.icons &&
          ((f.icons = { icon: [], apple: [] }),
          i.icon.length > 0 && f.icons.icon.unshift(...i.icon),
          i.apple.length > 0 && f.icons.apple.unshift(...i.apple)),
        h.warnings.size > 0)
      )
        for (let a of h.warnings) j.S(a);
      return (function (a, b, c, d) {
        let { openGraph: e, twitter: f } = a;
        if (e) {
          let b = {},
            g = aj(f),
            h = null == f ? void 0 : f.description,
            i = !!((null == f ? void 0 : f.hasOwnProperty("images")) && f.images);
          if (
            (!g &&
              (ai(e.title) ? (b.title = e.title) : a.title && ai(a.title) && (b.title = a.title)),
            h || (b.description = e.description || a.description || void 0),
            i || (b.images = e.images),
            Object.keys(b).length > 0)
          ) {
            let e = G(b, aa(a.metadataBase), d, c.twitter);
            a.twitter
              ? (a.twitter = Object.assign({}, a.twitter, {
                  ...(!g && { title: null == e ? void 0 : e.title }),
                  ...(!h && { description: null == e ? void 0 : e.description }),
                  ...(!i && { images: null == e ? void 0 : e.images }),
                }))
              : (a.twitter = _(e));
          }
        }
        return (
          ak(e, a),
          ak(f, a),
          b && (a.icons || (a.icons = { icon: [], apple: [] }), a.icons.icon.unshift(b)),
          a
        );
      })(f, e, g, d);
    }
    async function au(a) {
      let b = { width: "device-width", initialScale: 1, themeColor: null, colorScheme: null },
        c = (function (a) {
          let b = [];
          for (let c = 0; c < a.length; c++) as(b, a[c]);
          return b;
        })(a),
        d = 0;
      for (; d < c.length;) {
        let a = c[d++];
        if ("function" == typeof a) {
          let e = a;
          ((a = c[d++]), e(b));
        }
        b = (function ({ resolvedViewport: a, viewport: b, cloneResolvedViewport: c = !0 }) {
          let d = c ? structuredClone(a) : a;
          if (b)
            for (let a in b)
              switch (a) {
                case "themeColor":
                  d.themeColor = I(b.themeColor);
                  break;
                case "colorScheme":
                  d.colorScheme = b.colorScheme || null;
                  break;
                case "width":
                case "height":
                case "initialScale":
                case "minimumScale":
                case "maximumScale":
                case "userScalable":
                case "viewportFit":
                case "interactiveWidget":
                  d[a] = b[a];
              }
          return d;
        })({ resolvedViewport: b, viewport: ax(a) ? await a : a });
      }
      return b;
    }
    async function av(a, b, c, d, g, h) {
      let i = await an(a, c, d, g),
        j = e.workAsyncStorage.getStore();
      if (!j) throw new f.InvariantError("Expected workStore to be initialized");
      return at(j.route, i, b, h);
    }
    async function aw(a, b, c, d) {
      return au(await ap(a, b, c, d));
    }
    function ax(a) {
      return "object" == typeof a && null !== a && "function" == typeof a.then;
    }
    var ay = a.i(22298),
      az = a.i(98499),
      aA = a.i(32319),
      aB = a.i(99771);
    function aC(a) {
      return Promise.resolve(a);
    }
    var aD = a.i(82622),
      aE = a.i(6983);
    let aF = (0, c.cache)(aG);
    async function aG(a, b, c, d, e, f) {
      return aN(a, b, c, d, e, "redirect" === f ? void 0 : f);
    }
    let aH = (0, c.cache)(aI);
    async function aI(a, b, c, d, e) {
      return aN(a, b, c, d, e, "not-found");
    }
    let aJ = (0, c.cache)(aK);
    async function aK(a, b, c, d) {
      return aO(a, b, c, "redirect" === d ? void 0 : d);
    }
    let aL = (0, c.cache)(aM);
    async function aM(a, b, c) {
      return aO(a, b, c, "not-found");
    }
    async function aN(a, c, d, e, f, g) {
      let h = await av(a, c, d, g, e, f);
      return (0, b.jsx)(b.Fragment, {
        children: (function (a) {
          var c, d, e;
          let f = [],
            g = 0;
          if (
            (a.title && f.push((0, b.jsx)("title", { children: a.title }, g++)),
            a.description &&
              f.push((0, b.jsx)("meta", { name: "description", content: a.description }, g++)),
            a.applicationName &&
              f.push(
                (0, b.jsx)("meta", { name: "application-name", content: a.applicationName }, g++),
              ),
            a.authors)
          )
            for (let c of a.authors)
              (c.url && f.push((0, b.jsx)("link", { rel: "author", href: c.url.toString() }, g++)),
                c.name && f.push((0, b.jsx)("meta", { name: "author", content: c.name }, g++)));
          if (a.manifest) {
            let c = (function (a) {
              let b;
              if ("string" == typeof a)
                try {
                  b = (a = new URL(a)).origin;
                } catch {}
              return b;
            })(a.manifest);
            f.push(
              (0, b.jsx)(
                "link",
                {
                  rel: "manifest",
                  href: a.manifest.toString(),
                  crossOrigin:
                    c || "preview" !== process.env.VERCEL_ENV ? void 0 : "use-credentials",
                },
                g++,
              ),
            );
          }
          if (
            (a.generator &&
              f.push((0, b.jsx)("meta", { name: "generator", content: a.generator }, g++)),
            a.keywords &&
              a.keywords.length &&
              f.push((0, b.jsx)("meta", { name: "keywords", content: a.keywords.join(",") }, g++)),
            a.referrer &&
              f.push((0, b.jsx)("meta", { name: "referrer", content: a.referrer }, g++)),
            a.creator && f.push((0, b.jsx)("meta", { name: "creator", content: a.creator }, g++)),
            a.publisher &&
              f.push((0, b.jsx)("meta", { name: "publisher", content: a.publisher }, g++)),
            (null == (c = a.robots) ? void 0 : c.basic) &&
              f.push((0, b.jsx)("meta", { name: "robots", content: a.robots.basic }, g++)),
            (null == (d = a.robots) ? void 0 : d.googleBot) &&
              f.push((0, b.jsx)("meta", { name: "googlebot", content: a.robots.googleBot }, g++)),
            a.abstract &&
              f.push((0, b.jsx)("meta", { name: "abstract", content: a.abstract }, g++)),
            a.archives)
          )
            for (let c of a.archives) f.push((0, b.jsx)("link", { rel: "archives", href: c }, g++));
          if (a.assets)
            for (let c of a.assets) f.push((0, b.jsx)("link", { rel: "assets", href: c }, g++));
          if (a.bookmarks)
            for (let c of a.bookmarks)
              f.push((0, b.jsx)("link", { rel: "bookmarks", href: c }, g++));
          if (
            (a.pagination &&
              (a.pagination.previous &&
                f.push((0, b.jsx)("link", { rel: "prev", href: a.pagination.previous }, g++)),
              a.pagination.next &&
                f.push((0, b.jsx)("link", { rel: "next", href: a.pagination.next }, g++))),
            a.category &&
              f.push((0, b.jsx)("meta", { name: "category", content: a.category }, g++)),
            a.classification &&
              f.push(
                (0, b.jsx)("meta", { name: "classification", content: a.classification }, g++),
              ),
            a.other)
          )
            for (let [c, d] of Object.entries(a.other))
              if (Array.isArray(d))
                for (let a of d)
                  null != a &&
                    "" !== a &&
                    f.push((0, b.jsx)("meta", { name: c, content: String(a) }, g++));
              else
                null != d &&
                  "" !== d &&
                  f.push((0, b.jsx)("meta", { name: c, content: String(d) }, g++));
          if (a.alternates) {
            let { canonical: c, languages: d, media: e, types: h } = a.alternates;
            if (
              (c &&
                c.url &&
                f.push(
                  (0, b.jsx)(
                    "link",
                    {
                      rel: "canonical",
                      href: c.url.toString(),
                      ...(c.title ? { title: c.title } : void 0),
                    },
                    g++,
                  ),
                ),
              d)
            ) {
              for (let [a, c] of Object.entries(d))
                if (c)
                  for (let d of c)
                    d.url &&
                      f.push(
                        (0, b.jsx)(
                          "link",
                          {
                            rel: "alternate",
                            hrefLang: a,
                            href: d.url.toString(),
                            ...(d.title ? { title: d.title } : void 0),
                          },
                          g++,
                        ),
                      );
            }
            if (e) {
              for (let [a, c] of Object.entries(e))
                if (c)
                  for (let d of c)
                    d.url &&
                      f.push(
                        (0, b.jsx)(
                          "link",
                          {
                            rel: "alternate",
                            media: a,
                            href: d.url.toString(),
                            ...(d.title ? { title: d.title } : void 0),
                          },
                          g++,
                        ),
                      );
            }
            if (h) {
              for (let [a, c] of Object.entries(h))
                if (c)
                  for (let d of c)
                    d.url &&
                      f.push(
                        (0, b.jsx)(
                          "link",
                          {
                            rel: "alternate",
                            type: a,
                            href: d.url.toString(),
                            ...(d.title ? { title: d.title } : void 0),
                          },
                          g++,
                        ),
                      );
            }
          }
          if (a.itunes) {
            let { appId: c, appArgument: d } = a.itunes,
              e = `app-id=${c}`;
            (d && (e += `, app-argument=${d}`),
              f.push((0, b.jsx)("meta", { name: "apple-itunes-app", content: e }, g++)));
          }
          if (
            a.facebook &&
            (a.facebook.appId &&
              f.push((0, b.jsx)("meta", { property: "fb:app_id", content: a.facebook.appId }, g++)),
            a.facebook.admins)
          )
            for (let c of a.facebook.admins)
              f.push((0, b.jsx)("meta", { property: "fb:admins", content: c }, g++));
          if (
            (a.pinterest &&
              void 0 !== a.pinterest.richPin &&
              f.push(
                (0, b.jsx)(
                  "meta",
                  { property: "pinterest-rich-pin", content: a.pinterest.richPin.toString() },
                  g++,
                ),
              ),
            a.formatDetection)
          ) {
            let c = "";
            for (let b of ["telephone", "date", "address", "email", "url"])
              !1 === a.formatDetection[b] && (c && (c += ", "), (c += `${b}=no`));
            c && f.push((0, b.jsx)("meta", { name: "format-detection", content: c }, g++));
          }
          if (a.verification) {
            let c = a.verification;
            if (c.google)
              for (let a of c.google)
                null != a &&
                  "" !== a &&
                  f.push(
                    (0, b.jsx)(
                      "meta",
                      { name: "google-site-verification", content: String(a) },
                      g++,
                    ),
                  );
            if (c.yahoo)
              for (let a of c.yahoo)
                null != a &&
                  "" !== a &&
                  f.push((0, b.jsx)("meta", { name: "y_key", content: String(a) }, g++));
            if (c.yandex)
              for (let a of c.yandex)
                null != a &&
                  "" !== a &&
                  f.push(
                    (0, b.jsx)("meta", { name: "yandex-verification", content: String(a) }, g++),
                  );
            if (c.me)
              for (let a of c.me)
                null != a &&
                  "" !== a &&
                  f.push((0, b.jsx)("meta", { name: "me", content: String(a) }, g++));
            if (c.other)
              for (let [a, d] of Object.entries(c.other))
                for (let c of d)
                  null != c &&
                    "" !== c &&
                    f.push((0, b.jsx)("meta", { name: a, content: String(c) }, g++));
          }
          if (a.appleWebApp) {
            let { capable: c, title: d, startupImage: e, statusBarStyle: h } = a.appleWebApp;
            if (
              (c &&
                f.push((0, b.jsx)("meta", { name: "mobile-web-app-capable", content: "yes" }, g++)),
              d &&
                f.push((0, b.jsx)("meta", { name: "apple-mobile-web-app-title", content: d }, g++)),
              e)
            )
              for (let a of e)
                a.media
                  ? f.push(
                      (0, b.jsx)(
                        "link",
                        { href: a.url, media: a.media, rel: "apple-touch-startup-image" },
                        g++,
                      ),
                    )
                  : f.push(
                      (0, b.jsx)("link", { href: a.url, rel: "apple-touch-startup-image" }, g++),
                    );
            h &&
              f.push(
                (0, b.jsx)(
                  "meta",
                  { name: "apple-mobile-web-app-status-bar-style", content: h },
                  g++,
                ),
              );
          }
          if (a.openGraph) {
            let c = a.openGraph;
            if (
              (c.determiner &&
                f.push(
                  (0, b.jsx)("meta", { property: "og:determiner", content: c.determiner }, g++),
                ),
              c.title &&
                f.push((0, b.jsx)("meta", { property: "og:title", content: c.title }, g++)),
              c.description &&
                f.push(
                  (0, b.jsx)("meta", { property: "og:description", content: c.description }, g++),
                ),
              c.url &&
                f.push((0, b.jsx)("meta", { property: "og:url", content: c.url.toString() }, g++)),
              c.siteName &&
                f.push((0, b.jsx)("meta", { property: "og:site_name", content: c.siteName }, g++)),
              c.locale &&
                f.push((0, b.jsx)("meta", { property: "og:locale", content: c.locale }, g++)),
              c.countryName &&
                f.push(
                  (0, b.jsx)("meta", { property: "og:country_name", content: c.countryName }, g++),
                ),
              null != c.ttl &&
                f.push((0, b.jsx)("meta", { property: "og:ttl", content: c.ttl.toString() }, g++)),
              c.images)
            )
              for (let a of c.images)
                "string" == typeof a
                  ? f.push((0, b.jsx)("meta", { property: "og:image", content: a }, g++))
                  : (a.url &&
                      f.push(
                        (0, b.jsx)("meta", { property: "og:image", content: String(a.url) }, g++),
                      ),
                    a.secureUrl &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "og:image:secure_url", content: String(a.secureUrl) },
                          g++,
                        ),
                      ),
                    a.type &&
                      f.push(
                        (0, b.jsx)("meta", { property: "og:image:type", content: a.type }, g++),
                      ),
                    a.width &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "og:image:width", content: String(a.width) },
                          g++,
                        ),
                      ),
                    a.height &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "og:image:height", content: String(a.height) },
                          g++,
                        ),
                      ),
                    a.alt &&
                      f.push(
                        (0, b.jsx)("meta", { property: "og:image:alt", content: a.alt }, g++),
                      ));
            if (c.videos)
              for (let a of c.videos)
                "string" == typeof a
                  ? f.push((0, b.jsx)("meta", { property: "og:video", content: a }, g++))
                  : (a.url &&
                      f.push(
                        (0, b.jsx)("meta", { property: "og:video", content: String(a.url) }, g++),
                      ),
                    a.secureUrl &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "og:video:secure_url", content: String(a.secureUrl) },
                          g++,
                        ),
                      ),
                    a.type &&
                      f.push(
                        (0, b.jsx)("meta", { property: "og:video:type", content: a.type }, g++),
                      ),
                    a.width &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "og:video:width", content: String(a.width) },
                          g++,
                        ),
                      ),
                    a.height &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "og:video:height", content: String(a.height) },
                          g++,
                        ),
                      ));
            if (c.audio)
              for (let a of c.audio)
                "string" == typeof a
                  ? f.push((0, b.jsx)("meta", { property: "og:audio", content: a }, g++))
                  : (a.url &&
                      f.push(
                        (0, b.jsx)("meta", { property: "og:audio", content: String(a.url) }, g++),
                      ),
                    a.secureUrl &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "og:audio:secure_url", content: String(a.secureUrl) },
                          g++,
                        ),
                      ),
                    a.type &&
                      f.push(
                        (0, b.jsx)("meta", { property: "og:audio:type", content: a.type }, g++),
                      ));
            if (c.emails)
              for (let a of c.emails)
                f.push((0, b.jsx)("meta", { property: "og:email", content: a }, g++));
            if (c.phoneNumbers)
              for (let a of c.phoneNumbers)
                f.push((0, b.jsx)("meta", { property: "og:phone_number", content: a }, g++));
            if (c.faxNumbers)
              for (let a of c.faxNumbers)
                f.push((0, b.jsx)("meta", { property: "og:fax_number", content: a }, g++));
            if (c.alternateLocale)
              for (let a of c.alternateLocale)
                f.push((0, b.jsx)("meta", { property: "og:locale:alternate", content: a }, g++));
            if ("type" in c) {
              let a = c.type;
              switch (a) {
                case "website":
                  f.push((0, b.jsx)("meta", { property: "og:type", content: "website" }, g++));
                  break;
                case "article":
                  if (
                    (f.push((0, b.jsx)("meta", { property: "og:type", content: "article" }, g++)),
                    c.publishedTime &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          {
                            property: "article:published_time",
                            content: c.publishedTime.toString(),
                          },
                          g++,
                        ),
                      ),
                    c.modifiedTime &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "article:modified_time", content: c.modifiedTime.toString() },
                          g++,
                        ),
                      ),
                    c.expirationTime &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          {
                            property: "article:expiration_time",
                            content: c.expirationTime.toString(),
                          },
                          g++,
                        ),
                      ),
                    c.authors)
                  )
                    for (let a of c.authors)
                      f.push(
                        (0, b.jsx)("meta", { property: "article:author", content: String(a) }, g++),
                      );
                  if (
                    (c.section &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "article:section", content: c.section },
                          g++,
                        ),
                      ),
                    c.tags)
                  )
                    for (let a of c.tags)
                      f.push((0, b.jsx)("meta", { property: "article:tag", content: a }, g++));
                  break;
                case "book":
                  if (
                    (f.push((0, b.jsx)("meta", { property: "og:type", content: "book" }, g++)),
                    c.isbn &&
                      f.push((0, b.jsx)("meta", { property: "book:isbn", content: c.isbn }, g++)),
                    c.releaseDate &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "book:release_date", content: c.releaseDate },
                          g++,
                        ),
                      ),
                    c.authors)
                  )
                    for (let a of c.authors)
                      f.push(
                        (0, b.jsx)("meta", { property: "book:author", content: String(a) }, g++),
                      );
                  if (c.tags)
                    for (let a of c.tags)
                      f.push((0, b.jsx)("meta", { property: "book:tag", content: a }, g++));
                  break;
                case "profile":
                  (f.push((0, b.jsx)("meta", { property: "og:type", content: "profile" }, g++)),
                    c.firstName &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "profile:first_name", content: c.firstName },
                          g++,
                        ),
                      ),
                    c.lastName &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "profile:last_name", content: c.lastName },
                          g++,
                        ),
                      ),
                    c.username &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "profile:username", content: c.username },
                          g++,
                        ),
                      ),
                    c.gender &&
                      f.push(
                        (0, b.jsx)("meta", { property: "profile:gender", content: c.gender }, g++),
                      ));
                  break;
                case "music.song":
                  if (
                    (f.push(
                      (0, b.jsx)("meta", { property: "og:type", content: "music.song" }, g++),
                    ),
                    null != c.duration &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "music:duration", content: c.duration.toString() },
                          g++,
                        ),
                      ),
                    c.albums)
                  )
                    for (let a of c.albums)
                      "string" == typeof a
                        ? f.push((0, b.jsx)("meta", { property: "music:album", content: a }, g++))
                        : (a.url &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:album", content: String(a.url) },
                                g++,
                              ),
                            ),
                          null != a.disc &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:album:disc", content: String(a.disc) },
                                g++,
                              ),
                            ),
                          null != a.track &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:album:track", content: String(a.track) },
                                g++,
                              ),
                            ));
                  if (c.musicians)
                    for (let a of c.musicians)
                      f.push(
                        (0, b.jsx)("meta", { property: "music:musician", content: String(a) }, g++),
                      );
                  break;
                case "music.album":
                  if (
                    (f.push(
                      (0, b.jsx)("meta", { property: "og:type", content: "music.album" }, g++),
                    ),
                    c.songs)
                  )
                    for (let a of c.songs)
                      "string" == typeof a
                        ? f.push((0, b.jsx)("meta", { property: "music:song", content: a }, g++))
                        : (a.url &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:song", content: String(a.url) },
                                g++,
                              ),
                            ),
                          null != a.disc &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:song:disc", content: String(a.disc) },
                                g++,
                              ),
                            ),
                          null != a.track &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:song:track", content: String(a.track) },
                                g++,
                              ),
                            ));
                  if (c.musicians)
                    for (let a of c.musicians)
                      f.push(
                        (0, b.jsx)("meta", { property: "music:musician", content: String(a) }, g++),
                      );
                  c.releaseDate &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "music:release_date", content: c.releaseDate },
                        g++,
                      ),
                    );
                  break;
                case "music.playlist":
                  if (
                    (f.push(
                      (0, b.jsx)("meta", { property: "og:type", content: "music.playlist" }, g++),
                    ),
                    c.songs)
                  )
                    for (let a of c.songs)
                      "string" == typeof a
                        ? f.push((0, b.jsx)("meta", { property: "music:song", content: a }, g++))
                        : (a.url &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:song", content: String(a.url) },
                                g++,
                              ),
                            ),
                          null != a.disc &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:song:disc", content: String(a.disc) },
                                g++,
                              ),
                            ),
                          null != a.track &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "music:song:track", content: String(a.track) },
                                g++,
                              ),
                            ));
                  if (c.creators)
                    for (let a of c.creators)
                      f.push(
                        (0, b.jsx)("meta", { property: "music:creator", content: String(a) }, g++),
                      );
                  break;
                case "music.radio_station":
                  if (
                    (f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "og:type", content: "music.radio_station" },
                        g++,
                      ),
                    ),
                    c.creators)
                  )
                    for (let a of c.creators)
                      f.push(
                        (0, b.jsx)("meta", { property: "music:creator", content: String(a) }, g++),
                      );
                  break;
                case "video.movie":
                  if (
                    (f.push(
                      (0, b.jsx)("meta", { property: "og:type", content: "video.movie" }, g++),
                    ),
                    c.actors)
                  )
                    for (let a of c.actors)
                      "string" == typeof a
                        ? f.push((0, b.jsx)("meta", { property: "video:actor", content: a }, g++))
                        : (a.url &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "video:actor", content: String(a.url) },
                                g++,
                              ),
                            ),
                          a.role &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "video:actor:role", content: a.role },
                                g++,
                              ),
                            ));
                  if (c.directors)
                    for (let a of c.directors)
                      f.push(
                        (0, b.jsx)("meta", { property: "video:director", content: String(a) }, g++),
                      );
                  if (c.writers)
                    for (let a of c.writers)
                      f.push(
                        (0, b.jsx)("meta", { property: "video:writer", content: String(a) }, g++),
                      );
                  if (
                    (null != c.duration &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "video:duration", content: String(c.duration) },
                          g++,
                        ),
                      ),
                    c.releaseDate &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "video:release_date", content: c.releaseDate },
                          g++,
                        ),
                      ),
                    c.tags)
                  )
                    for (let a of c.tags)
                      f.push((0, b.jsx)("meta", { property: "video:tag", content: a }, g++));
                  break;
                case "video.episode":
                  if (
                    (f.push(
                      (0, b.jsx)("meta", { property: "og:type", content: "video.episode" }, g++),
                    ),
                    c.actors)
                  )
                    for (let a of c.actors)
                      "string" == typeof a
                        ? f.push((0, b.jsx)("meta", { property: "video:actor", content: a }, g++))
                        : (a.url &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "video:actor", content: String(a.url) },
                                g++,
                              ),
                            ),
                          a.role &&
                            f.push(
                              (0, b.jsx)(
                                "meta",
                                { property: "video:actor:role", content: a.role },
                                g++,
                              ),
                            ));
                  if (c.directors)
                    for (let a of c.directors)
                      f.push(
                        (0, b.jsx)("meta", { property: "video:director", content: String(a) }, g++),
                      );
                  if (c.writers)
                    for (let a of c.writers)
                      f.push(
                        (0, b.jsx)("meta", { property: "video:writer", content: String(a) }, g++),
                      );
                  if (
                    (null != c.duration &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "video:duration", content: String(c.duration) },
                          g++,
                        ),
                      ),
                    c.releaseDate &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { property: "video:release_date", content: c.releaseDate },
                          g++,
                        ),
                      ),
                    c.tags)
                  )
                    for (let a of c.tags)
                      f.push((0, b.jsx)("meta", { property: "video:tag", content: a }, g++));
                  c.series &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "video:series", content: String(c.series) },
                        g++,
                      ),
                    );
                  break;
                case "video.tv_show":
                  f.push(
                    (0, b.jsx)("meta", { property: "og:type", content: "video.tv_show" }, g++),
                  );
                  break;
                case "video.other":
                  f.push((0, b.jsx)("meta", { property: "og:type", content: "video.other" }, g++));
                  break;
                default:
                  throw Error(`Invalid OpenGraph type: ${a}`);
              }
            }
          }
          if (a.twitter) {
            let c = a.twitter,
              { card: d } = c;
            if (
              (d && f.push((0, b.jsx)("meta", { name: "twitter:card", content: d }, g++)),
              c.site && f.push((0, b.jsx)("meta", { name: "twitter:site", content: c.site }, g++)),
              c.siteId &&
                f.push((0, b.jsx)("meta", { name: "twitter:site:id", content: c.siteId }, g++)),
              c.creator &&
                f.push((0, b.jsx)("meta", { name: "twitter:creator", content: c.creator }, g++)),
              c.creatorId &&
                f.push(
                  (0, b.jsx)("meta", { name: "twitter:creator:id", content: c.creatorId }, g++),
                ),
              c.title &&
                f.push((0, b.jsx)("meta", { name: "twitter:title", content: c.title }, g++)),
              c.description &&
                f.push(
                  (0, b.jsx)("meta", { name: "twitter:description", content: c.description }, g++),
                ),
              c.images)
            )
              for (let a of c.images)
                "string" == typeof a
                  ? f.push((0, b.jsx)("meta", { name: "twitter:image", content: a }, g++))
                  : (a.url &&
                      f.push(
                        (0, b.jsx)("meta", { name: "twitter:image", content: String(a.url) }, g++),
                      ),
                    a.alt &&
                      f.push(
                        (0, b.jsx)("meta", { name: "twitter:image:alt", content: a.alt }, g++),
                      ),
                    a.secureUrl &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { name: "twitter:image:secure_url", content: String(a.secureUrl) },
                          g++,
                        ),
                      ),
                    a.type &&
                      f.push(
                        (0, b.jsx)("meta", { name: "twitter:image:type", content: a.type }, g++),
                      ),
                    a.width &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { name: "twitter:image:width", content: String(a.width) },
                          g++,
                        ),
                      ),
                    a.height &&
                      f.push(
                        (0, b.jsx)(
                          "meta",
                          { name: "twitter:image:height", content: String(a.height) },
                          g++,
                        ),
                      ));
            if ("player" === d)
              for (let a of c.players)
                (f.push(
                  (0, b.jsx)(
                    "meta",
                    { name: "twitter:player", content: a.playerUrl.toString() },
                    g++,
                  ),
                ),
                  f.push(
                    (0, b.jsx)(
                      "meta",
                      { name: "twitter:player:stream", content: a.streamUrl.toString() },
                      g++,
                    ),
                  ),
                  f.push(
                    (0, b.jsx)(
                      "meta",
                      { name: "twitter:player:width", content: String(a.width) },
                      g++,
                    ),
                  ),
                  f.push(
                    (0, b.jsx)(
                      "meta",
                      { name: "twitter:player:height", content: String(a.height) },
                      g++,
                    ),
                  ));
            if ("app" === d) {
              let { app: a } = c;
              for (let c of ["iphone", "ipad", "googleplay"])
                (a.name &&
                  f.push(
                    (0, b.jsx)("meta", { name: `twitter:app:name:${c}`, content: a.name }, g++),
                  ),
                  a.id[c] &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { name: `twitter:app:id:${c}`, content: String(a.id[c]) },
                        g++,
                      ),
                    ),
                  (null == (e = a.url) ? void 0 : e[c]) &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { name: `twitter:app:url:${c}`, content: a.url[c].toString() },
                        g++,
                      ),
                    ));
            }
          }
          if (a.appLinks) {
            let c = a.appLinks;
            if (c.ios)
              for (let a of c.ios)
                (a.url &&
                  f.push(
                    (0, b.jsx)("meta", { property: "al:ios:url", content: String(a.url) }, g++),
                  ),
                  a.app_store_id &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:ios:app_store_id", content: String(a.app_store_id) },
                        g++,
                      ),
                    ),
                  a.app_name &&
                    f.push(
                      (0, b.jsx)("meta", { property: "al:ios:app_name", content: a.app_name }, g++),
                    ));
            if (c.iphone)
              for (let a of c.iphone)
                (a.url &&
                  f.push(
                    (0, b.jsx)("meta", { property: "al:iphone:url", content: String(a.url) }, g++),
                  ),
                  a.app_store_id &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:iphone:app_store_id", content: String(a.app_store_id) },
                        g++,
                      ),
                    ),
                  a.app_name &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:iphone:app_name", content: a.app_name },
                        g++,
                      ),
                    ));
            if (c.ipad)
              for (let a of c.ipad)
                (a.url &&
                  f.push(
                    (0, b.jsx)("meta", { property: "al:ipad:url", content: String(a.url) }, g++),
                  ),
                  a.app_store_id &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:ipad:app_store_id", content: String(a.app_store_id) },
                        g++,
                      ),
                    ),
                  a.app_name &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:ipad:app_name", content: a.app_name },
                        g++,
                      ),
                    ));
            if (c.android)
              for (let a of c.android)
                (a.package &&
                  f.push(
                    (0, b.jsx)("meta", { property: "al:android:package", content: a.package }, g++),
                  ),
                  a.url &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:android:url", content: String(a.url) },
                        g++,
                      ),
                    ),
                  a.class &&
                    f.push(
                      (0, b.jsx)("meta", { property: "al:android:class", content: a.class }, g++),
                    ),
                  a.app_name &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:android:app_name", content: a.app_name },
                        g++,
                      ),
                    ));
            if (c.windows_phone)
              for (let a of c.windows_phone)
                (a.url &&
                  f.push(
                    (0, b.jsx)(
                      "meta",
                      { property: "al:windows_phone:url", content: String(a.url) },
                      g++,
                    ),
                  ),
                  a.app_id &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:windows_phone:app_id", content: a.app_id },
                        g++,
                      ),
                    ),
                  a.app_name &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:windows_phone:app_name", content: a.app_name },
                        g++,
                      ),
                    ));
            if (c.windows)
              for (let a of c.windows)
                (a.url &&
                  f.push(
                    (0, b.jsx)("meta", { property: "al:windows:url", content: String(a.url) }, g++),
                  ),
                  a.app_id &&
                    f.push(
                      (0, b.jsx)("meta", { property: "al:windows:app_id", content: a.app_id }, g++),
                    ),
                  a.app_name &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:windows:app_name", content: a.app_name },
                        g++,
                      ),
                    ));
            if (c.windows_universal)
              for (let a of c.windows_universal)
                (a.url &&
                  f.push(
                    (0, b.jsx)(
                      "meta",
                      { property: "al:windows_universal:url", content: String(a.url) },
                      g++,
                    ),
                  ),
                  a.app_id &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:windows_universal:app_id", content: a.app_id },
                        g++,
                      ),
                    ),
                  a.app_name &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:windows_universal:app_name", content: a.app_name },
                        g++,
                      ),
                    ));
            if (c.web)
              for (let a of c.web)
                (a.url &&
                  f.push(
                    (0, b.jsx)("meta", { property: "al:web:url", content: String(a.url) }, g++),
                  ),
                  null != a.should_fallback &&
                    f.push(
                      (0, b.jsx)(
                        "meta",
                        { property: "al:web:should_fallback", content: String(a.should_fallback) },
                        g++,
                      ),
                    ));
          }
          if (a.icons) {
            let { shortcut: c, icon: d, apple: e, other: h } = a.icons,
              i = !!(
                (null == c ? void 0 : c.length) ||
                (null == d ? void 0 : d.length) ||
                (null == e ? void 0 : e.length) ||
                (null == h ? void 0 : h.length)
              );
            if (c)
              for (let a of c) {
                let { url: c, rel: d, ...e } = a;
                f.push(
                  (0, b.jsx)("link", { rel: d || "shortcut icon", href: c.toString(), ...e }, g++),
                );
              }
            if (d)
              for (let a of d) {
                let { url: c, rel: d, ...e } = a;
                f.push((0, b.jsx)("link", { rel: d || "icon", href: c.toString(), ...e }, g++));
              }
            if (e)
              for (let a of e) {
                let { url: c, rel: d, ...e } = a;
                f.push(
                  (0, b.jsx)(
                    "link",
                    { rel: d || "apple-touch-icon", href: c.toString(), ...e },
                    g++,
                  ),
                );
              }
            if (h)
              for (let a of h) {
                let { url: c, rel: d, ...e } = a;
                f.push((0, b.jsx)("link", { rel: d || "icon", href: c.toString(), ...e }, g++));
              }
            i && f.push((0, b.jsx)(aE.IconMark, {}, g++));
          }
          return f;
        })(
          (function (a) {
            let {
              metadataBase: b,
              title: c,
              openGraph: d,
              twitter: e,
              themeColor: f,
              colorScheme: g,
              viewport: h,
              ...i
            } = a;
            return {
              ...i,
              title: (null == c ? void 0 : c.absolute) || null,
              openGraph: d ? { ...d, title: d.title.absolute } : null,
              twitter: e ? { ...e, title: e.title.absolute } : null,
            };
          })(h),
        ),
      });
    }
    async function aO(a, c, d, e) {
      let f = await aw(a, c, e, d);
      return (0, b.jsx)(b.Fragment, {
        children: (function (a) {
          let c = [],
            d = 0;
          c.push((0, b.jsx)("meta", { charSet: "utf-8" }, d++));
          let e = [];
          if (
            (null != a.width && e.push(`width=${a.width}`),
            null != a.height && e.push(`height=${a.height}`),
            null != a.initialScale && e.push(`initial-scale=${a.initialScale}`),
            null != a.minimumScale && e.push(`minimum-scale=${a.minimumScale}`),
            null != a.maximumScale && e.push(`maximum-scale=${a.maximumScale}`),
            null != a.userScalable && e.push(`user-scalable=${a.userScalable ? "yes" : "no"}`),
            a.viewportFit && e.push(`viewport-fit=${a.viewportFit}`),
            a.interactiveWidget && e.push(`interactive-widget=${a.interactiveWidget}`),
            e.length &&
              c.push((0, b.jsx)("meta", { name: "viewport", content: e.join(", ") }, d++)),
            a.themeColor)
          )
            for (let e of a.themeColor)
              e.media
                ? c.push(
                    (0, b.jsx)(
                      "meta",
                      { name: "theme-color", content: e.color, media: e.media },
                      d++,
                    ),
                  )
                : c.push((0, b.jsx)("meta", { name: "theme-color", content: e.color }, d++));
          return (
            a.colorScheme &&
              c.push((0, b.jsx)("meta", { name: "color-scheme", content: a.colorScheme }, d++)),
            c
          );
        })(f),
      });
    }
    a.s(
      [
        "createMetadataComponents",
        0,
        function ({
          tree: a,
          pathname: d,
          parsedQuery: g,
          metadataContext: h,
          interpolatedParams: i,
          errorType: j,
          serveStreamingMetadata: k,
        }) {
          let l = (0, az.h)(g),
            m = (function (a) {
              let b = e.workAsyncStorage.getStore();
              if (!b) throw new f.InvariantError("Expected workStore to be initialized");
              let c = aA.workUnitAsyncStorage.getStore();
              if (c)
                switch (c.type) {
                  case "prerender":
                  case "prerender-legacy":
                    var d = a,
                      g = b,
                      h = c;
                    if ("prerender" === h.type) {
                      let a = h.fallbackRouteParams;
                      if (a && a.size > 0)
                        return (0, aB.E)(h.renderSignal, g.route, "`pathname`", h);
                    }
                    return Promise.resolve(d);
                  case "prerender-client":
                  case "validation-client":
                    throw new f.InvariantError(
                      "createServerPathnameForMetadata should not be called in client contexts.",
                    );
                  case "cache":
                  case "private-cache":
                  case "unstable-cache":
                    throw new f.InvariantError(
                      "createServerPathnameForMetadata should not be called in cache contexts.",
                    );
                  case "build-time-generator":
                    throw new f.InvariantError(
                      `createServerPathnameForMetadata should not be called inside ${c.functionName}.`,
                    );
                  case "prerender-runtime": {
                    let { stagedRendering: d } = c,
                      e = aB.Y.runtimeUrlData;
                    if (d) return d.delayUntilStage(e, void 0, a);
                    if (c.finalStage < e) return (0, aB.W)(c.renderSignal, b.route, "`pathname`");
                    return aC(a);
                  }
                  case "request":
                    return aC(a);
                }
              (0, aA.throwInvariantForMissingStore)();
            })(d);
          async function n() {
            return await aJ(a, l, i, j).catch((b) =>
              !j && (0, ay.f)(b) ? aL(a, l, i).catch(() => null) : null,
            );
          }
          function o() {
            return aF(a, m, l, i, h, j).catch((b) =>
              !j && (0, ay.f)(b) ? aH(a, m, l, i, h).catch(() => null) : null,
            );
          }
          async function p() {
            return await o();
          }
          function q() {
            return k ? null : o().then(() => null);
          }
          function r() {
            let d = Promise.all([aF(a, m, l, i, h, j), aJ(a, l, i, j)]).then(() => null);
            return k
              ? (0, b.jsx)(aD.OutletBoundary, {
                  children: (0, b.jsx)(c.Suspense, { name: "Next.MetadataOutlet", children: d }),
                })
              : (0, b.jsx)(aD.OutletBoundary, { children: d });
          }
          return (
            (n.displayName = "Next.Viewport"),
            (p.displayName = "Next.Metadata"),
            (r.displayName = "Next.MetadataOutlet"),
            {
              Viewport: function () {
                return (0, b.jsx)(aD.ViewportBoundary, { children: (0, b.jsx)(n, {}) });
              },
              Metadata: function () {
                return (0, b.jsxs)(aD.MetadataBoundary, {
                  children: [
                    (0, b.jsx)("div", {
                      hidden: !0,
                      children: (0, b.jsx)(c.Suspense, {
                        name: "Next.Metadata",
                        children: (0, b.jsx)(p, {}),
                      }),
                    }),
                    (0, b.jsx)(q, {}),
                  ],
                });
              },
              MetadataOutlet: r,
            }
          );
        },
      ],
      2754,
    );
  },
  68113,
  (a) => {
    "use strict";
    a.s([
      "scheduleOnNextTick",
      0,
      (a) => {
        Promise.resolve().then(() => {
          process.nextTick(a);
        });
      },
      "waitAtLeastOneReactRenderTask",
      0,
      function () {
        return new Promise((a) => setImmediate(a));
      },
    ]);
  },
  42440,
  (a) => {
    "use strict";
    a.s([
      "isFullStringUrl",
      0,
      function (a) {
        return /https?:\/\//.test(a);
      },
      "parseUrl",
      0,
      function (a) {
        let b;
        try {
          b = new URL(a, "http://n");
        } catch {}
        return b;
      },
    ]);
  },
  96772,
  (a) => {
    "use strict";
    var b = a.i(9095),
      c = a.i(11857),
      d = a.i(10990),
      e = a.i(717),
      f = a.i(28212),
      g = a.i(54691),
      h = a.i(20575),
      i = a.i(5476),
      j = a.i(98499),
      k = a.i(52589),
      l = a.i(81793),
      m = a.i(88471),
      n = a.i(38676),
      o = a.i(82622),
      p = a.i(641),
      q = a.i(78266),
      r = a.i(75385),
      s = a.i(34373);
    a.s([
      "ClientPageRoot",
      () => h.ClientPageRoot,
      "ClientSegmentRoot",
      () => i.ClientSegmentRoot,
      "Fragment",
      () => e.Fragment,
      "HTTPAccessFallbackBoundary",
      () => m.HTTPAccessFallbackBoundary,
      "InstantValidation",
      () => b.InstantValidation,
      "LayoutRouter",
      () => f.default,
      "LoadingBoundaryProvider",
      () => f.LoadingBoundaryProvider,
      "RenderFromTemplateContext",
      () => g.default,
      "RootLayoutBoundary",
      () => o.RootLayoutBoundary,
      "SegmentViewNode",
      () => b.SegmentViewNode,
      "SegmentViewStateNode",
      () => b.SegmentViewStateNode,
      "captureOwnerStack",
      () => e.captureOwnerStack,
      "collectPrefetchHints",
      () => s.T,
      "collectSegmentData",
      () => s.E,
      "createElement",
      () => e.createElement,
      "createMetadataComponents",
      () => n.f,
      "createPrerenderParamsForClientSegment",
      () => k.v,
      "createPrerenderSearchParamsForClientPage",
      () => j.Q,
      "createServerParamsForServerSegment",
      () => k.A,
      "createServerSearchParamsForServerPage",
      () => j.Z,
      "createTemporaryReferenceSet",
      () => c.createTemporaryReferenceSet,
      "decodeAction",
      () => c.decodeAction,
      "decodeFormState",
      () => c.decodeFormState,
      "decodeReply",
      () => c.decodeReply,
      "isEmptyHTMLPrelude",
      () => q.f,
      "patchFetch",
      () => b.patchFetch,
      "preconnect",
      () => p.F,
      "preloadFont",
      () => p.i,
      "preloadStyle",
      () => p.n,
      "prerender",
      () => d.prerender,
      "prerenderToNodeStream",
      () => b.prerenderToNodeStream,
      "renderToPipeableStream",
      () => b.renderToPipeableStream,
      "renderToReadableStream",
      () => c.renderToReadableStream,
      "serverHooks",
      0,
      l,
      "taintObjectReference",
      () => r.f,
    ]);
  },
  9095,
  38676,
  641,
  78266,
  75385,
  34373,
  (a) => {
    "use strict";
    let b, c, d, e, f, g;
    var h,
      i,
      j = a.i(11857),
      k = a.i(10990);
    (a.i(717),
      a.i(28212),
      a.i(54691),
      a.i(20575),
      a.i(5476),
      a.i(98499),
      a.i(52589),
      a.i(88471),
      (b = a.r(2754).createMetadataComponents),
      a.s(["f", 0, b], 38676),
      a.i(82622));
    var l = a.i(75465);
    (a.s(
      [
        "F",
        0,
        function (a, b, c) {
          let d = {};
          ("string" == typeof b && (d.crossOrigin = b),
            "string" == typeof c && (d.nonce = c),
            l.default.preconnect(a, d));
        },
        "i",
        0,
        function (a, b, c, d) {
          let e = { as: "font", type: b };
          ("string" == typeof c && (e.crossOrigin = c),
            "string" == typeof d && (e.nonce = d),
            l.default.preload(a, e));
        },
        "n",
        0,
        function (a, b, c) {
          let d = { as: "style" };
          ("string" == typeof b && (d.crossOrigin = b),
            "string" == typeof c && (d.nonce = c),
            l.default.preload(a, d));
        },
      ],
      641,
    ),
      a.i(33169),
      Symbol.for("next.resume-data-cache.fallback-params"),
      Symbol.for("next.resume-data-cache.runtime-data"),
      Symbol.for("next.resume-data-cache.session-data"),
      a.s(
        [
          "f",
          0,
          function (a) {
            try {
              var b, c;
              let d = null == (b = a.match(/^([0-9]*):/)) ? void 0 : b[1];
              if (!d) return !1;
              let e = parseInt(d),
                f = a.slice(d.length + 1, d.length + 1 + e);
              if ("null" === f) return !1;
              if (/^[0-9]/.test(f)) {
                let a = null == (c = f.match(/^([0-9]*)/)) ? void 0 : c[1];
                if (!a) return !1;
                let b = parseInt(a);
                f = f.slice(a.length + b);
              }
              let g = JSON.parse(f);
              return Array.isArray(g) && 0 === g[0];
            } catch {
              return !1;
            }
          },
        ],
        78266,
      ),
      a.s(
        [
          "f",
          0,
          function () {
            throw Error("Taint can only be used with the taint flag.");
          },
        ],
        75385,
      ));
    var m = a.i(7997),
      n =
        (((h = {})[(h.SubtreeHasPartialPrefetching = 2)] = "SubtreeHasPartialPrefetching"),
        (h[(h.SegmentHasLoadingBoundary = 4)] = "SegmentHasLoadingBoundary"),
        (h[(h.SubtreeHasLoadingBoundary = 8)] = "SubtreeHasLoadingBoundary"),
        (h[(h.IsRootLayoutOrAbove = 16)] = "IsRootLayoutOrAbove"),
        (h[(h.ParentInlinedIntoSelf = 32)] = "ParentInlinedIntoSelf"),
        (h[(h.InlinedIntoChild = 64)] = "InlinedIntoChild"),
        (h[(h.HeadInlinedIntoSelf = 128)] = "HeadInlinedIntoSelf"),
        (h[(h.HeadOutlined = 256)] = "HeadOutlined"),
        (h[(h.InliningHintsStale = 512)] = "InliningHintsStale"),
        (h[(h.PrefetchDisabled = 1024)] = "PrefetchDisabled"),
        (h[(h.SubtreeHasInstantFalse = 8192)] = "SubtreeHasInstantFalse"),
        (h[(h.ShouldAttemptStaticShell = 16384)] = "ShouldAttemptStaticShell"),
        (h[(h.ShouldAttemptStaticPrefetch = 32768)] = "ShouldAttemptStaticPrefetch"),
        (h[(h.IsClosedParam = 65536)] = "IsClosedParam"),
        (h[(h.SubtreeHasClosedParams = 131072)] = "SubtreeHasClosedParams"),
        h),
      o = a.i(35427),
      p = a.i(22693),
      q = a.i(32885),
      r = a.i(68113),
      s = a.i(26407);
    let t = "/_head";
    function u(a) {
      if ("string" == typeof a) return "/_not-found" === a ? "_not-found" : x(a);
      let b = a[0];
      return "$" + a[2] + "$" + x(b);
    }
    function v(a, b, c) {
      return a + "/" + ("children" === b ? c : `@${x(b)}/${c}`);
    }
    let w = /^[a-zA-Z0-9\-_@]+$/;
    function x(a) {
      return w.test(a)
        ? a
        : "!" + btoa(a).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }
    a.i(23932);
    var y = a.i(75164);
    a.i(14976);
    var z = a.i(81793),
      A = a.i(22298),
      B = a.i(71717),
      C = a.i(7891),
      D = a.i(91191);
    function E(a) {
      if (
        ("object" == typeof a &&
          null !== a &&
          "digest" in a &&
          "BAILOUT_TO_CLIENT_SIDE_RENDERING" === a.digest) ||
        (function (a) {
          if ("object" != typeof a || null === a || !("digest" in a) || "string" != typeof a.digest)
            return !1;
          let b = a.digest.split(";"),
            [c, d] = b,
            e = b.slice(2, -2).join(";"),
            f = Number(b.at(-2));
          return (
            "NEXT_REDIRECT" === c &&
            ("replace" === d || "push" === d) &&
            "string" == typeof e &&
            !isNaN(f) &&
            f in B.RedirectStatusCode
          );
        })(a) ||
        (0, A.f)(a) ||
        (0, z.isDynamicServerError)(a) ||
        (0, C.i)(a) ||
        (0, D.N)(a)
      )
        return a.digest;
    }
    var F =
        (((i = {}).ProspectiveRender = "the prospective render"),
        (i.SegmentCollection = "segment collection"),
        (i.InstantValidation = "instant validation"),
        i),
      G = a.i(56704);
    let H = () => {};
    function I(a) {
      return "string" == typeof a ? a : [a.n, a.k ?? "", a.t, a.s];
    }
    function J(a, b) {
      return "string" != typeof a && b && null !== a.k ? { n: a.n, t: a.t, k: null, s: a.s } : a;
    }
    function K(a) {
      let b = E(a);
      if (b) return b;
      if (process.env.NEXT_DEBUG_BUILD || process.env.__NEXT_VERBOSE_LOGGING) {
        let b = G.workAsyncStorage.getStore();
        !(function (a, b, c) {
          let d;
          if (!E(a)) {
            if (
              "object" == typeof a &&
              null !== a &&
              "message" in a &&
              "string" == typeof a.message &&
              a.message.startsWith("This rendered a large document (>")
            )
              return console.error(a);
            if ("object" == typeof a && null !== a && "string" == typeof a.message) {
              if (((d = a.message), "string" == typeof a.stack)) {
                let e = a.stack,
                  f = e.indexOf("\n");
                if (f > -1) {
                  let a =
                    Error(`Route ${b} errored during ${c}. These errors are normally ignored and may not prevent the route from prerendering but are logged here because build debugging is enabled.
          
Original Error: ${d}`);
                  ((a.stack = "Error: " + a.message + e.slice(f)), console.error(a));
                  return;
                }
              }
            } else "string" == typeof a && (d = a);
            if (d)
              return console.error(`Route ${b} errored during ${c}. These errors are normally ignored and may not prevent the route from prerendering but are logged here because build debugging is enabled. No stack was provided.
          
Original Message: ${d}`);
            (console.error(
              `Route ${b} errored during ${c}. These errors are normally ignored and may not prevent the route from prerendering but are logged here because build debugging is enabled. The thrown value is logged just following this message`,
            ),
              console.error(a));
          }
        })(a, (null == b ? void 0 : b.route) ?? "unknown route", F.SegmentCollection);
      }
    }
    async function L(a, b, c, d, e, h, i, j) {
      let l,
        n,
        q,
        t = new Map(),
        u = !0;
      try {
        let a = await (0, o.createFromReadableStream)(T((0, p.H)(b)), {
          findSourceMapURL: g,
          serverConsumerManifest: e,
        });
        (await (0, r.waitAtLeastOneReactRenderTask)(),
          void 0 !== a.a && (q = await a.a),
          void 0 !== a.u &&
            (u = (function (a, b, c = b) {
              switch ((a.then(H, H), a.status)) {
                case "fulfilled":
                  return a.value;
                case "rejected":
                  return c;
                default:
                  return b;
              }
            })(a.u, !1, !0)));
      } catch {}
      let v = (0, s.f)();
      if ("number" == typeof q) {
        let a = q;
        l = new ReadableStream({
          async start(c) {
            (c.enqueue(b.subarray(0, a)), await v.promise, c.enqueue(b.subarray(a)));
          },
        });
      } else ((l = T((0, p.H)(b))), v.resolve(null === q));
      let w = new AbortController(),
        x = async () => {
          (await (0, r.waitAtLeastOneReactRenderTask)(), w.abort());
        },
        y = [];
      try {
        ((n = (
          await (0, k.prerender)(
            (0, m.jsx)(P, {
              isClientParamParsingEnabled: a,
              pageDataStream: l,
              serverConsumerManifest: e,
              clientModules: d,
              staleTime: c,
              segmentTasks: y,
              onCompletedProcessingRouteTree: x,
              prefetchInlining: h,
              hints: i,
              isUpgradeableISRFallback: j,
              runtimeDataAccessed: u,
              shellStageRelease: v.promise,
            }),
            d,
            { filterStackFrame: f, signal: w.signal, onError: K },
          )
        ).prelude),
          await (0, r.waitAtLeastOneReactRenderTask)());
      } catch (a) {
        throw (Promise.allSettled(y), a);
      } finally {
        v.resolve(!1);
      }
      let z = await (0, p.W)(n);
      (t.set("/_tree", z), t.set("/_full", b));
      let A = !1;
      for (let [a, b] of await Promise.all(y)) (t.set(a, b), a.endsWith("__PAGE__") && (A = !0));
      return (A || t.set("/todo-remove-fake-segment/__PAGE__", Buffer.alloc(0)), t);
    }
    async function M(a, b, c, d, e, f, h, i) {
      try {
        (await (0, o.createFromReadableStream)((0, p.H)(b), {
          findSourceMapURL: g,
          serverConsumerManifest: e,
        }),
          await (0, r.waitAtLeastOneReactRenderTask)());
      } catch {}
      let j = await (0, o.createFromReadableStream)(T((0, p.H)(b)), {
          findSourceMapURL: g,
          serverConsumerManifest: e,
        }),
        k = j.t,
        l = k.t,
        m = j.b,
        q = k.h.r,
        s = 0;
      if (
        (h && (s |= n.ShouldAttemptStaticShell),
        i && (s |= n.ShouldAttemptStaticPrefetch),
        !1 === f)
      )
        return (function a(b, c) {
          let d = null,
            e = b.c;
          if (void 0 !== e) for (let [b, f] of e) (null === d && (d = {}), (d[b] = a(f, c)));
          return { hints: c, slots: d };
        })(l, s);
      let { maxSize: u, maxBundleSize: v } = f,
        w = j.r ?? null,
        x = j.s ?? S(c),
        y = j.u ?? Promise.resolve(!0),
        z = Promise.resolve(!1),
        A = {
          segment: J(l.s, a),
          prefetchHints: ((l.h ?? 0) | s) & ~n.InliningHintsStale,
          parallelRouteKey: null,
          parent: null,
        },
        [, B] = await Q(m, x, null, t, A, null, { rsc: q, varyParams: j.t.h.v }, w, d, !1, y, z),
        C = await O(B),
        D = { inlined: !1 },
        { node: E } = await N(a, l, m, x, d, "", A, null, s, u, v, C, D, w, y, z);
      return (D.inlined || (E.hints |= n.HeadOutlined), E);
    }
    async function N(a, b, c, d, e, f, g, h, i, j, k, l, m, o, p, r) {
      let s = ((b.h ?? 0) & 1024) != 0,
        t = b.d.r,
        w = null;
      if (!s && null !== t) {
        let [, a] = await Q(c, d, { rsc: t, varyParams: b.d.v }, f, g, null, null, o, e, !1, p, r);
        w = await O(a);
      }
      let x = null !== w && w < j ? w : null,
        y = b.c,
        z = null,
        A = !1,
        B = 0,
        C = 1 / 0;
      if (void 0 === y) C = 0;
      else
        for (let [b, q] of y) {
          let t = v(f, b, u(I(q.s))),
            w = s ? h : x,
            y = await N(
              a,
              q,
              c,
              d,
              e,
              t,
              {
                segment: J(q.s, a),
                prefetchHints: ((q.h ?? 0) | i) & ~n.InliningHintsStale,
                parallelRouteKey: b,
                parent: g,
              },
              A ? null : w,
              i,
              j,
              k,
              l,
              m,
              o,
              p,
              r,
            );
          (null === z && (z = {}),
            (z[b] = y.node),
            y.node.hints & n.ParentInlinedIntoSelf
              ? ((A = !0), (B = y.inlinedBytes))
              : !A && y.inlinedBytes < C && (C = y.inlinedBytes));
        }
      let D = i;
      A && (D |= n.InlinedIntoChild);
      let E = A ? B : C,
        F = !A && !s,
        G = b.s,
        H = "string" == typeof G ? G === q.z : G.n === q.z;
      return (
        !m.inlined &&
          F &&
          H &&
          E + l < k &&
          ((D |= n.HeadInlinedIntoSelf), (E += l), (m.inlined = !0)),
        null !== h && (!s || A) && E + h < k && ((D |= n.ParentInlinedIntoSelf), (E += h)),
        { node: { hints: D, slots: z }, inlinedBytes: E }
      );
    }
    async function O(a) {
      let b = new Blob([new Uint8Array(a)]).stream().pipeThrough(new CompressionStream("gzip"));
      return (await new Response(b).blob()).size;
    }
    async function P({
      isClientParamParsingEnabled: a,
      pageDataStream: b,
      serverConsumerManifest: c,
      clientModules: d,
      staleTime: e,
      segmentTasks: f,
      onCompletedProcessingRouteTree: h,
      prefetchInlining: i,
      hints: j,
      isUpgradeableISRFallback: k,
      runtimeDataAccessed: l,
      shellStageRelease: m,
    }) {
      let p = await (0, o.createFromReadableStream)(b, {
          findSourceMapURL: g,
          serverConsumerManifest: c,
        }),
        q = p.t,
        s = q.t,
        w = p.b,
        x = q.h.r,
        y = p.r ?? null,
        z = p.s ?? S(e),
        A = p.u ?? Promise.resolve(l),
        B = i && null !== j && !(j.hints & n.HeadOutlined),
        C = { rsc: x, varyParams: p.t.h.v },
        D = { segment: J(s.s, a), prefetchHints: 0, parallelRouteKey: null, parent: null },
        E = (function a(b, c, d, e, f, g, h, i, j, k, l, m, o, p, q, s) {
          let t,
            w = ((c.h ?? 0) | (null !== k ? k.hints : 0)) & ~n.InliningHintsStale;
          h.prefetchHints = w;
          let x = c.d.v,
            y = (1024 & w) != 0,
            z = c.d.r,
            A = y ? null : z,
            B = null;
          if (j && w & n.InlinedIntoChild)
            null !== z && (B = { data: null !== A ? { rsc: A, varyParams: x } : null, next: l });
          else if (null !== A) {
            let a = w & n.ParentInlinedIntoSelf ? l : null,
              b = null !== m && w & n.HeadInlinedIntoSelf ? m : null;
            i.push(
              (0, r.waitAtLeastOneReactRenderTask)().then(() =>
                Q(d, e, { rsc: A, varyParams: x }, g, h, a, b, o, f, p, q, s),
              ),
            );
          }
          let C = c.c;
          if (void 0 !== C)
            for (let [c, l] of C) {
              let n = v(g, c, u(I(l.s))),
                r = null !== k && null !== k.slots ? (k.slots[c] ?? null) : null,
                w = a(
                  b,
                  l,
                  d,
                  e,
                  f,
                  n,
                  { segment: J(l.s, b), prefetchHints: 0, parallelRouteKey: c, parent: h },
                  i,
                  j,
                  r,
                  B,
                  m,
                  o,
                  p,
                  q,
                  s,
                );
              (void 0 === t && (t = new Map()), t.set(c, w));
            }
          let D = { s: h.segment };
          return (0 !== w && (D.h = w), void 0 !== t && (D.c = t), D);
        })(a, s, w, z, d, "", D, f, i, j, null, B ? C : null, y, k, A, m);
      return (
        B ||
          f.push(
            (0, r.waitAtLeastOneReactRenderTask)().then(() =>
              Q(w, z, null, t, D, null, C, y, d, k, A, m),
            ),
          ),
        h(),
        w ? { b: w, t: { t: E } } : { t: { t: E } }
      );
    }
    async function Q(a, b, c, d, e, g, h, i, k, l, m, n) {
      let o = (0, s.f)(),
        p = { s: e.segment };
      (0 !== e.prefetchHints && (p.h = e.prefetchHints),
        null !== c && (p.d = R(c, b, k, o.promise)));
      let q = e.parallelRouteKey,
        t = e.parent,
        u = g;
      for (; null !== t && null !== q;) {
        let a = { s: t.segment };
        (0 !== t.prefetchHints && (a.h = t.prefetchHints),
          null !== u && (null !== u.data && (a.d = R(u.data, b, k, o.promise)), (u = u.next)),
          (a.c = new Map([[q, p]])),
          (p = a),
          (q = t.parallelRouteKey),
          (t = t.parent));
      }
      let v = { t: p };
      null !== h && (v.h = R(h, b, k, o.promise));
      let w = 0,
        x = (0, s.f)(),
        y = { t: v, a: x.promise, u: m };
      (a && (y.b = a), null !== i && (y.r = i), l && (y.f = !0));
      let z = new AbortController(),
        A = (0, j.renderToReadableStream)(y, k, {
          filterStackFrame: f,
          signal: z.signal,
          onError(a) {
            if (!z.signal.aborted) return K(a);
          },
        }).getReader(),
        B = new Promise(async (a) => {
          let b = [];
          for (;;) {
            let { done: a, value: c } = await A.read();
            if (a) break;
            z.signal.aborted || (b.push(c), (w += c.byteLength));
          }
          a(b);
        }),
        C = await n,
        D = w;
      return (
        await (0, r.waitAtLeastOneReactRenderTask)(),
        C ? x.resolve(null) : x.resolve(D),
        o.resolve(),
        await (0, r.waitAtLeastOneReactRenderTask)(),
        await (0, r.waitAtLeastOneReactRenderTask)(),
        z.abort(),
        ["" === d ? "/_index" : d, Buffer.concat(await B)]
      );
    }
    function R(a, b, c, d) {
      let e = new Promise(async (b) => {
        (await d, await (0, k.prerender)(a.rsc, c, { filterStackFrame: f, onError() {} }), b());
      });
      return { r: a.rsc, p: e, v: a.varyParams, s: b };
    }
    function S(a) {
      return {
        async *[Symbol.asyncIterator]() {
          yield a;
        },
      };
    }
    function T(a) {
      let b = a.getReader();
      return new ReadableStream({
        async pull(a) {
          for (;;) {
            let { done: c, value: d } = await b.read();
            if (!c) {
              a.enqueue(d);
              continue;
            }
            return;
          }
        },
      });
    }
    a.s(["T", 0, M, "E", 0, L], 34373);
    var U = a.i(32319),
      V = a.i(18970);
    Symbol.for("@next/request-insights-store");
    Error("Invariant: AsyncLocalStorage accessed in runtime where it is not available");
    var W = a.i(21751),
      X = a.i(99771);
    let Y = () => {};
    function Z(a) {
      if (!a.body) return [a, a];
      let [b, d] = a.body.tee(),
        e = new Response(b, { status: a.status, statusText: a.statusText, headers: a.headers });
      Object.defineProperty(e, "url", {
        value: a.url,
        configurable: !0,
        enumerable: !0,
        writable: !1,
      });
      let f = new Response(d, { status: a.status, statusText: a.statusText, headers: a.headers });
      return (
        Object.defineProperty(f, "url", {
          value: a.url,
          configurable: !0,
          enumerable: !0,
          writable: !1,
        }),
        c &&
          (e.body && c.register(e, new WeakRef(e.body)),
          f.body && c.register(f, new WeakRef(f.body))),
        [e, f]
      );
    }
    globalThis.FinalizationRegistry &&
      (c = new FinalizationRegistry((a) => {
        let b = a.deref();
        b && !b.locked && b.cancel("Response object has been garbage collected").then(Y);
      }));
    var $ = a.i(85034);
    let _ = new Set(["traceparent", "tracestate"]),
      aa = Symbol.for("next-patch");
    a.i(75700);
    var ab = a.i(276);
    let ac = /[^\t\x20-\x7e]/,
      ad = /[^\t\x20-\x7e]+/g;
    function ae(a, b, c) {
      let d = { ...c, end: performance.timeOrigin + performance.now(), idx: a.nextFetchId || 0 };
      (null == b ||
        b.setAttributes({
          "http.status_code": d.status,
          "next.fetch.idx": d.idx,
          "next.fetch.cache_status": d.cacheStatus,
          "next.fetch.cache_reason": d.cacheReason,
        }),
        a.shouldTrackFetchMetrics && ((a.fetchMetrics ??= []), a.fetchMetrics.push(d)));
    }
    async function af(a, b, c, d, e, f) {
      let g = await a.arrayBuffer(),
        h = {
          headers: Object.fromEntries(a.headers.entries()),
          body: Buffer.from(g).toString("base64"),
          status: a.status,
          url: a.url,
        };
      return (
        c && (await d.set(b, { kind: ab.CachedRouteKind.FETCH, data: h, revalidate: e }, c)),
        await f(),
        new Response(g, { headers: a.headers, status: a.status, statusText: a.statusText })
      );
    }
    async function ag(a, b, c, d, e, f, g, h, i, j) {
      let [k, l] = Z(b),
        m = k
          .arrayBuffer()
          .then(async (a) => {
            let b = Buffer.from(a),
              h = {
                headers: Object.fromEntries(k.headers.entries()),
                body: b.toString("base64"),
                status: k.status,
                url: k.url,
              };
            (null == f || f.set(c, h),
              d && (await e.set(c, { kind: ab.CachedRouteKind.FETCH, data: h, revalidate: g }, d)));
          })
          .catch((a) => {
            (null == j ? void 0 : j.aborted) || console.warn("Failed to set fetch cache", h, a);
          })
          .finally(i),
        n = `cache-set-${c}`,
        o = (a.pendingRevalidates ??= {}),
        p = Promise.resolve();
      return (
        n in o && (p = o[n]),
        (o[n] = p
          .then(() => m)
          .finally(() => {
            (null == o ? void 0 : o[n]) && delete o[n];
          })),
        l
      );
    }
    let ah = null;
    ((d = a.r(11857).renderToPipeableStream),
      (e = a.r(10990).prerenderToNodeStream),
      (globalThis.__next__clear_chunk_cache__ = a.C),
      a.s(
        [
          "InstantValidation",
          0,
          () => {},
          "SegmentViewNode",
          0,
          () => null,
          "SegmentViewStateNode",
          0,
          () => null,
          "patchFetch",
          0,
          function () {
            return (function (b) {
              var c;
              let d;
              if (!0 === globalThis[aa]) return;
              let e =
                ((c = globalThis.fetch),
                (d = a.r(717).cache((a) => [])),
                function (a, b) {
                  let e, f;
                  if (b && b.signal) return c(a, b);
                  if ("string" != typeof a || b) {
                    let d,
                      g = "string" == typeof a || a instanceof URL ? new Request(a, b) : a;
                    if (("GET" !== g.method && "HEAD" !== g.method) || g.keepalive) return c(a, b);
                    ((d = Array.from(g.headers.entries()).filter(([a]) => !_.has(a.toLowerCase()))),
                      (f = JSON.stringify([
                        g.method,
                        d,
                        g.mode,
                        g.redirect,
                        g.credentials,
                        g.referrer,
                        g.referrerPolicy,
                        g.integrity,
                      ])),
                      (e = g.url));
                  } else ((f = '["GET",[],null,"follow",null,null,null,null]'), (e = a));
                  let g = d(e);
                  for (let a = 0, b = g.length; a < b; a += 1) {
                    let [b, c] = g[a];
                    if (b === f)
                      return c.then(() => {
                        let b = g[a][2];
                        if (!b) throw new $.InvariantError("No cached response");
                        let [c, d] = Z(b);
                        return ((g[a][2] = d), c);
                      });
                  }
                  let h = c(a, b),
                    i = [f, h, null];
                  return (
                    g.push(i),
                    h.then((a) => {
                      let [b, c] = Z(a);
                      return ((i[2] = c), b);
                    })
                  );
                });
              globalThis.fetch = (function (a, { workAsyncStorage: b, workUnitAsyncStorage: c }) {
                let d = async function (d, e) {
                  var f, g;
                  let h;
                  try {
                    (((h = new URL(d instanceof Request ? d.url : d)).username = ""),
                      (h.password = ""));
                  } catch {
                    h = void 0;
                  }
                  let i = (null == h ? void 0 : h.href) ?? "",
                    j = (null == e || null == (f = e.method) ? void 0 : f.toUpperCase()) || "GET",
                    k = (null == e || null == (g = e.next) ? void 0 : g.internal) === !0,
                    l = "1" === process.env.NEXT_OTEL_FETCH_DISABLED,
                    m = k ? void 0 : performance.timeOrigin + performance.now(),
                    n = b.getStore(),
                    o = c.getStore(),
                    p = o ? (0, U.getCacheSignal)(o) : null;
                  p && p.beginRead();
                  let q = (0, y.getTracer)().trace(
                    k ? V.NextNodeServerSpan.internalFetch : V.AppRenderSpan.fetch,
                    {
                      hideSpan: l,
                      kind: y.SpanKind.CLIENT,
                      spanName: ["fetch", j, i].filter(Boolean).join(" "),
                      attributes: {
                        "http.url": i,
                        "http.method": j,
                        "net.peer.name": null == h ? void 0 : h.hostname,
                        "net.peer.port": (null == h ? void 0 : h.port) || void 0,
                      },
                    },
                    async (b) => {
                      var c;
                      let f, g, h, j, l, q;
                      if (k || !n || n.isDraftMode) return a(d, e);
                      let r = d && "object" == typeof d && "string" == typeof d.method;
                      if (r && e) {
                        let { next: a, ...b } = e;
                        ((d = new Request(d, b)), (e = a ? { next: a } : void 0));
                      }
                      let s = (a) => (null == e ? void 0 : e[a]) || (r ? d[a] : null),
                        t = (a) => {
                          var b, c, f;
                          return void 0 !== (null == e || null == (b = e.next) ? void 0 : b[a])
                            ? null == e || null == (c = e.next)
                              ? void 0
                              : c[a]
                            : r
                              ? null == (f = d.next)
                                ? void 0
                                : f[a]
                              : void 0;
                        },
                        u = t("revalidate"),
                        v = u,
                        w = (function (a, b) {
                          let c = [],
                            d = [];
                          for (let e = 0; e < a.length; e++) {
                            let f = a[e];
                            if ("string" != typeof f)
                              d.push({ tag: f, reason: "invalid type, must be a string" });
                            else if (f.length > W.NEXT_CACHE_TAG_MAX_LENGTH)
                              d.push({
                                tag: f,
                                reason: `exceeded max length of ${W.NEXT_CACHE_TAG_MAX_LENGTH}`,
                              });
                            else
                              c.push(ac.test(f) ? f.replace(ad, (a) => encodeURIComponent(a)) : f);
                            if (c.length > W.NEXT_CACHE_TAG_MAX_ITEMS) {
                              console.warn(
                                `Warning: exceeded max tag count for ${b}, dropped tags:`,
                                a.slice(e).join(", "),
                              );
                              break;
                            }
                          }
                          if (d.length > 0)
                            for (let { tag: a, reason: c } of (console.warn(
                              `Warning: invalid tags passed to ${b}: `,
                            ),
                            d))
                              console.log(`tag: "${a}" ${c}`);
                          return c;
                        })(t("tags") || [], `fetch ${d.toString()}`);
                      if (o)
                        switch (o.type) {
                          case "prerender":
                          case "prerender-runtime":
                          case "prerender-client":
                          case "validation-client":
                          case "prerender-legacy":
                          case "cache":
                          case "private-cache":
                            f = o;
                        }
                      if (f && Array.isArray(w)) {
                        let a = f.tags ?? (f.tags = []);
                        for (let b of w) a.includes(b) || a.push(b);
                      }
                      let x = null == o ? void 0 : o.implicitTags,
                        y = n.fetchCache;
                      o && "unstable-cache" === o.type && (y = "force-no-store");
                      let z = !!n.isUnstableNoStore,
                        A = s("cache"),
                        B = "";
                      "string" == typeof A &&
                        void 0 !== v &&
                        (("force-cache" === A && 0 === v) ||
                          ("no-store" === A && (v > 0 || !1 === v))) &&
                        ((g = `Specified "cache: ${A}" and "revalidate: ${v}", only one should be specified.`),
                        (A = void 0),
                        (v = void 0));
                      let D =
                          "no-cache" === A ||
                          "no-store" === A ||
                          "force-no-store" === y ||
                          "only-no-store" === y,
                        E = !y && !A && !v && n.forceDynamic;
                      ("force-cache" === A && void 0 === v ? (v = !1) : (D || E) && (v = 0),
                        ("no-cache" === A || "no-store" === A) && (B = `cache: ${A}`),
                        (q = (function (a, b) {
                          try {
                            let c;
                            if (!1 === a || 1 / 0 === a) c = W.INFINITE_CACHE;
                            else if ("number" == typeof a && !isNaN(a) && a > -1) c = a;
                            else if (void 0 !== a)
                              throw Error(
                                `Invalid revalidate value "${a}" on "${b}", must be a non-negative number or false`,
                              );
                            return c;
                          } catch (a) {
                            if (a instanceof Error && a.message.includes("Invalid revalidate"))
                              throw a;
                            return;
                          }
                        })(v, n.route)));
                      let F = s("headers"),
                        G =
                          "function" == typeof (null == F ? void 0 : F.get)
                            ? F
                            : new Headers(F || {}),
                        H = G.get("authorization") || G.get("cookie"),
                        I = !["get", "head"].includes(
                          (null == (c = s("method")) ? void 0 : c.toLowerCase()) || "get",
                        ),
                        J = void 0 == y && (void 0 == A || "default" === A) && void 0 == v,
                        K = !!((H || I) && (null == f ? void 0 : f.revalidate) === 0),
                        L = !1;
                      if (
                        (!K && J && (n.isBuildTimePrerendering ? (L = !0) : (K = !0)),
                        J && void 0 !== o)
                      )
                        switch (o.type) {
                          case "prerender":
                          case "prerender-runtime":
                          case "prerender-client":
                            return (
                              p && (p.endRead(), (p = null)),
                              (0, X.W)(o.renderSignal, n.route, "fetch()")
                            );
                        }
                      switch (y) {
                        case "force-no-store":
                          B = "fetchCache = force-no-store";
                          break;
                        case "only-no-store":
                          if ("force-cache" === A || (void 0 !== q && q > 0))
                            throw Error(
                              `cache: 'force-cache' used on fetch for ${i} with 'export const fetchCache = 'only-no-store'`,
                            );
                          B = "fetchCache = only-no-store";
                          break;
                        case "only-cache":
                          if ("no-store" === A)
                            throw Error(
                              `cache: 'no-store' used on fetch for ${i} with 'export const fetchCache = 'only-cache'`,
                            );
                          break;
                        case "force-cache":
                          (void 0 === v || 0 === v) &&
                            ((B = "fetchCache = force-cache"), (q = W.INFINITE_CACHE));
                      }
                      if (
                        (void 0 === q
                          ? "default-cache" !== y || z
                            ? "default-no-store" === y
                              ? ((q = 0), (B = "fetchCache = default-no-store"))
                              : z
                                ? ((q = 0), (B = "noStore call"))
                                : K
                                  ? ((q = 0), (B = "auto no cache"))
                                  : ((B = "auto cache"), (q = f ? f.revalidate : W.INFINITE_CACHE))
                            : ((q = W.INFINITE_CACHE), (B = "fetchCache = default-cache"))
                          : B || (B = `revalidate: ${q}`),
                        !(n.forceStatic && 0 === q) && !K && f && q < f.revalidate)
                      ) {
                        if (0 === q) {
                          if (o)
                            switch (o.type) {
                              case "prerender":
                              case "prerender-client":
                              case "prerender-runtime":
                              case "validation-client":
                                return (
                                  p && (p.endRead(), (p = null)),
                                  (0, X.W)(o.renderSignal, n.route, "fetch()")
                                );
                            }
                          (0, C.g)(n, o, `revalidate: 0 fetch ${d} ${n.route}`);
                        }
                        f && u === q && (f.revalidate = q);
                      }
                      let M = "number" == typeof q && q > 0,
                        { incrementalCache: N } = n,
                        O = !1;
                      if (o)
                        switch (o.type) {
                          case "request":
                          case "cache":
                          case "private-cache":
                            ((O = o.isHmrRefresh ?? !1), (j = o.serverComponentsHmrCache));
                        }
                      if (N && (M || j))
                        try {
                          h = await N.generateCacheKey(i, r ? d : e);
                        } catch (a) {
                          console.error("Failed to generate cache key for", d, a);
                        }
                      let P = n.nextFetchId ?? 1;
                      n.nextFetchId = P + 1;
                      let Q = () => {},
                        R = async (c, f) => {
                          let k = [
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
                            ...(c ? [] : ["signal"]),
                          ];
                          if (r) {
                            let a = d,
                              b = { body: a._ogBody || a.body };
                            for (let c of k) b[c] = a[c];
                            d = new Request(a.url, b);
                          } else if (e) {
                            let { _ogBody: a, body: b, signal: d, ...f } = e;
                            e = { ...f, body: a || b, signal: c ? void 0 : d };
                          }
                          let l = {
                            ...e,
                            next: {
                              ...(null == e ? void 0 : e.next),
                              fetchType: "origin",
                              fetchIdx: P,
                            },
                          };
                          return a(d, l)
                            .then(async (a) => {
                              if (
                                (!c &&
                                  m &&
                                  ae(n, b, {
                                    start: m,
                                    url: i,
                                    cacheReason: f || B,
                                    cacheStatus: 0 === q || f ? "skip" : "miss",
                                    cacheWarning: g,
                                    status: a.status,
                                    method: l.method || "GET",
                                  }),
                                200 === a.status && N && h && (M || j))
                              ) {
                                let b = q >= W.INFINITE_CACHE ? W.CACHE_ONE_YEAR_SECONDS : q,
                                  c = M
                                    ? {
                                        fetchCache: !0,
                                        fetchUrl: i,
                                        fetchIdx: P,
                                        tags: w,
                                        isImplicitBuildTimeCache: L,
                                      }
                                    : void 0;
                                switch (null == o ? void 0 : o.type) {
                                  case "prerender":
                                  case "prerender-client":
                                  case "validation-client":
                                  case "prerender-runtime":
                                    return af(a, h, c, N, b, Q);
                                  case "request":
                                  case "prerender-legacy":
                                  case "cache":
                                  case "private-cache":
                                  case "unstable-cache":
                                  case "build-time-generator":
                                  case void 0:
                                    return ag(n, a, h, c, N, j, b, d, Q, s("signal"));
                                }
                              }
                              return (await Q(), a);
                            })
                            .catch((a) => {
                              throw (Q(), a);
                            });
                        },
                        S = !1,
                        T = !1;
                      if (h && N) {
                        let a;
                        if ((O && j && ((a = j.get(h)), (T = !0)), M && !a)) {
                          Q = await N.lock(h);
                          let b = n.isOnDemandRevalidate
                            ? null
                            : await N.get(h, {
                                kind: ab.IncrementalCacheKind.FETCH,
                                revalidate: q,
                                fetchUrl: i,
                                fetchIdx: P,
                                tags: w,
                                softTags: null == x ? void 0 : x.tags,
                              });
                          if (J && o)
                            switch (o.type) {
                              case "prerender":
                              case "prerender-client":
                              case "validation-client":
                              case "prerender-runtime":
                                await (ah ||
                                  (ah = new Promise((a) => {
                                    setTimeout(() => {
                                      ((ah = null), a());
                                    }, 0);
                                  })),
                                ah);
                            }
                          if (
                            (b ? await Q() : (l = "cache-control: no-cache (hard refresh)"),
                            (null == b ? void 0 : b.value) &&
                              b.value.kind === ab.CachedRouteKind.FETCH)
                          )
                            if ((0, U.willConsumerServerCache)(o) && b.isStale) S = !0;
                            else {
                              if (
                                b.isStale &&
                                ((n.pendingRevalidates ??= {}), !n.pendingRevalidates[h])
                              ) {
                                let a = R(!0)
                                  .then(async (a) => ({
                                    body: await a.arrayBuffer(),
                                    headers: a.headers,
                                    status: a.status,
                                    statusText: a.statusText,
                                  }))
                                  .finally(() => {
                                    ((n.pendingRevalidates ??= {}),
                                      delete n.pendingRevalidates[h || ""]);
                                  });
                                (a.catch(console.error), (n.pendingRevalidates[h] = a));
                              }
                              a = b.value.data;
                            }
                        }
                        if (a) {
                          m &&
                            ae(n, b, {
                              start: m,
                              url: i,
                              cacheReason: B,
                              cacheStatus: T ? "hmr" : "hit",
                              cacheWarning: g,
                              status: a.status || 200,
                              method: (null == e ? void 0 : e.method) || "GET",
                            });
                          let c = new Response(Buffer.from(a.body, "base64"), {
                            headers: a.headers,
                            status: a.status,
                          });
                          return (Object.defineProperty(c, "url", { value: a.url }), c);
                        }
                      }
                      if (
                        e &&
                        "object" == typeof e &&
                        (function (a) {
                          if (!a) return !1;
                          switch (a.type) {
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
                              return a;
                          }
                        })(o)
                      ) {
                        let { cache: a } = e;
                        if ("no-store" === a) {
                          if (o)
                            switch (o.type) {
                              case "prerender":
                              case "prerender-client":
                              case "prerender-runtime":
                              case "validation-client":
                                return (
                                  p && (p.endRead(), (p = null)),
                                  (0, X.W)(o.renderSignal, n.route, "fetch()")
                                );
                            }
                          (0, C.g)(n, o, `no-store fetch ${d} ${n.route}`);
                        }
                        let b = "next" in e,
                          { next: c = {} } = e;
                        if ("number" == typeof c.revalidate && f && c.revalidate < f.revalidate) {
                          if (0 === c.revalidate) {
                            if (o)
                              switch (o.type) {
                                case "prerender":
                                case "prerender-client":
                                case "prerender-runtime":
                                case "validation-client":
                                  return (0, X.W)(o.renderSignal, n.route, "fetch()");
                              }
                            (0, C.g)(n, o, `revalidate: 0 fetch ${d} ${n.route}`);
                          }
                          (n.forceStatic && 0 === c.revalidate) || (f.revalidate = c.revalidate);
                        }
                        b && delete e.next;
                      }
                      if (!h || !S) return R(!1, l);
                      {
                        let a = h;
                        n.pendingRevalidates ??= {};
                        let b = n.pendingRevalidates[a];
                        if (b) {
                          let a = await b;
                          return new Response(a.body, {
                            headers: a.headers,
                            status: a.status,
                            statusText: a.statusText,
                          });
                        }
                        let c = R(!0, l).then(Z);
                        return (
                          (b = c
                            .then(async (a) => {
                              let b = a[0];
                              return {
                                body: await b.arrayBuffer(),
                                headers: b.headers,
                                status: b.status,
                                statusText: b.statusText,
                              };
                            })
                            .finally(() => {
                              var b;
                              (null == (b = n.pendingRevalidates) ? void 0 : b[a]) &&
                                delete n.pendingRevalidates[a];
                            })).catch(() => {}),
                          (n.pendingRevalidates[a] = b),
                          c.then((a) => a[1])
                        );
                      }
                    },
                  );
                  if (p)
                    try {
                      return await q;
                    } finally {
                      p && p.endRead();
                    }
                  return q;
                };
                return (
                  (d.__nextPatched = !0),
                  (d.__nextGetStaticStore = () => b),
                  (d._nextOriginalFetch = a),
                  (globalThis[aa] = !0),
                  Object.defineProperty(d, "name", { value: "fetch", writable: !1 }),
                  d
                );
              })(e, b);
            })({
              workAsyncStorage: G.workAsyncStorage,
              workUnitAsyncStorage: U.workUnitAsyncStorage,
            });
          },
          "prerenderToNodeStream",
          0,
          e,
          "renderToPipeableStream",
          0,
          d,
        ],
        9095,
      ));
  },
  69795,
  (a) => {
    "use strict";
    let b = /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/;
    a.s([
      "getScriptNonceFromHeaders",
      0,
      function (a) {
        let c = a["content-security-policy"] || a["content-security-policy-report-only"];
        return "string" == typeof c
          ? (function (a) {
              let c = a.split(";").map((a) => a.trim()),
                d =
                  c.find((a) => a.startsWith("script-src")) ||
                  c.find((a) => a.startsWith("default-src"));
              if (d)
                for (let a of d.split(/\s+/).slice(1)) {
                  let c = a.trim().match(b);
                  if (c) return c[1];
                }
            })(c)
          : void 0;
      },
    ]);
  },
  39783,
  (a) => {
    "use strict";
    a.i(72051);
    var b = a.i(36226),
      c = a.i(84513);
    a.i(56704);
    class d extends Error {
      constructor() {
        super(
          "Cookies can only be modified in a Server Action or Route Handler. Read more: https://nextjs.org/docs/app/api-reference/functions/cookies#options",
        );
      }
      static callable() {
        throw new d();
      }
    }
    class e {
      static seal(a) {
        return new Proxy(a, {
          get(a, b, e) {
            switch (b) {
              case "clear":
              case "delete":
              case "set":
                return d.callable;
              default:
                return c.f.get(a, b, e);
            }
          },
        });
      }
      static fresh(a) {
        return new Proxy(a, { get: (a, b, d) => c.f.get(a, b, d) });
      }
    }
    Symbol.for("next.mutated.cookies");
    class f extends Error {
      constructor() {
        super(
          "Headers cannot be modified. Read more: https://nextjs.org/docs/app/api-reference/functions/headers",
        );
      }
      static callable() {
        throw new f();
      }
    }
    class g extends Headers {
      constructor(a) {
        (super(),
          (this.headers = new Proxy(a, {
            get(b, d, e) {
              if ("symbol" == typeof d) return c.f.get(b, d, e);
              let f = d.toLowerCase(),
                g = Object.keys(a).find((a) => a.toLowerCase() === f);
              if (void 0 !== g) return c.f.get(b, g, e);
            },
            set(b, d, e, f) {
              if ("symbol" == typeof d) return c.f.set(b, d, e, f);
              let g = d.toLowerCase(),
                h = Object.keys(a).find((a) => a.toLowerCase() === g);
              return c.f.set(b, h ?? d, e, f);
            },
            has(b, d) {
              if ("symbol" == typeof d) return c.f.has(b, d);
              let e = d.toLowerCase(),
                f = Object.keys(a).find((a) => a.toLowerCase() === e);
              return void 0 !== f && c.f.has(b, f);
            },
            deleteProperty(b, d) {
              if ("symbol" == typeof d) return c.f.deleteProperty(b, d);
              let e = d.toLowerCase(),
                f = Object.keys(a).find((a) => a.toLowerCase() === e);
              return void 0 === f || c.f.deleteProperty(b, f);
            },
          })));
      }
      static seal(a, b) {
        let d,
          e = b && b.size > 0 ? (a) => b.has(a.toLowerCase()) : null,
          g = new Proxy(a, {
            get(a, b, e) {
              switch (b) {
                case "append":
                case "delete":
                case "set":
                  return f.callable;
                case Symbol.iterator:
                  return d[Symbol.iterator];
                case "get":
                case "has":
                case "getSetCookie":
                case "keys":
                case "values":
                case "entries":
                case "forEach":
                  return d[b];
                default:
                  return c.f.get(a, b, e);
              }
            },
          });
        return (
          (d = e
            ? (function (a, b, c) {
                function* d() {
                  for (let b of a.entries()) c(b[0]) || (yield b);
                }
                return {
                  entries: d,
                  [Symbol.iterator]: d,
                  get: (b) => (c(b) ? null : a.get(b)),
                  has: (b) => !c(b) && a.has(b),
                  getSetCookie: () => (c("set-cookie") ? [] : a.getSetCookie()),
                  *keys() {
                    for (let b of a.keys()) c(b) || (yield b);
                  },
                  *values() {
                    for (let [, a] of d()) yield a;
                  },
                  forEach(a, c) {
                    for (let [e, f] of d()) a.call(c, f, e, b);
                  },
                };
              })(a, g, e)
            : {
                get: a.get.bind(a),
                has: a.has.bind(a),
                getSetCookie: a.getSetCookie.bind(a),
                keys: a.keys.bind(a),
                values: a.values.bind(a),
                entries: a.entries.bind(a),
                [Symbol.iterator]: a[Symbol.iterator].bind(a),
                forEach(b, c) {
                  for (let [d, e] of a.entries()) b.call(c, e, d, g);
                },
              }),
          g
        );
      }
      static fresh(a) {
        return new Proxy(a, { get: (a, b, d) => c.f.get(a, b, d) });
      }
      merge(a) {
        return Array.isArray(a) ? a.join(", ") : a;
      }
      static from(a) {
        return a instanceof Headers ? a : new g(a);
      }
      append(a, b) {
        let c = this.headers[a];
        "string" == typeof c
          ? (this.headers[a] = [c, b])
          : Array.isArray(c)
            ? c.push(b)
            : (this.headers[a] = b);
      }
      delete(a) {
        delete this.headers[a];
      }
      get(a) {
        let b = this.headers[a];
        return void 0 !== b ? this.merge(b) : null;
      }
      has(a) {
        return void 0 !== this.headers[a];
      }
      set(a, b) {
        this.headers[a] = b;
      }
      forEach(a, b) {
        for (let [c, d] of this.entries()) a.call(b, d, c, this);
      }
      *entries() {
        for (let a of Object.keys(this.headers)) {
          let b = a.toLowerCase(),
            c = this.get(b);
          yield [b, c];
        }
      }
      *keys() {
        for (let a of Object.keys(this.headers)) {
          let b = a.toLowerCase();
          yield b;
        }
      }
      *values() {
        for (let a of Object.keys(this.headers)) {
          let b = this.get(a);
          yield b;
        }
      }
      [Symbol.iterator]() {
        return this.entries();
      }
    }
    var h = a.i(91505),
      i = a.i(85034),
      j = a.i(91191),
      k = a.i(32319),
      l = a.i(88652);
    function m(a) {
      (function () {
        let a = null,
          b = k.workUnitAsyncStorage.getStore();
        if (b)
          switch (b.type) {
            case "request":
            case "validation-client":
              a = b.validationSampleTracking ?? null;
          }
        if (!a)
          throw new i.InvariantError(
            "Expected to have a workUnitStore that provides validationSampleTracking",
          );
        return a;
      })().missingSampleErrors.push(a);
    }
    function n(a) {
      throw (m(a), a);
    }
    function o(a, b) {
      return new j.g(
        `Route "${a}" accessed cookie "${b}" which is not defined in the \`unstable_samples\` of \`instant\`. Add it to the sample's \`cookies\` array, or \`{ name: "${b}", value: null }\` if it should be absent.`,
      );
    }
    function p(a, b) {
      return new j.g(
        `Route "${a}" accessed searchParam "${b}" which is not defined in the \`unstable_samples\` of \`instant\`. Add it to the sample's \`searchParams\` object, or \`{ "${b}": null }\` if it should be absent.`,
      );
    }
    a.s(
      [
        "assertRootParamInSamples",
        0,
        function (a, b, c) {
          if (b && c in b);
          else {
            let b = a.route;
            n(
              new j.g(
                `Route "${b}" accessed root param "${c}" which is not defined in the \`unstable_samples\` of \`instant\`. Add it to the sample's \`params\` object.`,
              ),
            );
          }
        },
        "createCookiesFromSample",
        0,
        function (a, c) {
          let d = new Set(),
            f = new b.RequestCookies(new Headers());
          if (a) for (let b of a) (d.add(b.name), null !== b.value && f.set(b.name, b.value));
          return new Proxy(e.seal(f), {
            get(a, b, e) {
              if ("has" === b) {
                let f = Reflect.get(a, b, e);
                return function (b) {
                  return (d.has(b) || n(o(c, b)), f.call(a, b));
                };
              }
              if ("get" === b) {
                let f = Reflect.get(a, b, e);
                return function (b) {
                  let e;
                  if ("string" == typeof b) e = b;
                  else {
                    if (!b || "object" != typeof b || "string" != typeof b.name)
                      return f.call(a, b);
                    e = b.name;
                  }
                  return (d.has(e) || n(o(c, e)), f.call(a, e));
                };
              }
              return Reflect.get(a, b, e);
            },
          });
        },
        "createDraftModeForValidation",
        0,
        function () {
          return {
            get isEnabled() {
              return !1;
            },
            enable() {
              throw Error("Draft mode cannot be enabled during build-time instant validation.");
            },
            disable() {
              throw Error("Draft mode cannot be disabled during build-time instant validation.");
            },
          };
        },
        "createExhaustiveParamsProxy",
        0,
        function (a, b, c) {
          return new Proxy(a, {
            get: (d, e, f) => (
              "string" == typeof e &&
                !l.A.has(e) &&
                e in a &&
                !b.has(e) &&
                n(
                  new j.g(
                    `Route "${c}" accessed param "${e}" which is not defined in the \`unstable_samples\` of \`instant\`. Add it to the sample's \`params\` object.`,
                  ),
                ),
              Reflect.get(d, e, f)
            ),
          });
        },
        "createExhaustiveSearchParamsProxy",
        0,
        function (a, b, c) {
          return new Proxy(a, {
            get: (a, d, e) => (
              "string" != typeof d || l.A.has(d) || b.has(d) || n(p(c, d)),
              Reflect.get(a, d, e)
            ),
            has: (a, d) => (
              "string" != typeof d || l.A.has(d) || b.has(d) || n(p(c, d)),
              Reflect.has(a, d)
            ),
          });
        },
        "createExhaustiveURLSearchParamsProxy",
        0,
        function (a, b, c) {
          return new Proxy(a, {
            get(a, d, e) {
              if ("get" === d || "getAll" === d || "has" === d) {
                let f = Reflect.get(a, d, e);
                return (d) => ("string" != typeof d || b.has(d) || n(p(c, d)), f.call(a, d));
              }
              let f = Reflect.get(a, d, e);
              return "function" != typeof f || Object.hasOwn(a, d) ? f : f.bind(a);
            },
          });
        },
        "createHeadersFromSample",
        0,
        function (a, b, c) {
          let d = a ? [...a] : [];
          if (d.find(([a]) => "cookie" === a.toLowerCase()))
            throw new j.g(
              'Invalid sample: Defining cookies via a "cookie" header is not supported. Use `cookies: [{ name: ..., value: ... }]` instead.',
            );
          if (b) {
            let a = b.toString();
            d.push(["cookie", "" !== a ? a : null]);
          }
          let e = new Set(),
            f = {};
          for (let [a, b] of d) (e.add(a.toLowerCase()), null !== b && (f[a.toLowerCase()] = b));
          return new Proxy(g.seal(g.from(f)), {
            get(a, b, d) {
              if ("get" === b || "has" === b) {
                let f = Reflect.get(a, b, d);
                return function (b) {
                  let d = b.toLowerCase();
                  return (
                    e.has(d) ||
                      n(
                        new j.g(
                          `Route "${c}" accessed header "${d}" which is not defined in the \`unstable_samples\` of \`instant\`. Add it to the sample's \`headers\` array, or \`["${d}", null]\` if it should be absent.`,
                        ),
                      ),
                    f.call(a, d)
                  );
                };
              }
              return Reflect.get(a, b, d);
            },
          });
        },
        "createRelativeURLFromSamples",
        0,
        function (a, b, c) {
          let d = (function (a, b) {
              let c = [];
              for (let d of a.split("/")) {
                let a = (0, h.getSegmentParam)(d);
                if (a)
                  switch (a.paramType) {
                    case "catchall":
                    case "optional-catchall": {
                      let e = b[a.paramName];
                      if (void 0 === e) e = [d];
                      else if (!Array.isArray(e))
                        throw new j.g(
                          `Expected sample param value for segment '${d}' to be an array of strings, got ${typeof e}`,
                        );
                      c.push(...e.map((a) => encodeURIComponent(a)));
                      break;
                    }
                    case "dynamic": {
                      let e = b[a.paramName];
                      if (void 0 === e) e = d;
                      else if ("string" != typeof e)
                        throw new j.g(
                          `Expected sample param value for segment '${d}' to be a string, got ${typeof e}`,
                        );
                      c.push(encodeURIComponent(e));
                      break;
                    }
                    case "catchall-intercepted-(..)(..)":
                    case "catchall-intercepted-(.)":
                    case "catchall-intercepted-(..)":
                    case "catchall-intercepted-(...)":
                    case "dynamic-intercepted-(..)(..)":
                    case "dynamic-intercepted-(.)":
                    case "dynamic-intercepted-(..)":
                    case "dynamic-intercepted-(...)":
                      throw new i.InvariantError(
                        "Not implemented: Validation of interception routes",
                      );
                    default:
                      a.paramType;
                  }
                else c.push(d);
              }
              return c.join("/");
            })(a, b ?? {}),
            e = "";
          if (c) {
            let a = (function (a) {
              let b = new URLSearchParams();
              if (a) {
                for (let [c, d] of Object.entries(a))
                  if (null != d)
                    if (Array.isArray(d)) for (let a of d) b.append(c, a);
                    else b.set(c, d);
              }
              return b;
            })(c).toString();
            a && (e = "?" + a);
          }
          return (function (a, b, c = !0) {
            let d = new URL("http://n"),
              e = b ? new URL(b, d) : a.startsWith(".") ? new URL("http://n") : d,
              {
                pathname: f,
                searchParams: g,
                search: h,
                hash: i,
                href: j,
                origin: k,
              } = a.startsWith("/") ? new URL(`${e.protocol}//${e.host}${a}`) : new URL(a, e);
            if (k !== d.origin)
              throw Error(`invariant: invalid relative URL, router received ${a}`);
            return {
              auth: null,
              host: null,
              hostname: null,
              pathname: f,
              port: null,
              protocol: null,
              query: c
                ? (function (a) {
                    let b = {};
                    for (let [c, d] of a.entries()) {
                      let a = b[c];
                      void 0 === a ? (b[c] = d) : Array.isArray(a) ? a.push(d) : (b[c] = [a, d]);
                    }
                    return b;
                  })(g)
                : void 0,
              search: h,
              hash: i,
              href: j.slice(k.length),
              slashes: null,
            };
          })(d + e, void 0, !0);
        },
        "createValidationSampleTracking",
        0,
        function () {
          return { missingSampleErrors: [] };
        },
        "trackMissingSampleError",
        0,
        m,
        "trackMissingSampleErrorAndThrow",
        0,
        n,
      ],
      39783,
    );
  },
  91191,
  (a) => {
    "use strict";
    let b = "INSTANT_VALIDATION_ERROR";
    a.s([
      "g",
      0,
      class extends Error {
        constructor(...a) {
          (super(...a), (this.digest = b));
        }
      },
      "N",
      0,
      function (a) {
        return !!(a && "object" == typeof a && a instanceof Error && a.digest === b);
      },
    ]);
  },
  60644,
  (a) => {
    "use strict";
    a.s([
      "interopDefault",
      0,
      function (a) {
        return a.default || a;
      },
    ]);
  },
  33169,
  (a) => {
    "use strict";
    var b = a.i(85034),
      c = a.i(41763),
      d = a.i(83838),
      e = a.i(52879),
      f = a.i(88652),
      g = a.i(56704),
      h = a.i(32319);
    function i(a) {
      return Error(`Failed to find Server Action${a ? ` "${a}"` : ""}. This request might be from an older or newer deployment.
Read more: https://nextjs.org/docs/messages/failed-to-find-server-action`);
    }
    let j = Symbol.for("next.server.manifests"),
      k = globalThis;
    a.s([
      "setManifestsSingleton",
      0,
      function ({ page: a, clientReferenceManifest: l, serverActionsManifest: m }) {
        let n = k[j],
          o = (0, c.normalizeAppPath)(a),
          p = {
            encryptionKey: m.encryptionKey,
            node: Object.assign(Object.create(null), m.node),
            edge: Object.assign(Object.create(null), m.edge),
          };
        if (n)
          (n.clientReferenceManifestsPerRoute.set(o, { page: a, clientReferenceManifest: l }),
            (n.serverActionsManifest = p));
        else {
          let c,
            m,
            n,
            q = new Map([[o, { page: a, clientReferenceManifest: l }]]),
            { proxiedClientReferenceManifest: r, rscModuleMappingForUseCache: s } =
              ((c = new Map()),
              (m = new Proxy(
                {},
                {
                  get(a, d) {
                    let e = g.workAsyncStorage.getStore();
                    switch (d) {
                      case "moduleLoading":
                      case "entryCSSFiles":
                      case "entryJSFiles": {
                        if (!e)
                          throw new b.InvariantError(`Cannot access "${d}" without a work store.`);
                        let a = q.get(e.route);
                        if (!a)
                          throw new b.InvariantError(
                            `The client reference manifest for route "${e.route}" does not exist.`,
                          );
                        return a.clientReferenceManifest[d];
                      }
                      case "clientModules":
                      case "rscModuleMapping":
                      case "edgeRscModuleMapping":
                      case "ssrModuleMapping":
                      case "edgeSSRModuleMapping": {
                        let a = c.get(d);
                        !a &&
                          ((a = new Proxy(
                            {},
                            {
                              get(a, b) {
                                let c = g.workAsyncStorage.getStore();
                                if (c) {
                                  var e;
                                  let a =
                                    null == (e = q.get(c.route))
                                      ? void 0
                                      : e.clientReferenceManifest;
                                  if (null == a ? void 0 : a[d][b]) {
                                    if (
                                      c.durableUseCacheEntries &&
                                      "clientModules" === d &&
                                      (function (a) {
                                        if (!a) return !1;
                                        switch (a.type) {
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
                                            return a;
                                        }
                                      })(h.workUnitAsyncStorage.getStore())
                                    ) {
                                      let c = a.clientModules[b];
                                      return { id: b, name: c.name, chunks: ["stub"], async: !1 };
                                    }
                                    return a[d][b];
                                  }
                                } else
                                  for (let { clientReferenceManifest: a } of q.values()) {
                                    let c = a[d][b];
                                    if (void 0 !== c) return c;
                                  }
                              },
                            },
                          )),
                          c.set(d, a));
                        return a;
                      }
                      default:
                        throw new b.InvariantError(
                          `This is a proxied client reference manifest. The property "${String(d)}" is not handled.`,
                        );
                    }
                  },
                },
              )),
              (n = new Proxy(
                {},
                {
                  get(a, b) {
                    let c = g.workAsyncStorage.getStore();
                    if (!c || !c.durableUseCacheEntries) return m.rscModuleMapping[b];
                    {
                      var d;
                      let a = null == (d = q.get(c.route)) ? void 0 : d.clientReferenceManifest,
                        e = null == a ? void 0 : a.clientModules[b];
                      if (void 0 === e) return;
                      let f = e.id;
                      return null == a ? void 0 : a.rscModuleMapping[f];
                    }
                  },
                },
              )),
              { proxiedClientReferenceManifest: m, rscModuleMappingForUseCache: n });
          k[j] = {
            clientReferenceManifestsPerRoute: q,
            proxiedClientReferenceManifest: r,
            rscModuleMappingForUseCache: s,
            serverActionsManifest: p,
            serverModuleMap: new Proxy(Object.create(null), {
              get: (a, c, h) => {
                var l, m, n;
                let o;
                if ("string" != typeof c || f.A.has(c)) return Reflect.get(a, c, h);
                if (!(0, e.s)(c)) {
                  let a;
                  throw (
                    (a = JSON.stringify(c.length > 100 ? c.slice(0, 90) + "…" : c)),
                    Error(`The Server Reference ID did not match the expected format. Received ${a}.
Read more: https://nextjs.org/docs/messages/failed-to-find-server-action`)
                  );
                }
                let p =
                  null ==
                    (m = (function () {
                      let a = k[j];
                      if (!a)
                        throw new b.InvariantError("The manifests singleton was not initialized.");
                      return a;
                    })().serverActionsManifest.node) || null == (l = m[c])
                    ? void 0
                    : l.workers;
                if (!p) throw i(c);
                let q = g.workAsyncStorage.getStore();
                if (
                  !(o = q
                    ? p[((n = q.page), (0, d.f)(n, "app") ? n : "app" + n)]
                    : Object.values(p).at(0))
                )
                  throw i(c);
                let { moduleId: r, async: s, durability: t } = o;
                return { id: r, name: c, chunks: [], async: s, durability: t };
              },
            }),
          };
        }
      },
    ]);
  },
  56952,
  (a) => {
    "use strict";
    var b = a.i(91562);
    a.s([
      "stripFlightHeaders",
      0,
      function (a) {
        for (let c of b.FLIGHT_HEADERS) delete a[c];
      },
    ]);
  },
  31291,
  (a) => {
    "use strict";
    let b = {
        "&": "\\u0026",
        ">": "\\u003e",
        "<": "\\u003c",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
      },
      c = /[&><\u2028\u2029]/g,
      d = { "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;" },
      e = /[&"'<>]/g;
    a.i(67720);
    var f = a.i(22693);
    a.s(
      [
        "createTurbopackBootstrapScriptStreamForPage",
        0,
        function (a, g, h) {
          var i, j, k, l, m;
          let n, o, p;
          if (!a.pagesChunkGroupBootstrapParams || !a.chunkLoadingGlobal) return;
          let q =
            ((i = a.pagesChunkGroupBootstrapParams),
            (j = a.chunkLoadingGlobal),
            (k = [g]),
            (n = JSON.stringify(j)),
            (o = k
              .map((a) => i[a])
              .filter(Boolean)
              .map(
                (a) => `(globalThis[${n}] || (globalThis[${n}] = [])).push(${JSON.stringify(a)});`,
              )).length > 0
              ? o.join("\n")
              : void 0);
          return q
            ? (0, f.n)(
                ((l = q),
                (p = (m = h) ? `<script nonce="${m.replace(e, (a) => d[a])}">` : "<script>"),
                `${p}${l.replace(c, (a) => b[a])}</script>`),
              )
            : void 0;
        },
      ],
      31291,
    );
  },
  77341,
  (a) => {
    "use strict";
    (a.i(75164), Symbol("__next_preview_data"));
    let b = Symbol("__prerender_bypass");
    var c,
      d = a.i(30106),
      e = a.i(71717);
    class f {
      constructor(a, b, c) {
        ((this.method = a), (this.url = b), (this.body = c));
      }
      get cookies() {
        var b;
        return this._cookies
          ? this._cookies
          : (this._cookies = ((b = this.headers),
            function () {
              let { cookie: c } = b;
              if (!c) return {};
              let { parse: d } = a.r(20460);
              return d(Array.isArray(c) ? c.join("; ") : c);
            })());
      }
    }
    class g {
      constructor(a) {
        this.destination = a;
      }
      redirect(a, b) {
        return (
          this.setHeader("Location", a),
          (this.statusCode = b),
          b === e.RedirectStatusCode.PermanentRedirect && this.setHeader("Refresh", `0;url=${a}`),
          this
        );
      }
    }
    class h extends f {
      static #a = (c = d.NEXT_REQUEST_META);
      constructor(a) {
        var b;
        (super(a.method.toUpperCase(), a.url, a),
          (this._req = a),
          (this.headers = this._req.headers),
          (this.fetchMetrics = null == (b = this._req) ? void 0 : b.fetchMetrics),
          (this[c] = this._req[d.NEXT_REQUEST_META] || {}),
          (this.streaming = !1));
      }
      get originalRequest() {
        return (
          (this._req[d.NEXT_REQUEST_META] = this[d.NEXT_REQUEST_META]),
          (this._req.url = this.url),
          (this._req.cookies = this.cookies),
          this._req
        );
      }
      set originalRequest(a) {
        this._req = a;
      }
      stream() {
        if (this.streaming)
          throw Error("Invariant: NodeNextRequest.stream() can only be called once");
        return (
          (this.streaming = !0),
          new ReadableStream({
            start: (a) => {
              (this._req.on("data", (b) => {
                a.enqueue(new Uint8Array(b));
              }),
                this._req.on("end", () => {
                  a.close();
                }),
                this._req.on("error", (b) => {
                  a.error(b);
                }));
            },
          })
        );
      }
    }
    a.s(
      [
        "NodeNextRequest",
        0,
        h,
        "NodeNextResponse",
        0,
        class extends g {
          get originalResponse() {
            return (b in this && (this._res[b] = this[b]), this._res);
          }
          constructor(a) {
            (super(a), (this._res = a), (this.textBody = void 0));
          }
          get sent() {
            return this._res.finished || this._res.headersSent;
          }
          get statusCode() {
            return this._res.statusCode;
          }
          set statusCode(a) {
            this._res.statusCode = a;
          }
          get statusMessage() {
            return this._res.statusMessage;
          }
          set statusMessage(a) {
            this._res.statusMessage = a;
          }
          setHeader(a, b) {
            return (this._res.setHeader(a, b), this);
          }
          removeHeader(a) {
            return (this._res.removeHeader(a), this);
          }
          getHeaderValues(a) {
            let b = this._res.getHeader(a);
            if (void 0 !== b) return (Array.isArray(b) ? b : [b]).map((a) => a.toString());
          }
          hasHeader(a) {
            return this._res.hasHeader(a);
          }
          getHeader(a) {
            let b = this.getHeaderValues(a);
            return Array.isArray(b) ? b.join(",") : void 0;
          }
          getHeaders() {
            return this._res.getHeaders();
          }
          appendHeader(a, b) {
            let c = this.getHeaderValues(a);
            return (
              void 0 === c || 0 === c.length
                ? this._res.setHeader(a, b)
                : c.includes(b) || this._res.setHeader(a, [...c, b]),
              this
            );
          }
          body(a) {
            return ((this.textBody = a), this);
          }
          send() {
            this._res.end(this.textBody);
          }
          onClose(a) {
            this.originalResponse.on("close", a);
          }
        },
      ],
      77341,
    );
  },
  29432,
  (a) => {
    "use strict";
    a.s([
      "getRevalidateReason",
      0,
      function (a) {
        return a.isOnDemandRevalidate ? "on-demand" : a.isStaticGeneration ? "stale" : void 0;
      },
    ]);
  },
  975,
  (a) => {
    "use strict";
    let b = new Set([
      "audio",
      "audioworklet",
      "font",
      "image",
      "json",
      "manifest",
      "paintworklet",
      "report",
      "script",
      "serviceworker",
      "sharedworker",
      "style",
      "track",
      "video",
      "webidentity",
      "worker",
      "xslt",
    ]);
    a.s([
      "isNonHtmlSecFetchDest",
      0,
      function (a) {
        return "string" == typeof a && b.has(a);
      },
    ]);
  },
  46994,
  (a) => {
    "use strict";
    a.s([
      "isRSCRequestHeader",
      0,
      function (a) {
        return "1" === a;
      },
    ]);
  },
  98175,
  (a) => {
    "use strict";
    var b = a.i(1082);
    async function c(a, b) {
      let c = [],
        d = 0;
      for await (let e of a) {
        let a = Buffer.isBuffer(e) ? e : Buffer.from(e);
        if ((d += a.byteLength) > b) return null;
        c.push(a);
      }
      return Buffer.concat(c);
    }
    a.s([
      "getMaxPostponedStateSize",
      0,
      function (a) {
        let c = a ?? b.DEFAULT_MAX_POSTPONED_STATE_SIZE,
          d = (0, b.parseMaxPostponedStateSize)(a);
        if (void 0 === d)
          throw Error(
            'maxPostponedStateSize must be a valid number (bytes) or filesize format string (e.g., "5mb")',
          );
        return { maxPostponedStateSize: c, maxPostponedStateSizeBytes: d };
      },
      "getPostponedStateExceededErrorMessage",
      0,
      function (a) {
        return `Postponed state exceeded ${a} limit. To configure the limit, see: https://nextjs.org/docs/app/api-reference/config/next-config-js/max-postponed-state-size`;
      },
      "readBodyWithSizeLimit",
      0,
      c,
    ]);
  },
  96195,
  (a) => {
    "use strict";
    a.i(67720);
    var b = a.i(71200),
      c = a.i(41763);
    class d {
      constructor(a = []) {
        this.normalizers = a;
      }
      push(a) {
        this.normalizers.push(a);
      }
      normalize(a) {
        return this.normalizers.reduce((a, b) => b.normalize(a), a);
      }
    }
    class e {
      normalize(a) {
        return a.replace(/%5F/g, "_");
      }
    }
    var f = a.i(3343);
    let g = new (class extends d {
      constructor() {
        super([{ normalize: c.normalizeAppPath }, new e()]);
      }
      normalize(a) {
        return super.normalize(a);
      }
    })();
    a.s(
      [
        "isRouteCacheOwner",
        0,
        function (a, c, d, e) {
          if (!d) return !1;
          let h =
            null === d.dataRoute
              ? f.RouteKind.APP_ROUTE
              : d.dataRoute.endsWith(".json")
                ? f.RouteKind.PAGES
                : d.dataRoute.endsWith(".rsc")
                  ? f.RouteKind.APP_PAGE
                  : void 0;
          return (
            h === c.kind &&
            (("srcRoute" in d ? d.srcRoute : d.fallbackSourceRoute) ??
              (h === f.RouteKind.PAGES ? (0, b.f)(a, e).pathname : a)) ===
              (h === f.RouteKind.PAGES ? c.sourceRoute : g.normalize(c.sourceRoute))
          );
        },
      ],
      96195,
    );
  },
  8950,
  (a) => {
    "use strict";
    var b = a.i(91562);
    a.s([
      "getIsPossibleServerAction",
      0,
      function (a) {
        let c, d, e, f, g;
        return (a.headers instanceof Headers
          ? ((c = a.headers.get(b.ACTION_HEADER) ?? null), (d = a.headers.get("content-type")))
          : ((c = a.headers[b.ACTION_HEADER] ?? null), (d = a.headers["content-type"] ?? null)),
        (e = "POST" === a.method && "application/x-www-form-urlencoded" === d),
        (f = !!("POST" === a.method && (null == d ? void 0 : d.startsWith("multipart/form-data")))),
        (g = void 0 !== c && "string" == typeof c && "POST" === a.method),
        {
          actionId: c,
          isURLEncodedAction: e,
          isMultipartAction: f,
          isFetchAction: g,
          isPossibleServerAction: !!(g || e || f),
        }).isPossibleServerAction;
      },
    ]);
  },
  37111,
  (a) => {
    "use strict";
    let b, c;
    var d = a.i(49670);
    a.s([
      "shouldServeStreamingMetadata",
      0,
      function (a, e) {
        let f = e || d.HTML_LIMITED_BOT_UA_RE_STRING;
        return (b !== f && ((b = f), (c = RegExp(f, "i"))), !(a && c.test(a)));
      },
    ]);
  },
  18970,
  (a) => {
    "use strict";
    var b,
      c,
      d,
      e,
      f,
      g,
      h,
      i,
      j,
      k,
      l,
      m,
      n,
      o,
      p,
      q,
      r,
      s =
        (((b = s || {}).handleRequest = "BaseServer.handleRequest"),
        (b.run = "BaseServer.run"),
        (b.pipe = "BaseServer.pipe"),
        (b.getStaticHTML = "BaseServer.getStaticHTML"),
        (b.render = "BaseServer.render"),
        (b.renderToResponseWithComponents = "BaseServer.renderToResponseWithComponents"),
        (b.renderToResponse = "BaseServer.renderToResponse"),
        (b.renderToHTML = "BaseServer.renderToHTML"),
        (b.renderError = "BaseServer.renderError"),
        (b.renderErrorToResponse = "BaseServer.renderErrorToResponse"),
        (b.renderErrorToHTML = "BaseServer.renderErrorToHTML"),
        (b.render404 = "BaseServer.render404"),
        b),
      t =
        (((c = t || {}).loadDefaultErrorComponents = "LoadComponents.loadDefaultErrorComponents"),
        (c.loadComponents = "LoadComponents.loadComponents"),
        (c.loadRouteModule = "LoadComponents.loadRouteModule"),
        c),
      u =
        (((d = u || {}).loadModule = "Instrumentation.loadModule"),
        (d.register = "Instrumentation.register"),
        d),
      v =
        (((e = v || {}).getRequestHandler = "NextServer.getRequestHandler"),
        (e.getRequestHandlerWithMetadata = "NextServer.getRequestHandlerWithMetadata"),
        (e.getServer = "NextServer.getServer"),
        (e.getServerRequestHandler = "NextServer.getServerRequestHandler"),
        (e.createServer = "createServer.createServer"),
        e),
      w =
        (((f = w || {}).compression = "NextNodeServer.compression"),
        (f.getBuildId = "NextNodeServer.getBuildId"),
        (f.createComponentTree = "NextNodeServer.createComponentTree"),
        (f.clientComponentLoading = "NextNodeServer.clientComponentLoading"),
        (f.getLayoutOrPageModule = "NextNodeServer.getLayoutOrPageModule"),
        (f.generateStaticRoutes = "NextNodeServer.generateStaticRoutes"),
        (f.generateFsStaticRoutes = "NextNodeServer.generateFsStaticRoutes"),
        (f.generatePublicRoutes = "NextNodeServer.generatePublicRoutes"),
        (f.generateImageRoutes = "NextNodeServer.generateImageRoutes.route"),
        (f.sendRenderResult = "NextNodeServer.sendRenderResult"),
        (f.proxyRequest = "NextNodeServer.proxyRequest"),
        (f.runApi = "NextNodeServer.runApi"),
        (f.render = "NextNodeServer.render"),
        (f.renderHTML = "NextNodeServer.renderHTML"),
        (f.imageOptimizer = "NextNodeServer.imageOptimizer"),
        (f.getPagePath = "NextNodeServer.getPagePath"),
        (f.getRoutesManifest = "NextNodeServer.getRoutesManifest"),
        (f.findPageComponents = "NextNodeServer.findPageComponents"),
        (f.getFontManifest = "NextNodeServer.getFontManifest"),
        (f.getServerComponentManifest = "NextNodeServer.getServerComponentManifest"),
        (f.getRequestHandler = "NextNodeServer.getRequestHandler"),
        (f.renderToHTML = "NextNodeServer.renderToHTML"),
        (f.renderError = "NextNodeServer.renderError"),
        (f.renderErrorToHTML = "NextNodeServer.renderErrorToHTML"),
        (f.render404 = "NextNodeServer.render404"),
        (f.startResponse = "NextNodeServer.startResponse"),
        (f.route = "route"),
        (f.onProxyReq = "onProxyReq"),
        (f.apiResolver = "apiResolver"),
        (f.internalFetch = "internalFetch"),
        f),
      x = (((g = x || {}).startServer = "startServer.startServer"), g),
      y =
        (((h = y || {}).getServerSideProps = "Render.getServerSideProps"),
        (h.getStaticProps = "Render.getStaticProps"),
        (h.renderToString = "Render.renderToString"),
        (h.renderDocument = "Render.renderDocument"),
        (h.createBodyResult = "Render.createBodyResult"),
        h),
      z =
        (((i = z || {}).renderToString = "AppRender.renderToString"),
        (i.renderToReadableStream = "AppRender.renderToReadableStream"),
        (i.getBodyResult = "AppRender.getBodyResult"),
        (i.fetch = "AppRender.fetch"),
        (i.waitShellReady = "AppRender.waitShellReady"),
        (i.renderToNodeFizzStream = "AppRender.renderToNodeFizzStream"),
        (i.instantInsights = "AppRender.instantInsights"),
        (i.instantInsightsPrepareValidation = "AppRender.instantInsights.prepareValidation"),
        (i.instantInsightsRunValidation = "AppRender.instantInsights.runValidation"),
        i),
      A = (((j = A || {}).ensurePage = "DevBundlerService.ensurePage"), j),
      B = (((k = B || {}).executeRoute = "Router.executeRoute"), k),
      C = (((l = C || {}).runHandler = "Node.runHandler"), l),
      D = (((m = D || {}).runHandler = "AppRouteRouteHandlers.runHandler"), m),
      E = (((n = E || {}).loadUserland = "AppRouteRouteModule.loadUserland"), n),
      F =
        (((o = F || {}).prepare = "RouteModule.prepare"),
        (o.loadManifests = "RouteModule.loadManifests"),
        o),
      G =
        (((p = G || {}).generateMetadata = "ResolveMetadata.generateMetadata"),
        (p.generateViewport = "ResolveMetadata.generateViewport"),
        p),
      H = (((q = H || {}).execute = "Middleware.execute"), q),
      I = (((r = I || {}).request = "Next.request"), r);
    let J = new Set([
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
      K = new Set([
        "NextNodeServer.findPageComponents",
        "NextNodeServer.createComponentTree",
        "NextNodeServer.clientComponentLoading",
      ]);
    a.s([
      "AppRenderSpan",
      0,
      z,
      "BaseServerSpan",
      0,
      s,
      "LogSpanAllowList",
      0,
      K,
      "NextNodeServerSpan",
      0,
      w,
      "NextVanillaSpanAllowlist",
      0,
      J,
      "ResolveMetadataSpan",
      0,
      G,
    ]);
  },
  75164,
  (a) => {
    "use strict";
    let b, c;
    var d = a.i(18970);
    let e = process.env.NEXT_OTEL_PERFORMANCE_PREFIX;
    function f() {}
    Symbol.for("@next/local-span-recorder");
    try {
      b = a.r(70406);
    } catch (c) {
      b = a.r(62562);
    }
    let {
      context: g,
      propagation: h,
      trace: i,
      SpanStatusCode: j,
      SpanKind: k,
      ROOT_CONTEXT: l,
    } = b;
    class m extends Error {
      constructor(a, b) {
        (super(), (this.bubble = a), (this.result = b));
      }
    }
    let n = (a, b, c) => {
        ("object" == typeof b && null !== b && b instanceof m && b.bubble
          ? a.setAttribute("next.bubble", !0)
          : (b && (a.recordException(b), a.setAttribute("error.type", b.name)),
            a.setStatus({ code: j.ERROR, message: null == b ? void 0 : b.message })),
          a.end(c));
      },
      o = new Map(),
      p = b.createContextKey("next.rootSpanId"),
      q = 0,
      r = {
        set(a, b, c) {
          a.push({ key: b, value: c });
        },
      },
      s =
        ((c = new (class a {
          getTracerInstance() {
            return i.getTracer("next.js", "16.4.6");
          }
          isOpenTelemetryEnabled() {
            var a, b;
            let c = i.getSpan(g.active());
            if (null == c ? void 0 : c.isRecording()) return !0;
            let d = i.getTracerProvider();
            return (
              !("getDelegate" in d) ||
              (null == d.getDelegate ||
              null == (b = d.getDelegate.call(d)) ||
              null == (a = b.constructor)
                ? void 0
                : a.name) !== "NoopTracerProvider"
            );
          }
          getContext() {
            return g;
          }
          getTracePropagationData() {
            let a = g.active(),
              b = [];
            return (h.inject(a, b, r), b);
          }
          getTraceContextHeaders() {
            let a = g.active();
            if (!i.getSpanContext(a) || !this.isOpenTelemetryEnabled()) return;
            let b = {};
            h.inject(a, b);
            let { traceparent: c, tracestate: d } = b;
            if (c) return { traceparent: c, tracestate: d };
          }
          hasActiveSpanContext() {
            let a = i.getSpanContext(g.active());
            return !!(a && i.isSpanContextValid(a));
          }
          getActiveScopeSpan() {
            let a = f(),
              b = null == a ? void 0 : a.getActiveLocalSpan();
            return b && (null == a ? void 0 : a.isOpenTelemetryIsolatedSpan(b))
              ? b
              : i.getSpan(g.active());
          }
          withPropagatedContext(a, b, c, d = !1) {
            let f = g.active();
            if (!e && !this.isOpenTelemetryEnabled() && !i.getSpanContext(f)) return b();
            if (d) {
              let d = h.extract(l, a, c);
              if (i.getSpanContext(d)) return g.with(d, b);
              let e = h.extract(f, a, c);
              return g.with(e, b);
            }
            if (i.getSpanContext(f)) return b();
            let j = h.extract(f, a, c);
            return g.with(j, b);
          }
          trace(...a) {
            let [b, c, h] = a,
              i = !!e || this.isOpenTelemetryEnabled(),
              j = f(),
              k = (null == j ? void 0 : j.isLocalSpanRecordingEnabled()) ?? !1;
            if (!i && !k) return "function" == typeof c ? c() : h();
            let { fn: m, options: r } =
                "function" == typeof c ? { fn: c, options: {} } : { fn: h, options: { ...c } },
              s = r.spanName ?? b,
              t = r.parentSpan ?? this.getActiveScopeSpan(),
              u = t && (null == j ? void 0 : j.isOpenTelemetryIsolatedSpan(t)) ? t : void 0,
              v =
                !u && (d.NextVanillaSpanAllowlist.has(b) || "1" === process.env.NEXT_OTEL_VERBOSE);
            if (!(v || (null == j ? void 0 : j.isRequestInsightsEnabled())) || r.hideSpan)
              return m();
            let w = u ? g.active() : this.getSpanContext(t);
            w || (w = (null == g ? void 0 : g.active()) ?? l);
            let x = w.getValue(p),
              y = "number" != typeof x || !o.has(x),
              z = q++;
            return (
              (r.attributes = {
                "next.span_category": "nextjs",
                "next.span_name": s,
                "next.span_type": b,
                ...r.attributes,
              }),
              g.with(w.setValue(p, z), () =>
                this.runWithActiveSpan(s, r, w, i && v, k, u, (a) => {
                  let c;
                  e &&
                    b &&
                    d.LogSpanAllowList.has(b) &&
                    (c =
                      "performance" in globalThis && "measure" in performance
                        ? globalThis.performance.now()
                        : void 0);
                  let f = !1,
                    g = () => {
                      !f &&
                        ((f = !0),
                        o.delete(z),
                        c &&
                          performance.measure(
                            `${e}:next-${(b.split(".").pop() || "").replace(/[A-Z]/g, (a) => "-" + a.toLowerCase())}`,
                            { start: c, end: performance.now() },
                          ));
                    };
                  if ((y && o.set(z, new Map(Object.entries(r.attributes ?? {}))), m.length > 1))
                    try {
                      return m(a, (b) => {
                        b ? n(a, b, r.endTime) : a.end(r.endTime);
                      });
                    } catch (b) {
                      throw (n(a, b, r.endTime), b);
                    } finally {
                      g();
                    }
                  try {
                    let b = m(a);
                    if (
                      null !== b &&
                      "object" == typeof b &&
                      "then" in b &&
                      "function" == typeof b.then
                    )
                      return b
                        .then((b) => (a.end(r.endTime), b))
                        .catch((b) => {
                          throw (n(a, b, r.endTime), b);
                        })
                        .finally(g);
                    return (a.end(r.endTime), g(), b);
                  } catch (b) {
                    throw (n(a, b, r.endTime), g(), b);
                  }
                }),
              )
            );
          }
          runWithActiveSpan(a, b, c, d, e, h, j) {
            if (d)
              return this.getTracerInstance().startActiveSpan(a, b, (d) =>
                j(e ? this.createLocalRecordingSpan(a, b, c, d, h) : d),
              );
            let k = this.createLocalRecordingSpan(a, b, c, void 0, h),
              l = f();
            return l.withLocalSpan(k, () =>
              l.isOpenTelemetryIsolatedSpan(k)
                ? j(k)
                : g.with(i.setSpan(g.active(), k), j, void 0, k),
            );
          }
          createLocalRecordingSpan(a, b, c, d, e) {
            let g = (null == e ? void 0 : e.spanContext()) ?? i.getSpanContext(c),
              h = null == d ? void 0 : d.spanContext();
            return f().createLocalSpan({
              name: a,
              attributes: b.attributes,
              links: b.links,
              startTime: b.startTime,
              delegateSpan: d,
              traceId: (null == h ? void 0 : h.traceId) ?? (null == g ? void 0 : g.traceId),
              spanId: null == h ? void 0 : h.spanId,
              parentSpanId: null == g ? void 0 : g.spanId,
              isolateOpenTelemetry: void 0 !== e,
            });
          }
          wrap(...a) {
            let b = this,
              [c, e, f] = 3 === a.length ? a : [a[0], {}, a[1]];
            return d.NextVanillaSpanAllowlist.has(c) || "1" === process.env.NEXT_OTEL_VERBOSE
              ? function () {
                  let a = e;
                  "function" == typeof a &&
                    "function" == typeof f &&
                    (a = a.apply(this, arguments));
                  let d = arguments.length - 1,
                    h = arguments[d];
                  if ("function" != typeof h) return b.trace(c, a, () => f.apply(this, arguments));
                  {
                    let e = b.getContext().bind(g.active(), h);
                    return b.trace(
                      c,
                      a,
                      (a, b) => (
                        (arguments[d] = function (a) {
                          return (null == b || b(a), e.apply(this, arguments));
                        }),
                        f.apply(this, arguments)
                      ),
                    );
                  }
                }
              : f;
          }
          startSpan(...a) {
            let [b, c] = a,
              d = c
                ? { ...c, attributes: { "next.span_category": "nextjs", ...c.attributes } }
                : { attributes: { "next.span_category": "nextjs" } },
              e = f(),
              h = d.parentSpan ?? this.getActiveScopeSpan(),
              i = h && (null == e ? void 0 : e.isOpenTelemetryIsolatedSpan(h)) ? h : void 0,
              j = (i ? void 0 : this.getSpanContext(h)) ?? g.active();
            if (!(null == e ? void 0 : e.isLocalSpanRecordingEnabled()))
              return this.getTracerInstance().startSpan(b, d, j);
            let k =
              !i && this.isOpenTelemetryEnabled()
                ? this.getTracerInstance().startSpan(b, d, j)
                : void 0;
            return this.createLocalRecordingSpan(b, d, j, k, i);
          }
          getSpanContext(a) {
            return a ? i.setSpan(g.active(), a) : void 0;
          }
          getRootSpanAttributes() {
            let a = g.active().getValue(p);
            return o.get(a);
          }
          setRootSpanAttribute(a, b) {
            let c = g.active().getValue(p),
              d = o.get(c);
            d && !d.has(a) && d.set(a, b);
          }
          withSpan(a, b) {
            let c = f();
            return (null == c ? void 0 : c.isLocalRecordingSpan(a))
              ? c.withLocalSpan(a, () =>
                  c.isOpenTelemetryIsolatedSpan(a) ? b() : g.with(i.setSpan(g.active(), a), b),
                )
              : g.with(i.setSpan(g.active(), a), b);
          }
        })()),
        () => c);
    a.s(["SpanKind", 0, k, "SpanStatusCode", 0, j, "getTracer", 0, s], 75164);
  },
  14976,
  11614,
  (a) => {
    "use strict";
    a.i(30106);
    a.i(38549);
    (a.i(83838), a.i(71200));
    Symbol("NextURLInternal");
    Symbol.for("edge-runtime.inspect.custom");
    (a.i(72051),
      a.i(36226),
      Symbol("internal request"),
      Request,
      Symbol.for("edge-runtime.inspect.custom"));
    let b = "ResponseAborted";
    class c extends Error {
      constructor(...a) {
        (super(...a), (this.name = b));
      }
    }
    var d = a.i(26407),
      e = a.i(75164),
      f = a.i(18970);
    function g(a) {
      return (null == a ? void 0 : a.name) === "AbortError" || (null == a ? void 0 : a.name) === b;
    }
    let h = "performance" in globalThis && process.env.NEXT_OTEL_PERFORMANCE_PREFIX;
    async function i(a, b, i, j) {
      try {
        let g,
          { errored: k, destroyed: l } = b;
        if (k || l) return;
        let m =
            ((g = new AbortController()),
            b.once("close", () => {
              b.writableFinished || g.abort(new c());
            }),
            g),
          n = (function (a, b, c) {
            let g = !1,
              i = (0, d.f)();
            function j() {
              i.resolve();
            }
            (a.on("drain", j),
              a.once("close", () => {
                (a.off("drain", j), i.resolve());
              }));
            let k = (0, d.f)();
            return (
              a.once("finish", () => {
                k.resolve();
              }),
              new WritableStream({
                write: async (b) => {
                  if (!g) {
                    if (((g = !0), h)) {
                      let a = null == c ? void 0 : c.snapshot();
                      a &&
                        performance.measure(
                          `${process.env.NEXT_OTEL_PERFORMANCE_PREFIX}:next-client-component-loading`,
                          {
                            start: a.clientComponentLoadStart,
                            end: a.clientComponentLoadStart + a.clientComponentLoadTimes,
                          },
                        );
                    }
                    (a.flushHeaders(),
                      (0, e.getTracer)().trace(
                        f.NextNodeServerSpan.startResponse,
                        { spanName: "start response" },
                        () => void 0,
                      ));
                  }
                  try {
                    let c = a.write(b);
                    ("flush" in a && "function" == typeof a.flush && a.flush(),
                      c || (await i.promise, (i = (0, d.f)())));
                  } catch (b) {
                    throw (a.end(), Error("failed to write chunk to response", { cause: b }));
                  }
                },
                abort: (b) => {
                  a.writableFinished || a.destroy(b);
                },
                close: async () => {
                  if ((b && (await b), !a.writableFinished)) return (a.end(), k.promise);
                },
              })
            );
          })(b, i, j);
        await a.pipeTo(n, { signal: m.signal });
      } catch (a) {
        if (g(a)) return;
        throw Error("failed to pipe response", { cause: a });
      }
    }
    async function j(a, b, c, h) {
      try {
        let { errored: i, destroyed: j } = b;
        if (i || j) return;
        let k = !1,
          l = (0, d.f)(),
          m = !1,
          n = () => {
            m && !a.destroyed && ((m = !1), a.resume());
          };
        (b.on("drain", n),
          b.once("close", () => {
            (b.off("drain", n), a.destroy(), l.resolve());
          }),
          a.on("data", (c) => {
            if (!k) {
              if (
                ((k = !0), "performance" in globalThis && process.env.NEXT_OTEL_PERFORMANCE_PREFIX)
              ) {
                let a = null == h ? void 0 : h.snapshot();
                a &&
                  performance.measure(
                    `${process.env.NEXT_OTEL_PERFORMANCE_PREFIX}:next-client-component-loading`,
                    {
                      start: a.clientComponentLoadStart,
                      end: a.clientComponentLoadStart + a.clientComponentLoadTimes,
                    },
                  );
              }
              (b.flushHeaders(),
                (0, e.getTracer)().trace(
                  f.NextNodeServerSpan.startResponse,
                  { spanName: "start response" },
                  () => void 0,
                ));
            }
            let d = b.write(c);
            ("flush" in b && "function" == typeof b.flush && b.flush(), d || ((m = !0), a.pause()));
          }),
          a.on("end", async () => {
            (c && (await c), b.writableFinished || b.end(), l.resolve());
          }),
          a.on("error", (a) => {
            (g(a) || b.destroy(a), l.resolve());
          }),
          await l.promise);
      } catch (a) {
        if (g(a)) return;
        throw Error("failed to pipe response", { cause: a });
      }
    }
    a.s(["c", 0, g, "H", 0, j, "X", 0, i], 14976);
    var k = a.i(22693),
      l = a.i(85034);
    function m(a) {
      return (
        null !== a &&
        "object" == typeof a &&
        "function" == typeof a.pipe &&
        "function" == typeof a.on &&
        !(a instanceof ReadableStream)
      );
    }
    class n {
      static #a = (this.EMPTY = new n(null, { metadata: {}, contentType: null }));
      static fromStatic(a, b) {
        return new n(a, { metadata: {}, contentType: b });
      }
      constructor(a, { contentType: b, waitUntil: c, metadata: d }) {
        ((this.response = a), (this.contentType = b), (this.metadata = d), (this.waitUntil = c));
      }
      assignMetadata(a) {
        Object.assign(this.metadata, a);
      }
      get isNull() {
        return null === this.response;
      }
      get isDynamic() {
        return "string" != typeof this.response;
      }
      toUnchunkedString(a = !1) {
        if (null === this.response) return "";
        if ("string" != typeof this.response) {
          if (!a)
            throw new l.InvariantError(
              "dynamic responses cannot be unchunked. This is a bug in Next.js",
            );
          return (0, k.x)(this.readable);
        }
        return this.response;
      }
      get readable() {
        return null === this.response
          ? new ReadableStream({
              start(a) {
                a.close();
              },
            })
          : "string" == typeof this.response
            ? (0, k.n)(this.response)
            : Buffer.isBuffer(this.response)
              ? (0, k.H)(this.response)
              : Array.isArray(this.response)
                ? (0, k.y)(...this.response)
                : m(this.response)
                  ? a.r(81111).Readable.toWeb(this.response)
                  : this.response;
      }
      coerce() {
        return null === this.response
          ? []
          : "string" == typeof this.response
            ? [(0, k.n)(this.response)]
            : Array.isArray(this.response)
              ? this.response
              : Buffer.isBuffer(this.response)
                ? [(0, k.H)(this.response)]
                : m(this.response)
                  ? [a.r(81111).Readable.toWeb(this.response)]
                  : [this.response];
      }
      pipeThrough(a) {
        this.response = this.readable.pipeThrough(a);
      }
      unshift(a) {
        ((this.response = this.coerce()), this.response.unshift(a));
      }
      push(a) {
        ((this.response = this.coerce()), this.response.push(a));
      }
      async pipeTo(a) {
        try {
          (await this.readable.pipeTo(a, { preventClose: !0 }),
            this.waitUntil && (await this.waitUntil),
            await a.close());
        } catch (b) {
          if (g(b)) return void (await a.abort(b));
          throw b;
        }
      }
      async pipeToNodeResponse(a) {
        null !== this.response &&
        "string" != typeof this.response &&
        !Buffer.isBuffer(this.response) &&
        !Array.isArray(this.response) &&
        m(this.response)
          ? await j(this.response, a, this.waitUntil, this.metadata.clientComponentLoadTracker)
          : await i(this.readable, a, this.waitUntil, this.metadata.clientComponentLoadTracker);
      }
    }
    a.s(["default", 0, n], 11614);
  },
  30106,
  (a) => {
    "use strict";
    let b = Symbol.for("NextInternalRequestMeta");
    function c(a, c) {
      let d = a[b] || {};
      return "string" == typeof c ? d[c] : d;
    }
    function d(a, c) {
      return ((a[b] = c), c);
    }
    a.s([
      "NEXT_REQUEST_META",
      0,
      b,
      "addRequestMeta",
      0,
      function (a, b, e) {
        let f = c(a);
        return ((f[b] = e), d(a, f));
      },
      "getRequestMeta",
      0,
      c,
      "setRequestMeta",
      0,
      d,
    ]);
  },
  90588,
  (a) => {
    "use strict";
    var b = a.i(8770),
      c = a.i(32885);
    function d(a) {
      let [b, d, e, f] = a,
        { layout: g, template: h } = e,
        { page: i } = e;
      i = b === c.F ? e.defaultPage : i;
      let j = g?.[1] || h?.[1] || i?.[1];
      return {
        page: i,
        segment: b,
        modules: e,
        conventionPath: j,
        parallelRoutes: d,
        staticSiblings: f,
      };
    }
    var e = a.i(85034);
    function f(a) {
      switch (a) {
        case "catchall-intercepted-(..)(..)":
        case "dynamic-intercepted-(..)(..)":
          return "(..)(..)";
        case "catchall-intercepted-(.)":
        case "dynamic-intercepted-(.)":
          return "(.)";
        case "catchall-intercepted-(..)":
        case "dynamic-intercepted-(..)":
          return "(..)";
        case "catchall-intercepted-(...)":
        case "dynamic-intercepted-(...)":
          return "(...)";
        default:
          return null;
      }
    }
    function g(a, b, c, d, g) {
      switch (b) {
        case "catchall":
        case "optional-catchall":
        case "catchall-intercepted-(..)(..)":
        case "catchall-intercepted-(.)":
        case "catchall-intercepted-(..)":
        case "catchall-intercepted-(...)":
          let h = [];
          for (let a = c; a < d.segments.length; a++) {
            let e = d.segments[a];
            if ("static" === e.type) {
              let d = e.name,
                g = f(b);
              (g &&
                a === c &&
                g === e.interceptionMarker &&
                (d = d.replace(e.interceptionMarker, "")),
                h.push(d));
            } else {
              if (!g.hasOwnProperty(e.param.paramName)) {
                if ("optional-catchall" === e.param.paramType) break;
                return;
              }
              let a = g[e.param.paramName];
              Array.isArray(a) ? h.push(...a) : h.push(a);
            }
          }
          if (h.length > 0) return h;
          if ("optional-catchall" === b) return;
          throw new e.InvariantError(
            `Unexpected empty path segments match for a route "${d.pathname}" with param "${a}" of type "${b}"`,
          );
        case "dynamic":
        case "dynamic-intercepted-(..)(..)":
        case "dynamic-intercepted-(.)":
        case "dynamic-intercepted-(..)":
        case "dynamic-intercepted-(...)":
          if (c < d.segments.length) {
            let a = d.segments[c];
            if ("dynamic" === a.type && !g.hasOwnProperty(a.param.paramName)) return;
            return "dynamic" === a.type
              ? g[a.param.paramName]
              : f(b) === a.interceptionMarker
                ? a.name.replace(a.interceptionMarker, "")
                : a.name;
          }
          return;
      }
    }
    var h = a.i(91505);
    function i(a) {
      if (0 === a.length) return null;
      let b = Math.random().toString(16).slice(2),
        c = new Map();
      for (let { paramName: d } of a) c.set(d, `%%drp:${d}:${b}%%`);
      return c;
    }
    function j(a) {
      let { repeat: b, optional: c } = (0, h.getParamProperties)(a.paramType);
      return c ? `[[...${a.paramName}]]` : b ? `[...${a.paramName}]` : `[${a.paramName}]`;
    }
    a.s(
      [
        "buildDynamicSegmentPlaceholder",
        0,
        j,
        "createOpaqueFallbackRouteParams",
        0,
        i,
        "getFallbackRouteParams",
        0,
        function (a, c) {
          let e = (0, b.parseNormalizedAppRoute)(a),
            { pathnameRouteParamSegments: f, params: h } = (function (a, c) {
              let e = new Map(),
                f = {},
                h = [{ tree: a, depth: 0, currentPath: [] }];
              for (; h.length > 0;) {
                let { tree: a, depth: i, currentPath: j } = h.shift(),
                  { segment: k, parallelRoutes: l } = d(a),
                  m = j,
                  n = i,
                  o = (0, b.parseAppRouteSegment)(k);
                if (
                  (o &&
                    "route-group" !== o.type &&
                    "parallel-route" !== o.type &&
                    ((m = [...j, o]), (n = i + 1)),
                  (null == o ? void 0 : o.type) === "dynamic")
                ) {
                  let { paramName: a, paramType: b } = o.param;
                  if (i < c.segments.length) {
                    let d = c.segments[i];
                    if ("dynamic" === d.type) {
                      if (a !== d.param.paramName) continue;
                      (function (a, b) {
                        for (let c = 0; c < a.length; c++) {
                          let d = a[c],
                            e = b.segments[c];
                          if (
                            d.type !== e.type ||
                            d.interceptionMarker !== e.interceptionMarker ||
                            ("static" === d.type && "static" === e.type && d.name !== e.name) ||
                            ("dynamic" === d.type &&
                              "dynamic" === e.type &&
                              d.param.paramType !== e.param.paramType &&
                              d.param.paramName !== e.param.paramName)
                          )
                            return !1;
                        }
                        return !0;
                      })(j, c) && e.set(i, { name: k, paramName: a, paramType: b });
                    }
                  }
                  if (!f.hasOwnProperty(a)) {
                    let d = g(a, b, i, c, f);
                    void 0 !== d && (f[a] = d);
                  }
                }
                for (let a of Object.values(l)) h.push({ tree: a, depth: n, currentPath: m });
              }
              return {
                pathnameRouteParamSegments: [...e].sort(([a], [b]) => a - b).map(([, a]) => a),
                params: f,
              };
            })(c.userland.loaderTree, e),
            j = f.map(({ paramName: a, paramType: b }) => ({ paramName: a, paramType: b }));
          return (
            !(function (a, c, e, f) {
              let h = [{ tree: a, depth: 0 }];
              for (; h.length > 0;) {
                let { tree: a, depth: i } = h.pop(),
                  { segment: j, parallelRoutes: k } = d(a),
                  l = (0, b.parseAppRouteSegment)(j);
                if (
                  (null == l ? void 0 : l.type) === "dynamic" &&
                  !c.hasOwnProperty(l.param.paramName) &&
                  !f.some((a) => a.paramName === l.param.paramName)
                ) {
                  let { paramName: a, paramType: b } = l.param,
                    d = g(a, b, i, e, c);
                  void 0 !== d
                    ? (c[a] = d)
                    : "optional-catchall" !== b && f.push({ paramName: a, paramType: b });
                }
                let m = i;
                for (let a of (l && "route-group" !== l.type && "parallel-route" !== l.type && m++,
                Object.values(k)))
                  h.push({ tree: a, depth: m });
              }
            })(c.userland.loaderTree, h, e, j),
            i(j)
          );
        },
        "getPlaceholderFallbackRouteParams",
        0,
        function (a, b) {
          return b.filter((b) => {
            let c = j(b),
              d = null == a ? void 0 : a[b.paramName];
            return d === c || (Array.isArray(d) && 1 === d.length && d[0] === c);
          });
        },
        "getStagedFallbackParams",
        0,
        function (a) {
          let { fallbackRouteParams: b, remainingPrerenderableParams: c } = a;
          if (!(null == b ? void 0 : b.length)) return null;
          if (void 0 === a.throwOnEmptyStaticShell)
            throw new e.InvariantError(
              "Expected throwOnEmptyStaticShell for a route with fallback params",
            );
          return !a.throwOnEmptyStaticShell && (null == c ? void 0 : c.length)
            ? i(b.filter((a) => !c.some((b) => b.paramName === a.paramName)))
            : i(b);
        },
      ],
      90588,
    );
  },
  98499,
  81793,
  7891,
  99771,
  52589,
  22298,
  (a) => {
    "use strict";
    var b,
      c,
      d,
      e = a.i(56704),
      f = a.i(32319);
    class g {
      add(a) {
        this._done ||
          this._seen.has(a) ||
          (this._seen.add(a),
          null !== this._resolve
            ? (this._resolve({ value: a, done: !1 }), (this._resolve = null))
            : this._buffer.push(a));
      }
      close() {
        this._done ||
          ((this._done = !0),
          null !== this._resolve &&
            (this._resolve({ value: void 0, done: !0 }), (this._resolve = null)));
      }
      [Symbol.asyncIterator]() {
        return {
          next: () =>
            this._buffer.length > 0
              ? Promise.resolve({ value: this._buffer.shift(), done: !1 })
              : this._done
                ? Promise.resolve({ value: void 0, done: !0 })
                : new Promise((a) => {
                    this._resolve = a;
                  }),
        };
      }
      constructor() {
        ((this._resolve = null), (this._done = !1), (this._buffer = []), (this._seen = new Set()));
      }
    }
    function h() {
      var a;
      let b = f.workUnitAsyncStorage.getStore();
      return b
        ? ((null == (a = (0, f.getVaryParamsAccumulator)(b)) ? void 0 : a.head) ?? null)
        : null;
    }
    function i(a, b, c) {
      if (null !== c)
        return new Proxy(b, {
          get: (b, d, e) => (
            "string" == typeof d &&
              (d === c || Object.prototype.hasOwnProperty.call(b, d)) &&
              a.add(d),
            Reflect.get(b, d, e)
          ),
          has: (b, d) => (d === c && a.add(c), Reflect.has(b, d)),
          ownKeys: (b) => (a.add(c), Reflect.ownKeys(b)),
        });
      let d = {};
      for (let c in b) Object.defineProperty(d, c, { get: () => (a.add(c), b[c]), enumerable: !0 });
      return d;
    }
    new g().close();
    var j = a.i(84513);
    let k = "DYNAMIC_SERVER_USAGE";
    class l extends Error {
      constructor(a) {
        (super(`Dynamic server usage: ${a}`), (this.description = a), (this.digest = k));
      }
    }
    a.s(
      [
        "DynamicServerError",
        0,
        l,
        "isDynamicServerError",
        0,
        function (a) {
          return (
            "object" == typeof a &&
            null !== a &&
            "digest" in a &&
            "string" == typeof a.digest &&
            a.digest === k
          );
        },
      ],
      81793,
    );
    class m extends Error {
      constructor(...a) {
        (super(...a), (this.code = "NEXT_STATIC_GEN_BAILOUT"));
      }
    }
    function n(a, b, c) {
      let d = new l(
        `Route ${b.route} couldn't be rendered statically because it used \`${a}\`. See more info here: https://nextjs.org/docs/messages/dynamic-server-error`,
      );
      throw (
        (c.revalidate = 0),
        (b.dynamicUsageDescription = a),
        (b.dynamicUsageStack = d.stack),
        d
      );
    }
    function o(a, b) {
      let c = b.dynamicTracking;
      c &&
        c.dynamicAccesses.push({
          stack: c.isDebugDynamicAccesses ? Error().stack : void 0,
          expression: a,
        });
    }
    a.s(
      [
        "D",
        0,
        o,
        "i",
        0,
        function (a) {
          return (
            "object" == typeof a &&
            null !== a &&
            "NEXT_PRERENDER_INTERRUPTED" === a.digest &&
            "name" in a &&
            "message" in a &&
            a instanceof Error
          );
        },
        "g",
        0,
        function (a, b, c) {
          if (b)
            switch (b.type) {
              case "cache":
              case "unstable-cache":
              case "private-cache":
                return;
            }
          if (!a.forceDynamic && !a.forceStatic) {
            if (a.dynamicShouldError)
              throw new m(
                `Route ${a.route} with \`dynamic = "error"\` couldn't be rendered statically because it used \`${c}\`. See more info here: https://nextjs.org/docs/app/building-your-application/rendering/static-and-dynamic#dynamic-rendering`,
              );
            if (b && "prerender-legacy" === b.type) {
              b.revalidate = 0;
              let d = new l(
                `Route ${a.route} couldn't be rendered statically because it used ${c}. See more info here: https://nextjs.org/docs/messages/dynamic-server-error`,
              );
              throw ((a.dynamicUsageDescription = c), (a.dynamicUsageStack = d.stack), d);
            }
          }
        },
        "L",
        0,
        n,
      ],
      7891,
    );
    var p = a.i(43285),
      q = a.i(85034),
      r =
        (((b = {})[(b.None = 0)] = "None"),
        (b[(b.Shell = 1)] = "Shell"),
        (b[(b.Prefetch = 2)] = "Prefetch"),
        (b[(b.Navigation = 3)] = "Navigation"),
        b),
      s =
        (((c = s || {})[(c.LessConstrained = 1)] = "LessConstrained"),
        (c[(c.Compatible = 2)] = "Compatible"),
        (c[(c.MoreConstrained = 3)] = "MoreConstrained"),
        (c[(c.Incompatible = 4)] = "Incompatible"),
        c);
    a.i(26407);
    var t =
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
    a.i(59043);
    class u extends Error {
      constructor(a, b) {
        (super(
          `During prerendering, ${b} rejects when the prerender is complete. Typically these errors are handled by React but if you move ${b} to a different context by using \`setTimeout\`, \`after\`, or similar functions you may observe this error and you should handle it in that context. This occurred at route "${a}".`,
        ),
          (this.route = a),
          (this.expression = b),
          (this.digest = "HANGING_PROMISE_REJECTION"));
      }
    }
    let v = new WeakMap();
    function w(a, b, c, d) {
      var e, f;
      let g = E(a, new u(b, c));
      return null === d ? g : ((e = g), (f = y.bind(null, d, c)), H.from(e, f));
    }
    function x(a, b, c, d) {
      var e, f;
      let g = E(a, new u(b, c));
      return null === d ? g : ((e = g), (f = z.bind(null, d, c)), H.from(e, f));
    }
    function y(a, b) {
      A(a, 2, b);
    }
    function z(a, b) {
      A(a, 3, b);
    }
    function A(a, b, c) {
      if ("prerender" === a.type) {
        let { prerenderDataTracking: d, stagedRendering: e } = a;
        if (!d || !e) return;
        let { currentStage: f } = e;
        if (f === t.Before)
          return void console.error(
            new q.InvariantError("Unexpected trackRuntimeDataAccessed in the Before stage."),
          );
        if (f >= t.NavigationStatic) return;
        let g = a.ensureStaticLevel ?? r.None;
        switch (b) {
          case 1: {
            let a = null;
            (f <= t.ShellStatic &&
              g < r.Shell &&
              ((d.shouldAttemptStaticShell = !1),
              (a ??= t.ShellStatic),
              null == C || C(c, "shell")),
              f <= t.PrefetchStatic &&
                g < r.Prefetch &&
                ((d.shouldAttemptStaticPrefetch = !1),
                (a ??= t.PrefetchStatic),
                null == C || C(c, "prefetch")),
              null !== a && B(d, e, a));
            break;
          }
          case 3:
            if (a.isFallbackUpgradeable) {
              g < r.Prefetch && (B(d, e, t.PrefetchStatic), null == D || D());
              break;
            }
          case 2:
            f <= t.PrefetchStatic &&
              g < r.Prefetch &&
              ((d.shouldAttemptStaticPrefetch = !1),
              null == C || C(c, "prefetch"),
              B(d, e, t.PrefetchStatic));
        }
      }
    }
    function B(a, b, c) {
      let { runtimeDataAccessed: d } = a;
      b.currentStage >= c ? d.resolve(!0) : b.onStage(c, d.resolve.bind(null, !0));
    }
    let C = process.env.NEXT_PRIVATE_DEBUG_RUNTIME_DATA
        ? (a, b) => {
            let { route: c } = e.workAsyncStorage.getStore();
            console.log(`Route '${c}': deopting to a runtime ${b} because it used ${a}`);
          }
        : void 0,
      D = process.env.NEXT_PRIVATE_DEBUG_RUNTIME_DATA
        ? () => {
            let { route: a } = e.workAsyncStorage.getStore();
            console.log(`Route '${a}': marking upgradeable fallback as runtime prefetchable`);
          }
        : void 0;
    function E(a, b) {
      if (a.aborted) return Promise.reject(b);
      {
        let c = new Promise((c, d) => {
          let e = d.bind(null, b),
            f = v.get(a);
          if (f) f.push(e);
          else {
            let b = [e];
            (v.set(a, b),
              a.addEventListener(
                "abort",
                () => {
                  for (let a = 0; a < b.length; a++) b[a]();
                },
                { once: !0 },
              ));
          }
        });
        return (c.catch(F), c);
      }
    }
    function F() {}
    function G(a, b) {
      let c = a.then(() => b);
      return (c.catch(F), c);
    }
    class H extends Promise {
      #b;
      static get [Symbol.species]() {
        return Promise;
      }
      static from(a, b) {
        let c = new H(a.then.bind(a));
        return ((c.#b = b), Promise.prototype.then.call(c, void 0, F), c);
      }
      then(a, b) {
        let c = this.#b;
        if (c)
          try {
            c();
          } catch (a) {
            console.error(a);
          }
        return Promise.prototype.then.call(this, a, b);
      }
      constructor(...a) {
        (super(...a), (this.#b = null));
      }
    }
    let I = {
      sessionData: t.ShellRuntime,
      staticUrlData: {
        prefetchApi: {
          static: t.PrefetchStatic_prefetchApi,
          runtime: t.PrefetchRuntime_prefetchApi,
        },
        static: t.PrefetchStatic,
        runtime: t.PrefetchRuntime,
      },
      runtimeUrlData: t.PrefetchRuntime,
    };
    a.s(
      [
        "Y",
        0,
        I,
        "n",
        0,
        function (a, b, c) {
          return b.stagedRendering
            ? b.stagedRendering.delayUntilStage(c, void 0, a)
            : new Promise((b) => {
                setTimeout(() => {
                  b(a);
                }, 0);
              });
        },
        "W",
        0,
        function (a, b, c) {
          return E(a, new u(b, c));
        },
        "E",
        0,
        x,
        "o",
        0,
        G,
        "S",
        0,
        w,
        "F",
        0,
        z,
        "p",
        0,
        y,
      ],
      99771,
    );
    var J = a.i(717);
    let K = { current: null },
      L = "function" == typeof J.cache ? J.cache : (a) => a,
      M = console.warn;
    function N(a) {
      return function (...b) {
        M(a(...b));
      };
    }
    function O(b, c) {
      let d = e.workAsyncStorage.getStore();
      if (!d) throw new q.InvariantError("Expected workStore to be initialized");
      let g = f.workUnitAsyncStorage.getStore();
      if (g)
        switch (g.type) {
          case "prerender":
          case "prerender-client":
          case "prerender-legacy":
            return (function (a, b) {
              if (a.forceStatic) return Promise.resolve({});
              switch (b.type) {
                case "prerender":
                case "prerender-client":
                  return Q(a, b);
                case "prerender-legacy":
                  var c = a,
                    d = b;
                  let e = P.get(c);
                  if (e) return e;
                  let f = Promise.resolve({}),
                    g = new Proxy(f, {
                      get(a, b, e) {
                        if (Object.hasOwn(f, b)) return j.f.get(a, b, e);
                        if ("string" == typeof b && "then" === b) {
                          let a = "`await searchParams`, `searchParams.then`, or similar";
                          if (c.dynamicShouldError) {
                            var g = c.route;
                            throw new m(
                              `Route ${g} with \`dynamic = "error"\` couldn't be rendered statically because it used ${a}. See more info here: https://nextjs.org/docs/app/building-your-application/rendering/static-and-dynamic#dynamic-rendering`,
                            );
                          }
                          n(a, c, d);
                        }
                        return j.f.get(a, b, e);
                      },
                    });
                  return (P.set(c, g), g);
                default:
                  return b;
              }
            })(d, g);
          case "validation-client":
            throw new q.InvariantError(
              "createServerSearchParamsForServerPage should not be called in a client validation.",
            );
          case "cache":
          case "private-cache":
          case "unstable-cache":
            throw new q.InvariantError(
              "createServerSearchParamsForServerPage should not be called in cache contexts.",
            );
          case "build-time-generator":
            throw new q.InvariantError(
              `createServerSearchParamsForServerPage should not be called inside ${g.functionName}.`,
            );
          case "prerender-runtime":
            return (function (a, b, c, d) {
              let e =
                  null !== d
                    ? new Proxy(a, {
                        get: (a, b, c) => ("string" == typeof b && d.add(0), Reflect.get(a, b, c)),
                        has: (a, b) => ("string" == typeof b && d.add(0), Reflect.has(a, b)),
                        ownKeys: (a) => (d.add(0), Reflect.ownKeys(a)),
                      })
                    : a,
                f = I.runtimeUrlData,
                { stagedRendering: g } = c;
              if (!g)
                if (c.finalStage < f) return Q(b, c);
                else return R(e);
              return g.finalStage && g.finalStage < f
                ? Q(b, c)
                : g.delayUntilStage(f, "searchParams", e);
            })(b, d, g, c);
          case "request":
            return (function (b, c, d) {
              let { asyncApiPromises: e, validationSamples: f } = d;
              if (e) {
                var g, h;
                let d = b;
                return (
                  f &&
                    (d = (function (b, c, d) {
                      let { createExhaustiveSearchParamsProxy: e } = a.r(39783);
                      return e(d, new Set(Object.keys(c.searchParams ?? {})), b.route);
                    })(c, f, b)),
                  (g = e),
                  (h = d),
                  G(g.sharedSearchParamsParent, h)
                );
              }
              return c.forceStatic ? Promise.resolve({}) : R(b);
            })(b, d, g);
        }
      (0, f.throwInvariantForMissingStore)();
    }
    (L((a) => {
      try {
        M(K.current);
      } finally {
        K.current = null;
      }
    }),
      a.i(88652),
      a.i(20635),
      a.i(24725));
    let P = new WeakMap();
    function Q(a, b) {
      let c = P.get(b);
      if (c) return c;
      let d = w(b.renderSignal, a.route, "`searchParams`", null),
        e = () => {
          y(f.workUnitAsyncStorage.getStore() ?? b, "`searchParams`");
        },
        g = {
          get(a, c, d) {
            if (Object.hasOwn(a, c)) return j.f.get(a, c, d);
            switch (c) {
              case "then":
              case "catch":
              case "finally": {
                let f = j.f.get(a, c, d);
                return {
                  [c]: (...c) => (
                    e(),
                    o("`await searchParams`, `searchParams.then`, or similar", b),
                    (0, p.abortOnDynamicAccess)(
                      "runtime",
                      Error("Accessed `searchParams` during prerendering."),
                    ),
                    new Proxy(f.apply(a, c), g)
                  ),
                }[c];
              }
              case "status":
                return (
                  e(),
                  o("`use(searchParams)`, `searchParams.status`, or similar", b),
                  j.f.get(a, c, d)
                );
              default:
                return j.f.get(a, c, d);
            }
          },
        },
        h = new Proxy(d, g);
      return (P.set(b, h), h);
    }
    function R(a) {
      let b = P.get(a);
      if (b) return b;
      let c = Promise.resolve(a);
      return (P.set(a, c), c);
    }
    function S(a, b) {
      for (let c in a) if (!Object.hasOwn(b, c)) return !1;
      return !0;
    }
    function T(a) {
      for (let b in a) return !1;
      return !0;
    }
    function U(a, b) {
      if (b) {
        for (let c in a) if (b.has(c)) return !0;
      }
      return !1;
    }
    function V(b, c, d) {
      let g = e.workAsyncStorage.getStore();
      if (!g) throw new q.InvariantError("Expected workStore to be initialized");
      let h = f.workUnitAsyncStorage.getStore();
      if (h)
        switch (h.type) {
          case "prerender":
          case "prerender-client":
          case "prerender-legacy":
            return (function (a, b, c, d, e) {
              switch (d.type) {
                case "prerender": {
                  let f = a;
                  if ((null !== e && (f = i(e, a, b)), T(a))) return Z(f);
                  if (U(a, d.fallbackRouteParams)) return Y(a, c, d);
                  let { stagedRendering: g } = d;
                  if (g && !S(a, d.rootParams)) {
                    let a = I.staticUrlData.static;
                    return g.delayUntilStage(a, "params", f);
                  }
                  return Z(f);
                }
                case "prerender-client": {
                  let b = d.fallbackRouteParams;
                  if (b) {
                    for (let e in a) if (b.has(e)) return Y(a, c, d);
                  }
                }
              }
              let f = a;
              return (null !== e && (f = i(e, a, b)), Z(f));
            })(b, c, g, h, d);
          case "validation-client":
            throw new q.InvariantError(
              "createServerParamsForServerSegment should not be called in client contexts.",
            );
          case "cache":
          case "private-cache":
          case "unstable-cache":
            throw new q.InvariantError(
              "createServerParamsForServerSegment should not be called in cache contexts.",
            );
          case "build-time-generator":
            throw new q.InvariantError(
              `createServerParamsForServerSegment should not be called inside ${h.functionName}.`,
            );
          case "prerender-runtime":
            return (function (a, b, c, d, e) {
              let f = a;
              if ((null !== e && (f = i(e, a, b)), T(a) || S(a, d.rootParams))) return Z(f);
              let g = I.runtimeUrlData,
                { stagedRendering: h } = d;
              if (!h)
                if (d.finalStage < g) return Y(a, c, d);
                else return Z(f);
              return h.finalStage && h.finalStage < g
                ? Y(a, c, d)
                : h.delayUntilStage(g, "params", f);
            })(b, c, g, h, d);
          case "request":
            return (function (b, c, d, e, f) {
              let { stagedRendering: g, asyncApiPromises: h, validationSamples: j } = c,
                k = d;
              return (j &&
                (k = (function (b, c, d) {
                  let { createExhaustiveParamsProxy: e } = a.r(39783);
                  return e(b, new Set(Object.keys(d.params ?? {})), c.route);
                })(d, b, j)),
              f && (k = i(f, k, e)),
              g && h)
                ? (function (a, b, c, d, e) {
                    if (T(d)) return Z(e);
                    if (U(d, a.stagedFallbackParams)) {
                      var f;
                      return ((f = c.sharedParamsParent), G(f, e));
                    }
                    if (!S(d, a.rootParams)) {
                      let c = I.staticUrlData[a.needsRuntimeShell ? "runtime" : "static"];
                      return b.delayUntilStage(c, "params", e);
                    }
                    return Z(e);
                  })(c, g, h, d, k)
                : Z(k);
            })(g, h, b, c, d);
        }
      (0, f.throwInvariantForMissingStore)();
    }
    (new WeakMap(),
      N(function (a, b) {
        let c = a ? `Route "${a}" ` : "This route ";
        return Error(
          `${c}used ${b}. \`searchParams\` is a Promise and must be unwrapped with \`await\` or \`React.use()\` before accessing its properties. Learn more: https://nextjs.org/docs/messages/sync-dynamic-apis`,
        );
      }),
      a.s(
        [
          "Q",
          0,
          function () {
            let a = e.workAsyncStorage.getStore();
            if (!a) throw new q.InvariantError("Expected workStore to be initialized");
            if (a.forceStatic) return Promise.resolve({});
            let b = f.workUnitAsyncStorage.getStore();
            if (b)
              switch (b.type) {
                case "prerender":
                case "prerender-client":
                  return w(b.renderSignal, a.route, "`searchParams`", b);
                case "validation-client":
                  throw new q.InvariantError(
                    "createPrerenderSearchParamsForClientPage should not be called in a client validation.",
                  );
                case "prerender-runtime":
                  throw new q.InvariantError(
                    "createPrerenderSearchParamsForClientPage should not be called in a runtime prerender.",
                  );
                case "cache":
                case "private-cache":
                case "unstable-cache":
                  throw new q.InvariantError(
                    "createPrerenderSearchParamsForClientPage should not be called in cache contexts.",
                  );
                case "build-time-generator":
                  throw new q.InvariantError(
                    `createPrerenderSearchParamsForClientPage should not be called inside ${b.functionName}.`,
                  );
                case "prerender-legacy":
                case "request":
                  return Promise.resolve({});
              }
            (0, f.throwInvariantForMissingStore)();
          },
          "h",
          0,
          function (a) {
            return O(a, h());
          },
          "Z",
          0,
          O,
        ],
        98499,
      ));
    let W = new WeakMap(),
      X = {
        get: function (a, b, c) {
          if ("then" === b || "catch" === b || "finally" === b) {
            let d = j.f.get(a, b, c);
            return {
              [b]: (...b) => {
                let c = f.workUnitAsyncStorage.getStore();
                return (
                  void 0 !== c && z(c, "`params`"),
                  (0, p.abortOnDynamicAccess)(
                    "fallback-params",
                    Error("Accessed fallback `params` during prerendering."),
                  ),
                  new Proxy(d.apply(a, b), X)
                );
              },
            }[b];
          }
          return j.f.get(a, b, c);
        },
      };
    function Y(a, b, c) {
      let d = W.get(a);
      if (d) return d;
      let e = new Proxy(x(c.renderSignal, b.route, "`params`", null), X);
      return (W.set(a, e), e);
    }
    function Z(a) {
      let b = W.get(a);
      if (b) return b;
      let c = Promise.resolve(a);
      return (W.set(a, c), c);
    }
    (N(function (a, b) {
      let c = a ? `Route "${a}" ` : "This route ";
      return Error(
        `${c}used ${b}. \`params\` is a Promise and must be unwrapped with \`await\` or \`React.use()\` before accessing its properties. Learn more: https://nextjs.org/docs/messages/sync-dynamic-apis`,
      );
    }),
      a.s(
        [
          "v",
          0,
          function (a) {
            let b = e.workAsyncStorage.getStore();
            if (!b)
              throw new q.InvariantError(
                "Missing workStore in createPrerenderParamsForClientSegment",
              );
            let c = f.workUnitAsyncStorage.getStore();
            if (c)
              switch (c.type) {
                case "prerender":
                case "prerender-client":
                  let d = c.fallbackRouteParams;
                  if (d) {
                    for (let e in a) if (d.has(e)) return x(c.renderSignal, b.route, "`params`", c);
                  }
                  break;
                case "validation-client":
                  throw new q.InvariantError(
                    "createPrerenderParamsForClientSegment should not be called in validation contexts.",
                  );
                case "cache":
                case "private-cache":
                case "unstable-cache":
                  throw new q.InvariantError(
                    "createPrerenderParamsForClientSegment should not be called in cache contexts.",
                  );
                case "build-time-generator":
                  throw new q.InvariantError(
                    `createPrerenderParamsForClientSegment should not be called inside ${c.functionName}.`,
                  );
              }
            return Promise.resolve(a);
          },
          "_",
          0,
          function (a, b) {
            return V(a, b, h());
          },
          "A",
          0,
          V,
        ],
        52589,
      ));
    let $ = new Set(Object.values({ NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHORIZED: 401 }));
    a.s(
      [
        "f",
        0,
        function (a) {
          if ("object" != typeof a || null === a || !("digest" in a) || "string" != typeof a.digest)
            return !1;
          let [b, c] = a.digest.split(";");
          return "NEXT_HTTP_ERROR_FALLBACK" === b && $.has(Number(c));
        },
      ],
      22298,
    );
  },
  75700,
  (a) => {
    "use strict";
    function b(a, b) {
      if (!a) return b;
      let c = parseInt(a, 10);
      return Number.isFinite(c) && c > 0 ? c : b;
    }
    (a.i(276),
      a.i(85034),
      a.i(26407),
      a.i(54015),
      a.i(43070),
      a.i(68113),
      a.i(11614),
      a.i(3343),
      a.i(21751),
      b(process.env.NEXT_PRIVATE_RESPONSE_CACHE_TTL, 1e4),
      b(process.env.NEXT_PRIVATE_RESPONSE_CACHE_MAX_SIZE, 150),
      a.s([], 75700));
  },
  276,
  (a) => {
    "use strict";
    var b,
      c,
      d =
        (((b = {}).APP_PAGE = "APP_PAGE"),
        (b.APP_ROUTE = "APP_ROUTE"),
        (b.PAGES = "PAGES"),
        (b.FETCH = "FETCH"),
        (b.REDIRECT = "REDIRECT"),
        (b.IMAGE = "IMAGE"),
        b),
      e =
        (((c = {}).APP_PAGE = "APP_PAGE"),
        (c.APP_ROUTE = "APP_ROUTE"),
        (c.PAGES = "PAGES"),
        (c.FETCH = "FETCH"),
        (c.IMAGE = "IMAGE"),
        c);
    a.s(["CachedRouteKind", 0, d, "IncrementalCacheKind", 0, e]);
  },
  3343,
  (a) => {
    "use strict";
    var b,
      c =
        (((b = {}).PAGES = "PAGES"),
        (b.PAGES_API = "PAGES_API"),
        (b.APP_PAGE = "APP_PAGE"),
        (b.APP_ROUTE = "APP_ROUTE"),
        (b.IMAGE = "IMAGE"),
        b);
    a.s(["RouteKind", 0, c]);
  },
  9210,
  (a) => {
    "use strict";
    a.s(["createDevRenderContext", 0, function (a, b) {}]);
  },
  91315,
  (a) => {
    "use strict";
    var b = a.i(91562),
      c = a.i(46994),
      d = a.i(69795),
      e = a.i(91673);
    let f = e.default.enums([
        "c",
        "ci(..)(..)",
        "ci(.)",
        "ci(..)",
        "ci(...)",
        "oc",
        "d",
        "di(..)(..)",
        "di(.)",
        "di(..)",
        "di(...)",
      ]),
      g = e.default.union([
        e.default.string(),
        e.default.tuple([
          e.default.string(),
          e.default.string(),
          f,
          e.default.nullable(e.default.array(e.default.string())),
        ]),
      ]),
      h = e.default.tuple([
        g,
        e.default.record(
          e.default.string(),
          e.default.lazy(() => h),
        ),
        e.default.optional(
          e.default.nullable(e.default.tuple([e.default.string(), e.default.string()])),
        ),
        e.default.optional(
          e.default.nullable(
            e.default.union([
              e.default.literal("refetch"),
              e.default.literal("inside-shared-layout"),
              e.default.literal("metadata-only"),
            ]),
          ),
        ),
        e.default.optional(e.default.nullable(e.default.number())),
        e.default.optional(e.default.string()),
      ]);
    a.i(43428);
    var i = a.i(21751);
    a.s(
      [
        "parseRequestHeaders",
        0,
        function (a, f) {
          var g;
          let j,
            k,
            l = (0, c.isRSCRequestHeader)(a[b.RSC_HEADER]),
            m = l && "1" === a[b.NEXT_ROUTER_PREFETCH_HEADER],
            n = l && "3" === a[b.NEXT_ROUTER_PREFETCH_HEADER],
            o = l && ("2" === a[b.NEXT_ROUTER_PREFETCH_HEADER] || n),
            p = void 0 !== a[b.NEXT_HMR_REFRESH_HEADER],
            q =
              !l || (m && f.isRoutePPREnabled)
                ? void 0
                : (function (a) {
                    if (void 0 !== a) {
                      if (Array.isArray(a))
                        throw Error(
                          "Multiple router state headers were sent. This is not allowed.",
                        );
                      if (a.length > 4e4) throw Error("The router state header was too large.");
                      try {
                        let b = JSON.parse(decodeURIComponent(a));
                        return ((0, e.assert)(b, h), b);
                      } catch {
                        throw Error("The router state header was sent but could not be parsed.");
                      }
                    }
                  })(a[b.NEXT_ROUTER_STATE_TREE_HEADER]),
            r = l && "/_tree" === a[b.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER],
            s = (0, d.getScriptNonceFromHeaders)(a);
          return {
            flightRouterState: q,
            isPrefetchRequest: m,
            isRuntimePrefetchRequest: o,
            isAppShellPrefetchRequest: n,
            isRouteTreePrefetchRequest: r,
            isHmrRefresh: p,
            isRSCRequest: l,
            nonce: s,
            previouslyRevalidatedTags:
              ((g = f.previewModeId),
              "string" == typeof a[i.NEXT_CACHE_REVALIDATED_TAGS_HEADER] &&
              a[i.NEXT_CACHE_REVALIDATE_TAG_TOKEN_HEADER] === g
                ? a[i.NEXT_CACHE_REVALIDATED_TAGS_HEADER].split(",")
                : []),
            requestId: j,
            htmlRequestId: k,
          };
        },
      ],
      91315,
    );
  },
  10531,
  (a) => {
    "use strict";
    "u" > typeof performance &&
      ["mark", "measure", "getEntriesByName"].every((a) => "function" == typeof performance[a]);
    var b = a.i(19026),
      c = a.i(21751);
    async function d({
      req: a,
      res: e,
      result: f,
      generateEtags: g,
      poweredByHeader: h,
      cacheControl: i,
    }) {
      if (e.finished || e.headersSent) return;
      (h && f.contentType === c.HTML_CONTENT_TYPE_HEADER && e.setHeader("X-Powered-By", "Next.js"),
        i &&
          !e.getHeader("Cache-Control") &&
          e.setHeader(
            "Cache-Control",
            (function ({ revalidate: a, expire: b }) {
              let d =
                "number" == typeof a && void 0 !== b && a < b
                  ? `, stale-while-revalidate=${b - a}`
                  : "";
              return 0 === a
                ? "private, no-cache, no-store, max-age=0, must-revalidate"
                : "number" == typeof a
                  ? `s-maxage=${a}${d}`
                  : `s-maxage=${c.CACHE_ONE_YEAR_SECONDS}${d}`;
            })(i),
          ));
      let j = f.isDynamic ? null : f.toUnchunkedString();
      if (g && null !== j) {
        let c = ((a, b = !1) =>
          (b ? 'W/"' : '"') +
          ((a) => {
            let b = a.length,
              c = 0,
              d = 0,
              e = 8997,
              f = 0,
              g = 33826,
              h = 0,
              i = 40164,
              j = 0,
              k = 52210;
            for (; c < b;)
              ((e ^= a.charCodeAt(c++)),
                (d = 435 * e),
                (f = 435 * g),
                (h = 435 * i),
                (j = 435 * k),
                (h += e << 8),
                (j += g << 8),
                (f += d >>> 16),
                (e = 65535 & d),
                (h += f >>> 16),
                (g = 65535 & f),
                (k = (j + (h >>> 16)) & 65535),
                (i = 65535 & h));
            return (15 & k) * 0x1000000000000 + 0x100000000 * i + 65536 * g + (e ^ (k >> 4));
          })(a).toString(36) +
          a.length.toString(36) +
          '"')(j);
        if (
          (c && e.setHeader("ETag", c),
          (0, b.default)(a.headers, { etag: c }) && ((e.statusCode = 304), e.end(), 1))
        )
          return;
      }
      (!e.getHeader("Content-Type") && f.contentType && e.setHeader("Content-Type", f.contentType),
      j && e.setHeader("Content-Length", Buffer.byteLength(j)),
      "HEAD" === a.method)
        ? e.end(null)
        : null !== j
          ? e.end(j)
          : await f.pipeToNodeResponse(e);
    }
    a.s(["sendRenderResult", 0, d], 10531);
  },
  12213,
  (a) => {
    "use strict";
    let b = {
      OPENING: {
        HTML: new Uint8Array([60, 104, 116, 109, 108]),
        HEAD: new Uint8Array([60, 104, 101, 97, 100]),
        BODY: new Uint8Array([60, 98, 111, 100, 121]),
      },
      CLOSED: {
        HEAD: new Uint8Array([60, 47, 104, 101, 97, 100, 62]),
        BODY: new Uint8Array([60, 47, 98, 111, 100, 121, 62]),
        HTML: new Uint8Array([60, 47, 104, 116, 109, 108, 62]),
        BODY_AND_HTML: new Uint8Array([
          60, 47, 98, 111, 100, 121, 62, 60, 47, 104, 116, 109, 108, 62,
        ]),
      },
      META: {
        ICON_MARK: new Uint8Array([
          60, 109, 101, 116, 97, 32, 110, 97, 109, 101, 61, 34, 194, 171, 110, 120, 116, 45, 105,
          99, 111, 110, 194, 187, 34,
        ]),
      },
    };
    a.s(["ENCODED_TAGS", 0, b]);
  },
  22693,
  (a) => {
    "use strict";
    function b() {}
    (a.i(75164), new TextEncoder());
    let c = new TextEncoder();
    async function d(a) {
      let b = a.getReader(),
        c = [];
      for (;;) {
        let { done: a, value: d } = await b.read();
        if (a) break;
        c.push(d);
      }
      return c;
    }
    async function e(a) {
      return Buffer.concat(await d(a));
    }
    async function f(a, b) {
      let c = new TextDecoder("utf-8", { fatal: !0 }),
        d = "";
      for await (let e of a) {
        if (null == b ? void 0 : b.aborted) return d;
        d += c.decode(e, { stream: !0 });
      }
      return d + c.decode();
    }
    a.s(
      [
        "y",
        0,
        function (...a) {
          if (0 === a.length)
            return new ReadableStream({
              start(a) {
                a.close();
              },
            });
          if (1 === a.length) return a[0];
          let { readable: c, writable: d } = new TransformStream(),
            e = a[0].pipeTo(d, { preventClose: !0 }),
            f = 1;
          for (; f < a.length - 1; f++) {
            let b = a[f];
            e = e.then(() => b.pipeTo(d, { preventClose: !0 }));
          }
          let g = a[f];
          return ((e = e.then(() => g.pipeTo(d))).catch(b), c);
        },
        "H",
        0,
        function (a) {
          return new ReadableStream({
            start(b) {
              (b.enqueue(a), b.close());
            },
          });
        },
        "n",
        0,
        function (a) {
          return new ReadableStream({
            start(b) {
              (b.enqueue(c.encode(a)), b.close());
            },
          });
        },
        "W",
        0,
        e,
        "x",
        0,
        f,
      ],
      22693,
    );
  },
  84513,
  (a) => {
    "use strict";
    a.s([
      "f",
      0,
      class {
        static get(a, b, c) {
          let d = Reflect.get(a, b, c);
          return "function" == typeof d ? d.bind(a) : d;
        }
        static set(a, b, c, d) {
          return Reflect.set(a, b, c, d);
        }
        static has(a, b) {
          return Reflect.has(a, b);
        }
        static deleteProperty(a, b) {
          return Reflect.deleteProperty(a, b);
        }
      },
    ]);
  },
  72051,
  (a) => {
    "use strict";
    (a.i(36226), a.s([]));
  },
  58579,
  (a) => {
    "use strict";
    a.s(["UNDERSCORE_NOT_FOUND_ROUTE", 0, "/_not-found"]);
  },
  71200,
  (a) => {
    "use strict";
    let b = new WeakMap();
    a.s([
      "f",
      0,
      function (a, c) {
        let d;
        if (!c) return { pathname: a };
        let e = b.get(c);
        e || ((e = c.map((a) => a.toLowerCase())), b.set(c, e));
        let f = a.split("/", 2);
        if (!f[1]) return { pathname: a };
        let g = f[1].toLowerCase(),
          h = e.indexOf(g);
        return h < 0
          ? { pathname: a }
          : ((d = c[h]), { pathname: (a = a.slice(d.length + 1) || "/"), detectedLocale: d });
      },
    ]);
  },
  85034,
  (a) => {
    "use strict";
    a.s([
      "InvariantError",
      0,
      class extends Error {
        constructor(a, b) {
          (super(`Invariant: ${a.endsWith(".") ? a : a + "."} This is a bug in Next.js.`, b),
            (this.name = "InvariantError"));
        }
      },
    ]);
  },
  24373,
  (a, b, c) => {
    b.exports = a.r(14747);
  },
  67720,
  (a) => {
    "use strict";
    a.s([]);
  },
  26407,
  (a) => {
    "use strict";
    a.s([
      "f",
      0,
      function () {
        let a,
          b,
          c = new Promise((c, d) => {
            ((a = c), (b = d));
          });
        return { resolve: a, reject: b, promise: c };
      },
    ]);
  },
  8770,
  (a) => {
    "use strict";
    var b = a.i(85034),
      c = a.i(91505),
      d = a.i(66482);
    function e(a) {
      if ("" === a) return null;
      let b = d.f.find((b) => a.startsWith(b)),
        e = (0, c.getSegmentParam)(a);
      return e
        ? { type: "dynamic", name: a, param: e, interceptionMarker: b }
        : a.startsWith("(") && a.endsWith(")")
          ? { type: "route-group", name: a, interceptionMarker: b }
          : a.startsWith("@")
            ? { type: "parallel-route", name: a, interceptionMarker: b }
            : { type: "static", name: a, interceptionMarker: b };
    }
    a.s([
      "parseAppRouteSegment",
      0,
      e,
      "parseNormalizedAppRoute",
      0,
      function (a) {
        return (function a(d, f) {
          let g,
            h,
            i,
            j = d.split("/").filter(Boolean),
            k = [];
          for (let l of j) {
            let j = e(
              (function (a) {
                if (!/%5b|%5d/i.test(a)) return a;
                try {
                  let b = decodeURIComponent(a);
                  return (0, c.getSegmentParam)(b) ? b : a;
                } catch {
                  return a;
                }
              })(l),
            );
            if (j) {
              if ("route-group" === j.type && !(2 & f))
                throw new b.InvariantError(
                  `${d} is being parsed as a normalized route, but it has a route group segment.`,
                );
              if ("parallel-route" === j.type && !(1 & f))
                throw new b.InvariantError(
                  `${d} is being parsed as a normalized route, but it has a parallel route segment.`,
                );
              if ((k.push(j), j.interceptionMarker)) {
                let b = d.split(j.interceptionMarker);
                if (2 !== b.length) throw Error(`Invalid interception route: ${d}`);
                ((h = a(b[0], f)), (i = a(b[1], f)), (g = j.interceptionMarker));
              }
            }
          }
          let l = k.filter((a) => "dynamic" === a.type);
          return {
            normalized: 0 === f,
            pathname: d,
            segments: k,
            dynamicSegments: l,
            interceptionMarker: g,
            interceptingRoute: h,
            interceptedRoute: i,
          };
        })(a, 0);
      },
    ]);
  },
  41763,
  (a) => {
    "use strict";
    var b = a.i(32885);
    a.s(
      [
        "normalizeAppPath",
        0,
        function (a) {
          var c;
          return (c = a
            .split("/")
            .reduce(
              (a, c, d, e) =>
                !c ||
                (0, b.Q)(c) ||
                "@" === c[0] ||
                (("page" === c || "route" === c) && d === e.length - 1)
                  ? a
                  : `${a}/${c}`,
              "",
            )).startsWith("/")
            ? c
            : `/${c}`;
        },
      ],
      41763,
    );
  },
  91505,
  66482,
  (a) => {
    "use strict";
    let b = ["(..)(..)", "(.)", "(..)", "(...)"];
    (a.s(["f", 0, b], 66482),
      a.s(
        [
          "getParamProperties",
          0,
          function (a) {
            let b = !1,
              c = !1;
            switch (a) {
              case "catchall":
              case "catchall-intercepted-(..)(..)":
              case "catchall-intercepted-(.)":
              case "catchall-intercepted-(..)":
              case "catchall-intercepted-(...)":
                b = !0;
                break;
              case "optional-catchall":
                ((b = !0), (c = !0));
            }
            return { repeat: b, optional: c };
          },
          "getSegmentParam",
          0,
          function (a) {
            let c = b.find((b) => a.startsWith(b));
            return (c && (a = a.slice(c.length)), a.startsWith("[[...") && a.endsWith("]]"))
              ? { paramType: "optional-catchall", paramName: a.slice(5, -2) }
              : a.startsWith("[...") && a.endsWith("]")
                ? {
                    paramType: c ? `catchall-intercepted-${c}` : "catchall",
                    paramName: a.slice(4, -1),
                  }
                : a.startsWith("[") && a.endsWith("]")
                  ? {
                      paramType: c ? `dynamic-intercepted-${c}` : "dynamic",
                      paramName: a.slice(1, -1),
                    }
                  : null;
          },
        ],
        91505,
      ));
  },
  49670,
  (a) => {
    "use strict";
    let b =
        /[\w-]+-Google|Google-[\w-]+|Chrome-Lighthouse|Slurp|DuckDuckBot|baiduspider|yandex|sogou|bitlybot|tumblr|vkShare|quora link preview|redditbot|ia_archiver|Bingbot|BingPreview|applebot|facebookexternalhit|facebookcatalog|Twitterbot|LinkedInBot|Slackbot|Discordbot|WhatsApp|SkypeUriPreview|Yeti|googleweblight/i,
      c = /Googlebot(?!-)|Googlebot$/i,
      d = b.source;
    a.s(
      [
        "HTML_LIMITED_BOT_UA_RE_STRING",
        0,
        d,
        "getBotType",
        0,
        function (a) {
          return c.test(a) ? "dom" : b.test(a) ? "html" : void 0;
        },
      ],
      49670,
    );
  },
  83838,
  38549,
  (a) => {
    "use strict";
    function b(a) {
      let b = a.indexOf("#"),
        c = a.indexOf("?"),
        d = c > -1 && (b < 0 || c < b);
      return d || b > -1
        ? {
            pathname: a.substring(0, d ? c : b),
            query: d ? a.substring(c, b > -1 ? b : void 0) : "",
            hash: b > -1 ? a.slice(b) : "",
          }
        : { pathname: a, query: "", hash: "" };
    }
    (a.s(["f", 0, b], 38549),
      a.s(
        [
          "f",
          0,
          function (a, c) {
            if ("string" != typeof a) return !1;
            let { pathname: d } = b(a);
            return d === c || d.startsWith(c + "/");
          },
        ],
        83838,
      ));
  },
  32885,
  (a) => {
    "use strict";
    a.s([
      "F",
      0,
      "__DEFAULT__",
      "z",
      0,
      "__PAGE__",
      "Q",
      0,
      function (a) {
        return "(" === a[0] && a.endsWith(")");
      },
    ]);
  },
  52879,
  (a) => {
    "use strict";
    a.s([
      "p",
      0,
      function (a) {
        let b = parseInt(a.slice(0, 2), 16),
          c = (b >> 1) & 63,
          d = Array(6);
        for (let a = 0; a < 6; a++) {
          let b = (c >> (5 - a)) & 1;
          d[a] = 1 === b;
        }
        return {
          type: 1 == ((b >> 7) & 1) ? "use-cache" : "server-action",
          usedArgs: d,
          hasRestArgs: 1 == (1 & b),
        };
      },
      "s",
      0,
      function (a) {
        return 42 === a.length;
      },
    ]);
  },
  1082,
  (a) => {
    "use strict";
    a.s([
      "DEFAULT_MAX_POSTPONED_STATE_SIZE",
      0,
      "100 MB",
      "parseMaxPostponedStateSize",
      0,
      function (b) {
        if (!b) return 0x6400000;
        let c = a.r(14465).parse(b);
        return null === c || isNaN(c) || c < 1 ? void 0 : c;
      },
    ]);
  },
  88652,
  (a) => {
    "use strict";
    let b = /^[A-Za-z_$][A-Za-z0-9_$]*$/,
      c = new Set([
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
    a.s([
      "L",
      0,
      function (a, b) {
        let c = JSON.stringify(b);
        return `\`Reflect.has(${a}, ${c})\`, \`${c} in ${a}\`, or similar`;
      },
      "r",
      0,
      function (a, c) {
        return b.test(c) ? `\`${a}.${c}\`` : `\`${a}[${JSON.stringify(c)}]\``;
      },
      "A",
      0,
      c,
    ]);
  },
  75465,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].ReactDOM;
  },
  10990,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].ReactServerDOMTurbopackStatic;
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__1hp-rfo5s5t94._.js.map
