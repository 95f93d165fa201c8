module.exports = [
  46034,
  95975,
  41524,
  (i) => {
    "use strict";
    let n, r, s, a, o, u, c, l, h, p, d;
    i.s(
      [
        "BIGINT_FORMAT_RANGES",
        () => ep,
        "CONSTANT_CATCH",
        () => eY,
        "Class",
        () => eJ,
        "NUMBER_FORMAT_RANGES",
        () => eh,
        "aborted",
        () => eE,
        "allowsEval",
        () => q,
        "assert",
        () => b,
        "assertEqual",
        () => v,
        "assertIs",
        () => A,
        "assertNever",
        () => C,
        "assertNotEqual",
        () => F,
        "assignProp",
        () => M,
        "attachSchema",
        () => ew,
        "base64ToUint8Array",
        () => eP,
        "base64urlToUint8Array",
        () => ej,
        "cached",
        () => B,
        "captureStackTrace",
        () => V,
        "cleanEnum",
        () => eI,
        "cleanRegex",
        () => T,
        "clone",
        () => ea,
        "cloneDef",
        () => X,
        "codePointLength",
        () => ez,
        "constantCatch",
        () => eq,
        "createTransparentProxy",
        () => eu,
        "defineLazy",
        () => I,
        "defineLazyInternal",
        () => eG,
        "derived",
        () => eK,
        "esc",
        () => H,
        "escapeRegex",
        () => es,
        "explicitlyAborted",
        () => eA,
        "extend",
        () => eD,
        "finalizeIssue",
        () => ek,
        "floatSafeRemainder",
        () => N,
        "getElementAtPath",
        () => Z,
        "getEnumValues",
        () => S,
        "getLengthableOrigin",
        () => eT,
        "getParsedType",
        () => ei,
        "getSizableOrigin",
        () => e_,
        "hexToUint8Array",
        () => eL,
        "hide",
        () => eZ,
        "installLazyProp",
        () => eV,
        "isObject",
        () => Y,
        "isPlainObject",
        () => Q,
        "issue",
        () => eO,
        "joinValues",
        () => w,
        "jsonStringifyReplacer",
        () => k,
        "members",
        () => eR,
        "merge",
        () => ex,
        "mergeDefs",
        () => R,
        "normalizeParams",
        () => eo,
        "nullish",
        () => z,
        "numKeys",
        () => et,
        "objectClone",
        () => P,
        "omit",
        () => em,
        "optionalKeys",
        () => el,
        "own",
        () => eX,
        "parsedType",
        () => eN,
        "partial",
        () => ev,
        "pick",
        () => ed,
        "prefixIssues",
        () => eC,
        "primitiveTypes",
        () => er,
        "promiseAllObject",
        () => K,
        "propertyKeyTypes",
        () => en,
        "randomString",
        () => W,
        "rawShape",
        () => j,
        "required",
        () => eF,
        "safeExtend",
        () => eg,
        "shallowClone",
        () => ee,
        "sizeCaps",
        () => eS,
        "slugify",
        () => G,
        "stringifyPrimitive",
        () => ec,
        "toZod",
        () => E,
        "uint8ArrayToBase64",
        () => eM,
        "uint8ArrayToBase64url",
        () => e$,
        "uint8ArrayToHex",
        () => eU,
        "unwrapMessage",
        () => eb,
      ],
      86618,
    );
    var f,
      m,
      D = i.i(2157),
      y = i.i(13233),
      g = i.i(50227);
    class x extends Error {
      file;
      problem;
      line;
      constructor(i, n, r) {
        (super(`${i}${r ? `:${r}` : ""}: ${n}`),
          (this.file = i),
          (this.problem = n),
          (this.line = r),
          (this.name = "ContentError"),
          (this.stack = `${this.name}: ${this.message}`));
      }
    }
    function v(i) {
      return i;
    }
    function F(i) {
      return i;
    }
    function E() {
      return (i) => i;
    }
    function A(i) {}
    function C(i) {
      throw Error("Unexpected value in exhaustive check");
    }
    function b(i) {}
    function S(i) {
      let n = Object.values(i).filter((i) => "number" == typeof i);
      return Object.entries(i)
        .filter(([i, r]) => -1 === n.indexOf(+i))
        .map(([i, n]) => n);
    }
    function w(i, n = "|") {
      return i.map((i) => ec(i)).join(n);
    }
    function k(i, n) {
      return "bigint" == typeof n ? n.toString() : n;
    }
    class _ {
      constructor(i) {
        ((this._getter = i), (this._value = void 0));
      }
      get value() {
        let i = this._getter;
        return (void 0 !== i && ((this._value = i()), (this._getter = void 0)), this._value);
      }
    }
    function B(i) {
      return new _(i);
    }
    function z(i) {
      return null == i;
    }
    function T(i) {
      let n = +!!i.startsWith("^"),
        r = i.endsWith("$") ? i.length - 1 : i.length;
      return i.slice(n, r);
    }
    function N(i, n) {
      let r = i / n,
        s = Math.round(r),
        a = 4 * Number.EPSILON * Math.max(Math.abs(r), 1);
      return Math.abs(r - s) < a ? 0 : r - s;
    }
    let O = Symbol("evaluating");
    function I(i, n, r) {
      let s;
      Object.defineProperty(i, n, {
        get() {
          if (s !== O) return (void 0 === s && ((s = O), (s = r())), s);
        },
        set(r) {
          Object.defineProperty(i, n, { value: r });
        },
        configurable: !0,
      });
    }
    function P(i) {
      return Object.create(Object.getPrototypeOf(i), Object.getOwnPropertyDescriptors(i));
    }
    function M(i, n, r) {
      Object.defineProperty(i, n, { value: r, writable: !0, enumerable: !0, configurable: !0 });
    }
    function j(i) {
      let n = Object.getOwnPropertyDescriptor(i, "shape");
      return n?.get ? n.get.raw : n?.value;
    }
    function $(i) {
      return j(i._zod.def) ?? i._zod.def.shape;
    }
    function L(i, n, r) {
      Object.defineProperty(i, n, {
        get() {
          let i = r();
          return (M(this, n, i), i);
        },
        enumerable: !0,
        configurable: !0,
      });
    }
    function U(i, n, r) {
      n in i ? M(i, n, r) : (i[n] = r);
    }
    function J(i, n, r, s) {
      let a = $(n);
      for (let o of r) {
        let r = Object.getOwnPropertyDescriptor(a, o);
        r.enumerable &&
          (r.get
            ? L(i, o, () => {
                let i = n._zod.def.shape[o];
                return s ? s(i, o) : i;
              })
            : U(i, o, s ? s(r.value, o) : r.value));
      }
    }
    function R(...i) {
      let n = {};
      for (let r of i) Object.assign(n, Object.getOwnPropertyDescriptors(r));
      return Object.defineProperties({}, n);
    }
    function X(i) {
      return R(i._zod.def);
    }
    function Z(i, n) {
      return n ? n.reduce((i, n) => i?.[n], i) : i;
    }
    function K(i) {
      let n = Object.keys(i);
      return Promise.all(n.map((n) => i[n])).then((i) => {
        let r = {};
        for (let s = 0; s < n.length; s++) r[n[s]] = i[s];
        return r;
      });
    }
    function W(i = 10) {
      let n = "abcdefghijklmnopqrstuvwxyz",
        r = "";
      for (let s = 0; s < i; s++) r += n[Math.floor(Math.random() * n.length)];
      return r;
    }
    function H(i) {
      return JSON.stringify(i);
    }
    function G(i) {
      return i
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
    }
    let V = "captureStackTrace" in Error ? Error.captureStackTrace : (...i) => {};
    function Y(i) {
      return "object" == typeof i && null !== i && !Array.isArray(i);
    }
    let q = B(() => {
      if (e8.jitless || ("u" > typeof navigator && navigator?.userAgent?.includes("Cloudflare")))
        return !1;
      try {
        return (Function(""), !0);
      } catch (i) {
        return !1;
      }
    });
    function Q(i) {
      if (!1 === Y(i)) return !1;
      let n = i.constructor;
      if (void 0 === n || "function" != typeof n) return !0;
      let r = n.prototype;
      return !1 !== Y(r) && !1 !== Object.prototype.hasOwnProperty.call(r, "isPrototypeOf");
    }
    function ee(i) {
      return Q(i)
        ? { ...i }
        : Array.isArray(i)
          ? [...i]
          : i instanceof Map
            ? new Map(i)
            : i instanceof Set
              ? new Set(i)
              : i;
    }
    function et(i) {
      let n = 0;
      for (let r in i) Object.prototype.hasOwnProperty.call(i, r) && n++;
      return n;
    }
    let ei = (i) => {
        let n = typeof i;
        switch (n) {
          case "undefined":
            return "undefined";
          case "string":
            return "string";
          case "number":
            return Number.isNaN(i) ? "nan" : "number";
          case "boolean":
            return "boolean";
          case "function":
            return "function";
          case "bigint":
            return "bigint";
          case "symbol":
            return "symbol";
          case "object":
            if (Array.isArray(i)) return "array";
            if (null === i) return "null";
            if (i.then && "function" == typeof i.then && i.catch && "function" == typeof i.catch)
              return "promise";
            if ("u" > typeof Map && i instanceof Map) return "map";
            if ("u" > typeof Set && i instanceof Set) return "set";
            if ("u" > typeof Date && i instanceof Date) return "date";
            if ("u" > typeof File && i instanceof File) return "file";
            return "object";
          default:
            throw Error(`Unknown data type: ${n}`);
        }
      },
      en = new Set(["string", "number", "symbol"]),
      er = new Set(["string", "number", "bigint", "boolean", "symbol", "undefined"]);
    function es(i) {
      return i.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    function ea(i, n, r) {
      let s = new i._zod.constr(n ?? i._zod.def);
      return ((!n || r?.parent) && (s._zod.parent = i), s);
    }
    function eo(i) {
      if (!i) return {};
      if ("string" == typeof i) return { error: () => i };
      if (i?.message !== void 0) {
        if (i?.error !== void 0) throw Error("Cannot specify both `message` and `error` params");
        i.error = i.message;
      }
      return (delete i.message, "string" == typeof i.error) ? { ...i, error: () => i.error } : i;
    }
    function eu(i) {
      let n;
      return new Proxy(
        {},
        {
          get: (r, s, a) => (n ?? (n = i()), Reflect.get(n, s, a)),
          set: (r, s, a, o) => (n ?? (n = i()), Reflect.set(n, s, a, o)),
          has: (r, s) => (n ?? (n = i()), Reflect.has(n, s)),
          deleteProperty: (r, s) => (n ?? (n = i()), Reflect.deleteProperty(n, s)),
          ownKeys: (r) => (n ?? (n = i()), Reflect.ownKeys(n)),
          getOwnPropertyDescriptor: (r, s) => (
            n ?? (n = i()),
            Reflect.getOwnPropertyDescriptor(n, s)
          ),
          defineProperty: (r, s, a) => (n ?? (n = i()), Reflect.defineProperty(n, s, a)),
        },
      );
    }
    function ec(i) {
      return "bigint" == typeof i ? i.toString() + "n" : "string" == typeof i ? `"${i}"` : `${i}`;
    }
    function el(i) {
      return Object.keys(i).filter(
        (n) => void 0 !== i[n]._zod.optin && "optional" === i[n]._zod.optout,
      );
    }
    let eh = {
        safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
        int32: [-0x80000000, 0x7fffffff],
        uint32: [0, 0xffffffff],
        float32: [-34028234663852886e22, 34028234663852886e22],
        float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
      },
      ep = {
        int64: [BigInt("-9223372036854775808"), BigInt("9223372036854775807")],
        uint64: [BigInt(0), BigInt("18446744073709551615")],
      };
    function ed(i, n) {
      let r = i._zod.def,
        s = r.checks;
      if (s && s.length > 0)
        throw Error(".pick() cannot be used on object schemas containing refinements");
      let a = {};
      return (J(a, i, ef(i, n)), ea(i, R(r, { shape: a, checks: [] })));
    }
    function ef(i, n) {
      let r = $(i),
        s = [];
      for (let i of Reflect.ownKeys(n)) {
        if (!Object.getOwnPropertyDescriptor(r, i)?.enumerable)
          throw Error(`Unrecognized key: "${String(i)}"`);
        n[i] && s.push(i);
      }
      return s;
    }
    function em(i, n) {
      let r = i._zod.def,
        s = r.checks;
      if (s && s.length > 0)
        throw Error(".omit() cannot be used on object schemas containing refinements");
      let a = new Set(ef(i, n)),
        o = {};
      return (
        J(
          o,
          i,
          Reflect.ownKeys($(i)).filter((i) => !a.has(i)),
        ),
        ea(i, R(r, { shape: o, checks: [] }))
      );
    }
    function eD(i, n) {
      if (!Q(n)) throw Error("Invalid input to extend: expected a plain object");
      let r = i._zod.def.checks;
      if (r && r.length > 0) {
        let r = $(i);
        for (let i of Reflect.ownKeys(n))
          if (void 0 !== Object.getOwnPropertyDescriptor(r, i))
            throw Error(
              "Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.",
            );
      }
      return ea(i, R(i._zod.def, { shape: ey(i, n) }));
    }
    function ey(i, n) {
      let r = {};
      J(r, i, Reflect.ownKeys($(i)));
      for (let i of Reflect.ownKeys(n)) {
        let s = Object.getOwnPropertyDescriptor(n, i);
        s.enumerable && (s.get ? L(r, i, () => n[i]) : U(r, i, s.value));
      }
      return r;
    }
    function eg(i, n) {
      if (!Q(n)) throw Error("Invalid input to safeExtend: expected a plain object");
      return ea(i, R(i._zod.def, { shape: ey(i, n) }));
    }
    function ex(i, n) {
      if (!n?._zod?.def)
        throw Error(
          "Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.",
        );
      if (i._zod.def.checks?.length)
        throw Error(
          ".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.",
        );
      let r = {};
      (J(r, i, Reflect.ownKeys($(i))), J(r, n, Reflect.ownKeys($(n))));
      let s = R(i._zod.def, {
        shape: r,
        get catchall() {
          return n._zod.def.catchall;
        },
        checks: n._zod.def.checks ?? [],
      });
      return ea(i, s);
    }
    function ev(i, n, r, s = "partial") {
      let a = n._zod.def.checks;
      if (a && a.length > 0)
        throw Error(`.${s}() cannot be used on object schemas containing refinements`);
      let o = r ? new Set(ef(n, r)) : void 0,
        u = {};
      return (
        J(
          u,
          n,
          Reflect.ownKeys($(n)),
          i && ((n, r) => (o && !o.has(r) ? n : new i({ type: "optional", innerType: n }))),
        ),
        ea(n, R(n._zod.def, { shape: u, checks: [] }))
      );
    }
    function eF(i, n, r) {
      let s = r ? new Set(ef(n, r)) : void 0,
        a = {};
      return (
        J(a, n, Reflect.ownKeys($(n)), (n, r) =>
          s && !s.has(r) ? n : new i({ type: "nonoptional", innerType: n }),
        ),
        ea(n, R(n._zod.def, { shape: a }))
      );
    }
    function eE(i, n = 0) {
      if (!0 === i.aborted) return !0;
      for (let r = n; r < i.issues.length; r++) if (i.issues[r]?.continue !== !0) return !0;
      return !1;
    }
    function eA(i, n = 0) {
      if (!0 === i.aborted) return !0;
      for (let r = n; r < i.issues.length; r++) if (i.issues[r]?.continue === !1) return !0;
      return !1;
    }
    function eC(i, n) {
      return n.map((n) => (n.path ?? (n.path = []), n.path.unshift(i), n));
    }
    function eb(i) {
      return "string" == typeof i ? i : i?.message;
    }
    function eS(i) {
      let n = [];
      for (let r of i ?? []) {
        let i = r._zod.def;
        if (!/_(length|size)$|_equals$/.test(i.check)) break;
        let s = i.maximum ?? i.length ?? i.size;
        s >= 0 && n.push([s, r]);
      }
      return n;
    }
    function ew(i, n, r) {
      var s;
      for (let a = n; a < i.length; a++) (s = i[a]).schema ?? (s.schema = r);
    }
    function ek(i, n, r) {
      let s = i.inst?._zod?.traits;
      s?.has("$ZodType") &&
        (s.has("$ZodCheck") ? (i.schema ?? (i.schema = i.inst)) : (i.schema = i.inst));
      let a = i.schema !== i.inst ? i.schema?._zod.def?.error : void 0,
        o = i.message
          ? i.message
          : (eb(i.inst?._zod.def?.error?.(i)) ??
            eb(a?.(i)) ??
            eb(n?.error?.(i)) ??
            eb(r.customError?.(i)) ??
            eb(r.localeError?.(i)) ??
            "Invalid input"),
        u = {};
      for (let n of Object.keys(i))
        "inst" !== n &&
          "schema" !== n &&
          "continue" !== n &&
          "input" !== n &&
          "__proto__" !== n &&
          (u[n] = i[n]);
      return (u.path ?? (u.path = []), (u.message = o), n?.reportInput && (u.input = i.input), u);
    }
    function e_(i) {
      return i instanceof Set
        ? "set"
        : i instanceof Map
          ? "map"
          : i instanceof File
            ? "file"
            : "unknown";
    }
    let eB = /[\uD800-\uDBFF]/;
    function ez(i) {
      let n = i.length;
      if (!eB.test(i)) return n;
      let r = n;
      for (let s = 0; s < n - 1; s++)
        (64512 & i.charCodeAt(s)) == 55296 && (64512 & i.charCodeAt(s + 1)) == 56320 && (r--, s++);
      return r;
    }
    function eT(i) {
      return Array.isArray(i) ? "array" : "string" == typeof i ? "string" : "unknown";
    }
    function eN(i) {
      let n = typeof i;
      switch (n) {
        case "number":
          return Number.isNaN(i) ? "nan" : "number";
        case "object":
          if (null === i) return "null";
          if (Array.isArray(i)) return "array";
          if (
            i &&
            Object.getPrototypeOf(i) !== Object.prototype &&
            "constructor" in i &&
            i.constructor
          )
            return i.constructor.name;
      }
      return n;
    }
    function eO(...i) {
      let [n, r, s] = i;
      return "string" == typeof n ? { message: n, code: "custom", input: r, inst: s } : { ...n };
    }
    function eI(i) {
      return Object.entries(i)
        .filter(([i, n]) => Number.isNaN(Number.parseInt(i, 10)))
        .map((i) => i[1]);
    }
    function eP(i) {
      let n = atob(i),
        r = new Uint8Array(n.length);
      for (let i = 0; i < n.length; i++) r[i] = n.charCodeAt(i);
      return r;
    }
    function eM(i) {
      let n = "";
      for (let r = 0; r < i.length; r++) n += String.fromCharCode(i[r]);
      return btoa(n);
    }
    function ej(i) {
      let n = i.replace(/-/g, "+").replace(/_/g, "/"),
        r = "=".repeat((4 - (n.length % 4)) % 4);
      return eP(n + r);
    }
    function e$(i) {
      return eM(i).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
    }
    function eL(i) {
      let n = i.replace(/^0x/, "");
      if (n.length % 2 != 0) throw Error("Invalid hex string length");
      let r = new Uint8Array(n.length / 2);
      for (let i = 0; i < n.length; i += 2) r[i / 2] = Number.parseInt(n.slice(i, i + 2), 16);
      return r;
    }
    function eU(i) {
      return Array.from(i)
        .map((i) => i.toString(16).padStart(2, "0"))
        .join("");
    }
    class eJ {
      constructor(...i) {}
    }
    function eR(i, n) {
      for (let r in n) {
        let s = Object.getOwnPropertyDescriptor(n, r);
        s.get
          ? Object.defineProperty(i, r, { ...s, enumerable: !1 })
          : (function (i, n, r) {
              Object.defineProperty(i, n, {
                configurable: !0,
                get() {
                  return this == null ? r : eX(this, n, r.bind(this));
                },
                set(i) {
                  eX(this, n, i);
                },
              });
            })(i, r, s.value);
      }
    }
    function eX(i, n, r, s = !0) {
      return (
        Object.defineProperty(i, n, { configurable: !0, writable: !0, enumerable: s, value: r }),
        r
      );
    }
    function eZ(i, n, r) {
      return eX(i, n, r, !1);
    }
    function eK(i, n) {
      for (let r in i) {
        let s = i[r];
        Object.defineProperty(n, r, {
          configurable: !0,
          enumerable: !0,
          get() {
            return eX(this, r, s(this));
          },
          set(i) {
            eX(this, r, i);
          },
        });
      }
      return n;
    }
    let eW = !1,
      eH = {
        configurable: !0,
        get() {
          eW = !0;
        },
      };
    function eG(i, r, s) {
      let a = Object.getPrototypeOf(i._zod);
      if (r in a && n !== i._zod) {
        n = void 0;
        return;
      }
      ((n = i._zod),
        Object.defineProperty(a, r, {
          configurable: !0,
          get() {
            Object.defineProperty(this, r, eH);
            let i = eW;
            eW = !1;
            try {
              let n = s(this);
              return (
                eW
                  ? delete this[r]
                  : Object.defineProperty(this, r, { configurable: !0, writable: !0, value: n }),
                (eW = eW || i),
                n
              );
            } catch (n) {
              throw (delete this[r], (eW = eW || i), n);
            }
          },
          set(i) {
            Object.defineProperty(this, r, { configurable: !0, writable: !0, value: i });
          },
        }));
    }
    function eV(i, n, r, s) {
      let a,
        o = n in (a = Object.getPrototypeOf(i)) ? void 0 : a;
      o &&
        Object.defineProperty(o, n, {
          configurable: !0,
          get() {
            let i = { configurable: !0, writable: !0, enumerable: s, value: void 0 };
            return (
              Object.defineProperty(this, n, i),
              (i.value = r(this)),
              Object.defineProperty(this, n, i),
              i.value
            );
          },
          set(i) {
            Object.defineProperty(this, n, {
              configurable: !0,
              writable: !0,
              enumerable: s,
              value: i,
            });
          },
        });
    }
    let eY = "~constantCatch";
    function eq(i) {
      let n = () => i;
      return ((n[eY] = !0), n);
    }
    let eQ = Object.freeze({ status: "aborted" }),
      e0 = { value: void 0, enumerable: !1 },
      e1 = "captureStackTrace" in Error ? Error : null;
    function e2(i, n, r, s) {
      function a(i) {
        ((this.def = i), (this.constr = h), (this.traits = new Set()));
      }
      a.prototype = {};
      let o = r && new WeakSet();
      function u(s, u) {
        if (s._zod) {
          if (s._zod.traits.has(i)) return;
        } else {
          e0.value = new a(u);
          try {
            Object.defineProperty(s, "_zod", e0);
          } finally {
            e0.value = void 0;
          }
        }
        if ((s._zod.traits.add(i), n(s, u), o)) {
          let i = Object.getPrototypeOf(s),
            n = s._zod.constr.prototype,
            a = i;
          for (; a && a !== n;) a = Object.getPrototypeOf(a);
          let u = a ?? i;
          o.has(u) || (o.add(u), eR(u, r));
        }
        let c = h.prototype;
        for (let i in c)
          Object.prototype.hasOwnProperty.call(c, i) && (i in s || (s[i] = c[i].bind(s)));
      }
      let c = s?.Parent ?? Object;
      class l extends c {}
      function h(i) {
        let n = s?.Parent
          ? (function (i) {
              let n = e1;
              if (n) {
                let r = n.stackTraceLimit;
                if ("number" == typeof r) {
                  try {
                    n.stackTraceLimit = 0;
                  } catch {
                    return ((e1 = null), new i());
                  }
                  try {
                    return new i();
                  } finally {
                    n.stackTraceLimit = r;
                  }
                }
              }
              return new i();
            })(l)
          : this;
        u(n, i);
        let r = n._zod.deferred;
        if (r) {
          for (let i of r) i();
          n._zod.deferred = void 0;
        }
        let a = globalThis.__zod_globalConfig?.postProcessor;
        return (a && a(n), n);
      }
      return (
        Object.defineProperty(l, "name", { value: i }),
        Object.defineProperty(h, "init", { value: u }),
        Object.defineProperty(h, Symbol.hasInstance, {
          value: (n) => (!!s?.Parent && n instanceof s.Parent) || n?._zod?.traits?.has(i),
        }),
        Object.defineProperty(h, "name", { value: i }),
        h
      );
    }
    class e3 extends Error {
      constructor() {
        super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
      }
    }
    class e9 extends Error {
      constructor(i) {
        (super(`Encountered unidirectional transform during encode: ${i}`),
          (this.name = "ZodEncodeError"));
      }
    }
    (f = globalThis).__zod_globalConfig ?? (f.__zod_globalConfig = {});
    let e8 = globalThis.__zod_globalConfig;
    function e4(i) {
      return (i && Object.assign(e8, i), e8);
    }
    class e6 extends Error {
      constructor() {
        (super("Cannot parse a reference cycle that closes through a transform"),
          (this.name = "ZodCyclicError"));
      }
    }
    let e5 = "~memo",
      e7 = [];
    function te(i) {
      return null !== i && "object" == typeof i;
    }
    function tt(i) {
      return i.map((i) => (i.path ? { ...i, path: i.path.slice() } : { ...i }));
    }
    let ti = new WeakMap(),
      tn = [],
      tr = {
        alloc(i, n, s) {
          let a = r;
          if (!a) return s;
          r = void 0;
          let o = { value: s, issues: null };
          return (a.set(n.value, o), tn.push(o), s);
        },
        guard(i) {
          var n;
          ((n = i._zod).deferred ?? (n.deferred = []),
            i._zod.deferred.push(() => {
              let n = i._zod.parse,
                r = (i, r) => {
                  var s, a;
                  let o;
                  if (
                    "backward" !== r.direction &&
                    ((s = r), (a = i.value), void 0 !== (o = s[e5]?.backEdges) && te(a) && o.has(a))
                  )
                    throw new e6();
                  return n(i, r);
                };
              ((i._zod.parse = r), i._zod.run === n && (i._zod.run = r));
            }));
        },
        attach(i) {
          var n;
          let s,
            a,
            o,
            u = !1;
          ((n = i._zod).deferred ?? (n.deferred = []),
            i._zod.deferred.push(() => {
              let n = i._zod.parse,
                c = (l, h) => {
                  let p;
                  if (void 0 === s) {
                    let r = (function i(n, r, s) {
                      var a, o;
                      let u = ti.get(n);
                      if (void 0 !== u) return 2 * !!u;
                      if (r.has(n)) return 2;
                      r.add(n);
                      let c = 0,
                        l = (n) => {
                          if (2 !== c && n?._zod) {
                            let a = i(n, r, s);
                            a > c && (c = a);
                          }
                        },
                        h = (i) => {
                          i > c && (c = i);
                        },
                        p = n._zod.def;
                      switch (p.type) {
                        case "object": {
                          let n = j(p);
                          (h(
                            n
                              ? ((n, a) => {
                                  let o = 0;
                                  for (let u of Reflect.ownKeys(n)) {
                                    let c = Object.getOwnPropertyDescriptor(n, u);
                                    if (a && !c.enumerable) continue;
                                    let l = c.get ? 1 : c.value?._zod ? i(c.value, r, s) : 0;
                                    l > o && (o = l);
                                  }
                                  return o;
                                })(n, !0)
                              : 1,
                          ),
                            l(p.catchall));
                          break;
                        }
                        case "array":
                          l(p.element);
                          break;
                        case "tuple":
                          for (let i of p.items) l(i);
                          l(p.rest);
                          break;
                        case "record":
                        case "map":
                          (l(p.keyType), l(p.valueType));
                          break;
                        case "set":
                          l(p.valueType);
                          break;
                        case "union":
                          for (let i of p.options) l(i);
                          break;
                        case "intersection":
                          (l(p.left), l(p.right));
                          break;
                        case "optional":
                        case "nullable":
                        case "default":
                        case "prefault":
                        case "catch":
                        case "readonly":
                        case "nonoptional":
                        case "promise":
                        case "success":
                          l(p.innerType);
                          break;
                        case "pipe":
                          (l(p.in), l(p.out));
                          break;
                        case "function":
                          (l(p.input), l(p.output));
                          break;
                        case "lazy": {
                          let a = p._cachedInner ?? (s ? n._zod.innerType : void 0);
                          h(a ? i(a, r, !1) : 1);
                          break;
                        }
                        case "template_literal":
                        case "string":
                        case "number":
                        case "int":
                        case "boolean":
                        case "bigint":
                        case "symbol":
                        case "undefined":
                        case "null":
                        case "void":
                        case "never":
                        case "any":
                        case "unknown":
                        case "date":
                        case "nan":
                        case "enum":
                        case "literal":
                        case "file":
                        case "transform":
                        case "custom":
                          break;
                        default:
                          for (let i in p) {
                            let n = Object.getOwnPropertyDescriptor(p, i);
                            if (!n || n.get) continue;
                            let r = n.value;
                            if (r && "object" == typeof r) {
                              if (r._zod) l(r);
                              else if (Array.isArray(r)) for (let i of r) l(i);
                            }
                          }
                      }
                      return (r.delete(n), (a = n), 1 !== (o = c) && ti.set(a, 2 === o), o);
                    })(i, new Set(), !1);
                    if (0 === r)
                      return ((i._zod.parse = n), i._zod.run === c && (i._zod.run = n), n(l, h));
                    2 === r || u ? (s = !0) : (u = !0);
                  }
                  let d = l.value;
                  if (!te(d)) return n(l, h);
                  let f = h[e5];
                  if (
                    (f || ((f = { buckets: new WeakMap(), backEdges: void 0 }), (h[e5] = f)),
                    a === h)
                  )
                    p = o;
                  else {
                    var m;
                    let n;
                    ((n = (m = f).buckets.get(i)) || ((n = new WeakMap()), m.buckets.set(i, n)),
                      (p = n),
                      (a = h),
                      (o = p));
                  }
                  let D = p.get(d);
                  if (D)
                    return (
                      (l.value = D.value),
                      D.issues
                        ? D.issues.length && l.issues.push(...tt(D.issues))
                        : ((l.memo = !0),
                          f.backEdges ?? (f.backEdges = new WeakSet()),
                          f.backEdges.add(D.value)),
                      l
                    );
                  r = p;
                  let y = tn.length,
                    g = n(l, h);
                  r = void 0;
                  let x = tn.length > y ? tn.pop() : void 0;
                  return g instanceof Promise
                    ? g.then((i) => (x && (x.issues = i.issues.length ? tt(i.issues) : e7), i))
                    : (x && (x.issues = g.issues.length ? tt(g.issues) : e7), g);
                };
              ((i._zod.parse = c), i._zod.run === n && (i._zod.run = c));
            }));
        },
      };
    (m = globalThis).__zod_globalRegistry ??
      (m.__zod_globalRegistry = new (class i {
        constructor() {
          ((this._map = new WeakMap()), (this._idmap = new Map()));
        }
        add(i, ...n) {
          let r = n[0];
          return (
            this._map.set(i, r),
            r && "object" == typeof r && "id" in r && this._idmap.set(r.id, i),
            this
          );
        }
        clear() {
          return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
        }
        remove(i) {
          let n = this._map.get(i);
          return (
            n && "object" == typeof n && "id" in n && this._idmap.delete(n.id),
            this._map.delete(i),
            this
          );
        }
        get(i) {
          let n = i._zod.parent;
          if (n) {
            let r = { ...(this.get(n) ?? {}) };
            delete r.id;
            let s = { ...r, ...this._map.get(i) };
            return Object.keys(s).length ? s : void 0;
          }
          return this._map.get(i);
        }
        has(i) {
          return this._map.has(i);
        }
      })());
    let ts = globalThis.__zod_globalRegistry,
      ta = /^[cC][0-9a-z]{6,}$/,
      to = /^[0-9a-z]+$/,
      tu = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
      tc = /^[0-9a-vA-V]{20}$/,
      tl = /^[A-Za-z0-9]{27}$/,
      th = /^[a-zA-Z0-9_-]{21}$/;
    function tp(i) {
      return RegExp(`^[a-zA-Z0-9_-]{${i}}$`);
    }
    let td =
        /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
      tf = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
      tm = (i) =>
        i
          ? RegExp(
              `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${i}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
            )
          : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
      tD = tm(4),
      ty = tm(6),
      tg = tm(7),
      tx =
        /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
      tv = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
    function tF() {
      return RegExp(
        "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$",
        "u",
      );
    }
    let tE =
        /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
      tA =
        /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
      tC = (i) => {
        let n = es(i ?? ":");
        return RegExp(`^(?:[0-9A-F]{2}${n}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${n}){5}[0-9a-f]{2}$`);
      },
      tb =
        /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
      tS =
        /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
      tw = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
      tk = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
      t_ = /^https?$/,
      tB = /^\+[1-9]\d{6,14}$/,
      tz = /^\d(?:[ -]?\d){11,18}$/,
      tT = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,
      tN =
        "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))",
      tO = RegExp(`^${tN}$`);
    function tI(i) {
      let n = "(?:[01]\\d|2[0-3]):[0-5]\\d";
      return "number" == typeof i.precision
        ? -1 === i.precision
          ? `${n}`
          : 0 === i.precision
            ? `${n}:[0-5]\\d`
            : `${n}:[0-5]\\d\\.\\d{${i.precision}}`
        : i.seconds
          ? `${n}:[0-5]\\d(?:\\.\\d+)?`
          : `${n}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    }
    function tP(i) {
      return RegExp(`^${tI(i)}$`);
    }
    function tM(i) {
      let n = ["Z"];
      i.offset && n.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
      let r = `${tI({ precision: i.precision, seconds: !0 })}(?:${n.join("|")})`,
        s = i.local ? `${r}|${tI({ precision: i.precision })}` : r;
      return RegExp(`^${tN}T(?:${s})$`);
    }
    let tj = /^[\s\S]{0,}$/,
      t$ = (i) => {
        let n = i ? `[\\s\\S]{${i?.minimum ?? 0},${i?.maximum ?? ""}}` : "[\\s\\S]*";
        return RegExp(`^${n}$`);
      },
      tL = /^-?\d+n?$/,
      tU = /^-?\d+$/,
      tJ = /^-?\d+(?:\.\d+)?$/,
      tR = /^(?:true|false)$/i,
      tX = /^null$/i,
      tZ = /^undefined$/i,
      tK = /^[^A-Z]*$/,
      tW = /^[^a-z]*$/;
    function tH(i, n) {
      return RegExp(`^[A-Za-z0-9+/]{${i}}${n}$`);
    }
    function tG(i) {
      return RegExp(`^[A-Za-z0-9_-]{${i}}$`);
    }
    let tV = tH(22, "=="),
      tY = tG(22),
      tq = tH(27, "="),
      tQ = tG(27),
      t0 = tH(43, "="),
      t1 = tG(43),
      t2 = tH(64, ""),
      t3 = tG(64),
      t9 = tH(86, "=="),
      t8 = tG(86);
    i.s(
      [
        "anyString",
        0,
        tj,
        "base64",
        0,
        tw,
        "base64url",
        0,
        tk,
        "bigint",
        0,
        tL,
        "boolean",
        0,
        tR,
        "browserEmail",
        0,
        /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
        "cidrv4",
        0,
        tb,
        "cidrv6",
        0,
        tS,
        "creditCard",
        0,
        tz,
        "cuid",
        0,
        ta,
        "cuid2",
        0,
        to,
        "currencyCode",
        0,
        /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,
        "date",
        0,
        tO,
        "datetime",
        0,
        tM,
        "domain",
        0,
        /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,
        "duration",
        0,
        td,
        "e164",
        0,
        tB,
        "email",
        0,
        tx,
        "emoji",
        0,
        tF,
        "extendedDuration",
        0,
        /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,
        "guid",
        0,
        tf,
        "hex",
        0,
        /^[0-9a-fA-F]*$/,
        "hostname",
        0,
        /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/,
        "html5Email",
        0,
        /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
        "httpProtocol",
        0,
        t_,
        "iban",
        0,
        tT,
        "idnEmail",
        0,
        tv,
        "integer",
        0,
        tU,
        "ipv4",
        0,
        tE,
        "ipv6",
        0,
        tA,
        "ksuid",
        0,
        tl,
        "lowercase",
        0,
        tK,
        "mac",
        0,
        tC,
        "md5_base64",
        0,
        tV,
        "md5_base64url",
        0,
        tY,
        "md5_hex",
        0,
        /^[0-9a-fA-F]{32}$/,
        "nanoid",
        0,
        th,
        "nanoidOfLength",
        0,
        tp,
        "null",
        0,
        tX,
        "number",
        0,
        tJ,
        "rfc5322Email",
        0,
        /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,
        "sha1_base64",
        0,
        tq,
        "sha1_base64url",
        0,
        tQ,
        "sha1_hex",
        0,
        /^[0-9a-fA-F]{40}$/,
        "sha256_base64",
        0,
        t0,
        "sha256_base64url",
        0,
        t1,
        "sha256_hex",
        0,
        /^[0-9a-fA-F]{64}$/,
        "sha384_base64",
        0,
        t2,
        "sha384_base64url",
        0,
        t3,
        "sha384_hex",
        0,
        /^[0-9a-fA-F]{96}$/,
        "sha512_base64",
        0,
        t9,
        "sha512_base64url",
        0,
        t8,
        "sha512_hex",
        0,
        /^[0-9a-fA-F]{128}$/,
        "string",
        0,
        t$,
        "time",
        0,
        tP,
        "ulid",
        0,
        tu,
        "undefined",
        0,
        tZ,
        "unicodeEmail",
        0,
        tv,
        "uppercase",
        0,
        tW,
        "uuid",
        0,
        tm,
        "uuid4",
        0,
        tD,
        "uuid6",
        0,
        ty,
        "uuid7",
        0,
        tg,
        "xid",
        0,
        tc,
      ],
      21131,
    );
    let t4 = e2("$ZodCheck", (i, n) => {
        var r;
        (i._zod ?? (i._zod = {}), (i._zod.def = n), (r = i._zod).onattach ?? (r.onattach = []));
      }),
      t6 = (i) => {
        let n = i.value;
        return !z(n) && void 0 !== n.size;
      },
      t5 = (i) => {
        let n = i.value;
        return !z(n) && void 0 !== n.length;
      },
      t7 = { number: "number", bigint: "bigint", object: "date" },
      ie = e2("$ZodCheckLessThan", (i, n) => {
        t4.init(i, n);
        let r = t7[typeof n.value];
        i._zod.check = (s) => {
          (n.inclusive ? s.value <= n.value : s.value < n.value) ||
            s.issues.push({
              origin: t7[typeof s.value] ?? r,
              code: "too_big",
              maximum: "object" == typeof n.value ? n.value.getTime() : n.value,
              input: s.value,
              inclusive: n.inclusive,
              inst: i,
              continue: !n.abort,
            });
        };
      }),
      it = e2("$ZodCheckGreaterThan", (i, n) => {
        t4.init(i, n);
        let r = t7[typeof n.value];
        i._zod.check = (s) => {
          (n.inclusive ? s.value >= n.value : s.value > n.value) ||
            s.issues.push({
              origin: t7[typeof s.value] ?? r,
              code: "too_small",
              minimum: "object" == typeof n.value ? n.value.getTime() : n.value,
              input: s.value,
              inclusive: n.inclusive,
              inst: i,
              continue: !n.abort,
            });
        };
      }),
      ii = e2("$ZodCheckMultipleOf", (i, n) => {
        (t4.init(i, n),
          (i._zod.check = (r) => {
            if (typeof r.value != typeof n.value)
              throw Error("Cannot mix number and bigint in multiple_of check.");
            ("bigint" == typeof r.value
              ? n.value !== BigInt(0) && r.value % n.value === BigInt(0)
              : 0 === N(r.value, n.value)) ||
              r.issues.push({
                origin: typeof r.value,
                code: "not_multiple_of",
                divisor: n.value,
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      ir = e2("$ZodCheckNumberFormat", (i, n) => {
        (t4.init(i, n), (n.format = n.format || "float64"));
        let r = n.format?.includes("int"),
          s = r ? "int" : "number",
          [a, o] = eh[n.format];
        i._zod.check = (u) => {
          let c = u.value;
          if (r) {
            if (!Number.isInteger(c))
              return void u.issues.push({
                expected: s,
                format: n.format,
                code: "invalid_type",
                continue: !1,
                input: c,
                inst: i,
              });
            if (!Number.isSafeInteger(c))
              return void (c > 0
                ? u.issues.push({
                    input: c,
                    code: "too_big",
                    maximum: Number.MAX_SAFE_INTEGER,
                    note: "Integers must be within the safe integer range.",
                    inst: i,
                    origin: s,
                    inclusive: !0,
                    continue: !n.abort,
                  })
                : u.issues.push({
                    input: c,
                    code: "too_small",
                    minimum: Number.MIN_SAFE_INTEGER,
                    note: "Integers must be within the safe integer range.",
                    inst: i,
                    origin: s,
                    inclusive: !0,
                    continue: !n.abort,
                  }));
          }
          (c < a &&
            u.issues.push({
              origin: "number",
              input: c,
              code: "too_small",
              minimum: a,
              inclusive: !0,
              inst: i,
              continue: !n.abort,
            }),
            c > o &&
              u.issues.push({
                origin: "number",
                input: c,
                code: "too_big",
                maximum: o,
                inclusive: !0,
                inst: i,
                continue: !n.abort,
              }));
        };
      }),
      is = e2("$ZodCheckBigIntFormat", (i, n) => {
        t4.init(i, n);
        let [r, s] = ep[n.format];
        i._zod.check = (a) => {
          let o = a.value;
          (o < r &&
            a.issues.push({
              origin: "bigint",
              input: o,
              code: "too_small",
              minimum: r,
              inclusive: !0,
              inst: i,
              continue: !n.abort,
            }),
            o > s &&
              a.issues.push({
                origin: "bigint",
                input: o,
                code: "too_big",
                maximum: s,
                inclusive: !0,
                inst: i,
                continue: !n.abort,
              }));
        };
      }),
      ia = e2("$ZodCheckMaxSize", (i, n) => {
        var r;
        (t4.init(i, n),
          (r = i._zod.def).when ?? (r.when = t6),
          (i._zod.check = (r) => {
            let s = r.value;
            s.size <= n.maximum ||
              r.issues.push({
                origin: e_(s),
                code: "too_big",
                maximum: n.maximum,
                inclusive: !0,
                input: s,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      io = e2("$ZodCheckMinSize", (i, n) => {
        var r;
        (t4.init(i, n),
          (r = i._zod.def).when ?? (r.when = t6),
          (i._zod.check = (r) => {
            let s = r.value;
            s.size >= n.minimum ||
              r.issues.push({
                origin: e_(s),
                code: "too_small",
                minimum: n.minimum,
                inclusive: !0,
                input: s,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      iu = e2("$ZodCheckSizeEquals", (i, n) => {
        var r;
        (t4.init(i, n),
          (r = i._zod.def).when ?? (r.when = t6),
          (i._zod.check = (r) => {
            let s = r.value,
              a = s.size;
            if (a === n.size) return;
            let o = a > n.size;
            r.issues.push({
              origin: e_(s),
              ...(o
                ? { code: "too_big", maximum: n.size }
                : { code: "too_small", minimum: n.size }),
              inclusive: !0,
              exact: !0,
              input: r.value,
              inst: i,
              continue: !n.abort,
            });
          }));
      }),
      ic = e2("$ZodCheckMaxLength", (i, n) => {
        var r;
        (t4.init(i, n),
          (r = i._zod.def).when ?? (r.when = t5),
          (i._zod.check = (r) => {
            let s = r.value,
              a = s.length;
            if (("string" == typeof s && a > n.maximum ? ez(s) : a) <= n.maximum) return;
            let o = eT(s);
            r.issues.push({
              origin: o,
              code: "too_big",
              maximum: n.maximum,
              inclusive: !0,
              input: s,
              inst: i,
              continue: !n.abort,
            });
          }));
      }),
      il = e2("$ZodCheckMinLength", (i, n) => {
        var r;
        (t4.init(i, n),
          (r = i._zod.def).when ?? (r.when = t5),
          (i._zod.check = (r) => {
            let s = r.value,
              a = s.length;
            if (
              ("string" == typeof s && a >= n.minimum && a < 2 * n.minimum ? ez(s) : a) >= n.minimum
            )
              return;
            let o = eT(s);
            r.issues.push({
              origin: o,
              code: "too_small",
              minimum: n.minimum,
              inclusive: !0,
              input: s,
              inst: i,
              continue: !n.abort,
            });
          }));
      }),
      ih = e2("$ZodCheckLengthEquals", (i, n) => {
        var r;
        (t4.init(i, n),
          (r = i._zod.def).when ?? (r.when = t5),
          (i._zod.check = (r) => {
            let s = r.value,
              a = s.length,
              o = "string" == typeof s && a >= n.length && a <= 2 * n.length ? ez(s) : a;
            if (o === n.length) return;
            let u = eT(s),
              c = o > n.length;
            r.issues.push({
              origin: u,
              ...(c
                ? { code: "too_big", maximum: n.length }
                : { code: "too_small", minimum: n.length }),
              inclusive: !0,
              exact: !0,
              input: r.value,
              inst: i,
              continue: !n.abort,
            });
          }));
      }),
      ip = e2("$ZodCheckStringFormat", (i, n) => {
        var r, s;
        (t4.init(i, n),
          n.pattern
            ? ((r = i._zod).check ??
              (r.check = (r) => {
                ((n.pattern.lastIndex = 0),
                  n.pattern.test(r.value) ||
                    r.issues.push({
                      origin: "string",
                      code: "invalid_format",
                      format: n.format,
                      input: r.value,
                      ...(n.pattern ? { pattern: n.pattern.toString() } : {}),
                      inst: i,
                      continue: !n.abort,
                    }));
              }))
            : ((s = i._zod).check ?? (s.check = () => {})));
      }),
      id = e2("$ZodCheckRegex", (i, n) => {
        (ip.init(i, n),
          (i._zod.check = (r) => {
            ((n.pattern.lastIndex = 0),
              n.pattern.test(r.value) ||
                r.issues.push({
                  origin: "string",
                  code: "invalid_format",
                  format: "regex",
                  input: r.value,
                  pattern: n.pattern.toString(),
                  inst: i,
                  continue: !n.abort,
                }));
          }));
      }),
      im = e2("$ZodCheckLowerCase", (i, n) => {
        (n.pattern ?? (n.pattern = tK), ip.init(i, n));
      }),
      iD = e2("$ZodCheckUpperCase", (i, n) => {
        (n.pattern ?? (n.pattern = tW), ip.init(i, n));
      }),
      iy = e2("$ZodCheckIncludes", (i, n) => {
        t4.init(i, n);
        let r = es(n.includes),
          s = new RegExp("number" == typeof n.position ? `^.{${n.position},}${r}` : r);
        ((n.pattern = s),
          (i._zod.check = (r) => {
            r.value.includes(n.includes, n.position) ||
              r.issues.push({
                origin: "string",
                code: "invalid_format",
                format: "includes",
                includes: n.includes,
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      ig = e2("$ZodCheckStartsWith", (i, n) => {
        t4.init(i, n);
        let r = RegExp(`^${es(n.prefix)}.*`);
        (n.pattern ?? (n.pattern = r),
          (i._zod.check = (r) => {
            r.value.startsWith(n.prefix) ||
              r.issues.push({
                origin: "string",
                code: "invalid_format",
                format: "starts_with",
                prefix: n.prefix,
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      ix = e2("$ZodCheckEndsWith", (i, n) => {
        t4.init(i, n);
        let r = RegExp(`.*${es(n.suffix)}$`);
        (n.pattern ?? (n.pattern = r),
          (i._zod.check = (r) => {
            r.value.endsWith(n.suffix) ||
              r.issues.push({
                origin: "string",
                code: "invalid_format",
                format: "ends_with",
                suffix: n.suffix,
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      });
    function iv(i, n, r) {
      i.issues.length && n.issues.push(...eC(r, i.issues));
    }
    ((i, n) => {
      let r;
      (t4.init(i, n),
        eZ(i, Symbol.iterator, function* () {
          yield i;
        }),
        (i._zod.check = (s) => {
          let a;
          if (null == s.value)
            return void s.issues.push({
              expected: "object",
              code: "invalid_type",
              input: s.value,
              inst: i,
            });
          r ?? (r = Reflect.ownKeys(n.shape).map((i) => [i, n.shape[i]]));
          let o = s.value;
          for (let [i, n] of r) {
            let r = n._zod.run({ value: o[i], issues: [] }, {});
            r instanceof Promise
              ? (a ?? (a = []), a.push(r.then((n) => iv(n, s, i))))
              : iv(r, s, i);
          }
          if (a) return Promise.all(a).then(() => void 0);
        }));
    },
      (i, n) => {
        t4.init(i, n);
        let r = new Set(n.mime);
        i._zod.check = (s) => {
          r.has(s.value.type) ||
            s.issues.push({
              code: "invalid_value",
              values: n.mime,
              input: s.value.type,
              inst: i,
              continue: !n.abort,
            });
        };
      });
    let iF = e2("$ZodCheckOverwrite", (i, n) => {
      (t4.init(i, n),
        (i._zod.check = (i) => {
          i.value = n.tx(i.value);
        }));
    });
    class iE {
      constructor(i = [], n = {}) {
        ((this.content = []), (this.indent = 0), (this.args = i), (this.closed = n));
      }
      indented(i) {
        this.indent += 1;
        try {
          i(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(i) {
        if ("function" == typeof i) {
          (i(this, { execution: "sync" }), i(this, { execution: "async" }));
          return;
        }
        let n = i.split("\n").filter((i) => i),
          r = Math.min(...n.map((i) => i.length - i.trimStart().length));
        for (let i of n.map((i) => i.slice(r)).map((i) => " ".repeat(2 * this.indent) + i))
          this.content.push(i);
      }
      compile() {
        let i = Function,
          n = this?.content ?? [""];
        return new i(
          ...Object.keys(this.closed),
          `return function (${this.args.join(", ")}) {
${n.join("\n")}
};`,
        )(...Object.values(this.closed));
      }
    }
    let iA = {
        get: function () {
          let i = this._zod;
          return (i.message ?? (i.message = JSON.stringify(i.def, k, 2)), i.message);
        },
        set: function (i) {
          this._zod.message = i;
        },
        enumerable: !0,
        configurable: !0,
      },
      iC = { value: void 0, enumerable: !1 },
      ib = new WeakSet([Object.prototype, Error.prototype]),
      iS = (i, n) => {
        ((i.name = "$ZodError"),
          (iC.value = n),
          Object.defineProperty(i, "issues", iC),
          (iC.value = void 0),
          Object.defineProperty(i, "message", iA));
        let r = Object.getPrototypeOf(i);
        ib.has(r) ||
          (ib.add(r),
          Object.defineProperty(r, "toString", {
            configurable: !0,
            enumerable: !1,
            get() {
              let i = () => this.message;
              return (
                Object.defineProperty(this, "toString", {
                  value: i,
                  configurable: !0,
                  writable: !0,
                }),
                i
              );
            },
            set(i) {
              Object.defineProperty(this, "toString", { value: i, configurable: !0, writable: !0 });
            },
          }));
      },
      iw = e2("$ZodError", iS),
      ik = e2("$ZodError", iS, void 0, { Parent: Error });
    function i_(i, n) {
      return { callee: n?.callee ?? i, Err: n?.Err };
    }
    let iB = (i) => {
        let n = (r, s, a, o) => {
          let u = a ? { ...a, async: !1 } : { async: !1 },
            c = r._zod.run({ value: s, issues: [] }, u);
          if (c instanceof Promise) throw new e3();
          if (c.issues.length) {
            let r = new (o?.Err ?? i)(c.issues.map((i) => ek(i, u, e4())));
            throw (V(r, o?.callee ?? n), r);
          }
          return c.value;
        };
        return n;
      },
      iz = iB(ik),
      iT = (i) => {
        let n = async (r, s, a, o) => {
          let u = a ? { ...a, async: !0 } : { async: !0 },
            c = r._zod.run({ value: s, issues: [] }, u);
          if ((c instanceof Promise && (c = await c), c.issues.length)) {
            let r = new (o?.Err ?? i)(c.issues.map((i) => ek(i, u, e4())));
            throw (V(r, o?.callee ?? n), r);
          }
          return c.value;
        };
        return n;
      },
      iN = iT(ik),
      iO = (i) => (n, r, s) => {
        let a = s ? { ...s, async: !1 } : { async: !1 },
          o = n._zod.run({ value: r, issues: [] }, a);
        if (o instanceof Promise) throw new e3();
        return o.issues.length ? iI(i, o.issues, a) : { success: !0, data: o.value };
      };
    function iI(i, n, r) {
      let s;
      return {
        success: !1,
        get error() {
          return (s || ((s = new i(n.map((i) => ek(i, r, e4())))), (n = void 0), (r = void 0)), s);
        },
        set error(i) {
          ((s = i), (n = void 0), (r = void 0));
        },
      };
    }
    let iP = (i) => async (n, r, s) => {
        let a = s ? { ...s, async: !0 } : { async: !0 },
          o = n._zod.run({ value: r, issues: [] }, a);
        return (
          o instanceof Promise && (o = await o),
          o.issues.length ? iI(i, o.issues, a) : { success: !0, data: o.value }
        );
      },
      iM = Symbol.for("zod.compile.invalid"),
      ij = Symbol.for("zod.compile.fallback"),
      i$ = async (i, n, r) => {
        let s = r ? { ...r, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
          a = i._zod.run({ value: n, issues: [] }, s);
        return (a instanceof Promise && (a = await a), 0 === a.issues.length);
      },
      iL = { major: 4, minor: 6, patch: 7 },
      iU = e2(
        "$ZodType",
        (i, n) => {
          var r;
          (i ?? (i = {}), (i._zod.def = n), (i._zod.bag = i._zod.bag || {}), (i._zod.version = iL));
          let s = i._zod.def.checks,
            a = i._zod.traits.has("$ZodCheck") ? [i, ...(s ?? [])] : s?.length ? [...s] : [];
          for (let n of a) for (let r of n._zod.onattach) r(i);
          if (0 === a.length)
            ((r = i._zod).deferred ?? (r.deferred = []),
              i._zod.deferred?.push(() => {
                i._zod.run = i._zod.parse;
              }));
          else {
            let n = (n, r, s) => {
                let a;
                if (n.memo) return n;
                let o = eE(n);
                for (let u of r) {
                  if (u._zod.def.when) {
                    if (eA(n) || !u._zod.def.when(n)) continue;
                  } else if (o) continue;
                  let r = n.issues.length,
                    c = u._zod.check(n);
                  if (c instanceof Promise && s?.async === !1) throw new e3();
                  if (a || c instanceof Promise)
                    a = (a ?? Promise.resolve()).then(async () => {
                      (await c, n.issues.length !== r && (ew(n.issues, r, i), o || (o = eE(n, r))));
                    });
                  else {
                    if (n.issues.length === r) continue;
                    (ew(n.issues, r, i), o || (o = eE(n, r)));
                  }
                }
                return a ? a.then(() => n) : n;
              },
              r = (r, s, o) => {
                if (eE(r)) return ((r.aborted = !0), r);
                let u = n(s, a, o);
                if (u instanceof Promise) {
                  if (!1 === o.async) throw new e3();
                  return u.then((n) => i._zod.parse(n, o));
                }
                return i._zod.parse(u, o);
              };
            i._zod.run = (s, o) => {
              if (o.skipChecks) return i._zod.parse(s, o);
              if ("backward" === o.direction) {
                let n = i._zod.parse({ value: s.value, issues: [] }, { ...o, skipChecks: !0 });
                return n instanceof Promise ? n.then((i) => r(i, s, o)) : r(n, s, o);
              }
              let u = i._zod.parse(s, o);
              if (u instanceof Promise) {
                if (!1 === o.async) throw new e3();
                return u.then((i) => n(i, a, o));
              }
              return n(u, a, o);
            };
          }
        },
        {
          get "~standard"() {
            return eZ(this, "~standard", iX(this));
          },
          set "~standard"(i) {
            eX(this, "~standard", i);
          },
        },
      ),
      iJ = (i, n) =>
        i.issues.length ? { issues: i.issues.map((i) => ek(i, n, e4())) } : { value: i.value };
    async function iR(i, n) {
      let r = { async: !0 };
      return iJ(await i._zod.run({ value: n, issues: [] }, r), r);
    }
    function iX(i) {
      return {
        validate: (n) => {
          let r = { async: !1 };
          try {
            let s = i._zod.run({ value: n, issues: [] }, r);
            if (!(s instanceof Promise)) return iJ(s, r);
          } catch (i) {}
          return iR(i, n);
        },
        vendor: "zod",
        version: 1,
      };
    }
    let iZ = e2("$ZodString", (i, n) => {
        (iU.init(i, n),
          (i._zod.pattern = n.pattern ?? tj),
          (i._zod.parse = (r, s) => {
            if (n.coerce)
              try {
                r.value = String(r.value);
              } catch (i) {}
            return (
              "string" == typeof r.value ||
                r.issues.push({
                  expected: "string",
                  code: "invalid_type",
                  input: r.value,
                  inst: i,
                }),
              r
            );
          }));
      }),
      iK = e2("$ZodStringFormat", (i, n) => {
        (ip.init(i, n), iZ.init(i, n));
      }),
      iW = e2("$ZodGUID", (i, n) => {
        (n.pattern ?? (n.pattern = tf), iK.init(i, n));
      }),
      iH = e2("$ZodUUID", (i, n) => {
        if (n.version) {
          let i = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[n.version];
          if (void 0 === i) throw Error(`Invalid UUID version: "${n.version}"`);
          n.pattern ?? (n.pattern = tm(i));
        } else n.pattern ?? (n.pattern = tm());
        iK.init(i, n);
      }),
      iG = e2("$ZodEmail", (i, n) => {
        (n.pattern ?? (n.pattern = tx), iK.init(i, n));
      });
    function iV(i) {
      try {
        if ("u" > typeof URL && "function" == typeof URL.canParse) return URL.canParse(i);
        return (new URL(i), !0);
      } catch {
        return !1;
      }
    }
    let iY = /[\t\n\r]/g;
    function iq(i) {
      return i.replace(iY, "");
    }
    let iQ = e2("$ZodURL", (i, n) => {
        (iK.init(i, n),
          (i._zod.check = (r) => {
            try {
              var s, a;
              let o = r.value.trim(),
                u =
                  "normalize" in n || "hostname" in n || "protocol" in n
                    ? (function (i, n) {
                        if (
                          !n.normalize &&
                          n.protocol?.source === t_.source &&
                          !/^https?:\/\//i.test(i)
                        )
                          return 1;
                        try {
                          if ("u" > typeof URL) {
                            let n = URL;
                            if ("function" == typeof n.parse) return n.parse(i) ?? 2;
                          }
                          return new URL(i);
                        } catch {
                          return 2;
                        }
                      })(o, n)
                    : iV(o) || 2;
              if (1 === u)
                return void r.issues.push({
                  code: "invalid_format",
                  format: "url",
                  note: "Invalid URL format",
                  input: r.value,
                  inst: i,
                  continue: !n.abort,
                });
              if (2 === u)
                return void r.issues.push({
                  code: "invalid_format",
                  format: "url",
                  input: r.value,
                  inst: i,
                  continue: !n.abort,
                });
              if (!0 === u) {
                r.value = iq(o);
                return;
              }
              (n.hostname &&
                (((s = n.hostname).lastIndex = 0), !s.test(u.hostname)) &&
                r.issues.push({
                  code: "invalid_format",
                  format: "url",
                  note: "Invalid hostname",
                  pattern: n.hostname.source,
                  input: r.value,
                  inst: i,
                  continue: !n.abort,
                }),
                n.protocol &&
                  (((a = n.protocol).lastIndex = 0),
                  !a.test(u.protocol.endsWith(":") ? u.protocol.slice(0, -1) : u.protocol)) &&
                  r.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: n.protocol.source,
                    input: r.value,
                    inst: i,
                    continue: !n.abort,
                  }),
                (r.value = n.normalize ? u.href : iq(o)));
              return;
            } catch (s) {
              r.issues.push({
                code: "invalid_format",
                format: "url",
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
            }
          }));
      }),
      i0 = e2("$ZodEmoji", (i, n) => {
        (n.pattern ?? (n.pattern = tF()), iK.init(i, n));
      }),
      i1 = e2("$ZodNanoID", (i, n) => {
        if (void 0 !== n.length && (!Number.isInteger(n.length) || n.length < 1))
          throw Error(`Invalid nanoid length: ${n.length}`);
        (n.pattern ?? (n.pattern = void 0 === n.length ? th : tp(n.length)), iK.init(i, n));
      }),
      i2 = e2("$ZodCUID", (i, n) => {
        (n.pattern ?? (n.pattern = ta), iK.init(i, n));
      }),
      i3 = e2("$ZodCUID2", (i, n) => {
        (n.pattern ?? (n.pattern = to), iK.init(i, n));
      }),
      i9 = e2("$ZodULID", (i, n) => {
        (n.pattern ?? (n.pattern = tu), iK.init(i, n));
      }),
      i8 = e2("$ZodXID", (i, n) => {
        (n.pattern ?? (n.pattern = tc), iK.init(i, n));
      }),
      i4 = e2("$ZodKSUID", (i, n) => {
        (n.pattern ?? (n.pattern = tl), iK.init(i, n));
      }),
      i6 = e2("$ZodISODateTime", (i, n) => {
        (n.pattern ?? (n.pattern = tM(n)), iK.init(i, n));
      }),
      i5 = e2("$ZodISODate", (i, n) => {
        (n.pattern ?? (n.pattern = tO), iK.init(i, n));
      }),
      i7 = e2("$ZodISOTime", (i, n) => {
        (n.pattern ?? (n.pattern = tP(n)), iK.init(i, n));
      }),
      ne = e2("$ZodISODuration", (i, n) => {
        (n.pattern ?? (n.pattern = td), iK.init(i, n));
      }),
      nt = e2("$ZodIPv4", (i, n) => {
        (n.pattern ?? (n.pattern = tE), iK.init(i, n));
      }),
      ni = /^[0-9a-fA-F:.]+$/;
    function nn(i) {
      return !!ni.test(i) && iV(`http://[${i}]`);
    }
    let nr = e2("$ZodIPv6", (i, n) => {
        (n.pattern ?? (n.pattern = tA),
          iK.init(i, n),
          (i._zod.check = (r) => {
            nn(r.value) ||
              r.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      ns =
        ((i, n) => {
          (n.pattern ?? (n.pattern = tC(n.delimiter)), iK.init(i, n));
        },
        e2("$ZodCIDRv4", (i, n) => {
          (n.pattern ?? (n.pattern = tb), iK.init(i, n));
        })),
      na = e2("$ZodCIDRv6", (i, n) => {
        (n.pattern ?? (n.pattern = tS),
          iK.init(i, n),
          (i._zod.check = (r) => {
            !(function (i) {
              let n = i.split("/");
              if (2 !== n.length) return !1;
              let [r, s] = n;
              if (!s) return !1;
              let a = Number(s);
              return `${a}` === s && !(a < 0) && !(a > 128) && nn(r);
            })(r.value) &&
              r.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      });
    function no(i) {
      if ("" === i) return !0;
      if (/\s/.test(i) || i.length % 4 != 0) return !1;
      try {
        return (atob(i), !0);
      } catch {
        return !1;
      }
    }
    let nu = /^[0-9a-zA-Z+/]*={0,2}$/,
      nc = e2("$ZodBase64", (i, n) => {
        (n.pattern ?? (n.pattern = nu),
          iK.init(i, n),
          (i._zod.check = (r) => {
            no(r.value) ||
              r.issues.push({
                code: "invalid_format",
                format: "base64",
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      nl = /^[A-Za-z0-9_-]*$/,
      nh = e2("$ZodBase64URL", (i, n) => {
        (n.pattern ?? (n.pattern = nl),
          iK.init(i, n),
          (i._zod.check = (r) => {
            !(function (i) {
              if (!nl.test(i)) return !1;
              let n = i.replace(/[-_]/g, (i) => ("-" === i ? "+" : "/"));
              return no(n.padEnd(4 * Math.ceil(n.length / 4), "="));
            })(r.value) &&
              r.issues.push({
                code: "invalid_format",
                format: "base64url",
                input: r.value,
                inst: i,
                continue: !n.abort,
              });
          }));
      }),
      np = e2("$ZodE164", (i, n) => {
        (n.pattern ?? (n.pattern = tB), iK.init(i, n));
      }),
      nd = /[- ]/g,
      nf =
        ((i, n) => {
          (n.pattern ?? (n.pattern = tz),
            iK.init(i, n),
            (i._zod.check = (r) => {
              var s;
              ((s = r.value),
                (tz.test(s) &&
                  (function (i) {
                    let n = i.length,
                      r = 1,
                      s = 0;
                    for (; n;) {
                      let a = i.charCodeAt(--n) - 48;
                      ((r ^= 1), (s += r ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][a] : a));
                    }
                    return s % 10 == 0;
                  })(s.replace(nd, ""))) ||
                  r.issues.push({
                    code: "invalid_format",
                    format: "credit_card",
                    input: r.value,
                    inst: i,
                    continue: !n.abort,
                  }));
            }));
        },
        e2("$ZodJWT", (i, n) => {
          (iK.init(i, n),
            (i._zod.check = (r) => {
              !(function (i, n = null) {
                try {
                  let r = i.split(".");
                  if (3 !== r.length) return !1;
                  let [s] = r;
                  if (!s) return !1;
                  let a = JSON.parse(atob(s));
                  if (
                    ("typ" in a && a?.typ !== "JWT") ||
                    !a.alg ||
                    (n && (!("alg" in a) || a.alg !== n))
                  )
                    return !1;
                  return !0;
                } catch {
                  return !1;
                }
              })(r.value, n.alg) &&
                r.issues.push({
                  code: "invalid_format",
                  format: "jwt",
                  input: r.value,
                  inst: i,
                  continue: !n.abort,
                });
            }));
        })),
      nm =
        ((i, n) => {
          (iK.init(i, n),
            (i._zod.check = (r) => {
              n.fn(r.value) ||
                r.issues.push({
                  code: "invalid_format",
                  format: n.format,
                  input: r.value,
                  inst: i,
                  continue: !n.abort,
                });
            }));
        },
        e2("$ZodNumber", (i, n) => {
          (iU.init(i, n),
            (i._zod.pattern = tJ),
            (i._zod.parse = (r, s) => {
              if (n.coerce)
                try {
                  r.value = Number(r.value);
                } catch (i) {}
              let a = r.value;
              if ("number" == typeof a && !Number.isNaN(a) && Number.isFinite(a)) return r;
              let o =
                "number" == typeof a
                  ? Number.isNaN(a)
                    ? "NaN"
                    : Number.isFinite(a)
                      ? void 0
                      : String(a)
                  : void 0;
              return (
                r.issues.push({
                  expected: "number",
                  code: "invalid_type",
                  input: a,
                  inst: i,
                  ...(o ? { received: o } : {}),
                }),
                r
              );
            }));
        })),
      nD = e2("$ZodNumberFormat", (i, n) => {
        (ir.init(i, n), nm.init(i, n));
      }),
      ny = e2("$ZodBoolean", (i, n) => {
        (iU.init(i, n),
          (i._zod.pattern = tR),
          (i._zod.parse = (r, s) => {
            if (n.coerce)
              try {
                r.value = !!r.value;
              } catch (i) {}
            let a = r.value;
            return (
              "boolean" == typeof a ||
                r.issues.push({ expected: "boolean", code: "invalid_type", input: a, inst: i }),
              r
            );
          }));
      }),
      ng = e2("$ZodBigInt", (i, n) => {
        (iU.init(i, n),
          (i._zod.pattern = tL),
          (i._zod.parse = (r, s) => {
            if (n.coerce)
              try {
                r.value = BigInt(r.value);
              } catch (i) {}
            return (
              "bigint" == typeof r.value ||
                r.issues.push({
                  expected: "bigint",
                  code: "invalid_type",
                  input: r.value,
                  inst: i,
                }),
              r
            );
          }));
      }),
      nx =
        ((i, n) => {
          (is.init(i, n), ng.init(i, n));
        },
        e2("$ZodUnknown", (i, n) => {
          (iU.init(i, n), (i._zod.parse = (i) => i));
        })),
      nv = e2("$ZodNever", (i, n) => {
        (iU.init(i, n),
          (i._zod.parse = (n, r) => (
            n.issues.push({ expected: "never", code: "invalid_type", input: n.value, inst: i }),
            n
          )));
      }),
      nF =
        ((i, n) => {
          (iU.init(i, n),
            (i._zod.parse = (n, r) => {
              let s = n.value;
              return (
                void 0 === s ||
                  n.issues.push({ expected: "void", code: "invalid_type", input: s, inst: i }),
                n
              );
            }));
        },
        e2("$ZodDate", (i, n) => {
          (iU.init(i, n),
            (i._zod.parse = (r, s) => {
              if (n.coerce)
                try {
                  r.value = new Date(r.value);
                } catch (i) {}
              let a = r.value,
                o = a instanceof Date;
              return (
                (o && !Number.isNaN(a.getTime())) ||
                  r.issues.push({
                    expected: "date",
                    code: "invalid_type",
                    input: a,
                    ...(o ? { received: "Invalid Date" } : {}),
                    inst: i,
                  }),
                r
              );
            }));
        }));
    function nE(i, n) {
      let r = eS(i._zod.def.checks);
      if (!r.length) return;
      let s = Math.min(...r.map((i) => i[0])),
        a = i._zod.parse;
      i._zod.parse = (r, o) => {
        let u = n(r.value);
        if (u > s && !o?.skipChecks && o?.direction !== "backward") {
          for (let [n, s] of eS(i._zod.def.checks))
            if (u > n && s._zod.def.when(r)) {
              let n = r.issues.length;
              return (s._zod.check(r), (r.issues[n].continue = !1), ew(r.issues, n, i), r);
            }
        }
        return a(r, o);
      };
    }
    let nA = (i) => (Array.isArray(i) ? i.length : -1),
      nC = (i) => (i instanceof Map ? i.size : -1),
      nb = (i) => (i instanceof Set ? i.size : -1);
    function nS(i, n, r) {
      (i.issues.length && n.issues.push(...eC(r, i.issues)), (n.value[r] = i.value));
    }
    let nw = e2("$ZodArray", (i, n) => {
      iU.init(i, n);
      let r = e8.memoizer;
      (r?.attach(i),
        (i._zod.parse = (s, a) => {
          let o = s.value;
          if (!Array.isArray(o))
            return (
              s.issues.push({ expected: "array", code: "invalid_type", input: o, inst: i }),
              s
            );
          s.value = r ? r.alloc(i, s, Array(o.length), a) : Array(o.length);
          let u = [],
            c = a?.abortEarly;
          for (let i = 0; i < o.length; i++) {
            let r = o[i],
              l = n.element._zod.run({ value: r, issues: [] }, a);
            if (l instanceof Promise) u.push(l.then((n) => nS(n, s, i)));
            else if ((nS(l, s, i), c && 0 !== l.issues.length && eE(l))) break;
          }
          return u.length ? Promise.all(u).then(() => s) : s;
        }),
        nE(i, nA));
    });
    function nk(i, n, r, s, a, o) {
      let u = r in s,
        c = "optional" === o;
      if (u || !c || "optional" !== a) {
        if (i.issues.length) {
          if (void 0 !== a && c && !u) return;
          n.issues.push(...eC(r, i.issues));
        }
        if (!u && void 0 === a) {
          i.issues.length ||
            n.issues.push({
              code: "invalid_type",
              expected: "nonoptional",
              input: void 0,
              path: [r],
            });
          return;
        }
        void 0 === i.value
          ? (u || ("defaulted" === a && !c)) && (n.value[r] = void 0)
          : (n.value[r] = i.value);
      }
    }
    let n_ = [];
    function nB(i) {
      let n = Object.keys(i.shape),
        r = Object.getOwnPropertySymbols(i.shape),
        s = r.length ? r : n_,
        a = s.length ? [...n, ...s] : n;
      for (let n of a)
        if (!i.shape?.[n]?._zod?.traits?.has("$ZodType"))
          throw Error(`Invalid element at key "${String(n)}": expected a Zod schema`);
      let o = el(i.shape);
      return {
        ...i,
        allKeys: a,
        symbolKeys: s,
        keySet: new Set(n),
        numKeys: n.length,
        optionalKeys: new Set(o),
      };
    }
    function nz(i, n, r, s, a, o, u) {
      let c = [],
        l = a.keySet,
        h = a.catchall._zod,
        p = h.def.type,
        d = h.optin,
        f = h.optout,
        m = 0;
      for (let a in n) {
        if (u && r.issues.length !== m) {
          if (eE(r, m)) break;
          m = r.issues.length;
        }
        if (l.has(a)) continue;
        if ("__proto__" === a) {
          "never" === p && c.push(a);
          continue;
        }
        if ("never" === p) {
          c.push(a);
          continue;
        }
        let o = h.run({ value: n[a], issues: [] }, s);
        o instanceof Promise ? i.push(o.then((i) => nk(i, r, a, n, d, f))) : nk(o, r, a, n, d, f);
      }
      return (c.length &&
        r.issues.push({ code: "unrecognized_keys", keys: c, input: n, inst: o, continue: !0 }),
      i.length)
        ? Promise.all(i).then(() => r)
        : r;
    }
    let nT = e2("$ZodObject", (i, n) => {
        let r;
        iU.init(i, n);
        let s = Object.getOwnPropertyDescriptor(n, "shape"),
          a = s?.get ? s.get.raw : (n.shape ?? {});
        if (a) {
          let i = () => {
            let r = { ...a };
            return (Object.defineProperty(n, "shape", { value: r }), (i.raw = r), r);
          };
          ((i.raw = a), Object.defineProperty(n, "shape", { get: i }));
        }
        let o = B(() => nB(n));
        eG(i, "propValues", (i) => {
          let n = i.def.shape,
            r = {};
          for (let i in n) {
            let s = n[i]._zod;
            if (s.values) {
              for (let n of (Object.prototype.hasOwnProperty.call(r, i) || M(r, i, new Set()),
              s.values))
                r[i].add(n);
              void 0 !== s.optin && r[i].add(void 0);
            }
          }
          return r;
        });
        let u = n.catchall,
          c = e8.memoizer;
        (c?.attach(i),
          (i._zod.parse = (n, s) => {
            r ?? (r = o.value);
            let a = n.value;
            if (!Y(a))
              return (
                n.issues.push({ expected: "object", code: "invalid_type", input: a, inst: i }),
                n
              );
            n.value = c ? c.alloc(i, n, {}, s) : {};
            let l = [],
              h = r.shape,
              p = s?.abortEarly,
              d = n.issues.length;
            for (let i of r.allKeys) {
              if (p && n.issues.length !== d) {
                if (eE(n, d)) break;
                d = n.issues.length;
              }
              if ("__proto__" === i) continue;
              let r = h[i],
                o = r._zod.optin,
                u = r._zod.optout,
                c = r._zod.run({ value: a[i], issues: [] }, s);
              c instanceof Promise
                ? l.push(c.then((r) => nk(r, n, i, a, o, u)))
                : nk(c, n, i, a, o, u);
            }
            return u
              ? nz(l, a, n, s, o.value, i, !0 === p)
              : l.length
                ? Promise.all(l).then(() => n)
                : n;
          }));
      }),
      nN = e2("$ZodObjectJIT", (i, n) => {
        let r, s;
        nT.init(i, n);
        let a = i._zod.parse,
          o = B(() => nB(n)),
          u = e8.memoizer,
          c = !e8.jitless,
          l = c && q.value,
          h = n.catchall;
        i._zod.parse = (p, d) => {
          s ?? (s = o.value);
          let f = p.value;
          return Y(f)
            ? c && l && d?.async === !1 && !0 !== d.jitless
              ? (r ||
                  (r = ((n) => {
                    let r = o.value,
                      s = r.symbolKeys,
                      a = new iE(["payload", "ctx"], { shape: n, inst: i, memo: u, syms: s }),
                      c = (i) => `shape[${i}]._zod.run({ value: input[${i}], issues: [] }, ctx)`,
                      l = (i, n) => `
          let ${i}_ab = false;
          for (let i = 0; i < ${i}.issues.length; i++) {
            const iss = ${i}.issues[i];
            iss.path = iss.path ? [${n}, ...iss.path] : [${n}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${i}_ab = true;
          }
          if (${i}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
                    a.write("const input = payload.value;");
                    let h = Object.create(null),
                      p = 0;
                    for (let i of r.allKeys) h[i] = `key_${p++}`;
                    for (let i of (a.write(
                      u
                        ? "const newResult = memo.alloc(inst, payload, {}, ctx);"
                        : "const newResult = {};",
                    ),
                    r.allKeys)) {
                      if ("__proto__" === i) continue;
                      let r = h[i],
                        o = "symbol" == typeof i ? `syms[${s.indexOf(i)}]` : H(i),
                        u = `${o} in input`,
                        p = n[i],
                        d = p?._zod?.optin,
                        f = void 0 !== d,
                        m = p?._zod?.optout === "optional";
                      if ((a.write(`const ${r} = ${c(o)};`), f && m)) {
                        let i =
                          "optional" === d
                            ? `${r}_present`
                            : `${r}.value !== undefined || ${r}_present`;
                        a.write(`
        const ${r}_present = ${u};
        if (!${r}.issues.length || ${r}_present) {
          if (${r}.issues.length) {${l(r, o)}
          }

          if (${i}) {
            newResult[${o}] = ${r}.value;
          }
        }

      `);
                      } else
                        f
                          ? (a.write(`
        if (${r}.issues.length) {${l(r, o)}
        }
      `),
                            "defaulted" === d
                              ? a.write(`newResult[${o}] = ${r}.value;`)
                              : a.write(`
        if (${r}.value !== undefined || ${u}) {
          newResult[${o}] = ${r}.value;
        }
      `))
                          : a.write(`
        const ${r}_present = ${u};
        if (${r}.issues.length) {${l(r, o)}
        }
        if (!${r}_present && !${r}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${o}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${r}_present) {
          newResult[${o}] = ${r}.value;
        }

      `);
                    }
                    return (
                      a.write("payload.value = newResult;"),
                      a.write("return payload;"),
                      a.compile()
                    );
                  })(n.shape)),
                (p = r(p, d)),
                h)
                ? nz([], f, p, d, s, i, d?.abortEarly === !0)
                : p
              : a(p, d)
            : (p.issues.push({ expected: "object", code: "invalid_type", input: f, inst: i }), p);
        };
      });
    function nO(i, n, r, s) {
      for (let r of i) if (0 === r.issues.length) return ((n.value = r.value), n);
      let a = i.filter((i) => !eE(i));
      return 1 === a.length
        ? ((n.value = a[0].value), a[0])
        : (n.issues.push({
            code: "invalid_union",
            input: n.value,
            inst: r,
            errors: i.map((i) => i.issues.map((i) => ek(i, s, e4()))),
          }),
          n);
    }
    let nI = e2("$ZodUnion", (i, n) => {
      (iU.init(i, n),
        eG(i, "optin", (i) =>
          i.def.options.some((i) => "defaulted" === i._zod.optin)
            ? "defaulted"
            : i.def.options.some((i) => void 0 !== i._zod.optin)
              ? "optional"
              : void 0,
        ),
        eG(i, "optout", (i) =>
          i.def.options.some((i) => "optional" === i._zod.optout) ? "optional" : void 0,
        ),
        eG(i, "values", (i) => {
          if (i.def.options.every((i) => i._zod.values))
            return new Set(i.def.options.flatMap((i) => Array.from(i._zod.values)));
        }),
        eG(i, "pattern", (i) => {
          if (i.def.options.every((i) => i._zod.pattern)) {
            let n = i.def.options.map((i) => i._zod.pattern);
            return RegExp(`^(${n.map((i) => T(i.source)).join("|")})$`);
          }
        }));
      let r = 1 === n.options.length ? n.options[0]._zod.run : null;
      i._zod.parse = (s, a) => {
        if (r) return r(s, a);
        let o = !1,
          u = [];
        for (let i of n.options) {
          let n = i._zod.run({ value: s.value, issues: [] }, a);
          if (n instanceof Promise) (u.push(n), (o = !0));
          else {
            if (0 === n.issues.length) return n;
            u.push(n);
          }
        }
        return o ? Promise.all(u).then((n) => nO(n, s, i, a)) : nO(u, s, i, a);
      };
    });
    function nP(i, n, r, s) {
      let a = [];
      for (let n = 0; n < i.length; n++) 0 === i[n].issues.length && a.push(n);
      return (
        1 === a.length
          ? (n.value = i[a[0]].value)
          : 0 === a.length
            ? n.issues.push({
                code: "invalid_union",
                input: n.value,
                inst: r,
                errors: i.map((i) => i.issues.map((i) => ek(i, s, e4()))),
              })
            : n.issues.push({
                code: "invalid_union",
                input: n.value,
                inst: r,
                errors: [],
                inclusive: !1,
                matches: a,
              }),
        n
      );
    }
    ((i, n) => {
      (nI.init(i, n), (n.inclusive = !1));
      let r = 1 === n.options.length ? n.options[0]._zod.run : null;
      i._zod.parse = (s, a) => {
        if (r) return r(s, a);
        let o = !1,
          u = [];
        for (let i of n.options) {
          let n = i._zod.run({ value: s.value, issues: [] }, a);
          n instanceof Promise ? (u.push(n), (o = !0)) : u.push(n);
        }
        return o ? Promise.all(u).then((n) => nP(n, s, i, a)) : nP(u, s, i, a);
      };
    },
      (i, n) => {
        ((n.inclusive = !1), nI.init(i, n));
        let r = i._zod.parse;
        (eG(i, "propValues", (i) => {
          let n = {},
            r = 0;
          for (let s of i.def.options) {
            let a = s._zod.propValues;
            if (!a || 0 === Object.keys(a).length)
              throw Error(
                `Invalid discriminated union option at index "${i.def.options.indexOf(s)}"`,
              );
            for (let [s, o] of (a[i.def.discriminator]?.has(void 0) && r++, Object.entries(a)))
              for (let i of (Object.prototype.hasOwnProperty.call(n, s) || M(n, s, new Set()), o))
                n[s].add(i);
          }
          return (!i.def.unionFallback && r > 1 && n[i.def.discriminator]?.delete(void 0), n);
        }),
          n.options.forEach((i, r) => {
            let s = j(i._zod.def);
            if (s && !Object.prototype.hasOwnProperty.call(s, n.discriminator))
              throw Error(`Invalid discriminated union option at index "${r}"`);
          }));
        let s = B(() =>
          (function (i) {
            let n = new Map();
            for (let r of i.options) {
              let s = r._zod.propValues?.[i.discriminator];
              if (!s || 0 === s.size)
                throw Error(
                  `Invalid discriminated union option at index "${i.options.indexOf(r)}"`,
                );
              for (let i of s)
                if (n.has(i)) {
                  if (void 0 !== i) throw Error(`Duplicate discriminator value "${String(i)}"`);
                  n.set(i, null);
                } else n.set(i, r);
            }
            return n;
          })(n),
        );
        i._zod.parse = (a, o) => {
          let u = a.value;
          if (!Y(u))
            return (
              a.issues.push({ code: "invalid_type", expected: "object", input: u, inst: i }),
              a
            );
          let c = u?.[n.discriminator],
            l = s.value.get(c);
          return l && (void 0 !== c || "backward" !== o.direction)
            ? l._zod.run(a, o)
            : n.unionFallback || "backward" === o.direction
              ? r(a, o)
              : (a.issues.push({
                  code: "invalid_union",
                  errors: [],
                  note: "No matching discriminator",
                  discriminator: n.discriminator,
                  options: Array.from(s.value.keys()).filter((i) => null !== s.value.get(i)),
                  input: u,
                  path: [n.discriminator],
                  inst: i,
                }),
                a);
        };
      });
    let nM = e2("$ZodIntersection", (i, n) => {
      (iU.init(i, n),
        (i._zod.parse = (i, r) => {
          let s = i.value,
            a = n.left._zod.run({ value: s, issues: [] }, r),
            o = n.right._zod.run({ value: s, issues: [] }, r);
          return a instanceof Promise || o instanceof Promise
            ? Promise.all([a, o]).then(([n, r]) => nj(i, n, r))
            : nj(i, a, o);
        }));
    });
    function nj(i, n, r) {
      let s,
        a = new Map(),
        o = new Map(),
        u = (i, n) => {
          let r;
          if ("unrecognized_keys" !== i.code || i.path?.length)
            if ("invalid_key" !== i.code || "record" !== i.origin || i.path?.length !== 1)
              return !1;
            else {
              let n = String(i.path[0]);
              (o.has(n) || o.set(n, i), (r = [n]));
            }
          else (s ?? (s = i), (r = i.keys));
          for (let i of r) (a.has(i) || a.set(i, {}), (a.get(i)[n] = !0));
          return !0;
        };
      for (let r of n.issues) u(r, "l") || i.issues.push(r);
      for (let n of r.issues) u(n, "r") || i.issues.push(n);
      let c = [...a].filter(([, i]) => i.l && i.r).map(([i]) => i);
      if (c.length) {
        let n = s ? c.filter((i) => s.keys.includes(i)) : [];
        for (let r of (n.length && i.issues.push({ ...s, keys: n }), c))
          !n.includes(r) && o.has(r) && i.issues.push(o.get(r));
      }
      let l = (function i(n, r) {
        if (n === r || (n instanceof Date && r instanceof Date && +n == +r))
          return { valid: !0, data: n };
        if (Q(n) && Q(r)) {
          let s = Object.keys(r),
            a = Object.keys(n).filter((i) => -1 !== s.indexOf(i)),
            o = { ...n, ...r };
          for (let s of (Object.prototype.hasOwnProperty.call(o, "__proto__") && delete o.__proto__,
          a)) {
            if ("__proto__" === s) continue;
            let a = i(n[s], r[s]);
            if (!a.valid) return { valid: !1, mergeErrorPath: [s, ...a.mergeErrorPath] };
            o[s] = a.data;
          }
          return { valid: !0, data: o };
        }
        if (Array.isArray(n) && Array.isArray(r)) {
          if (n.length !== r.length) return { valid: !1, mergeErrorPath: [] };
          let s = [];
          for (let a = 0; a < n.length; a++) {
            let o = i(n[a], r[a]);
            if (!o.valid) return { valid: !1, mergeErrorPath: [a, ...o.mergeErrorPath] };
            s.push(o.data);
          }
          return { valid: !0, data: s };
        }
        return { valid: !1, mergeErrorPath: [] };
      })(n.value, r.value);
      if (!l.valid) {
        if (eE(i)) return i;
        throw Error(`Unmergable intersection. Error path: ${JSON.stringify(l.mergeErrorPath)}`);
      }
      return ((i.value = l.data), i);
    }
    let n$ = e2("$ZodTuple", (i, n) => {
      iU.init(i, n);
      let r = n.items,
        s = e8.memoizer;
      (s?.attach(i),
        (i._zod.parse = (a, o) => {
          let u = a.value;
          if (!Array.isArray(u))
            return (
              a.issues.push({ input: u, inst: i, expected: "tuple", code: "invalid_type" }),
              a
            );
          a.value = s ? s.alloc(i, a, [], o) : [];
          let c = [],
            l = nL(r, "optin"),
            h = nL(r, "optout");
          if (!n.rest) {
            if (u.length < l)
              return (
                a.issues.push({
                  code: "too_small",
                  minimum: l,
                  inclusive: !0,
                  input: u,
                  inst: i,
                  origin: "array",
                }),
                a
              );
            u.length > r.length &&
              a.issues.push({
                code: "too_big",
                maximum: r.length,
                inclusive: !0,
                input: u,
                inst: i,
                origin: "array",
              });
          }
          let p = Array(r.length),
            d = n.rest ? o?.abortEarly : void 0,
            f = !1;
          for (let i = 0; i < r.length; i++) {
            let n = r[i]._zod.run({ value: u[i], issues: [] }, o);
            n instanceof Promise
              ? c.push(
                  n.then((n) => {
                    p[i] = n;
                  }),
                )
              : ((p[i] = n), d && !f && n.issues.length && (f = eE(n)));
          }
          if (n.rest && !f) {
            let i = r.length - 1,
              s = u.slice(r.length),
              l = a.issues.length;
            for (let r of s) {
              if (d && a.issues.length !== l) {
                if (eE(a, l)) break;
                l = a.issues.length;
              }
              i++;
              let s = n.rest._zod.run({ value: r, issues: [] }, o);
              s instanceof Promise ? c.push(s.then((n) => nU(n, a, i))) : nU(s, a, i);
            }
          }
          return c.length ? Promise.all(c).then(() => nJ(p, a, r, u, h)) : nJ(p, a, r, u, h);
        }));
    });
    function nL(i, n) {
      for (let r = i.length - 1; r >= 0; r--)
        if (!("optin" === n ? void 0 !== i[r]._zod.optin : "optional" === i[r]._zod.optout))
          return r + 1;
      return 0;
    }
    function nU(i, n, r) {
      (i.issues.length && n.issues.push(...eC(r, i.issues)), (n.value[r] = i.value));
    }
    function nJ(i, n, r, s, a) {
      for (let o = 0; o < r.length; o++) {
        let u = i[o],
          c = o < s.length;
        if (!c && o >= a && "optional" === r[o]._zod.optin) {
          n.value.length = o;
          break;
        }
        if (u.issues.length) {
          if (!c && o >= a) {
            n.value.length = o;
            break;
          }
          n.issues.push(...eC(o, u.issues));
        }
        n.value[o] = u.value;
      }
      for (let i = n.value.length - 1; i >= s.length; i--)
        if ("optional" === r[i]._zod.optout && void 0 === n.value[i]) n.value.length = i;
        else break;
      return n;
    }
    let nR = e2("$ZodRecord", (i, n) => {
      iU.init(i, n);
      let r = e8.memoizer;
      (r?.attach(i),
        (i._zod.parse = (s, a) => {
          let o = s.value;
          if (!Q(o))
            return (
              s.issues.push({ expected: "record", code: "invalid_type", input: o, inst: i }),
              s
            );
          let u = [],
            c = n.keyType._zod.values;
          if (c && !n.partial) {
            let l;
            s.value = r ? r.alloc(i, s, {}, a) : {};
            let h = new Set();
            for (let r of c)
              if ("string" == typeof r || "number" == typeof r || "symbol" == typeof r) {
                if ((h.add("number" == typeof r ? r.toString() : r), "__proto__" === r)) continue;
                let c = n.keyType._zod.run({ value: r, issues: [] }, a);
                if (c instanceof Promise)
                  throw Error("Async schemas not supported in object keys currently");
                if (c.issues.length) {
                  s.issues.push({
                    code: "invalid_key",
                    origin: "record",
                    issues: c.issues.map((i) => ek(i, a, e4())),
                    input: r,
                    path: [r],
                    inst: i,
                  });
                  continue;
                }
                let l = c.value;
                if ("__proto__" === l) continue;
                let p = n.valueType._zod.run({ value: o[r], issues: [] }, a);
                p instanceof Promise
                  ? u.push(
                      p.then((i) => {
                        (i.issues.length && s.issues.push(...eC(r, i.issues)),
                          (s.value[l] = i.value));
                      }),
                    )
                  : (p.issues.length && s.issues.push(...eC(r, p.issues)), (s.value[l] = p.value));
              }
            for (let i in o)
              if (!h.has(i))
                if ("loose" === n.mode) {
                  if ("__proto__" === i) continue;
                  s.value[i] = o[i];
                } else (l = l ?? []).push(i);
            l &&
              l.length > 0 &&
              s.issues.push({
                code: "unrecognized_keys",
                input: o,
                inst: i,
                keys: l,
                continue: !0,
              });
          } else {
            let l;
            for (let h of ((s.value = r ? r.alloc(i, s, {}, a) : {}), Reflect.ownKeys(o))) {
              if ("__proto__" === h || !Object.prototype.propertyIsEnumerable.call(o, h)) continue;
              let r = n.keyType._zod.run({ value: h, issues: [] }, a);
              if (r instanceof Promise)
                throw Error("Async schemas not supported in object keys currently");
              if ("string" == typeof h && tJ.test(h) && r.issues.length) {
                let i = n.keyType._zod.run({ value: Number(h), issues: [] }, a);
                if (i instanceof Promise)
                  throw Error("Async schemas not supported in object keys currently");
                0 === i.issues.length && (r = i);
              }
              if (r.issues.length) {
                "loose" === n.mode
                  ? (s.value[h] = o[h])
                  : c
                    ? (l = l ?? []).push(h)
                    : s.issues.push({
                        code: "invalid_key",
                        origin: "record",
                        issues: r.issues.map((i) => ek(i, a, e4())),
                        input: h,
                        path: [h],
                        inst: i,
                      });
                continue;
              }
              let p = r.value;
              if ("__proto__" === p) continue;
              let d = n.valueType._zod.run({ value: o[h], issues: [] }, a);
              d instanceof Promise
                ? u.push(
                    d.then((i) => {
                      (i.issues.length && s.issues.push(...eC(h, i.issues)),
                        (s.value[p] = i.value));
                    }),
                  )
                : (d.issues.length && s.issues.push(...eC(h, d.issues)), (s.value[p] = d.value));
            }
            l &&
              l.length > 0 &&
              s.issues.push({
                code: "unrecognized_keys",
                input: o,
                inst: i,
                keys: l,
                continue: !0,
              });
          }
          return u.length ? Promise.all(u).then(() => s) : s;
        }));
    });
    function nX(i, n, r, s, a, o, u) {
      (i.issues.length &&
        (en.has(typeof s)
          ? r.issues.push(...eC(s, i.issues))
          : r.issues.push({
              code: "invalid_key",
              origin: "map",
              input: a,
              inst: o,
              issues: i.issues.map((i) => ek(i, u, e4())),
            })),
        n.issues.length &&
          (en.has(typeof s)
            ? r.issues.push(...eC(s, n.issues))
            : r.issues.push({
                origin: "map",
                code: "invalid_element",
                input: a,
                inst: o,
                key: s,
                issues: n.issues.map((i) => ek(i, u, e4())),
              })),
        r.value.set(i.value, n.value));
    }
    function nZ(i, n) {
      (i.issues.length && n.issues.push(...i.issues), n.value.add(i.value));
    }
    ((i, n) => {
      iU.init(i, n);
      let r = e8.memoizer;
      (r?.attach(i),
        (i._zod.parse = (s, a) => {
          let o = s.value;
          if (!(o instanceof Map))
            return (s.issues.push({ expected: "map", code: "invalid_type", input: o, inst: i }), s);
          let u = [];
          s.value = r ? r.alloc(i, s, new Map(), a) : new Map();
          let c = a?.abortEarly,
            l = s.issues.length;
          for (let [r, h] of o) {
            if (c && s.issues.length !== l) {
              if (eE(s, l)) break;
              l = s.issues.length;
            }
            let p = n.keyType._zod.run({ value: r, issues: [] }, a),
              d = n.valueType._zod.run({ value: h, issues: [] }, a);
            p instanceof Promise || d instanceof Promise
              ? u.push(
                  Promise.all([p, d]).then(([n, u]) => {
                    nX(n, u, s, r, o, i, a);
                  }),
                )
              : nX(p, d, s, r, o, i, a);
          }
          return u.length ? Promise.all(u).then(() => s) : s;
        }),
        nE(i, nC));
    },
      (i, n) => {
        iU.init(i, n);
        let r = e8.memoizer;
        (r?.attach(i),
          (i._zod.parse = (s, a) => {
            let o = s.value;
            if (!(o instanceof Set))
              return (
                s.issues.push({ input: o, inst: i, expected: "set", code: "invalid_type" }),
                s
              );
            let u = [];
            s.value = r ? r.alloc(i, s, new Set(), a) : new Set();
            let c = a?.abortEarly,
              l = s.issues.length;
            for (let i of o) {
              if (c && s.issues.length !== l) {
                if (eE(s, l)) break;
                l = s.issues.length;
              }
              let r = n.valueType._zod.run({ value: i, issues: [] }, a);
              r instanceof Promise ? u.push(r.then((i) => nZ(i, s))) : nZ(r, s);
            }
            return u.length ? Promise.all(u).then(() => s) : s;
          }),
          nE(i, nb));
      });
    let nK = e2("$ZodEnum", (i, n) => {
        iU.init(i, n);
        let r = S(n.entries),
          s = new Set(r);
        ((i._zod.values = s),
          eG(i, "pattern", (i) => {
            let n = S(i.def.entries).filter((i) => en.has(typeof i));
            return new RegExp(
              n.length ? `^(${n.map((i) => es(i.toString())).join("|")})$` : "^[^\\s\\S]$",
            );
          }),
          (i._zod.parse = (n, a) => {
            let o = n.value;
            return (
              s.has(o) || n.issues.push({ code: "invalid_value", values: r, input: o, inst: i }),
              n
            );
          }));
      }),
      nW =
        ((i, n) => {
          iU.init(i, n);
          let r = new Set(n.values);
          ((i._zod.values = r),
            eG(i, "pattern", (i) => {
              let n = i.def.values;
              return new RegExp(
                n.length
                  ? `^(${n.map((i) => ("string" == typeof i ? es(i) : i ? es(i.toString()) : String(i))).join("|")})$`
                  : "^[^\\s\\S]$",
              );
            }),
            (i._zod.parse = (s, a) => {
              let o = s.value;
              return (
                r.has(o) ||
                  s.issues.push({ code: "invalid_value", values: n.values, input: o, inst: i }),
                s
              );
            }));
        },
        e2("$ZodTransform", (i, n) => {
          (iU.init(i, n),
            (i._zod.optin = "optional"),
            e8.memoizer?.guard(i),
            (i._zod.parse = (r, s) => {
              if ("backward" === s.direction) throw new e9(i.constructor.name);
              let a = n.transform(r.value, r);
              if (s.async)
                return (a instanceof Promise ? a : Promise.resolve(a)).then(
                  (i) => ((r.value = i), r),
                );
              if (a instanceof Promise) throw new e3();
              return ((r.value = a), r);
            }));
        }));
    function nH(i, n) {
      return ((i.value = n.issues.length ? void 0 : n.value), i);
    }
    let nG = e2("$ZodOptional", (i, n) => {
        (iU.init(i, n),
          eG(i, "optin", (i) =>
            "defaulted" === i.def.innerType._zod.optin ? "defaulted" : "optional",
          ),
          (i._zod.optout = "optional"),
          eG(i, "values", (i) => {
            let n = i.def.innerType._zod.values;
            return n ? new Set([...n, void 0]) : void 0;
          }),
          eG(i, "pattern", (i) => {
            let n = i.def.innerType._zod.pattern;
            return n ? RegExp(`^(${T(n.source)})?$`) : void 0;
          }),
          (i._zod.parse = (i, r) => {
            if (void 0 === i.value) {
              if ("defaulted" !== n.innerType._zod.optin) return i;
              let s = n.innerType._zod.run({ value: i.value, issues: [] }, r);
              return s instanceof Promise ? s.then((n) => nH(i, n)) : nH(i, s);
            }
            return n.innerType._zod.run(i, r);
          }));
      }),
      nV = e2("$ZodExactOptional", (i, n) => {
        (nG.init(i, n),
          eG(i, "values", (i) => i.def.innerType._zod.values),
          eG(i, "pattern", (i) => i.def.innerType._zod.pattern),
          (i._zod.parse = (i, r) => n.innerType._zod.run(i, r)));
      }),
      nY = e2("$ZodNullable", (i, n) => {
        (iU.init(i, n),
          eG(i, "optin", (i) => i.def.innerType._zod.optin),
          eG(i, "optout", (i) => i.def.innerType._zod.optout),
          eG(i, "pattern", (i) => {
            let n = i.def.innerType._zod.pattern;
            return n ? RegExp(`^(${T(n.source)}|null)$`) : void 0;
          }),
          eG(i, "values", (i) =>
            i.def.innerType._zod.values ? new Set([...i.def.innerType._zod.values, null]) : void 0,
          ),
          (i._zod.parse = (i, r) => (null === i.value ? i : n.innerType._zod.run(i, r))));
      }),
      nq = e2("$ZodDefault", (i, n) => {
        (iU.init(i, n),
          (i._zod.optin = "defaulted"),
          eG(i, "values", (i) => i.def.innerType._zod.values),
          (i._zod.parse = (i, r) => {
            if ("backward" === r.direction) return n.innerType._zod.run(i, r);
            if (void 0 === i.value) return ((i.value = n.defaultValue), i);
            let s = n.innerType._zod.run(i, r);
            return s instanceof Promise ? s.then((i) => nQ(i, n)) : nQ(s, n);
          }));
      });
    function nQ(i, n) {
      return (void 0 === i.value && (i.value = n.defaultValue), i);
    }
    let n0 = e2("$ZodPrefault", (i, n) => {
        (iU.init(i, n),
          (i._zod.optin = "defaulted"),
          eG(i, "values", (i) => i.def.innerType._zod.values),
          (i._zod.parse = (i, r) => (
            "backward" === r.direction || (void 0 === i.value && (i.value = n.defaultValue)),
            n.innerType._zod.run(i, r)
          )));
      }),
      n1 = e2("$ZodNonOptional", (i, n) => {
        (iU.init(i, n),
          eG(i, "values", (i) => {
            let n = i.def.innerType._zod.values;
            return n ? new Set([...n].filter((i) => void 0 !== i)) : void 0;
          }),
          (i._zod.parse = (r, s) => {
            let a = n.innerType._zod.run(r, s);
            return a instanceof Promise ? a.then((n) => n2(n, i)) : n2(a, i);
          }));
      });
    function n2(i, n) {
      return (
        i.issues.length ||
          void 0 !== i.value ||
          i.issues.push({ code: "invalid_type", expected: "nonoptional", input: i.value, inst: n }),
        i
      );
    }
    function n3(i, n, r, s) {
      return (
        n.issues.length
          ? (i.value = r.catchValue({
              ...n,
              value: i.value,
              error: { issues: n.issues.map((i) => ek(i, s, e4())) },
              input: i.value,
            }))
          : ((i.value = n.value), n.memo && (i.memo = !0)),
        i
      );
    }
    (i, n) => {
      (iU.init(i, n),
        (i._zod.parse = (i, r) => {
          if ("backward" === r.direction) throw new e9("ZodSuccess");
          let s = n.innerType._zod.run(i, r);
          return s instanceof Promise
            ? s.then((n) => ((i.value = 0 === n.issues.length), i))
            : ((i.value = 0 === s.issues.length), i);
        }));
    };
    let n9 = e2("$ZodCatch", (i, n) => {
        (iU.init(i, n),
          eG(i, "optin", (i) =>
            "defaulted" === i.def.innerType._zod.optin ? "defaulted" : "optional",
          ),
          eG(i, "optout", (i) => i.def.innerType._zod.optout),
          eG(i, "values", (i) => i.def.innerType._zod.values),
          (i._zod.parse = (i, r) => {
            if ("backward" === r.direction) return n.innerType._zod.run(i, r);
            let s = n.innerType._zod.run({ value: i.value, issues: [] }, r);
            return s instanceof Promise ? s.then((s) => n3(i, s, n, r)) : n3(i, s, n, r);
          }));
      }),
      n8 =
        ((i, n) => {
          (iU.init(i, n),
            (i._zod.parse = (n, r) => (
              ("number" == typeof n.value && Number.isNaN(n.value)) ||
                n.issues.push({ input: n.value, inst: i, expected: "nan", code: "invalid_type" }),
              n
            )));
        },
        e2("$ZodPipe", (i, n) => {
          (iU.init(i, n),
            eG(i, "values", (i) => i.def.in._zod.values),
            eG(i, "optin", (i) => i.def.in._zod.optin),
            eG(i, "optout", (i) => i.def.out._zod.optout),
            eG(i, "propValues", (i) => i.def.in._zod.propValues),
            (i._zod.parse = (i, r) => {
              if ("backward" === r.direction) {
                let s = n.out._zod.run(i, r);
                return s instanceof Promise ? s.then((i) => n4(i, n.in, r)) : n4(s, n.in, r);
              }
              let s = n.in._zod.run(i, r);
              return s instanceof Promise ? s.then((i) => n4(i, n.out, r)) : n4(s, n.out, r);
            }));
        }));
    function n4(i, n, r) {
      return i.issues.some((i) => "unrecognized_keys" !== i.code)
        ? ((i.aborted = !0), i)
        : n._zod.run({ value: i.value, issues: i.issues }, r);
    }
    function n6(i, n, r) {
      if (i.issues.length) return ((i.aborted = !0), i);
      if ("forward" === (r.direction || "forward")) {
        let s = n.transform(i.value, i);
        return s instanceof Promise ? s.then((s) => n5(i, s, n.out, r)) : n5(i, s, n.out, r);
      }
      {
        let s = n.reverseTransform(i.value, i);
        return s instanceof Promise ? s.then((s) => n5(i, s, n.in, r)) : n5(i, s, n.in, r);
      }
    }
    function n5(i, n, r, s) {
      return i.issues.length
        ? ((i.aborted = !0), i)
        : r._zod.run({ value: n, issues: i.issues }, s);
    }
    ((i, n) => {
      (iU.init(i, n),
        eG(i, "values", (i) => i.def.in._zod.values),
        eG(i, "optin", (i) => i.def.in._zod.optin),
        eG(i, "optout", (i) => i.def.out._zod.optout),
        eG(i, "propValues", (i) => i.def.in._zod.propValues),
        (i._zod.parse = (i, r) => {
          if ("forward" === (r.direction || "forward")) {
            let s = n.in._zod.run(i, r);
            return s instanceof Promise ? s.then((i) => n6(i, n, r)) : n6(s, n, r);
          }
          {
            let s = n.out._zod.run(i, r);
            return s instanceof Promise ? s.then((i) => n6(i, n, r)) : n6(s, n, r);
          }
        }));
    },
      (i, n) => {
        n8.init(i, n);
      });
    let n7 = e2("$ZodReadonly", (i, n) => {
      (iU.init(i, n),
        eG(i, "propValues", (i) => i.def.innerType._zod.propValues),
        eG(i, "values", (i) => i.def.innerType._zod.values),
        eG(i, "optin", (i) => i.def.innerType?._zod?.optin),
        eG(i, "optout", (i) => i.def.innerType?._zod?.optout),
        (i._zod.parse = (i, r) => {
          if ("backward" === r.direction) return n.innerType._zod.run(i, r);
          let s = n.innerType._zod.run(i, r);
          return s instanceof Promise ? s.then(re) : re(s);
        }));
    });
    function re(i) {
      return (i.memo || (i.value = Object.freeze(i.value)), i);
    }
    ((i, n) => {
      iU.init(i, n);
      let r = [];
      for (let i of n.parts)
        if ("object" == typeof i && null !== i) {
          let n = (function i(n) {
            let r = n._zod.def,
              s = n._zod.pattern?.source,
              a = r.innerType ?? n._zod.innerType;
            if (a) {
              let n = a._zod.pattern?.source,
                r = i(a);
              return s && n && r && r !== n ? s.replace(T(n), () => T(r)) : s;
            }
            if (r.options) {
              let n = r.options.map(i);
              if (n.every(Boolean)) return `^(${n.map((i) => T(i)).join("|")})$`;
            }
            return (function (i) {
              let n,
                r,
                s = i._zod.def,
                a = s.pattern,
                o = !!s.format?.includes("int");
              for (let i of s.checks ?? []) {
                let s = i._zod.def;
                (s.pattern && (a = s.pattern), o || (o = !!s.format?.includes("int")));
                let u = s.minimum ?? s.length,
                  c = s.maximum ?? s.length;
                (void 0 !== u && (void 0 === n || u > n) && (n = u),
                  void 0 !== c && (void 0 === r || c < r) && (r = c));
              }
              if (a) return a.source;
              if (void 0 !== n && void 0 !== r && n > r) return "(?!)";
              if (void 0 !== n || void 0 !== r) return t$({ minimum: n, maximum: r }).source;
              let u = i._zod.pattern;
              return (o && u === tJ ? tU : u)?.source;
            })(n);
          })(i);
          if (!n)
            throw Error(
              `Invalid template literal part, no pattern found: ${[...i._zod.traits].shift()}`,
            );
          r.push(T(n));
        } else if (null === i || er.has(typeof i)) r.push(es(`${i}`));
        else throw Error(`Invalid template literal part: ${i}`);
      ((i._zod.pattern = RegExp(`^${r.join("")}$`)),
        (i._zod.parse = (r, s) => (
          "string" != typeof r.value
            ? r.issues.push({ input: r.value, inst: i, expected: "string", code: "invalid_type" })
            : ((i._zod.pattern.lastIndex = 0),
              i._zod.pattern.test(r.value) ||
                r.issues.push({
                  input: r.value,
                  inst: i,
                  code: "invalid_format",
                  format: n.format ?? "template_literal",
                  pattern: i._zod.pattern.source,
                })),
          r
        )));
    },
      (i, n) => {
        (iU.init(i, n),
          I(
            i._zod,
            "innerType",
            () => (n._cachedInner || (n._cachedInner = n.getter()), n._cachedInner),
          ),
          eG(i, "pattern", (i) => i.innerType?._zod?.pattern),
          eG(i, "propValues", (i) => i.innerType?._zod?.propValues),
          eG(i, "optin", (i) => i.innerType?._zod?.optin ?? void 0),
          eG(i, "optout", (i) => i.innerType?._zod?.optout ?? void 0),
          (i._zod.parse = (n, r) => i._zod.innerType._zod.run(n, r)));
      });
    let rt = e2("$ZodCustom", (i, n) => {
      (t4.init(i, n),
        iU.init(i, n),
        (i._zod.parse = (i, n) => i),
        (i._zod.check = (r) => {
          let s = r.value,
            a = n.fn(s);
          if (a instanceof Promise) return a.then((n) => ri(n, r, s, i));
          ri(a, r, s, i);
        }));
    });
    function ri(i, n, r, s) {
      if (!i) {
        let i = {
          code: "custom",
          input: r,
          inst: s,
          path: [...(s._zod.def.path ?? [])],
          continue: !s._zod.def.abort,
        };
        (s._zod.def.params && (i.params = s._zod.def.params), n.issues.push(eO(i)));
      }
    }
    function rn(i) {
      return (i.checks && (i.checks = [...i.checks]), i);
    }
    function rr(i, n) {
      return new i({ type: "string", format: "url", check: "string_format", abort: !1, ...eo(n) });
    }
    function rs(i, n) {
      return new ie({ check: "less_than", ...eo(n), value: i, inclusive: !1 });
    }
    function ra(i, n) {
      return new ie({ check: "less_than", ...eo(n), value: i, inclusive: !0 });
    }
    function ro(i, n) {
      return new it({ check: "greater_than", ...eo(n), value: i, inclusive: !1 });
    }
    function ru(i, n) {
      return new it({ check: "greater_than", ...eo(n), value: i, inclusive: !0 });
    }
    function rc(i, n) {
      return new ii({ check: "multiple_of", ...eo(n), value: i });
    }
    function rl(i, n) {
      return new ic({ check: "max_length", ...eo(n), maximum: i });
    }
    function rh(i, n) {
      return new il({ check: "min_length", ...eo(n), minimum: i });
    }
    function rp(i, n) {
      return new ih({ check: "length_equals", ...eo(n), length: i });
    }
    function rd(i) {
      return new iF({ check: "overwrite", tx: i });
    }
    i.i(21131);
    var rf = i.i(86618),
      rf = rf,
      rm = rf,
      rD = rf,
      ry = rf,
      rg = rf,
      rx = rf,
      rv = rf,
      rF = rf,
      rE = rf,
      rA = rf,
      rC = rf,
      rb = rf,
      rS = rf,
      rw = rf,
      rk = rf,
      r_ = rf;
    function rB(i, ...n) {
      for (let r of n)
        for (let n of Reflect.ownKeys(r))
          Object.prototype.propertyIsEnumerable.call(r, n) && M(i, n, r[n]);
      return i;
    }
    function rz(i) {
      let n = i?.target ?? "draft-2020-12";
      return (
        "draft-4" === n && (n = "draft-04"),
        "draft-7" === n && (n = "draft-07"),
        {
          processors: i.processors ?? {},
          metadataRegistry: i?.metadata ?? ts,
          target: n,
          unrepresentable: i?.unrepresentable ?? "throw",
          override: i?.override ?? (() => {}),
          io: i?.io ?? "output",
          counter: 0,
          seen: new Map(),
          sharedDefsExtractedFor: void 0,
          sharedEmitDoneFor: void 0,
          cycles: i?.cycles ?? "ref",
          reused: i?.reused ?? "inline",
          intersections: [],
          deferred: [],
          external: i?.external ?? void 0,
        }
      );
    }
    function rT(i, n, r, s, a) {
      let o =
        "function" == typeof n.unrepresentable
          ? n.unrepresentable({ zodSchema: i, path: s.path, message: a })
          : n.unrepresentable;
      if ("any" === o) return !1;
      if (void 0 === o || "throw" === o) throw Error(a);
      return (Object.assign(r, o), !0);
    }
    function rN(i, n, r = { path: [], schemaPath: [] }) {
      var s;
      let a = i._zod.def,
        o = n.seen.get(i);
      if (o) return (o.count++, r.schemaPath.includes(i) && (o.cycle = r.path), o.schema);
      let u = { schema: {}, count: 1, cycle: void 0, path: r.path };
      (n.seen.set(i, u), (n.sharedDefsExtractedFor = void 0), (n.sharedEmitDoneFor = void 0));
      let c = i._zod.toJSONSchema?.();
      if (c) u.schema = c;
      else {
        let s = { ...r, schemaPath: [...r.schemaPath, i], path: r.path };
        if (i._zod.processJSONSchema) i._zod.processJSONSchema(n, u.schema, s);
        else {
          let r = u.schema,
            o = n.processors[a.type];
          if (!o) throw Error(`[toJSONSchema]: Non-representable type encountered: ${a.type}`);
          o(i, n, r, s);
        }
        let o = i._zod.parent;
        o && (u.ref || (u.ref = o), rN(o, n, s), (n.seen.get(o).isParent = !0));
      }
      let l = n.metadataRegistry.get(i);
      return (
        l && rB(u.schema, l),
        "input" === n.io &&
          (function i(n, r) {
            let s = r ?? { seen: new Set() };
            if (s.seen.has(n)) return !1;
            s.seen.add(n);
            let a = n._zod.def;
            if ("transform" === a.type) return !0;
            if ("array" === a.type) return i(a.element, s);
            if ("set" === a.type) return i(a.valueType, s);
            if ("lazy" === a.type) return i(a.getter(), s);
            if (
              "promise" === a.type ||
              "optional" === a.type ||
              "nonoptional" === a.type ||
              "nullable" === a.type ||
              "readonly" === a.type ||
              "default" === a.type ||
              "prefault" === a.type ||
              "catch" === a.type
            )
              return i(a.innerType, s);
            if ("intersection" === a.type) return i(a.left, s) || i(a.right, s);
            if ("record" === a.type || "map" === a.type)
              return i(a.keyType, s) || i(a.valueType, s);
            if ("pipe" === a.type)
              return !!n._zod.traits.has("$ZodCodec") || i(a.in, s) || i(a.out, s);
            if ("object" === a.type) {
              for (let n in a.shape) if (i(a.shape[n], s)) return !0;
              return !1;
            }
            if ("union" === a.type) {
              for (let n of a.options) if (i(n, s)) return !0;
              return !1;
            }
            if ("tuple" === a.type) {
              for (let n of a.items) if (i(n, s)) return !0;
              if (a.rest && i(a.rest, s)) return !0;
            }
            return !1;
          })(i) &&
          (delete u.schema.examples, delete u.schema.default),
        "input" === n.io &&
          "_prefault" in u.schema &&
          ((s = u.schema).default ?? (s.default = u.schema._prefault)),
        delete u.schema._prefault,
        n.seen.get(i).schema
      );
    }
    function rO(i) {
      return i.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    function rI(i, n) {
      let r = i.seen.get(n);
      if (!r) throw Error("Unprocessed schema. This is a bug in Zod.");
      if (i.external && i.sharedDefsExtractedFor === i.external) return;
      let s = new Map();
      for (let n of i.seen.entries()) {
        let r = i.metadataRegistry.get(n[0])?.id;
        if (r) {
          let i = s.get(r);
          if (i && i !== n[0])
            throw Error(
              `Duplicate schema id "${r}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
            );
          s.set(r, n[0]);
        }
      }
      let a = (n) => {
        if (n[1].schema.$ref) return;
        let s = n[1],
          { ref: a, defId: o } = ((n) => {
            let s = "draft-2020-12" === i.target ? "$defs" : "definitions";
            if (i.external) {
              let r = i.external.registry.get(n[0])?.id,
                a = i.external.uri ?? ((i) => i);
              if (r) return { ref: a(r) };
              let o = n[1].defId ?? n[1].schema.id ?? `schema${i.counter++}`;
              return ((n[1].defId = o), { defId: o, ref: `${a("__shared")}#/${s}/${rO(o)}` });
            }
            let a = `#/${s}/`;
            if (n[1] === r && !n[1].schema.id) return { ref: "#" };
            let o = n[1].schema.id ?? `__schema${i.counter++}`;
            return { defId: o, ref: a + rO(o) };
          })(n);
        ((s.def = { ...s.schema }), o && (s.defId = o));
        let u = s.schema;
        for (let i in u) delete u[i];
        u.$ref = a;
      };
      if ("throw" === i.cycles)
        for (let n of i.seen.entries()) {
          let i = n[1];
          if (i.cycle)
            throw Error(`Cycle detected: #/${i.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
        }
      for (let r of i.seen.entries()) {
        let s = r[1];
        if (n === r[0]) {
          a(r);
          continue;
        }
        if (i.external) {
          let s = i.external.registry.get(r[0])?.id;
          if (n !== r[0] && s) {
            a(r);
            continue;
          }
        }
        if (i.metadataRegistry.get(r[0])?.id || s.cycle) {
          a(r);
          continue;
        }
        s.count > 1 && "ref" === i.reused && a(r);
      }
      i.external && (i.sharedDefsExtractedFor = i.external);
    }
    let rP = new Set(["type", "properties", "required", "additionalProperties"]),
      rM = ["oneOf", "anyOf"];
    function rj(i) {
      let n = i.additionalProperties;
      return void 0 === n || !1 === n || "object" != typeof n || null === n
        ? null
        : Object.keys(n).length
          ? n
          : null;
    }
    function r$(i) {
      let n = [];
      for (let r of i) {
        if ("object" != typeof r || "object" !== r.type) return null;
        for (let i in r) if (!rP.has(i)) return null;
        n.push(r);
      }
      let r = {},
        s = new Set();
      for (let i of n) {
        for (let s in i.properties) {
          if (Object.prototype.hasOwnProperty.call(r, s)) continue;
          let i = [];
          for (let r of n) {
            let n = r.properties?.[s] ?? rj(r);
            null != n && (i.some((i) => JSON.stringify(i) === JSON.stringify(n)) || i.push(n));
          }
          M(r, s, 1 === i.length ? i[0] : (r$(i) ?? { allOf: i }));
        }
        for (let n of i.required ?? []) s.add(n);
      }
      let a = { type: "object", properties: r };
      if ((s.size && (a.required = [...s]), n.every((i) => !1 === i.additionalProperties)))
        a.additionalProperties = !1;
      else {
        let i = [];
        for (let r of n) {
          let n = rj(r);
          n && !i.some((i) => JSON.stringify(i) === JSON.stringify(n)) && i.push(n);
        }
        1 === i.length
          ? (a.additionalProperties = i[0])
          : i.length > 1 && (a.additionalProperties = { allOf: i });
      }
      return a;
    }
    function rL(i, n) {
      let r = i.seen.get(n);
      if (!r) throw Error("Unprocessed schema. This is a bug in Zod.");
      let s = (n) => {
        let r = i.seen.get(n);
        if (null === r.ref) return;
        let a = r.def ?? r.schema,
          o = { ...a },
          u = r.ref;
        if (((r.ref = null), u)) {
          s(u);
          let r = i.seen.get(u),
            c = r.schema;
          if (
            (c.$ref &&
            ("draft-07" === i.target || "draft-04" === i.target || "openapi-3.0" === i.target)
              ? ((a.allOf = a.allOf ?? []), a.allOf.push(c))
              : rB(a, c),
            rB(a, o),
            n._zod.parent === u)
          )
            for (let i in a) "$ref" !== i && "allOf" !== i && (i in o || delete a[i]);
          if (c.$ref && r.def)
            for (let i in a)
              "$ref" !== i &&
                "allOf" !== i &&
                i in r.def &&
                JSON.stringify(a[i]) === JSON.stringify(r.def[i]) &&
                delete a[i];
        }
        let c = n._zod.parent;
        if (c && c !== u) {
          s(c);
          let n = i.seen.get(c);
          if (n?.schema.$ref && ((a.$ref = n.schema.$ref), n.def))
            for (let i in a)
              "$ref" !== i &&
                "allOf" !== i &&
                i in n.def &&
                JSON.stringify(a[i]) === JSON.stringify(n.def[i]) &&
                delete a[i];
        }
        i.override({ zodSchema: n, jsonSchema: a, path: r.path ?? [] });
      };
      if (!i.external || i.sharedEmitDoneFor !== i.external) {
        for (let n of [...i.seen.entries()].reverse()) s(n[0]);
        if ("openapi-3.0" !== i.target)
          for (let n of i.seen.entries())
            !(function i(n) {
              let r = n.anyOf;
              if (!Array.isArray(r) || 0 === r.length || void 0 !== n.type) return;
              let s = [];
              for (let n of r) {
                if (!n || "object" != typeof n) return;
                i(n);
                let r = Object.keys(n);
                if (1 !== r.length || "type" !== r[0]) return;
                let a = n.type;
                for (let i of Array.isArray(a) ? a : [a]) {
                  if ("string" != typeof i) return;
                  s.includes(i) || s.push(i);
                }
              }
              (delete n.anyOf, (n.type = 1 === s.length ? s[0] : s));
            })(n[1].def ?? n[1].schema);
        for (let n of i.deferred) n();
        if (i.intersections.length) {
          let n = new Map();
          for (let r of i.seen.values())
            for (let i of [r.schema, r.def]) {
              let r = i?.allOf;
              if (!Array.isArray(r)) continue;
              let s = n.get(r);
              s ? s.push(i) : n.set(r, [i]);
            }
          for (let r of i.intersections)
            for (let i of n.get(r) ?? [])
              !(function (i) {
                let n = i.allOf;
                if (!Array.isArray(n) || n.length < 2) return;
                for (let n of rP) if (n in i) return;
                let r = n.filter((i) => rM.some((n) => Array.isArray(i[n]))),
                  s = null;
                if (r.length) {
                  let i = r[0],
                    a = rM.find((n) => Array.isArray(i[n]));
                  if (1 !== Object.keys(i).length) return;
                  let o = n.filter((n) => n !== i),
                    u = i[a].map((i) => r$([...o, i]));
                  if (u.some((i) => !i)) return;
                  s = { [a]: u };
                } else s = r$(n);
                s && (delete i.allOf, rB(i, s));
              })(i);
        }
      }
      let a = {};
      if (
        ("draft-2020-12" === i.target
          ? (a.$schema = "https://json-schema.org/draft/2020-12/schema")
          : "draft-07" === i.target
            ? (a.$schema = "http://json-schema.org/draft-07/schema#")
            : "draft-04" === i.target
              ? (a.$schema = "http://json-schema.org/draft-04/schema#")
              : i.target,
        i.external?.uri)
      ) {
        let r = i.external.registry.get(n)?.id;
        if (!r) throw Error("Schema is missing an `id` property");
        a.$id = i.external.uri(r);
      }
      rB(a, r.defId ? r.schema : (r.def ?? r.schema));
      let o = i.metadataRegistry.get(n)?.id;
      void 0 !== o && a.id === o && delete a.id;
      let u = i.external?.defs ?? {};
      if (!i.external || i.sharedEmitDoneFor !== i.external)
        for (let n of i.seen.entries()) {
          let i = n[1];
          i.def && i.defId && (i.def.id === i.defId && delete i.def.id, M(u, i.defId, i.def));
        }
      (i.external && (i.sharedEmitDoneFor = i.external),
        i.external ||
          (Object.keys(u).length > 0 &&
            ("draft-2020-12" === i.target ? (a.$defs = u) : (a.definitions = u))));
      try {
        let r = JSON.parse(JSON.stringify(a));
        return (
          Object.defineProperty(r, "~standard", {
            value: {
              ...n["~standard"],
              jsonSchema: {
                input: rU(n, "input", i.processors),
                output: rU(n, "output", i.processors),
              },
            },
            enumerable: !1,
            writable: !1,
          }),
          r
        );
      } catch (i) {
        throw Error("Error converting schema to JSON.");
      }
    }
    let rU =
        (i, n, r = {}) =>
        (s) => {
          let { libraryOptions: a, target: o } = s ?? {},
            u = rz({ ...(a ?? {}), target: o, io: n, processors: r });
          return (rN(i, u), rI(u, i), rL(u, i));
        },
      rJ = (i, n, r) => {
        (void 0 === i[n] || r > i[n]) && (i[n] = r);
      },
      rR = (i, n, r) => {
        (void 0 === i[n] || r < i[n]) && (i[n] = r);
      },
      rX = (i, n) => {
        (rJ(i, "minimum", n), rR(i, "maximum", n));
      },
      rZ = (i, n) => {
        (i.multipleOf ?? (i.multipleOf = []), i.multipleOf.includes(n) || i.multipleOf.push(n));
      },
      rK = (i, n) => {
        (i.patterns ?? (i.patterns = new Set()), i.patterns.add(n));
      },
      rW = (i, n) => {
        i.mime = i.mime ? i.mime.filter((i) => n.includes(i)) : [...n];
      },
      rH = (i, n) => {
        ((i.format = n), n.includes("int") && (i.isInt = !0));
      },
      rG = (i, n) => rJ(i, "minimum", n.minimum),
      rV = (i, n) => rR(i, "maximum", n.maximum),
      rY = (i) => (n, r) => {
        rH(n, r.format);
        let [s, a] = i[r.format];
        (rJ(n, "minimum", s), rR(n, "maximum", a));
      },
      rq = {
        greater_than: (i, n) => rJ(i, n.inclusive ? "minimum" : "exclusiveMinimum", n.value),
        less_than: (i, n) => rR(i, n.inclusive ? "maximum" : "exclusiveMaximum", n.value),
        multiple_of: (i, n) => rZ(i, n.value),
        number_format: rY(eh),
        bigint_format: rY(ep),
        min_length: rG,
        max_length: rV,
        length_equals: (i, n) => rX(i, n.length),
        min_size: rG,
        max_size: rV,
        size_equals: (i, n) => rX(i, n.size),
        string_format: (i, n) => {
          (rH(i, n.format),
            n.pattern && rK(i, n.pattern),
            ("base64" === n.format || "base64url" === n.format) && (i.contentEncoding = n.format),
            (n.local || -1 === n.precision) && (i.laxFormat = !0));
        },
        mime_type: (i, n) => rW(i, n.mime),
      };
    function rQ(i) {
      let n = {},
        r = i._zod.def;
      for (let s of i._zod.traits.has("$ZodCheck") ? [i, ...(r.checks ?? [])] : (r.checks ?? []))
        rq[s._zod.def.check]?.(n, s._zod.def);
      let s = i._zod.bag;
      for (let i of (void 0 !== s.minimum && rJ(n, "minimum", s.minimum),
      void 0 !== s.exclusiveMinimum && rJ(n, "exclusiveMinimum", s.exclusiveMinimum),
      void 0 !== s.maximum && rR(n, "maximum", s.maximum),
      void 0 !== s.exclusiveMaximum && rR(n, "exclusiveMaximum", s.exclusiveMaximum),
      void 0 !== s.multipleOf && rZ(n, s.multipleOf),
      void 0 !== s.format &&
        (n.format ?? (n.format = s.format), s.format.includes("int") && (n.isInt = !0)),
      s.mime && rW(n, s.mime),
      s.patterns ?? []))
        rK(n, i);
      return n;
    }
    let r0 = {
        guid: "uuid",
        url: "uri",
        datetime: "date-time",
        json_string: "json-string",
        regex: "",
      },
      r1 = new Map([
        [nu, tw],
        [nl, tk],
      ]),
      r2 = (i) => r1.get(i) ?? i;
    function r3(i) {
      let n = i._zod.def;
      return "pipe" === n.type && n.in._zod.traits.has("$ZodTransform")
        ? r3(n.out)
        : "catch" === n.type
          ? r3(n.innerType)
          : i._zod.optin;
    }
    let r9 = new WeakMap(),
      r8 = Symbol();
    function r4(i, n, r, s, a) {
      let o = !1,
        u = JSON.stringify(i, (i, n) => ("bigint" != typeof n ? n : ((o = !0), null)));
      return o
        ? (rT(n, r, s, a, "BigInt defaults cannot be represented in JSON Schema"), r8)
        : JSON.parse(u);
    }
    let r6 = (i, n, r, s) => {
        let a = i._zod.def;
        (rN(a.innerType, n, s), (n.seen.get(i).ref = a.innerType));
      },
      r5 = new WeakSet([Object.prototype, Error.prototype]);
    function r7(i, n, r) {
      Object.defineProperty(i, n, {
        configurable: !0,
        enumerable: !1,
        get() {
          let i = r(this);
          return (Object.defineProperty(this, n, { value: i, configurable: !0, writable: !0 }), i);
        },
        set(i) {
          Object.defineProperty(this, n, { value: i, configurable: !0, writable: !0 });
        },
      });
    }
    let se = e2(
      "ZodError",
      (i, n) => {
        (iw.init(i, n), (i.name = "ZodError"));
        let r = Object.getPrototypeOf(i);
        r5.has(r) ||
          (r5.add(r),
          r7(
            r,
            "format",
            (i) => (n) =>
              (function (i, n = (i) => i.message) {
                let r = { _errors: [] },
                  s = (i, a = []) => {
                    for (let o of i.issues)
                      if ("invalid_union" === o.code && o.errors.length)
                        o.errors.map((i) => s({ issues: i }, [...a, ...o.path]));
                      else if ("invalid_key" === o.code) s({ issues: o.issues }, [...a, ...o.path]);
                      else if ("invalid_element" === o.code)
                        s({ issues: o.issues }, [...a, ...o.path]);
                      else {
                        let i = [...a, ...o.path];
                        if (0 === i.length) r._errors.push(n(o));
                        else {
                          let s = r,
                            a = 0;
                          for (; a < i.length;) {
                            let r = i[a],
                              u = a === i.length - 1;
                            if ("_errors" === r) {
                              (u && s._errors.push(n(o)), a++);
                              continue;
                            }
                            Object.prototype.hasOwnProperty.call(s, r) ||
                              Object.defineProperty(s, r, {
                                value: { _errors: [] },
                                enumerable: !0,
                                writable: !0,
                                configurable: !0,
                              });
                            let c = s[r];
                            (u && c._errors.push(n(o)), (s = c), a++);
                          }
                        }
                      }
                  };
                return (s(i), r);
              })(i, n),
          ),
          r7(
            r,
            "flatten",
            (i) => (n) =>
              (function (i, n = (i) => i.message) {
                let r = {},
                  s = [];
                for (let u of i.issues)
                  if (u.path.length > 0) {
                    var a, o;
                    ((a = u.path[0]),
                    (o = () => []),
                    !Object.prototype.hasOwnProperty.call(r, a) &&
                      ("__proto__" === a
                        ? Object.defineProperty(r, a, {
                            value: o(),
                            writable: !0,
                            enumerable: !0,
                            configurable: !0,
                          })
                        : (r[a] = o())),
                    r[a]).push(n(u));
                  } else s.push(n(u));
                return { formErrors: s, fieldErrors: r };
              })(i, n),
          ),
          r7(r, "addIssue", (i) => (n) => {
            (i.issues.push(n), (i.message = JSON.stringify(i.issues, k, 2)));
          }),
          r7(r, "addIssues", (i) => (n) => {
            (i.issues.push(...n), (i.message = JSON.stringify(i.issues, k, 2)));
          }),
          Object.defineProperty(r, "isEmpty", {
            configurable: !0,
            enumerable: !1,
            get() {
              return 0 === this.issues.length;
            },
          }));
      },
      void 0,
      { Parent: Error },
    );
    i.s(["ZodRealError", 0, se], 15874);
    let st = iB(se),
      si = iT(se),
      sn = iO(se),
      sr = iP(se),
      ss =
        ((a = iB(se)),
        (o = (i, n, r, s) =>
          a(i, n, r ? { ...r, direction: "backward" } : { direction: "backward" }, i_(o, s)))),
      sa = ((u = iB(se)), (c = (i, n, r, s) => u(i, n, r, i_(c, s)))),
      so =
        ((l = iT(se)),
        (h = async (i, n, r, s) => {
          let a = r ? { ...r, direction: "backward" } : { direction: "backward" };
          return await l(i, n, a, i_(h, s));
        })),
      su = ((p = iT(se)), (d = async (i, n, r, s) => await p(i, n, r, i_(d, s)))),
      sc = (i, n, r) => {
        let s = r ? { ...r, direction: "backward" } : { direction: "backward" };
        return iO(se)(i, n, s);
      },
      sl = (i, n, r) => iO(se)(i, n, r),
      sh = async (i, n, r) => {
        let s = r ? { ...r, direction: "backward" } : { direction: "backward" };
        return iP(se)(i, n, s);
      },
      sp = async (i, n, r) => iP(se)(i, n, r);
    function sd() {
      e8.memoizer || e4({ memoizer: tr });
    }
    let sf = e2(
        "ZodType",
        (i, n) => (
          e8.localeError ||
            e4({
              localeError: (() => {
                let i = {
                    string: { unit: "characters", verb: "to have" },
                    file: { unit: "bytes", verb: "to have" },
                    array: { unit: "items", verb: "to have" },
                    set: { unit: "items", verb: "to have" },
                    map: { unit: "entries", verb: "to have" },
                  },
                  n = {
                    regex: "input",
                    email: "email address",
                    url: "URL",
                    emoji: "emoji",
                    uuid: "UUID",
                    uuidv4: "UUIDv4",
                    uuidv6: "UUIDv6",
                    nanoid: "nanoid",
                    guid: "GUID",
                    cuid: "cuid",
                    cuid2: "cuid2",
                    ulid: "ULID",
                    xid: "XID",
                    ksuid: "KSUID",
                    datetime: "ISO datetime",
                    date: "ISO date",
                    time: "ISO time",
                    duration: "ISO duration",
                    ipv4: "IPv4 address",
                    ipv6: "IPv6 address",
                    mac: "MAC address",
                    cidrv4: "IPv4 range",
                    cidrv6: "IPv6 range",
                    base64: "base64-encoded string",
                    base64url: "base64url-encoded string",
                    json_string: "JSON string",
                    e164: "E.164 number",
                    currency_code: "currency code",
                    credit_card: "credit card number",
                    iban: "IBAN",
                    jwt: "JWT",
                    template_literal: "input",
                  },
                  r = { nan: "NaN" };
                function s(i, n) {
                  return "number" !== i || "number" != typeof n || Number.isFinite(n)
                    ? (r[i] ?? i)
                    : String(n);
                }
                return (r) => {
                  switch (r.code) {
                    case "invalid_type": {
                      let i = s(r.expected),
                        n = s(eN(r.input), r.input);
                      return `Invalid input: expected ${i}, received ${n}`;
                    }
                    case "invalid_value":
                      if (1 === r.values.length)
                        return `Invalid input: expected ${ec(r.values[0])}`;
                      return `Invalid option: expected one of ${w(r.values, "|")}`;
                    case "too_big": {
                      let n = r.exact ? "exactly " : r.inclusive ? "<=" : "<",
                        s = i[r.origin] ?? null;
                      if (s)
                        return `Too big: expected ${r.origin ?? "value"} to have ${n}${r.maximum.toString()} ${s.unit ?? "elements"}`;
                      return `Too big: expected ${r.origin ?? "value"} to be ${n}${r.maximum.toString()}`;
                    }
                    case "too_small": {
                      let n = r.exact ? "exactly " : r.inclusive ? ">=" : ">",
                        s = i[r.origin] ?? null;
                      if (s)
                        return `Too small: expected ${r.origin} to have ${n}${r.minimum.toString()} ${s.unit}`;
                      return `Too small: expected ${r.origin} to be ${n}${r.minimum.toString()}`;
                    }
                    case "invalid_format":
                      if ("starts_with" === r.format)
                        return `Invalid string: must start with "${r.prefix}"`;
                      if ("ends_with" === r.format)
                        return `Invalid string: must end with "${r.suffix}"`;
                      if ("includes" === r.format)
                        return `Invalid string: must include "${r.includes}"`;
                      if ("regex" === r.format)
                        return `Invalid string: must match pattern ${r.pattern}`;
                      return `Invalid ${n[r.format] ?? r.format}`;
                    case "not_multiple_of":
                      return `Invalid number: must be a multiple of ${r.divisor}`;
                    case "unrecognized_keys":
                      return `Unrecognized key${r.keys.length > 1 ? "s" : ""}: ${w(r.keys, ", ")}`;
                    case "invalid_key":
                      return `Invalid key in ${r.origin}`;
                    case "invalid_union":
                      if (r.options && Array.isArray(r.options) && r.options.length > 0) {
                        let i = r.options.map((i) => `'${i}'`).join(" | ");
                        return `Invalid discriminator value. Expected ${i}`;
                      }
                      if (!1 === r.inclusive) return "Invalid input: more than one option matched";
                      return "Invalid input";
                    case "invalid_element":
                      return `Invalid value in ${r.origin}`;
                    default:
                      return "Invalid input";
                  }
                };
              })(),
            }),
          iU.init(i, n),
          (i.def = n),
          (i.type = n.type),
          i
        ),
        {
          check(...i) {
            let n = this.def;
            return this.clone(
              rm.mergeDefs(n, {
                checks: [
                  ...(n.checks ?? []),
                  ...i.map((i) =>
                    "function" == typeof i
                      ? { _zod: { check: i, def: { check: "custom" }, onattach: [] } }
                      : i,
                  ),
                ],
              }),
              { parent: !0 },
            );
          },
          with(...i) {
            return this.check(...i);
          },
          clone(i, n) {
            return ea(this, i, n);
          },
          brand() {
            return this;
          },
          register(i, n) {
            return (i.add(this, n), this);
          },
          refine(i, n) {
            return this.check(
              (function (i, n = {}) {
                return new af({ type: "custom", check: "custom", fn: i, ...eo(n) });
              })(i, n),
            );
          },
          superRefine(i, n) {
            return this.check(
              (function (i, n) {
                var r;
                let s, a;
                return (
                  (r = (n) => (
                    (n.addIssue = (i) => {
                      "string" == typeof i
                        ? n.issues.push(eO(i, n.value, s._zod.def))
                        : (i.fatal && (i.continue = !1),
                          i.code ?? (i.code = "custom"),
                          "input" in i || (i.input = n.value),
                          i.inst ?? (i.inst = s),
                          i.continue ?? (i.continue = !s._zod.def.abort),
                          n.issues.push(eO(i)));
                    }),
                    i(n.value, n)
                  )),
                  ((a = new t4({ check: "custom", ...eo(n) }))._zod.check = r),
                  (s = a)
                );
              })(i, n),
            );
          },
          overwrite(i) {
            return this.check(rd(i));
          },
          optional() {
            return an(this);
          },
          exactOptional() {
            var i;
            return ((i = this), new ar({ type: "optional", innerType: i }));
          },
          nullable() {
            return aa(this);
          },
          nullish() {
            return an(aa(this));
          },
          nonoptional(i) {
            var n, r;
            return (
              (n = this),
              (r = i),
              new ac({ type: "nonoptional", innerType: n, ...rx.normalizeParams(r) })
            );
          },
          array() {
            return s1(this);
          },
          or(i) {
            return s4([this, i]);
          },
          and(i) {
            var n;
            return ((n = this), new s6({ type: "intersection", left: n, right: i }));
          },
          transform(i) {
            return ap(this, new at({ type: "transform", transform: i }));
          },
          default(i) {
            var n, r;
            return (
              (n = this),
              (r = i),
              new ao({
                type: "default",
                innerType: n,
                get defaultValue() {
                  return "function" == typeof r ? r() : r_.shallowClone(r);
                },
              })
            );
          },
          prefault(i) {
            var n, r;
            return (
              (n = this),
              (r = i),
              new au({
                type: "prefault",
                innerType: n,
                get defaultValue() {
                  return "function" == typeof r ? r() : r_.shallowClone(r);
                },
              })
            );
          },
          catch(i) {
            var n, r;
            return (
              (n = this),
              new al({
                type: "catch",
                innerType: n,
                catchValue: "function" == typeof (r = i) ? r : rf.constantCatch(r),
              })
            );
          },
          pipe(i) {
            return ap(this, i);
          },
          readonly() {
            var i;
            return ((i = this), new ad({ type: "readonly", innerType: i }));
          },
          describe(i) {
            let n = this.clone();
            return (ts.add(n, { description: i }), n);
          },
          meta(...i) {
            if (0 === i.length) return ts.get(this);
            let n = this.clone();
            return (ts.add(n, i[0]), n);
          },
          isOptional() {
            return this.safeParse(void 0).success;
          },
          isNullable() {
            return this.safeParse(null).success;
          },
          apply(i, ...n) {
            return 0 === n.length ? i(this) : i(this, ...n);
          },
          get "~standard"() {
            return rD.hide(this, "~standard", {
              ...iX(this),
              jsonSchema: { input: rU(this, "input"), output: rU(this, "output") },
            });
          },
          set "~standard"(i) {
            ry.own(this, "~standard", i);
          },
          parse: function i(n, r) {
            return st(this, n, r, { callee: i });
          },
          parseAsync: async function i(n, r) {
            return await si(this, n, r, { callee: i });
          },
          safeParse(i, n) {
            return sn(this, i, n);
          },
          async safeParseAsync(i, n) {
            return sr(this, i, n);
          },
          get spa() {
            return this?.safeParseAsync;
          },
          set spa(i) {
            ry.own(this, "spa", i);
          },
          validate(i, n) {
            let r = this._zod.bag.validator;
            if (void 0 !== r) {
              if (r(i) !== iM) return !0;
              if (!0 === r.definite && void 0 === n) return !1;
            }
            return (function (i, n, r) {
              let s,
                a = r ? { ...r, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
                o = i._zod.bag.fallbackRun;
              if (
                (o
                  ? ((a[ij] = !0), (s = o({ value: n, issues: [] }, a)))
                  : (s = i._zod.run({ value: n, issues: [] }, a)),
                s instanceof Promise)
              )
                throw new e3();
              return 0 === s.issues.length;
            })(this, i, n);
          },
          validateAsync(i, n) {
            return i$(this, i, n);
          },
          encode: function i(n, r) {
            return ss(this, n, r, { callee: i });
          },
          decode: function i(n, r) {
            return sa(this, n, r, { callee: i });
          },
          encodeAsync: async function i(n, r) {
            return await so(this, n, r, { callee: i });
          },
          decodeAsync: async function i(n, r) {
            return await su(this, n, r, { callee: i });
          },
          safeEncode(i, n) {
            return sc(this, i, n);
          },
          safeDecode(i, n) {
            return sl(this, i, n);
          },
          async safeEncodeAsync(i, n) {
            return sh(this, i, n);
          },
          async safeDecodeAsync(i, n) {
            return sp(this, i, n);
          },
          toJSONSchema(i) {
            return (
              (i, n = {}) =>
              (r) => {
                let s = rz({ ...r, processors: n });
                return (rN(i, s), rI(s, i), rL(s, i));
              }
            )(
              this,
              {},
            )(i);
          },
          get description() {
            return ts.get(this)?.description;
          },
          get _def() {
            return this._zod.def;
          },
        },
      ),
      sm = e2(
        "_ZodString",
        (i, n) => {
          (iZ.init(i, n),
            sf.init(i, n),
            (i._zod.processJSONSchema = (n, r, s) =>
              ((i, n, r) => {
                r.type = "string";
                let {
                  minimum: s,
                  maximum: a,
                  format: o,
                  patterns: u,
                  contentEncoding: c,
                  laxFormat: l,
                } = rQ(i);
                if (
                  ("number" == typeof s && (r.minLength = s),
                  "number" == typeof a && (r.maxLength = a),
                  o &&
                    ((r.format = r0[o] ?? o),
                    "" === r.format && delete r.format,
                    ("time" === o || l) && delete r.format),
                  c && (r.contentEncoding = c),
                  u && u.size > 0)
                ) {
                  let i = [...u].map(r2);
                  1 === i.length
                    ? (r.pattern = i[0].source)
                    : i.length > 1 &&
                      (r.allOf = [
                        ...i.map((i) => ({
                          ...("draft-07" === n.target ||
                          "draft-04" === n.target ||
                          "openapi-3.0" === n.target
                            ? { type: "string" }
                            : {}),
                          pattern: i.source,
                        })),
                      ]);
                }
              })(i, n, r)));
        },
        rg.derived(
          {
            format: (i) => rQ(i).format ?? null,
            minLength: (i) => rQ(i).minimum ?? null,
            maxLength: (i) => rQ(i).maximum ?? null,
          },
          {
            regex(...i) {
              return this.check(
                (function (i, n) {
                  return new id({ check: "string_format", format: "regex", ...eo(n), pattern: i });
                })(...i),
              );
            },
            includes(...i) {
              return this.check(
                (function (i, n) {
                  return new iy({
                    check: "string_format",
                    format: "includes",
                    ...eo(n),
                    includes: i,
                  });
                })(...i),
              );
            },
            startsWith(...i) {
              return this.check(
                (function (i, n) {
                  return new ig({
                    check: "string_format",
                    format: "starts_with",
                    ...eo(n),
                    prefix: i,
                  });
                })(...i),
              );
            },
            endsWith(...i) {
              return this.check(
                (function (i, n) {
                  return new ix({
                    check: "string_format",
                    format: "ends_with",
                    ...eo(n),
                    suffix: i,
                  });
                })(...i),
              );
            },
            min(...i) {
              return this.check(rh(...i));
            },
            max(...i) {
              return this.check(rl(...i));
            },
            length(...i) {
              return this.check(rp(...i));
            },
            nonempty(...i) {
              return this.check(rh(1, ...i));
            },
            lowercase(i) {
              return this.check(new im({ check: "string_format", format: "lowercase", ...eo(i) }));
            },
            uppercase(i) {
              return this.check(new iD({ check: "string_format", format: "uppercase", ...eo(i) }));
            },
            trim() {
              return this.check(rd((i) => i.trim()));
            },
            normalize(...i) {
              return this.check(
                (function (i) {
                  return rd((n) => n.normalize(i));
                })(...i),
              );
            },
            toLowerCase() {
              return this.check(rd((i) => i.toLowerCase()));
            },
            toUpperCase() {
              return this.check(rd((i) => i.toUpperCase()));
            },
            slugify() {
              return this.check(rd((i) => G(i)));
            },
          },
        ),
      ),
      sD = e2(
        "ZodString",
        (i, n) => {
          (iZ.init(i, n), sm.init(i, n));
        },
        {
          email(i) {
            return this.check(
              new sA({
                type: "string",
                format: "email",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          url(i) {
            return this.check(rr(sS, i));
          },
          jwt(i) {
            return this.check(
              new sJ({
                type: "string",
                format: "jwt",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          emoji(i) {
            return this.check(
              new sk({
                type: "string",
                format: "emoji",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          guid(i) {
            return this.check(
              new sC({
                type: "string",
                format: "guid",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          uuid(i) {
            return this.check(
              new sb({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          uuidv4(i) {
            return this.check(
              new sb({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                version: "v4",
                ...eo(i),
              }),
            );
          },
          uuidv6(i) {
            return this.check(
              new sb({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                version: "v6",
                ...eo(i),
              }),
            );
          },
          uuidv7(i) {
            return this.check(
              new sb({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                version: "v7",
                ...eo(i),
              }),
            );
          },
          nanoid(i) {
            return this.check(
              new s_({
                type: "string",
                format: "nanoid",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          cuid(i) {
            return this.check(
              new sB({
                type: "string",
                format: "cuid",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          cuid2(i) {
            return this.check(
              new sz({
                type: "string",
                format: "cuid2",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          ulid(i) {
            return this.check(
              new sT({
                type: "string",
                format: "ulid",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          base64(i) {
            return this.check(
              new s$({
                type: "string",
                format: "base64",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          base64url(i) {
            return this.check(
              new sL({
                type: "string",
                format: "base64url",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          xid(i) {
            return this.check(
              new sN({
                type: "string",
                format: "xid",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          ksuid(i) {
            return this.check(
              new sO({
                type: "string",
                format: "ksuid",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          ipv4(i) {
            return this.check(
              new sI({
                type: "string",
                format: "ipv4",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          ipv6(i) {
            return this.check(
              new sP({
                type: "string",
                format: "ipv6",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          cidrv4(i) {
            return this.check(
              new sM({
                type: "string",
                format: "cidrv4",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          cidrv6(i) {
            return this.check(
              new sj({
                type: "string",
                format: "cidrv6",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          e164(i) {
            return this.check(
              new sU({
                type: "string",
                format: "e164",
                check: "string_format",
                abort: !1,
                ...eo(i),
              }),
            );
          },
          datetime(i) {
            return this.check(
              new sx({
                type: "string",
                format: "datetime",
                check: "string_format",
                offset: !1,
                local: !1,
                precision: null,
                ...eo(i),
              }),
            );
          },
          date(i) {
            return this.check(
              new sv({ type: "string", format: "date", check: "string_format", ...eo(i) }),
            );
          },
          time(i) {
            return this.check(
              new sF({
                type: "string",
                format: "time",
                check: "string_format",
                precision: null,
                ...eo(i),
              }),
            );
          },
          duration(i) {
            return this.check(
              new sE({ type: "string", format: "duration", check: "string_format", ...eo(i) }),
            );
          },
        },
      );
    function sy(i) {
      return new sD(rn({ type: "string", ...eo(i) }));
    }
    let sg = e2("ZodStringFormat", (i, n) => {
        (iK.init(i, n), sm.init(i, n));
      }),
      sx = e2("ZodISODateTime", (i, n) => {
        (i6.init(i, n), sg.init(i, n));
      }),
      sv = e2("ZodISODate", (i, n) => {
        (i5.init(i, n), sg.init(i, n));
      }),
      sF = e2("ZodISOTime", (i, n) => {
        (i7.init(i, n), sg.init(i, n));
      }),
      sE = e2("ZodISODuration", (i, n) => {
        (ne.init(i, n), sg.init(i, n));
      }),
      sA = e2("ZodEmail", (i, n) => {
        (iG.init(i, n), sg.init(i, n));
      }),
      sC = e2("ZodGUID", (i, n) => {
        (iW.init(i, n), sg.init(i, n));
      }),
      sb = e2("ZodUUID", (i, n) => {
        (iH.init(i, n), sg.init(i, n));
      }),
      sS = e2("ZodURL", (i, n) => {
        (iQ.init(i, n), sg.init(i, n));
      });
    function sw(i) {
      return rr(sS, i);
    }
    let sk = e2("ZodEmoji", (i, n) => {
        (i0.init(i, n), sg.init(i, n));
      }),
      s_ = e2("ZodNanoID", (i, n) => {
        (i1.init(i, n), sg.init(i, n));
      }),
      sB = e2("ZodCUID", (i, n) => {
        (i2.init(i, n), sg.init(i, n));
      }),
      sz = e2("ZodCUID2", (i, n) => {
        (i3.init(i, n), sg.init(i, n));
      }),
      sT = e2("ZodULID", (i, n) => {
        (i9.init(i, n), sg.init(i, n));
      }),
      sN = e2("ZodXID", (i, n) => {
        (i8.init(i, n), sg.init(i, n));
      }),
      sO = e2("ZodKSUID", (i, n) => {
        (i4.init(i, n), sg.init(i, n));
      }),
      sI = e2("ZodIPv4", (i, n) => {
        (nt.init(i, n), sg.init(i, n));
      }),
      sP = e2("ZodIPv6", (i, n) => {
        (nr.init(i, n), sg.init(i, n));
      }),
      sM = e2("ZodCIDRv4", (i, n) => {
        (ns.init(i, n), sg.init(i, n));
      }),
      sj = e2("ZodCIDRv6", (i, n) => {
        (na.init(i, n), sg.init(i, n));
      }),
      s$ = e2("ZodBase64", (i, n) => {
        (nc.init(i, n), sg.init(i, n));
      }),
      sL = e2("ZodBase64URL", (i, n) => {
        (nh.init(i, n), sg.init(i, n));
      }),
      sU = e2("ZodE164", (i, n) => {
        (np.init(i, n), sg.init(i, n));
      }),
      sJ = e2("ZodJWT", (i, n) => {
        (nf.init(i, n), sg.init(i, n));
      }),
      sR = e2(
        "ZodNumber",
        (i, n) => {
          (nm.init(i, n),
            sf.init(i, n),
            (i._zod.processJSONSchema = (n, r, s) =>
              ((i, n, r, s) => {
                let {
                  minimum: a,
                  maximum: o,
                  multipleOf: u,
                  exclusiveMaximum: c,
                  exclusiveMinimum: l,
                  isInt: h,
                } = rQ(i);
                r.type = h ? "integer" : "number";
                let p = "number" == typeof l && l >= (a ?? -1 / 0),
                  d = "number" == typeof c && c <= (o ?? 1 / 0),
                  f = "draft-04" === n.target || "openapi-3.0" === n.target;
                if (
                  (p
                    ? f
                      ? ((r.minimum = l), (r.exclusiveMinimum = !0))
                      : (r.exclusiveMinimum = l)
                    : "number" == typeof a && (r.minimum = a),
                  d
                    ? f
                      ? ((r.maximum = c), (r.exclusiveMaximum = !0))
                      : (r.exclusiveMaximum = c)
                    : "number" == typeof o && (r.maximum = o),
                  u)
                ) {
                  let a = new Set();
                  for (let o of u)
                    Number.isFinite(o) && 0 !== o
                      ? a.add(Math.abs(o))
                      : rT(
                          i,
                          n,
                          r,
                          s,
                          `A multipleOf divisor of ${o} cannot be represented in JSON Schema`,
                        );
                  let [o, ...c] = a;
                  (void 0 !== o && (r.multipleOf = o),
                    c.length &&
                      (r.allOf = [...(r.allOf ?? []), ...c.map((i) => ({ multipleOf: i }))]));
                }
              })(i, n, r, s)),
            (i.isFinite = !0));
        },
        rg.derived(
          {
            minValue: (i) => {
              let { minimum: n, exclusiveMinimum: r } = rQ(i);
              return Math.max(n ?? -1 / 0, r ?? -1 / 0);
            },
            maxValue: (i) => {
              let { maximum: n, exclusiveMaximum: r } = rQ(i);
              return Math.min(n ?? 1 / 0, r ?? 1 / 0);
            },
            isInt: (i) => {
              let { isInt: n, multipleOf: r } = rQ(i);
              return !!n || !!r?.some(Number.isSafeInteger);
            },
            format: (i) => rQ(i).format ?? null,
          },
          {
            gt(i, n) {
              return this.check(ro(i, n));
            },
            gte(i, n) {
              return this.check(ru(i, n));
            },
            min(i, n) {
              return this.check(ru(i, n));
            },
            lt(i, n) {
              return this.check(rs(i, n));
            },
            lte(i, n) {
              return this.check(ra(i, n));
            },
            max(i, n) {
              return this.check(ra(i, n));
            },
            int(i) {
              return this.check(sK(i));
            },
            safe(i) {
              return this.check(sK(i));
            },
            positive(i) {
              return this.check(ro(0, i));
            },
            nonnegative(i) {
              return this.check(ru(0, i));
            },
            negative(i) {
              return this.check(rs(0, i));
            },
            nonpositive(i) {
              return this.check(ra(0, i));
            },
            multipleOf(i, n) {
              return this.check(rc(i, n));
            },
            step(i, n) {
              return this.check(rc(i, n));
            },
            finite() {
              return this;
            },
          },
        ),
      );
    function sX(i) {
      return new sR(rn({ type: "number", checks: [], ...eo(i) }));
    }
    let sZ = e2("ZodNumberFormat", (i, n) => {
      (nD.init(i, n), sR.init(i, n));
    });
    function sK(i) {
      return new sZ({
        type: "number",
        check: "number_format",
        abort: !1,
        format: "safeint",
        ...eo(i),
      });
    }
    let sW = e2("ZodBoolean", (i, n) => {
      (ny.init(i, n),
        sf.init(i, n),
        (i._zod.processJSONSchema = (i, n, r) => {
          n.type = "boolean";
        }));
    });
    function sH(i) {
      return new sW({ type: "boolean", ...eo(i) });
    }
    (i, n) => {
      (ng.init(i, n),
        sf.init(i, n),
        (i._zod.processJSONSchema = (n, r, s) => {
          rT(i, n, r, s, "BigInt cannot be represented in JSON Schema");
        }));
    };
    let sG = e2("ZodUnknown", (i, n) => {
      (nx.init(i, n), sf.init(i, n), (i._zod.processJSONSchema = (i, n, r) => void 0));
    });
    function sV() {
      return new sG({ type: "unknown" });
    }
    let sY = e2("ZodNever", (i, n) => {
        (nv.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (i, n, r) => {
            n.not = {};
          }));
      }),
      sq = e2(
        "ZodDate",
        (i, n) => {
          (nF.init(i, n),
            sf.init(i, n),
            (i._zod.processJSONSchema = (n, r, s) => {
              rT(i, n, r, s, "Date cannot be represented in JSON Schema");
            }),
            (i.min = (n, r) => i.check(ru(n, r))),
            (i.max = (n, r) => i.check(ra(n, r))));
        },
        rg.derived(
          {
            minDate: (i) => {
              let { minimum: n } = rQ(i);
              return n ? new Date(n) : null;
            },
            maxDate: (i) => {
              let { maximum: n } = rQ(i);
              return n ? new Date(n) : null;
            },
          },
          {},
        ),
      );
    function sQ(i) {
      return new sq({ type: "date", ...eo(i) });
    }
    let s0 = e2(
      "ZodArray",
      (i, n) => {
        (sd(),
          nw.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) =>
            ((i, n, r, s) => {
              let a = i._zod.def,
                { minimum: o, maximum: u } = rQ(i);
              ("number" == typeof o && (r.minItems = o),
                "number" == typeof u && (r.maxItems = u),
                (r.type = "array"),
                (r.items = rN(a.element, n, { ...s, path: [...s.path, "items"] })));
            })(i, n, r, s)),
          (i.element = n.element));
      },
      {
        min(i, n) {
          return this.check(rh(i, n));
        },
        nonempty(i) {
          return this.check(rh(1, i));
        },
        max(i, n) {
          return this.check(rl(i, n));
        },
        length(i, n) {
          return this.check(rp(i, n));
        },
        unwrap() {
          return this.element;
        },
      },
    );
    function s1(i, n) {
      return new s0({ type: "array", element: i, ...eo(n) });
    }
    let s2 = e2(
      "ZodObject",
      (i, n) => {
        (sd(),
          nN.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) =>
            ((i, n, r, s) => {
              let a = i._zod.def,
                o = a.shape;
              if (
                Object.getOwnPropertySymbols(o).length &&
                rT(i, n, r, s, "Symbol keys cannot be represented in JSON Schema")
              )
                return;
              for (let i in ((r.type = "object"), (r.properties = {}), o))
                M(r.properties, i, rN(o[i], n, { ...s, path: [...s.path, "properties", i] }));
              let u = [];
              for (let i of Object.keys(o)) {
                let r = a.shape[i];
                ("input" === n.io ? void 0 === r3(r) : void 0 === r._zod.optout) && u.push(i);
              }
              (u.length > 0 && (r.required = u),
                a.catchall?._zod.def.type === "never"
                  ? (r.additionalProperties = !1)
                  : a.catchall
                    ? a.catchall &&
                      (r.additionalProperties = rN(a.catchall, n, {
                        ...s,
                        path: [...s.path, "additionalProperties"],
                      }))
                    : "output" === n.io && (r.additionalProperties = !1));
            })(i, n, r, s)),
          rw.installLazyProp(i, "shape", (i) => i._zod.def.shape, !1));
      },
      {
        keyof() {
          var i;
          return new ae({
            type: "enum",
            entries: Array.isArray((i = Object.keys(this._zod.def.shape)))
              ? Object.fromEntries(i.map((i) => [i, i]))
              : i,
            ...rx.normalizeParams(void 0),
          });
        },
        catchall(i) {
          return this.clone(rm.mergeDefs(this._zod.def, { catchall: i }));
        },
        passthrough() {
          return this.clone(rm.mergeDefs(this._zod.def, { catchall: sV() }));
        },
        loose() {
          return this.clone(rm.mergeDefs(this._zod.def, { catchall: sV() }));
        },
        strict() {
          return this.clone(
            rm.mergeDefs(this._zod.def, { catchall: new sY({ type: "never", ...eo(void 0) }) }),
          );
        },
        strip() {
          return this.clone(rm.mergeDefs(this._zod.def, { catchall: void 0 }));
        },
        extend(i) {
          return rv.extend(this, i);
        },
        safeExtend(i) {
          return rF.safeExtend(this, i);
        },
        merge(i) {
          return rE.merge(this, i);
        },
        pick(i) {
          return rA.pick(this, i);
        },
        omit(i) {
          return rC.omit(this, i);
        },
        partial(...i) {
          return rb.partial(ai, this, i[0]);
        },
        exactPartial(...i) {
          return rb.partial(ar, this, i[0], "exactPartial");
        },
        required(...i) {
          return rS.required(ac, this, i[0]);
        },
      },
    );
    function s3(i, n) {
      return new s2({ type: "object", shape: i ?? {}, ...rx.normalizeParams(n) });
    }
    function s9(i, n) {
      return new s2({ type: "object", shape: i, catchall: sV(), ...rx.normalizeParams(n) });
    }
    let s8 = e2("ZodUnion", (i, n) => {
      (nI.init(i, n),
        sf.init(i, n),
        (i._zod.processJSONSchema = (n, r, s) => {
          var a, o, u, c;
          let l, h, p;
          return (
            (a = i),
            (o = n),
            (u = r),
            (c = s),
            (h = !1 === (l = a._zod.def).inclusive),
            (p = l.options.map((i, n) =>
              rN(i, o, { ...c, path: [...c.path, h ? "oneOf" : "anyOf", n] }),
            )),
            void (h ? (u.oneOf = p) : (u.anyOf = p))
          );
        }),
        (i.options = n.options));
    });
    function s4(i, n) {
      return new s8({ type: "union", options: i, ...rx.normalizeParams(n) });
    }
    let s6 = e2("ZodIntersection", (i, n) => {
        (nM.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            let a, o, u, c, l;
            return (
              (o = rN((a = i._zod.def).left, n, { ...s, path: [...s.path, "allOf", 0] })),
              (u = rN(a.right, n, { ...s, path: [...s.path, "allOf", 1] })),
              void (
                (r.allOf = l =
                  [
                    ...((c = (i) => "allOf" in i && 1 === Object.keys(i).length)(o)
                      ? o.allOf
                      : [o]),
                    ...(c(u) ? u.allOf : [u]),
                  ]),
                n.intersections.push(l)
              )
            );
          }));
      }),
      s5 = e2("ZodRecord", (i, n) => {
        (sd(),
          nR.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) =>
            ((i, n, r, s) => {
              let a = i._zod.def;
              r.type = "object";
              let o = a.keyType,
                u = rQ(o).patterns;
              if ("loose" === a.mode && u && u.size > 0) {
                let i = rN(a.valueType, n, { ...s, path: [...s.path, "patternProperties", "*"] });
                for (let n of ((r.patternProperties = {}), u))
                  M(r.patternProperties, r2(n).source, i);
              } else {
                if ("draft-07" === n.target || "draft-2020-12" === n.target) {
                  r.propertyNames = rN(a.keyType, n, { ...s, path: [...s.path, "propertyNames"] });
                  let o = r9.get(n);
                  (o ||
                    ((o = []),
                    r9.set(n, o),
                    n.deferred.push(() =>
                      (function (i) {
                        let n = new Map();
                        for (let r of i.seen.values())
                          r.def && !n.has(r.schema) && n.set(r.schema, r);
                        let r = new Map();
                        for (let s of r9.get(i) ?? []) {
                          let a = i.seen.get(s),
                            o = (a?.def ?? a?.schema)?.propertyNames;
                          if (!o || !0 === o || r.has(o)) continue;
                          let u = (function i(n, r, s) {
                            if (r.$ref) {
                              if (s.has(r)) return r;
                              s.add(r);
                              let a = n.get(r)?.def;
                              if (!a) return r;
                              let o = i(n, a, s);
                              return o === a ? r : o;
                            }
                            for (let a of ["anyOf", "oneOf"]) {
                              let o = r[a];
                              if (!Array.isArray(o)) continue;
                              let u = o.map((r) => i(n, r, s));
                              u.some((i, n) => i !== o[n]) && (r = { ...r, [a]: u });
                            }
                            let a = Array.isArray(r.type) ? r.type : [r.type],
                              o =
                                !a.includes("string") &&
                                a.some((i) => "number" === i || "integer" === i),
                              u = r.enum ?? (void 0 !== r.const ? [r.const] : void 0);
                            if (!o && !u?.some((i) => "number" == typeof i)) return r;
                            let {
                              minimum: c,
                              maximum: l,
                              exclusiveMinimum: h,
                              exclusiveMaximum: p,
                              multipleOf: d,
                              format: f,
                              id: m,
                              ...D
                            } = r;
                            return (
                              D.enum
                                ? (D.enum = D.enum.map((i) =>
                                    "number" == typeof i ? String(i) : i,
                                  ))
                                : "number" == typeof D.const && (D.const = String(D.const)),
                              o &&
                                ((D.type = "string"),
                                u || (D.pattern = (a.includes("number") ? tJ : tU).source)),
                              D
                            );
                          })(n, o, new Set());
                          u !== o && r.set(o, u);
                        }
                        if (r.size)
                          for (let n of i.seen.values())
                            for (let i of [n.schema, n.def]) {
                              let n = i && r.get(i.propertyNames);
                              n && (i.propertyNames = n);
                            }
                      })(n),
                    )),
                    o.push(i));
                }
                r.additionalProperties = rN(a.valueType, n, {
                  ...s,
                  path: [...s.path, "additionalProperties"],
                });
              }
              let c = o._zod.values,
                l = "input" === n.io && void 0 !== r3(a.valueType);
              if (c && !a.partial && !l) {
                let i = [...c].filter((i) => "string" == typeof i || "number" == typeof i);
                i.length > 0 && (r.required = i.map(String));
              }
            })(i, n, r, s)),
          (i.keyType = n.keyType),
          (i.valueType = n.valueType));
      });
    function s7(i, n, r) {
      return new s5(
        n && n._zod
          ? { type: "record", keyType: i, valueType: n, ...rx.normalizeParams(r) }
          : { type: "record", keyType: sy(), valueType: i, ...rx.normalizeParams(n) },
      );
    }
    let ae = e2("ZodEnum", (i, n) => {
        (nK.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) =>
            ((i, n) => {
              let r = S(i._zod.def.entries);
              if (0 === r.length) {
                n.not = {};
                return;
              }
              (r.every((i) => "number" == typeof i) && (n.type = "number"),
                r.every((i) => "string" == typeof i) && (n.type = "string"),
                (n.enum = r));
            })(i, r)),
          (i.enum = n.entries),
          (i.options = [...i._zod.values]));
        let r = new Set(Object.keys(n.entries));
        ((i.extract = (i, s) => {
          let a = {};
          for (let s of i)
            if (r.has(s)) a[s] = n.entries[s];
            else throw Error(`Key ${s} not found in enum`);
          return new ae({ ...n, checks: [], ...rx.normalizeParams(s), entries: a });
        }),
          (i.exclude = (i, s) => {
            let a = { ...n.entries };
            for (let n of i)
              if (r.has(n)) delete a[n];
              else throw Error(`Key ${n} not found in enum`);
            return new ae({ ...n, checks: [], ...rx.normalizeParams(s), entries: a });
          }));
      }),
      at = e2("ZodTransform", (i, n) => {
        (sd(),
          nW.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            rT(i, n, r, s, "Transforms cannot be represented in JSON Schema");
          }),
          (i._zod.parse = (r, s) => {
            if ("backward" === s.direction) throw new e9(i.constructor.name);
            r.addIssue = (s) => {
              "string" == typeof s
                ? r.issues.push(rk.issue(s, r.value, n))
                : (s.fatal && (s.continue = !1),
                  s.code ?? (s.code = "custom"),
                  "input" in s || (s.input = r.value),
                  s.inst ?? (s.inst = i),
                  r.issues.push(rk.issue(s)));
            };
            let a = n.transform(r.value, r);
            return a instanceof Promise ? a.then((i) => ((r.value = i), r)) : ((r.value = a), r);
          }));
      }),
      ai = e2("ZodOptional", (i, n) => {
        (nG.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => r6(i, n, r, s)),
          (i.unwrap = () => i._zod.def.innerType));
      });
    function an(i) {
      return new ai({ type: "optional", innerType: i });
    }
    let ar = e2("ZodExactOptional", (i, n) => {
        (nV.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => r6(i, n, r, s)),
          (i.unwrap = () => i._zod.def.innerType));
      }),
      as = e2("ZodNullable", (i, n) => {
        (nY.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            let a, o, u;
            return (
              (o = rN((a = i._zod.def).innerType, n, s)),
              (u = n.seen.get(i)),
              void ("openapi-3.0" === n.target
                ? ((u.ref = a.innerType), (r.nullable = !0))
                : (r.anyOf = [o, { type: "null" }]))
            );
          }),
          (i.unwrap = () => i._zod.def.innerType));
      });
    function aa(i) {
      return new as({ type: "nullable", innerType: i });
    }
    let ao = e2("ZodDefault", (i, n) => {
        (nq.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            let a, o;
            return (
              rN((a = i._zod.def).innerType, n, s),
              (n.seen.get(i).ref = a.innerType),
              void ((o = r4(a.defaultValue, i, n, r, s)) !== r8 && (r.default = o))
            );
          }),
          (i.unwrap = () => i._zod.def.innerType),
          (i.removeDefault = i.unwrap));
      }),
      au = e2("ZodPrefault", (i, n) => {
        (n0.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) =>
            ((i, n, r, s) => {
              let a = i._zod.def;
              if ((rN(a.innerType, n, s), (n.seen.get(i).ref = a.innerType), "input" !== n.io))
                return;
              let o = r4(a.defaultValue, i, n, r, s);
              o !== r8 && (r._prefault = o);
            })(i, n, r, s)),
          (i.unwrap = () => i._zod.def.innerType));
      }),
      ac = e2("ZodNonOptional", (i, n) => {
        (n1.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            let a;
            (rN((a = i._zod.def).innerType, n, s), (n.seen.get(i).ref = a.innerType));
          }),
          (i.unwrap = () => i._zod.def.innerType));
      }),
      al = e2("ZodCatch", (i, n) => {
        (n9.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) =>
            ((i, n, r, s) => {
              let a,
                o = i._zod.def;
              (rN(o.innerType, n, s), (n.seen.get(i).ref = o.innerType));
              try {
                a = o.catchValue(void 0);
              } catch {
                rT(i, n, r, s, "Dynamic catch values are not supported in JSON Schema");
                return;
              }
              r.default = a;
            })(i, n, r, s)),
          (i.unwrap = () => i._zod.def.innerType),
          (i.removeCatch = i.unwrap));
      }),
      ah = e2("ZodPipe", (i, n) => {
        (n8.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            let a, o, u;
            return (
              (o = (a = i._zod.def).in._zod.traits.has("$ZodTransform")),
              void (
                rN((u = "input" === n.io ? (o ? a.out : a.in) : a.out), n, s),
                (n.seen.get(i).ref = u)
              )
            );
          }),
          (i.in = n.in),
          (i.out = n.out));
      });
    function ap(i, n) {
      return new ah({ type: "pipe", in: i, out: n });
    }
    let ad = e2("ZodReadonly", (i, n) => {
        (n7.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            let a;
            (rN((a = i._zod.def).innerType, n, s),
              (n.seen.get(i).ref = a.innerType),
              (r.readOnly = !0));
          }),
          (i.unwrap = () => i._zod.def.innerType));
      }),
      af = e2("ZodCustom", (i, n) => {
        (rt.init(i, n),
          sf.init(i, n),
          (i._zod.processJSONSchema = (n, r, s) => {
            rT(i, n, r, s, "Custom types cannot be represented in JSON Schema");
          }));
      });
    (i.s(
      [
        "array",
        0,
        s1,
        "boolean",
        0,
        sH,
        "date",
        0,
        sQ,
        "looseObject",
        0,
        s9,
        "number",
        0,
        sX,
        "object",
        0,
        s3,
        "record",
        0,
        s7,
        "string",
        0,
        sy,
        "union",
        0,
        s4,
        "unknown",
        0,
        sV,
        "url",
        0,
        sw,
      ],
      7855,
    ),
      i.i(7855),
      i.s([], 85648),
      i.i(85648),
      i.i(15874),
      i.s([], 48804),
      i.i(48804),
      i.s([], 63203),
      i.i(63203),
      i.s(
        [
          "NEVER",
          0,
          eQ,
          "array",
          0,
          s1,
          "boolean",
          0,
          sH,
          "date",
          0,
          sQ,
          "looseObject",
          0,
          s9,
          "number",
          0,
          sX,
          "object",
          0,
          s3,
          "record",
          0,
          s7,
          "string",
          0,
          sy,
          "union",
          0,
          s4,
          "unknown",
          0,
          sV,
          "url",
          0,
          sw,
        ],
        62810,
      ));
    var am = i.i(62810),
      am = am,
      aD = am,
      ay = am,
      ag = am,
      ax = am,
      av = am,
      aF = am,
      ax = am,
      aE = am,
      ay = am,
      aA = am,
      aC = am,
      av = am,
      am = am,
      ag = am,
      ab = am,
      aS = am;
    let aw = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
      ak = "must be a date like 2024-10-05 or 2024-10-05T16:05:00Z",
      a_ = ax
        .union([aE.date(), ay.string().trim()], {
          error: (i) => (void 0 === i.input ? "is required" : ak),
        })
        .transform((i, n) => {
          if (i instanceof Date) {
            if (!Number.isNaN(i.getTime())) return i;
          } else if (aw.test(i)) {
            let n = new Date(10 === i.length ? `${i}T00:00:00Z` : i.replace(" ", "T"));
            if (!Number.isNaN(n.getTime()) && n.toISOString().slice(0, 10) === i.slice(0, 10))
              return n;
          }
          return (
            n.addIssue({ code: "custom", message: `${ak}, got ${JSON.stringify(i)}` }),
            aA.NEVER
          );
        }),
      aB = ay
        .string()
        .trim()
        .nullish()
        .transform((i) => i || void 0),
      az = ax
        .union([ay.string(), aC.number(), av.array(ax.union([ay.string(), aC.number()]))])
        .nullish()
        .transform((i) =>
          null == i
            ? []
            : (Array.isArray(i) ? i : String(i).split(","))
                .map((i) => String(i).trim())
                .filter(Boolean),
        ),
      aT = am
        .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" })
        .nullish()
        .transform((i) => i || void 0),
      aN = ag.looseObject({
        title: ay
          .string({ error: (i) => (void 0 === i.input ? "is required" : "must be text") })
          .trim()
          .min(1, "must not be empty"),
        date: a_,
        updated: a_.nullish().transform((i) => i ?? void 0),
        description: aB,
        tags: az,
        author: aB,
        thumbnail: aB,
        thumbnail_alt: aB,
        meta_title: aB,
        meta_description: aB,
        canonical: aT,
        draft: ab
          .boolean({ error: "must be true or false" })
          .nullish()
          .transform((i) => i ?? !1),
        layout: aS.unknown().optional(),
      }),
      aO = new Set(["post", "posts"]);
    function aI(i) {
      return i.issues
        .map((i) => {
          let n = i.path.join(".") || "(root)";
          return `front matter field "${n}" ${i.message}`;
        })
        .join("; ");
    }
    var aP = i.i(14827),
      aM = i.i(73166);
    let aj = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    function a$(i) {
      return i.length <= 120 && aj.test(i);
    }
    function aL() {
      let i = process.env.CONTENT_DIR?.trim();
      return i ? g.default.resolve(i) : g.default.join(process.cwd(), "content");
    }
    function aU() {
      return g.default.join(aL(), "posts");
    }
    function aJ() {
      return g.default.join(aL(), "authors");
    }
    function aR() {
      return g.default.join(process.cwd(), "public");
    }
    function aX(i, n, r) {
      if (!a$(n)) throw Error(`Invalid slug: ${JSON.stringify(n)}`);
      let s = g.default.resolve(i, `${n}${r}`);
      if (g.default.dirname(s) !== g.default.resolve(i)) throw Error("Path escapes its folder");
      return s;
    }
    i.s(["Q", 0, aJ, "r", 0, aL, "s", 0, aX, "l", 0, a$, "B", 0, aU, "_", 0, aR], 95975);
    let aZ =
      /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g;
    function aK(i) {
      var n;
      return (
        "string" !=
        typeof (n = i
          .trim()
          .replace(/\+/g, " plus")
          .replace(/#/g, " sharp")
          .replace(/[\s_]+/g, "-"))
          ? ""
          : (n = n.toLowerCase()).replace(aZ, "").replace(/ /g, "-")
      )
        .replace(/-+/g, "-")
        .replace(/^-|-$/g, "");
    }
    let aW = () => {
        throw Error("JavaScript front matter (---js) is not allowed; use YAML");
      },
      aH = { engines: { js: aW, javascript: aW } };
    function aG(i) {
      try {
        let n = (0, aP.default)(i.source, aH);
        return { data: n.data, body: n.content };
      } catch (a) {
        let n = a.mark,
          r = a.reason ?? a.message,
          s = "number" == typeof n?.line ? n.line + 2 : void 0;
        throw new x(i.file, `invalid front matter: ${r}`, s);
      }
    }
    function aV(i) {
      let { data: n, body: r } = aG(i),
        s = aN.safeParse(n);
      if (!s.success) throw new x(i.file, aI(s.error));
      let a = s.data,
        o = aY(r),
        u = a.author ?? "";
      return {
        slug: i.slug,
        file: i.file,
        format: i.format,
        title: a.title,
        description: a.description,
        date: a.date,
        updated: a.updated,
        tags: (function (i) {
          let n = new Map();
          for (let r of i) {
            let i = r.trim().replace(/\s+/g, " "),
              s = aK(i);
            s && !n.has(s) && n.set(s, { slug: s, name: i });
          }
          return [...n.values()];
        })(a.tags.filter((i) => !aO.has(i.trim().toLowerCase()))),
        author: { id: "", name: u },
        thumbnail: (function (i, n) {
          let r;
          if (!i || !i.startsWith("/") || i.startsWith("//")) return;
          let s = aR();
          try {
            r = decodeURI(i.split(/[?#]/)[0] ?? "");
          } catch {
            return;
          }
          let a = g.default.resolve(s, "." + r);
          if (a.startsWith(s + g.default.sep) && D.default.existsSync(a)) return { src: i, alt: n };
        })(a.thumbnail, a.thumbnail_alt ?? a.title),
        metaTitle: a.meta_title ?? a.title,
        metaDescription: a.meta_description ?? a.description,
        canonical: a.canonical,
        draft: a.draft,
        readingMinutes: Math.max(1, Math.round((0, aM.default)(o).minutes)),
        body: r,
        bodyLineOffset: i.source.split("\n").length - r.split("\n").length,
        text: o,
      };
    }
    function aY(i) {
      return i
        .replace(/```[^\n]*\n([\s\S]*?)```/g, " $1 ")
        .replace(/<\/?[A-Za-z][^>]*>/g, " ")
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, " $1 ")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, " $1 ")
        .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
        .replace(/[*_~`|$\\]+/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    }
    let aq = am.url({ protocol: /^(https?|mailto)$/, error: "must be an http(s) or mailto URL" }),
      aQ = aD.object({ label: ay.string().trim().min(1), url: aq }),
      a0 = ag.looseObject({
        name: ay.string({ error: "is required" }).trim().min(1, "must not be empty"),
        bio: ay.string().trim().nullish(),
        avatar: ay.string().trim().nullish(),
        links: ax
          .union([av.array(aQ), aF.record(ay.string(), aq)])
          .nullish()
          .transform((i) =>
            Array.isArray(i) ? i : Object.entries(i ?? {}).map(([i, n]) => ({ label: i, url: n })),
          ),
      });
    function a1(i) {
      let { data: n, body: r } = aG(i),
        s = a0.safeParse(n);
      if (!s.success) throw new x(i.file, aI(s.error));
      let { name: a, bio: o, avatar: u, links: c } = s.data;
      return {
        id: i.slug,
        name: a,
        bio: o || aY(r) || void 0,
        avatar: u && u.startsWith("/") && !u.startsWith("//") ? u : void 0,
        links: c,
        hasProfile: !0,
      };
    }
    let a2 = { ".mdx": "mdx", ".md": "md" };
    function a3(i, n) {
      let r,
        s = [],
        a = [],
        o = g.default.basename(i);
      try {
        r = D.default.readdirSync(i, { withFileTypes: !0 });
      } catch (i) {
        if ("ENOENT" === i.code) return { raw: s, errors: a };
        throw i;
      }
      for (let u of r.sort((i, n) => i.name.localeCompare(n.name))) {
        let r = g.default.extname(u.name),
          c = n[r];
        if (!c || u.name.startsWith(".")) continue;
        let l = `${o}/${u.name}`,
          h = u.name.slice(0, -r.length);
        u.isFile()
          ? a$(h)
            ? s.some((i) => i.slug === h)
              ? a.push(new x(l, `two files share the slug "${h}"`))
              : s.push({
                  slug: h,
                  file: l,
                  format: c,
                  source: D.default.readFileSync(g.default.join(i, u.name), "utf8"),
                })
            : a.push(
                new x(l, "file name must be a lowercase kebab-case slug, like my-first-post.mdx"),
              )
          : a.push(new x(l, "is not a regular file (symbolic links are refused)"));
      }
      return { raw: s, errors: a };
    }
    function a9(i, n, r) {
      let s = [];
      for (let a of i)
        try {
          s.push(n(a));
        } catch (i) {
          if (i instanceof x) r.push(i);
          else throw i;
        }
      return s;
    }
    function a8() {
      let i = aL();
      return (
        s?.root !== i &&
          (s = {
            root: i,
            index: (function () {
              let i = a3(aU(), a2),
                n = a3(aJ(), { ".md": "md" }),
                r = [...i.errors, ...n.errors],
                s = new Map(a9(n.raw, a1, r).map((i) => [i.id, i])),
                a = a9(i.raw, aV, r);
              for (let i of a)
                i.author = (function (i, n) {
                  let r = i.trim() || y.S.defaultAuthor,
                    s = aK(r),
                    a =
                      n.get(r) ??
                      n.get(s) ??
                      [...n.values()].find((i) => i.name.toLowerCase() === r.toLowerCase());
                  return a ? { id: a.id, name: a.name } : { id: s, name: r };
                })(i.author.name, s);
              return (
                a.sort(
                  (i, n) => n.date.getTime() - i.date.getTime() || i.slug.localeCompare(n.slug),
                ),
                { posts: a, authors: s, errors: r }
              );
            })(),
          }),
        s.index
      );
    }
    function a4(i = new Date()) {
      var n;
      let r = a8();
      if (0 !== r.errors.length && "phase-production-build" === process.env.NEXT_PHASE) {
        let i, s;
        throw (
          (i = (n = r.errors).map((i) => `  - ${i.message}`).join("\n")),
          ((s = Error(`Invalid content (${n.length} problem${n.length > 1 ? "s" : ""}):
${i}`)).name = "ContentError"),
          (s.stack = `${s.name}: ${s.message}`),
          s
        );
      }
      return r.posts.filter((n) =>
        (function (i, n = new Date()) {
          return !i.draft && i.date.getTime() <= n.getTime();
        })(n, i),
      );
    }
    function a6() {
      let i = new Map();
      for (let n of a4()) for (let r of n.tags) i.set(r.slug, [...(i.get(r.slug) ?? []), r.name]);
      return [...i.entries()]
        .map(([i, n]) => ({
          slug: i,
          name: (function (i) {
            let n = new Map();
            for (let r of i) n.set(r, (n.get(r) ?? 0) + 1);
            let r = (i) => (n.get(i) ?? 0) * 2 + +(i !== aK(i));
            return [...n.keys()].sort((i, n) => r(n) - r(i) || i.localeCompare(n))[0] ?? "";
          })(n),
          count: n.length,
        }))
        .sort((i, n) => n.count - i.count || i.name.localeCompare(n.name));
    }
    (i.s(
      [
        "u",
        0,
        function () {
          let { authors: i } = a8(),
            n = new Map(i);
          for (let i of a4())
            n.has(i.author.id) ||
              n.set(i.author.id, {
                id: i.author.id,
                name: i.author.name,
                links: [],
                hasProfile: !1,
              });
          return [...n.values()].sort((i, n) => i.name.localeCompare(n.name));
        },
        "X",
        0,
        function (i) {
          return a4().filter((n) => n.tags.some((n) => n.slug === i));
        },
        "F",
        0,
        function (i) {
          let n = a8();
          return (
            !(
              n.posts.some((n) => n.slug === i) ||
              n.errors.some((n) => n.file.startsWith(`posts/${i}.`))
            ) &&
              a$(i) &&
              Object.keys(a2).some((n) => D.default.existsSync(aX(aU(), i, n))) &&
              (s = void 0),
            a4().find((n) => n.slug === i)
          );
        },
        "w",
        0,
        a4,
        "R",
        0,
        function (i) {
          return a6().find((n) => n.slug === i);
        },
        "N",
        0,
        a6,
      ],
      41524,
    ),
      new WeakMap(),
      i.s([], 46034));
  },
  49482,
  (i, n, r) => {
    (i.e,
      (n.exports = (function () {
        var i = [
            function (i, n, r) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var s = r(1),
                a = r(3),
                o = r(8),
                u = r(15);
              function c(i, n, r) {
                var u,
                  c = null,
                  l = function (i, n) {
                    (r && r(i, n), c && c.visit(i, n));
                  },
                  h = "function" == typeof r ? l : null,
                  p = !1;
                if (n) {
                  p = "boolean" == typeof n.comment && n.comment;
                  var d = "boolean" == typeof n.attachComment && n.attachComment;
                  (p || d) &&
                    (((c = new s.CommentHandler()).attach = d), (n.comment = !0), (h = l));
                }
                var f = !1;
                (n && "string" == typeof n.sourceType && (f = "module" === n.sourceType),
                  (u =
                    n && "boolean" == typeof n.jsx && n.jsx
                      ? new a.JSXParser(i, n, h)
                      : new o.Parser(i, n, h)));
                var m = f ? u.parseModule() : u.parseScript();
                return (
                  p && c && (m.comments = c.comments),
                  u.config.tokens && (m.tokens = u.tokens),
                  u.config.tolerant && (m.errors = u.errorHandler.errors),
                  m
                );
              }
              ((n.parse = c),
                (n.parseModule = function (i, n, r) {
                  var s = n || {};
                  return ((s.sourceType = "module"), c(i, s, r));
                }),
                (n.parseScript = function (i, n, r) {
                  var s = n || {};
                  return ((s.sourceType = "script"), c(i, s, r));
                }),
                (n.tokenize = function (i, n, r) {
                  var s,
                    a = new u.Tokenizer(i, n);
                  s = [];
                  try {
                    for (;;) {
                      var o = a.getNextToken();
                      if (!o) break;
                      (r && (o = r(o)), s.push(o));
                    }
                  } catch (i) {
                    a.errorHandler.tolerate(i);
                  }
                  return (a.errorHandler.tolerant && (s.errors = a.errors()), s);
                }),
                (n.Syntax = r(2).Syntax),
                (n.version = "4.0.1"));
            },
            function (i, n, r) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var s = r(2);
              n.CommentHandler = (function () {
                function i() {
                  ((this.attach = !1),
                    (this.comments = []),
                    (this.stack = []),
                    (this.leading = []),
                    (this.trailing = []));
                }
                return (
                  (i.prototype.insertInnerComments = function (i, n) {
                    if (i.type === s.Syntax.BlockStatement && 0 === i.body.length) {
                      for (var r = [], a = this.leading.length - 1; a >= 0; --a) {
                        var o = this.leading[a];
                        n.end.offset >= o.start &&
                          (r.unshift(o.comment),
                          this.leading.splice(a, 1),
                          this.trailing.splice(a, 1));
                      }
                      r.length && (i.innerComments = r);
                    }
                  }),
                  (i.prototype.findTrailingComments = function (i) {
                    var n = [];
                    if (this.trailing.length > 0) {
                      for (var r = this.trailing.length - 1; r >= 0; --r) {
                        var s = this.trailing[r];
                        s.start >= i.end.offset && n.unshift(s.comment);
                      }
                      return ((this.trailing.length = 0), n);
                    }
                    var a = this.stack[this.stack.length - 1];
                    if (a && a.node.trailingComments) {
                      var o = a.node.trailingComments[0];
                      o &&
                        o.range[0] >= i.end.offset &&
                        ((n = a.node.trailingComments), delete a.node.trailingComments);
                    }
                    return n;
                  }),
                  (i.prototype.findLeadingComments = function (i) {
                    for (var n, r = []; this.stack.length > 0;) {
                      var s = this.stack[this.stack.length - 1];
                      if (s && s.start >= i.start.offset) ((n = s.node), this.stack.pop());
                      else break;
                    }
                    if (n) {
                      for (
                        var a = n.leadingComments ? n.leadingComments.length : 0, o = a - 1;
                        o >= 0;
                        --o
                      ) {
                        var u = n.leadingComments[o];
                        u.range[1] <= i.start.offset &&
                          (r.unshift(u), n.leadingComments.splice(o, 1));
                      }
                      return (
                        n.leadingComments &&
                          0 === n.leadingComments.length &&
                          delete n.leadingComments,
                        r
                      );
                    }
                    for (var o = this.leading.length - 1; o >= 0; --o) {
                      var s = this.leading[o];
                      s.start <= i.start.offset &&
                        (r.unshift(s.comment), this.leading.splice(o, 1));
                    }
                    return r;
                  }),
                  (i.prototype.visitNode = function (i, n) {
                    if (i.type !== s.Syntax.Program || !(i.body.length > 0)) {
                      this.insertInnerComments(i, n);
                      var r = this.findTrailingComments(n),
                        a = this.findLeadingComments(n);
                      (a.length > 0 && (i.leadingComments = a),
                        r.length > 0 && (i.trailingComments = r),
                        this.stack.push({ node: i, start: n.start.offset }));
                    }
                  }),
                  (i.prototype.visitComment = function (i, n) {
                    var r = "L" === i.type[0] ? "Line" : "Block",
                      s = { type: r, value: i.value };
                    if (
                      (i.range && (s.range = i.range),
                      i.loc && (s.loc = i.loc),
                      this.comments.push(s),
                      this.attach)
                    ) {
                      var a = {
                        comment: { type: r, value: i.value, range: [n.start.offset, n.end.offset] },
                        start: n.start.offset,
                      };
                      (i.loc && (a.comment.loc = i.loc),
                        (i.type = r),
                        this.leading.push(a),
                        this.trailing.push(a));
                    }
                  }),
                  (i.prototype.visit = function (i, n) {
                    "LineComment" === i.type || "BlockComment" === i.type
                      ? this.visitComment(i, n)
                      : this.attach && this.visitNode(i, n);
                  }),
                  i
                );
              })();
            },
            function (i, n) {
              "use strict";
              (Object.defineProperty(n, "__esModule", { value: !0 }),
                (n.Syntax = {
                  AssignmentExpression: "AssignmentExpression",
                  AssignmentPattern: "AssignmentPattern",
                  ArrayExpression: "ArrayExpression",
                  ArrayPattern: "ArrayPattern",
                  ArrowFunctionExpression: "ArrowFunctionExpression",
                  AwaitExpression: "AwaitExpression",
                  BlockStatement: "BlockStatement",
                  BinaryExpression: "BinaryExpression",
                  BreakStatement: "BreakStatement",
                  CallExpression: "CallExpression",
                  CatchClause: "CatchClause",
                  ClassBody: "ClassBody",
                  ClassDeclaration: "ClassDeclaration",
                  ClassExpression: "ClassExpression",
                  ConditionalExpression: "ConditionalExpression",
                  ContinueStatement: "ContinueStatement",
                  DoWhileStatement: "DoWhileStatement",
                  DebuggerStatement: "DebuggerStatement",
                  EmptyStatement: "EmptyStatement",
                  ExportAllDeclaration: "ExportAllDeclaration",
                  ExportDefaultDeclaration: "ExportDefaultDeclaration",
                  ExportNamedDeclaration: "ExportNamedDeclaration",
                  ExportSpecifier: "ExportSpecifier",
                  ExpressionStatement: "ExpressionStatement",
                  ForStatement: "ForStatement",
                  ForOfStatement: "ForOfStatement",
                  ForInStatement: "ForInStatement",
                  FunctionDeclaration: "FunctionDeclaration",
                  FunctionExpression: "FunctionExpression",
                  Identifier: "Identifier",
                  IfStatement: "IfStatement",
                  ImportDeclaration: "ImportDeclaration",
                  ImportDefaultSpecifier: "ImportDefaultSpecifier",
                  ImportNamespaceSpecifier: "ImportNamespaceSpecifier",
                  ImportSpecifier: "ImportSpecifier",
                  Literal: "Literal",
                  LabeledStatement: "LabeledStatement",
                  LogicalExpression: "LogicalExpression",
                  MemberExpression: "MemberExpression",
                  MetaProperty: "MetaProperty",
                  MethodDefinition: "MethodDefinition",
                  NewExpression: "NewExpression",
                  ObjectExpression: "ObjectExpression",
                  ObjectPattern: "ObjectPattern",
                  Program: "Program",
                  Property: "Property",
                  RestElement: "RestElement",
                  ReturnStatement: "ReturnStatement",
                  SequenceExpression: "SequenceExpression",
                  SpreadElement: "SpreadElement",
                  Super: "Super",
                  SwitchCase: "SwitchCase",
                  SwitchStatement: "SwitchStatement",
                  TaggedTemplateExpression: "TaggedTemplateExpression",
                  TemplateElement: "TemplateElement",
                  TemplateLiteral: "TemplateLiteral",
                  ThisExpression: "ThisExpression",
                  ThrowStatement: "ThrowStatement",
                  TryStatement: "TryStatement",
                  UnaryExpression: "UnaryExpression",
                  UpdateExpression: "UpdateExpression",
                  VariableDeclaration: "VariableDeclaration",
                  VariableDeclarator: "VariableDeclarator",
                  WhileStatement: "WhileStatement",
                  WithStatement: "WithStatement",
                  YieldExpression: "YieldExpression",
                }));
            },
            function (i, n, r) {
              "use strict";
              var s,
                a =
                  (this && this.__extends) ||
                  ((s =
                    Object.setPrototypeOf ||
                    ({ __proto__: [] } instanceof Array &&
                      function (i, n) {
                        i.__proto__ = n;
                      }) ||
                    function (i, n) {
                      for (var r in n) n.hasOwnProperty(r) && (i[r] = n[r]);
                    }),
                  function (i, n) {
                    function r() {
                      this.constructor = i;
                    }
                    (s(i, n),
                      (i.prototype =
                        null === n ? Object.create(n) : ((r.prototype = n.prototype), new r())));
                  });
              Object.defineProperty(n, "__esModule", { value: !0 });
              var o = r(4),
                u = r(5),
                c = r(6),
                l = r(7),
                h = r(8),
                p = r(13),
                d = r(14);
              function f(i) {
                var n;
                switch (i.type) {
                  case c.JSXSyntax.JSXIdentifier:
                    n = i.name;
                    break;
                  case c.JSXSyntax.JSXNamespacedName:
                    n = f(i.namespace) + ":" + f(i.name);
                    break;
                  case c.JSXSyntax.JSXMemberExpression:
                    n = f(i.object) + "." + f(i.property);
                }
                return n;
              }
              ((p.TokenName[100] = "JSXIdentifier"),
                (p.TokenName[101] = "JSXText"),
                (n.JSXParser = (function (i) {
                  function n(n, r, s) {
                    return i.call(this, n, r, s) || this;
                  }
                  return (
                    a(n, i),
                    (n.prototype.parsePrimaryExpression = function () {
                      return this.match("<")
                        ? this.parseJSXRoot()
                        : i.prototype.parsePrimaryExpression.call(this);
                    }),
                    (n.prototype.startJSX = function () {
                      ((this.scanner.index = this.startMarker.index),
                        (this.scanner.lineNumber = this.startMarker.line),
                        (this.scanner.lineStart =
                          this.startMarker.index - this.startMarker.column));
                    }),
                    (n.prototype.finishJSX = function () {
                      this.nextToken();
                    }),
                    (n.prototype.reenterJSX = function () {
                      (this.startJSX(),
                        this.expectJSX("}"),
                        this.config.tokens && this.tokens.pop());
                    }),
                    (n.prototype.createJSXNode = function () {
                      return (
                        this.collectComments(),
                        {
                          index: this.scanner.index,
                          line: this.scanner.lineNumber,
                          column: this.scanner.index - this.scanner.lineStart,
                        }
                      );
                    }),
                    (n.prototype.createJSXChildNode = function () {
                      return {
                        index: this.scanner.index,
                        line: this.scanner.lineNumber,
                        column: this.scanner.index - this.scanner.lineStart,
                      };
                    }),
                    (n.prototype.scanXHTMLEntity = function (i) {
                      for (
                        var n = "&", r = !0, s = !1, a = !1, u = !1;
                        !this.scanner.eof() && r && !s;
                      ) {
                        var c = this.scanner.source[this.scanner.index];
                        if (c === i) break;
                        if (((s = ";" === c), (n += c), ++this.scanner.index, !s))
                          switch (n.length) {
                            case 2:
                              a = "#" === c;
                              break;
                            case 3:
                              a &&
                                ((r =
                                  (u = "x" === c) || o.Character.isDecimalDigit(c.charCodeAt(0))),
                                (a = a && !u));
                              break;
                            default:
                              r =
                                (r = r && !(a && !o.Character.isDecimalDigit(c.charCodeAt(0)))) &&
                                !(u && !o.Character.isHexDigit(c.charCodeAt(0)));
                          }
                      }
                      if (r && s && n.length > 2) {
                        var l = n.substr(1, n.length - 2);
                        a && l.length > 1
                          ? (n = String.fromCharCode(parseInt(l.substr(1), 10)))
                          : u && l.length > 2
                            ? (n = String.fromCharCode(parseInt("0" + l.substr(1), 16)))
                            : a || u || !d.XHTMLEntities[l] || (n = d.XHTMLEntities[l]);
                      }
                      return n;
                    }),
                    (n.prototype.lexJSX = function () {
                      var i = this.scanner.source.charCodeAt(this.scanner.index);
                      if (
                        60 === i ||
                        62 === i ||
                        47 === i ||
                        58 === i ||
                        61 === i ||
                        123 === i ||
                        125 === i
                      ) {
                        var n = this.scanner.source[this.scanner.index++];
                        return {
                          type: 7,
                          value: n,
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: this.scanner.index - 1,
                          end: this.scanner.index,
                        };
                      }
                      if (34 === i || 39 === i) {
                        for (
                          var r = this.scanner.index,
                            s = this.scanner.source[this.scanner.index++],
                            a = "";
                          !this.scanner.eof();
                        ) {
                          var u = this.scanner.source[this.scanner.index++];
                          if (u === s) break;
                          "&" === u ? (a += this.scanXHTMLEntity(s)) : (a += u);
                        }
                        return {
                          type: 8,
                          value: a,
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: r,
                          end: this.scanner.index,
                        };
                      }
                      if (46 === i) {
                        var c = this.scanner.source.charCodeAt(this.scanner.index + 1),
                          l = this.scanner.source.charCodeAt(this.scanner.index + 2),
                          n = 46 === c && 46 === l ? "..." : ".",
                          r = this.scanner.index;
                        return (
                          (this.scanner.index += n.length),
                          {
                            type: 7,
                            value: n,
                            lineNumber: this.scanner.lineNumber,
                            lineStart: this.scanner.lineStart,
                            start: r,
                            end: this.scanner.index,
                          }
                        );
                      }
                      if (96 === i)
                        return {
                          type: 10,
                          value: "",
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: this.scanner.index,
                          end: this.scanner.index,
                        };
                      if (o.Character.isIdentifierStart(i) && 92 !== i) {
                        var r = this.scanner.index;
                        for (++this.scanner.index; !this.scanner.eof();) {
                          var u = this.scanner.source.charCodeAt(this.scanner.index);
                          if (o.Character.isIdentifierPart(u) && 92 !== u) ++this.scanner.index;
                          else if (45 === u) ++this.scanner.index;
                          else break;
                        }
                        return {
                          type: 100,
                          value: this.scanner.source.slice(r, this.scanner.index),
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: r,
                          end: this.scanner.index,
                        };
                      }
                      return this.scanner.lex();
                    }),
                    (n.prototype.nextJSXToken = function () {
                      (this.collectComments(),
                        (this.startMarker.index = this.scanner.index),
                        (this.startMarker.line = this.scanner.lineNumber),
                        (this.startMarker.column = this.scanner.index - this.scanner.lineStart));
                      var i = this.lexJSX();
                      return (
                        (this.lastMarker.index = this.scanner.index),
                        (this.lastMarker.line = this.scanner.lineNumber),
                        (this.lastMarker.column = this.scanner.index - this.scanner.lineStart),
                        this.config.tokens && this.tokens.push(this.convertToken(i)),
                        i
                      );
                    }),
                    (n.prototype.nextJSXText = function () {
                      ((this.startMarker.index = this.scanner.index),
                        (this.startMarker.line = this.scanner.lineNumber),
                        (this.startMarker.column = this.scanner.index - this.scanner.lineStart));
                      for (var i = this.scanner.index, n = ""; !this.scanner.eof();) {
                        var r = this.scanner.source[this.scanner.index];
                        if ("{" === r || "<" === r) break;
                        (++this.scanner.index,
                          (n += r),
                          o.Character.isLineTerminator(r.charCodeAt(0)) &&
                            (++this.scanner.lineNumber,
                            "\r" === r &&
                              "\n" === this.scanner.source[this.scanner.index] &&
                              ++this.scanner.index,
                            (this.scanner.lineStart = this.scanner.index)));
                      }
                      ((this.lastMarker.index = this.scanner.index),
                        (this.lastMarker.line = this.scanner.lineNumber),
                        (this.lastMarker.column = this.scanner.index - this.scanner.lineStart));
                      var s = {
                        type: 101,
                        value: n,
                        lineNumber: this.scanner.lineNumber,
                        lineStart: this.scanner.lineStart,
                        start: i,
                        end: this.scanner.index,
                      };
                      return (
                        n.length > 0 &&
                          this.config.tokens &&
                          this.tokens.push(this.convertToken(s)),
                        s
                      );
                    }),
                    (n.prototype.peekJSXToken = function () {
                      var i = this.scanner.saveState();
                      this.scanner.scanComments();
                      var n = this.lexJSX();
                      return (this.scanner.restoreState(i), n);
                    }),
                    (n.prototype.expectJSX = function (i) {
                      var n = this.nextJSXToken();
                      (7 !== n.type || n.value !== i) && this.throwUnexpectedToken(n);
                    }),
                    (n.prototype.matchJSX = function (i) {
                      var n = this.peekJSXToken();
                      return 7 === n.type && n.value === i;
                    }),
                    (n.prototype.parseJSXIdentifier = function () {
                      var i = this.createJSXNode(),
                        n = this.nextJSXToken();
                      return (
                        100 !== n.type && this.throwUnexpectedToken(n),
                        this.finalize(i, new u.JSXIdentifier(n.value))
                      );
                    }),
                    (n.prototype.parseJSXElementName = function () {
                      var i = this.createJSXNode(),
                        n = this.parseJSXIdentifier();
                      if (this.matchJSX(":")) {
                        var r = n;
                        this.expectJSX(":");
                        var s = this.parseJSXIdentifier();
                        n = this.finalize(i, new u.JSXNamespacedName(r, s));
                      } else if (this.matchJSX("."))
                        for (; this.matchJSX(".");) {
                          var a = n;
                          this.expectJSX(".");
                          var o = this.parseJSXIdentifier();
                          n = this.finalize(i, new u.JSXMemberExpression(a, o));
                        }
                      return n;
                    }),
                    (n.prototype.parseJSXAttributeName = function () {
                      var i,
                        n = this.createJSXNode(),
                        r = this.parseJSXIdentifier();
                      if (this.matchJSX(":")) {
                        this.expectJSX(":");
                        var s = this.parseJSXIdentifier();
                        i = this.finalize(n, new u.JSXNamespacedName(r, s));
                      } else i = r;
                      return i;
                    }),
                    (n.prototype.parseJSXStringLiteralAttribute = function () {
                      var i = this.createJSXNode(),
                        n = this.nextJSXToken();
                      8 !== n.type && this.throwUnexpectedToken(n);
                      var r = this.getTokenRaw(n);
                      return this.finalize(i, new l.Literal(n.value, r));
                    }),
                    (n.prototype.parseJSXExpressionAttribute = function () {
                      var i = this.createJSXNode();
                      (this.expectJSX("{"),
                        this.finishJSX(),
                        this.match("}") &&
                          this.tolerateError(
                            "JSX attributes must only be assigned a non-empty expression",
                          ));
                      var n = this.parseAssignmentExpression();
                      return (this.reenterJSX(), this.finalize(i, new u.JSXExpressionContainer(n)));
                    }),
                    (n.prototype.parseJSXAttributeValue = function () {
                      return this.matchJSX("{")
                        ? this.parseJSXExpressionAttribute()
                        : this.matchJSX("<")
                          ? this.parseJSXElement()
                          : this.parseJSXStringLiteralAttribute();
                    }),
                    (n.prototype.parseJSXNameValueAttribute = function () {
                      var i = this.createJSXNode(),
                        n = this.parseJSXAttributeName(),
                        r = null;
                      return (
                        this.matchJSX("=") &&
                          (this.expectJSX("="), (r = this.parseJSXAttributeValue())),
                        this.finalize(i, new u.JSXAttribute(n, r))
                      );
                    }),
                    (n.prototype.parseJSXSpreadAttribute = function () {
                      var i = this.createJSXNode();
                      (this.expectJSX("{"), this.expectJSX("..."), this.finishJSX());
                      var n = this.parseAssignmentExpression();
                      return (this.reenterJSX(), this.finalize(i, new u.JSXSpreadAttribute(n)));
                    }),
                    (n.prototype.parseJSXAttributes = function () {
                      for (var i = []; !this.matchJSX("/") && !this.matchJSX(">");) {
                        var n = this.matchJSX("{")
                          ? this.parseJSXSpreadAttribute()
                          : this.parseJSXNameValueAttribute();
                        i.push(n);
                      }
                      return i;
                    }),
                    (n.prototype.parseJSXOpeningElement = function () {
                      var i = this.createJSXNode();
                      this.expectJSX("<");
                      var n = this.parseJSXElementName(),
                        r = this.parseJSXAttributes(),
                        s = this.matchJSX("/");
                      return (
                        s && this.expectJSX("/"),
                        this.expectJSX(">"),
                        this.finalize(i, new u.JSXOpeningElement(n, s, r))
                      );
                    }),
                    (n.prototype.parseJSXBoundaryElement = function () {
                      var i = this.createJSXNode();
                      if ((this.expectJSX("<"), this.matchJSX("/"))) {
                        this.expectJSX("/");
                        var n = this.parseJSXElementName();
                        return (this.expectJSX(">"), this.finalize(i, new u.JSXClosingElement(n)));
                      }
                      var r = this.parseJSXElementName(),
                        s = this.parseJSXAttributes(),
                        a = this.matchJSX("/");
                      return (
                        a && this.expectJSX("/"),
                        this.expectJSX(">"),
                        this.finalize(i, new u.JSXOpeningElement(r, a, s))
                      );
                    }),
                    (n.prototype.parseJSXEmptyExpression = function () {
                      var i = this.createJSXChildNode();
                      return (
                        this.collectComments(),
                        (this.lastMarker.index = this.scanner.index),
                        (this.lastMarker.line = this.scanner.lineNumber),
                        (this.lastMarker.column = this.scanner.index - this.scanner.lineStart),
                        this.finalize(i, new u.JSXEmptyExpression())
                      );
                    }),
                    (n.prototype.parseJSXExpressionContainer = function () {
                      var i,
                        n = this.createJSXNode();
                      return (
                        this.expectJSX("{"),
                        this.matchJSX("}")
                          ? ((i = this.parseJSXEmptyExpression()), this.expectJSX("}"))
                          : (this.finishJSX(),
                            (i = this.parseAssignmentExpression()),
                            this.reenterJSX()),
                        this.finalize(n, new u.JSXExpressionContainer(i))
                      );
                    }),
                    (n.prototype.parseJSXChildren = function () {
                      for (var i = []; !this.scanner.eof();) {
                        var n = this.createJSXChildNode(),
                          r = this.nextJSXText();
                        if (r.start < r.end) {
                          var s = this.getTokenRaw(r),
                            a = this.finalize(n, new u.JSXText(r.value, s));
                          i.push(a);
                        }
                        if ("{" === this.scanner.source[this.scanner.index]) {
                          var o = this.parseJSXExpressionContainer();
                          i.push(o);
                        } else break;
                      }
                      return i;
                    }),
                    (n.prototype.parseComplexJSXElement = function (i) {
                      for (var n = []; !this.scanner.eof();) {
                        i.children = i.children.concat(this.parseJSXChildren());
                        var r = this.createJSXChildNode(),
                          s = this.parseJSXBoundaryElement();
                        if (s.type === c.JSXSyntax.JSXOpeningElement)
                          if (s.selfClosing) {
                            var a = this.finalize(r, new u.JSXElement(s, [], null));
                            i.children.push(a);
                          } else
                            (n.push(i), (i = { node: r, opening: s, closing: null, children: [] }));
                        if (s.type === c.JSXSyntax.JSXClosingElement) {
                          i.closing = s;
                          var o = f(i.opening.name);
                          if (
                            (o !== f(i.closing.name) &&
                              this.tolerateError(
                                "Expected corresponding JSX closing tag for %0",
                                o,
                              ),
                            n.length > 0)
                          ) {
                            var a = this.finalize(
                              i.node,
                              new u.JSXElement(i.opening, i.children, i.closing),
                            );
                            ((i = n[n.length - 1]).children.push(a), n.pop());
                          } else break;
                        }
                      }
                      return i;
                    }),
                    (n.prototype.parseJSXElement = function () {
                      var i = this.createJSXNode(),
                        n = this.parseJSXOpeningElement(),
                        r = [],
                        s = null;
                      if (!n.selfClosing) {
                        var a = this.parseComplexJSXElement({
                          node: i,
                          opening: n,
                          closing: s,
                          children: r,
                        });
                        ((r = a.children), (s = a.closing));
                      }
                      return this.finalize(i, new u.JSXElement(n, r, s));
                    }),
                    (n.prototype.parseJSXRoot = function () {
                      (this.config.tokens && this.tokens.pop(), this.startJSX());
                      var i = this.parseJSXElement();
                      return (this.finishJSX(), i);
                    }),
                    (n.prototype.isStartOfExpression = function () {
                      return i.prototype.isStartOfExpression.call(this) || this.match("<");
                    }),
                    n
                  );
                })(h.Parser)));
            },
            function (i, n) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var r =
                  /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u08A0-\u08B4\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF30-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDEC0-\uDEF8]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F]|\uD82C[\uDC00\uDC01]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1]|\uD87E[\uDC00-\uDE1D]/,
                s =
                  /[\xAA\xB5\xB7\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u08A0-\u08B4\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D01-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1369-\u1371\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19DA\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1CD0-\u1CD2\u1CD4-\u1CF6\u1CF8\u1CF9\u1D00-\u1DF5\u1DFC-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u200C\u200D\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C4\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF30-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDEC0-\uDEF8]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F]|\uD82C[\uDC00\uDC01]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
              n.Character = {
                fromCodePoint: function (i) {
                  return i < 65536
                    ? String.fromCharCode(i)
                    : String.fromCharCode(55296 + ((i - 65536) >> 10)) +
                        String.fromCharCode(56320 + ((i - 65536) & 1023));
                },
                isWhiteSpace: function (i) {
                  return (
                    32 === i ||
                    9 === i ||
                    11 === i ||
                    12 === i ||
                    160 === i ||
                    (i >= 5760 &&
                      [
                        5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202,
                        8239, 8287, 12288, 65279,
                      ].indexOf(i) >= 0)
                  );
                },
                isLineTerminator: function (i) {
                  return 10 === i || 13 === i || 8232 === i || 8233 === i;
                },
                isIdentifierStart: function (i) {
                  return (
                    36 === i ||
                    95 === i ||
                    (i >= 65 && i <= 90) ||
                    (i >= 97 && i <= 122) ||
                    92 === i ||
                    (i >= 128 && r.test(n.Character.fromCodePoint(i)))
                  );
                },
                isIdentifierPart: function (i) {
                  return (
                    36 === i ||
                    95 === i ||
                    (i >= 65 && i <= 90) ||
                    (i >= 97 && i <= 122) ||
                    (i >= 48 && i <= 57) ||
                    92 === i ||
                    (i >= 128 && s.test(n.Character.fromCodePoint(i)))
                  );
                },
                isDecimalDigit: function (i) {
                  return i >= 48 && i <= 57;
                },
                isHexDigit: function (i) {
                  return (i >= 48 && i <= 57) || (i >= 65 && i <= 70) || (i >= 97 && i <= 102);
                },
                isOctalDigit: function (i) {
                  return i >= 48 && i <= 55;
                },
              };
            },
            function (i, n, r) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var s = r(6);
              ((n.JSXClosingElement = function (i) {
                ((this.type = s.JSXSyntax.JSXClosingElement), (this.name = i));
              }),
                (n.JSXElement = function (i, n, r) {
                  ((this.type = s.JSXSyntax.JSXElement),
                    (this.openingElement = i),
                    (this.children = n),
                    (this.closingElement = r));
                }),
                (n.JSXEmptyExpression = function () {
                  this.type = s.JSXSyntax.JSXEmptyExpression;
                }),
                (n.JSXExpressionContainer = function (i) {
                  ((this.type = s.JSXSyntax.JSXExpressionContainer), (this.expression = i));
                }),
                (n.JSXIdentifier = function (i) {
                  ((this.type = s.JSXSyntax.JSXIdentifier), (this.name = i));
                }),
                (n.JSXMemberExpression = function (i, n) {
                  ((this.type = s.JSXSyntax.JSXMemberExpression),
                    (this.object = i),
                    (this.property = n));
                }),
                (n.JSXAttribute = function (i, n) {
                  ((this.type = s.JSXSyntax.JSXAttribute), (this.name = i), (this.value = n));
                }),
                (n.JSXNamespacedName = function (i, n) {
                  ((this.type = s.JSXSyntax.JSXNamespacedName),
                    (this.namespace = i),
                    (this.name = n));
                }),
                (n.JSXOpeningElement = function (i, n, r) {
                  ((this.type = s.JSXSyntax.JSXOpeningElement),
                    (this.name = i),
                    (this.selfClosing = n),
                    (this.attributes = r));
                }),
                (n.JSXSpreadAttribute = function (i) {
                  ((this.type = s.JSXSyntax.JSXSpreadAttribute), (this.argument = i));
                }),
                (n.JSXText = function (i, n) {
                  ((this.type = s.JSXSyntax.JSXText), (this.value = i), (this.raw = n));
                }));
            },
            function (i, n) {
              "use strict";
              (Object.defineProperty(n, "__esModule", { value: !0 }),
                (n.JSXSyntax = {
                  JSXAttribute: "JSXAttribute",
                  JSXClosingElement: "JSXClosingElement",
                  JSXElement: "JSXElement",
                  JSXEmptyExpression: "JSXEmptyExpression",
                  JSXExpressionContainer: "JSXExpressionContainer",
                  JSXIdentifier: "JSXIdentifier",
                  JSXMemberExpression: "JSXMemberExpression",
                  JSXNamespacedName: "JSXNamespacedName",
                  JSXOpeningElement: "JSXOpeningElement",
                  JSXSpreadAttribute: "JSXSpreadAttribute",
                  JSXText: "JSXText",
                }));
            },
            function (i, n, r) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var s = r(2);
              ((n.ArrayExpression = function (i) {
                ((this.type = s.Syntax.ArrayExpression), (this.elements = i));
              }),
                (n.ArrayPattern = function (i) {
                  ((this.type = s.Syntax.ArrayPattern), (this.elements = i));
                }),
                (n.ArrowFunctionExpression = function (i, n, r) {
                  ((this.type = s.Syntax.ArrowFunctionExpression),
                    (this.id = null),
                    (this.params = i),
                    (this.body = n),
                    (this.generator = !1),
                    (this.expression = r),
                    (this.async = !1));
                }),
                (n.AssignmentExpression = function (i, n, r) {
                  ((this.type = s.Syntax.AssignmentExpression),
                    (this.operator = i),
                    (this.left = n),
                    (this.right = r));
                }),
                (n.AssignmentPattern = function (i, n) {
                  ((this.type = s.Syntax.AssignmentPattern), (this.left = i), (this.right = n));
                }),
                (n.AsyncArrowFunctionExpression = function (i, n, r) {
                  ((this.type = s.Syntax.ArrowFunctionExpression),
                    (this.id = null),
                    (this.params = i),
                    (this.body = n),
                    (this.generator = !1),
                    (this.expression = r),
                    (this.async = !0));
                }),
                (n.AsyncFunctionDeclaration = function (i, n, r) {
                  ((this.type = s.Syntax.FunctionDeclaration),
                    (this.id = i),
                    (this.params = n),
                    (this.body = r),
                    (this.generator = !1),
                    (this.expression = !1),
                    (this.async = !0));
                }),
                (n.AsyncFunctionExpression = function (i, n, r) {
                  ((this.type = s.Syntax.FunctionExpression),
                    (this.id = i),
                    (this.params = n),
                    (this.body = r),
                    (this.generator = !1),
                    (this.expression = !1),
                    (this.async = !0));
                }),
                (n.AwaitExpression = function (i) {
                  ((this.type = s.Syntax.AwaitExpression), (this.argument = i));
                }),
                (n.BinaryExpression = function (i, n, r) {
                  ((this.type =
                    "||" === i || "&&" === i
                      ? s.Syntax.LogicalExpression
                      : s.Syntax.BinaryExpression),
                    (this.operator = i),
                    (this.left = n),
                    (this.right = r));
                }),
                (n.BlockStatement = function (i) {
                  ((this.type = s.Syntax.BlockStatement), (this.body = i));
                }),
                (n.BreakStatement = function (i) {
                  ((this.type = s.Syntax.BreakStatement), (this.label = i));
                }),
                (n.CallExpression = function (i, n) {
                  ((this.type = s.Syntax.CallExpression), (this.callee = i), (this.arguments = n));
                }),
                (n.CatchClause = function (i, n) {
                  ((this.type = s.Syntax.CatchClause), (this.param = i), (this.body = n));
                }),
                (n.ClassBody = function (i) {
                  ((this.type = s.Syntax.ClassBody), (this.body = i));
                }),
                (n.ClassDeclaration = function (i, n, r) {
                  ((this.type = s.Syntax.ClassDeclaration),
                    (this.id = i),
                    (this.superClass = n),
                    (this.body = r));
                }),
                (n.ClassExpression = function (i, n, r) {
                  ((this.type = s.Syntax.ClassExpression),
                    (this.id = i),
                    (this.superClass = n),
                    (this.body = r));
                }),
                (n.ComputedMemberExpression = function (i, n) {
                  ((this.type = s.Syntax.MemberExpression),
                    (this.computed = !0),
                    (this.object = i),
                    (this.property = n));
                }),
                (n.ConditionalExpression = function (i, n, r) {
                  ((this.type = s.Syntax.ConditionalExpression),
                    (this.test = i),
                    (this.consequent = n),
                    (this.alternate = r));
                }),
                (n.ContinueStatement = function (i) {
                  ((this.type = s.Syntax.ContinueStatement), (this.label = i));
                }),
                (n.DebuggerStatement = function () {
                  this.type = s.Syntax.DebuggerStatement;
                }),
                (n.Directive = function (i, n) {
                  ((this.type = s.Syntax.ExpressionStatement),
                    (this.expression = i),
                    (this.directive = n));
                }),
                (n.DoWhileStatement = function (i, n) {
                  ((this.type = s.Syntax.DoWhileStatement), (this.body = i), (this.test = n));
                }),
                (n.EmptyStatement = function () {
                  this.type = s.Syntax.EmptyStatement;
                }),
                (n.ExportAllDeclaration = function (i) {
                  ((this.type = s.Syntax.ExportAllDeclaration), (this.source = i));
                }),
                (n.ExportDefaultDeclaration = function (i) {
                  ((this.type = s.Syntax.ExportDefaultDeclaration), (this.declaration = i));
                }),
                (n.ExportNamedDeclaration = function (i, n, r) {
                  ((this.type = s.Syntax.ExportNamedDeclaration),
                    (this.declaration = i),
                    (this.specifiers = n),
                    (this.source = r));
                }),
                (n.ExportSpecifier = function (i, n) {
                  ((this.type = s.Syntax.ExportSpecifier), (this.exported = n), (this.local = i));
                }),
                (n.ExpressionStatement = function (i) {
                  ((this.type = s.Syntax.ExpressionStatement), (this.expression = i));
                }),
                (n.ForInStatement = function (i, n, r) {
                  ((this.type = s.Syntax.ForInStatement),
                    (this.left = i),
                    (this.right = n),
                    (this.body = r),
                    (this.each = !1));
                }),
                (n.ForOfStatement = function (i, n, r) {
                  ((this.type = s.Syntax.ForOfStatement),
                    (this.left = i),
                    (this.right = n),
                    (this.body = r));
                }),
                (n.ForStatement = function (i, n, r, a) {
                  ((this.type = s.Syntax.ForStatement),
                    (this.init = i),
                    (this.test = n),
                    (this.update = r),
                    (this.body = a));
                }),
                (n.FunctionDeclaration = function (i, n, r, a) {
                  ((this.type = s.Syntax.FunctionDeclaration),
                    (this.id = i),
                    (this.params = n),
                    (this.body = r),
                    (this.generator = a),
                    (this.expression = !1),
                    (this.async = !1));
                }),
                (n.FunctionExpression = function (i, n, r, a) {
                  ((this.type = s.Syntax.FunctionExpression),
                    (this.id = i),
                    (this.params = n),
                    (this.body = r),
                    (this.generator = a),
                    (this.expression = !1),
                    (this.async = !1));
                }),
                (n.Identifier = function (i) {
                  ((this.type = s.Syntax.Identifier), (this.name = i));
                }),
                (n.IfStatement = function (i, n, r) {
                  ((this.type = s.Syntax.IfStatement),
                    (this.test = i),
                    (this.consequent = n),
                    (this.alternate = r));
                }),
                (n.ImportDeclaration = function (i, n) {
                  ((this.type = s.Syntax.ImportDeclaration),
                    (this.specifiers = i),
                    (this.source = n));
                }),
                (n.ImportDefaultSpecifier = function (i) {
                  ((this.type = s.Syntax.ImportDefaultSpecifier), (this.local = i));
                }),
                (n.ImportNamespaceSpecifier = function (i) {
                  ((this.type = s.Syntax.ImportNamespaceSpecifier), (this.local = i));
                }),
                (n.ImportSpecifier = function (i, n) {
                  ((this.type = s.Syntax.ImportSpecifier), (this.local = i), (this.imported = n));
                }),
                (n.LabeledStatement = function (i, n) {
                  ((this.type = s.Syntax.LabeledStatement), (this.label = i), (this.body = n));
                }),
                (n.Literal = function (i, n) {
                  ((this.type = s.Syntax.Literal), (this.value = i), (this.raw = n));
                }),
                (n.MetaProperty = function (i, n) {
                  ((this.type = s.Syntax.MetaProperty), (this.meta = i), (this.property = n));
                }),
                (n.MethodDefinition = function (i, n, r, a, o) {
                  ((this.type = s.Syntax.MethodDefinition),
                    (this.key = i),
                    (this.computed = n),
                    (this.value = r),
                    (this.kind = a),
                    (this.static = o));
                }),
                (n.Module = function (i) {
                  ((this.type = s.Syntax.Program), (this.body = i), (this.sourceType = "module"));
                }),
                (n.NewExpression = function (i, n) {
                  ((this.type = s.Syntax.NewExpression), (this.callee = i), (this.arguments = n));
                }),
                (n.ObjectExpression = function (i) {
                  ((this.type = s.Syntax.ObjectExpression), (this.properties = i));
                }),
                (n.ObjectPattern = function (i) {
                  ((this.type = s.Syntax.ObjectPattern), (this.properties = i));
                }),
                (n.Property = function (i, n, r, a, o, u) {
                  ((this.type = s.Syntax.Property),
                    (this.key = n),
                    (this.computed = r),
                    (this.value = a),
                    (this.kind = i),
                    (this.method = o),
                    (this.shorthand = u));
                }),
                (n.RegexLiteral = function (i, n, r, a) {
                  ((this.type = s.Syntax.Literal),
                    (this.value = i),
                    (this.raw = n),
                    (this.regex = { pattern: r, flags: a }));
                }),
                (n.RestElement = function (i) {
                  ((this.type = s.Syntax.RestElement), (this.argument = i));
                }),
                (n.ReturnStatement = function (i) {
                  ((this.type = s.Syntax.ReturnStatement), (this.argument = i));
                }),
                (n.Script = function (i) {
                  ((this.type = s.Syntax.Program), (this.body = i), (this.sourceType = "script"));
                }),
                (n.SequenceExpression = function (i) {
                  ((this.type = s.Syntax.SequenceExpression), (this.expressions = i));
                }),
                (n.SpreadElement = function (i) {
                  ((this.type = s.Syntax.SpreadElement), (this.argument = i));
                }),
                (n.StaticMemberExpression = function (i, n) {
                  ((this.type = s.Syntax.MemberExpression),
                    (this.computed = !1),
                    (this.object = i),
                    (this.property = n));
                }),
                (n.Super = function () {
                  this.type = s.Syntax.Super;
                }),
                (n.SwitchCase = function (i, n) {
                  ((this.type = s.Syntax.SwitchCase), (this.test = i), (this.consequent = n));
                }),
                (n.SwitchStatement = function (i, n) {
                  ((this.type = s.Syntax.SwitchStatement),
                    (this.discriminant = i),
                    (this.cases = n));
                }),
                (n.TaggedTemplateExpression = function (i, n) {
                  ((this.type = s.Syntax.TaggedTemplateExpression),
                    (this.tag = i),
                    (this.quasi = n));
                }),
                (n.TemplateElement = function (i, n) {
                  ((this.type = s.Syntax.TemplateElement), (this.value = i), (this.tail = n));
                }),
                (n.TemplateLiteral = function (i, n) {
                  ((this.type = s.Syntax.TemplateLiteral),
                    (this.quasis = i),
                    (this.expressions = n));
                }),
                (n.ThisExpression = function () {
                  this.type = s.Syntax.ThisExpression;
                }),
                (n.ThrowStatement = function (i) {
                  ((this.type = s.Syntax.ThrowStatement), (this.argument = i));
                }),
                (n.TryStatement = function (i, n, r) {
                  ((this.type = s.Syntax.TryStatement),
                    (this.block = i),
                    (this.handler = n),
                    (this.finalizer = r));
                }),
                (n.UnaryExpression = function (i, n) {
                  ((this.type = s.Syntax.UnaryExpression),
                    (this.operator = i),
                    (this.argument = n),
                    (this.prefix = !0));
                }),
                (n.UpdateExpression = function (i, n, r) {
                  ((this.type = s.Syntax.UpdateExpression),
                    (this.operator = i),
                    (this.argument = n),
                    (this.prefix = r));
                }),
                (n.VariableDeclaration = function (i, n) {
                  ((this.type = s.Syntax.VariableDeclaration),
                    (this.declarations = i),
                    (this.kind = n));
                }),
                (n.VariableDeclarator = function (i, n) {
                  ((this.type = s.Syntax.VariableDeclarator), (this.id = i), (this.init = n));
                }),
                (n.WhileStatement = function (i, n) {
                  ((this.type = s.Syntax.WhileStatement), (this.test = i), (this.body = n));
                }),
                (n.WithStatement = function (i, n) {
                  ((this.type = s.Syntax.WithStatement), (this.object = i), (this.body = n));
                }),
                (n.YieldExpression = function (i, n) {
                  ((this.type = s.Syntax.YieldExpression),
                    (this.argument = i),
                    (this.delegate = n));
                }));
            },
            function (i, n, r) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var s = r(9),
                a = r(10),
                o = r(11),
                u = r(7),
                c = r(12),
                l = r(2),
                h = r(13),
                p = "ArrowParameterPlaceHolder";
              n.Parser = (function () {
                function i(i, n, r) {
                  (void 0 === n && (n = {}),
                    (this.config = {
                      range: "boolean" == typeof n.range && n.range,
                      loc: "boolean" == typeof n.loc && n.loc,
                      source: null,
                      tokens: "boolean" == typeof n.tokens && n.tokens,
                      comment: "boolean" == typeof n.comment && n.comment,
                      tolerant: "boolean" == typeof n.tolerant && n.tolerant,
                    }),
                    this.config.loc &&
                      n.source &&
                      null !== n.source &&
                      (this.config.source = String(n.source)),
                    (this.delegate = r),
                    (this.errorHandler = new a.ErrorHandler()),
                    (this.errorHandler.tolerant = this.config.tolerant),
                    (this.scanner = new c.Scanner(i, this.errorHandler)),
                    (this.scanner.trackComment = this.config.comment),
                    (this.operatorPrecedence = {
                      ")": 0,
                      ";": 0,
                      ",": 0,
                      "=": 0,
                      "]": 0,
                      "||": 1,
                      "&&": 2,
                      "|": 3,
                      "^": 4,
                      "&": 5,
                      "==": 6,
                      "!=": 6,
                      "===": 6,
                      "!==": 6,
                      "<": 7,
                      ">": 7,
                      "<=": 7,
                      ">=": 7,
                      "<<": 8,
                      ">>": 8,
                      ">>>": 8,
                      "+": 9,
                      "-": 9,
                      "*": 11,
                      "/": 11,
                      "%": 11,
                    }),
                    (this.lookahead = {
                      type: 2,
                      value: "",
                      lineNumber: this.scanner.lineNumber,
                      lineStart: 0,
                      start: 0,
                      end: 0,
                    }),
                    (this.hasLineTerminator = !1),
                    (this.context = {
                      isModule: !1,
                      await: !1,
                      allowIn: !0,
                      allowStrictDirective: !0,
                      allowYield: !0,
                      firstCoverInitializedNameError: null,
                      isAssignmentTarget: !1,
                      isBindingElement: !1,
                      inFunctionBody: !1,
                      inIteration: !1,
                      inSwitch: !1,
                      labelSet: {},
                      strict: !1,
                    }),
                    (this.tokens = []),
                    (this.startMarker = { index: 0, line: this.scanner.lineNumber, column: 0 }),
                    (this.lastMarker = { index: 0, line: this.scanner.lineNumber, column: 0 }),
                    this.nextToken(),
                    (this.lastMarker = {
                      index: this.scanner.index,
                      line: this.scanner.lineNumber,
                      column: this.scanner.index - this.scanner.lineStart,
                    }));
                }
                return (
                  (i.prototype.throwError = function (i) {
                    for (var n = [], r = 1; r < arguments.length; r++) n[r - 1] = arguments[r];
                    var a = Array.prototype.slice.call(arguments, 1),
                      o = i.replace(/%(\d)/g, function (i, n) {
                        return (s.assert(n < a.length, "Message reference must be in range"), a[n]);
                      }),
                      u = this.lastMarker.index,
                      c = this.lastMarker.line,
                      l = this.lastMarker.column + 1;
                    throw this.errorHandler.createError(u, c, l, o);
                  }),
                  (i.prototype.tolerateError = function (i) {
                    for (var n = [], r = 1; r < arguments.length; r++) n[r - 1] = arguments[r];
                    var a = Array.prototype.slice.call(arguments, 1),
                      o = i.replace(/%(\d)/g, function (i, n) {
                        return (s.assert(n < a.length, "Message reference must be in range"), a[n]);
                      }),
                      u = this.lastMarker.index,
                      c = this.scanner.lineNumber,
                      l = this.lastMarker.column + 1;
                    this.errorHandler.tolerateError(u, c, l, o);
                  }),
                  (i.prototype.unexpectedTokenError = function (i, n) {
                    var r,
                      s = n || o.Messages.UnexpectedToken;
                    if (
                      (i
                        ? (!n &&
                            ((s =
                              2 === i.type
                                ? o.Messages.UnexpectedEOS
                                : 3 === i.type
                                  ? o.Messages.UnexpectedIdentifier
                                  : 6 === i.type
                                    ? o.Messages.UnexpectedNumber
                                    : 8 === i.type
                                      ? o.Messages.UnexpectedString
                                      : 10 === i.type
                                        ? o.Messages.UnexpectedTemplate
                                        : o.Messages.UnexpectedToken),
                            4 === i.type &&
                              (this.scanner.isFutureReservedWord(i.value)
                                ? (s = o.Messages.UnexpectedReserved)
                                : this.context.strict &&
                                  this.scanner.isStrictModeReservedWord(i.value) &&
                                  (s = o.Messages.StrictReservedWord))),
                          (r = i.value))
                        : (r = "ILLEGAL"),
                      (s = s.replace("%0", r)),
                      i && "number" == typeof i.lineNumber)
                    ) {
                      var a = i.start,
                        u = i.lineNumber,
                        c = this.lastMarker.index - this.lastMarker.column,
                        l = i.start - c + 1;
                      return this.errorHandler.createError(a, u, l, s);
                    }
                    var a = this.lastMarker.index,
                      u = this.lastMarker.line,
                      l = this.lastMarker.column + 1;
                    return this.errorHandler.createError(a, u, l, s);
                  }),
                  (i.prototype.throwUnexpectedToken = function (i, n) {
                    throw this.unexpectedTokenError(i, n);
                  }),
                  (i.prototype.tolerateUnexpectedToken = function (i, n) {
                    this.errorHandler.tolerate(this.unexpectedTokenError(i, n));
                  }),
                  (i.prototype.collectComments = function () {
                    if (this.config.comment) {
                      var i = this.scanner.scanComments();
                      if (i.length > 0 && this.delegate)
                        for (var n = 0; n < i.length; ++n) {
                          var r = i[n],
                            s = void 0;
                          ((s = {
                            type: r.multiLine ? "BlockComment" : "LineComment",
                            value: this.scanner.source.slice(r.slice[0], r.slice[1]),
                          }),
                            this.config.range && (s.range = r.range),
                            this.config.loc && (s.loc = r.loc));
                          var a = {
                            start: {
                              line: r.loc.start.line,
                              column: r.loc.start.column,
                              offset: r.range[0],
                            },
                            end: {
                              line: r.loc.end.line,
                              column: r.loc.end.column,
                              offset: r.range[1],
                            },
                          };
                          this.delegate(s, a);
                        }
                    } else this.scanner.scanComments();
                  }),
                  (i.prototype.getTokenRaw = function (i) {
                    return this.scanner.source.slice(i.start, i.end);
                  }),
                  (i.prototype.convertToken = function (i) {
                    var n = { type: h.TokenName[i.type], value: this.getTokenRaw(i) };
                    return (
                      this.config.range && (n.range = [i.start, i.end]),
                      this.config.loc &&
                        (n.loc = {
                          start: { line: this.startMarker.line, column: this.startMarker.column },
                          end: {
                            line: this.scanner.lineNumber,
                            column: this.scanner.index - this.scanner.lineStart,
                          },
                        }),
                      9 === i.type && (n.regex = { pattern: i.pattern, flags: i.flags }),
                      n
                    );
                  }),
                  (i.prototype.nextToken = function () {
                    var i = this.lookahead;
                    ((this.lastMarker.index = this.scanner.index),
                      (this.lastMarker.line = this.scanner.lineNumber),
                      (this.lastMarker.column = this.scanner.index - this.scanner.lineStart),
                      this.collectComments(),
                      this.scanner.index !== this.startMarker.index &&
                        ((this.startMarker.index = this.scanner.index),
                        (this.startMarker.line = this.scanner.lineNumber),
                        (this.startMarker.column = this.scanner.index - this.scanner.lineStart)));
                    var n = this.scanner.lex();
                    return (
                      (this.hasLineTerminator = i.lineNumber !== n.lineNumber),
                      n &&
                        this.context.strict &&
                        3 === n.type &&
                        this.scanner.isStrictModeReservedWord(n.value) &&
                        (n.type = 4),
                      (this.lookahead = n),
                      this.config.tokens && 2 !== n.type && this.tokens.push(this.convertToken(n)),
                      i
                    );
                  }),
                  (i.prototype.nextRegexToken = function () {
                    this.collectComments();
                    var i = this.scanner.scanRegExp();
                    return (
                      this.config.tokens &&
                        (this.tokens.pop(), this.tokens.push(this.convertToken(i))),
                      (this.lookahead = i),
                      this.nextToken(),
                      i
                    );
                  }),
                  (i.prototype.createNode = function () {
                    return {
                      index: this.startMarker.index,
                      line: this.startMarker.line,
                      column: this.startMarker.column,
                    };
                  }),
                  (i.prototype.startNode = function (i, n) {
                    void 0 === n && (n = 0);
                    var r = i.start - i.lineStart,
                      s = i.lineNumber;
                    return (r < 0 && ((r += n), s--), { index: i.start, line: s, column: r });
                  }),
                  (i.prototype.finalize = function (i, n) {
                    if (
                      (this.config.range && (n.range = [i.index, this.lastMarker.index]),
                      this.config.loc &&
                        ((n.loc = {
                          start: { line: i.line, column: i.column },
                          end: { line: this.lastMarker.line, column: this.lastMarker.column },
                        }),
                        this.config.source && (n.loc.source = this.config.source)),
                      this.delegate)
                    ) {
                      var r = {
                        start: { line: i.line, column: i.column, offset: i.index },
                        end: {
                          line: this.lastMarker.line,
                          column: this.lastMarker.column,
                          offset: this.lastMarker.index,
                        },
                      };
                      this.delegate(n, r);
                    }
                    return n;
                  }),
                  (i.prototype.expect = function (i) {
                    var n = this.nextToken();
                    (7 !== n.type || n.value !== i) && this.throwUnexpectedToken(n);
                  }),
                  (i.prototype.expectCommaSeparator = function () {
                    if (this.config.tolerant) {
                      var i = this.lookahead;
                      7 === i.type && "," === i.value
                        ? this.nextToken()
                        : 7 === i.type && ";" === i.value
                          ? (this.nextToken(), this.tolerateUnexpectedToken(i))
                          : this.tolerateUnexpectedToken(i, o.Messages.UnexpectedToken);
                    } else this.expect(",");
                  }),
                  (i.prototype.expectKeyword = function (i) {
                    var n = this.nextToken();
                    (4 !== n.type || n.value !== i) && this.throwUnexpectedToken(n);
                  }),
                  (i.prototype.match = function (i) {
                    return 7 === this.lookahead.type && this.lookahead.value === i;
                  }),
                  (i.prototype.matchKeyword = function (i) {
                    return 4 === this.lookahead.type && this.lookahead.value === i;
                  }),
                  (i.prototype.matchContextualKeyword = function (i) {
                    return 3 === this.lookahead.type && this.lookahead.value === i;
                  }),
                  (i.prototype.matchAssign = function () {
                    if (7 !== this.lookahead.type) return !1;
                    var i = this.lookahead.value;
                    return (
                      "=" === i ||
                      "*=" === i ||
                      "**=" === i ||
                      "/=" === i ||
                      "%=" === i ||
                      "+=" === i ||
                      "-=" === i ||
                      "<<=" === i ||
                      ">>=" === i ||
                      ">>>=" === i ||
                      "&=" === i ||
                      "^=" === i ||
                      "|=" === i
                    );
                  }),
                  (i.prototype.isolateCoverGrammar = function (i) {
                    var n = this.context.isBindingElement,
                      r = this.context.isAssignmentTarget,
                      s = this.context.firstCoverInitializedNameError;
                    ((this.context.isBindingElement = !0),
                      (this.context.isAssignmentTarget = !0),
                      (this.context.firstCoverInitializedNameError = null));
                    var a = i.call(this);
                    return (
                      null !== this.context.firstCoverInitializedNameError &&
                        this.throwUnexpectedToken(this.context.firstCoverInitializedNameError),
                      (this.context.isBindingElement = n),
                      (this.context.isAssignmentTarget = r),
                      (this.context.firstCoverInitializedNameError = s),
                      a
                    );
                  }),
                  (i.prototype.inheritCoverGrammar = function (i) {
                    var n = this.context.isBindingElement,
                      r = this.context.isAssignmentTarget,
                      s = this.context.firstCoverInitializedNameError;
                    ((this.context.isBindingElement = !0),
                      (this.context.isAssignmentTarget = !0),
                      (this.context.firstCoverInitializedNameError = null));
                    var a = i.call(this);
                    return (
                      (this.context.isBindingElement = this.context.isBindingElement && n),
                      (this.context.isAssignmentTarget = this.context.isAssignmentTarget && r),
                      (this.context.firstCoverInitializedNameError =
                        s || this.context.firstCoverInitializedNameError),
                      a
                    );
                  }),
                  (i.prototype.consumeSemicolon = function () {
                    this.match(";")
                      ? this.nextToken()
                      : this.hasLineTerminator ||
                        (2 === this.lookahead.type ||
                          this.match("}") ||
                          this.throwUnexpectedToken(this.lookahead),
                        (this.lastMarker.index = this.startMarker.index),
                        (this.lastMarker.line = this.startMarker.line),
                        (this.lastMarker.column = this.startMarker.column));
                  }),
                  (i.prototype.parsePrimaryExpression = function () {
                    var i,
                      n,
                      r,
                      s = this.createNode();
                    switch (this.lookahead.type) {
                      case 3:
                        ((this.context.isModule || this.context.await) &&
                          "await" === this.lookahead.value &&
                          this.tolerateUnexpectedToken(this.lookahead),
                          (i = this.matchAsyncFunction()
                            ? this.parseFunctionExpression()
                            : this.finalize(s, new u.Identifier(this.nextToken().value))));
                        break;
                      case 6:
                      case 8:
                        (this.context.strict &&
                          this.lookahead.octal &&
                          this.tolerateUnexpectedToken(
                            this.lookahead,
                            o.Messages.StrictOctalLiteral,
                          ),
                          (this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          (n = this.nextToken()),
                          (r = this.getTokenRaw(n)),
                          (i = this.finalize(s, new u.Literal(n.value, r))));
                        break;
                      case 1:
                        ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          (n = this.nextToken()),
                          (r = this.getTokenRaw(n)),
                          (i = this.finalize(s, new u.Literal("true" === n.value, r))));
                        break;
                      case 5:
                        ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          (n = this.nextToken()),
                          (r = this.getTokenRaw(n)),
                          (i = this.finalize(s, new u.Literal(null, r))));
                        break;
                      case 10:
                        i = this.parseTemplateLiteral();
                        break;
                      case 7:
                        switch (this.lookahead.value) {
                          case "(":
                            ((this.context.isBindingElement = !1),
                              (i = this.inheritCoverGrammar(this.parseGroupExpression)));
                            break;
                          case "[":
                            i = this.inheritCoverGrammar(this.parseArrayInitializer);
                            break;
                          case "{":
                            i = this.inheritCoverGrammar(this.parseObjectInitializer);
                            break;
                          case "/":
                          case "/=":
                            ((this.context.isAssignmentTarget = !1),
                              (this.context.isBindingElement = !1),
                              (this.scanner.index = this.startMarker.index),
                              (n = this.nextRegexToken()),
                              (r = this.getTokenRaw(n)),
                              (i = this.finalize(
                                s,
                                new u.RegexLiteral(n.regex, r, n.pattern, n.flags),
                              )));
                            break;
                          default:
                            i = this.throwUnexpectedToken(this.nextToken());
                        }
                        break;
                      case 4:
                        !this.context.strict &&
                        this.context.allowYield &&
                        this.matchKeyword("yield")
                          ? (i = this.parseIdentifierName())
                          : !this.context.strict && this.matchKeyword("let")
                            ? (i = this.finalize(s, new u.Identifier(this.nextToken().value)))
                            : ((this.context.isAssignmentTarget = !1),
                              (this.context.isBindingElement = !1),
                              this.matchKeyword("function")
                                ? (i = this.parseFunctionExpression())
                                : this.matchKeyword("this")
                                  ? (this.nextToken(),
                                    (i = this.finalize(s, new u.ThisExpression())))
                                  : (i = this.matchKeyword("class")
                                      ? this.parseClassExpression()
                                      : this.throwUnexpectedToken(this.nextToken())));
                        break;
                      default:
                        i = this.throwUnexpectedToken(this.nextToken());
                    }
                    return i;
                  }),
                  (i.prototype.parseSpreadElement = function () {
                    var i = this.createNode();
                    this.expect("...");
                    var n = this.inheritCoverGrammar(this.parseAssignmentExpression);
                    return this.finalize(i, new u.SpreadElement(n));
                  }),
                  (i.prototype.parseArrayInitializer = function () {
                    var i = this.createNode(),
                      n = [];
                    for (this.expect("["); !this.match("]");)
                      if (this.match(",")) (this.nextToken(), n.push(null));
                      else if (this.match("...")) {
                        var r = this.parseSpreadElement();
                        (this.match("]") ||
                          ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          this.expect(",")),
                          n.push(r));
                      } else
                        (n.push(this.inheritCoverGrammar(this.parseAssignmentExpression)),
                          this.match("]") || this.expect(","));
                    return (this.expect("]"), this.finalize(i, new u.ArrayExpression(n)));
                  }),
                  (i.prototype.parsePropertyMethod = function (i) {
                    ((this.context.isAssignmentTarget = !1), (this.context.isBindingElement = !1));
                    var n = this.context.strict,
                      r = this.context.allowStrictDirective;
                    this.context.allowStrictDirective = i.simple;
                    var s = this.isolateCoverGrammar(this.parseFunctionSourceElements);
                    return (
                      this.context.strict &&
                        i.firstRestricted &&
                        this.tolerateUnexpectedToken(i.firstRestricted, i.message),
                      this.context.strict &&
                        i.stricted &&
                        this.tolerateUnexpectedToken(i.stricted, i.message),
                      (this.context.strict = n),
                      (this.context.allowStrictDirective = r),
                      s
                    );
                  }),
                  (i.prototype.parsePropertyMethodFunction = function () {
                    var i = this.createNode(),
                      n = this.context.allowYield;
                    this.context.allowYield = !0;
                    var r = this.parseFormalParameters(),
                      s = this.parsePropertyMethod(r);
                    return (
                      (this.context.allowYield = n),
                      this.finalize(i, new u.FunctionExpression(null, r.params, s, !1))
                    );
                  }),
                  (i.prototype.parsePropertyMethodAsyncFunction = function () {
                    var i = this.createNode(),
                      n = this.context.allowYield,
                      r = this.context.await;
                    ((this.context.allowYield = !1), (this.context.await = !0));
                    var s = this.parseFormalParameters(),
                      a = this.parsePropertyMethod(s);
                    return (
                      (this.context.allowYield = n),
                      (this.context.await = r),
                      this.finalize(i, new u.AsyncFunctionExpression(null, s.params, a))
                    );
                  }),
                  (i.prototype.parseObjectPropertyKey = function () {
                    var i,
                      n = this.createNode(),
                      r = this.nextToken();
                    switch (r.type) {
                      case 8:
                      case 6:
                        this.context.strict &&
                          r.octal &&
                          this.tolerateUnexpectedToken(r, o.Messages.StrictOctalLiteral);
                        var s = this.getTokenRaw(r);
                        i = this.finalize(n, new u.Literal(r.value, s));
                        break;
                      case 3:
                      case 1:
                      case 5:
                      case 4:
                        i = this.finalize(n, new u.Identifier(r.value));
                        break;
                      case 7:
                        "[" === r.value
                          ? ((i = this.isolateCoverGrammar(this.parseAssignmentExpression)),
                            this.expect("]"))
                          : (i = this.throwUnexpectedToken(r));
                        break;
                      default:
                        i = this.throwUnexpectedToken(r);
                    }
                    return i;
                  }),
                  (i.prototype.isPropertyKey = function (i, n) {
                    return (
                      (i.type === l.Syntax.Identifier && i.name === n) ||
                      (i.type === l.Syntax.Literal && i.value === n)
                    );
                  }),
                  (i.prototype.parseObjectProperty = function (i) {
                    var n,
                      r = this.createNode(),
                      s = this.lookahead,
                      a = null,
                      c = null,
                      l = !1,
                      h = !1,
                      p = !1,
                      d = !1;
                    if (3 === s.type) {
                      var f = s.value;
                      (this.nextToken(),
                        (l = this.match("[")),
                        (a = (d =
                          !this.hasLineTerminator &&
                          "async" === f &&
                          !this.match(":") &&
                          !this.match("(") &&
                          !this.match("*") &&
                          !this.match(","))
                          ? this.parseObjectPropertyKey()
                          : this.finalize(r, new u.Identifier(f))));
                    } else
                      this.match("*")
                        ? this.nextToken()
                        : ((l = this.match("[")), (a = this.parseObjectPropertyKey()));
                    var m = this.qualifiedPropertyName(this.lookahead);
                    if (3 === s.type && !d && "get" === s.value && m)
                      ((n = "get"),
                        (l = this.match("[")),
                        (a = this.parseObjectPropertyKey()),
                        (this.context.allowYield = !1),
                        (c = this.parseGetterMethod()));
                    else if (3 === s.type && !d && "set" === s.value && m)
                      ((n = "set"),
                        (l = this.match("[")),
                        (a = this.parseObjectPropertyKey()),
                        (c = this.parseSetterMethod()));
                    else if (7 === s.type && "*" === s.value && m)
                      ((n = "init"),
                        (l = this.match("[")),
                        (a = this.parseObjectPropertyKey()),
                        (c = this.parseGeneratorMethod()),
                        (h = !0));
                    else if (
                      (a || this.throwUnexpectedToken(this.lookahead),
                      (n = "init"),
                      this.match(":") && !d)
                    )
                      (!l &&
                        this.isPropertyKey(a, "__proto__") &&
                        (i.value && this.tolerateError(o.Messages.DuplicateProtoProperty),
                        (i.value = !0)),
                        this.nextToken(),
                        (c = this.inheritCoverGrammar(this.parseAssignmentExpression)));
                    else if (this.match("("))
                      ((c = d
                        ? this.parsePropertyMethodAsyncFunction()
                        : this.parsePropertyMethodFunction()),
                        (h = !0));
                    else if (3 === s.type) {
                      var f = this.finalize(r, new u.Identifier(s.value));
                      if (this.match("=")) {
                        ((this.context.firstCoverInitializedNameError = this.lookahead),
                          this.nextToken(),
                          (p = !0));
                        var D = this.isolateCoverGrammar(this.parseAssignmentExpression);
                        c = this.finalize(r, new u.AssignmentPattern(f, D));
                      } else ((p = !0), (c = f));
                    } else this.throwUnexpectedToken(this.nextToken());
                    return this.finalize(r, new u.Property(n, a, l, c, h, p));
                  }),
                  (i.prototype.parseObjectInitializer = function () {
                    var i = this.createNode();
                    this.expect("{");
                    for (var n = [], r = { value: !1 }; !this.match("}");)
                      (n.push(this.parseObjectProperty(r)),
                        this.match("}") || this.expectCommaSeparator());
                    return (this.expect("}"), this.finalize(i, new u.ObjectExpression(n)));
                  }),
                  (i.prototype.parseTemplateHead = function () {
                    s.assert(
                      this.lookahead.head,
                      "Template literal must start with a template head",
                    );
                    var i = this.createNode(),
                      n = this.nextToken(),
                      r = n.value,
                      a = n.cooked;
                    return this.finalize(i, new u.TemplateElement({ raw: r, cooked: a }, n.tail));
                  }),
                  (i.prototype.parseTemplateElement = function () {
                    10 !== this.lookahead.type && this.throwUnexpectedToken();
                    var i = this.createNode(),
                      n = this.nextToken(),
                      r = n.value,
                      s = n.cooked;
                    return this.finalize(i, new u.TemplateElement({ raw: r, cooked: s }, n.tail));
                  }),
                  (i.prototype.parseTemplateLiteral = function () {
                    var i = this.createNode(),
                      n = [],
                      r = [],
                      s = this.parseTemplateHead();
                    for (r.push(s); !s.tail;)
                      (n.push(this.parseExpression()),
                        (s = this.parseTemplateElement()),
                        r.push(s));
                    return this.finalize(i, new u.TemplateLiteral(r, n));
                  }),
                  (i.prototype.reinterpretExpressionAsPattern = function (i) {
                    switch (i.type) {
                      case l.Syntax.Identifier:
                      case l.Syntax.MemberExpression:
                      case l.Syntax.RestElement:
                      case l.Syntax.AssignmentPattern:
                        break;
                      case l.Syntax.SpreadElement:
                        ((i.type = l.Syntax.RestElement),
                          this.reinterpretExpressionAsPattern(i.argument));
                        break;
                      case l.Syntax.ArrayExpression:
                        i.type = l.Syntax.ArrayPattern;
                        for (var n = 0; n < i.elements.length; n++)
                          null !== i.elements[n] &&
                            this.reinterpretExpressionAsPattern(i.elements[n]);
                        break;
                      case l.Syntax.ObjectExpression:
                        i.type = l.Syntax.ObjectPattern;
                        for (var n = 0; n < i.properties.length; n++)
                          this.reinterpretExpressionAsPattern(i.properties[n].value);
                        break;
                      case l.Syntax.AssignmentExpression:
                        ((i.type = l.Syntax.AssignmentPattern),
                          delete i.operator,
                          this.reinterpretExpressionAsPattern(i.left));
                    }
                  }),
                  (i.prototype.parseGroupExpression = function () {
                    var i;
                    if ((this.expect("("), this.match(")")))
                      (this.nextToken(),
                        this.match("=>") || this.expect("=>"),
                        (i = { type: p, params: [], async: !1 }));
                    else {
                      var n = this.lookahead,
                        r = [];
                      if (this.match("..."))
                        ((i = this.parseRestElement(r)),
                          this.expect(")"),
                          this.match("=>") || this.expect("=>"),
                          (i = { type: p, params: [i], async: !1 }));
                      else {
                        var s = !1;
                        if (
                          ((this.context.isBindingElement = !0),
                          (i = this.inheritCoverGrammar(this.parseAssignmentExpression)),
                          this.match(","))
                        ) {
                          var a = [];
                          for (
                            this.context.isAssignmentTarget = !1, a.push(i);
                            2 !== this.lookahead.type && this.match(",");
                          ) {
                            if ((this.nextToken(), this.match(")"))) {
                              this.nextToken();
                              for (var o = 0; o < a.length; o++)
                                this.reinterpretExpressionAsPattern(a[o]);
                              ((s = !0), (i = { type: p, params: a, async: !1 }));
                            } else if (this.match("...")) {
                              (this.context.isBindingElement ||
                                this.throwUnexpectedToken(this.lookahead),
                                a.push(this.parseRestElement(r)),
                                this.expect(")"),
                                this.match("=>") || this.expect("=>"),
                                (this.context.isBindingElement = !1));
                              for (var o = 0; o < a.length; o++)
                                this.reinterpretExpressionAsPattern(a[o]);
                              ((s = !0), (i = { type: p, params: a, async: !1 }));
                            } else a.push(this.inheritCoverGrammar(this.parseAssignmentExpression));
                            if (s) break;
                          }
                          s || (i = this.finalize(this.startNode(n), new u.SequenceExpression(a)));
                        }
                        if (!s) {
                          if (
                            (this.expect(")"),
                            this.match("=>") &&
                              (i.type === l.Syntax.Identifier &&
                                "yield" === i.name &&
                                ((s = !0), (i = { type: p, params: [i], async: !1 })),
                              !s))
                          ) {
                            if (
                              (this.context.isBindingElement ||
                                this.throwUnexpectedToken(this.lookahead),
                              i.type === l.Syntax.SequenceExpression)
                            )
                              for (var o = 0; o < i.expressions.length; o++)
                                this.reinterpretExpressionAsPattern(i.expressions[o]);
                            else this.reinterpretExpressionAsPattern(i);
                            i = {
                              type: p,
                              params: i.type === l.Syntax.SequenceExpression ? i.expressions : [i],
                              async: !1,
                            };
                          }
                          this.context.isBindingElement = !1;
                        }
                      }
                    }
                    return i;
                  }),
                  (i.prototype.parseArguments = function () {
                    this.expect("(");
                    var i = [];
                    if (!this.match(")"))
                      for (;;) {
                        var n = this.match("...")
                          ? this.parseSpreadElement()
                          : this.isolateCoverGrammar(this.parseAssignmentExpression);
                        if (
                          (i.push(n),
                          this.match(")") || (this.expectCommaSeparator(), this.match(")")))
                        )
                          break;
                      }
                    return (this.expect(")"), i);
                  }),
                  (i.prototype.isIdentifierName = function (i) {
                    return 3 === i.type || 4 === i.type || 1 === i.type || 5 === i.type;
                  }),
                  (i.prototype.parseIdentifierName = function () {
                    var i = this.createNode(),
                      n = this.nextToken();
                    return (
                      this.isIdentifierName(n) || this.throwUnexpectedToken(n),
                      this.finalize(i, new u.Identifier(n.value))
                    );
                  }),
                  (i.prototype.parseNewExpression = function () {
                    var i,
                      n = this.createNode(),
                      r = this.parseIdentifierName();
                    if (
                      (s.assert("new" === r.name, "New expression must start with `new`"),
                      this.match("."))
                    )
                      if (
                        (this.nextToken(),
                        3 === this.lookahead.type &&
                          this.context.inFunctionBody &&
                          "target" === this.lookahead.value)
                      ) {
                        var a = this.parseIdentifierName();
                        i = new u.MetaProperty(r, a);
                      } else this.throwUnexpectedToken(this.lookahead);
                    else {
                      var o = this.isolateCoverGrammar(this.parseLeftHandSideExpression),
                        c = this.match("(") ? this.parseArguments() : [];
                      ((i = new u.NewExpression(o, c)),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    }
                    return this.finalize(n, i);
                  }),
                  (i.prototype.parseAsyncArgument = function () {
                    var i = this.parseAssignmentExpression();
                    return ((this.context.firstCoverInitializedNameError = null), i);
                  }),
                  (i.prototype.parseAsyncArguments = function () {
                    this.expect("(");
                    var i = [];
                    if (!this.match(")"))
                      for (;;) {
                        var n = this.match("...")
                          ? this.parseSpreadElement()
                          : this.isolateCoverGrammar(this.parseAsyncArgument);
                        if (
                          (i.push(n),
                          this.match(")") || (this.expectCommaSeparator(), this.match(")")))
                        )
                          break;
                      }
                    return (this.expect(")"), i);
                  }),
                  (i.prototype.parseLeftHandSideExpressionAllowCall = function () {
                    var i,
                      n = this.lookahead,
                      r = this.matchContextualKeyword("async"),
                      s = this.context.allowIn;
                    for (
                      this.context.allowIn = !0,
                        this.matchKeyword("super") && this.context.inFunctionBody
                          ? ((i = this.createNode()),
                            this.nextToken(),
                            (i = this.finalize(i, new u.Super())),
                            this.match("(") ||
                              this.match(".") ||
                              this.match("[") ||
                              this.throwUnexpectedToken(this.lookahead))
                          : (i = this.inheritCoverGrammar(
                              this.matchKeyword("new")
                                ? this.parseNewExpression
                                : this.parsePrimaryExpression,
                            ));
                      ;
                    )
                      if (this.match(".")) {
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !0),
                          this.expect("."));
                        var a = this.parseIdentifierName();
                        i = this.finalize(this.startNode(n), new u.StaticMemberExpression(i, a));
                      } else if (this.match("(")) {
                        var o = r && n.lineNumber === this.lookahead.lineNumber;
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !1));
                        var c = o ? this.parseAsyncArguments() : this.parseArguments();
                        if (
                          ((i = this.finalize(this.startNode(n), new u.CallExpression(i, c))),
                          o && this.match("=>"))
                        ) {
                          for (var l = 0; l < c.length; ++l)
                            this.reinterpretExpressionAsPattern(c[l]);
                          i = { type: p, params: c, async: !0 };
                        }
                      } else if (this.match("[")) {
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !0),
                          this.expect("["));
                        var a = this.isolateCoverGrammar(this.parseExpression);
                        (this.expect("]"),
                          (i = this.finalize(
                            this.startNode(n),
                            new u.ComputedMemberExpression(i, a),
                          )));
                      } else if (10 === this.lookahead.type && this.lookahead.head) {
                        var h = this.parseTemplateLiteral();
                        i = this.finalize(this.startNode(n), new u.TaggedTemplateExpression(i, h));
                      } else break;
                    return ((this.context.allowIn = s), i);
                  }),
                  (i.prototype.parseSuper = function () {
                    var i = this.createNode();
                    return (
                      this.expectKeyword("super"),
                      this.match("[") ||
                        this.match(".") ||
                        this.throwUnexpectedToken(this.lookahead),
                      this.finalize(i, new u.Super())
                    );
                  }),
                  (i.prototype.parseLeftHandSideExpression = function () {
                    s.assert(
                      this.context.allowIn,
                      "callee of new expression always allow in keyword.",
                    );
                    for (
                      var i = this.startNode(this.lookahead),
                        n =
                          this.matchKeyword("super") && this.context.inFunctionBody
                            ? this.parseSuper()
                            : this.inheritCoverGrammar(
                                this.matchKeyword("new")
                                  ? this.parseNewExpression
                                  : this.parsePrimaryExpression,
                              );
                      ;
                    )
                      if (this.match("[")) {
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !0),
                          this.expect("["));
                        var r = this.isolateCoverGrammar(this.parseExpression);
                        (this.expect("]"),
                          (n = this.finalize(i, new u.ComputedMemberExpression(n, r))));
                      } else if (this.match(".")) {
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !0),
                          this.expect("."));
                        var r = this.parseIdentifierName();
                        n = this.finalize(i, new u.StaticMemberExpression(n, r));
                      } else if (10 === this.lookahead.type && this.lookahead.head) {
                        var a = this.parseTemplateLiteral();
                        n = this.finalize(i, new u.TaggedTemplateExpression(n, a));
                      } else break;
                    return n;
                  }),
                  (i.prototype.parseUpdateExpression = function () {
                    var i,
                      n = this.lookahead;
                    if (this.match("++") || this.match("--")) {
                      var r = this.startNode(n),
                        s = this.nextToken();
                      ((i = this.inheritCoverGrammar(this.parseUnaryExpression)),
                        this.context.strict &&
                          i.type === l.Syntax.Identifier &&
                          this.scanner.isRestrictedWord(i.name) &&
                          this.tolerateError(o.Messages.StrictLHSPrefix),
                        this.context.isAssignmentTarget ||
                          this.tolerateError(o.Messages.InvalidLHSInAssignment));
                      var a = !0;
                      ((i = this.finalize(r, new u.UpdateExpression(s.value, i, a))),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    } else if (
                      ((i = this.inheritCoverGrammar(this.parseLeftHandSideExpressionAllowCall)),
                      !this.hasLineTerminator &&
                        7 === this.lookahead.type &&
                        (this.match("++") || this.match("--")))
                    ) {
                      (this.context.strict &&
                        i.type === l.Syntax.Identifier &&
                        this.scanner.isRestrictedWord(i.name) &&
                        this.tolerateError(o.Messages.StrictLHSPostfix),
                        this.context.isAssignmentTarget ||
                          this.tolerateError(o.Messages.InvalidLHSInAssignment),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                      var c = this.nextToken().value,
                        a = !1;
                      i = this.finalize(this.startNode(n), new u.UpdateExpression(c, i, a));
                    }
                    return i;
                  }),
                  (i.prototype.parseAwaitExpression = function () {
                    var i = this.createNode();
                    this.nextToken();
                    var n = this.parseUnaryExpression();
                    return this.finalize(i, new u.AwaitExpression(n));
                  }),
                  (i.prototype.parseUnaryExpression = function () {
                    var i;
                    if (
                      this.match("+") ||
                      this.match("-") ||
                      this.match("~") ||
                      this.match("!") ||
                      this.matchKeyword("delete") ||
                      this.matchKeyword("void") ||
                      this.matchKeyword("typeof")
                    ) {
                      var n = this.startNode(this.lookahead),
                        r = this.nextToken();
                      ((i = this.inheritCoverGrammar(this.parseUnaryExpression)),
                        (i = this.finalize(n, new u.UnaryExpression(r.value, i))),
                        this.context.strict &&
                          "delete" === i.operator &&
                          i.argument.type === l.Syntax.Identifier &&
                          this.tolerateError(o.Messages.StrictDelete),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    } else
                      i =
                        this.context.await && this.matchContextualKeyword("await")
                          ? this.parseAwaitExpression()
                          : this.parseUpdateExpression();
                    return i;
                  }),
                  (i.prototype.parseExponentiationExpression = function () {
                    var i = this.lookahead,
                      n = this.inheritCoverGrammar(this.parseUnaryExpression);
                    if (n.type !== l.Syntax.UnaryExpression && this.match("**")) {
                      (this.nextToken(),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                      var r = n,
                        s = this.isolateCoverGrammar(this.parseExponentiationExpression);
                      n = this.finalize(this.startNode(i), new u.BinaryExpression("**", r, s));
                    }
                    return n;
                  }),
                  (i.prototype.binaryPrecedence = function (i) {
                    var n = i.value;
                    return 7 === i.type
                      ? this.operatorPrecedence[n] || 0
                      : 4 === i.type && ("instanceof" === n || (this.context.allowIn && "in" === n))
                        ? 7
                        : 0;
                  }),
                  (i.prototype.parseBinaryExpression = function () {
                    var i = this.lookahead,
                      n = this.inheritCoverGrammar(this.parseExponentiationExpression),
                      r = this.lookahead,
                      s = this.binaryPrecedence(r);
                    if (s > 0) {
                      (this.nextToken(),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                      for (
                        var a = [i, this.lookahead],
                          o = n,
                          c = this.isolateCoverGrammar(this.parseExponentiationExpression),
                          l = [o, r.value, c],
                          h = [s];
                        !((s = this.binaryPrecedence(this.lookahead)) <= 0);
                      ) {
                        for (; l.length > 2 && s <= h[h.length - 1];) {
                          c = l.pop();
                          var p = l.pop();
                          (h.pop(), (o = l.pop()), a.pop());
                          var d = this.startNode(a[a.length - 1]);
                          l.push(this.finalize(d, new u.BinaryExpression(p, o, c)));
                        }
                        (l.push(this.nextToken().value),
                          h.push(s),
                          a.push(this.lookahead),
                          l.push(this.isolateCoverGrammar(this.parseExponentiationExpression)));
                      }
                      var f = l.length - 1;
                      n = l[f];
                      for (var m = a.pop(); f > 1;) {
                        var D = a.pop(),
                          y = m && m.lineStart,
                          d = this.startNode(D, y),
                          p = l[f - 1];
                        ((n = this.finalize(d, new u.BinaryExpression(p, l[f - 2], n))),
                          (f -= 2),
                          (m = D));
                      }
                    }
                    return n;
                  }),
                  (i.prototype.parseConditionalExpression = function () {
                    var i = this.lookahead,
                      n = this.inheritCoverGrammar(this.parseBinaryExpression);
                    if (this.match("?")) {
                      this.nextToken();
                      var r = this.context.allowIn;
                      this.context.allowIn = !0;
                      var s = this.isolateCoverGrammar(this.parseAssignmentExpression);
                      ((this.context.allowIn = r), this.expect(":"));
                      var a = this.isolateCoverGrammar(this.parseAssignmentExpression);
                      ((n = this.finalize(this.startNode(i), new u.ConditionalExpression(n, s, a))),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    }
                    return n;
                  }),
                  (i.prototype.checkPatternParam = function (i, n) {
                    switch (n.type) {
                      case l.Syntax.Identifier:
                        this.validateParam(i, n, n.name);
                        break;
                      case l.Syntax.RestElement:
                        this.checkPatternParam(i, n.argument);
                        break;
                      case l.Syntax.AssignmentPattern:
                        this.checkPatternParam(i, n.left);
                        break;
                      case l.Syntax.ArrayPattern:
                        for (var r = 0; r < n.elements.length; r++)
                          null !== n.elements[r] && this.checkPatternParam(i, n.elements[r]);
                        break;
                      case l.Syntax.ObjectPattern:
                        for (var r = 0; r < n.properties.length; r++)
                          this.checkPatternParam(i, n.properties[r].value);
                    }
                    i.simple = i.simple && n instanceof u.Identifier;
                  }),
                  (i.prototype.reinterpretAsCoverFormalsList = function (i) {
                    var n,
                      r = [i],
                      s = !1;
                    switch (i.type) {
                      case l.Syntax.Identifier:
                        break;
                      case p:
                        ((r = i.params), (s = i.async));
                        break;
                      default:
                        return null;
                    }
                    n = { simple: !0, paramSet: {} };
                    for (var a = 0; a < r.length; ++a) {
                      var u = r[a];
                      (u.type === l.Syntax.AssignmentPattern
                        ? u.right.type === l.Syntax.YieldExpression &&
                          (u.right.argument && this.throwUnexpectedToken(this.lookahead),
                          (u.right.type = l.Syntax.Identifier),
                          (u.right.name = "yield"),
                          delete u.right.argument,
                          delete u.right.delegate)
                        : s &&
                          u.type === l.Syntax.Identifier &&
                          "await" === u.name &&
                          this.throwUnexpectedToken(this.lookahead),
                        this.checkPatternParam(n, u),
                        (r[a] = u));
                    }
                    if (this.context.strict || !this.context.allowYield)
                      for (var a = 0; a < r.length; ++a) {
                        var u = r[a];
                        u.type === l.Syntax.YieldExpression &&
                          this.throwUnexpectedToken(this.lookahead);
                      }
                    if (n.message === o.Messages.StrictParamDupe) {
                      var c = this.context.strict ? n.stricted : n.firstRestricted;
                      this.throwUnexpectedToken(c, n.message);
                    }
                    return {
                      simple: n.simple,
                      params: r,
                      stricted: n.stricted,
                      firstRestricted: n.firstRestricted,
                      message: n.message,
                    };
                  }),
                  (i.prototype.parseAssignmentExpression = function () {
                    var i;
                    if (!this.context.allowYield && this.matchKeyword("yield"))
                      i = this.parseYieldExpression();
                    else {
                      var n = this.lookahead,
                        r = n;
                      if (
                        ((i = this.parseConditionalExpression()),
                        3 === r.type &&
                          r.lineNumber === this.lookahead.lineNumber &&
                          "async" === r.value &&
                          (3 === this.lookahead.type || this.matchKeyword("yield")))
                      ) {
                        var s = this.parsePrimaryExpression();
                        (this.reinterpretExpressionAsPattern(s),
                          (i = { type: p, params: [s], async: !0 }));
                      }
                      if (i.type === p || this.match("=>")) {
                        ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1));
                        var a = i.async,
                          c = this.reinterpretAsCoverFormalsList(i);
                        if (c) {
                          (this.hasLineTerminator && this.tolerateUnexpectedToken(this.lookahead),
                            (this.context.firstCoverInitializedNameError = null));
                          var h = this.context.strict,
                            d = this.context.allowStrictDirective;
                          this.context.allowStrictDirective = c.simple;
                          var f = this.context.allowYield,
                            m = this.context.await;
                          ((this.context.allowYield = !0), (this.context.await = a));
                          var D = this.startNode(n);
                          this.expect("=>");
                          var y = void 0;
                          if (this.match("{")) {
                            var g = this.context.allowIn;
                            ((this.context.allowIn = !0),
                              (y = this.parseFunctionSourceElements()),
                              (this.context.allowIn = g));
                          } else y = this.isolateCoverGrammar(this.parseAssignmentExpression);
                          var x = y.type !== l.Syntax.BlockStatement;
                          (this.context.strict &&
                            c.firstRestricted &&
                            this.throwUnexpectedToken(c.firstRestricted, c.message),
                            this.context.strict &&
                              c.stricted &&
                              this.tolerateUnexpectedToken(c.stricted, c.message),
                            (i = a
                              ? this.finalize(D, new u.AsyncArrowFunctionExpression(c.params, y, x))
                              : this.finalize(D, new u.ArrowFunctionExpression(c.params, y, x))),
                            (this.context.strict = h),
                            (this.context.allowStrictDirective = d),
                            (this.context.allowYield = f),
                            (this.context.await = m));
                        }
                      } else if (this.matchAssign()) {
                        if (
                          (this.context.isAssignmentTarget ||
                            this.tolerateError(o.Messages.InvalidLHSInAssignment),
                          this.context.strict && i.type === l.Syntax.Identifier)
                        ) {
                          var v = i;
                          (this.scanner.isRestrictedWord(v.name) &&
                            this.tolerateUnexpectedToken(r, o.Messages.StrictLHSAssignment),
                            this.scanner.isStrictModeReservedWord(v.name) &&
                              this.tolerateUnexpectedToken(r, o.Messages.StrictReservedWord));
                        }
                        this.match("=")
                          ? this.reinterpretExpressionAsPattern(i)
                          : ((this.context.isAssignmentTarget = !1),
                            (this.context.isBindingElement = !1));
                        var F = (r = this.nextToken()).value,
                          E = this.isolateCoverGrammar(this.parseAssignmentExpression);
                        ((i = this.finalize(
                          this.startNode(n),
                          new u.AssignmentExpression(F, i, E),
                        )),
                          (this.context.firstCoverInitializedNameError = null));
                      }
                    }
                    return i;
                  }),
                  (i.prototype.parseExpression = function () {
                    var i = this.lookahead,
                      n = this.isolateCoverGrammar(this.parseAssignmentExpression);
                    if (this.match(",")) {
                      var r = [];
                      for (r.push(n); 2 !== this.lookahead.type && this.match(",");)
                        (this.nextToken(),
                          r.push(this.isolateCoverGrammar(this.parseAssignmentExpression)));
                      n = this.finalize(this.startNode(i), new u.SequenceExpression(r));
                    }
                    return n;
                  }),
                  (i.prototype.parseStatementListItem = function () {
                    var i;
                    if (
                      ((this.context.isAssignmentTarget = !0),
                      (this.context.isBindingElement = !0),
                      4 === this.lookahead.type)
                    )
                      switch (this.lookahead.value) {
                        case "export":
                          (this.context.isModule ||
                            this.tolerateUnexpectedToken(
                              this.lookahead,
                              o.Messages.IllegalExportDeclaration,
                            ),
                            (i = this.parseExportDeclaration()));
                          break;
                        case "import":
                          (this.context.isModule ||
                            this.tolerateUnexpectedToken(
                              this.lookahead,
                              o.Messages.IllegalImportDeclaration,
                            ),
                            (i = this.parseImportDeclaration()));
                          break;
                        case "const":
                          i = this.parseLexicalDeclaration({ inFor: !1 });
                          break;
                        case "function":
                          i = this.parseFunctionDeclaration();
                          break;
                        case "class":
                          i = this.parseClassDeclaration();
                          break;
                        case "let":
                          i = this.isLexicalDeclaration()
                            ? this.parseLexicalDeclaration({ inFor: !1 })
                            : this.parseStatement();
                          break;
                        default:
                          i = this.parseStatement();
                      }
                    else i = this.parseStatement();
                    return i;
                  }),
                  (i.prototype.parseBlock = function () {
                    var i = this.createNode();
                    this.expect("{");
                    for (var n = []; !this.match("}");) n.push(this.parseStatementListItem());
                    return (this.expect("}"), this.finalize(i, new u.BlockStatement(n)));
                  }),
                  (i.prototype.parseLexicalBinding = function (i, n) {
                    var r = this.createNode(),
                      s = this.parsePattern([], i);
                    this.context.strict &&
                      s.type === l.Syntax.Identifier &&
                      this.scanner.isRestrictedWord(s.name) &&
                      this.tolerateError(o.Messages.StrictVarName);
                    var a = null;
                    return (
                      "const" === i
                        ? this.matchKeyword("in") ||
                          this.matchContextualKeyword("of") ||
                          (this.match("=")
                            ? (this.nextToken(),
                              (a = this.isolateCoverGrammar(this.parseAssignmentExpression)))
                            : this.throwError(o.Messages.DeclarationMissingInitializer, "const"))
                        : ((!n.inFor && s.type !== l.Syntax.Identifier) || this.match("=")) &&
                          (this.expect("="),
                          (a = this.isolateCoverGrammar(this.parseAssignmentExpression))),
                      this.finalize(r, new u.VariableDeclarator(s, a))
                    );
                  }),
                  (i.prototype.parseBindingList = function (i, n) {
                    for (var r = [this.parseLexicalBinding(i, n)]; this.match(",");)
                      (this.nextToken(), r.push(this.parseLexicalBinding(i, n)));
                    return r;
                  }),
                  (i.prototype.isLexicalDeclaration = function () {
                    var i = this.scanner.saveState();
                    this.scanner.scanComments();
                    var n = this.scanner.lex();
                    return (
                      this.scanner.restoreState(i),
                      3 === n.type ||
                        (7 === n.type && "[" === n.value) ||
                        (7 === n.type && "{" === n.value) ||
                        (4 === n.type && "let" === n.value) ||
                        (4 === n.type && "yield" === n.value)
                    );
                  }),
                  (i.prototype.parseLexicalDeclaration = function (i) {
                    var n = this.createNode(),
                      r = this.nextToken().value;
                    s.assert(
                      "let" === r || "const" === r,
                      "Lexical declaration must be either let or const",
                    );
                    var a = this.parseBindingList(r, i);
                    return (
                      this.consumeSemicolon(),
                      this.finalize(n, new u.VariableDeclaration(a, r))
                    );
                  }),
                  (i.prototype.parseBindingRestElement = function (i, n) {
                    var r = this.createNode();
                    this.expect("...");
                    var s = this.parsePattern(i, n);
                    return this.finalize(r, new u.RestElement(s));
                  }),
                  (i.prototype.parseArrayPattern = function (i, n) {
                    var r = this.createNode();
                    this.expect("[");
                    for (var s = []; !this.match("]");)
                      if (this.match(",")) (this.nextToken(), s.push(null));
                      else {
                        if (this.match("...")) {
                          s.push(this.parseBindingRestElement(i, n));
                          break;
                        }
                        (s.push(this.parsePatternWithDefault(i, n)),
                          this.match("]") || this.expect(","));
                      }
                    return (this.expect("]"), this.finalize(r, new u.ArrayPattern(s)));
                  }),
                  (i.prototype.parsePropertyPattern = function (i, n) {
                    var r,
                      s,
                      a = this.createNode(),
                      o = !1,
                      c = !1;
                    if (3 === this.lookahead.type) {
                      var l = this.lookahead;
                      r = this.parseVariableIdentifier();
                      var h = this.finalize(a, new u.Identifier(l.value));
                      if (this.match("=")) {
                        (i.push(l), (c = !0), this.nextToken());
                        var p = this.parseAssignmentExpression();
                        s = this.finalize(this.startNode(l), new u.AssignmentPattern(h, p));
                      } else
                        this.match(":")
                          ? (this.expect(":"), (s = this.parsePatternWithDefault(i, n)))
                          : (i.push(l), (c = !0), (s = h));
                    } else
                      ((o = this.match("[")),
                        (r = this.parseObjectPropertyKey()),
                        this.expect(":"),
                        (s = this.parsePatternWithDefault(i, n)));
                    return this.finalize(a, new u.Property("init", r, o, s, !1, c));
                  }),
                  (i.prototype.parseObjectPattern = function (i, n) {
                    var r = this.createNode(),
                      s = [];
                    for (this.expect("{"); !this.match("}");)
                      (s.push(this.parsePropertyPattern(i, n)),
                        this.match("}") || this.expect(","));
                    return (this.expect("}"), this.finalize(r, new u.ObjectPattern(s)));
                  }),
                  (i.prototype.parsePattern = function (i, n) {
                    var r;
                    return (
                      this.match("[")
                        ? (r = this.parseArrayPattern(i, n))
                        : this.match("{")
                          ? (r = this.parseObjectPattern(i, n))
                          : (this.matchKeyword("let") &&
                              ("const" === n || "let" === n) &&
                              this.tolerateUnexpectedToken(
                                this.lookahead,
                                o.Messages.LetInLexicalBinding,
                              ),
                            i.push(this.lookahead),
                            (r = this.parseVariableIdentifier(n))),
                      r
                    );
                  }),
                  (i.prototype.parsePatternWithDefault = function (i, n) {
                    var r = this.lookahead,
                      s = this.parsePattern(i, n);
                    if (this.match("=")) {
                      this.nextToken();
                      var a = this.context.allowYield;
                      this.context.allowYield = !0;
                      var o = this.isolateCoverGrammar(this.parseAssignmentExpression);
                      ((this.context.allowYield = a),
                        (s = this.finalize(this.startNode(r), new u.AssignmentPattern(s, o))));
                    }
                    return s;
                  }),
                  (i.prototype.parseVariableIdentifier = function (i) {
                    var n = this.createNode(),
                      r = this.nextToken();
                    return (
                      4 === r.type && "yield" === r.value
                        ? this.context.strict
                          ? this.tolerateUnexpectedToken(r, o.Messages.StrictReservedWord)
                          : this.context.allowYield || this.throwUnexpectedToken(r)
                        : 3 !== r.type
                          ? this.context.strict &&
                            4 === r.type &&
                            this.scanner.isStrictModeReservedWord(r.value)
                            ? this.tolerateUnexpectedToken(r, o.Messages.StrictReservedWord)
                            : (this.context.strict || "let" !== r.value || "var" !== i) &&
                              this.throwUnexpectedToken(r)
                          : (this.context.isModule || this.context.await) &&
                            3 === r.type &&
                            "await" === r.value &&
                            this.tolerateUnexpectedToken(r),
                      this.finalize(n, new u.Identifier(r.value))
                    );
                  }),
                  (i.prototype.parseVariableDeclaration = function (i) {
                    var n = this.createNode(),
                      r = this.parsePattern([], "var");
                    this.context.strict &&
                      r.type === l.Syntax.Identifier &&
                      this.scanner.isRestrictedWord(r.name) &&
                      this.tolerateError(o.Messages.StrictVarName);
                    var s = null;
                    return (
                      this.match("=")
                        ? (this.nextToken(),
                          (s = this.isolateCoverGrammar(this.parseAssignmentExpression)))
                        : r.type === l.Syntax.Identifier || i.inFor || this.expect("="),
                      this.finalize(n, new u.VariableDeclarator(r, s))
                    );
                  }),
                  (i.prototype.parseVariableDeclarationList = function (i) {
                    var n = { inFor: i.inFor },
                      r = [];
                    for (r.push(this.parseVariableDeclaration(n)); this.match(",");)
                      (this.nextToken(), r.push(this.parseVariableDeclaration(n)));
                    return r;
                  }),
                  (i.prototype.parseVariableStatement = function () {
                    var i = this.createNode();
                    this.expectKeyword("var");
                    var n = this.parseVariableDeclarationList({ inFor: !1 });
                    return (
                      this.consumeSemicolon(),
                      this.finalize(i, new u.VariableDeclaration(n, "var"))
                    );
                  }),
                  (i.prototype.parseEmptyStatement = function () {
                    var i = this.createNode();
                    return (this.expect(";"), this.finalize(i, new u.EmptyStatement()));
                  }),
                  (i.prototype.parseExpressionStatement = function () {
                    var i = this.createNode(),
                      n = this.parseExpression();
                    return (
                      this.consumeSemicolon(),
                      this.finalize(i, new u.ExpressionStatement(n))
                    );
                  }),
                  (i.prototype.parseIfClause = function () {
                    return (
                      this.context.strict &&
                        this.matchKeyword("function") &&
                        this.tolerateError(o.Messages.StrictFunction),
                      this.parseStatement()
                    );
                  }),
                  (i.prototype.parseIfStatement = function () {
                    var i,
                      n = this.createNode(),
                      r = null;
                    (this.expectKeyword("if"), this.expect("("));
                    var s = this.parseExpression();
                    return (
                      !this.match(")") && this.config.tolerant
                        ? (this.tolerateUnexpectedToken(this.nextToken()),
                          (i = this.finalize(this.createNode(), new u.EmptyStatement())))
                        : (this.expect(")"),
                          (i = this.parseIfClause()),
                          this.matchKeyword("else") &&
                            (this.nextToken(), (r = this.parseIfClause()))),
                      this.finalize(n, new u.IfStatement(s, i, r))
                    );
                  }),
                  (i.prototype.parseDoWhileStatement = function () {
                    var i = this.createNode();
                    this.expectKeyword("do");
                    var n = this.context.inIteration;
                    this.context.inIteration = !0;
                    var r = this.parseStatement();
                    ((this.context.inIteration = n), this.expectKeyword("while"), this.expect("("));
                    var s = this.parseExpression();
                    return (
                      !this.match(")") && this.config.tolerant
                        ? this.tolerateUnexpectedToken(this.nextToken())
                        : (this.expect(")"), this.match(";") && this.nextToken()),
                      this.finalize(i, new u.DoWhileStatement(r, s))
                    );
                  }),
                  (i.prototype.parseWhileStatement = function () {
                    var i,
                      n = this.createNode();
                    (this.expectKeyword("while"), this.expect("("));
                    var r = this.parseExpression();
                    if (!this.match(")") && this.config.tolerant)
                      (this.tolerateUnexpectedToken(this.nextToken()),
                        (i = this.finalize(this.createNode(), new u.EmptyStatement())));
                    else {
                      this.expect(")");
                      var s = this.context.inIteration;
                      ((this.context.inIteration = !0),
                        (i = this.parseStatement()),
                        (this.context.inIteration = s));
                    }
                    return this.finalize(n, new u.WhileStatement(r, i));
                  }),
                  (i.prototype.parseForStatement = function () {
                    var i,
                      n,
                      r,
                      s = null,
                      a = null,
                      c = null,
                      h = !0,
                      p = this.createNode();
                    if ((this.expectKeyword("for"), this.expect("("), this.match(";")))
                      this.nextToken();
                    else if (this.matchKeyword("var")) {
                      ((s = this.createNode()), this.nextToken());
                      var d = this.context.allowIn;
                      this.context.allowIn = !1;
                      var f = this.parseVariableDeclarationList({ inFor: !0 });
                      if (((this.context.allowIn = d), 1 === f.length && this.matchKeyword("in"))) {
                        var m = f[0];
                        (m.init &&
                          (m.id.type === l.Syntax.ArrayPattern ||
                            m.id.type === l.Syntax.ObjectPattern ||
                            this.context.strict) &&
                          this.tolerateError(o.Messages.ForInOfLoopInitializer, "for-in"),
                          (s = this.finalize(s, new u.VariableDeclaration(f, "var"))),
                          this.nextToken(),
                          (i = s),
                          (n = this.parseExpression()),
                          (s = null));
                      } else
                        1 === f.length && null === f[0].init && this.matchContextualKeyword("of")
                          ? ((s = this.finalize(s, new u.VariableDeclaration(f, "var"))),
                            this.nextToken(),
                            (i = s),
                            (n = this.parseAssignmentExpression()),
                            (s = null),
                            (h = !1))
                          : ((s = this.finalize(s, new u.VariableDeclaration(f, "var"))),
                            this.expect(";"));
                    } else if (this.matchKeyword("const") || this.matchKeyword("let")) {
                      s = this.createNode();
                      var D = this.nextToken().value;
                      if (this.context.strict || "in" !== this.lookahead.value) {
                        var d = this.context.allowIn;
                        this.context.allowIn = !1;
                        var f = this.parseBindingList(D, { inFor: !0 });
                        ((this.context.allowIn = d),
                          1 === f.length && null === f[0].init && this.matchKeyword("in")
                            ? ((s = this.finalize(s, new u.VariableDeclaration(f, D))),
                              this.nextToken(),
                              (i = s),
                              (n = this.parseExpression()),
                              (s = null))
                            : 1 === f.length &&
                                null === f[0].init &&
                                this.matchContextualKeyword("of")
                              ? ((s = this.finalize(s, new u.VariableDeclaration(f, D))),
                                this.nextToken(),
                                (i = s),
                                (n = this.parseAssignmentExpression()),
                                (s = null),
                                (h = !1))
                              : (this.consumeSemicolon(),
                                (s = this.finalize(s, new u.VariableDeclaration(f, D)))));
                      } else
                        ((s = this.finalize(s, new u.Identifier(D))),
                          this.nextToken(),
                          (i = s),
                          (n = this.parseExpression()),
                          (s = null));
                    } else {
                      var y = this.lookahead,
                        d = this.context.allowIn;
                      if (
                        ((this.context.allowIn = !1),
                        (s = this.inheritCoverGrammar(this.parseAssignmentExpression)),
                        (this.context.allowIn = d),
                        this.matchKeyword("in"))
                      )
                        ((this.context.isAssignmentTarget &&
                          s.type !== l.Syntax.AssignmentExpression) ||
                          this.tolerateError(o.Messages.InvalidLHSInForIn),
                          this.nextToken(),
                          this.reinterpretExpressionAsPattern(s),
                          (i = s),
                          (n = this.parseExpression()),
                          (s = null));
                      else if (this.matchContextualKeyword("of"))
                        ((this.context.isAssignmentTarget &&
                          s.type !== l.Syntax.AssignmentExpression) ||
                          this.tolerateError(o.Messages.InvalidLHSInForLoop),
                          this.nextToken(),
                          this.reinterpretExpressionAsPattern(s),
                          (i = s),
                          (n = this.parseAssignmentExpression()),
                          (s = null),
                          (h = !1));
                      else {
                        if (this.match(",")) {
                          for (var g = [s]; this.match(",");)
                            (this.nextToken(),
                              g.push(this.isolateCoverGrammar(this.parseAssignmentExpression)));
                          s = this.finalize(this.startNode(y), new u.SequenceExpression(g));
                        }
                        this.expect(";");
                      }
                    }
                    if (
                      (void 0 === i &&
                        (this.match(";") || (a = this.parseExpression()),
                        this.expect(";"),
                        this.match(")") || (c = this.parseExpression())),
                      !this.match(")") && this.config.tolerant)
                    )
                      (this.tolerateUnexpectedToken(this.nextToken()),
                        (r = this.finalize(this.createNode(), new u.EmptyStatement())));
                    else {
                      this.expect(")");
                      var x = this.context.inIteration;
                      ((this.context.inIteration = !0),
                        (r = this.isolateCoverGrammar(this.parseStatement)),
                        (this.context.inIteration = x));
                    }
                    return void 0 === i
                      ? this.finalize(p, new u.ForStatement(s, a, c, r))
                      : h
                        ? this.finalize(p, new u.ForInStatement(i, n, r))
                        : this.finalize(p, new u.ForOfStatement(i, n, r));
                  }),
                  (i.prototype.parseContinueStatement = function () {
                    var i = this.createNode();
                    this.expectKeyword("continue");
                    var n = null;
                    if (3 === this.lookahead.type && !this.hasLineTerminator) {
                      var r = this.parseVariableIdentifier();
                      n = r;
                      var s = "$" + r.name;
                      Object.prototype.hasOwnProperty.call(this.context.labelSet, s) ||
                        this.throwError(o.Messages.UnknownLabel, r.name);
                    }
                    return (
                      this.consumeSemicolon(),
                      null !== n ||
                        this.context.inIteration ||
                        this.throwError(o.Messages.IllegalContinue),
                      this.finalize(i, new u.ContinueStatement(n))
                    );
                  }),
                  (i.prototype.parseBreakStatement = function () {
                    var i = this.createNode();
                    this.expectKeyword("break");
                    var n = null;
                    if (3 === this.lookahead.type && !this.hasLineTerminator) {
                      var r = this.parseVariableIdentifier(),
                        s = "$" + r.name;
                      (Object.prototype.hasOwnProperty.call(this.context.labelSet, s) ||
                        this.throwError(o.Messages.UnknownLabel, r.name),
                        (n = r));
                    }
                    return (
                      this.consumeSemicolon(),
                      null !== n ||
                        this.context.inIteration ||
                        this.context.inSwitch ||
                        this.throwError(o.Messages.IllegalBreak),
                      this.finalize(i, new u.BreakStatement(n))
                    );
                  }),
                  (i.prototype.parseReturnStatement = function () {
                    this.context.inFunctionBody || this.tolerateError(o.Messages.IllegalReturn);
                    var i = this.createNode();
                    this.expectKeyword("return");
                    var n =
                      (this.match(";") ||
                        this.match("}") ||
                        this.hasLineTerminator ||
                        2 === this.lookahead.type) &&
                      8 !== this.lookahead.type &&
                      10 !== this.lookahead.type
                        ? null
                        : this.parseExpression();
                    return (this.consumeSemicolon(), this.finalize(i, new u.ReturnStatement(n)));
                  }),
                  (i.prototype.parseWithStatement = function () {
                    this.context.strict && this.tolerateError(o.Messages.StrictModeWith);
                    var i,
                      n = this.createNode();
                    (this.expectKeyword("with"), this.expect("("));
                    var r = this.parseExpression();
                    return (
                      !this.match(")") && this.config.tolerant
                        ? (this.tolerateUnexpectedToken(this.nextToken()),
                          (i = this.finalize(this.createNode(), new u.EmptyStatement())))
                        : (this.expect(")"), (i = this.parseStatement())),
                      this.finalize(n, new u.WithStatement(r, i))
                    );
                  }),
                  (i.prototype.parseSwitchCase = function () {
                    var i,
                      n = this.createNode();
                    (this.matchKeyword("default")
                      ? (this.nextToken(), (i = null))
                      : (this.expectKeyword("case"), (i = this.parseExpression())),
                      this.expect(":"));
                    for (
                      var r = [];
                      !(
                        this.match("}") ||
                        this.matchKeyword("default") ||
                        this.matchKeyword("case")
                      );
                    )
                      r.push(this.parseStatementListItem());
                    return this.finalize(n, new u.SwitchCase(i, r));
                  }),
                  (i.prototype.parseSwitchStatement = function () {
                    var i = this.createNode();
                    (this.expectKeyword("switch"), this.expect("("));
                    var n = this.parseExpression();
                    this.expect(")");
                    var r = this.context.inSwitch;
                    this.context.inSwitch = !0;
                    var s = [],
                      a = !1;
                    for (this.expect("{"); !this.match("}");) {
                      var c = this.parseSwitchCase();
                      (null === c.test &&
                        (a && this.throwError(o.Messages.MultipleDefaultsInSwitch), (a = !0)),
                        s.push(c));
                    }
                    return (
                      this.expect("}"),
                      (this.context.inSwitch = r),
                      this.finalize(i, new u.SwitchStatement(n, s))
                    );
                  }),
                  (i.prototype.parseLabelledStatement = function () {
                    var i,
                      n = this.createNode(),
                      r = this.parseExpression();
                    if (r.type === l.Syntax.Identifier && this.match(":")) {
                      this.nextToken();
                      var s = "$" + r.name;
                      (Object.prototype.hasOwnProperty.call(this.context.labelSet, s) &&
                        this.throwError(o.Messages.Redeclaration, "Label", r.name),
                        (this.context.labelSet[s] = !0));
                      var a = void 0;
                      if (this.matchKeyword("class"))
                        (this.tolerateUnexpectedToken(this.lookahead),
                          (a = this.parseClassDeclaration()));
                      else if (this.matchKeyword("function")) {
                        var c = this.lookahead,
                          h = this.parseFunctionDeclaration();
                        (this.context.strict
                          ? this.tolerateUnexpectedToken(c, o.Messages.StrictFunction)
                          : h.generator &&
                            this.tolerateUnexpectedToken(c, o.Messages.GeneratorInLegacyContext),
                          (a = h));
                      } else a = this.parseStatement();
                      (delete this.context.labelSet[s], (i = new u.LabeledStatement(r, a)));
                    } else (this.consumeSemicolon(), (i = new u.ExpressionStatement(r)));
                    return this.finalize(n, i);
                  }),
                  (i.prototype.parseThrowStatement = function () {
                    var i = this.createNode();
                    (this.expectKeyword("throw"),
                      this.hasLineTerminator && this.throwError(o.Messages.NewlineAfterThrow));
                    var n = this.parseExpression();
                    return (this.consumeSemicolon(), this.finalize(i, new u.ThrowStatement(n)));
                  }),
                  (i.prototype.parseCatchClause = function () {
                    var i = this.createNode();
                    (this.expectKeyword("catch"),
                      this.expect("("),
                      this.match(")") && this.throwUnexpectedToken(this.lookahead));
                    for (var n = [], r = this.parsePattern(n), s = {}, a = 0; a < n.length; a++) {
                      var c = "$" + n[a].value;
                      (Object.prototype.hasOwnProperty.call(s, c) &&
                        this.tolerateError(o.Messages.DuplicateBinding, n[a].value),
                        (s[c] = !0));
                    }
                    (this.context.strict &&
                      r.type === l.Syntax.Identifier &&
                      this.scanner.isRestrictedWord(r.name) &&
                      this.tolerateError(o.Messages.StrictCatchVariable),
                      this.expect(")"));
                    var h = this.parseBlock();
                    return this.finalize(i, new u.CatchClause(r, h));
                  }),
                  (i.prototype.parseFinallyClause = function () {
                    return (this.expectKeyword("finally"), this.parseBlock());
                  }),
                  (i.prototype.parseTryStatement = function () {
                    var i = this.createNode();
                    this.expectKeyword("try");
                    var n = this.parseBlock(),
                      r = this.matchKeyword("catch") ? this.parseCatchClause() : null,
                      s = this.matchKeyword("finally") ? this.parseFinallyClause() : null;
                    return (
                      r || s || this.throwError(o.Messages.NoCatchOrFinally),
                      this.finalize(i, new u.TryStatement(n, r, s))
                    );
                  }),
                  (i.prototype.parseDebuggerStatement = function () {
                    var i = this.createNode();
                    return (
                      this.expectKeyword("debugger"),
                      this.consumeSemicolon(),
                      this.finalize(i, new u.DebuggerStatement())
                    );
                  }),
                  (i.prototype.parseStatement = function () {
                    var i;
                    switch (this.lookahead.type) {
                      case 1:
                      case 5:
                      case 6:
                      case 8:
                      case 10:
                      case 9:
                        i = this.parseExpressionStatement();
                        break;
                      case 7:
                        var n = this.lookahead.value;
                        i =
                          "{" === n
                            ? this.parseBlock()
                            : "(" === n
                              ? this.parseExpressionStatement()
                              : ";" === n
                                ? this.parseEmptyStatement()
                                : this.parseExpressionStatement();
                        break;
                      case 3:
                        i = this.matchAsyncFunction()
                          ? this.parseFunctionDeclaration()
                          : this.parseLabelledStatement();
                        break;
                      case 4:
                        switch (this.lookahead.value) {
                          case "break":
                            i = this.parseBreakStatement();
                            break;
                          case "continue":
                            i = this.parseContinueStatement();
                            break;
                          case "debugger":
                            i = this.parseDebuggerStatement();
                            break;
                          case "do":
                            i = this.parseDoWhileStatement();
                            break;
                          case "for":
                            i = this.parseForStatement();
                            break;
                          case "function":
                            i = this.parseFunctionDeclaration();
                            break;
                          case "if":
                            i = this.parseIfStatement();
                            break;
                          case "return":
                            i = this.parseReturnStatement();
                            break;
                          case "switch":
                            i = this.parseSwitchStatement();
                            break;
                          case "throw":
                            i = this.parseThrowStatement();
                            break;
                          case "try":
                            i = this.parseTryStatement();
                            break;
                          case "var":
                            i = this.parseVariableStatement();
                            break;
                          case "while":
                            i = this.parseWhileStatement();
                            break;
                          case "with":
                            i = this.parseWithStatement();
                            break;
                          default:
                            i = this.parseExpressionStatement();
                        }
                        break;
                      default:
                        i = this.throwUnexpectedToken(this.lookahead);
                    }
                    return i;
                  }),
                  (i.prototype.parseFunctionSourceElements = function () {
                    var i = this.createNode();
                    this.expect("{");
                    var n = this.parseDirectivePrologues(),
                      r = this.context.labelSet,
                      s = this.context.inIteration,
                      a = this.context.inSwitch,
                      o = this.context.inFunctionBody;
                    for (
                      this.context.labelSet = {},
                        this.context.inIteration = !1,
                        this.context.inSwitch = !1,
                        this.context.inFunctionBody = !0;
                      2 !== this.lookahead.type && !this.match("}");
                    )
                      n.push(this.parseStatementListItem());
                    return (
                      this.expect("}"),
                      (this.context.labelSet = r),
                      (this.context.inIteration = s),
                      (this.context.inSwitch = a),
                      (this.context.inFunctionBody = o),
                      this.finalize(i, new u.BlockStatement(n))
                    );
                  }),
                  (i.prototype.validateParam = function (i, n, r) {
                    var s = "$" + r;
                    (this.context.strict
                      ? (this.scanner.isRestrictedWord(r) &&
                          ((i.stricted = n), (i.message = o.Messages.StrictParamName)),
                        Object.prototype.hasOwnProperty.call(i.paramSet, s) &&
                          ((i.stricted = n), (i.message = o.Messages.StrictParamDupe)))
                      : !i.firstRestricted &&
                        (this.scanner.isRestrictedWord(r)
                          ? ((i.firstRestricted = n), (i.message = o.Messages.StrictParamName))
                          : this.scanner.isStrictModeReservedWord(r)
                            ? ((i.firstRestricted = n), (i.message = o.Messages.StrictReservedWord))
                            : Object.prototype.hasOwnProperty.call(i.paramSet, s) &&
                              ((i.stricted = n), (i.message = o.Messages.StrictParamDupe))),
                      "function" == typeof Object.defineProperty
                        ? Object.defineProperty(i.paramSet, s, {
                            value: !0,
                            enumerable: !0,
                            writable: !0,
                            configurable: !0,
                          })
                        : (i.paramSet[s] = !0));
                  }),
                  (i.prototype.parseRestElement = function (i) {
                    var n = this.createNode();
                    this.expect("...");
                    var r = this.parsePattern(i);
                    return (
                      this.match("=") && this.throwError(o.Messages.DefaultRestParameter),
                      this.match(")") || this.throwError(o.Messages.ParameterAfterRestParameter),
                      this.finalize(n, new u.RestElement(r))
                    );
                  }),
                  (i.prototype.parseFormalParameter = function (i) {
                    for (
                      var n = [],
                        r = this.match("...")
                          ? this.parseRestElement(n)
                          : this.parsePatternWithDefault(n),
                        s = 0;
                      s < n.length;
                      s++
                    )
                      this.validateParam(i, n[s], n[s].value);
                    ((i.simple = i.simple && r instanceof u.Identifier), i.params.push(r));
                  }),
                  (i.prototype.parseFormalParameters = function (i) {
                    var n;
                    if (
                      ((n = { simple: !0, params: [], firstRestricted: i }),
                      this.expect("("),
                      !this.match(")"))
                    )
                      for (
                        n.paramSet = {};
                        2 !== this.lookahead.type &&
                        (this.parseFormalParameter(n), !this.match(")")) &&
                        (this.expect(","), !this.match(")"));
                      );
                    return (
                      this.expect(")"),
                      {
                        simple: n.simple,
                        params: n.params,
                        stricted: n.stricted,
                        firstRestricted: n.firstRestricted,
                        message: n.message,
                      }
                    );
                  }),
                  (i.prototype.matchAsyncFunction = function () {
                    var i = this.matchContextualKeyword("async");
                    if (i) {
                      var n = this.scanner.saveState();
                      this.scanner.scanComments();
                      var r = this.scanner.lex();
                      (this.scanner.restoreState(n),
                        (i =
                          n.lineNumber === r.lineNumber && 4 === r.type && "function" === r.value));
                    }
                    return i;
                  }),
                  (i.prototype.parseFunctionDeclaration = function (i) {
                    var n,
                      r = this.createNode(),
                      s = this.matchContextualKeyword("async");
                    (s && this.nextToken(), this.expectKeyword("function"));
                    var a = !s && this.match("*");
                    a && this.nextToken();
                    var c = null,
                      l = null;
                    if (!i || !this.match("(")) {
                      var h = this.lookahead;
                      ((c = this.parseVariableIdentifier()),
                        this.context.strict
                          ? this.scanner.isRestrictedWord(h.value) &&
                            this.tolerateUnexpectedToken(h, o.Messages.StrictFunctionName)
                          : this.scanner.isRestrictedWord(h.value)
                            ? ((l = h), (n = o.Messages.StrictFunctionName))
                            : this.scanner.isStrictModeReservedWord(h.value) &&
                              ((l = h), (n = o.Messages.StrictReservedWord)));
                    }
                    var p = this.context.await,
                      d = this.context.allowYield;
                    ((this.context.await = s), (this.context.allowYield = !a));
                    var f = this.parseFormalParameters(l),
                      m = f.params,
                      D = f.stricted;
                    ((l = f.firstRestricted), f.message && (n = f.message));
                    var y = this.context.strict,
                      g = this.context.allowStrictDirective;
                    this.context.allowStrictDirective = f.simple;
                    var x = this.parseFunctionSourceElements();
                    return (
                      this.context.strict && l && this.throwUnexpectedToken(l, n),
                      this.context.strict && D && this.tolerateUnexpectedToken(D, n),
                      (this.context.strict = y),
                      (this.context.allowStrictDirective = g),
                      (this.context.await = p),
                      (this.context.allowYield = d),
                      s
                        ? this.finalize(r, new u.AsyncFunctionDeclaration(c, m, x))
                        : this.finalize(r, new u.FunctionDeclaration(c, m, x, a))
                    );
                  }),
                  (i.prototype.parseFunctionExpression = function () {
                    var i,
                      n,
                      r = this.createNode(),
                      s = this.matchContextualKeyword("async");
                    (s && this.nextToken(), this.expectKeyword("function"));
                    var a = !s && this.match("*");
                    a && this.nextToken();
                    var c = null,
                      l = this.context.await,
                      h = this.context.allowYield;
                    if (
                      ((this.context.await = s), (this.context.allowYield = !a), !this.match("("))
                    ) {
                      var p = this.lookahead;
                      ((c =
                        !this.context.strict && !a && this.matchKeyword("yield")
                          ? this.parseIdentifierName()
                          : this.parseVariableIdentifier()),
                        this.context.strict
                          ? this.scanner.isRestrictedWord(p.value) &&
                            this.tolerateUnexpectedToken(p, o.Messages.StrictFunctionName)
                          : this.scanner.isRestrictedWord(p.value)
                            ? ((n = p), (i = o.Messages.StrictFunctionName))
                            : this.scanner.isStrictModeReservedWord(p.value) &&
                              ((n = p), (i = o.Messages.StrictReservedWord)));
                    }
                    var d = this.parseFormalParameters(n),
                      f = d.params,
                      m = d.stricted;
                    ((n = d.firstRestricted), d.message && (i = d.message));
                    var D = this.context.strict,
                      y = this.context.allowStrictDirective;
                    this.context.allowStrictDirective = d.simple;
                    var g = this.parseFunctionSourceElements();
                    return (
                      this.context.strict && n && this.throwUnexpectedToken(n, i),
                      this.context.strict && m && this.tolerateUnexpectedToken(m, i),
                      (this.context.strict = D),
                      (this.context.allowStrictDirective = y),
                      (this.context.await = l),
                      (this.context.allowYield = h),
                      s
                        ? this.finalize(r, new u.AsyncFunctionExpression(c, f, g))
                        : this.finalize(r, new u.FunctionExpression(c, f, g, a))
                    );
                  }),
                  (i.prototype.parseDirective = function () {
                    var i = this.lookahead,
                      n = this.createNode(),
                      r = this.parseExpression(),
                      s = r.type === l.Syntax.Literal ? this.getTokenRaw(i).slice(1, -1) : null;
                    return (
                      this.consumeSemicolon(),
                      this.finalize(n, s ? new u.Directive(r, s) : new u.ExpressionStatement(r))
                    );
                  }),
                  (i.prototype.parseDirectivePrologues = function () {
                    for (var i = null, n = []; ;) {
                      var r = this.lookahead;
                      if (8 !== r.type) break;
                      var s = this.parseDirective();
                      n.push(s);
                      var a = s.directive;
                      if ("string" != typeof a) break;
                      "use strict" === a
                        ? ((this.context.strict = !0),
                          i && this.tolerateUnexpectedToken(i, o.Messages.StrictOctalLiteral),
                          this.context.allowStrictDirective ||
                            this.tolerateUnexpectedToken(
                              r,
                              o.Messages.IllegalLanguageModeDirective,
                            ))
                        : !i && r.octal && (i = r);
                    }
                    return n;
                  }),
                  (i.prototype.qualifiedPropertyName = function (i) {
                    switch (i.type) {
                      case 3:
                      case 8:
                      case 1:
                      case 5:
                      case 6:
                      case 4:
                        return !0;
                      case 7:
                        return "[" === i.value;
                    }
                    return !1;
                  }),
                  (i.prototype.parseGetterMethod = function () {
                    var i = this.createNode(),
                      n = this.context.allowYield;
                    this.context.allowYield = !0;
                    var r = this.parseFormalParameters();
                    r.params.length > 0 && this.tolerateError(o.Messages.BadGetterArity);
                    var s = this.parsePropertyMethod(r);
                    return (
                      (this.context.allowYield = n),
                      this.finalize(i, new u.FunctionExpression(null, r.params, s, !1))
                    );
                  }),
                  (i.prototype.parseSetterMethod = function () {
                    var i = this.createNode(),
                      n = this.context.allowYield;
                    this.context.allowYield = !0;
                    var r = this.parseFormalParameters();
                    1 !== r.params.length
                      ? this.tolerateError(o.Messages.BadSetterArity)
                      : r.params[0] instanceof u.RestElement &&
                        this.tolerateError(o.Messages.BadSetterRestParameter);
                    var s = this.parsePropertyMethod(r);
                    return (
                      (this.context.allowYield = n),
                      this.finalize(i, new u.FunctionExpression(null, r.params, s, !1))
                    );
                  }),
                  (i.prototype.parseGeneratorMethod = function () {
                    var i = this.createNode(),
                      n = this.context.allowYield;
                    this.context.allowYield = !0;
                    var r = this.parseFormalParameters();
                    this.context.allowYield = !1;
                    var s = this.parsePropertyMethod(r);
                    return (
                      (this.context.allowYield = n),
                      this.finalize(i, new u.FunctionExpression(null, r.params, s, !0))
                    );
                  }),
                  (i.prototype.isStartOfExpression = function () {
                    var i = !0,
                      n = this.lookahead.value;
                    switch (this.lookahead.type) {
                      case 7:
                        i =
                          "[" === n ||
                          "(" === n ||
                          "{" === n ||
                          "+" === n ||
                          "-" === n ||
                          "!" === n ||
                          "~" === n ||
                          "++" === n ||
                          "--" === n ||
                          "/" === n ||
                          "/=" === n;
                        break;
                      case 4:
                        i =
                          "class" === n ||
                          "delete" === n ||
                          "function" === n ||
                          "let" === n ||
                          "new" === n ||
                          "super" === n ||
                          "this" === n ||
                          "typeof" === n ||
                          "void" === n ||
                          "yield" === n;
                    }
                    return i;
                  }),
                  (i.prototype.parseYieldExpression = function () {
                    var i = this.createNode();
                    this.expectKeyword("yield");
                    var n = null,
                      r = !1;
                    if (!this.hasLineTerminator) {
                      var s = this.context.allowYield;
                      ((this.context.allowYield = !1),
                        (r = this.match("*"))
                          ? (this.nextToken(), (n = this.parseAssignmentExpression()))
                          : this.isStartOfExpression() && (n = this.parseAssignmentExpression()),
                        (this.context.allowYield = s));
                    }
                    return this.finalize(i, new u.YieldExpression(n, r));
                  }),
                  (i.prototype.parseClassElement = function (i) {
                    var n = this.lookahead,
                      r = this.createNode(),
                      s = "",
                      a = null,
                      c = null,
                      l = !1,
                      h = !1,
                      p = !1,
                      d = !1;
                    if (this.match("*")) this.nextToken();
                    else if (
                      ((l = this.match("[")),
                      "static" === (a = this.parseObjectPropertyKey()).name &&
                        (this.qualifiedPropertyName(this.lookahead) || this.match("*")) &&
                        ((n = this.lookahead),
                        (p = !0),
                        (l = this.match("[")),
                        this.match("*") ? this.nextToken() : (a = this.parseObjectPropertyKey())),
                      3 === n.type && !this.hasLineTerminator && "async" === n.value)
                    ) {
                      var f = this.lookahead.value;
                      ":" !== f &&
                        "(" !== f &&
                        "*" !== f &&
                        ((d = !0),
                        (n = this.lookahead),
                        (a = this.parseObjectPropertyKey()),
                        3 === n.type &&
                          "constructor" === n.value &&
                          this.tolerateUnexpectedToken(n, o.Messages.ConstructorIsAsync));
                    }
                    var m = this.qualifiedPropertyName(this.lookahead);
                    return (
                      3 === n.type
                        ? "get" === n.value && m
                          ? ((s = "get"),
                            (l = this.match("[")),
                            (a = this.parseObjectPropertyKey()),
                            (this.context.allowYield = !1),
                            (c = this.parseGetterMethod()))
                          : "set" === n.value &&
                            m &&
                            ((s = "set"),
                            (l = this.match("[")),
                            (a = this.parseObjectPropertyKey()),
                            (c = this.parseSetterMethod()))
                        : 7 === n.type &&
                          "*" === n.value &&
                          m &&
                          ((s = "init"),
                          (l = this.match("[")),
                          (a = this.parseObjectPropertyKey()),
                          (c = this.parseGeneratorMethod()),
                          (h = !0)),
                      !s &&
                        a &&
                        this.match("(") &&
                        ((s = "init"),
                        (c = d
                          ? this.parsePropertyMethodAsyncFunction()
                          : this.parsePropertyMethodFunction()),
                        (h = !0)),
                      s || this.throwUnexpectedToken(this.lookahead),
                      "init" === s && (s = "method"),
                      !l &&
                        (p &&
                          this.isPropertyKey(a, "prototype") &&
                          this.throwUnexpectedToken(n, o.Messages.StaticPrototype),
                        !p &&
                          this.isPropertyKey(a, "constructor") &&
                          (("method" !== s || !h || (c && c.generator)) &&
                            this.throwUnexpectedToken(n, o.Messages.ConstructorSpecialMethod),
                          i.value
                            ? this.throwUnexpectedToken(n, o.Messages.DuplicateConstructor)
                            : (i.value = !0),
                          (s = "constructor"))),
                      this.finalize(r, new u.MethodDefinition(a, l, c, s, p))
                    );
                  }),
                  (i.prototype.parseClassElementList = function () {
                    var i = [],
                      n = { value: !1 };
                    for (this.expect("{"); !this.match("}");)
                      this.match(";") ? this.nextToken() : i.push(this.parseClassElement(n));
                    return (this.expect("}"), i);
                  }),
                  (i.prototype.parseClassBody = function () {
                    var i = this.createNode(),
                      n = this.parseClassElementList();
                    return this.finalize(i, new u.ClassBody(n));
                  }),
                  (i.prototype.parseClassDeclaration = function (i) {
                    var n = this.createNode(),
                      r = this.context.strict;
                    ((this.context.strict = !0), this.expectKeyword("class"));
                    var s = i && 3 !== this.lookahead.type ? null : this.parseVariableIdentifier(),
                      a = null;
                    this.matchKeyword("extends") &&
                      (this.nextToken(),
                      (a = this.isolateCoverGrammar(this.parseLeftHandSideExpressionAllowCall)));
                    var o = this.parseClassBody();
                    return (
                      (this.context.strict = r),
                      this.finalize(n, new u.ClassDeclaration(s, a, o))
                    );
                  }),
                  (i.prototype.parseClassExpression = function () {
                    var i = this.createNode(),
                      n = this.context.strict;
                    ((this.context.strict = !0), this.expectKeyword("class"));
                    var r = 3 === this.lookahead.type ? this.parseVariableIdentifier() : null,
                      s = null;
                    this.matchKeyword("extends") &&
                      (this.nextToken(),
                      (s = this.isolateCoverGrammar(this.parseLeftHandSideExpressionAllowCall)));
                    var a = this.parseClassBody();
                    return (
                      (this.context.strict = n),
                      this.finalize(i, new u.ClassExpression(r, s, a))
                    );
                  }),
                  (i.prototype.parseModule = function () {
                    ((this.context.strict = !0),
                      (this.context.isModule = !0),
                      (this.scanner.isModule = !0));
                    for (
                      var i = this.createNode(), n = this.parseDirectivePrologues();
                      2 !== this.lookahead.type;
                    )
                      n.push(this.parseStatementListItem());
                    return this.finalize(i, new u.Module(n));
                  }),
                  (i.prototype.parseScript = function () {
                    for (
                      var i = this.createNode(), n = this.parseDirectivePrologues();
                      2 !== this.lookahead.type;
                    )
                      n.push(this.parseStatementListItem());
                    return this.finalize(i, new u.Script(n));
                  }),
                  (i.prototype.parseModuleSpecifier = function () {
                    var i = this.createNode();
                    8 !== this.lookahead.type && this.throwError(o.Messages.InvalidModuleSpecifier);
                    var n = this.nextToken(),
                      r = this.getTokenRaw(n);
                    return this.finalize(i, new u.Literal(n.value, r));
                  }),
                  (i.prototype.parseImportSpecifier = function () {
                    var i,
                      n,
                      r = this.createNode();
                    return (
                      3 === this.lookahead.type
                        ? ((n = i = this.parseVariableIdentifier()),
                          this.matchContextualKeyword("as") &&
                            (this.nextToken(), (n = this.parseVariableIdentifier())))
                        : ((n = i = this.parseIdentifierName()),
                          this.matchContextualKeyword("as")
                            ? (this.nextToken(), (n = this.parseVariableIdentifier()))
                            : this.throwUnexpectedToken(this.nextToken())),
                      this.finalize(r, new u.ImportSpecifier(n, i))
                    );
                  }),
                  (i.prototype.parseNamedImports = function () {
                    this.expect("{");
                    for (var i = []; !this.match("}");)
                      (i.push(this.parseImportSpecifier()), this.match("}") || this.expect(","));
                    return (this.expect("}"), i);
                  }),
                  (i.prototype.parseImportDefaultSpecifier = function () {
                    var i = this.createNode(),
                      n = this.parseIdentifierName();
                    return this.finalize(i, new u.ImportDefaultSpecifier(n));
                  }),
                  (i.prototype.parseImportNamespaceSpecifier = function () {
                    var i = this.createNode();
                    (this.expect("*"),
                      this.matchContextualKeyword("as") ||
                        this.throwError(o.Messages.NoAsAfterImportNamespace),
                      this.nextToken());
                    var n = this.parseIdentifierName();
                    return this.finalize(i, new u.ImportNamespaceSpecifier(n));
                  }),
                  (i.prototype.parseImportDeclaration = function () {
                    this.context.inFunctionBody &&
                      this.throwError(o.Messages.IllegalImportDeclaration);
                    var i,
                      n = this.createNode();
                    this.expectKeyword("import");
                    var r = [];
                    if (8 === this.lookahead.type) i = this.parseModuleSpecifier();
                    else {
                      if (
                        (this.match("{")
                          ? (r = r.concat(this.parseNamedImports()))
                          : this.match("*")
                            ? r.push(this.parseImportNamespaceSpecifier())
                            : this.isIdentifierName(this.lookahead) && !this.matchKeyword("default")
                              ? (r.push(this.parseImportDefaultSpecifier()),
                                this.match(",") &&
                                  (this.nextToken(),
                                  this.match("*")
                                    ? r.push(this.parseImportNamespaceSpecifier())
                                    : this.match("{")
                                      ? (r = r.concat(this.parseNamedImports()))
                                      : this.throwUnexpectedToken(this.lookahead)))
                              : this.throwUnexpectedToken(this.nextToken()),
                        !this.matchContextualKeyword("from"))
                      ) {
                        var s = this.lookahead.value
                          ? o.Messages.UnexpectedToken
                          : o.Messages.MissingFromClause;
                        this.throwError(s, this.lookahead.value);
                      }
                      (this.nextToken(), (i = this.parseModuleSpecifier()));
                    }
                    return (
                      this.consumeSemicolon(),
                      this.finalize(n, new u.ImportDeclaration(r, i))
                    );
                  }),
                  (i.prototype.parseExportSpecifier = function () {
                    var i = this.createNode(),
                      n = this.parseIdentifierName(),
                      r = n;
                    return (
                      this.matchContextualKeyword("as") &&
                        (this.nextToken(), (r = this.parseIdentifierName())),
                      this.finalize(i, new u.ExportSpecifier(n, r))
                    );
                  }),
                  (i.prototype.parseExportDeclaration = function () {
                    this.context.inFunctionBody &&
                      this.throwError(o.Messages.IllegalExportDeclaration);
                    var i,
                      n = this.createNode();
                    if ((this.expectKeyword("export"), this.matchKeyword("default")))
                      if ((this.nextToken(), this.matchKeyword("function"))) {
                        var r = this.parseFunctionDeclaration(!0);
                        i = this.finalize(n, new u.ExportDefaultDeclaration(r));
                      } else if (this.matchKeyword("class")) {
                        var r = this.parseClassDeclaration(!0);
                        i = this.finalize(n, new u.ExportDefaultDeclaration(r));
                      } else if (this.matchContextualKeyword("async")) {
                        var r = this.matchAsyncFunction()
                          ? this.parseFunctionDeclaration(!0)
                          : this.parseAssignmentExpression();
                        i = this.finalize(n, new u.ExportDefaultDeclaration(r));
                      } else {
                        this.matchContextualKeyword("from") &&
                          this.throwError(o.Messages.UnexpectedToken, this.lookahead.value);
                        var r = this.match("{")
                          ? this.parseObjectInitializer()
                          : this.match("[")
                            ? this.parseArrayInitializer()
                            : this.parseAssignmentExpression();
                        (this.consumeSemicolon(),
                          (i = this.finalize(n, new u.ExportDefaultDeclaration(r))));
                      }
                    else if (this.match("*")) {
                      if ((this.nextToken(), !this.matchContextualKeyword("from"))) {
                        var s = this.lookahead.value
                          ? o.Messages.UnexpectedToken
                          : o.Messages.MissingFromClause;
                        this.throwError(s, this.lookahead.value);
                      }
                      this.nextToken();
                      var a = this.parseModuleSpecifier();
                      (this.consumeSemicolon(),
                        (i = this.finalize(n, new u.ExportAllDeclaration(a))));
                    } else if (4 === this.lookahead.type) {
                      var r = void 0;
                      switch (this.lookahead.value) {
                        case "let":
                        case "const":
                          r = this.parseLexicalDeclaration({ inFor: !1 });
                          break;
                        case "var":
                        case "class":
                        case "function":
                          r = this.parseStatementListItem();
                          break;
                        default:
                          this.throwUnexpectedToken(this.lookahead);
                      }
                      i = this.finalize(n, new u.ExportNamedDeclaration(r, [], null));
                    } else if (this.matchAsyncFunction()) {
                      var r = this.parseFunctionDeclaration();
                      i = this.finalize(n, new u.ExportNamedDeclaration(r, [], null));
                    } else {
                      var c = [],
                        l = null,
                        h = !1;
                      for (this.expect("{"); !this.match("}");)
                        ((h = h || this.matchKeyword("default")),
                          c.push(this.parseExportSpecifier()),
                          this.match("}") || this.expect(","));
                      if ((this.expect("}"), this.matchContextualKeyword("from")))
                        (this.nextToken(),
                          (l = this.parseModuleSpecifier()),
                          this.consumeSemicolon());
                      else if (h) {
                        var s = this.lookahead.value
                          ? o.Messages.UnexpectedToken
                          : o.Messages.MissingFromClause;
                        this.throwError(s, this.lookahead.value);
                      } else this.consumeSemicolon();
                      i = this.finalize(n, new u.ExportNamedDeclaration(null, c, l));
                    }
                    return i;
                  }),
                  i
                );
              })();
            },
            function (i, n) {
              "use strict";
              (Object.defineProperty(n, "__esModule", { value: !0 }),
                (n.assert = function (i, n) {
                  if (!i) throw Error("ASSERT: " + n);
                }));
            },
            function (i, n) {
              "use strict";
              (Object.defineProperty(n, "__esModule", { value: !0 }),
                (n.ErrorHandler = (function () {
                  function i() {
                    ((this.errors = []), (this.tolerant = !1));
                  }
                  return (
                    (i.prototype.recordError = function (i) {
                      this.errors.push(i);
                    }),
                    (i.prototype.tolerate = function (i) {
                      if (this.tolerant) this.recordError(i);
                      else throw i;
                    }),
                    (i.prototype.constructError = function (i, n) {
                      var r = Error(i);
                      try {
                        throw r;
                      } catch (i) {
                        Object.create &&
                          Object.defineProperty &&
                          Object.defineProperty((r = Object.create(i)), "column", { value: n });
                      }
                      return r;
                    }),
                    (i.prototype.createError = function (i, n, r, s) {
                      var a = this.constructError("Line " + n + ": " + s, r);
                      return ((a.index = i), (a.lineNumber = n), (a.description = s), a);
                    }),
                    (i.prototype.throwError = function (i, n, r, s) {
                      throw this.createError(i, n, r, s);
                    }),
                    (i.prototype.tolerateError = function (i, n, r, s) {
                      var a = this.createError(i, n, r, s);
                      if (this.tolerant) this.recordError(a);
                      else throw a;
                    }),
                    i
                  );
                })()));
            },
            function (i, n) {
              "use strict";
              (Object.defineProperty(n, "__esModule", { value: !0 }),
                (n.Messages = {
                  BadGetterArity: "Getter must not have any formal parameters",
                  BadSetterArity: "Setter must have exactly one formal parameter",
                  BadSetterRestParameter: "Setter function argument must not be a rest parameter",
                  ConstructorIsAsync: "Class constructor may not be an async method",
                  ConstructorSpecialMethod: "Class constructor may not be an accessor",
                  DeclarationMissingInitializer: "Missing initializer in %0 declaration",
                  DefaultRestParameter: "Unexpected token =",
                  DuplicateBinding: "Duplicate binding %0",
                  DuplicateConstructor: "A class may only have one constructor",
                  DuplicateProtoProperty:
                    "Duplicate __proto__ fields are not allowed in object literals",
                  ForInOfLoopInitializer:
                    "%0 loop variable declaration may not have an initializer",
                  GeneratorInLegacyContext:
                    "Generator declarations are not allowed in legacy contexts",
                  IllegalBreak: "Illegal break statement",
                  IllegalContinue: "Illegal continue statement",
                  IllegalExportDeclaration: "Unexpected token",
                  IllegalImportDeclaration: "Unexpected token",
                  IllegalLanguageModeDirective:
                    "Illegal 'use strict' directive in function with non-simple parameter list",
                  IllegalReturn: "Illegal return statement",
                  InvalidEscapedReservedWord: "Keyword must not contain escaped characters",
                  InvalidHexEscapeSequence: "Invalid hexadecimal escape sequence",
                  InvalidLHSInAssignment: "Invalid left-hand side in assignment",
                  InvalidLHSInForIn: "Invalid left-hand side in for-in",
                  InvalidLHSInForLoop: "Invalid left-hand side in for-loop",
                  InvalidModuleSpecifier: "Unexpected token",
                  InvalidRegExp: "Invalid regular expression",
                  LetInLexicalBinding: "let is disallowed as a lexically bound name",
                  MissingFromClause: "Unexpected token",
                  MultipleDefaultsInSwitch: "More than one default clause in switch statement",
                  NewlineAfterThrow: "Illegal newline after throw",
                  NoAsAfterImportNamespace: "Unexpected token",
                  NoCatchOrFinally: "Missing catch or finally after try",
                  ParameterAfterRestParameter: "Rest parameter must be last formal parameter",
                  Redeclaration: "%0 '%1' has already been declared",
                  StaticPrototype: "Classes may not have static property named prototype",
                  StrictCatchVariable: "Catch variable may not be eval or arguments in strict mode",
                  StrictDelete: "Delete of an unqualified identifier in strict mode.",
                  StrictFunction:
                    "In strict mode code, functions can only be declared at top level or inside a block",
                  StrictFunctionName: "Function name may not be eval or arguments in strict mode",
                  StrictLHSAssignment:
                    "Assignment to eval or arguments is not allowed in strict mode",
                  StrictLHSPostfix:
                    "Postfix increment/decrement may not have eval or arguments operand in strict mode",
                  StrictLHSPrefix:
                    "Prefix increment/decrement may not have eval or arguments operand in strict mode",
                  StrictModeWith: "Strict mode code may not include a with statement",
                  StrictOctalLiteral: "Octal literals are not allowed in strict mode.",
                  StrictParamDupe: "Strict mode function may not have duplicate parameter names",
                  StrictParamName: "Parameter name eval or arguments is not allowed in strict mode",
                  StrictReservedWord: "Use of future reserved word in strict mode",
                  StrictVarName: "Variable name may not be eval or arguments in strict mode",
                  TemplateOctalLiteral: "Octal literals are not allowed in template strings.",
                  UnexpectedEOS: "Unexpected end of input",
                  UnexpectedIdentifier: "Unexpected identifier",
                  UnexpectedNumber: "Unexpected number",
                  UnexpectedReserved: "Unexpected reserved word",
                  UnexpectedString: "Unexpected string",
                  UnexpectedTemplate: "Unexpected quasi %0",
                  UnexpectedToken: "Unexpected token %0",
                  UnexpectedTokenIllegal: "Unexpected token ILLEGAL",
                  UnknownLabel: "Undefined label '%0'",
                  UnterminatedRegExp: "Invalid regular expression: missing /",
                }));
            },
            function (i, n, r) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var s = r(9),
                a = r(4),
                o = r(11);
              function u(i) {
                return "0123456789abcdef".indexOf(i.toLowerCase());
              }
              function c(i) {
                return "01234567".indexOf(i);
              }
              n.Scanner = (function () {
                function i(i, n) {
                  ((this.source = i),
                    (this.errorHandler = n),
                    (this.trackComment = !1),
                    (this.isModule = !1),
                    (this.length = i.length),
                    (this.index = 0),
                    (this.lineNumber = +(i.length > 0)),
                    (this.lineStart = 0),
                    (this.curlyStack = []));
                }
                return (
                  (i.prototype.saveState = function () {
                    return {
                      index: this.index,
                      lineNumber: this.lineNumber,
                      lineStart: this.lineStart,
                    };
                  }),
                  (i.prototype.restoreState = function (i) {
                    ((this.index = i.index),
                      (this.lineNumber = i.lineNumber),
                      (this.lineStart = i.lineStart));
                  }),
                  (i.prototype.eof = function () {
                    return this.index >= this.length;
                  }),
                  (i.prototype.throwUnexpectedToken = function (i) {
                    return (
                      void 0 === i && (i = o.Messages.UnexpectedTokenIllegal),
                      this.errorHandler.throwError(
                        this.index,
                        this.lineNumber,
                        this.index - this.lineStart + 1,
                        i,
                      )
                    );
                  }),
                  (i.prototype.tolerateUnexpectedToken = function (i) {
                    (void 0 === i && (i = o.Messages.UnexpectedTokenIllegal),
                      this.errorHandler.tolerateError(
                        this.index,
                        this.lineNumber,
                        this.index - this.lineStart + 1,
                        i,
                      ));
                  }),
                  (i.prototype.skipSingleLineComment = function (i) {
                    var n,
                      r,
                      s = [];
                    for (
                      this.trackComment &&
                      ((s = []),
                      (n = this.index - i),
                      (r = {
                        start: { line: this.lineNumber, column: this.index - this.lineStart - i },
                        end: {},
                      }));
                      !this.eof();
                    ) {
                      var o = this.source.charCodeAt(this.index);
                      if ((++this.index, a.Character.isLineTerminator(o))) {
                        if (this.trackComment) {
                          r.end = {
                            line: this.lineNumber,
                            column: this.index - this.lineStart - 1,
                          };
                          var u = {
                            multiLine: !1,
                            slice: [n + i, this.index - 1],
                            range: [n, this.index - 1],
                            loc: r,
                          };
                          s.push(u);
                        }
                        return (
                          13 === o && 10 === this.source.charCodeAt(this.index) && ++this.index,
                          ++this.lineNumber,
                          (this.lineStart = this.index),
                          s
                        );
                      }
                    }
                    if (this.trackComment) {
                      r.end = { line: this.lineNumber, column: this.index - this.lineStart };
                      var u = {
                        multiLine: !1,
                        slice: [n + i, this.index],
                        range: [n, this.index],
                        loc: r,
                      };
                      s.push(u);
                    }
                    return s;
                  }),
                  (i.prototype.skipMultiLineComment = function () {
                    var i,
                      n,
                      r = [];
                    for (
                      this.trackComment &&
                      ((r = []),
                      (i = this.index - 2),
                      (n = {
                        start: { line: this.lineNumber, column: this.index - this.lineStart - 2 },
                        end: {},
                      }));
                      !this.eof();
                    ) {
                      var s = this.source.charCodeAt(this.index);
                      if (a.Character.isLineTerminator(s))
                        (13 === s && 10 === this.source.charCodeAt(this.index + 1) && ++this.index,
                          ++this.lineNumber,
                          ++this.index,
                          (this.lineStart = this.index));
                      else if (42 === s) {
                        if (47 === this.source.charCodeAt(this.index + 1)) {
                          if (((this.index += 2), this.trackComment)) {
                            n.end = { line: this.lineNumber, column: this.index - this.lineStart };
                            var o = {
                              multiLine: !0,
                              slice: [i + 2, this.index - 2],
                              range: [i, this.index],
                              loc: n,
                            };
                            r.push(o);
                          }
                          return r;
                        }
                        ++this.index;
                      } else ++this.index;
                    }
                    if (this.trackComment) {
                      n.end = { line: this.lineNumber, column: this.index - this.lineStart };
                      var o = {
                        multiLine: !0,
                        slice: [i + 2, this.index],
                        range: [i, this.index],
                        loc: n,
                      };
                      r.push(o);
                    }
                    return (this.tolerateUnexpectedToken(), r);
                  }),
                  (i.prototype.scanComments = function () {
                    this.trackComment && (i = []);
                    for (var i, n = 0 === this.index; !this.eof();) {
                      var r = this.source.charCodeAt(this.index);
                      if (a.Character.isWhiteSpace(r)) ++this.index;
                      else if (a.Character.isLineTerminator(r))
                        (++this.index,
                          13 === r && 10 === this.source.charCodeAt(this.index) && ++this.index,
                          ++this.lineNumber,
                          (this.lineStart = this.index),
                          (n = !0));
                      else if (47 === r)
                        if (47 === (r = this.source.charCodeAt(this.index + 1))) {
                          this.index += 2;
                          var s = this.skipSingleLineComment(2);
                          (this.trackComment && (i = i.concat(s)), (n = !0));
                        } else if (42 === r) {
                          this.index += 2;
                          var s = this.skipMultiLineComment();
                          this.trackComment && (i = i.concat(s));
                        } else break;
                      else if (n && 45 === r)
                        if (
                          45 === this.source.charCodeAt(this.index + 1) &&
                          62 === this.source.charCodeAt(this.index + 2)
                        ) {
                          this.index += 3;
                          var s = this.skipSingleLineComment(3);
                          this.trackComment && (i = i.concat(s));
                        } else break;
                      else if (60 !== r || this.isModule) break;
                      else if ("!--" === this.source.slice(this.index + 1, this.index + 4)) {
                        this.index += 4;
                        var s = this.skipSingleLineComment(4);
                        this.trackComment && (i = i.concat(s));
                      } else break;
                    }
                    return i;
                  }),
                  (i.prototype.isFutureReservedWord = function (i) {
                    switch (i) {
                      case "enum":
                      case "export":
                      case "import":
                      case "super":
                        return !0;
                      default:
                        return !1;
                    }
                  }),
                  (i.prototype.isStrictModeReservedWord = function (i) {
                    switch (i) {
                      case "implements":
                      case "interface":
                      case "package":
                      case "private":
                      case "protected":
                      case "public":
                      case "static":
                      case "yield":
                      case "let":
                        return !0;
                      default:
                        return !1;
                    }
                  }),
                  (i.prototype.isRestrictedWord = function (i) {
                    return "eval" === i || "arguments" === i;
                  }),
                  (i.prototype.isKeyword = function (i) {
                    switch (i.length) {
                      case 2:
                        return "if" === i || "in" === i || "do" === i;
                      case 3:
                        return (
                          "var" === i || "for" === i || "new" === i || "try" === i || "let" === i
                        );
                      case 4:
                        return (
                          "this" === i ||
                          "else" === i ||
                          "case" === i ||
                          "void" === i ||
                          "with" === i ||
                          "enum" === i
                        );
                      case 5:
                        return (
                          "while" === i ||
                          "break" === i ||
                          "catch" === i ||
                          "throw" === i ||
                          "const" === i ||
                          "yield" === i ||
                          "class" === i ||
                          "super" === i
                        );
                      case 6:
                        return (
                          "return" === i ||
                          "typeof" === i ||
                          "delete" === i ||
                          "switch" === i ||
                          "export" === i ||
                          "import" === i
                        );
                      case 7:
                        return "default" === i || "finally" === i || "extends" === i;
                      case 8:
                        return "function" === i || "continue" === i || "debugger" === i;
                      case 10:
                        return "instanceof" === i;
                      default:
                        return !1;
                    }
                  }),
                  (i.prototype.codePointAt = function (i) {
                    var n = this.source.charCodeAt(i);
                    if (n >= 55296 && n <= 56319) {
                      var r = this.source.charCodeAt(i + 1);
                      r >= 56320 && r <= 57343 && (n = (n - 55296) * 1024 + r - 56320 + 65536);
                    }
                    return n;
                  }),
                  (i.prototype.scanHexEscape = function (i) {
                    for (var n = "u" === i ? 4 : 2, r = 0, s = 0; s < n; ++s)
                      if (!(
                        !this.eof() && a.Character.isHexDigit(this.source.charCodeAt(this.index))
                      ))
                        return null;
                      else r = 16 * r + u(this.source[this.index++]);
                    return String.fromCharCode(r);
                  }),
                  (i.prototype.scanUnicodeCodePointEscape = function () {
                    var i = this.source[this.index],
                      n = 0;
                    for (
                      "}" === i && this.throwUnexpectedToken();
                      !this.eof() &&
                      ((i = this.source[this.index++]), a.Character.isHexDigit(i.charCodeAt(0)));
                    )
                      n = 16 * n + u(i);
                    return (
                      (n > 1114111 || "}" !== i) && this.throwUnexpectedToken(),
                      a.Character.fromCodePoint(n)
                    );
                  }),
                  (i.prototype.getIdentifier = function () {
                    for (var i = this.index++; !this.eof();) {
                      var n = this.source.charCodeAt(this.index);
                      if (92 === n || (n >= 55296 && n < 57343))
                        return ((this.index = i), this.getComplexIdentifier());
                      if (a.Character.isIdentifierPart(n)) ++this.index;
                      else break;
                    }
                    return this.source.slice(i, this.index);
                  }),
                  (i.prototype.getComplexIdentifier = function () {
                    var i,
                      n = this.codePointAt(this.index),
                      r = a.Character.fromCodePoint(n);
                    for (
                      this.index += r.length,
                        92 === n &&
                          (117 !== this.source.charCodeAt(this.index) &&
                            this.throwUnexpectedToken(),
                          ++this.index,
                          "{" === this.source[this.index]
                            ? (++this.index, (i = this.scanUnicodeCodePointEscape()))
                            : (null !== (i = this.scanHexEscape("u")) &&
                                "\\" !== i &&
                                a.Character.isIdentifierStart(i.charCodeAt(0))) ||
                              this.throwUnexpectedToken(),
                          (r = i));
                      !this.eof() &&
                      ((n = this.codePointAt(this.index)), a.Character.isIdentifierPart(n));
                    )
                      ((r += i = a.Character.fromCodePoint(n)),
                        (this.index += i.length),
                        92 === n &&
                          ((r = r.substr(0, r.length - 1)),
                          117 !== this.source.charCodeAt(this.index) && this.throwUnexpectedToken(),
                          ++this.index,
                          "{" === this.source[this.index]
                            ? (++this.index, (i = this.scanUnicodeCodePointEscape()))
                            : (null !== (i = this.scanHexEscape("u")) &&
                                "\\" !== i &&
                                a.Character.isIdentifierPart(i.charCodeAt(0))) ||
                              this.throwUnexpectedToken(),
                          (r += i)));
                    return r;
                  }),
                  (i.prototype.octalToDecimal = function (i) {
                    var n = "0" !== i,
                      r = c(i);
                    return (
                      !this.eof() &&
                        a.Character.isOctalDigit(this.source.charCodeAt(this.index)) &&
                        ((n = !0),
                        (r = 8 * r + c(this.source[this.index++])),
                        "0123".indexOf(i) >= 0 &&
                          !this.eof() &&
                          a.Character.isOctalDigit(this.source.charCodeAt(this.index)) &&
                          (r = 8 * r + c(this.source[this.index++]))),
                      { code: r, octal: n }
                    );
                  }),
                  (i.prototype.scanIdentifier = function () {
                    var i,
                      n = this.index,
                      r =
                        92 === this.source.charCodeAt(n)
                          ? this.getComplexIdentifier()
                          : this.getIdentifier();
                    if (
                      3 !=
                        (i =
                          1 === r.length
                            ? 3
                            : this.isKeyword(r)
                              ? 4
                              : "null" === r
                                ? 5
                                : "true" === r || "false" === r
                                  ? 1
                                  : 3) &&
                      n + r.length !== this.index
                    ) {
                      var s = this.index;
                      ((this.index = n),
                        this.tolerateUnexpectedToken(o.Messages.InvalidEscapedReservedWord),
                        (this.index = s));
                    }
                    return {
                      type: i,
                      value: r,
                      lineNumber: this.lineNumber,
                      lineStart: this.lineStart,
                      start: n,
                      end: this.index,
                    };
                  }),
                  (i.prototype.scanPunctuator = function () {
                    var i = this.index,
                      n = this.source[this.index];
                    switch (n) {
                      case "(":
                      case "{":
                        ("{" === n && this.curlyStack.push("{"), ++this.index);
                        break;
                      case ".":
                        (++this.index,
                          "." === this.source[this.index] &&
                            "." === this.source[this.index + 1] &&
                            ((this.index += 2), (n = "...")));
                        break;
                      case "}":
                        (++this.index, this.curlyStack.pop());
                        break;
                      case ")":
                      case ";":
                      case ",":
                      case "[":
                      case "]":
                      case ":":
                      case "?":
                      case "~":
                        ++this.index;
                        break;
                      default:
                        ">>>=" === (n = this.source.substr(this.index, 4))
                          ? (this.index += 4)
                          : "===" === (n = n.substr(0, 3)) ||
                              "!==" === n ||
                              ">>>" === n ||
                              "<<=" === n ||
                              ">>=" === n ||
                              "**=" === n
                            ? (this.index += 3)
                            : "&&" === (n = n.substr(0, 2)) ||
                                "||" === n ||
                                "==" === n ||
                                "!=" === n ||
                                "+=" === n ||
                                "-=" === n ||
                                "*=" === n ||
                                "/=" === n ||
                                "++" === n ||
                                "--" === n ||
                                "<<" === n ||
                                ">>" === n ||
                                "&=" === n ||
                                "|=" === n ||
                                "^=" === n ||
                                "%=" === n ||
                                "<=" === n ||
                                ">=" === n ||
                                "=>" === n ||
                                "**" === n
                              ? (this.index += 2)
                              : ((n = this.source[this.index]),
                                "<>=!+-*%&|^/".indexOf(n) >= 0 && ++this.index);
                    }
                    return (
                      this.index === i && this.throwUnexpectedToken(),
                      {
                        type: 7,
                        value: n,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: i,
                        end: this.index,
                      }
                    );
                  }),
                  (i.prototype.scanHexLiteral = function (i) {
                    for (
                      var n = "";
                      !this.eof() && a.Character.isHexDigit(this.source.charCodeAt(this.index));
                    )
                      n += this.source[this.index++];
                    return (
                      0 === n.length && this.throwUnexpectedToken(),
                      a.Character.isIdentifierStart(this.source.charCodeAt(this.index)) &&
                        this.throwUnexpectedToken(),
                      {
                        type: 6,
                        value: parseInt("0x" + n, 16),
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: i,
                        end: this.index,
                      }
                    );
                  }),
                  (i.prototype.scanBinaryLiteral = function (i) {
                    for (
                      var n, r = "";
                      !this.eof() && ("0" === (n = this.source[this.index]) || "1" === n);
                    )
                      r += this.source[this.index++];
                    return (
                      0 === r.length && this.throwUnexpectedToken(),
                      !this.eof() &&
                        ((n = this.source.charCodeAt(this.index)),
                        (a.Character.isIdentifierStart(n) || a.Character.isDecimalDigit(n)) &&
                          this.throwUnexpectedToken()),
                      {
                        type: 6,
                        value: parseInt(r, 2),
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: i,
                        end: this.index,
                      }
                    );
                  }),
                  (i.prototype.scanOctalLiteral = function (i, n) {
                    var r = "",
                      s = !1;
                    for (
                      a.Character.isOctalDigit(i.charCodeAt(0))
                        ? ((s = !0), (r = "0" + this.source[this.index++]))
                        : ++this.index;
                      !this.eof() && a.Character.isOctalDigit(this.source.charCodeAt(this.index));
                    )
                      r += this.source[this.index++];
                    return (
                      s || 0 !== r.length || this.throwUnexpectedToken(),
                      (a.Character.isIdentifierStart(this.source.charCodeAt(this.index)) ||
                        a.Character.isDecimalDigit(this.source.charCodeAt(this.index))) &&
                        this.throwUnexpectedToken(),
                      {
                        type: 6,
                        value: parseInt(r, 8),
                        octal: s,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: n,
                        end: this.index,
                      }
                    );
                  }),
                  (i.prototype.isImplicitOctalLiteral = function () {
                    for (var i = this.index + 1; i < this.length; ++i) {
                      var n = this.source[i];
                      if ("8" === n || "9" === n) return !1;
                      if (!a.Character.isOctalDigit(n.charCodeAt(0))) break;
                    }
                    return !0;
                  }),
                  (i.prototype.scanNumericLiteral = function () {
                    var i = this.index,
                      n = this.source[i];
                    s.assert(
                      a.Character.isDecimalDigit(n.charCodeAt(0)) || "." === n,
                      "Numeric literal must start with a decimal digit or a decimal point",
                    );
                    var r = "";
                    if ("." !== n) {
                      if (
                        ((r = this.source[this.index++]), (n = this.source[this.index]), "0" === r)
                      ) {
                        if ("x" === n || "X" === n) return (++this.index, this.scanHexLiteral(i));
                        if ("b" === n || "B" === n)
                          return (++this.index, this.scanBinaryLiteral(i));
                        if (
                          "o" === n ||
                          "O" === n ||
                          (n &&
                            a.Character.isOctalDigit(n.charCodeAt(0)) &&
                            this.isImplicitOctalLiteral())
                        )
                          return this.scanOctalLiteral(n, i);
                      }
                      for (; a.Character.isDecimalDigit(this.source.charCodeAt(this.index));)
                        r += this.source[this.index++];
                      n = this.source[this.index];
                    }
                    if ("." === n) {
                      for (
                        r += this.source[this.index++];
                        a.Character.isDecimalDigit(this.source.charCodeAt(this.index));
                      )
                        r += this.source[this.index++];
                      n = this.source[this.index];
                    }
                    if ("e" === n || "E" === n)
                      if (
                        ((r += this.source[this.index++]),
                        ("+" === (n = this.source[this.index]) || "-" === n) &&
                          (r += this.source[this.index++]),
                        a.Character.isDecimalDigit(this.source.charCodeAt(this.index)))
                      )
                        for (; a.Character.isDecimalDigit(this.source.charCodeAt(this.index));)
                          r += this.source[this.index++];
                      else this.throwUnexpectedToken();
                    return (
                      a.Character.isIdentifierStart(this.source.charCodeAt(this.index)) &&
                        this.throwUnexpectedToken(),
                      {
                        type: 6,
                        value: parseFloat(r),
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: i,
                        end: this.index,
                      }
                    );
                  }),
                  (i.prototype.scanStringLiteral = function () {
                    var i = this.index,
                      n = this.source[i];
                    (s.assert("'" === n || '"' === n, "String literal must starts with a quote"),
                      ++this.index);
                    for (var r = !1, u = ""; !this.eof();) {
                      var c = this.source[this.index++];
                      if (c === n) {
                        n = "";
                        break;
                      }
                      if ("\\" === c)
                        if (
                          (c = this.source[this.index++]) &&
                          a.Character.isLineTerminator(c.charCodeAt(0))
                        )
                          (++this.lineNumber,
                            "\r" === c && "\n" === this.source[this.index] && ++this.index,
                            (this.lineStart = this.index));
                        else
                          switch (c) {
                            case "u":
                              if ("{" === this.source[this.index])
                                (++this.index, (u += this.scanUnicodeCodePointEscape()));
                              else {
                                var l = this.scanHexEscape(c);
                                (null === l && this.throwUnexpectedToken(), (u += l));
                              }
                              break;
                            case "x":
                              var h = this.scanHexEscape(c);
                              (null === h &&
                                this.throwUnexpectedToken(o.Messages.InvalidHexEscapeSequence),
                                (u += h));
                              break;
                            case "n":
                              u += "\n";
                              break;
                            case "r":
                              u += "\r";
                              break;
                            case "t":
                              u += "	";
                              break;
                            case "b":
                              u += "\b";
                              break;
                            case "f":
                              u += "\f";
                              break;
                            case "v":
                              u += "\v";
                              break;
                            case "8":
                            case "9":
                              ((u += c), this.tolerateUnexpectedToken());
                              break;
                            default:
                              if (c && a.Character.isOctalDigit(c.charCodeAt(0))) {
                                var p = this.octalToDecimal(c);
                                ((r = p.octal || r), (u += String.fromCharCode(p.code)));
                              } else u += c;
                          }
                      else if (a.Character.isLineTerminator(c.charCodeAt(0))) break;
                      else u += c;
                    }
                    return (
                      "" !== n && ((this.index = i), this.throwUnexpectedToken()),
                      {
                        type: 8,
                        value: u,
                        octal: r,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: i,
                        end: this.index,
                      }
                    );
                  }),
                  (i.prototype.scanTemplate = function () {
                    var i = "",
                      n = !1,
                      r = this.index,
                      s = "`" === this.source[r],
                      u = !1,
                      c = 2;
                    for (++this.index; !this.eof();) {
                      var l = this.source[this.index++];
                      if ("`" === l) {
                        ((c = 1), (u = !0), (n = !0));
                        break;
                      }
                      if ("$" === l) {
                        if ("{" === this.source[this.index]) {
                          (this.curlyStack.push("${"), ++this.index, (n = !0));
                          break;
                        }
                        i += l;
                      } else if ("\\" === l)
                        if (
                          ((l = this.source[this.index++]),
                          a.Character.isLineTerminator(l.charCodeAt(0)))
                        )
                          (++this.lineNumber,
                            "\r" === l && "\n" === this.source[this.index] && ++this.index,
                            (this.lineStart = this.index));
                        else
                          switch (l) {
                            case "n":
                              i += "\n";
                              break;
                            case "r":
                              i += "\r";
                              break;
                            case "t":
                              i += "	";
                              break;
                            case "u":
                              if ("{" === this.source[this.index])
                                (++this.index, (i += this.scanUnicodeCodePointEscape()));
                              else {
                                var h = this.index,
                                  p = this.scanHexEscape(l);
                                null !== p ? (i += p) : ((this.index = h), (i += l));
                              }
                              break;
                            case "x":
                              var d = this.scanHexEscape(l);
                              (null === d &&
                                this.throwUnexpectedToken(o.Messages.InvalidHexEscapeSequence),
                                (i += d));
                              break;
                            case "b":
                              i += "\b";
                              break;
                            case "f":
                              i += "\f";
                              break;
                            case "v":
                              i += "\v";
                              break;
                            default:
                              "0" === l
                                ? (a.Character.isDecimalDigit(this.source.charCodeAt(this.index)) &&
                                    this.throwUnexpectedToken(o.Messages.TemplateOctalLiteral),
                                  (i += "\0"))
                                : a.Character.isOctalDigit(l.charCodeAt(0))
                                  ? this.throwUnexpectedToken(o.Messages.TemplateOctalLiteral)
                                  : (i += l);
                          }
                      else
                        a.Character.isLineTerminator(l.charCodeAt(0))
                          ? (++this.lineNumber,
                            "\r" === l && "\n" === this.source[this.index] && ++this.index,
                            (this.lineStart = this.index),
                            (i += "\n"))
                          : (i += l);
                    }
                    return (
                      n || this.throwUnexpectedToken(),
                      s || this.curlyStack.pop(),
                      {
                        type: 10,
                        value: this.source.slice(r + 1, this.index - c),
                        cooked: i,
                        head: s,
                        tail: u,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: r,
                        end: this.index,
                      }
                    );
                  }),
                  (i.prototype.testRegExp = function (i, n) {
                    var r = i,
                      s = this;
                    n.indexOf("u") >= 0 &&
                      (r = r
                        .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([a-fA-F0-9]{4})/g, function (i, n, r) {
                          var a = parseInt(n || r, 16);
                          return (a > 1114111 && s.throwUnexpectedToken(o.Messages.InvalidRegExp),
                          a <= 65535)
                            ? String.fromCharCode(a)
                            : "￿";
                        })
                        .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "￿"));
                    try {
                      RegExp(r);
                    } catch (i) {
                      this.throwUnexpectedToken(o.Messages.InvalidRegExp);
                    }
                    try {
                      return new RegExp(i, n);
                    } catch (i) {
                      return null;
                    }
                  }),
                  (i.prototype.scanRegExpBody = function () {
                    var i = this.source[this.index];
                    s.assert("/" === i, "Regular expression literal must start with a slash");
                    for (var n = this.source[this.index++], r = !1, u = !1; !this.eof();)
                      if (((n += i = this.source[this.index++]), "\\" === i))
                        ((i = this.source[this.index++]),
                          a.Character.isLineTerminator(i.charCodeAt(0)) &&
                            this.throwUnexpectedToken(o.Messages.UnterminatedRegExp),
                          (n += i));
                      else if (a.Character.isLineTerminator(i.charCodeAt(0)))
                        this.throwUnexpectedToken(o.Messages.UnterminatedRegExp);
                      else if (r) "]" === i && (r = !1);
                      else if ("/" === i) {
                        u = !0;
                        break;
                      } else "[" === i && (r = !0);
                    return (
                      u || this.throwUnexpectedToken(o.Messages.UnterminatedRegExp),
                      n.substr(1, n.length - 2)
                    );
                  }),
                  (i.prototype.scanRegExpFlags = function () {
                    for (var i = "", n = ""; !this.eof();) {
                      var r = this.source[this.index];
                      if (!a.Character.isIdentifierPart(r.charCodeAt(0))) break;
                      if ((++this.index, "\\" !== r || this.eof())) ((n += r), (i += r));
                      else if ("u" === (r = this.source[this.index])) {
                        ++this.index;
                        var s = this.index,
                          o = this.scanHexEscape("u");
                        if (null !== o)
                          for (n += o, i += "\\u"; s < this.index; ++s) i += this.source[s];
                        else ((this.index = s), (n += "u"), (i += "\\u"));
                        this.tolerateUnexpectedToken();
                      } else ((i += "\\"), this.tolerateUnexpectedToken());
                    }
                    return n;
                  }),
                  (i.prototype.scanRegExp = function () {
                    var i = this.index,
                      n = this.scanRegExpBody(),
                      r = this.scanRegExpFlags(),
                      s = this.testRegExp(n, r);
                    return {
                      type: 9,
                      value: "",
                      pattern: n,
                      flags: r,
                      regex: s,
                      lineNumber: this.lineNumber,
                      lineStart: this.lineStart,
                      start: i,
                      end: this.index,
                    };
                  }),
                  (i.prototype.lex = function () {
                    if (this.eof())
                      return {
                        type: 2,
                        value: "",
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: this.index,
                        end: this.index,
                      };
                    var i = this.source.charCodeAt(this.index);
                    return a.Character.isIdentifierStart(i)
                      ? this.scanIdentifier()
                      : 40 === i || 41 === i || 59 === i
                        ? this.scanPunctuator()
                        : 39 === i || 34 === i
                          ? this.scanStringLiteral()
                          : 46 === i
                            ? a.Character.isDecimalDigit(this.source.charCodeAt(this.index + 1))
                              ? this.scanNumericLiteral()
                              : this.scanPunctuator()
                            : a.Character.isDecimalDigit(i)
                              ? this.scanNumericLiteral()
                              : 96 === i ||
                                  (125 === i &&
                                    "${" === this.curlyStack[this.curlyStack.length - 1])
                                ? this.scanTemplate()
                                : i >= 55296 &&
                                    i < 57343 &&
                                    a.Character.isIdentifierStart(this.codePointAt(this.index))
                                  ? this.scanIdentifier()
                                  : this.scanPunctuator();
                  }),
                  i
                );
              })();
            },
            function (i, n) {
              "use strict";
              (Object.defineProperty(n, "__esModule", { value: !0 }),
                (n.TokenName = {}),
                (n.TokenName[1] = "Boolean"),
                (n.TokenName[2] = "<end>"),
                (n.TokenName[3] = "Identifier"),
                (n.TokenName[4] = "Keyword"),
                (n.TokenName[5] = "Null"),
                (n.TokenName[6] = "Numeric"),
                (n.TokenName[7] = "Punctuator"),
                (n.TokenName[8] = "String"),
                (n.TokenName[9] = "RegularExpression"),
                (n.TokenName[10] = "Template"));
            },
            function (i, n) {
              "use strict";
              (Object.defineProperty(n, "__esModule", { value: !0 }),
                (n.XHTMLEntities = {
                  quot: '"',
                  amp: "&",
                  apos: "'",
                  gt: ">",
                  nbsp: " ",
                  iexcl: "¡",
                  cent: "¢",
                  pound: "£",
                  curren: "¤",
                  yen: "¥",
                  brvbar: "¦",
                  sect: "§",
                  uml: "¨",
                  copy: "©",
                  ordf: "ª",
                  laquo: "«",
                  not: "¬",
                  shy: "­",
                  reg: "®",
                  macr: "¯",
                  deg: "°",
                  plusmn: "±",
                  sup2: "²",
                  sup3: "³",
                  acute: "´",
                  micro: "µ",
                  para: "¶",
                  middot: "·",
                  cedil: "¸",
                  sup1: "¹",
                  ordm: "º",
                  raquo: "»",
                  frac14: "¼",
                  frac12: "½",
                  frac34: "¾",
                  iquest: "¿",
                  Agrave: "À",
                  Aacute: "Á",
                  Acirc: "Â",
                  Atilde: "Ã",
                  Auml: "Ä",
                  Aring: "Å",
                  AElig: "Æ",
                  Ccedil: "Ç",
                  Egrave: "È",
                  Eacute: "É",
                  Ecirc: "Ê",
                  Euml: "Ë",
                  Igrave: "Ì",
                  Iacute: "Í",
                  Icirc: "Î",
                  Iuml: "Ï",
                  ETH: "Ð",
                  Ntilde: "Ñ",
                  Ograve: "Ò",
                  Oacute: "Ó",
                  Ocirc: "Ô",
                  Otilde: "Õ",
                  Ouml: "Ö",
                  times: "×",
                  Oslash: "Ø",
                  Ugrave: "Ù",
                  Uacute: "Ú",
                  Ucirc: "Û",
                  Uuml: "Ü",
                  Yacute: "Ý",
                  THORN: "Þ",
                  szlig: "ß",
                  agrave: "à",
                  aacute: "á",
                  acirc: "â",
                  atilde: "ã",
                  auml: "ä",
                  aring: "å",
                  aelig: "æ",
                  ccedil: "ç",
                  egrave: "è",
                  eacute: "é",
                  ecirc: "ê",
                  euml: "ë",
                  igrave: "ì",
                  iacute: "í",
                  icirc: "î",
                  iuml: "ï",
                  eth: "ð",
                  ntilde: "ñ",
                  ograve: "ò",
                  oacute: "ó",
                  ocirc: "ô",
                  otilde: "õ",
                  ouml: "ö",
                  divide: "÷",
                  oslash: "ø",
                  ugrave: "ù",
                  uacute: "ú",
                  ucirc: "û",
                  uuml: "ü",
                  yacute: "ý",
                  thorn: "þ",
                  yuml: "ÿ",
                  OElig: "Œ",
                  oelig: "œ",
                  Scaron: "Š",
                  scaron: "š",
                  Yuml: "Ÿ",
                  fnof: "ƒ",
                  circ: "ˆ",
                  tilde: "˜",
                  Alpha: "Α",
                  Beta: "Β",
                  Gamma: "Γ",
                  Delta: "Δ",
                  Epsilon: "Ε",
                  Zeta: "Ζ",
                  Eta: "Η",
                  Theta: "Θ",
                  Iota: "Ι",
                  Kappa: "Κ",
                  Lambda: "Λ",
                  Mu: "Μ",
                  Nu: "Ν",
                  Xi: "Ξ",
                  Omicron: "Ο",
                  Pi: "Π",
                  Rho: "Ρ",
                  Sigma: "Σ",
                  Tau: "Τ",
                  Upsilon: "Υ",
                  Phi: "Φ",
                  Chi: "Χ",
                  Psi: "Ψ",
                  Omega: "Ω",
                  alpha: "α",
                  beta: "β",
                  gamma: "γ",
                  delta: "δ",
                  epsilon: "ε",
                  zeta: "ζ",
                  eta: "η",
                  theta: "θ",
                  iota: "ι",
                  kappa: "κ",
                  lambda: "λ",
                  mu: "μ",
                  nu: "ν",
                  xi: "ξ",
                  omicron: "ο",
                  pi: "π",
                  rho: "ρ",
                  sigmaf: "ς",
                  sigma: "σ",
                  tau: "τ",
                  upsilon: "υ",
                  phi: "φ",
                  chi: "χ",
                  psi: "ψ",
                  omega: "ω",
                  thetasym: "ϑ",
                  upsih: "ϒ",
                  piv: "ϖ",
                  ensp: " ",
                  emsp: " ",
                  thinsp: " ",
                  zwnj: "‌",
                  zwj: "‍",
                  lrm: "‎",
                  rlm: "‏",
                  ndash: "–",
                  mdash: "—",
                  lsquo: "‘",
                  rsquo: "’",
                  sbquo: "‚",
                  ldquo: "“",
                  rdquo: "”",
                  bdquo: "„",
                  dagger: "†",
                  Dagger: "‡",
                  bull: "•",
                  hellip: "…",
                  permil: "‰",
                  prime: "′",
                  Prime: "″",
                  lsaquo: "‹",
                  rsaquo: "›",
                  oline: "‾",
                  frasl: "⁄",
                  euro: "€",
                  image: "ℑ",
                  weierp: "℘",
                  real: "ℜ",
                  trade: "™",
                  alefsym: "ℵ",
                  larr: "←",
                  uarr: "↑",
                  rarr: "→",
                  darr: "↓",
                  harr: "↔",
                  crarr: "↵",
                  lArr: "⇐",
                  uArr: "⇑",
                  rArr: "⇒",
                  dArr: "⇓",
                  hArr: "⇔",
                  forall: "∀",
                  part: "∂",
                  exist: "∃",
                  empty: "∅",
                  nabla: "∇",
                  isin: "∈",
                  notin: "∉",
                  ni: "∋",
                  prod: "∏",
                  sum: "∑",
                  minus: "−",
                  lowast: "∗",
                  radic: "√",
                  prop: "∝",
                  infin: "∞",
                  ang: "∠",
                  and: "∧",
                  or: "∨",
                  cap: "∩",
                  cup: "∪",
                  int: "∫",
                  there4: "∴",
                  sim: "∼",
                  cong: "≅",
                  asymp: "≈",
                  ne: "≠",
                  equiv: "≡",
                  le: "≤",
                  ge: "≥",
                  sub: "⊂",
                  sup: "⊃",
                  nsub: "⊄",
                  sube: "⊆",
                  supe: "⊇",
                  oplus: "⊕",
                  otimes: "⊗",
                  perp: "⊥",
                  sdot: "⋅",
                  lceil: "⌈",
                  rceil: "⌉",
                  lfloor: "⌊",
                  rfloor: "⌋",
                  loz: "◊",
                  spades: "♠",
                  clubs: "♣",
                  hearts: "♥",
                  diams: "♦",
                  lang: "⟨",
                  rang: "⟩",
                }));
            },
            function (i, n, r) {
              "use strict";
              Object.defineProperty(n, "__esModule", { value: !0 });
              var s = r(10),
                a = r(12),
                o = r(13),
                u = (function () {
                  function i() {
                    ((this.values = []), (this.curly = this.paren = -1));
                  }
                  return (
                    (i.prototype.beforeFunctionExpression = function (i) {
                      return (
                        [
                          "(",
                          "{",
                          "[",
                          "in",
                          "typeof",
                          "instanceof",
                          "new",
                          "return",
                          "case",
                          "delete",
                          "throw",
                          "void",
                          "=",
                          "+=",
                          "-=",
                          "*=",
                          "**=",
                          "/=",
                          "%=",
                          "<<=",
                          ">>=",
                          ">>>=",
                          "&=",
                          "|=",
                          "^=",
                          ",",
                          "+",
                          "-",
                          "*",
                          "**",
                          "/",
                          "%",
                          "++",
                          "--",
                          "<<",
                          ">>",
                          ">>>",
                          "&",
                          "|",
                          "^",
                          "!",
                          "~",
                          "&&",
                          "||",
                          "?",
                          ":",
                          "===",
                          "==",
                          ">=",
                          "<=",
                          "<",
                          ">",
                          "!=",
                          "!==",
                        ].indexOf(i) >= 0
                      );
                    }),
                    (i.prototype.isRegexStart = function () {
                      var i = this.values[this.values.length - 1],
                        n = null !== i;
                      switch (i) {
                        case "this":
                        case "]":
                          n = !1;
                          break;
                        case ")":
                          var r = this.values[this.paren - 1];
                          n = "if" === r || "while" === r || "for" === r || "with" === r;
                          break;
                        case "}":
                          if (((n = !1), "function" === this.values[this.curly - 3])) {
                            var s = this.values[this.curly - 4];
                            n = !!s && !this.beforeFunctionExpression(s);
                          } else if ("function" === this.values[this.curly - 4]) {
                            var s = this.values[this.curly - 5];
                            n = !s || !this.beforeFunctionExpression(s);
                          }
                      }
                      return n;
                    }),
                    (i.prototype.push = function (i) {
                      7 === i.type || 4 === i.type
                        ? ("{" === i.value
                            ? (this.curly = this.values.length)
                            : "(" === i.value && (this.paren = this.values.length),
                          this.values.push(i.value))
                        : this.values.push(null);
                    }),
                    i
                  );
                })();
              n.Tokenizer = (function () {
                function i(i, n) {
                  ((this.errorHandler = new s.ErrorHandler()),
                    (this.errorHandler.tolerant =
                      !!n && "boolean" == typeof n.tolerant && n.tolerant),
                    (this.scanner = new a.Scanner(i, this.errorHandler)),
                    (this.scanner.trackComment = !!n && "boolean" == typeof n.comment && n.comment),
                    (this.trackRange = !!n && "boolean" == typeof n.range && n.range),
                    (this.trackLoc = !!n && "boolean" == typeof n.loc && n.loc),
                    (this.buffer = []),
                    (this.reader = new u()));
                }
                return (
                  (i.prototype.errors = function () {
                    return this.errorHandler.errors;
                  }),
                  (i.prototype.getNextToken = function () {
                    if (0 === this.buffer.length) {
                      var i = this.scanner.scanComments();
                      if (this.scanner.trackComment)
                        for (var n = 0; n < i.length; ++n) {
                          var r = i[n],
                            s = this.scanner.source.slice(r.slice[0], r.slice[1]),
                            a = { type: r.multiLine ? "BlockComment" : "LineComment", value: s };
                          (this.trackRange && (a.range = r.range),
                            this.trackLoc && (a.loc = r.loc),
                            this.buffer.push(a));
                        }
                      if (!this.scanner.eof()) {
                        var u = void 0;
                        this.trackLoc &&
                          (u = {
                            start: {
                              line: this.scanner.lineNumber,
                              column: this.scanner.index - this.scanner.lineStart,
                            },
                            end: {},
                          });
                        var c =
                          "/" === this.scanner.source[this.scanner.index] &&
                          this.reader.isRegexStart()
                            ? this.scanner.scanRegExp()
                            : this.scanner.lex();
                        this.reader.push(c);
                        var l = {
                          type: o.TokenName[c.type],
                          value: this.scanner.source.slice(c.start, c.end),
                        };
                        (this.trackRange && (l.range = [c.start, c.end]),
                          this.trackLoc &&
                            ((u.end = {
                              line: this.scanner.lineNumber,
                              column: this.scanner.index - this.scanner.lineStart,
                            }),
                            (l.loc = u)),
                          9 === c.type && (l.regex = { pattern: c.pattern, flags: c.flags }),
                          this.buffer.push(l));
                      }
                    }
                    return this.buffer.shift();
                  }),
                  i
                );
              })();
            },
          ],
          n = {};
        function r(s) {
          if (n[s]) return n[s].exports;
          var a = (n[s] = { exports: {}, id: s, loaded: !1 });
          return (i[s].call(a.exports, a, a.exports, r), (a.loaded = !0), a.exports);
        }
        return ((r.m = i), (r.c = n), (r.p = ""), r(0));
      })()));
  },
  55254,
  (i, n, r) => {
    "use strict";
    var s = i.r(1991);
    n.exports = function (i) {
      s(i) || (i = {});
      for (var n = arguments.length, r = 1; r < n; r++) {
        var a = arguments[r];
        s(a) &&
          (function (i, n) {
            for (var r in n) {
              var s, a;
              ((s = n), (a = r), Object.prototype.hasOwnProperty.call(s, a) && (i[r] = n[r]));
            }
          })(i, a);
      }
      return i;
    };
  },
  14827,
  (i, n, r) => {
    "use strict";
    let s = i.r(22734),
      a = i.r(35063),
      o = i.r(22689),
      u = i.r(68169),
      c = i.r(44654),
      l = i.r(97203),
      h = i.r(84180),
      p = i.r(21601),
      d = i.r(34281);
    function f(i, n) {
      if ("" === i) return { data: {}, content: i, excerpt: "", orig: i };
      let r = h(i),
        s = f.cache[r.content];
      if (!n) {
        if (s) return (((r = Object.assign({}, s)).orig = s.orig), r);
        f.cache[r.content] = r;
      }
      return (function (i, n) {
        let r = o(n),
          s = r.delimiters[0],
          u = "\n" + r.delimiters[1],
          l = i.content;
        r.language && (i.language = r.language);
        let h = s.length;
        if (!d.startsWith(l, s, h)) return (c(i, r), i);
        if (l.charAt(h) === s.slice(-1)) return i;
        let m = (l = l.slice(h)).length,
          D = f.language(l, r);
        D.name && ((i.language = D.name), (l = l.slice(D.raw.length)));
        let y = l.indexOf(u);
        return (
          -1 === y && (y = m),
          (i.matter = l.slice(0, y)),
          "" === i.matter.replace(/^\s*#[^\n]+/gm, "").trim()
            ? ((i.isEmpty = !0), (i.empty = i.content), (i.data = {}))
            : (i.data = p(i.language, i.matter, r)),
          y === m
            ? (i.content = "")
            : ((i.content = l.slice(y + u.length)),
              "\r" === i.content[0] && (i.content = i.content.slice(1)),
              "\n" === i.content[0] && (i.content = i.content.slice(1))),
          c(i, r),
          (!0 === r.sections || "function" == typeof r.section) && a(i, r.section),
          i
        );
      })(r, n);
    }
    ((f.engines = l),
      (f.stringify = function (i, n, r) {
        return ("string" == typeof i && (i = f(i, r)), u(i, n, r));
      }),
      (f.read = function (i, n) {
        let r = f(s.readFileSync(i, "utf8"), n);
        return ((r.path = i), r);
      }),
      (f.test = function (i, n) {
        return d.startsWith(i, o(n).delimiters[0]);
      }),
      (f.language = function (i, n) {
        let r = o(n).delimiters[0];
        f.test(i) && (i = i.slice(r.length));
        let s = i.slice(0, i.search(/\r?\n/));
        return { raw: s, name: s ? s.trim() : "" };
      }),
      (f.cache = {}),
      (f.clearCache = function () {
        f.cache = {};
      }),
      (n.exports = f));
  },
  22689,
  (i, n, r) => {
    "use strict";
    let s = i.r(97203),
      a = i.r(34281);
    n.exports = function (i) {
      let n = Object.assign({}, i);
      return (
        (n.delimiters = a.arrayify(n.delims || n.delimiters || "---")),
        1 === n.delimiters.length && n.delimiters.push(n.delimiters[0]),
        (n.language = (n.language || n.lang || "yaml").toLowerCase()),
        (n.engines = Object.assign({}, s, n.parsers, n.engines)),
        n
      );
    };
  },
  15192,
  (i, n, r) => {
    "use strict";
    n.exports = function (i, n) {
      let r =
        n.engines[i] ||
        n.engines[
          (function (i) {
            switch (i.toLowerCase()) {
              case "js":
              case "javascript":
                return "javascript";
              case "coffee":
              case "coffeescript":
              case "cson":
                return "coffee";
              case "yaml":
              case "yml":
                return "yaml";
              default:
                return i;
            }
          })(i)
        ];
      if (void 0 === r) throw Error('gray-matter engine "' + i + '" is not registered');
      return ("function" == typeof r && (r = { parse: r }), r);
    };
  },
  97203,
  (__turbopack_context__, module, exports) => {
    "use strict";
    let yaml = __turbopack_context__.r(60476),
      engines = (exports = module.exports);
    ((engines.yaml = { parse: yaml.safeLoad.bind(yaml), stringify: yaml.safeDump.bind(yaml) }),
      (engines.json = {
        parse: JSON.parse.bind(JSON),
        stringify: function (i, n) {
          let r = Object.assign({ replacer: null, space: 2 }, n);
          return JSON.stringify(i, r.replacer, r.space);
        },
      }),
      (engines.javascript = {
        parse: function parse(str, options, wrap) {
          try {
            return (
              !1 !== wrap && (str = "(function() {\nreturn " + str.trim() + ";\n}());"),
              eval(str) || {}
            );
          } catch (err) {
            if (!1 !== wrap && /(unexpected|identifier)/i.test(err.message))
              return parse(str, options, !1);
            throw SyntaxError(err);
          }
        },
        stringify: function () {
          throw Error("stringifying JavaScript is not supported");
        },
      }));
  },
  44654,
  (i, n, r) => {
    "use strict";
    let s = i.r(22689);
    n.exports = function (i, n) {
      let r = s(n);
      if ((null == i.data && (i.data = {}), "function" == typeof r.excerpt)) return r.excerpt(i, r);
      let a = i.data.excerpt_separator || r.excerpt_separator;
      if (null == a && (!1 === r.excerpt || null == r.excerpt)) return i;
      let o = "string" == typeof r.excerpt ? r.excerpt : a || r.delimiters[0],
        u = i.content.indexOf(o);
      return (-1 !== u && (i.excerpt = i.content.slice(0, u)), i);
    };
  },
  21601,
  (i, n, r) => {
    "use strict";
    let s = i.r(15192),
      a = i.r(22689);
    n.exports = function (i, n, r) {
      let o = a(r),
        u = s(i, o);
      if ("function" != typeof u.parse)
        throw TypeError('expected "' + i + '.parse" to be a function');
      return u.parse(n, o);
    };
  },
  68169,
  (i, n, r) => {
    "use strict";
    let s = i.r(18232),
      a = i.r(15192),
      o = i.r(22689);
    function u(i) {
      return "\n" !== i.slice(-1) ? i + "\n" : i;
    }
    n.exports = function (i, n, r) {
      if (null == n && null == r)
        switch (s(i)) {
          case "object":
            ((n = i.data), (r = {}));
            break;
          case "string":
            return i;
          default:
            throw TypeError("expected file to be a string or object");
        }
      let c = i.content,
        l = o(r);
      if (null == n) {
        if (!l.data) return i;
        n = l.data;
      }
      let h = i.language || l.language,
        p = a(h, l);
      if ("function" != typeof p.stringify)
        throw TypeError('expected "' + h + '.stringify" to be a function');
      n = Object.assign({}, i.data, n);
      let d = l.delimiters[0],
        f = l.delimiters[1],
        m = p.stringify(n, r).trim(),
        D = "";
      return (
        "{}" !== m && (D = u(d) + u(m) + u(f)),
        "string" == typeof i.excerpt &&
          "" !== i.excerpt &&
          -1 === c.indexOf(i.excerpt.trim()) &&
          (D += u(i.excerpt) + u(f)),
        D + u(c)
      );
    };
  },
  84180,
  (i, n, r) => {
    "use strict";
    let s = i.r(18232),
      a = i.r(68169),
      o = i.r(34281);
    n.exports = function (i) {
      return (
        "object" !== s(i) && (i = { content: i }),
        "object" !== s(i.data) && (i.data = {}),
        i.contents && null == i.content && (i.content = i.contents),
        o.define(i, "orig", o.toBuffer(i.content)),
        o.define(i, "language", i.language || ""),
        o.define(i, "matter", i.matter || ""),
        o.define(i, "stringify", function (n, r) {
          return (r && r.language && (i.language = r.language), a(i, n, r));
        }),
        (i.content = o.toString(i.content)),
        (i.isEmpty = !1),
        (i.excerpt = ""),
        i
      );
    };
  },
  34281,
  (i, n, r) => {
    "use strict";
    let s = i.r(46843),
      a = i.r(18232);
    ((r.define = function (i, n, r) {
      Reflect.defineProperty(i, n, { enumerable: !1, configurable: !0, writable: !0, value: r });
    }),
      (r.isBuffer = function (i) {
        return "buffer" === a(i);
      }),
      (r.isObject = function (i) {
        return "object" === a(i);
      }),
      (r.toBuffer = function (i) {
        return "string" == typeof i ? Buffer.from(i) : i;
      }),
      (r.toString = function (i) {
        if (r.isBuffer(i)) return s(String(i));
        if ("string" != typeof i) throw TypeError("expected input to be a string or buffer");
        return s(i);
      }),
      (r.arrayify = function (i) {
        return i ? (Array.isArray(i) ? i : [i]) : [];
      }),
      (r.startsWith = function (i, n, r) {
        return ("number" != typeof r && (r = n.length), i.slice(0, r) === n);
      }));
  },
  1991,
  (i, n, r) => {
    "use strict";
    n.exports = function (i) {
      return null != i && ("object" == typeof i || "function" == typeof i);
    };
  },
  60476,
  (i, n, r) => {
    "use strict";
    n.exports = i.r(1890);
  },
  1890,
  (i, n, r) => {
    "use strict";
    var s = i.r(39729),
      a = i.r(28211);
    function o(i) {
      return function () {
        throw Error("Function " + i + " is deprecated and cannot be used.");
      };
    }
    ((n.exports.Type = i.r(79331)),
      (n.exports.Schema = i.r(50935)),
      (n.exports.FAILSAFE_SCHEMA = i.r(9471)),
      (n.exports.JSON_SCHEMA = i.r(33703)),
      (n.exports.CORE_SCHEMA = i.r(48504)),
      (n.exports.DEFAULT_SAFE_SCHEMA = i.r(13283)),
      (n.exports.DEFAULT_FULL_SCHEMA = i.r(87037)),
      (n.exports.load = s.load),
      (n.exports.loadAll = s.loadAll),
      (n.exports.safeLoad = s.safeLoad),
      (n.exports.safeLoadAll = s.safeLoadAll),
      (n.exports.dump = a.dump),
      (n.exports.safeDump = a.safeDump),
      (n.exports.YAMLException = i.r(16945)),
      (n.exports.MINIMAL_SCHEMA = i.r(9471)),
      (n.exports.SAFE_SCHEMA = i.r(13283)),
      (n.exports.DEFAULT_SCHEMA = i.r(87037)),
      (n.exports.scan = o("scan")),
      (n.exports.parse = o("parse")),
      (n.exports.compose = o("compose")),
      (n.exports.addConstructor = o("addConstructor")));
  },
  3819,
  (i, n, r) => {
    "use strict";
    function s(i) {
      return null == i;
    }
    ((n.exports.isNothing = s),
      (n.exports.isObject = function (i) {
        return "object" == typeof i && null !== i;
      }),
      (n.exports.toArray = function (i) {
        return Array.isArray(i) ? i : s(i) ? [] : [i];
      }),
      (n.exports.repeat = function (i, n) {
        var r,
          s = "";
        for (r = 0; r < n; r += 1) s += i;
        return s;
      }),
      (n.exports.isNegativeZero = function (i) {
        return 0 === i && -1 / 0 == 1 / i;
      }),
      (n.exports.extend = function (i, n) {
        var r, s, a, o;
        if (n) for (r = 0, s = (o = Object.keys(n)).length; r < s; r += 1) i[(a = o[r])] = n[a];
        return i;
      }));
  },
  28211,
  (i, n, r) => {
    "use strict";
    var s = i.r(3819),
      a = i.r(16945),
      o = i.r(87037),
      u = i.r(13283),
      c = Object.prototype.toString,
      l = Object.prototype.hasOwnProperty,
      h = {};
    ((h[0] = "\\0"),
      (h[7] = "\\a"),
      (h[8] = "\\b"),
      (h[9] = "\\t"),
      (h[10] = "\\n"),
      (h[11] = "\\v"),
      (h[12] = "\\f"),
      (h[13] = "\\r"),
      (h[27] = "\\e"),
      (h[34] = '\\"'),
      (h[92] = "\\\\"),
      (h[133] = "\\N"),
      (h[160] = "\\_"),
      (h[8232] = "\\L"),
      (h[8233] = "\\P"));
    var p = [
      "y",
      "Y",
      "yes",
      "Yes",
      "YES",
      "on",
      "On",
      "ON",
      "n",
      "N",
      "no",
      "No",
      "NO",
      "off",
      "Off",
      "OFF",
    ];
    function d(i) {
      var n, r, o;
      if (((n = i.toString(16).toUpperCase()), i <= 255)) ((r = "x"), (o = 2));
      else if (i <= 65535) ((r = "u"), (o = 4));
      else if (i <= 0xffffffff) ((r = "U"), (o = 8));
      else throw new a("code point within a string may not be greater than 0xFFFFFFFF");
      return "\\" + r + s.repeat("0", o - n.length) + n;
    }
    function f(i) {
      ((this.schema = i.schema || o),
        (this.indent = Math.max(1, i.indent || 2)),
        (this.noArrayIndent = i.noArrayIndent || !1),
        (this.skipInvalid = i.skipInvalid || !1),
        (this.flowLevel = s.isNothing(i.flowLevel) ? -1 : i.flowLevel),
        (this.styleMap = (function (i, n) {
          var r, s, a, o, u, c, h;
          if (null === n) return {};
          for (a = 0, r = {}, o = (s = Object.keys(n)).length; a < o; a += 1)
            ((c = String(n[(u = s[a])])),
              "!!" === u.slice(0, 2) && (u = "tag:yaml.org,2002:" + u.slice(2)),
              (h = i.compiledTypeMap.fallback[u]) &&
                l.call(h.styleAliases, c) &&
                (c = h.styleAliases[c]),
              (r[u] = c));
          return r;
        })(this.schema, i.styles || null)),
        (this.sortKeys = i.sortKeys || !1),
        (this.lineWidth = i.lineWidth || 80),
        (this.noRefs = i.noRefs || !1),
        (this.noCompatMode = i.noCompatMode || !1),
        (this.condenseFlow = i.condenseFlow || !1),
        (this.implicitTypes = this.schema.compiledImplicit),
        (this.explicitTypes = this.schema.compiledExplicit),
        (this.tag = null),
        (this.result = ""),
        (this.duplicates = []),
        (this.usedDuplicates = null));
    }
    function m(i, n) {
      for (var r, a = s.repeat(" ", n), o = 0, u = -1, c = "", l = i.length; o < l;)
        (-1 === (u = i.indexOf("\n", o))
          ? ((r = i.slice(o)), (o = l))
          : ((r = i.slice(o, u + 1)), (o = u + 1)),
          r.length && "\n" !== r && (c += a),
          (c += r));
      return c;
    }
    function D(i, n) {
      return "\n" + s.repeat(" ", i.indent * n);
    }
    function y(i) {
      return 32 === i || 9 === i;
    }
    function g(i) {
      return (
        (32 <= i && i <= 126) ||
        (161 <= i && i <= 55295 && 8232 !== i && 8233 !== i) ||
        (57344 <= i && i <= 65533 && 65279 !== i) ||
        (65536 <= i && i <= 1114111)
      );
    }
    function x(i, n) {
      var r;
      return (
        g(i) &&
        65279 !== i &&
        44 !== i &&
        91 !== i &&
        93 !== i &&
        123 !== i &&
        125 !== i &&
        58 !== i &&
        (35 !== i || (n && g((r = n)) && !y(r) && 65279 !== r && 13 !== r && 10 !== r))
      );
    }
    function v(i) {
      return /^\n* /.test(i);
    }
    function F(i, n) {
      var r = v(i) ? String(n) : "",
        s = "\n" === i[i.length - 1];
      return r + (s && ("\n" === i[i.length - 2] || "\n" === i) ? "+" : s ? "" : "-") + "\n";
    }
    function E(i) {
      return "\n" === i[i.length - 1] ? i.slice(0, -1) : i;
    }
    function A(i, n) {
      if ("" === i || " " === i[0]) return i;
      for (var r, s, a = / [^ ]/g, o = 0, u = 0, c = 0, l = ""; (r = a.exec(i));)
        ((c = r.index) - o > n && ((s = u > o ? u : c), (l += "\n" + i.slice(o, s)), (o = s + 1)),
          (u = c));
      return (
        (l += "\n"),
        i.length - o > n && u > o
          ? (l += i.slice(o, u) + "\n" + i.slice(u + 1))
          : (l += i.slice(o)),
        l.slice(1)
      );
    }
    function C(i, n, r) {
      var s, o, u, h, p, d;
      for (u = 0, h = (o = r ? i.explicitTypes : i.implicitTypes).length; u < h; u += 1)
        if (
          ((p = o[u]).instanceOf || p.predicate) &&
          (!p.instanceOf || ("object" == typeof n && n instanceof p.instanceOf)) &&
          (!p.predicate || p.predicate(n))
        ) {
          if (((i.tag = r ? p.tag : "?"), p.represent)) {
            if (
              ((d = i.styleMap[p.tag] || p.defaultStyle),
              "[object Function]" === c.call(p.represent))
            )
              s = p.represent(n, d);
            else if (l.call(p.represent, d)) s = p.represent[d](n, d);
            else throw new a("!<" + p.tag + '> tag resolver accepts not "' + d + '" style');
            i.dump = s;
          }
          return !0;
        }
      return !1;
    }
    function b(i, n) {
      var r = new f((n = n || {}));
      return (r.noRefs ||
        (function (i, n) {
          var r,
            s,
            a = [],
            o = [];
          for (
            (function i(n, r, s) {
              var a, o, u;
              if (null !== n && "object" == typeof n)
                if (-1 !== (o = r.indexOf(n))) -1 === s.indexOf(o) && s.push(o);
                else if ((r.push(n), Array.isArray(n)))
                  for (o = 0, u = n.length; o < u; o += 1) i(n[o], r, s);
                else for (o = 0, u = (a = Object.keys(n)).length; o < u; o += 1) i(n[a[o]], r, s);
            })(i, a, o),
              r = 0,
              s = o.length;
            r < s;
            r += 1
          )
            n.duplicates.push(a[o[r]]);
          n.usedDuplicates = Array(s);
        })(i, r),
      (function i(n, r, s, o, u, l) {
        ((n.tag = null), (n.dump = s), C(n, s, !1) || C(n, s, !0));
        var f = c.call(n.dump);
        o && (o = n.flowLevel < 0 || n.flowLevel > r);
        var b,
          S,
          w = "[object Object]" === f || "[object Array]" === f;
        if (
          (w && (S = -1 !== (b = n.duplicates.indexOf(s))),
          ((null !== n.tag && "?" !== n.tag) || S || (2 !== n.indent && r > 0)) && (u = !1),
          S && n.usedDuplicates[b])
        )
          n.dump = "*ref_" + b;
        else {
          if (
            (w && S && !n.usedDuplicates[b] && (n.usedDuplicates[b] = !0), "[object Object]" === f)
          )
            o && 0 !== Object.keys(n.dump).length
              ? (!(function (n, r, s, o) {
                  var u,
                    c,
                    l,
                    h,
                    p,
                    d,
                    f = "",
                    m = n.tag,
                    y = Object.keys(s);
                  if (!0 === n.sortKeys) y.sort();
                  else if ("function" == typeof n.sortKeys) y.sort(n.sortKeys);
                  else if (n.sortKeys) throw new a("sortKeys must be a boolean or a function");
                  for (u = 0, c = y.length; u < c; u += 1)
                    ((d = ""),
                      (o && 0 === u) || (d += D(n, r)),
                      (h = s[(l = y[u])]),
                      i(n, r + 1, l, !0, !0, !0) &&
                        ((p =
                          (null !== n.tag && "?" !== n.tag) || (n.dump && n.dump.length > 1024)) &&
                          (n.dump && 10 === n.dump.charCodeAt(0) ? (d += "?") : (d += "? ")),
                        (d += n.dump),
                        p && (d += D(n, r)),
                        i(n, r + 1, h, !0, p) &&
                          (n.dump && 10 === n.dump.charCodeAt(0) ? (d += ":") : (d += ": "),
                          (d += n.dump),
                          (f += d))));
                  ((n.tag = m), (n.dump = f || "{}"));
                })(n, r, n.dump, u),
                S && (n.dump = "&ref_" + b + n.dump))
              : (!(function (n, r, s) {
                  var a,
                    o,
                    u,
                    c,
                    l,
                    h = "",
                    p = n.tag,
                    d = Object.keys(s);
                  for (a = 0, o = d.length; a < o; a += 1)
                    ((l = ""),
                      0 !== a && (l += ", "),
                      n.condenseFlow && (l += '"'),
                      (c = s[(u = d[a])]),
                      i(n, r, u, !1, !1) &&
                        (n.dump.length > 1024 && (l += "? "),
                        (l +=
                          n.dump + (n.condenseFlow ? '"' : "") + ":" + (n.condenseFlow ? "" : " ")),
                        i(n, r, c, !1, !1) && ((l += n.dump), (h += l))));
                  ((n.tag = p), (n.dump = "{" + h + "}"));
                })(n, r, n.dump),
                S && (n.dump = "&ref_" + b + " " + n.dump));
          else if ("[object Array]" === f) {
            var k,
              _ = n.noArrayIndent && r > 0 ? r - 1 : r;
            o && 0 !== n.dump.length
              ? (!(function (n, r, s, a) {
                  var o,
                    u,
                    c = "",
                    l = n.tag;
                  for (o = 0, u = s.length; o < u; o += 1)
                    i(n, r + 1, s[o], !0, !0) &&
                      ((a && 0 === o) || (c += D(n, r)),
                      n.dump && 10 === n.dump.charCodeAt(0) ? (c += "-") : (c += "- "),
                      (c += n.dump));
                  ((n.tag = l), (n.dump = c || "[]"));
                })(n, _, n.dump, u),
                S && (n.dump = "&ref_" + b + n.dump))
              : (!(function (n, r, s) {
                  var a,
                    o,
                    u = "",
                    c = n.tag;
                  for (a = 0, o = s.length; a < o; a += 1)
                    i(n, r, s[a], !1, !1) &&
                      (0 !== a && (u += "," + (n.condenseFlow ? "" : " ")), (u += n.dump));
                  ((n.tag = c), (n.dump = "[" + u + "]"));
                })(n, _, n.dump),
                S && (n.dump = "&ref_" + b + " " + n.dump));
          } else if ("[object String]" === f)
            "?" !== n.tag &&
              ((k = n.dump),
              (n.dump = (function () {
                if (0 === k.length) return "''";
                if (!n.noCompatMode && -1 !== p.indexOf(k)) return "'" + k + "'";
                var i = n.indent * Math.max(1, r),
                  s =
                    -1 === n.lineWidth ? -1 : Math.max(Math.min(n.lineWidth, 40), n.lineWidth - i);
                switch (
                  (function (i, n, r, s, a) {
                    var o,
                      u,
                      c,
                      l,
                      h = !1,
                      p = !1,
                      d = -1 !== s,
                      f = -1,
                      m =
                        g((o = i.charCodeAt(0))) &&
                        65279 !== o &&
                        !y(o) &&
                        45 !== o &&
                        63 !== o &&
                        58 !== o &&
                        44 !== o &&
                        91 !== o &&
                        93 !== o &&
                        123 !== o &&
                        125 !== o &&
                        35 !== o &&
                        38 !== o &&
                        42 !== o &&
                        33 !== o &&
                        124 !== o &&
                        61 !== o &&
                        62 !== o &&
                        39 !== o &&
                        34 !== o &&
                        37 !== o &&
                        64 !== o &&
                        96 !== o &&
                        !y(i.charCodeAt(i.length - 1));
                    if (n)
                      for (u = 0; u < i.length; u++) {
                        if (!g((c = i.charCodeAt(u)))) return 5;
                        ((l = u > 0 ? i.charCodeAt(u - 1) : null), (m = m && x(c, l)));
                      }
                    else {
                      for (u = 0; u < i.length; u++) {
                        if (10 === (c = i.charCodeAt(u)))
                          ((h = !0),
                            d && ((p = p || (u - f - 1 > s && " " !== i[f + 1])), (f = u)));
                        else if (!g(c)) return 5;
                        ((l = u > 0 ? i.charCodeAt(u - 1) : null), (m = m && x(c, l)));
                      }
                      p = p || (d && u - f - 1 > s && " " !== i[f + 1]);
                    }
                    return h || p ? (r > 9 && v(i) ? 5 : p ? 4 : 3) : m && !a(i) ? 1 : 2;
                  })(k, l || (n.flowLevel > -1 && r >= n.flowLevel), n.indent, s, function (i) {
                    var r, s;
                    for (r = 0, s = n.implicitTypes.length; r < s; r += 1)
                      if (n.implicitTypes[r].resolve(i)) return !0;
                    return !1;
                  })
                ) {
                  case 1:
                    return k;
                  case 2:
                    return "'" + k.replace(/'/g, "''") + "'";
                  case 3:
                    return "|" + F(k, n.indent) + E(m(k, i));
                  case 4:
                    return (
                      ">" +
                      F(k, n.indent) +
                      E(
                        m(
                          (function (i, n) {
                            for (
                              var r,
                                s,
                                a,
                                o = /(\n+)([^\n]*)/g,
                                u =
                                  ((o.lastIndex = r = -1 !== (r = i.indexOf("\n")) ? r : i.length),
                                  A(i.slice(0, r), n)),
                                c = "\n" === i[0] || " " === i[0];
                              (a = o.exec(i));
                            ) {
                              var l = a[1],
                                h = a[2];
                              ((s = " " === h[0]),
                                (u += l + (c || s || "" === h ? "" : "\n") + A(h, n)),
                                (c = s));
                            }
                            return u;
                          })(k, s),
                          i,
                        ),
                      )
                    );
                  case 5:
                    return (
                      '"' +
                      (function (i) {
                        for (var n, r, s, a = "", o = 0; o < i.length; o++) {
                          if (
                            (n = i.charCodeAt(o)) >= 55296 &&
                            n <= 56319 &&
                            (r = i.charCodeAt(o + 1)) >= 56320 &&
                            r <= 57343
                          ) {
                            ((a += d((n - 55296) * 1024 + r - 56320 + 65536)), o++);
                            continue;
                          }
                          a += !(s = h[n]) && g(n) ? i[o] : s || d(n);
                        }
                        return a;
                      })(k) +
                      '"'
                    );
                  default:
                    throw new a("impossible error: invalid scalar style");
                }
              })()));
          else {
            if (n.skipInvalid) return !1;
            throw new a("unacceptable kind of an object to dump " + f);
          }
          null !== n.tag && "?" !== n.tag && (n.dump = "!<" + n.tag + "> " + n.dump);
        }
        return !0;
      })(r, 0, i, !0, !0))
        ? r.dump + "\n"
        : "";
    }
    ((n.exports.dump = b),
      (n.exports.safeDump = function (i, n) {
        return b(i, s.extend({ schema: u }, n));
      }));
  },
  16945,
  (i, n, r) => {
    "use strict";
    function s(i, n) {
      (Error.call(this),
        (this.name = "YAMLException"),
        (this.reason = i),
        (this.mark = n),
        (this.message =
          (this.reason || "(unknown reason)") + (this.mark ? " " + this.mark.toString() : "")),
        Error.captureStackTrace
          ? Error.captureStackTrace(this, this.constructor)
          : (this.stack = Error().stack || ""));
    }
    ((s.prototype = Object.create(Error.prototype)),
      (s.prototype.constructor = s),
      (s.prototype.toString = function (i) {
        var n = this.name + ": ";
        return (
          (n += this.reason || "(unknown reason)"),
          !i && this.mark && (n += " " + this.mark.toString()),
          n
        );
      }),
      (n.exports = s));
  },
  39729,
  (i, n, r) => {
    "use strict";
    var s = i.r(3819),
      a = i.r(16945),
      o = i.r(60048),
      u = i.r(13283),
      c = i.r(87037),
      l = Object.prototype.hasOwnProperty,
      h =
        /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,
      p = /[\x85\u2028\u2029]/,
      d = /[,\[\]\{\}]/,
      f = /^(?:!|!!|![a-z\-]+!)$/i,
      m = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
    function D(i) {
      return Object.prototype.toString.call(i);
    }
    function y(i) {
      return 10 === i || 13 === i;
    }
    function g(i) {
      return 9 === i || 32 === i;
    }
    function x(i) {
      return 9 === i || 32 === i || 10 === i || 13 === i;
    }
    function v(i) {
      return 44 === i || 91 === i || 93 === i || 123 === i || 125 === i;
    }
    function F(i) {
      return 48 === i
        ? "\0"
        : 97 === i
          ? "\x07"
          : 98 === i
            ? "\b"
            : 116 === i || 9 === i
              ? "	"
              : 110 === i
                ? "\n"
                : 118 === i
                  ? "\v"
                  : 102 === i
                    ? "\f"
                    : 114 === i
                      ? "\r"
                      : 101 === i
                        ? "\x1b"
                        : 32 === i
                          ? " "
                          : 34 === i
                            ? '"'
                            : 47 === i
                              ? "/"
                              : 92 === i
                                ? "\\"
                                : 78 === i
                                  ? ""
                                  : 95 === i
                                    ? " "
                                    : 76 === i
                                      ? "\u2028"
                                      : 80 === i
                                        ? "\u2029"
                                        : "";
    }
    function E(i, n, r) {
      "__proto__" === n
        ? Object.defineProperty(i, n, { configurable: !0, enumerable: !0, writable: !0, value: r })
        : (i[n] = r);
    }
    for (var A = Array(256), C = Array(256), b = 0; b < 256; b++) ((A[b] = +!!F(b)), (C[b] = F(b)));
    function S(i, n) {
      ((this.input = i),
        (this.filename = n.filename || null),
        (this.schema = n.schema || c),
        (this.onWarning = n.onWarning || null),
        (this.legacy = n.legacy || !1),
        (this.json = n.json || !1),
        (this.listener = n.listener || null),
        (this.maxTotalMergeKeys =
          "number" == typeof n.maxTotalMergeKeys ? n.maxTotalMergeKeys : 1e4),
        (this.implicitTypes = this.schema.compiledImplicit),
        (this.typeMap = this.schema.compiledTypeMap),
        (this.length = i.length),
        (this.position = 0),
        (this.line = 0),
        (this.lineStart = 0),
        (this.lineIndent = 0),
        (this.totalMergeKeys = 0),
        (this.documents = []));
    }
    function w(i, n) {
      return new a(n, new o(i.filename, i.input, i.position, i.line, i.position - i.lineStart));
    }
    function k(i, n) {
      throw w(i, n);
    }
    function _(i, n) {
      i.onWarning && i.onWarning.call(null, w(i, n));
    }
    var B = {
      YAML: function (i, n, r) {
        var s, a, o;
        (null !== i.version && k(i, "duplication of %YAML directive"),
          1 !== r.length && k(i, "YAML directive accepts exactly one argument"),
          null === (s = /^([0-9]+)\.([0-9]+)$/.exec(r[0])) &&
            k(i, "ill-formed argument of the YAML directive"),
          (a = parseInt(s[1], 10)),
          (o = parseInt(s[2], 10)),
          1 !== a && k(i, "unacceptable YAML version of the document"),
          (i.version = r[0]),
          (i.checkLineBreaks = o < 2),
          1 !== o && 2 !== o && _(i, "unsupported YAML version of the document"));
      },
      TAG: function (i, n, r) {
        var s, a;
        (2 !== r.length && k(i, "TAG directive accepts exactly two arguments"),
          (s = r[0]),
          (a = r[1]),
          f.test(s) || k(i, "ill-formed tag handle (first argument) of the TAG directive"),
          l.call(i.tagMap, s) &&
            k(i, 'there is a previously declared suffix for "' + s + '" tag handle'),
          m.test(a) || k(i, "ill-formed tag prefix (second argument) of the TAG directive"),
          (i.tagMap[s] = a));
      },
    };
    function z(i, n, r, s) {
      var a, o, u, c;
      if (n < r) {
        if (((c = i.input.slice(n, r)), s))
          for (a = 0, o = c.length; a < o; a += 1)
            9 === (u = c.charCodeAt(a)) ||
              (32 <= u && u <= 1114111) ||
              k(i, "expected valid JSON character");
        else h.test(c) && k(i, "the stream contains non-printable characters");
        i.result += c;
      }
    }
    function T(i) {
      ((i.totalMergeKeys += 1),
        -1 !== i.maxTotalMergeKeys &&
          i.totalMergeKeys > i.maxTotalMergeKeys &&
          k(i, "merge keys exceeded maxTotalMergeKeys (" + i.maxTotalMergeKeys + ")"));
    }
    function N(i, n, r, a) {
      var o, u, c, h;
      for (
        s.isObject(r) || k(i, "cannot merge mappings; the provided source object is unacceptable"),
          T(i),
          c = 0,
          h = (o = Object.keys(r)).length;
        c < h;
        c += 1
      )
        ((u = o[c]), T(i), l.call(n, u) || (E(n, u, r[u]), (a[u] = !0)));
    }
    function O(i, n, r, s, a, o, u, c) {
      var h, p;
      if (Array.isArray(a))
        for (h = 0, p = (a = Array.prototype.slice.call(a)).length; h < p; h += 1)
          (Array.isArray(a[h]) && k(i, "nested arrays are not supported inside keys"),
            "object" == typeof a && "[object Object]" === D(a[h]) && (a[h] = "[object Object]"));
      if (
        ("object" == typeof a && "[object Object]" === D(a) && (a = "[object Object]"),
        (a = String(a)),
        null === n && (n = {}),
        "tag:yaml.org,2002:merge" === s)
      )
        if (Array.isArray(o))
          for (
            o.length > 100 && k(i, "abnormal merge sequence size"), h = 0, p = o.length;
            h < p;
            h += 1
          )
            N(i, n, o[h], r);
        else N(i, n, o, r);
      else
        (!i.json &&
          !l.call(r, a) &&
          l.call(n, a) &&
          ((i.line = u || i.line), (i.position = c || i.position), k(i, "duplicated mapping key")),
          E(n, a, o),
          delete r[a]);
      return n;
    }
    function I(i) {
      var n;
      (10 === (n = i.input.charCodeAt(i.position))
        ? i.position++
        : 13 === n
          ? (i.position++, 10 === i.input.charCodeAt(i.position) && i.position++)
          : k(i, "a line break is expected"),
        (i.line += 1),
        (i.lineStart = i.position));
    }
    function P(i, n, r) {
      for (var s = 0, a = i.input.charCodeAt(i.position); 0 !== a;) {
        for (; g(a);) a = i.input.charCodeAt(++i.position);
        if (n && 35 === a)
          do a = i.input.charCodeAt(++i.position);
          while (10 !== a && 13 !== a && 0 !== a);
        if (y(a))
          for (I(i), a = i.input.charCodeAt(i.position), s++, i.lineIndent = 0; 32 === a;)
            (i.lineIndent++, (a = i.input.charCodeAt(++i.position)));
        else break;
      }
      return (-1 !== r && 0 !== s && i.lineIndent < r && _(i, "deficient indentation"), s);
    }
    function M(i) {
      var n,
        r = i.position;
      return (
        !!(
          (45 === (n = i.input.charCodeAt(r)) || 46 === n) &&
          n === i.input.charCodeAt(r + 1) &&
          n === i.input.charCodeAt(r + 2) &&
          ((r += 3), 0 === (n = i.input.charCodeAt(r)) || x(n))
        ) || !1
      );
    }
    function j(i, n) {
      1 === n ? (i.result += " ") : n > 1 && (i.result += s.repeat("\n", n - 1));
    }
    function $(i, n) {
      var r,
        s,
        a = i.tag,
        o = i.anchor,
        u = [],
        c = !1;
      for (
        null !== i.anchor && (i.anchorMap[i.anchor] = u), s = i.input.charCodeAt(i.position);
        0 !== s && 45 === s && x(i.input.charCodeAt(i.position + 1));
      ) {
        if (((c = !0), i.position++, P(i, !0, -1) && i.lineIndent <= n)) {
          (u.push(null), (s = i.input.charCodeAt(i.position)));
          continue;
        }
        if (
          ((r = i.line),
          L(i, n, 3, !1, !0),
          u.push(i.result),
          P(i, !0, -1),
          (s = i.input.charCodeAt(i.position)),
          (i.line === r || i.lineIndent > n) && 0 !== s)
        )
          k(i, "bad indentation of a sequence entry");
        else if (i.lineIndent < n) break;
      }
      return !!c && ((i.tag = a), (i.anchor = o), (i.kind = "sequence"), (i.result = u), !0);
    }
    function L(i, n, r, a, o) {
      var u,
        c,
        h,
        p,
        D,
        F,
        E,
        b,
        S = 1,
        w = !1,
        _ = !1;
      if (
        (null !== i.listener && i.listener("open", i),
        (i.tag = null),
        (i.anchor = null),
        (i.kind = null),
        (i.result = null),
        (u = c = h = 4 === r || 3 === r),
        a &&
          P(i, !0, -1) &&
          ((w = !0),
          i.lineIndent > n ? (S = 1) : i.lineIndent === n ? (S = 0) : i.lineIndent < n && (S = -1)),
        1 === S)
      )
        for (
          ;
          (function (i) {
            var n,
              r,
              s,
              a,
              o = !1,
              u = !1;
            if (33 !== (a = i.input.charCodeAt(i.position))) return !1;
            if (
              (null !== i.tag && k(i, "duplication of a tag property"),
              60 === (a = i.input.charCodeAt(++i.position))
                ? ((o = !0), (a = i.input.charCodeAt(++i.position)))
                : 33 === a
                  ? ((u = !0), (r = "!!"), (a = i.input.charCodeAt(++i.position)))
                  : (r = "!"),
              (n = i.position),
              o)
            ) {
              do a = i.input.charCodeAt(++i.position);
              while (0 !== a && 62 !== a);
              i.position < i.length
                ? ((s = i.input.slice(n, i.position)), (a = i.input.charCodeAt(++i.position)))
                : k(i, "unexpected end of the stream within a verbatim tag");
            } else {
              for (; 0 !== a && !x(a);)
                (33 === a &&
                  (u
                    ? k(i, "tag suffix cannot contain exclamation marks")
                    : ((r = i.input.slice(n - 1, i.position + 1)),
                      f.test(r) || k(i, "named tag handle cannot contain such characters"),
                      (u = !0),
                      (n = i.position + 1))),
                  (a = i.input.charCodeAt(++i.position)));
              ((s = i.input.slice(n, i.position)),
                d.test(s) && k(i, "tag suffix cannot contain flow indicator characters"));
            }
            return (
              s && !m.test(s) && k(i, "tag name cannot contain such characters: " + s),
              o
                ? (i.tag = s)
                : l.call(i.tagMap, r)
                  ? (i.tag = i.tagMap[r] + s)
                  : "!" === r
                    ? (i.tag = "!" + s)
                    : "!!" === r
                      ? (i.tag = "tag:yaml.org,2002:" + s)
                      : k(i, 'undeclared tag handle "' + r + '"'),
              !0
            );
          })(i) ||
          (function (i) {
            var n, r;
            if (38 !== (r = i.input.charCodeAt(i.position))) return !1;
            for (
              null !== i.anchor && k(i, "duplication of an anchor property"),
                r = i.input.charCodeAt(++i.position),
                n = i.position;
              0 !== r && !x(r) && !v(r);
            )
              r = i.input.charCodeAt(++i.position);
            return (
              i.position === n &&
                k(i, "name of an anchor node must contain at least one character"),
              (i.anchor = i.input.slice(n, i.position)),
              !0
            );
          })(i);
        )
          P(i, !0, -1)
            ? ((w = !0),
              (h = u),
              i.lineIndent > n
                ? (S = 1)
                : i.lineIndent === n
                  ? (S = 0)
                  : i.lineIndent < n && (S = -1))
            : (h = !1);
      if (
        (h && (h = w || o),
        (1 === S || 4 === r) &&
          ((E = 1 === r || 2 === r ? n : n + 1),
          (b = i.position - i.lineStart),
          1 === S
            ? (h &&
                ($(i, b) ||
                  (function (i, n, r) {
                    var s,
                      a,
                      o,
                      u,
                      c,
                      l = i.tag,
                      h = i.anchor,
                      p = {},
                      d = {},
                      f = null,
                      m = null,
                      D = null,
                      y = !1,
                      v = !1;
                    for (
                      null !== i.anchor && (i.anchorMap[i.anchor] = p),
                        c = i.input.charCodeAt(i.position);
                      0 !== c;
                    ) {
                      if (
                        ((s = i.input.charCodeAt(i.position + 1)),
                        (o = i.line),
                        (u = i.position),
                        (63 === c || 58 === c) && x(s))
                      )
                        (63 === c
                          ? (y && (O(i, p, d, f, m, null), (f = m = D = null)),
                            (v = !0),
                            (y = !0),
                            (a = !0))
                          : y
                            ? ((y = !1), (a = !0))
                            : k(
                                i,
                                "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line",
                              ),
                          (i.position += 1),
                          (c = s));
                      else if (L(i, r, 2, !1, !0))
                        if (i.line === o) {
                          for (c = i.input.charCodeAt(i.position); g(c);)
                            c = i.input.charCodeAt(++i.position);
                          if (58 === c)
                            (x((c = i.input.charCodeAt(++i.position))) ||
                              k(
                                i,
                                "a whitespace character is expected after the key-value separator within a block mapping",
                              ),
                              y && (O(i, p, d, f, m, null), (f = m = D = null)),
                              (v = !0),
                              (y = !1),
                              (a = !1),
                              (f = i.tag),
                              (m = i.result));
                          else {
                            if (!v) return ((i.tag = l), (i.anchor = h), !0);
                            k(i, "can not read an implicit mapping pair; a colon is missed");
                          }
                        } else {
                          if (!v) return ((i.tag = l), (i.anchor = h), !0);
                          k(
                            i,
                            "can not read a block mapping entry; a multiline key may not be an implicit key",
                          );
                        }
                      else break;
                      if (
                        ((i.line === o || i.lineIndent > n) &&
                          (L(i, n, 4, !0, a) && (y ? (m = i.result) : (D = i.result)),
                          y || (O(i, p, d, f, m, D, o, u), (f = m = D = null)),
                          P(i, !0, -1),
                          (c = i.input.charCodeAt(i.position))),
                        i.lineIndent > n && 0 !== c)
                      )
                        k(i, "bad indentation of a mapping entry");
                      else if (i.lineIndent < n) break;
                    }
                    return (
                      y && O(i, p, d, f, m, null),
                      v && ((i.tag = l), (i.anchor = h), (i.kind = "mapping"), (i.result = p)),
                      v
                    );
                  })(i, b, E))) ||
              (function (i, n) {
                var r,
                  s,
                  a,
                  o,
                  u,
                  c,
                  l,
                  h,
                  p,
                  d,
                  f = !0,
                  m = i.tag,
                  D = i.anchor,
                  y = {};
                if (91 === (d = i.input.charCodeAt(i.position))) ((a = 93), (c = !1), (s = []));
                else {
                  if (123 !== d) return !1;
                  ((a = 125), (c = !0), (s = {}));
                }
                for (
                  null !== i.anchor && (i.anchorMap[i.anchor] = s),
                    d = i.input.charCodeAt(++i.position);
                  0 !== d;
                ) {
                  if ((P(i, !0, n), (d = i.input.charCodeAt(i.position)) === a))
                    return (
                      i.position++,
                      (i.tag = m),
                      (i.anchor = D),
                      (i.kind = c ? "mapping" : "sequence"),
                      (i.result = s),
                      !0
                    );
                  (f || k(i, "missed comma between flow collection entries"),
                    (h = l = p = null),
                    (o = u = !1),
                    63 === d &&
                      x(i.input.charCodeAt(i.position + 1)) &&
                      ((o = u = !0), i.position++, P(i, !0, n)),
                    (r = i.line),
                    L(i, n, 1, !1, !0),
                    (h = i.tag),
                    (l = i.result),
                    P(i, !0, n),
                    (d = i.input.charCodeAt(i.position)),
                    (u || i.line === r) &&
                      58 === d &&
                      ((o = !0),
                      (d = i.input.charCodeAt(++i.position)),
                      P(i, !0, n),
                      L(i, n, 1, !1, !0),
                      (p = i.result)),
                    c ? O(i, s, y, h, l, p) : o ? s.push(O(i, null, y, h, l, p)) : s.push(l),
                    P(i, !0, n),
                    44 === (d = i.input.charCodeAt(i.position))
                      ? ((f = !0), (d = i.input.charCodeAt(++i.position)))
                      : (f = !1));
                }
                k(i, "unexpected end of the stream within a flow collection");
              })(i, E)
              ? (_ = !0)
              : ((c &&
                  (function (i, n) {
                    var r,
                      a,
                      o,
                      u,
                      c,
                      l = 1,
                      h = !1,
                      p = !1,
                      d = n,
                      f = 0,
                      m = !1;
                    if (124 === (c = i.input.charCodeAt(i.position))) o = !1;
                    else {
                      if (62 !== c) return !1;
                      o = !0;
                    }
                    for (i.kind = "scalar", i.result = ""; 0 !== c;)
                      if (43 === (c = i.input.charCodeAt(++i.position)) || 45 === c)
                        1 === l
                          ? (l = 43 === c ? 3 : 2)
                          : k(i, "repeat of a chomping mode identifier");
                      else if ((u = 48 <= (r = c) && r <= 57 ? r - 48 : -1) >= 0)
                        0 === u
                          ? k(
                              i,
                              "bad explicit indentation width of a block scalar; it cannot be less than one",
                            )
                          : p
                            ? k(i, "repeat of an indentation width identifier")
                            : ((d = n + u - 1), (p = !0));
                      else break;
                    if (g(c)) {
                      do c = i.input.charCodeAt(++i.position);
                      while (g(c));
                      if (35 === c)
                        do c = i.input.charCodeAt(++i.position);
                        while (!y(c) && 0 !== c);
                    }
                    for (; 0 !== c;) {
                      for (
                        I(i), i.lineIndent = 0, c = i.input.charCodeAt(i.position);
                        (!p || i.lineIndent < d) && 32 === c;
                      )
                        (i.lineIndent++, (c = i.input.charCodeAt(++i.position)));
                      if ((!p && i.lineIndent > d && (d = i.lineIndent), y(c))) {
                        f++;
                        continue;
                      }
                      if (i.lineIndent < d) {
                        3 === l
                          ? (i.result += s.repeat("\n", h ? 1 + f : f))
                          : 1 === l && h && (i.result += "\n");
                        break;
                      }
                      for (
                        o
                          ? g(c)
                            ? ((m = !0), (i.result += s.repeat("\n", h ? 1 + f : f)))
                            : m
                              ? ((m = !1), (i.result += s.repeat("\n", f + 1)))
                              : 0 === f
                                ? h && (i.result += " ")
                                : (i.result += s.repeat("\n", f))
                          : (i.result += s.repeat("\n", h ? 1 + f : f)),
                          h = !0,
                          p = !0,
                          f = 0,
                          a = i.position;
                        !y(c) && 0 !== c;
                      )
                        c = i.input.charCodeAt(++i.position);
                      z(i, a, i.position, !1);
                    }
                    return !0;
                  })(i, E)) ||
                (function (i, n) {
                  var r, s, a;
                  if (39 !== (r = i.input.charCodeAt(i.position))) return !1;
                  for (
                    i.kind = "scalar", i.result = "", i.position++, s = a = i.position;
                    0 !== (r = i.input.charCodeAt(i.position));
                  )
                    if (39 === r) {
                      if ((z(i, s, i.position, !0), 39 !== (r = i.input.charCodeAt(++i.position))))
                        return !0;
                      ((s = i.position), i.position++, (a = i.position));
                    } else
                      y(r)
                        ? (z(i, s, a, !0), j(i, P(i, !1, n)), (s = a = i.position))
                        : i.position === i.lineStart && M(i)
                          ? k(i, "unexpected end of the document within a single quoted scalar")
                          : (i.position++, (a = i.position));
                  k(i, "unexpected end of the stream within a single quoted scalar");
                })(i, E) ||
                (function (i, n) {
                  var r, s, a, o, u, c, l, h;
                  if (34 !== (c = i.input.charCodeAt(i.position))) return !1;
                  for (
                    i.kind = "scalar", i.result = "", i.position++, r = s = i.position;
                    0 !== (c = i.input.charCodeAt(i.position));
                  )
                    if (34 === c) return (z(i, r, i.position, !0), i.position++, !0);
                    else if (92 === c) {
                      if ((z(i, r, i.position, !0), y((c = i.input.charCodeAt(++i.position)))))
                        P(i, !1, n);
                      else if (c < 256 && A[c]) ((i.result += C[c]), i.position++);
                      else if ((u = 120 === (l = c) ? 2 : 117 === l ? 4 : 8 * (85 === l)) > 0) {
                        for (a = u, o = 0; a > 0; a--)
                          (u = (function (i) {
                            var n;
                            return 48 <= i && i <= 57
                              ? i - 48
                              : 97 <= (n = 32 | i) && n <= 102
                                ? n - 97 + 10
                                : -1;
                          })((c = i.input.charCodeAt(++i.position)))) >= 0
                            ? (o = (o << 4) + u)
                            : k(i, "expected hexadecimal character");
                        ((i.result +=
                          (h = o) <= 65535
                            ? String.fromCharCode(h)
                            : String.fromCharCode(
                                ((h - 65536) >> 10) + 55296,
                                ((h - 65536) & 1023) + 56320,
                              )),
                          i.position++);
                      } else k(i, "unknown escape sequence");
                      r = s = i.position;
                    } else
                      y(c)
                        ? (z(i, r, s, !0), j(i, P(i, !1, n)), (r = s = i.position))
                        : i.position === i.lineStart && M(i)
                          ? k(i, "unexpected end of the document within a double quoted scalar")
                          : (i.position++, (s = i.position));
                  k(i, "unexpected end of the stream within a double quoted scalar");
                })(i, E)
                  ? (_ = !0)
                  : !(function (i) {
                        var n, r, s;
                        if (42 !== (s = i.input.charCodeAt(i.position))) return !1;
                        for (
                          s = i.input.charCodeAt(++i.position), n = i.position;
                          0 !== s && !x(s) && !v(s);
                        )
                          s = i.input.charCodeAt(++i.position);
                        return (
                          i.position === n &&
                            k(i, "name of an alias node must contain at least one character"),
                          (r = i.input.slice(n, i.position)),
                          l.call(i.anchorMap, r) || k(i, 'unidentified alias "' + r + '"'),
                          (i.result = i.anchorMap[r]),
                          P(i, !0, -1),
                          !0
                        );
                      })(i)
                    ? (function (i, n, r) {
                        var s,
                          a,
                          o,
                          u,
                          c,
                          l,
                          h,
                          p,
                          d = i.kind,
                          f = i.result;
                        if (
                          x((p = i.input.charCodeAt(i.position))) ||
                          v(p) ||
                          35 === p ||
                          38 === p ||
                          42 === p ||
                          33 === p ||
                          124 === p ||
                          62 === p ||
                          39 === p ||
                          34 === p ||
                          37 === p ||
                          64 === p ||
                          96 === p ||
                          ((63 === p || 45 === p) &&
                            (x((s = i.input.charCodeAt(i.position + 1))) || (r && v(s))))
                        )
                          return !1;
                        for (
                          i.kind = "scalar", i.result = "", a = o = i.position, u = !1;
                          0 !== p;
                        ) {
                          if (58 === p) {
                            if (x((s = i.input.charCodeAt(i.position + 1))) || (r && v(s))) break;
                          } else if (35 === p) {
                            if (x(i.input.charCodeAt(i.position - 1))) break;
                          } else if ((i.position === i.lineStart && M(i)) || (r && v(p))) break;
                          else if (y(p)) {
                            if (
                              ((c = i.line),
                              (l = i.lineStart),
                              (h = i.lineIndent),
                              P(i, !1, -1),
                              i.lineIndent >= n)
                            ) {
                              ((u = !0), (p = i.input.charCodeAt(i.position)));
                              continue;
                            }
                            ((i.position = o), (i.line = c), (i.lineStart = l), (i.lineIndent = h));
                            break;
                          }
                          (u && (z(i, a, o, !1), j(i, i.line - c), (a = o = i.position), (u = !1)),
                            g(p) || (o = i.position + 1),
                            (p = i.input.charCodeAt(++i.position)));
                        }
                        return (z(i, a, o, !1), !!i.result || ((i.kind = d), (i.result = f), !1));
                      })(i, E, 1 === r) && ((_ = !0), null === i.tag && (i.tag = "?"))
                    : ((_ = !0),
                      (null !== i.tag || null !== i.anchor) &&
                        k(i, "alias node should not have any properties")),
                null !== i.anchor && (i.anchorMap[i.anchor] = i.result))
            : 0 === S && (_ = h && $(i, b))),
        null !== i.tag && "!" !== i.tag)
      )
        if ("?" === i.tag) {
          for (
            null !== i.result &&
              "scalar" !== i.kind &&
              k(
                i,
                'unacceptable node kind for !<?> tag; it should be "scalar", not "' + i.kind + '"',
              ),
              p = 0,
              D = i.implicitTypes.length;
            p < D;
            p += 1
          )
            if ((F = i.implicitTypes[p]).resolve(i.result)) {
              ((i.result = F.construct(i.result)),
                (i.tag = F.tag),
                null !== i.anchor && (i.anchorMap[i.anchor] = i.result));
              break;
            }
        } else
          l.call(i.typeMap[i.kind || "fallback"], i.tag)
            ? ((F = i.typeMap[i.kind || "fallback"][i.tag]),
              null !== i.result &&
                F.kind !== i.kind &&
                k(
                  i,
                  "unacceptable node kind for !<" +
                    i.tag +
                    '> tag; it should be "' +
                    F.kind +
                    '", not "' +
                    i.kind +
                    '"',
                ),
              F.resolve(i.result)
                ? ((i.result = F.construct(i.result)),
                  null !== i.anchor && (i.anchorMap[i.anchor] = i.result))
                : k(i, "cannot resolve a node with !<" + i.tag + "> explicit tag"))
            : k(i, "unknown tag !<" + i.tag + ">");
      return (
        null !== i.listener && i.listener("close", i),
        null !== i.tag || null !== i.anchor || _
      );
    }
    function U(i, n) {
      ((i = String(i)),
        (n = n || {}),
        0 !== i.length &&
          (10 !== i.charCodeAt(i.length - 1) && 13 !== i.charCodeAt(i.length - 1) && (i += "\n"),
          65279 === i.charCodeAt(0) && (i = i.slice(1))));
      var r = new S(i, n),
        s = i.indexOf("\0");
      for (
        -1 !== s && ((r.position = s), k(r, "null byte is not allowed in input")), r.input += "\0";
        32 === r.input.charCodeAt(r.position);
      )
        ((r.lineIndent += 1), (r.position += 1));
      for (; r.position < r.length - 1;)
        !(function (i) {
          var n,
            r,
            s,
            a,
            o = i.position,
            u = !1;
          for (
            i.version = null, i.checkLineBreaks = i.legacy, i.tagMap = {}, i.anchorMap = {};
            0 !== (a = i.input.charCodeAt(i.position)) &&
            (P(i, !0, -1), (a = i.input.charCodeAt(i.position)), !(i.lineIndent > 0) && 37 === a);
          ) {
            for (u = !0, a = i.input.charCodeAt(++i.position), n = i.position; 0 !== a && !x(a);)
              a = i.input.charCodeAt(++i.position);
            for (
              r = i.input.slice(n, i.position),
                s = [],
                r.length < 1 &&
                  k(i, "directive name must not be less than one character in length");
              0 !== a;
            ) {
              for (; g(a);) a = i.input.charCodeAt(++i.position);
              if (35 === a) {
                do a = i.input.charCodeAt(++i.position);
                while (0 !== a && !y(a));
                break;
              }
              if (y(a)) break;
              for (n = i.position; 0 !== a && !x(a);) a = i.input.charCodeAt(++i.position);
              s.push(i.input.slice(n, i.position));
            }
            (0 !== a && I(i),
              l.call(B, r) ? B[r](i, r, s) : _(i, 'unknown document directive "' + r + '"'));
          }
          if (
            (P(i, !0, -1),
            0 === i.lineIndent &&
            45 === i.input.charCodeAt(i.position) &&
            45 === i.input.charCodeAt(i.position + 1) &&
            45 === i.input.charCodeAt(i.position + 2)
              ? ((i.position += 3), P(i, !0, -1))
              : u && k(i, "directives end mark is expected"),
            L(i, i.lineIndent - 1, 4, !1, !0),
            P(i, !0, -1),
            i.checkLineBreaks &&
              p.test(i.input.slice(o, i.position)) &&
              _(i, "non-ASCII line breaks are interpreted as content"),
            i.documents.push(i.result),
            i.position === i.lineStart && M(i))
          ) {
            46 === i.input.charCodeAt(i.position) && ((i.position += 3), P(i, !0, -1));
            return;
          }
          i.position < i.length - 1 &&
            k(i, "end of the stream or a document separator is expected");
        })(r);
      return r.documents;
    }
    function J(i, n, r) {
      null !== n && "object" == typeof n && void 0 === r && ((r = n), (n = null));
      var s = U(i, r);
      if ("function" != typeof n) return s;
      for (var a = 0, o = s.length; a < o; a += 1) n(s[a]);
    }
    function R(i, n) {
      var r = U(i, n);
      if (0 !== r.length) {
        if (1 === r.length) return r[0];
        throw new a("expected a single document in the stream, but found more");
      }
    }
    ((n.exports.loadAll = J),
      (n.exports.load = R),
      (n.exports.safeLoadAll = function (i, n, r) {
        return (
          "object" == typeof n && null !== n && void 0 === r && ((r = n), (n = null)),
          J(i, n, s.extend({ schema: u }, r))
        );
      }),
      (n.exports.safeLoad = function (i, n) {
        return R(i, s.extend({ schema: u }, n));
      }));
  },
  60048,
  (i, n, r) => {
    "use strict";
    var s = i.r(3819);
    function a(i, n, r, s, a) {
      ((this.name = i), (this.buffer = n), (this.position = r), (this.line = s), (this.column = a));
    }
    ((a.prototype.getSnippet = function (i, n) {
      var r, a, o, u, c;
      if (!this.buffer) return null;
      for (
        i = i || 4, n = n || 75, r = "", a = this.position;
        a > 0 && -1 === "\0\r\n\u2028\u2029".indexOf(this.buffer.charAt(a - 1));
      )
        if (((a -= 1), this.position - a > n / 2 - 1)) {
          ((r = " ... "), (a += 5));
          break;
        }
      for (
        o = "", u = this.position;
        u < this.buffer.length && -1 === "\0\r\n\u2028\u2029".indexOf(this.buffer.charAt(u));
      )
        if ((u += 1) - this.position > n / 2 - 1) {
          ((o = " ... "), (u -= 5));
          break;
        }
      return (
        (c = this.buffer.slice(a, u)),
        s.repeat(" ", i) + r + c + o + "\n" + s.repeat(" ", i + this.position - a + r.length) + "^"
      );
    }),
      (a.prototype.toString = function (i) {
        var n,
          r = "";
        return (
          this.name && (r += 'in "' + this.name + '" '),
          (r += "at line " + (this.line + 1) + ", column " + (this.column + 1)),
          !i && (n = this.getSnippet()) && (r += ":\n" + n),
          r
        );
      }),
      (n.exports = a));
  },
  50935,
  (i, n, r) => {
    "use strict";
    var s = i.r(3819),
      a = i.r(16945),
      o = i.r(79331);
    function u(i, n, r) {
      var s = [];
      return (
        i.include.forEach(function (i) {
          r = u(i, n, r);
        }),
        i[n].forEach(function (i) {
          (r.forEach(function (n, r) {
            n.tag === i.tag && n.kind === i.kind && s.push(r);
          }),
            r.push(i));
        }),
        r.filter(function (i, n) {
          return -1 === s.indexOf(n);
        })
      );
    }
    function c(i) {
      ((this.include = i.include || []),
        (this.implicit = i.implicit || []),
        (this.explicit = i.explicit || []),
        this.implicit.forEach(function (i) {
          if (i.loadKind && "scalar" !== i.loadKind)
            throw new a(
              "There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.",
            );
        }),
        (this.compiledImplicit = u(this, "implicit", [])),
        (this.compiledExplicit = u(this, "explicit", [])),
        (this.compiledTypeMap = (function () {
          var i,
            n,
            r = { scalar: {}, sequence: {}, mapping: {}, fallback: {} };
          function s(i) {
            r[i.kind][i.tag] = r.fallback[i.tag] = i;
          }
          for (i = 0, n = arguments.length; i < n; i += 1) arguments[i].forEach(s);
          return r;
        })(this.compiledImplicit, this.compiledExplicit)));
    }
    ((c.DEFAULT = null),
      (c.create = function () {
        var i, n;
        switch (arguments.length) {
          case 1:
            ((i = c.DEFAULT), (n = arguments[0]));
            break;
          case 2:
            ((i = arguments[0]), (n = arguments[1]));
            break;
          default:
            throw new a("Wrong number of arguments for Schema.create function");
        }
        if (
          ((i = s.toArray(i)),
          (n = s.toArray(n)),
          !i.every(function (i) {
            return i instanceof c;
          }))
        )
          throw new a(
            "Specified list of super schemas (or a single Schema object) contains a non-Schema object.",
          );
        if (
          !n.every(function (i) {
            return i instanceof o;
          })
        )
          throw new a(
            "Specified list of YAML types (or a single Type object) contains a non-Type object.",
          );
        return new c({ include: i, explicit: n });
      }),
      (n.exports = c));
  },
  48504,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(50935))({ include: [i.r(33703)] });
  },
  87037,
  (i, n, r) => {
    "use strict";
    var s = i.r(50935);
    n.exports = s.DEFAULT = new s({
      include: [i.r(13283)],
      explicit: [i.r(43220), i.r(58813), i.r(44559)],
    });
  },
  13283,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(50935))({
      include: [i.r(48504)],
      implicit: [i.r(79569), i.r(61917)],
      explicit: [i.r(31101), i.r(74277), i.r(8445), i.r(56261)],
    });
  },
  9471,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(50935))({ explicit: [i.r(99130), i.r(42231), i.r(21357)] });
  },
  33703,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(50935))({
      include: [i.r(9471)],
      implicit: [i.r(34429), i.r(6484), i.r(84654), i.r(90981)],
    });
  },
  79331,
  (i, n, r) => {
    "use strict";
    var s = i.r(16945),
      a = [
        "kind",
        "resolve",
        "construct",
        "instanceOf",
        "predicate",
        "represent",
        "defaultStyle",
        "styleAliases",
      ],
      o = ["scalar", "sequence", "mapping"];
    n.exports = function (i, n) {
      var r, u;
      if (
        (Object.keys((n = n || {})).forEach(function (n) {
          if (-1 === a.indexOf(n))
            throw new s(
              'Unknown option "' + n + '" is met in definition of "' + i + '" YAML type.',
            );
        }),
        (this.tag = i),
        (this.kind = n.kind || null),
        (this.resolve =
          n.resolve ||
          function () {
            return !0;
          }),
        (this.construct =
          n.construct ||
          function (i) {
            return i;
          }),
        (this.instanceOf = n.instanceOf || null),
        (this.predicate = n.predicate || null),
        (this.represent = n.represent || null),
        (this.defaultStyle = n.defaultStyle || null),
        (this.styleAliases =
          ((r = n.styleAliases || null),
          (u = {}),
          null !== r &&
            Object.keys(r).forEach(function (i) {
              r[i].forEach(function (n) {
                u[String(n)] = i;
              });
            }),
          u)),
        -1 === o.indexOf(this.kind))
      )
        throw new s('Unknown kind "' + this.kind + '" is specified for "' + i + '" YAML type.');
    };
  },
  31101,
  (i, n, r) => {
    "use strict";
    try {
      var s;
      s = (0, i.t)("buffer").Buffer;
    } catch (i) {}
    var a = i.r(79331),
      o = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
    n.exports = new a("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: function (i) {
        if (null === i) return !1;
        var n,
          r,
          s = 0,
          a = i.length;
        for (r = 0; r < a; r++)
          if (!((n = o.indexOf(i.charAt(r))) > 64)) {
            if (n < 0) return !1;
            s += 6;
          }
        return s % 8 == 0;
      },
      construct: function (i) {
        var n,
          r,
          a = i.replace(/[\r\n=]/g, ""),
          u = a.length,
          c = 0,
          l = [];
        for (n = 0; n < u; n++)
          (n % 4 == 0 && n && (l.push((c >> 16) & 255), l.push((c >> 8) & 255), l.push(255 & c)),
            (c = (c << 6) | o.indexOf(a.charAt(n))));
        return (0 == (r = (u % 4) * 6)
          ? (l.push((c >> 16) & 255), l.push((c >> 8) & 255), l.push(255 & c))
          : 18 === r
            ? (l.push((c >> 10) & 255), l.push((c >> 2) & 255))
            : 12 === r && l.push((c >> 4) & 255),
        s)
          ? s.from
            ? s.from(l)
            : new s(l)
          : l;
      },
      predicate: function (i) {
        return s && s.isBuffer(i);
      },
      represent: function (i) {
        var n,
          r,
          s = "",
          a = 0,
          u = i.length;
        for (n = 0; n < u; n++)
          (n % 3 == 0 &&
            n &&
            ((s += o[(a >> 18) & 63]),
            (s += o[(a >> 12) & 63]),
            (s += o[(a >> 6) & 63]),
            (s += o[63 & a])),
            (a = (a << 8) + i[n]));
        return (
          0 == (r = u % 3)
            ? ((s += o[(a >> 18) & 63]),
              (s += o[(a >> 12) & 63]),
              (s += o[(a >> 6) & 63]),
              (s += o[63 & a]))
            : 2 === r
              ? ((s += o[(a >> 10) & 63]),
                (s += o[(a >> 4) & 63]),
                (s += o[(a << 2) & 63]),
                (s += o[64]))
              : 1 === r &&
                ((s += o[(a >> 2) & 63]), (s += o[(a << 4) & 63]), (s += o[64]), (s += o[64])),
          s
        );
      },
    });
  },
  6484,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: function (i) {
        if (null === i) return !1;
        var n = i.length;
        return (
          (4 === n && ("true" === i || "True" === i || "TRUE" === i)) ||
          (5 === n && ("false" === i || "False" === i || "FALSE" === i))
        );
      },
      construct: function (i) {
        return "true" === i || "True" === i || "TRUE" === i;
      },
      predicate: function (i) {
        return "[object Boolean]" === Object.prototype.toString.call(i);
      },
      represent: {
        lowercase: function (i) {
          return i ? "true" : "false";
        },
        uppercase: function (i) {
          return i ? "TRUE" : "FALSE";
        },
        camelcase: function (i) {
          return i ? "True" : "False";
        },
      },
      defaultStyle: "lowercase",
    });
  },
  90981,
  (i, n, r) => {
    "use strict";
    var s = i.r(3819),
      a = i.r(79331),
      o = RegExp(
        "^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$",
      ),
      u = /^[-+]?[0-9]+e/;
    n.exports = new a("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: function (i) {
        return null !== i && !!o.test(i) && "_" !== i[i.length - 1];
      },
      construct: function (i) {
        var n, r, s, a;
        return ((r = "-" === (n = i.replace(/_/g, "").toLowerCase())[0] ? -1 : 1),
        (a = []),
        "+-".indexOf(n[0]) >= 0 && (n = n.slice(1)),
        ".inf" === n)
          ? 1 === r
            ? 1 / 0
            : -1 / 0
          : ".nan" === n
            ? 0 / 0
            : n.indexOf(":") >= 0
              ? (n.split(":").forEach(function (i) {
                  a.unshift(parseFloat(i, 10));
                }),
                (n = 0),
                (s = 1),
                a.forEach(function (i) {
                  ((n += i * s), (s *= 60));
                }),
                r * n)
              : r * parseFloat(n, 10);
      },
      predicate: function (i) {
        return (
          "[object Number]" === Object.prototype.toString.call(i) &&
          (i % 1 != 0 || s.isNegativeZero(i))
        );
      },
      represent: function (i, n) {
        var r;
        if (isNaN(i))
          switch (n) {
            case "lowercase":
              return ".nan";
            case "uppercase":
              return ".NAN";
            case "camelcase":
              return ".NaN";
          }
        else if (1 / 0 === i)
          switch (n) {
            case "lowercase":
              return ".inf";
            case "uppercase":
              return ".INF";
            case "camelcase":
              return ".Inf";
          }
        else if (-1 / 0 === i)
          switch (n) {
            case "lowercase":
              return "-.inf";
            case "uppercase":
              return "-.INF";
            case "camelcase":
              return "-.Inf";
          }
        else if (s.isNegativeZero(i)) return "-0.0";
        return ((r = i.toString(10)), u.test(r) ? r.replace("e", ".e") : r);
      },
      defaultStyle: "lowercase",
    });
  },
  84654,
  (i, n, r) => {
    "use strict";
    var s = i.r(3819);
    n.exports = new (i.r(79331))("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: function (i) {
        if (null === i) return !1;
        var n,
          r,
          s,
          a,
          o = i.length,
          u = 0,
          c = !1;
        if (!o) return !1;
        if ((("-" === (a = i[u]) || "+" === a) && (a = i[++u]), "0" === a)) {
          if (u + 1 === o) return !0;
          if ("b" === (a = i[++u])) {
            for (u++; u < o; u++)
              if ("_" !== (a = i[u])) {
                if ("0" !== a && "1" !== a) return !1;
                c = !0;
              }
            return c && "_" !== a;
          }
          if ("x" === a) {
            for (u++; u < o; u++)
              if ("_" !== (a = i[u])) {
                if (!(
                  (48 <= (n = i.charCodeAt(u)) && n <= 57) ||
                  (65 <= n && n <= 70) ||
                  (97 <= n && n <= 102)
                ))
                  return !1;
                c = !0;
              }
            return c && "_" !== a;
          }
          for (; u < o; u++)
            if ("_" !== (a = i[u])) {
              if (!(48 <= (r = i.charCodeAt(u)) && r <= 55)) return !1;
              c = !0;
            }
          return c && "_" !== a;
        }
        if ("_" === a) return !1;
        for (; u < o; u++)
          if ("_" !== (a = i[u])) {
            if (":" === a) break;
            if (!(48 <= (s = i.charCodeAt(u)) && s <= 57)) return !1;
            c = !0;
          }
        return !!c && "_" !== a && (":" !== a || /^(:[0-5]?[0-9])+$/.test(i.slice(u)));
      },
      construct: function (i) {
        var n,
          r,
          s = i,
          a = 1,
          o = [];
        return (-1 !== s.indexOf("_") && (s = s.replace(/_/g, "")),
        ("-" === (n = s[0]) || "+" === n) && ("-" === n && (a = -1), (n = (s = s.slice(1))[0])),
        "0" === s)
          ? 0
          : "0" === n
            ? "b" === s[1]
              ? a * parseInt(s.slice(2), 2)
              : "x" === s[1]
                ? a * parseInt(s, 16)
                : a * parseInt(s, 8)
            : -1 !== s.indexOf(":")
              ? (s.split(":").forEach(function (i) {
                  o.unshift(parseInt(i, 10));
                }),
                (s = 0),
                (r = 1),
                o.forEach(function (i) {
                  ((s += i * r), (r *= 60));
                }),
                a * s)
              : a * parseInt(s, 10);
      },
      predicate: function (i) {
        return (
          "[object Number]" === Object.prototype.toString.call(i) &&
          i % 1 == 0 &&
          !s.isNegativeZero(i)
        );
      },
      represent: {
        binary: function (i) {
          return i >= 0 ? "0b" + i.toString(2) : "-0b" + i.toString(2).slice(1);
        },
        octal: function (i) {
          return i >= 0 ? "0" + i.toString(8) : "-0" + i.toString(8).slice(1);
        },
        decimal: function (i) {
          return i.toString(10);
        },
        hexadecimal: function (i) {
          return i >= 0
            ? "0x" + i.toString(16).toUpperCase()
            : "-0x" + i.toString(16).toUpperCase().slice(1);
        },
      },
      defaultStyle: "decimal",
      styleAliases: {
        binary: [2, "bin"],
        octal: [8, "oct"],
        decimal: [10, "dec"],
        hexadecimal: [16, "hex"],
      },
    });
  },
  44559,
  (i, n, r) => {
    "use strict";
    try {
      var s;
      s = (0, i.t)("esprima");
    } catch (i) {}
    n.exports = new (i.r(79331))("tag:yaml.org,2002:js/function", {
      kind: "scalar",
      resolve: function (i) {
        if (null === i) return !1;
        try {
          var n = s.parse("(" + i + ")", { range: !0 });
          if (
            "Program" !== n.type ||
            1 !== n.body.length ||
            "ExpressionStatement" !== n.body[0].type ||
            ("ArrowFunctionExpression" !== n.body[0].expression.type &&
              "FunctionExpression" !== n.body[0].expression.type)
          )
            return !1;
          return !0;
        } catch (i) {
          return !1;
        }
      },
      construct: function (i) {
        var n,
          r = "(" + i + ")",
          a = s.parse(r, { range: !0 }),
          o = [];
        if (
          "Program" !== a.type ||
          1 !== a.body.length ||
          "ExpressionStatement" !== a.body[0].type ||
          ("ArrowFunctionExpression" !== a.body[0].expression.type &&
            "FunctionExpression" !== a.body[0].expression.type)
        )
          throw Error("Failed to resolve function");
        return (a.body[0].expression.params.forEach(function (i) {
          o.push(i.name);
        }),
        (n = a.body[0].expression.body.range),
        "BlockStatement" === a.body[0].expression.body.type)
          ? Function(o, r.slice(n[0] + 1, n[1] - 1))
          : Function(o, "return " + r.slice(n[0], n[1]));
      },
      predicate: function (i) {
        return "[object Function]" === Object.prototype.toString.call(i);
      },
      represent: function (i) {
        return i.toString();
      },
    });
  },
  58813,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:js/regexp", {
      kind: "scalar",
      resolve: function (i) {
        if (null === i || 0 === i.length) return !1;
        var n = /\/([gim]*)$/.exec(i),
          r = "";
        return (
          ("/" !== i[0] ||
            (n && (r = n[1]), !(r.length > 3) && "/" === i[i.length - r.length - 1])) &&
          !0
        );
      },
      construct: function (i) {
        var n = i,
          r = /\/([gim]*)$/.exec(i),
          s = "";
        return (
          "/" === n[0] && (r && (s = r[1]), (n = n.slice(1, n.length - s.length - 1))),
          new RegExp(n, s)
        );
      },
      predicate: function (i) {
        return "[object RegExp]" === Object.prototype.toString.call(i);
      },
      represent: function (i) {
        var n = "/" + i.source + "/";
        return (i.global && (n += "g"), i.multiline && (n += "m"), i.ignoreCase && (n += "i"), n);
      },
    });
  },
  43220,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:js/undefined", {
      kind: "scalar",
      resolve: function () {
        return !0;
      },
      construct: function () {},
      predicate: function (i) {
        return void 0 === i;
      },
      represent: function () {
        return "";
      },
    });
  },
  21357,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function (i) {
        return null !== i ? i : {};
      },
    });
  },
  61917,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: function (i) {
        return "<<" === i || null === i;
      },
    });
  },
  34429,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: function (i) {
        if (null === i) return !0;
        var n = i.length;
        return (
          (1 === n && "~" === i) || (4 === n && ("null" === i || "Null" === i || "NULL" === i))
        );
      },
      construct: function () {
        return null;
      },
      predicate: function (i) {
        return null === i;
      },
      represent: {
        canonical: function () {
          return "~";
        },
        lowercase: function () {
          return "null";
        },
        uppercase: function () {
          return "NULL";
        },
        camelcase: function () {
          return "Null";
        },
      },
      defaultStyle: "lowercase",
    });
  },
  74277,
  (i, n, r) => {
    "use strict";
    var s = i.r(79331),
      a = Object.prototype.hasOwnProperty,
      o = Object.prototype.toString;
    n.exports = new s("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: function (i) {
        if (null === i) return !0;
        var n,
          r,
          s,
          u,
          c,
          l = {};
        for (n = 0, r = i.length; n < r; n += 1) {
          if (((s = i[n]), (c = !1), "[object Object]" !== o.call(s))) return !1;
          for (u in s)
            if (a.call(s, u))
              if (c) return !1;
              else c = !0;
          if (!c || a.call(l, u)) return !1;
          Object.defineProperty(l, u, { value: !0 });
        }
        return !0;
      },
      construct: function (i) {
        return null !== i ? i : [];
      },
    });
  },
  8445,
  (i, n, r) => {
    "use strict";
    var s = i.r(79331),
      a = Object.prototype.toString;
    n.exports = new s("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: function (i) {
        var n, r, s, o, u;
        if (null === i) return !0;
        for (u = Array(i.length), n = 0, r = i.length; n < r; n += 1) {
          if (((s = i[n]), "[object Object]" !== a.call(s) || 1 !== (o = Object.keys(s)).length))
            return !1;
          u[n] = [o[0], s[o[0]]];
        }
        return !0;
      },
      construct: function (i) {
        var n, r, s, a, o;
        if (null === i) return [];
        for (o = Array(i.length), n = 0, r = i.length; n < r; n += 1)
          ((a = Object.keys((s = i[n]))), (o[n] = [a[0], s[a[0]]]));
        return o;
      },
    });
  },
  42231,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function (i) {
        return null !== i ? i : [];
      },
    });
  },
  56261,
  (i, n, r) => {
    "use strict";
    var s = i.r(79331),
      a = Object.prototype.hasOwnProperty;
    n.exports = new s("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: function (i) {
        var n;
        if (null === i) return !0;
        for (n in i) if (a.call(i, n) && null !== i[n]) return !1;
        return !0;
      },
      construct: function (i) {
        return null !== i ? i : {};
      },
    });
  },
  99130,
  (i, n, r) => {
    "use strict";
    n.exports = new (i.r(79331))("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function (i) {
        return null !== i ? i : "";
      },
    });
  },
  79569,
  (i, n, r) => {
    "use strict";
    var s = i.r(79331),
      a = RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),
      o = RegExp(
        "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$",
      );
    n.exports = new s("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: function (i) {
        return null !== i && (null !== a.exec(i) || null !== o.exec(i));
      },
      construct: function (i) {
        var n,
          r,
          s,
          u,
          c,
          l,
          h,
          p,
          d = 0,
          f = null;
        if ((null === (n = a.exec(i)) && (n = o.exec(i)), null === n))
          throw Error("Date resolve error");
        if (((r = +n[1]), (s = n[2] - 1), (u = +n[3]), !n[4])) return new Date(Date.UTC(r, s, u));
        if (((c = +n[4]), (l = +n[5]), (h = +n[6]), n[7])) {
          for (d = n[7].slice(0, 3); d.length < 3;) d += "0";
          d *= 1;
        }
        return (
          n[9] && ((f = (60 * n[10] + +(n[11] || 0)) * 6e4), "-" === n[9] && (f = -f)),
          (p = new Date(Date.UTC(r, s, u, c, l, h, d))),
          f && p.setTime(p.getTime() - f),
          p
        );
      },
      instanceOf: Date,
      represent: function (i) {
        return i.toISOString();
      },
    });
  },
  18232,
  (i, n, r) => {
    var s = Object.prototype.toString;
    function a(i) {
      return "function" == typeof i.constructor ? i.constructor.name : null;
    }
    n.exports = function (i) {
      if (void 0 === i) return "undefined";
      if (null === i) return "null";
      var n,
        r,
        o,
        u,
        c,
        l,
        h = typeof i;
      if ("boolean" === h) return "boolean";
      if ("string" === h) return "string";
      if ("number" === h) return "number";
      if ("symbol" === h) return "symbol";
      if ("function" === h) return "GeneratorFunction" === a(i) ? "generatorfunction" : "function";
      if (((n = i), Array.isArray ? Array.isArray(n) : n instanceof Array)) return "array";
      if (
        (r = i).constructor &&
        "function" == typeof r.constructor.isBuffer &&
        r.constructor.isBuffer(r)
      )
        return "buffer";
      if (
        (function (i) {
          try {
            if ("number" == typeof i.length && "function" == typeof i.callee) return !0;
          } catch (i) {
            if (-1 !== i.message.indexOf("callee")) return !0;
          }
          return !1;
        })(i)
      )
        return "arguments";
      if (
        (o = i) instanceof Date ||
        ("function" == typeof o.toDateString &&
          "function" == typeof o.getDate &&
          "function" == typeof o.setDate)
      )
        return "date";
      if (
        (u = i) instanceof Error ||
        ("string" == typeof u.message &&
          u.constructor &&
          "number" == typeof u.constructor.stackTraceLimit)
      )
        return "error";
      if (
        (c = i) instanceof RegExp ||
        ("string" == typeof c.flags &&
          "boolean" == typeof c.ignoreCase &&
          "boolean" == typeof c.multiline &&
          "boolean" == typeof c.global)
      )
        return "regexp";
      switch (a(i)) {
        case "Symbol":
          return "symbol";
        case "Promise":
          return "promise";
        case "WeakMap":
          return "weakmap";
        case "WeakSet":
          return "weakset";
        case "Map":
          return "map";
        case "Set":
          return "set";
        case "Int8Array":
          return "int8array";
        case "Uint8Array":
          return "uint8array";
        case "Uint8ClampedArray":
          return "uint8clampedarray";
        case "Int16Array":
          return "int16array";
        case "Uint16Array":
          return "uint16array";
        case "Int32Array":
          return "int32array";
        case "Uint32Array":
          return "uint32array";
        case "Float32Array":
          return "float32array";
        case "Float64Array":
          return "float64array";
      }
      if (
        "function" == typeof (l = i).throw &&
        "function" == typeof l.return &&
        "function" == typeof l.next
      )
        return "generator";
      switch ((h = s.call(i))) {
        case "[object Object]":
          return "object";
        case "[object Map Iterator]":
          return "mapiterator";
        case "[object Set Iterator]":
          return "setiterator";
        case "[object String Iterator]":
          return "stringiterator";
        case "[object Array Iterator]":
          return "arrayiterator";
      }
      return h.slice(8, -1).toLowerCase().replace(/\s/g, "");
    };
  },
  73166,
  (i, n, r) => {
    ((n.exports.default = n.exports = i.r(72587)), (n.exports.readingTimeStream = i.r(10339)));
  },
  72587,
  (i, n, r) => {
    "use strict";
    function s(i, n) {
      return n.some(([n, r]) => n <= i && i <= r);
    }
    function a(i) {
      return (
        "string" == typeof i &&
        s(i.charCodeAt(0), [
          [12352, 12447],
          [19968, 40959],
          [44032, 55203],
          [131072, 191456],
        ])
      );
    }
    function o(i) {
      return " \n\r	".includes(i);
    }
    n.exports = function (i, n = {}) {
      let r = 0,
        u = 0,
        c = i.length - 1,
        l = n.wordsPerMinute || 200,
        h = n.wordBound || o;
      for (; h(i[u]);) u++;
      for (; h(i[c]);) c--;
      let p = `${i}
`;
      for (let i = u; i <= c; i++)
        if (((a(p[i]) || (!h(p[i]) && (h(p[i + 1]) || a(p[i + 1])))) && r++, a(p[i])))
          for (
            var d;
            i <= c &&
            (("string" == typeof (d = p[i + 1]) &&
              s(d.charCodeAt(0), [
                [33, 47],
                [58, 64],
                [91, 96],
                [123, 126],
                [12288, 12351],
                [65280, 65519],
              ])) ||
              h(p[i + 1]));
          )
            i++;
      let f = r / l,
        m = Math.round(60 * f * 1e3);
      return { text: Math.ceil(f.toFixed(2)) + " min read", minutes: f, time: m, words: r };
    };
  },
  10339,
  (i, n, r) => {
    "use strict";
    let s = i.r(72587),
      a = i.r(88947).Transform;
    function o(i) {
      if (!(this instanceof o)) return new o(i);
      (a.call(this, { objectMode: !0 }),
        (this.options = i || {}),
        (this.stats = { minutes: 0, time: 0, words: 0 }));
    }
    (i.r(24361).inherits(o, a),
      (o.prototype._transform = function (i, n, r) {
        let a = s(i.toString(n), this.options);
        ((this.stats.minutes += a.minutes),
          (this.stats.time += a.time),
          (this.stats.words += a.words),
          r());
      }),
      (o.prototype._flush = function (i) {
        ((this.stats.text = Math.ceil(this.stats.minutes.toFixed(2)) + " min read"),
          this.push(this.stats),
          i());
      }),
      (n.exports = o));
  },
  35063,
  (i, n, r) => {
    "use strict";
    var s = i.r(18232),
      a = i.r(55254);
    function o() {
      return { key: "", data: "", content: "" };
    }
    function u(i) {
      return i;
    }
    n.exports = function (i, n) {
      "function" == typeof n && (n = { parse: n });
      var r = (function (i) {
          var n;
          if (
            ("object" !== s(i) && (i = { content: i }),
            "string" != typeof i.content &&
              !(
                (n = i.content) &&
                n.constructor &&
                "function" == typeof n.constructor.isBuffer &&
                n.constructor.isBuffer(n)
              ))
          )
            throw TypeError("expected a buffer or string");
          return ((i.content = i.content.toString()), (i.sections = []), i);
        })(i),
        c = a({}, { section_delimiter: "---", parse: u }, n),
        l = c.section_delimiter,
        h = r.content.split(/\r?\n/),
        p = null,
        d = o(),
        f = [],
        m = [];
      function D(i) {
        ((r.content = i), (p = []), (f = []));
      }
      function y(i) {
        var n, r;
        m.length &&
          ((d.key = ((n = m[0]), (r = l), n ? n.slice(r.length).trim() : "")),
          (d.content = i),
          c.parse(d, p),
          p.push(d),
          (d = o()),
          (f = []),
          (m = []));
      }
      for (var g = 0; g < h.length; g++) {
        var x,
          v,
          F = h[g],
          E = m.length,
          A = F.trim();
        if (
          ((x = A), (v = l), x.slice(0, v.length) === v && x.charAt(v.length + 1) !== v.slice(-1))
        ) {
          if (3 === A.length && 0 !== g) {
            if (0 === E || 2 === E) {
              f.push(F);
              continue;
            }
            (m.push(A), (d.data = f.join("\n")), (f = []));
            continue;
          }
          (null === p && D(f.join("\n")), 2 === E && y(f.join("\n")), m.push(A));
          continue;
        }
        f.push(F);
      }
      return (null === p ? D(f.join("\n")) : y(f.join("\n")), (r.sections = p), r);
    };
  },
  46843,
  (i, n, r) => {
    "use strict";
    n.exports = function (i) {
      return "string" == typeof i && "\uFEFF" === i.charAt(0) ? i.slice(1) : i;
    };
  },
];

//# sourceMappingURL=_0db_n7ylxnccl._.js.map
