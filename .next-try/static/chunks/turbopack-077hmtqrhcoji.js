(() => {
  let e;
  var t,
    r = globalThis.TURBOPACK;
  if (void 0 === r) r = [];
  else if (!Array.isArray(r)) return;
  var n = (function () {
      if (null != self.TURBOPACK_ASSET_SUFFIX) return self.TURBOPACK_ASSET_SUFFIX;
      let e = document?.currentScript?.getAttribute?.("src") ?? "",
        t = e.indexOf("?");
      return t >= 0 ? e.slice(t) : "";
    })(),
    o =
      (((t = o || {})[(t.Runtime = 0)] = "Runtime"),
      (t[(t.Parent = 1)] = "Parent"),
      (t[(t.Update = 2)] = "Update"),
      t);
  let l = new WeakMap();
  function i(e, t) {
    ((this.m = e), (this.e = t));
  }
  let u = i.prototype,
    s = Object.prototype.hasOwnProperty,
    c = "u" > typeof Symbol && Symbol.toStringTag;
  function f(e, t, r) {
    s.call(e, t) || Object.defineProperty(e, t, r);
  }
  function a(e, t) {
    let r = e.get(t);
    return (void 0 === r && ((r = p(t)), e.set(t, r)), r);
  }
  function p(e) {
    return { exports: {}, error: void 0, id: e, namespaceObject: void 0 };
  }
  function h(e, t, r) {
    (f(e, "__esModule", { value: !0 }), c && f(e, c, { value: "Module" }));
    let n = 0;
    for (; n < t.length;) {
      let r = t[n++],
        o = t[n++];
      if ("number" == typeof o)
        if (0 === o) f(e, r, { value: t[n++], enumerable: !0, writable: !1 });
        else throw Error(`unexpected tag: ${o}`);
      else
        "function" == typeof t[n]
          ? f(e, r, { get: o, set: t[n++], enumerable: !0 })
          : f(e, r, { get: o, enumerable: !0 });
    }
    r || Object.seal(e);
  }
  function d(e, t, r) {
    let n, o;
    (null != t ? (o = (n = a(this.c, t)).exports) : ((n = this.m), (o = this.e)),
      (n.namespaceObject = o),
      h(o, e, r));
  }
  function m(e, t, r, n) {
    let o = Reflect.getOwnPropertyDescriptor(r, n);
    if (o) {
      if ("value" in o) return void e.push(t, 0, o.value);
      if (o.get) return void e.push(t, o.get);
    }
    e.push(t, () => r[n]);
  }
  function y(e, t) {
    (null != t ? a(this.c, t) : this.m).exports = e;
  }
  ((u.s = d),
    (u.S = function (e, t) {
      let r = [],
        n = 0;
      for (; n < e.length;) {
        let t = e[n++],
          o = n;
        for (; n < e.length && 0 !== e[n];) n++;
        let l = n;
        n++;
        let i = "string" == typeof t || "number" == typeof t ? w.call(this, t) : t;
        if (l - o == 1) {
          let t = e[o].split(",");
          for (let e = 0; e < t.length; e += 2) m(r, t[e], i, t[e + 1]);
        } else for (let t = o; t < l; t += 2) m(r, e[t], i, e[t + 1]);
      }
      d.call(this, r, t);
    }),
    (u.j = function (e, t) {
      let r, n;
      null != t ? (n = (r = a(this.c, t)).exports) : ((r = this.m), (n = this.e));
      let o = (function (e, t) {
        let r = l.get(e);
        if (!r) {
          l.set(e, (r = []));
          let n = (e) => {
            if ("default" !== e) {
              for (let t of r) if (s.call(t, e)) return t;
            }
          };
          e.exports = e.namespaceObject = new Proxy(t, {
            get(e, t) {
              if (s.call(e, t) || "default" === t || "__esModule" === t) return Reflect.get(e, t);
              let r = n(t);
              return r && Reflect.get(r, t);
            },
            set: () => !1,
            defineProperty: () => !1,
            deleteProperty: () => !1,
            has: (e, t) =>
              !!Reflect.has(e, t) || ("default" !== t && "__esModule" !== t && void 0 !== n(t)),
            ownKeys(e) {
              let t = Reflect.ownKeys(e);
              for (let e of r)
                for (let r of Reflect.ownKeys(e)) "default" === r || t.includes(r) || t.push(r);
              return t;
            },
            getOwnPropertyDescriptor(e, t) {
              let r = Reflect.getOwnPropertyDescriptor(e, t);
              if (r || "default" === t || "__esModule" === t) return r;
              let o = n(t);
              if (o) return { enumerable: !0, configurable: !0, get: () => Reflect.get(o, t) };
            },
          });
        }
        return r;
      })(r, n);
      "object" == typeof e && null !== e && o.push(e);
    }),
    (u.v = y),
    (u.n = function (e, t) {
      let r;
      (r = null != t ? a(this.c, t) : this.m).exports = r.namespaceObject = e;
    }));
  let g = Object.getPrototypeOf ? (e) => Object.getPrototypeOf(e) : (e) => e.__proto__,
    b = [null, g({}), g([]), g(g)];
  function O(e, t, r) {
    let n = [],
      o = -1;
    for (let t = e; ("object" == typeof t || "function" == typeof t) && !b.includes(t); t = g(t))
      for (let r of Object.getOwnPropertyNames(t))
        (n.push(
          r,
          (function (e, t) {
            return () => e[t];
          })(e, r),
        ),
          -1 === o && "default" === r && (o = n.length - 1));
    return ((r && o >= 0) || (o >= 0 ? n.splice(o, 1, 0, e) : n.push("default", 0, e)), h(t, n), t);
  }
  function w(e) {
    let t = F(e, this.m);
    if (t.namespaceObject) return t.namespaceObject;
    let r = t.exports;
    return (t.namespaceObject = O(
      r,
      "function" == typeof r
        ? function (...e) {
            return r.apply(this, e);
          }
        : Object.create(null),
      r && r.__esModule,
    ));
  }
  function v(e) {
    let t = e.indexOf("#");
    -1 !== t && (e = e.substring(0, t));
    let r = e.indexOf("?");
    return (-1 !== r && (e = e.substring(0, r)), e);
  }
  ((u.i = w),
    (u.A = function (e) {
      return this.r(e)(w.bind(this));
    }),
    (u.t =
      "function" == typeof require
        ? require
        : function () {
            throw Error("Unexpected use of runtime require");
          }),
    (u.r = function (e) {
      return F(e, this.m).exports;
    }),
    (u.f = function (e) {
      function t(t) {
        if (((t = v(t)), s.call(e, t))) return e[t].module();
        let r = Error(`Cannot find module '${t}'`);
        throw ((r.code = "MODULE_NOT_FOUND"), r);
      }
      return (
        (t.keys = () => Object.keys(e)),
        (t.resolve = (t) => {
          if (((t = v(t)), s.call(e, t))) return e[t].id();
          let r = Error(`Cannot find module '${t}'`);
          throw ((r.code = "MODULE_NOT_FOUND"), r);
        }),
        (t.import = async (e) => await t(e)),
        t
      );
    }));
  let R = function (e) {
    let t = new URL(e, "x:/"),
      r = {};
    for (let e in t) r[e] = t[e];
    for (let t in ((r.href = e),
    (r.pathname = e.replace(/[?#].*/, "")),
    (r.origin = r.protocol = ""),
    (r.toString = r.toJSON = (...t) => e),
    r))
      Object.defineProperty(this, t, { enumerable: !0, configurable: !0, value: r[t] });
  };
  function j(e, t) {
    throw Error(`Invariant: ${t(e)}`);
  }
  ((R.prototype = URL.prototype),
    (u.U = R),
    (u.z = function (e) {
      throw Error("dynamic usage of require is not supported");
    }),
    (u.g = globalThis));
  let k = Symbol("turbopack queues"),
    C = Symbol("turbopack exports"),
    U = Symbol("turbopack error");
  function _() {
    let e, t;
    return {
      promise: new Promise((r, n) => {
        ((t = n), (e = r));
      }),
      resolve: e,
      reject: t,
    };
  }
  function P(e) {
    e &&
      1 !== e.status &&
      ((e.status = 1),
      e.forEach((e) => e.queueCount--),
      e.forEach((e) => (e.queueCount-- ? e.queueCount++ : e())));
  }
  u.a = function (e, t) {
    let r = this.m,
      n = t ? Object.assign([], { status: -1 }) : void 0,
      o = new Set(),
      { resolve: l, reject: i, promise: u } = _(),
      s = Object.assign(u, {
        [C]: r.exports,
        [k]: (e) => {
          (n && e(n), o.forEach(e), s.catch(() => {}));
        },
      }),
      c = {
        get: () => s,
        set(e) {
          e !== s && (s[C] = e);
        },
      };
    (Object.defineProperty(r, "exports", c),
      Object.defineProperty(r, "namespaceObject", c),
      e(
        function (e) {
          let t = e.map((e) => {
              if (null !== e && "object" == typeof e) {
                if (k in e) return e;
                if (
                  null != e &&
                  "object" == typeof e &&
                  "then" in e &&
                  "function" == typeof e.then
                ) {
                  let t = Object.assign([], { status: 0 }),
                    r = { [C]: {}, [k]: (e) => e(t) };
                  return (
                    e.then(
                      (e) => {
                        ((r[C] = e), P(t));
                      },
                      (e) => {
                        ((r[U] = e), P(t));
                      },
                    ),
                    r
                  );
                }
              }
              return { [C]: e, [k]: () => {} };
            }),
            r = () =>
              t.map((e) => {
                if (e[U]) throw e[U];
                return e[C];
              }),
            { promise: l, resolve: i } = _(),
            u = Object.assign(() => i(r), { queueCount: 0 });
          function s(e) {
            e !== n && !o.has(e) && (o.add(e), e && 0 === e.status && (u.queueCount++, e.push(u)));
          }
          return (t.map((e) => e[k](s)), u.queueCount ? l : r());
        },
        function (e) {
          (e ? i((s[U] = e)) : l(s[C]), P(n));
        },
      ),
      n && -1 === n.status && (n.status = 0));
  };
  let $ = i.prototype,
    E = "string" == typeof TURBOPACK_CHUNK_BASE_PATH ? TURBOPACK_CHUNK_BASE_PATH : "/_next/",
    S = new Map();
  u.M = S;
  let A = new Map(),
    x = new Map(),
    M = new Map();
  async function T(e, t, r) {
    let n;
    if ("string" == typeof r)
      return (function (e, t, r) {
        return N(e, t, r);
      })(e, t, B(r));
    let o = r.included || [],
      l = o.map((e) => !!S.has(e) || A.get(e));
    if (l.length > 0 && l.every((e) => e)) return void (await Promise.all(l));
    for (let l of ((n = N(e, t, B(r.path))), o)) A.has(l) || A.set(l, n);
    await n;
  }
  $.l = function (e) {
    return T(o.Parent, this.m.id, e);
  };
  let K = Promise.resolve(void 0),
    q = new WeakMap();
  function N(t, r, n) {
    let l = e.loadChunkCached(t, n),
      i = q.get(l);
    if (void 0 === i) {
      let e = q.set.bind(q, l, K);
      ((i = l.then(e).catch((e) => {
        let l;
        switch (t) {
          case o.Runtime:
            l = `as a runtime dependency of chunk ${r}`;
            break;
          case o.Parent:
            l = `from module ${r}`;
            break;
          case o.Update:
            l = "from an HMR update";
            break;
          default:
            j(t, (e) => `Unknown source type: ${e}`);
        }
        let i = Error(
          `Failed to load chunk ${n} ${l}${e ? `: ${e}` : ""}`,
          e ? { cause: e } : void 0,
        );
        throw ((i.name = "ChunkLoadError"), i);
      })),
        q.set(l, i));
    }
    return i;
  }
  $.L = function (e) {
    var t, r;
    return ((t = o.Parent), (r = this.m.id), N(t, r, e));
  };
  (($.R = function (e) {
    let t = this.r(e);
    return t?.default ?? t;
  }),
    ($.P = function (e) {
      return `/ROOT/${e ?? ""}`;
    }),
    ($.F = function (e, t) {
      return `file:///${encodeURIComponent(t ?? "ROOT")}/${e.split("/").map(encodeURIComponent).join("/")}`;
    }),
    ($.q = function (e, t) {
      y.call(this, `${e}${n}`, t);
    }));
  let L = /[^A-Za-z0-9\-_.!~*'()/]/;
  function B(e, t = E) {
    let r = L.test(e) ? e.split("/").map(encodeURIComponent).join("/") : e;
    return `${t}${r}${n}`;
  }
  function I(e, t) {
    let r,
      n = e.indexOf("?");
    if (-1 !== n) r = n;
    else {
      let t = e.indexOf("#");
      r = -1 !== t ? t : e.length;
    }
    return r >= t.length && e.startsWith(t, r - t.length);
  }
  (($.b = E), ($.X = n), ($.h = B));
  function H(e) {
    return I(e, ".css");
  }
  let D = new Map();
  u.c = D;
  let F = (e, t) => {
    let r = D.get(e);
    if (r) {
      if (r.error) throw r.error;
      return r;
    }
    return W(e, o.Parent, t.id);
  };
  function W(e, t, r) {
    let n = S.get(e);
    if ("function" != typeof n)
      throw Error(
        (function (e, t, r) {
          let n;
          switch (t) {
            case 0:
              n = `as a runtime entry of chunk ${r}`;
              break;
            case 1:
              n = `because it was required from module ${r}`;
              break;
            case 2:
              n = "because of an HMR update";
              break;
            default:
              j(t, (e) => `Unknown source type: ${e}`);
          }
          return `Module ${e} was instantiated ${n}, but the module factory is not available.`;
        })(e, t, r),
      );
    let o = p(e),
      l = o.exports;
    D.set(e, o);
    let u = new i(o, l);
    try {
      n(u, o, l);
    } catch (e) {
      throw ((o.error = e), e);
    }
    return (
      o.namespaceObject && o.exports !== o.namespaceObject && O(o.exports, o.namespaceObject),
      o
    );
  }
  function X(t) {
    let r;
    if (!Array.isArray(t)) return e.registerChunk(void 0, t);
    let n = (function (e) {
      if ("string" == typeof e) return e;
      if (e) return { src: e.getAttribute("src") };
      if ("u" > typeof TURBOPACK_NEXT_CHUNK_URLS) return { src: TURBOPACK_NEXT_CHUNK_URLS.pop() };
      throw Error("chunk path empty but not in a worker");
    })(t[0]);
    return (
      2 === t.length
        ? (r = t[1])
        : ((r = void 0),
          !(function (e, t) {
            let r = 1;
            for (; r < e.length;) {
              let n,
                o = r + 1;
              for (; o < e.length && "function" != typeof e[o];) o++;
              if (o === e.length)
                throw Error("malformed chunk format, expected a factory function");
              let l = e[o];
              for (let l = r; l < o; l++) {
                let r = e[l],
                  o = t.get(r);
                if (o) {
                  n = o;
                  break;
                }
              }
              let i = n ?? l,
                u = !1;
              for (let n = r; n < o; n++) {
                let r = e[n];
                t.has(r) ||
                  (u ||
                    (i === l && Object.defineProperty(l, "name", { value: "module evaluation" }),
                    (u = !0)),
                  t.set(r, i));
              }
              r = o + 1;
            }
          })(t, S)),
      e.registerChunk(n, r)
    );
  }
  let z = new Map();
  function J(e) {
    let t = z.get(e);
    if (!t) {
      let r, n;
      ((t = {
        resolved: !1,
        loadingStarted: !1,
        retryAttempts: 0,
        promise: new Promise((e, t) => {
          ((r = e), (n = t));
        }),
        resolve: () => {
          ((t.resolved = !0), r());
        },
        reject: n,
      }),
        z.set(e, t));
    }
    return t;
  }
  function Z(e, t, r, n, o) {
    !(null == n || (n instanceof DOMException && "NetworkError" === n.name)) ||
    r.retryAttempts >= 1 ||
    z.get(t) !== r
      ? (z.get(t) === r && z.delete(t), r.reject(n))
      : (r.retryAttempts++,
        setTimeout(
          () => {
            r.resolved || z.get(t) !== r || (o ? o() : ((r.loadingStarted = !1), G(e, t)));
          },
          200 + Math.floor(401 * Math.random()),
        ));
  }
  function G(e, t) {
    let r = J(t);
    if (r.loadingStarted) return r.promise;
    if (e === o.Runtime) return ((r.loadingStarted = !0), H(t) && r.resolve(), r.promise);
    if ("function" == typeof importScripts)
      if (H(t));
      else if (I(t, ".js")) {
        self.TURBOPACK_NEXT_CHUNK_URLS.push(t);
        try {
          importScripts(t);
        } catch (n) {
          Z(e, t, r, n);
        }
      } else throw Error(`can't infer type of chunk from URL ${t} in worker`);
    else {
      let n = decodeURI(t);
      if (H(t))
        if (
          document.querySelectorAll(
            `link[rel=stylesheet][href="${t}"],link[rel=stylesheet][href^="${t}?"],link[rel=stylesheet][href="${n}"],link[rel=stylesheet][href^="${n}?"]`,
          ).length > 0
        )
          r.resolve();
        else {
          let n = () => {
            let o = document.createElement("link");
            return (
              (o.rel = "stylesheet"),
              (o.crossOrigin = null),
              (o.href = t),
              (o.onerror = () => {
                let l = document.createComment("");
                (o.replaceWith(l), Z(e, t, r, void 0, () => l.replaceWith(n())));
              }),
              (o.onload = () => {
                r.resolve();
              }),
              o
            );
          };
          document.head.appendChild(n());
        }
      else if (I(t, ".js")) {
        let o = document.querySelectorAll(
          `script[src="${t}"],script[src^="${t}?"],script[src="${n}"],script[src^="${n}?"]`,
        );
        if (o.length > 0)
          for (let n of Array.from(o))
            n.addEventListener(
              "error",
              () => {
                (n.remove(), Z(e, t, r));
              },
              { once: !0 },
            );
        else {
          let n = document.createElement("script");
          ((n.crossOrigin = null),
            (n.src = t),
            (n.onerror = () => {
              (n.remove(), Z(e, t, r));
            }),
            document.head.appendChild(n));
        }
      } else throw Error(`can't infer type of chunk from URL ${t}`);
    }
    return ((r.loadingStarted = !0), r.promise);
  }
  ((e = {
    async registerChunk(e, t) {
      let r;
      if (
        (null != e &&
          ((r = (function (e) {
            if ("string" == typeof e) return e;
            let t = decodeURIComponent(e.src.replace(/[?#].*$/, ""));
            return t.startsWith(E) ? t.slice(E.length) : t;
          })(e)),
          J("string" == typeof e ? B(e) : e.src).resolve()),
        null != t)
      ) {
        for (let e of t.otherChunks) J(B("string" == typeof e ? e : e.path));
        if (
          (await Promise.all(
            t.otherChunks.map((e) => {
              var t;
              return ((t = r), T(o.Runtime, t, e));
            }),
          ),
          t.runtimeModuleIds.length > 0)
        )
          for (let e of t.runtimeModuleIds)
            !(function (e, t) {
              let r = D.get(t);
              if (r) {
                if (r.error) throw r.error;
                return;
              }
              W(t, o.Runtime, e);
            })(r, e);
      }
    },
    loadChunkCached: (e, t) => G(e, t),
  }),
    (globalThis.TURBOPACK = { push: X }),
    r.forEach(X));
})();
