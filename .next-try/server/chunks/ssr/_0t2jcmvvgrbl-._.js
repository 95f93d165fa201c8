module.exports = [
  78090,
  (c) => {
    "use strict";
    c.s([
      "M",
      0,
      class extends Error {
        file;
        problem;
        line;
        constructor(c, d, e) {
          (super(`${c}${e ? `:${e}` : ""}: ${d}`),
            (this.file = c),
            (this.problem = d),
            (this.line = e),
            (this.name = "ContentError"),
            (this.stack = `${this.name}: ${this.message}`));
        }
      },
      "L",
      0,
      function (c) {
        let d = c.map((c) => `  - ${c.message}`).join("\n"),
          e = Error(`Invalid content (${c.length} problem${c.length > 1 ? "s" : ""}):
${d}`);
        return ((e.name = "ContentError"), (e.stack = `${e.name}: ${e.message}`), e);
      },
    ]);
  },
  51481,
  45770,
  (c) => {
    "use strict";
    (c.i(72130), c.i(4850));
    var d = c.i(94664);
    let e = new WeakMap();
    function f(c) {
      let d = e.get(c);
      return (
        d ||
          ((d = {
            title: c.title.toLowerCase(),
            description: (c.description ?? "").toLowerCase(),
            tags: c.tags
              .map((c) => `${c.name} ${c.slug}`)
              .join(" ")
              .toLowerCase(),
            text: c.text.toLowerCase(),
          }),
          e.set(c, d)),
        d
      );
    }
    (c.s(
      [
        "$",
        0,
        200,
        "J",
        0,
        function (c, e = 50) {
          let g = [...new Set(c.slice(0, 200).toLowerCase().split(/\s+/).filter(Boolean))].slice(
            0,
            10,
          );
          if (0 === g.length) return [];
          let h = [];
          for (let c of (0, d.w)()) {
            let d = f(c),
              e = 0;
            for (let c of g) {
              let f =
                10 * !!d.title.includes(c) +
                5 * !!d.tags.includes(c) +
                3 * !!d.description.includes(c) +
                +!!d.text.includes(c);
              if (0 === f) {
                e = 0;
                break;
              }
              e += f;
            }
            e > 0 && h.push({ post: c, score: e });
          }
          return h
            .sort((c, d) => d.score - c.score || d.post.date.getTime() - c.post.date.getTime())
            .slice(0, e)
            .map(({ post: c }) => ({
              post: c,
              snippet: (function (c, d) {
                let e = f(c).text,
                  g = Math.min(...d.map((c) => e.indexOf(c)).filter((c) => c >= 0));
                if (!Number.isFinite(g)) return c.description ?? c.text.slice(0, 160);
                let h = Math.max(0, g - 60),
                  i = c.text.slice(h, h + 160).trim();
                return `${h > 0 ? "…" : ""}${i}${h + 160 < c.text.length ? "…" : ""}`;
              })(c, g),
            }));
        },
      ],
      45770,
    ),
      c.s([], 51481));
  },
  72130,
  94664,
  (c) => {
    "use strict";
    let d, e, f, g, h, i, j, k, l, m, n;
    c.s(
      [
        "BIGINT_FORMAT_RANGES",
        () => am,
        "CONSTANT_CATCH",
        () => aZ,
        "Class",
        () => aQ,
        "NUMBER_FORMAT_RANGES",
        () => al,
        "aborted",
        () => aw,
        "allowsEval",
        () => $,
        "assert",
        () => z,
        "assertEqual",
        () => u,
        "assertIs",
        () => x,
        "assertNever",
        () => y,
        "assertNotEqual",
        () => v,
        "assignProp",
        () => L,
        "attachSchema",
        () => aB,
        "base64ToUint8Array",
        () => aK,
        "base64urlToUint8Array",
        () => aM,
        "cached",
        () => E,
        "captureStackTrace",
        () => Y,
        "cleanEnum",
        () => aJ,
        "cleanRegex",
        () => G,
        "clone",
        () => ag,
        "cloneDef",
        () => S,
        "codePointLength",
        () => aF,
        "constantCatch",
        () => a$,
        "createTransparentProxy",
        () => ai,
        "defineLazy",
        () => J,
        "defineLazyInternal",
        () => aX,
        "derived",
        () => aU,
        "esc",
        () => W,
        "escapeRegex",
        () => af,
        "explicitlyAborted",
        () => ax,
        "extend",
        () => aq,
        "finalizeIssue",
        () => aC,
        "floatSafeRemainder",
        () => H,
        "getElementAtPath",
        () => T,
        "getEnumValues",
        () => A,
        "getLengthableOrigin",
        () => aG,
        "getParsedType",
        () => ac,
        "getSizableOrigin",
        () => aD,
        "hexToUint8Array",
        () => aO,
        "hide",
        () => aT,
        "installLazyProp",
        () => aY,
        "isObject",
        () => Z,
        "isPlainObject",
        () => _,
        "issue",
        () => aI,
        "joinValues",
        () => B,
        "jsonStringifyReplacer",
        () => C,
        "members",
        () => aR,
        "merge",
        () => at,
        "mergeDefs",
        () => R,
        "normalizeParams",
        () => ah,
        "nullish",
        () => F,
        "numKeys",
        () => ab,
        "objectClone",
        () => K,
        "omit",
        () => ap,
        "optionalKeys",
        () => ak,
        "own",
        () => aS,
        "parsedType",
        () => aH,
        "partial",
        () => au,
        "pick",
        () => an,
        "prefixIssues",
        () => ay,
        "primitiveTypes",
        () => ae,
        "promiseAllObject",
        () => U,
        "propertyKeyTypes",
        () => ad,
        "randomString",
        () => V,
        "rawShape",
        () => M,
        "required",
        () => av,
        "safeExtend",
        () => as,
        "shallowClone",
        () => aa,
        "sizeCaps",
        () => aA,
        "slugify",
        () => X,
        "stringifyPrimitive",
        () => aj,
        "toZod",
        () => w,
        "uint8ArrayToBase64",
        () => aL,
        "uint8ArrayToBase64url",
        () => aN,
        "uint8ArrayToHex",
        () => aP,
        "unwrapMessage",
        () => az,
      ],
      49660,
    );
    var o,
      p,
      q = c.i(2157),
      r = c.i(87359),
      s = c.i(50227),
      t = c.i(78090);
    function u(c) {
      return c;
    }
    function v(c) {
      return c;
    }
    function w() {
      return (c) => c;
    }
    function x(c) {}
    function y(c) {
      throw Error("Unexpected value in exhaustive check");
    }
    function z(c) {}
    function A(c) {
      let d = Object.values(c).filter((c) => "number" == typeof c);
      return Object.entries(c)
        .filter(([c, e]) => -1 === d.indexOf(+c))
        .map(([c, d]) => d);
    }
    function B(c, d = "|") {
      return c.map((c) => aj(c)).join(d);
    }
    function C(c, d) {
      return "bigint" == typeof d ? d.toString() : d;
    }
    class D {
      constructor(c) {
        ((this._getter = c), (this._value = void 0));
      }
      get value() {
        let c = this._getter;
        return (void 0 !== c && ((this._value = c()), (this._getter = void 0)), this._value);
      }
    }
    function E(c) {
      return new D(c);
    }
    function F(c) {
      return null == c;
    }
    function G(c) {
      let d = +!!c.startsWith("^"),
        e = c.endsWith("$") ? c.length - 1 : c.length;
      return c.slice(d, e);
    }
    function H(c, d) {
      let e = c / d,
        f = Math.round(e),
        g = 4 * Number.EPSILON * Math.max(Math.abs(e), 1);
      return Math.abs(e - f) < g ? 0 : e - f;
    }
    let I = Symbol("evaluating");
    function J(c, d, e) {
      let f;
      Object.defineProperty(c, d, {
        get() {
          if (f !== I) return (void 0 === f && ((f = I), (f = e())), f);
        },
        set(e) {
          Object.defineProperty(c, d, { value: e });
        },
        configurable: !0,
      });
    }
    function K(c) {
      return Object.create(Object.getPrototypeOf(c), Object.getOwnPropertyDescriptors(c));
    }
    function L(c, d, e) {
      Object.defineProperty(c, d, { value: e, writable: !0, enumerable: !0, configurable: !0 });
    }
    function M(c) {
      let d = Object.getOwnPropertyDescriptor(c, "shape");
      return d?.get ? d.get.raw : d?.value;
    }
    function N(c) {
      return M(c._zod.def) ?? c._zod.def.shape;
    }
    function O(c, d, e) {
      Object.defineProperty(c, d, {
        get() {
          let c = e();
          return (L(this, d, c), c);
        },
        enumerable: !0,
        configurable: !0,
      });
    }
    function P(c, d, e) {
      d in c ? L(c, d, e) : (c[d] = e);
    }
    function Q(c, d, e, f) {
      let g = N(d);
      for (let h of e) {
        let e = Object.getOwnPropertyDescriptor(g, h);
        e.enumerable &&
          (e.get
            ? O(c, h, () => {
                let c = d._zod.def.shape[h];
                return f ? f(c, h) : c;
              })
            : P(c, h, f ? f(e.value, h) : e.value));
      }
    }
    function R(...c) {
      let d = {};
      for (let e of c) Object.assign(d, Object.getOwnPropertyDescriptors(e));
      return Object.defineProperties({}, d);
    }
    function S(c) {
      return R(c._zod.def);
    }
    function T(c, d) {
      return d ? d.reduce((c, d) => c?.[d], c) : c;
    }
    function U(c) {
      let d = Object.keys(c);
      return Promise.all(d.map((d) => c[d])).then((c) => {
        let e = {};
        for (let f = 0; f < d.length; f++) e[d[f]] = c[f];
        return e;
      });
    }
    function V(c = 10) {
      let d = "abcdefghijklmnopqrstuvwxyz",
        e = "";
      for (let f = 0; f < c; f++) e += d[Math.floor(Math.random() * d.length)];
      return e;
    }
    function W(c) {
      return JSON.stringify(c);
    }
    function X(c) {
      return c
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
    }
    let Y = "captureStackTrace" in Error ? Error.captureStackTrace : (...c) => {};
    function Z(c) {
      return "object" == typeof c && null !== c && !Array.isArray(c);
    }
    let $ = E(() => {
      if (a5.jitless || ("u" > typeof navigator && navigator?.userAgent?.includes("Cloudflare")))
        return !1;
      try {
        return (Function(""), !0);
      } catch (c) {
        return !1;
      }
    });
    function _(c) {
      if (!1 === Z(c)) return !1;
      let d = c.constructor;
      if (void 0 === d || "function" != typeof d) return !0;
      let e = d.prototype;
      return !1 !== Z(e) && !1 !== Object.prototype.hasOwnProperty.call(e, "isPrototypeOf");
    }
    function aa(c) {
      return _(c)
        ? { ...c }
        : Array.isArray(c)
          ? [...c]
          : c instanceof Map
            ? new Map(c)
            : c instanceof Set
              ? new Set(c)
              : c;
    }
    function ab(c) {
      let d = 0;
      for (let e in c) Object.prototype.hasOwnProperty.call(c, e) && d++;
      return d;
    }
    let ac = (c) => {
        let d = typeof c;
        switch (d) {
          case "undefined":
            return "undefined";
          case "string":
            return "string";
          case "number":
            return Number.isNaN(c) ? "nan" : "number";
          case "boolean":
            return "boolean";
          case "function":
            return "function";
          case "bigint":
            return "bigint";
          case "symbol":
            return "symbol";
          case "object":
            if (Array.isArray(c)) return "array";
            if (null === c) return "null";
            if (c.then && "function" == typeof c.then && c.catch && "function" == typeof c.catch)
              return "promise";
            if ("u" > typeof Map && c instanceof Map) return "map";
            if ("u" > typeof Set && c instanceof Set) return "set";
            if ("u" > typeof Date && c instanceof Date) return "date";
            if ("u" > typeof File && c instanceof File) return "file";
            return "object";
          default:
            throw Error(`Unknown data type: ${d}`);
        }
      },
      ad = new Set(["string", "number", "symbol"]),
      ae = new Set(["string", "number", "bigint", "boolean", "symbol", "undefined"]);
    function af(c) {
      return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
    function ag(c, d, e) {
      let f = new c._zod.constr(d ?? c._zod.def);
      return ((!d || e?.parent) && (f._zod.parent = c), f);
    }
    function ah(c) {
      if (!c) return {};
      if ("string" == typeof c) return { error: () => c };
      if (c?.message !== void 0) {
        if (c?.error !== void 0) throw Error("Cannot specify both `message` and `error` params");
        c.error = c.message;
      }
      return (delete c.message, "string" == typeof c.error) ? { ...c, error: () => c.error } : c;
    }
    function ai(c) {
      let d;
      return new Proxy(
        {},
        {
          get: (e, f, g) => (d ?? (d = c()), Reflect.get(d, f, g)),
          set: (e, f, g, h) => (d ?? (d = c()), Reflect.set(d, f, g, h)),
          has: (e, f) => (d ?? (d = c()), Reflect.has(d, f)),
          deleteProperty: (e, f) => (d ?? (d = c()), Reflect.deleteProperty(d, f)),
          ownKeys: (e) => (d ?? (d = c()), Reflect.ownKeys(d)),
          getOwnPropertyDescriptor: (e, f) => (
            d ?? (d = c()),
            Reflect.getOwnPropertyDescriptor(d, f)
          ),
          defineProperty: (e, f, g) => (d ?? (d = c()), Reflect.defineProperty(d, f, g)),
        },
      );
    }
    function aj(c) {
      return "bigint" == typeof c ? c.toString() + "n" : "string" == typeof c ? `"${c}"` : `${c}`;
    }
    function ak(c) {
      return Object.keys(c).filter(
        (d) => void 0 !== c[d]._zod.optin && "optional" === c[d]._zod.optout,
      );
    }
    let al = {
        safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
        int32: [-0x80000000, 0x7fffffff],
        uint32: [0, 0xffffffff],
        float32: [-34028234663852886e22, 34028234663852886e22],
        float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
      },
      am = {
        int64: [BigInt("-9223372036854775808"), BigInt("9223372036854775807")],
        uint64: [BigInt(0), BigInt("18446744073709551615")],
      };
    function an(c, d) {
      let e = c._zod.def,
        f = e.checks;
      if (f && f.length > 0)
        throw Error(".pick() cannot be used on object schemas containing refinements");
      let g = {};
      return (Q(g, c, ao(c, d)), ag(c, R(e, { shape: g, checks: [] })));
    }
    function ao(c, d) {
      let e = N(c),
        f = [];
      for (let c of Reflect.ownKeys(d)) {
        if (!Object.getOwnPropertyDescriptor(e, c)?.enumerable)
          throw Error(`Unrecognized key: "${String(c)}"`);
        d[c] && f.push(c);
      }
      return f;
    }
    function ap(c, d) {
      let e = c._zod.def,
        f = e.checks;
      if (f && f.length > 0)
        throw Error(".omit() cannot be used on object schemas containing refinements");
      let g = new Set(ao(c, d)),
        h = {};
      return (
        Q(
          h,
          c,
          Reflect.ownKeys(N(c)).filter((c) => !g.has(c)),
        ),
        ag(c, R(e, { shape: h, checks: [] }))
      );
    }
    function aq(c, d) {
      if (!_(d)) throw Error("Invalid input to extend: expected a plain object");
      let e = c._zod.def.checks;
      if (e && e.length > 0) {
        let e = N(c);
        for (let c of Reflect.ownKeys(d))
          if (void 0 !== Object.getOwnPropertyDescriptor(e, c))
            throw Error(
              "Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.",
            );
      }
      return ag(c, R(c._zod.def, { shape: ar(c, d) }));
    }
    function ar(c, d) {
      let e = {};
      Q(e, c, Reflect.ownKeys(N(c)));
      for (let c of Reflect.ownKeys(d)) {
        let f = Object.getOwnPropertyDescriptor(d, c);
        f.enumerable && (f.get ? O(e, c, () => d[c]) : P(e, c, f.value));
      }
      return e;
    }
    function as(c, d) {
      if (!_(d)) throw Error("Invalid input to safeExtend: expected a plain object");
      return ag(c, R(c._zod.def, { shape: ar(c, d) }));
    }
    function at(c, d) {
      if (!d?._zod?.def)
        throw Error(
          "Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.",
        );
      if (c._zod.def.checks?.length)
        throw Error(
          ".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.",
        );
      let e = {};
      (Q(e, c, Reflect.ownKeys(N(c))), Q(e, d, Reflect.ownKeys(N(d))));
      let f = R(c._zod.def, {
        shape: e,
        get catchall() {
          return d._zod.def.catchall;
        },
        checks: d._zod.def.checks ?? [],
      });
      return ag(c, f);
    }
    function au(c, d, e, f = "partial") {
      let g = d._zod.def.checks;
      if (g && g.length > 0)
        throw Error(`.${f}() cannot be used on object schemas containing refinements`);
      let h = e ? new Set(ao(d, e)) : void 0,
        i = {};
      return (
        Q(
          i,
          d,
          Reflect.ownKeys(N(d)),
          c && ((d, e) => (h && !h.has(e) ? d : new c({ type: "optional", innerType: d }))),
        ),
        ag(d, R(d._zod.def, { shape: i, checks: [] }))
      );
    }
    function av(c, d, e) {
      let f = e ? new Set(ao(d, e)) : void 0,
        g = {};
      return (
        Q(g, d, Reflect.ownKeys(N(d)), (d, e) =>
          f && !f.has(e) ? d : new c({ type: "nonoptional", innerType: d }),
        ),
        ag(d, R(d._zod.def, { shape: g }))
      );
    }
    function aw(c, d = 0) {
      if (!0 === c.aborted) return !0;
      for (let e = d; e < c.issues.length; e++) if (c.issues[e]?.continue !== !0) return !0;
      return !1;
    }
    function ax(c, d = 0) {
      if (!0 === c.aborted) return !0;
      for (let e = d; e < c.issues.length; e++) if (c.issues[e]?.continue === !1) return !0;
      return !1;
    }
    function ay(c, d) {
      return d.map((d) => (d.path ?? (d.path = []), d.path.unshift(c), d));
    }
    function az(c) {
      return "string" == typeof c ? c : c?.message;
    }
    function aA(c) {
      let d = [];
      for (let e of c ?? []) {
        let c = e._zod.def;
        if (!/_(length|size)$|_equals$/.test(c.check)) break;
        let f = c.maximum ?? c.length ?? c.size;
        f >= 0 && d.push([f, e]);
      }
      return d;
    }
    function aB(c, d, e) {
      var f;
      for (let g = d; g < c.length; g++) (f = c[g]).schema ?? (f.schema = e);
    }
    function aC(c, d, e) {
      let f = c.inst?._zod?.traits;
      f?.has("$ZodType") &&
        (f.has("$ZodCheck") ? (c.schema ?? (c.schema = c.inst)) : (c.schema = c.inst));
      let g = c.schema !== c.inst ? c.schema?._zod.def?.error : void 0,
        h = c.message
          ? c.message
          : (az(c.inst?._zod.def?.error?.(c)) ??
            az(g?.(c)) ??
            az(d?.error?.(c)) ??
            az(e.customError?.(c)) ??
            az(e.localeError?.(c)) ??
            "Invalid input"),
        i = {};
      for (let d of Object.keys(c))
        "inst" !== d &&
          "schema" !== d &&
          "continue" !== d &&
          "input" !== d &&
          "__proto__" !== d &&
          (i[d] = c[d]);
      return (i.path ?? (i.path = []), (i.message = h), d?.reportInput && (i.input = c.input), i);
    }
    function aD(c) {
      return c instanceof Set
        ? "set"
        : c instanceof Map
          ? "map"
          : c instanceof File
            ? "file"
            : "unknown";
    }
    let aE = /[\uD800-\uDBFF]/;
    function aF(c) {
      let d = c.length;
      if (!aE.test(c)) return d;
      let e = d;
      for (let f = 0; f < d - 1; f++)
        (64512 & c.charCodeAt(f)) == 55296 && (64512 & c.charCodeAt(f + 1)) == 56320 && (e--, f++);
      return e;
    }
    function aG(c) {
      return Array.isArray(c) ? "array" : "string" == typeof c ? "string" : "unknown";
    }
    function aH(c) {
      let d = typeof c;
      switch (d) {
        case "number":
          return Number.isNaN(c) ? "nan" : "number";
        case "object":
          if (null === c) return "null";
          if (Array.isArray(c)) return "array";
          if (
            c &&
            Object.getPrototypeOf(c) !== Object.prototype &&
            "constructor" in c &&
            c.constructor
          )
            return c.constructor.name;
      }
      return d;
    }
    function aI(...c) {
      let [d, e, f] = c;
      return "string" == typeof d ? { message: d, code: "custom", input: e, inst: f } : { ...d };
    }
    function aJ(c) {
      return Object.entries(c)
        .filter(([c, d]) => Number.isNaN(Number.parseInt(c, 10)))
        .map((c) => c[1]);
    }
    function aK(c) {
      let d = atob(c),
        e = new Uint8Array(d.length);
      for (let c = 0; c < d.length; c++) e[c] = d.charCodeAt(c);
      return e;
    }
    function aL(c) {
      let d = "";
      for (let e = 0; e < c.length; e++) d += String.fromCharCode(c[e]);
      return btoa(d);
    }
    function aM(c) {
      let d = c.replace(/-/g, "+").replace(/_/g, "/"),
        e = "=".repeat((4 - (d.length % 4)) % 4);
      return aK(d + e);
    }
    function aN(c) {
      return aL(c).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
    }
    function aO(c) {
      let d = c.replace(/^0x/, "");
      if (d.length % 2 != 0) throw Error("Invalid hex string length");
      let e = new Uint8Array(d.length / 2);
      for (let c = 0; c < d.length; c += 2) e[c / 2] = Number.parseInt(d.slice(c, c + 2), 16);
      return e;
    }
    function aP(c) {
      return Array.from(c)
        .map((c) => c.toString(16).padStart(2, "0"))
        .join("");
    }
    class aQ {
      constructor(...c) {}
    }
    function aR(c, d) {
      for (let e in d) {
        let f = Object.getOwnPropertyDescriptor(d, e);
        f.get
          ? Object.defineProperty(c, e, { ...f, enumerable: !1 })
          : (function (c, d, e) {
              Object.defineProperty(c, d, {
                configurable: !0,
                get() {
                  return this == null ? e : aS(this, d, e.bind(this));
                },
                set(c) {
                  aS(this, d, c);
                },
              });
            })(c, e, f.value);
      }
    }
    function aS(c, d, e, f = !0) {
      return (
        Object.defineProperty(c, d, { configurable: !0, writable: !0, enumerable: f, value: e }),
        e
      );
    }
    function aT(c, d, e) {
      return aS(c, d, e, !1);
    }
    function aU(c, d) {
      for (let e in c) {
        let f = c[e];
        Object.defineProperty(d, e, {
          configurable: !0,
          enumerable: !0,
          get() {
            return aS(this, e, f(this));
          },
          set(c) {
            aS(this, e, c);
          },
        });
      }
      return d;
    }
    let aV = !1,
      aW = {
        configurable: !0,
        get() {
          aV = !0;
        },
      };
    function aX(c, e, f) {
      let g = Object.getPrototypeOf(c._zod);
      if (e in g && d !== c._zod) {
        d = void 0;
        return;
      }
      ((d = c._zod),
        Object.defineProperty(g, e, {
          configurable: !0,
          get() {
            Object.defineProperty(this, e, aW);
            let c = aV;
            aV = !1;
            try {
              let d = f(this);
              return (
                aV
                  ? delete this[e]
                  : Object.defineProperty(this, e, { configurable: !0, writable: !0, value: d }),
                (aV = aV || c),
                d
              );
            } catch (d) {
              throw (delete this[e], (aV = aV || c), d);
            }
          },
          set(c) {
            Object.defineProperty(this, e, { configurable: !0, writable: !0, value: c });
          },
        }));
    }
    function aY(c, d, e, f) {
      let g,
        h = d in (g = Object.getPrototypeOf(c)) ? void 0 : g;
      h &&
        Object.defineProperty(h, d, {
          configurable: !0,
          get() {
            let c = { configurable: !0, writable: !0, enumerable: f, value: void 0 };
            return (
              Object.defineProperty(this, d, c),
              (c.value = e(this)),
              Object.defineProperty(this, d, c),
              c.value
            );
          },
          set(c) {
            Object.defineProperty(this, d, {
              configurable: !0,
              writable: !0,
              enumerable: f,
              value: c,
            });
          },
        });
    }
    let aZ = "~constantCatch";
    function a$(c) {
      let d = () => c;
      return ((d[aZ] = !0), d);
    }
    let a_ = Object.freeze({ status: "aborted" }),
      a0 = { value: void 0, enumerable: !1 },
      a1 = "captureStackTrace" in Error ? Error : null;
    function a2(c, d, e, f) {
      function g(c) {
        ((this.def = c), (this.constr = l), (this.traits = new Set()));
      }
      g.prototype = {};
      let h = e && new WeakSet();
      function i(f, i) {
        if (f._zod) {
          if (f._zod.traits.has(c)) return;
        } else {
          a0.value = new g(i);
          try {
            Object.defineProperty(f, "_zod", a0);
          } finally {
            a0.value = void 0;
          }
        }
        if ((f._zod.traits.add(c), d(f, i), h)) {
          let c = Object.getPrototypeOf(f),
            d = f._zod.constr.prototype,
            g = c;
          for (; g && g !== d;) g = Object.getPrototypeOf(g);
          let i = g ?? c;
          h.has(i) || (h.add(i), aR(i, e));
        }
        let j = l.prototype;
        for (let c in j)
          Object.prototype.hasOwnProperty.call(j, c) && (c in f || (f[c] = j[c].bind(f)));
      }
      let j = f?.Parent ?? Object;
      class k extends j {}
      function l(c) {
        let d = f?.Parent
          ? (function (c) {
              let d = a1;
              if (d) {
                let e = d.stackTraceLimit;
                if ("number" == typeof e) {
                  try {
                    d.stackTraceLimit = 0;
                  } catch {
                    return ((a1 = null), new c());
                  }
                  try {
                    return new c();
                  } finally {
                    d.stackTraceLimit = e;
                  }
                }
              }
              return new c();
            })(k)
          : this;
        i(d, c);
        let e = d._zod.deferred;
        if (e) {
          for (let c of e) c();
          d._zod.deferred = void 0;
        }
        let g = globalThis.__zod_globalConfig?.postProcessor;
        return (g && g(d), d);
      }
      return (
        Object.defineProperty(k, "name", { value: c }),
        Object.defineProperty(l, "init", { value: i }),
        Object.defineProperty(l, Symbol.hasInstance, {
          value: (d) => (!!f?.Parent && d instanceof f.Parent) || d?._zod?.traits?.has(c),
        }),
        Object.defineProperty(l, "name", { value: c }),
        l
      );
    }
    class a3 extends Error {
      constructor() {
        super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
      }
    }
    class a4 extends Error {
      constructor(c) {
        (super(`Encountered unidirectional transform during encode: ${c}`),
          (this.name = "ZodEncodeError"));
      }
    }
    (o = globalThis).__zod_globalConfig ?? (o.__zod_globalConfig = {});
    let a5 = globalThis.__zod_globalConfig;
    function a6(c) {
      return (c && Object.assign(a5, c), a5);
    }
    class a7 extends Error {
      constructor() {
        (super("Cannot parse a reference cycle that closes through a transform"),
          (this.name = "ZodCyclicError"));
      }
    }
    let a8 = "~memo",
      a9 = [];
    function ba(c) {
      return null !== c && "object" == typeof c;
    }
    function bb(c) {
      return c.map((c) => (c.path ? { ...c, path: c.path.slice() } : { ...c }));
    }
    let bc = new WeakMap(),
      bd = [],
      be = {
        alloc(c, d, f) {
          let g = e;
          if (!g) return f;
          e = void 0;
          let h = { value: f, issues: null };
          return (g.set(d.value, h), bd.push(h), f);
        },
        guard(c) {
          var d;
          ((d = c._zod).deferred ?? (d.deferred = []),
            c._zod.deferred.push(() => {
              let d = c._zod.parse,
                e = (c, e) => {
                  var f, g;
                  let h;
                  if (
                    "backward" !== e.direction &&
                    ((f = e), (g = c.value), void 0 !== (h = f[a8]?.backEdges) && ba(g) && h.has(g))
                  )
                    throw new a7();
                  return d(c, e);
                };
              ((c._zod.parse = e), c._zod.run === d && (c._zod.run = e));
            }));
        },
        attach(c) {
          var d;
          let f,
            g,
            h,
            i = !1;
          ((d = c._zod).deferred ?? (d.deferred = []),
            c._zod.deferred.push(() => {
              let d = c._zod.parse,
                j = (k, l) => {
                  let m;
                  if (void 0 === f) {
                    let e = (function c(d, e, f) {
                      var g, h;
                      let i = bc.get(d);
                      if (void 0 !== i) return 2 * !!i;
                      if (e.has(d)) return 2;
                      e.add(d);
                      let j = 0,
                        k = (d) => {
                          if (2 !== j && d?._zod) {
                            let g = c(d, e, f);
                            g > j && (j = g);
                          }
                        },
                        l = (c) => {
                          c > j && (j = c);
                        },
                        m = d._zod.def;
                      switch (m.type) {
                        case "object": {
                          let d = M(m);
                          (l(
                            d
                              ? ((d, g) => {
                                  let h = 0;
                                  for (let i of Reflect.ownKeys(d)) {
                                    let j = Object.getOwnPropertyDescriptor(d, i);
                                    if (g && !j.enumerable) continue;
                                    let k = j.get ? 1 : j.value?._zod ? c(j.value, e, f) : 0;
                                    k > h && (h = k);
                                  }
                                  return h;
                                })(d, !0)
                              : 1,
                          ),
                            k(m.catchall));
                          break;
                        }
                        case "array":
                          k(m.element);
                          break;
                        case "tuple":
                          for (let c of m.items) k(c);
                          k(m.rest);
                          break;
                        case "record":
                        case "map":
                          (k(m.keyType), k(m.valueType));
                          break;
                        case "set":
                          k(m.valueType);
                          break;
                        case "union":
                          for (let c of m.options) k(c);
                          break;
                        case "intersection":
                          (k(m.left), k(m.right));
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
                          k(m.innerType);
                          break;
                        case "pipe":
                          (k(m.in), k(m.out));
                          break;
                        case "function":
                          (k(m.input), k(m.output));
                          break;
                        case "lazy": {
                          let g = m._cachedInner ?? (f ? d._zod.innerType : void 0);
                          l(g ? c(g, e, !1) : 1);
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
                          for (let c in m) {
                            let d = Object.getOwnPropertyDescriptor(m, c);
                            if (!d || d.get) continue;
                            let e = d.value;
                            if (e && "object" == typeof e) {
                              if (e._zod) k(e);
                              else if (Array.isArray(e)) for (let c of e) k(c);
                            }
                          }
                      }
                      return (e.delete(d), (g = d), 1 !== (h = j) && bc.set(g, 2 === h), h);
                    })(c, new Set(), !1);
                    if (0 === e)
                      return ((c._zod.parse = d), c._zod.run === j && (c._zod.run = d), d(k, l));
                    2 === e || i ? (f = !0) : (i = !0);
                  }
                  let n = k.value;
                  if (!ba(n)) return d(k, l);
                  let o = l[a8];
                  if (
                    (o || ((o = { buckets: new WeakMap(), backEdges: void 0 }), (l[a8] = o)),
                    g === l)
                  )
                    m = h;
                  else {
                    var p;
                    let d;
                    ((d = (p = o).buckets.get(c)) || ((d = new WeakMap()), p.buckets.set(c, d)),
                      (m = d),
                      (g = l),
                      (h = m));
                  }
                  let q = m.get(n);
                  if (q)
                    return (
                      (k.value = q.value),
                      q.issues
                        ? q.issues.length && k.issues.push(...bb(q.issues))
                        : ((k.memo = !0),
                          o.backEdges ?? (o.backEdges = new WeakSet()),
                          o.backEdges.add(q.value)),
                      k
                    );
                  e = m;
                  let r = bd.length,
                    s = d(k, l);
                  e = void 0;
                  let t = bd.length > r ? bd.pop() : void 0;
                  return s instanceof Promise
                    ? s.then((c) => (t && (t.issues = c.issues.length ? bb(c.issues) : a9), c))
                    : (t && (t.issues = s.issues.length ? bb(s.issues) : a9), s);
                };
              ((c._zod.parse = j), c._zod.run === d && (c._zod.run = j));
            }));
        },
      };
    (p = globalThis).__zod_globalRegistry ??
      (p.__zod_globalRegistry = new (class c {
        constructor() {
          ((this._map = new WeakMap()), (this._idmap = new Map()));
        }
        add(c, ...d) {
          let e = d[0];
          return (
            this._map.set(c, e),
            e && "object" == typeof e && "id" in e && this._idmap.set(e.id, c),
            this
          );
        }
        clear() {
          return ((this._map = new WeakMap()), (this._idmap = new Map()), this);
        }
        remove(c) {
          let d = this._map.get(c);
          return (
            d && "object" == typeof d && "id" in d && this._idmap.delete(d.id),
            this._map.delete(c),
            this
          );
        }
        get(c) {
          let d = c._zod.parent;
          if (d) {
            let e = { ...(this.get(d) ?? {}) };
            delete e.id;
            let f = { ...e, ...this._map.get(c) };
            return Object.keys(f).length ? f : void 0;
          }
          return this._map.get(c);
        }
        has(c) {
          return this._map.has(c);
        }
      })());
    let bf = globalThis.__zod_globalRegistry,
      bg = /^[cC][0-9a-z]{6,}$/,
      bh = /^[0-9a-z]+$/,
      bi = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,
      bj = /^[0-9a-vA-V]{20}$/,
      bk = /^[A-Za-z0-9]{27}$/,
      bl = /^[a-zA-Z0-9_-]{21}$/;
    function bm(c) {
      return RegExp(`^[a-zA-Z0-9_-]{${c}}$`);
    }
    let bn =
        /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,
      bo = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,
      bp = (c) =>
        c
          ? RegExp(
              `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${c}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
            )
          : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,
      bq = bp(4),
      br = bp(6),
      bs = bp(7),
      bt =
        /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/,
      bu = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
    function bv() {
      return RegExp(
        "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$",
        "u",
      );
    }
    let bw =
        /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,
      bx =
        /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,
      by = (c) => {
        let d = af(c ?? ":");
        return RegExp(`^(?:[0-9A-F]{2}${d}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${d}){5}[0-9a-f]{2}$`);
      },
      bz =
        /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,
      bA =
        /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,
      bB = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/,
      bC = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/,
      bD = /^https?$/,
      bE = /^\+[1-9]\d{6,14}$/,
      bF = /^\d(?:[ -]?\d){11,18}$/,
      bG = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/,
      bH =
        "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))",
      bI = RegExp(`^${bH}$`);
    function bJ(c) {
      let d = "(?:[01]\\d|2[0-3]):[0-5]\\d";
      return "number" == typeof c.precision
        ? -1 === c.precision
          ? `${d}`
          : 0 === c.precision
            ? `${d}:[0-5]\\d`
            : `${d}:[0-5]\\d\\.\\d{${c.precision}}`
        : c.seconds
          ? `${d}:[0-5]\\d(?:\\.\\d+)?`
          : `${d}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    }
    function bK(c) {
      return RegExp(`^${bJ(c)}$`);
    }
    function bL(c) {
      let d = ["Z"];
      c.offset && d.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
      let e = `${bJ({ precision: c.precision, seconds: !0 })}(?:${d.join("|")})`,
        f = c.local ? `${e}|${bJ({ precision: c.precision })}` : e;
      return RegExp(`^${bH}T(?:${f})$`);
    }
    let bM = /^[\s\S]{0,}$/,
      bN = (c) => {
        let d = c ? `[\\s\\S]{${c?.minimum ?? 0},${c?.maximum ?? ""}}` : "[\\s\\S]*";
        return RegExp(`^${d}$`);
      },
      bO = /^-?\d+n?$/,
      bP = /^-?\d+$/,
      bQ = /^-?\d+(?:\.\d+)?$/,
      bR = /^(?:true|false)$/i,
      bS = /^null$/i,
      bT = /^undefined$/i,
      bU = /^[^A-Z]*$/,
      bV = /^[^a-z]*$/;
    function bW(c, d) {
      return RegExp(`^[A-Za-z0-9+/]{${c}}${d}$`);
    }
    function bX(c) {
      return RegExp(`^[A-Za-z0-9_-]{${c}}$`);
    }
    let bY = bW(22, "=="),
      bZ = bX(22),
      b$ = bW(27, "="),
      b_ = bX(27),
      b0 = bW(43, "="),
      b1 = bX(43),
      b2 = bW(64, ""),
      b3 = bX(64),
      b4 = bW(86, "=="),
      b5 = bX(86);
    c.s(
      [
        "anyString",
        0,
        bM,
        "base64",
        0,
        bB,
        "base64url",
        0,
        bC,
        "bigint",
        0,
        bO,
        "boolean",
        0,
        bR,
        "browserEmail",
        0,
        /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/,
        "cidrv4",
        0,
        bz,
        "cidrv6",
        0,
        bA,
        "creditCard",
        0,
        bF,
        "cuid",
        0,
        bg,
        "cuid2",
        0,
        bh,
        "currencyCode",
        0,
        /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/,
        "date",
        0,
        bI,
        "datetime",
        0,
        bL,
        "domain",
        0,
        /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/,
        "duration",
        0,
        bn,
        "e164",
        0,
        bE,
        "email",
        0,
        bt,
        "emoji",
        0,
        bv,
        "extendedDuration",
        0,
        /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/,
        "guid",
        0,
        bo,
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
        bD,
        "iban",
        0,
        bG,
        "idnEmail",
        0,
        bu,
        "integer",
        0,
        bP,
        "ipv4",
        0,
        bw,
        "ipv6",
        0,
        bx,
        "ksuid",
        0,
        bk,
        "lowercase",
        0,
        bU,
        "mac",
        0,
        by,
        "md5_base64",
        0,
        bY,
        "md5_base64url",
        0,
        bZ,
        "md5_hex",
        0,
        /^[0-9a-fA-F]{32}$/,
        "nanoid",
        0,
        bl,
        "nanoidOfLength",
        0,
        bm,
        "null",
        0,
        bS,
        "number",
        0,
        bQ,
        "rfc5322Email",
        0,
        /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/,
        "sha1_base64",
        0,
        b$,
        "sha1_base64url",
        0,
        b_,
        "sha1_hex",
        0,
        /^[0-9a-fA-F]{40}$/,
        "sha256_base64",
        0,
        b0,
        "sha256_base64url",
        0,
        b1,
        "sha256_hex",
        0,
        /^[0-9a-fA-F]{64}$/,
        "sha384_base64",
        0,
        b2,
        "sha384_base64url",
        0,
        b3,
        "sha384_hex",
        0,
        /^[0-9a-fA-F]{96}$/,
        "sha512_base64",
        0,
        b4,
        "sha512_base64url",
        0,
        b5,
        "sha512_hex",
        0,
        /^[0-9a-fA-F]{128}$/,
        "string",
        0,
        bN,
        "time",
        0,
        bK,
        "ulid",
        0,
        bi,
        "undefined",
        0,
        bT,
        "unicodeEmail",
        0,
        bu,
        "uppercase",
        0,
        bV,
        "uuid",
        0,
        bp,
        "uuid4",
        0,
        bq,
        "uuid6",
        0,
        br,
        "uuid7",
        0,
        bs,
        "xid",
        0,
        bj,
      ],
      20559,
    );
    let b6 = a2("$ZodCheck", (c, d) => {
        var e;
        (c._zod ?? (c._zod = {}), (c._zod.def = d), (e = c._zod).onattach ?? (e.onattach = []));
      }),
      b7 = (c) => {
        let d = c.value;
        return !F(d) && void 0 !== d.size;
      },
      b8 = (c) => {
        let d = c.value;
        return !F(d) && void 0 !== d.length;
      },
      b9 = { number: "number", bigint: "bigint", object: "date" },
      ca = a2("$ZodCheckLessThan", (c, d) => {
        b6.init(c, d);
        let e = b9[typeof d.value];
        c._zod.check = (f) => {
          (d.inclusive ? f.value <= d.value : f.value < d.value) ||
            f.issues.push({
              origin: b9[typeof f.value] ?? e,
              code: "too_big",
              maximum: "object" == typeof d.value ? d.value.getTime() : d.value,
              input: f.value,
              inclusive: d.inclusive,
              inst: c,
              continue: !d.abort,
            });
        };
      }),
      cb = a2("$ZodCheckGreaterThan", (c, d) => {
        b6.init(c, d);
        let e = b9[typeof d.value];
        c._zod.check = (f) => {
          (d.inclusive ? f.value >= d.value : f.value > d.value) ||
            f.issues.push({
              origin: b9[typeof f.value] ?? e,
              code: "too_small",
              minimum: "object" == typeof d.value ? d.value.getTime() : d.value,
              input: f.value,
              inclusive: d.inclusive,
              inst: c,
              continue: !d.abort,
            });
        };
      }),
      cc = a2("$ZodCheckMultipleOf", (c, d) => {
        (b6.init(c, d),
          (c._zod.check = (e) => {
            if (typeof e.value != typeof d.value)
              throw Error("Cannot mix number and bigint in multiple_of check.");
            ("bigint" == typeof e.value
              ? d.value !== BigInt(0) && e.value % d.value === BigInt(0)
              : 0 === H(e.value, d.value)) ||
              e.issues.push({
                origin: typeof e.value,
                code: "not_multiple_of",
                divisor: d.value,
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      cd = a2("$ZodCheckNumberFormat", (c, d) => {
        (b6.init(c, d), (d.format = d.format || "float64"));
        let e = d.format?.includes("int"),
          f = e ? "int" : "number",
          [g, h] = al[d.format];
        c._zod.check = (i) => {
          let j = i.value;
          if (e) {
            if (!Number.isInteger(j))
              return void i.issues.push({
                expected: f,
                format: d.format,
                code: "invalid_type",
                continue: !1,
                input: j,
                inst: c,
              });
            if (!Number.isSafeInteger(j))
              return void (j > 0
                ? i.issues.push({
                    input: j,
                    code: "too_big",
                    maximum: Number.MAX_SAFE_INTEGER,
                    note: "Integers must be within the safe integer range.",
                    inst: c,
                    origin: f,
                    inclusive: !0,
                    continue: !d.abort,
                  })
                : i.issues.push({
                    input: j,
                    code: "too_small",
                    minimum: Number.MIN_SAFE_INTEGER,
                    note: "Integers must be within the safe integer range.",
                    inst: c,
                    origin: f,
                    inclusive: !0,
                    continue: !d.abort,
                  }));
          }
          (j < g &&
            i.issues.push({
              origin: "number",
              input: j,
              code: "too_small",
              minimum: g,
              inclusive: !0,
              inst: c,
              continue: !d.abort,
            }),
            j > h &&
              i.issues.push({
                origin: "number",
                input: j,
                code: "too_big",
                maximum: h,
                inclusive: !0,
                inst: c,
                continue: !d.abort,
              }));
        };
      }),
      ce = a2("$ZodCheckBigIntFormat", (c, d) => {
        b6.init(c, d);
        let [e, f] = am[d.format];
        c._zod.check = (g) => {
          let h = g.value;
          (h < e &&
            g.issues.push({
              origin: "bigint",
              input: h,
              code: "too_small",
              minimum: e,
              inclusive: !0,
              inst: c,
              continue: !d.abort,
            }),
            h > f &&
              g.issues.push({
                origin: "bigint",
                input: h,
                code: "too_big",
                maximum: f,
                inclusive: !0,
                inst: c,
                continue: !d.abort,
              }));
        };
      }),
      cf = a2("$ZodCheckMaxSize", (c, d) => {
        var e;
        (b6.init(c, d),
          (e = c._zod.def).when ?? (e.when = b7),
          (c._zod.check = (e) => {
            let f = e.value;
            f.size <= d.maximum ||
              e.issues.push({
                origin: aD(f),
                code: "too_big",
                maximum: d.maximum,
                inclusive: !0,
                input: f,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      cg = a2("$ZodCheckMinSize", (c, d) => {
        var e;
        (b6.init(c, d),
          (e = c._zod.def).when ?? (e.when = b7),
          (c._zod.check = (e) => {
            let f = e.value;
            f.size >= d.minimum ||
              e.issues.push({
                origin: aD(f),
                code: "too_small",
                minimum: d.minimum,
                inclusive: !0,
                input: f,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      ch = a2("$ZodCheckSizeEquals", (c, d) => {
        var e;
        (b6.init(c, d),
          (e = c._zod.def).when ?? (e.when = b7),
          (c._zod.check = (e) => {
            let f = e.value,
              g = f.size;
            if (g === d.size) return;
            let h = g > d.size;
            e.issues.push({
              origin: aD(f),
              ...(h
                ? { code: "too_big", maximum: d.size }
                : { code: "too_small", minimum: d.size }),
              inclusive: !0,
              exact: !0,
              input: e.value,
              inst: c,
              continue: !d.abort,
            });
          }));
      }),
      ci = a2("$ZodCheckMaxLength", (c, d) => {
        var e;
        (b6.init(c, d),
          (e = c._zod.def).when ?? (e.when = b8),
          (c._zod.check = (e) => {
            let f = e.value,
              g = f.length;
            if (("string" == typeof f && g > d.maximum ? aF(f) : g) <= d.maximum) return;
            let h = aG(f);
            e.issues.push({
              origin: h,
              code: "too_big",
              maximum: d.maximum,
              inclusive: !0,
              input: f,
              inst: c,
              continue: !d.abort,
            });
          }));
      }),
      cj = a2("$ZodCheckMinLength", (c, d) => {
        var e;
        (b6.init(c, d),
          (e = c._zod.def).when ?? (e.when = b8),
          (c._zod.check = (e) => {
            let f = e.value,
              g = f.length;
            if (
              ("string" == typeof f && g >= d.minimum && g < 2 * d.minimum ? aF(f) : g) >= d.minimum
            )
              return;
            let h = aG(f);
            e.issues.push({
              origin: h,
              code: "too_small",
              minimum: d.minimum,
              inclusive: !0,
              input: f,
              inst: c,
              continue: !d.abort,
            });
          }));
      }),
      ck = a2("$ZodCheckLengthEquals", (c, d) => {
        var e;
        (b6.init(c, d),
          (e = c._zod.def).when ?? (e.when = b8),
          (c._zod.check = (e) => {
            let f = e.value,
              g = f.length,
              h = "string" == typeof f && g >= d.length && g <= 2 * d.length ? aF(f) : g;
            if (h === d.length) return;
            let i = aG(f),
              j = h > d.length;
            e.issues.push({
              origin: i,
              ...(j
                ? { code: "too_big", maximum: d.length }
                : { code: "too_small", minimum: d.length }),
              inclusive: !0,
              exact: !0,
              input: e.value,
              inst: c,
              continue: !d.abort,
            });
          }));
      }),
      cl = a2("$ZodCheckStringFormat", (c, d) => {
        var e, f;
        (b6.init(c, d),
          d.pattern
            ? ((e = c._zod).check ??
              (e.check = (e) => {
                ((d.pattern.lastIndex = 0),
                  d.pattern.test(e.value) ||
                    e.issues.push({
                      origin: "string",
                      code: "invalid_format",
                      format: d.format,
                      input: e.value,
                      ...(d.pattern ? { pattern: d.pattern.toString() } : {}),
                      inst: c,
                      continue: !d.abort,
                    }));
              }))
            : ((f = c._zod).check ?? (f.check = () => {})));
      }),
      cm = a2("$ZodCheckRegex", (c, d) => {
        (cl.init(c, d),
          (c._zod.check = (e) => {
            ((d.pattern.lastIndex = 0),
              d.pattern.test(e.value) ||
                e.issues.push({
                  origin: "string",
                  code: "invalid_format",
                  format: "regex",
                  input: e.value,
                  pattern: d.pattern.toString(),
                  inst: c,
                  continue: !d.abort,
                }));
          }));
      }),
      cn = a2("$ZodCheckLowerCase", (c, d) => {
        (d.pattern ?? (d.pattern = bU), cl.init(c, d));
      }),
      co = a2("$ZodCheckUpperCase", (c, d) => {
        (d.pattern ?? (d.pattern = bV), cl.init(c, d));
      }),
      cp = a2("$ZodCheckIncludes", (c, d) => {
        b6.init(c, d);
        let e = af(d.includes),
          f = new RegExp("number" == typeof d.position ? `^.{${d.position},}${e}` : e);
        ((d.pattern = f),
          (c._zod.check = (e) => {
            e.value.includes(d.includes, d.position) ||
              e.issues.push({
                origin: "string",
                code: "invalid_format",
                format: "includes",
                includes: d.includes,
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      cq = a2("$ZodCheckStartsWith", (c, d) => {
        b6.init(c, d);
        let e = RegExp(`^${af(d.prefix)}.*`);
        (d.pattern ?? (d.pattern = e),
          (c._zod.check = (e) => {
            e.value.startsWith(d.prefix) ||
              e.issues.push({
                origin: "string",
                code: "invalid_format",
                format: "starts_with",
                prefix: d.prefix,
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      cr = a2("$ZodCheckEndsWith", (c, d) => {
        b6.init(c, d);
        let e = RegExp(`.*${af(d.suffix)}$`);
        (d.pattern ?? (d.pattern = e),
          (c._zod.check = (e) => {
            e.value.endsWith(d.suffix) ||
              e.issues.push({
                origin: "string",
                code: "invalid_format",
                format: "ends_with",
                suffix: d.suffix,
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      });
    function cs(c, d, e) {
      c.issues.length && d.issues.push(...ay(e, c.issues));
    }
    ((c, d) => {
      let e;
      (b6.init(c, d),
        aT(c, Symbol.iterator, function* () {
          yield c;
        }),
        (c._zod.check = (f) => {
          let g;
          if (null == f.value)
            return void f.issues.push({
              expected: "object",
              code: "invalid_type",
              input: f.value,
              inst: c,
            });
          e ?? (e = Reflect.ownKeys(d.shape).map((c) => [c, d.shape[c]]));
          let h = f.value;
          for (let [c, d] of e) {
            let e = d._zod.run({ value: h[c], issues: [] }, {});
            e instanceof Promise
              ? (g ?? (g = []), g.push(e.then((d) => cs(d, f, c))))
              : cs(e, f, c);
          }
          if (g) return Promise.all(g).then(() => void 0);
        }));
    },
      (c, d) => {
        b6.init(c, d);
        let e = new Set(d.mime);
        c._zod.check = (f) => {
          e.has(f.value.type) ||
            f.issues.push({
              code: "invalid_value",
              values: d.mime,
              input: f.value.type,
              inst: c,
              continue: !d.abort,
            });
        };
      });
    let ct = a2("$ZodCheckOverwrite", (c, d) => {
      (b6.init(c, d),
        (c._zod.check = (c) => {
          c.value = d.tx(c.value);
        }));
    });
    class cu {
      constructor(c = [], d = {}) {
        ((this.content = []), (this.indent = 0), (this.args = c), (this.closed = d));
      }
      indented(c) {
        this.indent += 1;
        try {
          c(this);
        } finally {
          this.indent -= 1;
        }
      }
      write(c) {
        if ("function" == typeof c) {
          (c(this, { execution: "sync" }), c(this, { execution: "async" }));
          return;
        }
        let d = c.split("\n").filter((c) => c),
          e = Math.min(...d.map((c) => c.length - c.trimStart().length));
        for (let c of d.map((c) => c.slice(e)).map((c) => " ".repeat(2 * this.indent) + c))
          this.content.push(c);
      }
      compile() {
        let c = Function,
          d = this?.content ?? [""];
        return new c(
          ...Object.keys(this.closed),
          `return function (${this.args.join(", ")}) {
${d.join("\n")}
};`,
        )(...Object.values(this.closed));
      }
    }
    let cv = {
        get: function () {
          let c = this._zod;
          return (c.message ?? (c.message = JSON.stringify(c.def, C, 2)), c.message);
        },
        set: function (c) {
          this._zod.message = c;
        },
        enumerable: !0,
        configurable: !0,
      },
      cw = { value: void 0, enumerable: !1 },
      cx = new WeakSet([Object.prototype, Error.prototype]),
      cy = (c, d) => {
        ((c.name = "$ZodError"),
          (cw.value = d),
          Object.defineProperty(c, "issues", cw),
          (cw.value = void 0),
          Object.defineProperty(c, "message", cv));
        let e = Object.getPrototypeOf(c);
        cx.has(e) ||
          (cx.add(e),
          Object.defineProperty(e, "toString", {
            configurable: !0,
            enumerable: !1,
            get() {
              let c = () => this.message;
              return (
                Object.defineProperty(this, "toString", {
                  value: c,
                  configurable: !0,
                  writable: !0,
                }),
                c
              );
            },
            set(c) {
              Object.defineProperty(this, "toString", { value: c, configurable: !0, writable: !0 });
            },
          }));
      },
      cz = a2("$ZodError", cy),
      cA = a2("$ZodError", cy, void 0, { Parent: Error });
    function cB(c, d) {
      return { callee: d?.callee ?? c, Err: d?.Err };
    }
    let cC = (c) => {
        let d = (e, f, g, h) => {
          let i = g ? { ...g, async: !1 } : { async: !1 },
            j = e._zod.run({ value: f, issues: [] }, i);
          if (j instanceof Promise) throw new a3();
          if (j.issues.length) {
            let e = new (h?.Err ?? c)(j.issues.map((c) => aC(c, i, a6())));
            throw (Y(e, h?.callee ?? d), e);
          }
          return j.value;
        };
        return d;
      },
      cD = cC(cA),
      cE = (c) => {
        let d = async (e, f, g, h) => {
          let i = g ? { ...g, async: !0 } : { async: !0 },
            j = e._zod.run({ value: f, issues: [] }, i);
          if ((j instanceof Promise && (j = await j), j.issues.length)) {
            let e = new (h?.Err ?? c)(j.issues.map((c) => aC(c, i, a6())));
            throw (Y(e, h?.callee ?? d), e);
          }
          return j.value;
        };
        return d;
      },
      cF = cE(cA),
      cG = (c) => (d, e, f) => {
        let g = f ? { ...f, async: !1 } : { async: !1 },
          h = d._zod.run({ value: e, issues: [] }, g);
        if (h instanceof Promise) throw new a3();
        return h.issues.length ? cH(c, h.issues, g) : { success: !0, data: h.value };
      };
    function cH(c, d, e) {
      let f;
      return {
        success: !1,
        get error() {
          return (f || ((f = new c(d.map((c) => aC(c, e, a6())))), (d = void 0), (e = void 0)), f);
        },
        set error(c) {
          ((f = c), (d = void 0), (e = void 0));
        },
      };
    }
    let cI = (c) => async (d, e, f) => {
        let g = f ? { ...f, async: !0 } : { async: !0 },
          h = d._zod.run({ value: e, issues: [] }, g);
        return (
          h instanceof Promise && (h = await h),
          h.issues.length ? cH(c, h.issues, g) : { success: !0, data: h.value }
        );
      },
      cJ = Symbol.for("zod.compile.invalid"),
      cK = Symbol.for("zod.compile.fallback"),
      cL = async (c, d, e) => {
        let f = e ? { ...e, async: !0, abortEarly: !0 } : { async: !0, abortEarly: !0 },
          g = c._zod.run({ value: d, issues: [] }, f);
        return (g instanceof Promise && (g = await g), 0 === g.issues.length);
      },
      cM = { major: 4, minor: 6, patch: 7 },
      cN = a2(
        "$ZodType",
        (c, d) => {
          var e;
          (c ?? (c = {}), (c._zod.def = d), (c._zod.bag = c._zod.bag || {}), (c._zod.version = cM));
          let f = c._zod.def.checks,
            g = c._zod.traits.has("$ZodCheck") ? [c, ...(f ?? [])] : f?.length ? [...f] : [];
          for (let d of g) for (let e of d._zod.onattach) e(c);
          if (0 === g.length)
            ((e = c._zod).deferred ?? (e.deferred = []),
              c._zod.deferred?.push(() => {
                c._zod.run = c._zod.parse;
              }));
          else {
            let d = (d, e, f) => {
                let g;
                if (d.memo) return d;
                let h = aw(d);
                for (let i of e) {
                  if (i._zod.def.when) {
                    if (ax(d) || !i._zod.def.when(d)) continue;
                  } else if (h) continue;
                  let e = d.issues.length,
                    j = i._zod.check(d);
                  if (j instanceof Promise && f?.async === !1) throw new a3();
                  if (g || j instanceof Promise)
                    g = (g ?? Promise.resolve()).then(async () => {
                      (await j, d.issues.length !== e && (aB(d.issues, e, c), h || (h = aw(d, e))));
                    });
                  else {
                    if (d.issues.length === e) continue;
                    (aB(d.issues, e, c), h || (h = aw(d, e)));
                  }
                }
                return g ? g.then(() => d) : d;
              },
              e = (e, f, h) => {
                if (aw(e)) return ((e.aborted = !0), e);
                let i = d(f, g, h);
                if (i instanceof Promise) {
                  if (!1 === h.async) throw new a3();
                  return i.then((d) => c._zod.parse(d, h));
                }
                return c._zod.parse(i, h);
              };
            c._zod.run = (f, h) => {
              if (h.skipChecks) return c._zod.parse(f, h);
              if ("backward" === h.direction) {
                let d = c._zod.parse({ value: f.value, issues: [] }, { ...h, skipChecks: !0 });
                return d instanceof Promise ? d.then((c) => e(c, f, h)) : e(d, f, h);
              }
              let i = c._zod.parse(f, h);
              if (i instanceof Promise) {
                if (!1 === h.async) throw new a3();
                return i.then((c) => d(c, g, h));
              }
              return d(i, g, h);
            };
          }
        },
        {
          get "~standard"() {
            return aT(this, "~standard", cQ(this));
          },
          set "~standard"(c) {
            aS(this, "~standard", c);
          },
        },
      ),
      cO = (c, d) =>
        c.issues.length ? { issues: c.issues.map((c) => aC(c, d, a6())) } : { value: c.value };
    async function cP(c, d) {
      let e = { async: !0 };
      return cO(await c._zod.run({ value: d, issues: [] }, e), e);
    }
    function cQ(c) {
      return {
        validate: (d) => {
          let e = { async: !1 };
          try {
            let f = c._zod.run({ value: d, issues: [] }, e);
            if (!(f instanceof Promise)) return cO(f, e);
          } catch (c) {}
          return cP(c, d);
        },
        vendor: "zod",
        version: 1,
      };
    }
    let cR = a2("$ZodString", (c, d) => {
        (cN.init(c, d),
          (c._zod.pattern = d.pattern ?? bM),
          (c._zod.parse = (e, f) => {
            if (d.coerce)
              try {
                e.value = String(e.value);
              } catch (c) {}
            return (
              "string" == typeof e.value ||
                e.issues.push({
                  expected: "string",
                  code: "invalid_type",
                  input: e.value,
                  inst: c,
                }),
              e
            );
          }));
      }),
      cS = a2("$ZodStringFormat", (c, d) => {
        (cl.init(c, d), cR.init(c, d));
      }),
      cT = a2("$ZodGUID", (c, d) => {
        (d.pattern ?? (d.pattern = bo), cS.init(c, d));
      }),
      cU = a2("$ZodUUID", (c, d) => {
        if (d.version) {
          let c = { v1: 1, v2: 2, v3: 3, v4: 4, v5: 5, v6: 6, v7: 7, v8: 8 }[d.version];
          if (void 0 === c) throw Error(`Invalid UUID version: "${d.version}"`);
          d.pattern ?? (d.pattern = bp(c));
        } else d.pattern ?? (d.pattern = bp());
        cS.init(c, d);
      }),
      cV = a2("$ZodEmail", (c, d) => {
        (d.pattern ?? (d.pattern = bt), cS.init(c, d));
      });
    function cW(c) {
      try {
        if ("u" > typeof URL && "function" == typeof URL.canParse) return URL.canParse(c);
        return (new URL(c), !0);
      } catch {
        return !1;
      }
    }
    let cX = /[\t\n\r]/g;
    function cY(c) {
      return c.replace(cX, "");
    }
    let cZ = a2("$ZodURL", (c, d) => {
        (cS.init(c, d),
          (c._zod.check = (e) => {
            try {
              var f, g;
              let h = e.value.trim(),
                i =
                  "normalize" in d || "hostname" in d || "protocol" in d
                    ? (function (c, d) {
                        if (
                          !d.normalize &&
                          d.protocol?.source === bD.source &&
                          !/^https?:\/\//i.test(c)
                        )
                          return 1;
                        try {
                          if ("u" > typeof URL) {
                            let d = URL;
                            if ("function" == typeof d.parse) return d.parse(c) ?? 2;
                          }
                          return new URL(c);
                        } catch {
                          return 2;
                        }
                      })(h, d)
                    : cW(h) || 2;
              if (1 === i)
                return void e.issues.push({
                  code: "invalid_format",
                  format: "url",
                  note: "Invalid URL format",
                  input: e.value,
                  inst: c,
                  continue: !d.abort,
                });
              if (2 === i)
                return void e.issues.push({
                  code: "invalid_format",
                  format: "url",
                  input: e.value,
                  inst: c,
                  continue: !d.abort,
                });
              if (!0 === i) {
                e.value = cY(h);
                return;
              }
              (d.hostname &&
                (((f = d.hostname).lastIndex = 0), !f.test(i.hostname)) &&
                e.issues.push({
                  code: "invalid_format",
                  format: "url",
                  note: "Invalid hostname",
                  pattern: d.hostname.source,
                  input: e.value,
                  inst: c,
                  continue: !d.abort,
                }),
                d.protocol &&
                  (((g = d.protocol).lastIndex = 0),
                  !g.test(i.protocol.endsWith(":") ? i.protocol.slice(0, -1) : i.protocol)) &&
                  e.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: d.protocol.source,
                    input: e.value,
                    inst: c,
                    continue: !d.abort,
                  }),
                (e.value = d.normalize ? i.href : cY(h)));
              return;
            } catch (f) {
              e.issues.push({
                code: "invalid_format",
                format: "url",
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
            }
          }));
      }),
      c$ = a2("$ZodEmoji", (c, d) => {
        (d.pattern ?? (d.pattern = bv()), cS.init(c, d));
      }),
      c_ = a2("$ZodNanoID", (c, d) => {
        if (void 0 !== d.length && (!Number.isInteger(d.length) || d.length < 1))
          throw Error(`Invalid nanoid length: ${d.length}`);
        (d.pattern ?? (d.pattern = void 0 === d.length ? bl : bm(d.length)), cS.init(c, d));
      }),
      c0 = a2("$ZodCUID", (c, d) => {
        (d.pattern ?? (d.pattern = bg), cS.init(c, d));
      }),
      c1 = a2("$ZodCUID2", (c, d) => {
        (d.pattern ?? (d.pattern = bh), cS.init(c, d));
      }),
      c2 = a2("$ZodULID", (c, d) => {
        (d.pattern ?? (d.pattern = bi), cS.init(c, d));
      }),
      c3 = a2("$ZodXID", (c, d) => {
        (d.pattern ?? (d.pattern = bj), cS.init(c, d));
      }),
      c4 = a2("$ZodKSUID", (c, d) => {
        (d.pattern ?? (d.pattern = bk), cS.init(c, d));
      }),
      c5 = a2("$ZodISODateTime", (c, d) => {
        (d.pattern ?? (d.pattern = bL(d)), cS.init(c, d));
      }),
      c6 = a2("$ZodISODate", (c, d) => {
        (d.pattern ?? (d.pattern = bI), cS.init(c, d));
      }),
      c7 = a2("$ZodISOTime", (c, d) => {
        (d.pattern ?? (d.pattern = bK(d)), cS.init(c, d));
      }),
      c8 = a2("$ZodISODuration", (c, d) => {
        (d.pattern ?? (d.pattern = bn), cS.init(c, d));
      }),
      c9 = a2("$ZodIPv4", (c, d) => {
        (d.pattern ?? (d.pattern = bw), cS.init(c, d));
      }),
      da = /^[0-9a-fA-F:.]+$/;
    function db(c) {
      return !!da.test(c) && cW(`http://[${c}]`);
    }
    let dc = a2("$ZodIPv6", (c, d) => {
        (d.pattern ?? (d.pattern = bx),
          cS.init(c, d),
          (c._zod.check = (e) => {
            db(e.value) ||
              e.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      dd =
        ((c, d) => {
          (d.pattern ?? (d.pattern = by(d.delimiter)), cS.init(c, d));
        },
        a2("$ZodCIDRv4", (c, d) => {
          (d.pattern ?? (d.pattern = bz), cS.init(c, d));
        })),
      de = a2("$ZodCIDRv6", (c, d) => {
        (d.pattern ?? (d.pattern = bA),
          cS.init(c, d),
          (c._zod.check = (e) => {
            !(function (c) {
              let d = c.split("/");
              if (2 !== d.length) return !1;
              let [e, f] = d;
              if (!f) return !1;
              let g = Number(f);
              return `${g}` === f && !(g < 0) && !(g > 128) && db(e);
            })(e.value) &&
              e.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      });
    function df(c) {
      if ("" === c) return !0;
      if (/\s/.test(c) || c.length % 4 != 0) return !1;
      try {
        return (atob(c), !0);
      } catch {
        return !1;
      }
    }
    let dg = /^[0-9a-zA-Z+/]*={0,2}$/,
      dh = a2("$ZodBase64", (c, d) => {
        (d.pattern ?? (d.pattern = dg),
          cS.init(c, d),
          (c._zod.check = (e) => {
            df(e.value) ||
              e.issues.push({
                code: "invalid_format",
                format: "base64",
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      di = /^[A-Za-z0-9_-]*$/,
      dj = a2("$ZodBase64URL", (c, d) => {
        (d.pattern ?? (d.pattern = di),
          cS.init(c, d),
          (c._zod.check = (e) => {
            !(function (c) {
              if (!di.test(c)) return !1;
              let d = c.replace(/[-_]/g, (c) => ("-" === c ? "+" : "/"));
              return df(d.padEnd(4 * Math.ceil(d.length / 4), "="));
            })(e.value) &&
              e.issues.push({
                code: "invalid_format",
                format: "base64url",
                input: e.value,
                inst: c,
                continue: !d.abort,
              });
          }));
      }),
      dk = a2("$ZodE164", (c, d) => {
        (d.pattern ?? (d.pattern = bE), cS.init(c, d));
      }),
      dl = /[- ]/g,
      dm =
        ((c, d) => {
          (d.pattern ?? (d.pattern = bF),
            cS.init(c, d),
            (c._zod.check = (e) => {
              var f;
              ((f = e.value),
                (bF.test(f) &&
                  (function (c) {
                    let d = c.length,
                      e = 1,
                      f = 0;
                    for (; d;) {
                      let g = c.charCodeAt(--d) - 48;
                      ((e ^= 1), (f += e ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][g] : g));
                    }
                    return f % 10 == 0;
                  })(f.replace(dl, ""))) ||
                  e.issues.push({
                    code: "invalid_format",
                    format: "credit_card",
                    input: e.value,
                    inst: c,
                    continue: !d.abort,
                  }));
            }));
        },
        a2("$ZodJWT", (c, d) => {
          (cS.init(c, d),
            (c._zod.check = (e) => {
              !(function (c, d = null) {
                try {
                  let e = c.split(".");
                  if (3 !== e.length) return !1;
                  let [f] = e;
                  if (!f) return !1;
                  let g = JSON.parse(atob(f));
                  if (
                    ("typ" in g && g?.typ !== "JWT") ||
                    !g.alg ||
                    (d && (!("alg" in g) || g.alg !== d))
                  )
                    return !1;
                  return !0;
                } catch {
                  return !1;
                }
              })(e.value, d.alg) &&
                e.issues.push({
                  code: "invalid_format",
                  format: "jwt",
                  input: e.value,
                  inst: c,
                  continue: !d.abort,
                });
            }));
        })),
      dn =
        ((c, d) => {
          (cS.init(c, d),
            (c._zod.check = (e) => {
              d.fn(e.value) ||
                e.issues.push({
                  code: "invalid_format",
                  format: d.format,
                  input: e.value,
                  inst: c,
                  continue: !d.abort,
                });
            }));
        },
        a2("$ZodNumber", (c, d) => {
          (cN.init(c, d),
            (c._zod.pattern = bQ),
            (c._zod.parse = (e, f) => {
              if (d.coerce)
                try {
                  e.value = Number(e.value);
                } catch (c) {}
              let g = e.value;
              if ("number" == typeof g && !Number.isNaN(g) && Number.isFinite(g)) return e;
              let h =
                "number" == typeof g
                  ? Number.isNaN(g)
                    ? "NaN"
                    : Number.isFinite(g)
                      ? void 0
                      : String(g)
                  : void 0;
              return (
                e.issues.push({
                  expected: "number",
                  code: "invalid_type",
                  input: g,
                  inst: c,
                  ...(h ? { received: h } : {}),
                }),
                e
              );
            }));
        })),
      dp = a2("$ZodNumberFormat", (c, d) => {
        (cd.init(c, d), dn.init(c, d));
      }),
      dq = a2("$ZodBoolean", (c, d) => {
        (cN.init(c, d),
          (c._zod.pattern = bR),
          (c._zod.parse = (e, f) => {
            if (d.coerce)
              try {
                e.value = !!e.value;
              } catch (c) {}
            let g = e.value;
            return (
              "boolean" == typeof g ||
                e.issues.push({ expected: "boolean", code: "invalid_type", input: g, inst: c }),
              e
            );
          }));
      }),
      dr = a2("$ZodBigInt", (c, d) => {
        (cN.init(c, d),
          (c._zod.pattern = bO),
          (c._zod.parse = (e, f) => {
            if (d.coerce)
              try {
                e.value = BigInt(e.value);
              } catch (c) {}
            return (
              "bigint" == typeof e.value ||
                e.issues.push({
                  expected: "bigint",
                  code: "invalid_type",
                  input: e.value,
                  inst: c,
                }),
              e
            );
          }));
      }),
      ds =
        ((c, d) => {
          (ce.init(c, d), dr.init(c, d));
        },
        a2("$ZodUnknown", (c, d) => {
          (cN.init(c, d), (c._zod.parse = (c) => c));
        })),
      dt = a2("$ZodNever", (c, d) => {
        (cN.init(c, d),
          (c._zod.parse = (d, e) => (
            d.issues.push({ expected: "never", code: "invalid_type", input: d.value, inst: c }),
            d
          )));
      }),
      du =
        ((c, d) => {
          (cN.init(c, d),
            (c._zod.parse = (d, e) => {
              let f = d.value;
              return (
                void 0 === f ||
                  d.issues.push({ expected: "void", code: "invalid_type", input: f, inst: c }),
                d
              );
            }));
        },
        a2("$ZodDate", (c, d) => {
          (cN.init(c, d),
            (c._zod.parse = (e, f) => {
              if (d.coerce)
                try {
                  e.value = new Date(e.value);
                } catch (c) {}
              let g = e.value,
                h = g instanceof Date;
              return (
                (h && !Number.isNaN(g.getTime())) ||
                  e.issues.push({
                    expected: "date",
                    code: "invalid_type",
                    input: g,
                    ...(h ? { received: "Invalid Date" } : {}),
                    inst: c,
                  }),
                e
              );
            }));
        }));
    function dv(c, d) {
      let e = aA(c._zod.def.checks);
      if (!e.length) return;
      let f = Math.min(...e.map((c) => c[0])),
        g = c._zod.parse;
      c._zod.parse = (e, h) => {
        let i = d(e.value);
        if (i > f && !h?.skipChecks && h?.direction !== "backward") {
          for (let [d, f] of aA(c._zod.def.checks))
            if (i > d && f._zod.def.when(e)) {
              let d = e.issues.length;
              return (f._zod.check(e), (e.issues[d].continue = !1), aB(e.issues, d, c), e);
            }
        }
        return g(e, h);
      };
    }
    let dw = (c) => (Array.isArray(c) ? c.length : -1),
      dx = (c) => (c instanceof Map ? c.size : -1),
      dy = (c) => (c instanceof Set ? c.size : -1);
    function dz(c, d, e) {
      (c.issues.length && d.issues.push(...ay(e, c.issues)), (d.value[e] = c.value));
    }
    let dA = a2("$ZodArray", (c, d) => {
      cN.init(c, d);
      let e = a5.memoizer;
      (e?.attach(c),
        (c._zod.parse = (f, g) => {
          let h = f.value;
          if (!Array.isArray(h))
            return (
              f.issues.push({ expected: "array", code: "invalid_type", input: h, inst: c }),
              f
            );
          f.value = e ? e.alloc(c, f, Array(h.length), g) : Array(h.length);
          let i = [],
            j = g?.abortEarly;
          for (let c = 0; c < h.length; c++) {
            let e = h[c],
              k = d.element._zod.run({ value: e, issues: [] }, g);
            if (k instanceof Promise) i.push(k.then((d) => dz(d, f, c)));
            else if ((dz(k, f, c), j && 0 !== k.issues.length && aw(k))) break;
          }
          return i.length ? Promise.all(i).then(() => f) : f;
        }),
        dv(c, dw));
    });
    function dB(c, d, e, f, g, h) {
      let i = e in f,
        j = "optional" === h;
      if (i || !j || "optional" !== g) {
        if (c.issues.length) {
          if (void 0 !== g && j && !i) return;
          d.issues.push(...ay(e, c.issues));
        }
        if (!i && void 0 === g) {
          c.issues.length ||
            d.issues.push({
              code: "invalid_type",
              expected: "nonoptional",
              input: void 0,
              path: [e],
            });
          return;
        }
        void 0 === c.value
          ? (i || ("defaulted" === g && !j)) && (d.value[e] = void 0)
          : (d.value[e] = c.value);
      }
    }
    let dC = [];
    function dD(c) {
      let d = Object.keys(c.shape),
        e = Object.getOwnPropertySymbols(c.shape),
        f = e.length ? e : dC,
        g = f.length ? [...d, ...f] : d;
      for (let d of g)
        if (!c.shape?.[d]?._zod?.traits?.has("$ZodType"))
          throw Error(`Invalid element at key "${String(d)}": expected a Zod schema`);
      let h = ak(c.shape);
      return {
        ...c,
        allKeys: g,
        symbolKeys: f,
        keySet: new Set(d),
        numKeys: d.length,
        optionalKeys: new Set(h),
      };
    }
    function dE(c, d, e, f, g, h, i) {
      let j = [],
        k = g.keySet,
        l = g.catchall._zod,
        m = l.def.type,
        n = l.optin,
        o = l.optout,
        p = 0;
      for (let g in d) {
        if (i && e.issues.length !== p) {
          if (aw(e, p)) break;
          p = e.issues.length;
        }
        if (k.has(g)) continue;
        if ("__proto__" === g) {
          "never" === m && j.push(g);
          continue;
        }
        if ("never" === m) {
          j.push(g);
          continue;
        }
        let h = l.run({ value: d[g], issues: [] }, f);
        h instanceof Promise ? c.push(h.then((c) => dB(c, e, g, d, n, o))) : dB(h, e, g, d, n, o);
      }
      return (j.length &&
        e.issues.push({ code: "unrecognized_keys", keys: j, input: d, inst: h, continue: !0 }),
      c.length)
        ? Promise.all(c).then(() => e)
        : e;
    }
    let dF = a2("$ZodObject", (c, d) => {
        let e;
        cN.init(c, d);
        let f = Object.getOwnPropertyDescriptor(d, "shape"),
          g = f?.get ? f.get.raw : (d.shape ?? {});
        if (g) {
          let c = () => {
            let e = { ...g };
            return (Object.defineProperty(d, "shape", { value: e }), (c.raw = e), e);
          };
          ((c.raw = g), Object.defineProperty(d, "shape", { get: c }));
        }
        let h = E(() => dD(d));
        aX(c, "propValues", (c) => {
          let d = c.def.shape,
            e = {};
          for (let c in d) {
            let f = d[c]._zod;
            if (f.values) {
              for (let d of (Object.prototype.hasOwnProperty.call(e, c) || L(e, c, new Set()),
              f.values))
                e[c].add(d);
              void 0 !== f.optin && e[c].add(void 0);
            }
          }
          return e;
        });
        let i = d.catchall,
          j = a5.memoizer;
        (j?.attach(c),
          (c._zod.parse = (d, f) => {
            e ?? (e = h.value);
            let g = d.value;
            if (!Z(g))
              return (
                d.issues.push({ expected: "object", code: "invalid_type", input: g, inst: c }),
                d
              );
            d.value = j ? j.alloc(c, d, {}, f) : {};
            let k = [],
              l = e.shape,
              m = f?.abortEarly,
              n = d.issues.length;
            for (let c of e.allKeys) {
              if (m && d.issues.length !== n) {
                if (aw(d, n)) break;
                n = d.issues.length;
              }
              if ("__proto__" === c) continue;
              let e = l[c],
                h = e._zod.optin,
                i = e._zod.optout,
                j = e._zod.run({ value: g[c], issues: [] }, f);
              j instanceof Promise
                ? k.push(j.then((e) => dB(e, d, c, g, h, i)))
                : dB(j, d, c, g, h, i);
            }
            return i
              ? dE(k, g, d, f, h.value, c, !0 === m)
              : k.length
                ? Promise.all(k).then(() => d)
                : d;
          }));
      }),
      dG = a2("$ZodObjectJIT", (c, d) => {
        let e, f;
        dF.init(c, d);
        let g = c._zod.parse,
          h = E(() => dD(d)),
          i = a5.memoizer,
          j = !a5.jitless,
          k = j && $.value,
          l = d.catchall;
        c._zod.parse = (m, n) => {
          f ?? (f = h.value);
          let o = m.value;
          return Z(o)
            ? j && k && n?.async === !1 && !0 !== n.jitless
              ? (e ||
                  (e = ((d) => {
                    let e = h.value,
                      f = e.symbolKeys,
                      g = new cu(["payload", "ctx"], { shape: d, inst: c, memo: i, syms: f }),
                      j = (c) => `shape[${c}]._zod.run({ value: input[${c}], issues: [] }, ctx)`,
                      k = (c, d) => `
          let ${c}_ab = false;
          for (let i = 0; i < ${c}.issues.length; i++) {
            const iss = ${c}.issues[i];
            iss.path = iss.path ? [${d}, ...iss.path] : [${d}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${c}_ab = true;
          }
          if (${c}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
                    g.write("const input = payload.value;");
                    let l = Object.create(null),
                      m = 0;
                    for (let c of e.allKeys) l[c] = `key_${m++}`;
                    for (let c of (g.write(
                      i
                        ? "const newResult = memo.alloc(inst, payload, {}, ctx);"
                        : "const newResult = {};",
                    ),
                    e.allKeys)) {
                      if ("__proto__" === c) continue;
                      let e = l[c],
                        h = "symbol" == typeof c ? `syms[${f.indexOf(c)}]` : W(c),
                        i = `${h} in input`,
                        m = d[c],
                        n = m?._zod?.optin,
                        o = void 0 !== n,
                        p = m?._zod?.optout === "optional";
                      if ((g.write(`const ${e} = ${j(h)};`), o && p)) {
                        let c =
                          "optional" === n
                            ? `${e}_present`
                            : `${e}.value !== undefined || ${e}_present`;
                        g.write(`
        const ${e}_present = ${i};
        if (!${e}.issues.length || ${e}_present) {
          if (${e}.issues.length) {${k(e, h)}
          }

          if (${c}) {
            newResult[${h}] = ${e}.value;
          }
        }

      `);
                      } else
                        o
                          ? (g.write(`
        if (${e}.issues.length) {${k(e, h)}
        }
      `),
                            "defaulted" === n
                              ? g.write(`newResult[${h}] = ${e}.value;`)
                              : g.write(`
        if (${e}.value !== undefined || ${i}) {
          newResult[${h}] = ${e}.value;
        }
      `))
                          : g.write(`
        const ${e}_present = ${i};
        if (${e}.issues.length) {${k(e, h)}
        }
        if (!${e}_present && !${e}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${h}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${e}_present) {
          newResult[${h}] = ${e}.value;
        }

      `);
                    }
                    return (
                      g.write("payload.value = newResult;"),
                      g.write("return payload;"),
                      g.compile()
                    );
                  })(d.shape)),
                (m = e(m, n)),
                l)
                ? dE([], o, m, n, f, c, n?.abortEarly === !0)
                : m
              : g(m, n)
            : (m.issues.push({ expected: "object", code: "invalid_type", input: o, inst: c }), m);
        };
      });
    function dH(c, d, e, f) {
      for (let e of c) if (0 === e.issues.length) return ((d.value = e.value), d);
      let g = c.filter((c) => !aw(c));
      return 1 === g.length
        ? ((d.value = g[0].value), g[0])
        : (d.issues.push({
            code: "invalid_union",
            input: d.value,
            inst: e,
            errors: c.map((c) => c.issues.map((c) => aC(c, f, a6()))),
          }),
          d);
    }
    let dI = a2("$ZodUnion", (c, d) => {
      (cN.init(c, d),
        aX(c, "optin", (c) =>
          c.def.options.some((c) => "defaulted" === c._zod.optin)
            ? "defaulted"
            : c.def.options.some((c) => void 0 !== c._zod.optin)
              ? "optional"
              : void 0,
        ),
        aX(c, "optout", (c) =>
          c.def.options.some((c) => "optional" === c._zod.optout) ? "optional" : void 0,
        ),
        aX(c, "values", (c) => {
          if (c.def.options.every((c) => c._zod.values))
            return new Set(c.def.options.flatMap((c) => Array.from(c._zod.values)));
        }),
        aX(c, "pattern", (c) => {
          if (c.def.options.every((c) => c._zod.pattern)) {
            let d = c.def.options.map((c) => c._zod.pattern);
            return RegExp(`^(${d.map((c) => G(c.source)).join("|")})$`);
          }
        }));
      let e = 1 === d.options.length ? d.options[0]._zod.run : null;
      c._zod.parse = (f, g) => {
        if (e) return e(f, g);
        let h = !1,
          i = [];
        for (let c of d.options) {
          let d = c._zod.run({ value: f.value, issues: [] }, g);
          if (d instanceof Promise) (i.push(d), (h = !0));
          else {
            if (0 === d.issues.length) return d;
            i.push(d);
          }
        }
        return h ? Promise.all(i).then((d) => dH(d, f, c, g)) : dH(i, f, c, g);
      };
    });
    function dJ(c, d, e, f) {
      let g = [];
      for (let d = 0; d < c.length; d++) 0 === c[d].issues.length && g.push(d);
      return (
        1 === g.length
          ? (d.value = c[g[0]].value)
          : 0 === g.length
            ? d.issues.push({
                code: "invalid_union",
                input: d.value,
                inst: e,
                errors: c.map((c) => c.issues.map((c) => aC(c, f, a6()))),
              })
            : d.issues.push({
                code: "invalid_union",
                input: d.value,
                inst: e,
                errors: [],
                inclusive: !1,
                matches: g,
              }),
        d
      );
    }
    ((c, d) => {
      (dI.init(c, d), (d.inclusive = !1));
      let e = 1 === d.options.length ? d.options[0]._zod.run : null;
      c._zod.parse = (f, g) => {
        if (e) return e(f, g);
        let h = !1,
          i = [];
        for (let c of d.options) {
          let d = c._zod.run({ value: f.value, issues: [] }, g);
          d instanceof Promise ? (i.push(d), (h = !0)) : i.push(d);
        }
        return h ? Promise.all(i).then((d) => dJ(d, f, c, g)) : dJ(i, f, c, g);
      };
    },
      (c, d) => {
        ((d.inclusive = !1), dI.init(c, d));
        let e = c._zod.parse;
        (aX(c, "propValues", (c) => {
          let d = {},
            e = 0;
          for (let f of c.def.options) {
            let g = f._zod.propValues;
            if (!g || 0 === Object.keys(g).length)
              throw Error(
                `Invalid discriminated union option at index "${c.def.options.indexOf(f)}"`,
              );
            for (let [f, h] of (g[c.def.discriminator]?.has(void 0) && e++, Object.entries(g)))
              for (let c of (Object.prototype.hasOwnProperty.call(d, f) || L(d, f, new Set()), h))
                d[f].add(c);
          }
          return (!c.def.unionFallback && e > 1 && d[c.def.discriminator]?.delete(void 0), d);
        }),
          d.options.forEach((c, e) => {
            let f = M(c._zod.def);
            if (f && !Object.prototype.hasOwnProperty.call(f, d.discriminator))
              throw Error(`Invalid discriminated union option at index "${e}"`);
          }));
        let f = E(() =>
          (function (c) {
            let d = new Map();
            for (let e of c.options) {
              let f = e._zod.propValues?.[c.discriminator];
              if (!f || 0 === f.size)
                throw Error(
                  `Invalid discriminated union option at index "${c.options.indexOf(e)}"`,
                );
              for (let c of f)
                if (d.has(c)) {
                  if (void 0 !== c) throw Error(`Duplicate discriminator value "${String(c)}"`);
                  d.set(c, null);
                } else d.set(c, e);
            }
            return d;
          })(d),
        );
        c._zod.parse = (g, h) => {
          let i = g.value;
          if (!Z(i))
            return (
              g.issues.push({ code: "invalid_type", expected: "object", input: i, inst: c }),
              g
            );
          let j = i?.[d.discriminator],
            k = f.value.get(j);
          return k && (void 0 !== j || "backward" !== h.direction)
            ? k._zod.run(g, h)
            : d.unionFallback || "backward" === h.direction
              ? e(g, h)
              : (g.issues.push({
                  code: "invalid_union",
                  errors: [],
                  note: "No matching discriminator",
                  discriminator: d.discriminator,
                  options: Array.from(f.value.keys()).filter((c) => null !== f.value.get(c)),
                  input: i,
                  path: [d.discriminator],
                  inst: c,
                }),
                g);
        };
      });
    let dK = a2("$ZodIntersection", (c, d) => {
      (cN.init(c, d),
        (c._zod.parse = (c, e) => {
          let f = c.value,
            g = d.left._zod.run({ value: f, issues: [] }, e),
            h = d.right._zod.run({ value: f, issues: [] }, e);
          return g instanceof Promise || h instanceof Promise
            ? Promise.all([g, h]).then(([d, e]) => dL(c, d, e))
            : dL(c, g, h);
        }));
    });
    function dL(c, d, e) {
      let f,
        g = new Map(),
        h = new Map(),
        i = (c, d) => {
          let e;
          if ("unrecognized_keys" !== c.code || c.path?.length)
            if ("invalid_key" !== c.code || "record" !== c.origin || c.path?.length !== 1)
              return !1;
            else {
              let d = String(c.path[0]);
              (h.has(d) || h.set(d, c), (e = [d]));
            }
          else (f ?? (f = c), (e = c.keys));
          for (let c of e) (g.has(c) || g.set(c, {}), (g.get(c)[d] = !0));
          return !0;
        };
      for (let e of d.issues) i(e, "l") || c.issues.push(e);
      for (let d of e.issues) i(d, "r") || c.issues.push(d);
      let j = [...g].filter(([, c]) => c.l && c.r).map(([c]) => c);
      if (j.length) {
        let d = f ? j.filter((c) => f.keys.includes(c)) : [];
        for (let e of (d.length && c.issues.push({ ...f, keys: d }), j))
          !d.includes(e) && h.has(e) && c.issues.push(h.get(e));
      }
      let k = (function c(d, e) {
        if (d === e || (d instanceof Date && e instanceof Date && +d == +e))
          return { valid: !0, data: d };
        if (_(d) && _(e)) {
          let f = Object.keys(e),
            g = Object.keys(d).filter((c) => -1 !== f.indexOf(c)),
            h = { ...d, ...e };
          for (let f of (Object.prototype.hasOwnProperty.call(h, "__proto__") && delete h.__proto__,
          g)) {
            if ("__proto__" === f) continue;
            let g = c(d[f], e[f]);
            if (!g.valid) return { valid: !1, mergeErrorPath: [f, ...g.mergeErrorPath] };
            h[f] = g.data;
          }
          return { valid: !0, data: h };
        }
        if (Array.isArray(d) && Array.isArray(e)) {
          if (d.length !== e.length) return { valid: !1, mergeErrorPath: [] };
          let f = [];
          for (let g = 0; g < d.length; g++) {
            let h = c(d[g], e[g]);
            if (!h.valid) return { valid: !1, mergeErrorPath: [g, ...h.mergeErrorPath] };
            f.push(h.data);
          }
          return { valid: !0, data: f };
        }
        return { valid: !1, mergeErrorPath: [] };
      })(d.value, e.value);
      if (!k.valid) {
        if (aw(c)) return c;
        throw Error(`Unmergable intersection. Error path: ${JSON.stringify(k.mergeErrorPath)}`);
      }
      return ((c.value = k.data), c);
    }
    let dM = a2("$ZodTuple", (c, d) => {
      cN.init(c, d);
      let e = d.items,
        f = a5.memoizer;
      (f?.attach(c),
        (c._zod.parse = (g, h) => {
          let i = g.value;
          if (!Array.isArray(i))
            return (
              g.issues.push({ input: i, inst: c, expected: "tuple", code: "invalid_type" }),
              g
            );
          g.value = f ? f.alloc(c, g, [], h) : [];
          let j = [],
            k = dN(e, "optin"),
            l = dN(e, "optout");
          if (!d.rest) {
            if (i.length < k)
              return (
                g.issues.push({
                  code: "too_small",
                  minimum: k,
                  inclusive: !0,
                  input: i,
                  inst: c,
                  origin: "array",
                }),
                g
              );
            i.length > e.length &&
              g.issues.push({
                code: "too_big",
                maximum: e.length,
                inclusive: !0,
                input: i,
                inst: c,
                origin: "array",
              });
          }
          let m = Array(e.length),
            n = d.rest ? h?.abortEarly : void 0,
            o = !1;
          for (let c = 0; c < e.length; c++) {
            let d = e[c]._zod.run({ value: i[c], issues: [] }, h);
            d instanceof Promise
              ? j.push(
                  d.then((d) => {
                    m[c] = d;
                  }),
                )
              : ((m[c] = d), n && !o && d.issues.length && (o = aw(d)));
          }
          if (d.rest && !o) {
            let c = e.length - 1,
              f = i.slice(e.length),
              k = g.issues.length;
            for (let e of f) {
              if (n && g.issues.length !== k) {
                if (aw(g, k)) break;
                k = g.issues.length;
              }
              c++;
              let f = d.rest._zod.run({ value: e, issues: [] }, h);
              f instanceof Promise ? j.push(f.then((d) => dO(d, g, c))) : dO(f, g, c);
            }
          }
          return j.length ? Promise.all(j).then(() => dP(m, g, e, i, l)) : dP(m, g, e, i, l);
        }));
    });
    function dN(c, d) {
      for (let e = c.length - 1; e >= 0; e--)
        if (!("optin" === d ? void 0 !== c[e]._zod.optin : "optional" === c[e]._zod.optout))
          return e + 1;
      return 0;
    }
    function dO(c, d, e) {
      (c.issues.length && d.issues.push(...ay(e, c.issues)), (d.value[e] = c.value));
    }
    function dP(c, d, e, f, g) {
      for (let h = 0; h < e.length; h++) {
        let i = c[h],
          j = h < f.length;
        if (!j && h >= g && "optional" === e[h]._zod.optin) {
          d.value.length = h;
          break;
        }
        if (i.issues.length) {
          if (!j && h >= g) {
            d.value.length = h;
            break;
          }
          d.issues.push(...ay(h, i.issues));
        }
        d.value[h] = i.value;
      }
      for (let c = d.value.length - 1; c >= f.length; c--)
        if ("optional" === e[c]._zod.optout && void 0 === d.value[c]) d.value.length = c;
        else break;
      return d;
    }
    let dQ = a2("$ZodRecord", (c, d) => {
      cN.init(c, d);
      let e = a5.memoizer;
      (e?.attach(c),
        (c._zod.parse = (f, g) => {
          let h = f.value;
          if (!_(h))
            return (
              f.issues.push({ expected: "record", code: "invalid_type", input: h, inst: c }),
              f
            );
          let i = [],
            j = d.keyType._zod.values;
          if (j && !d.partial) {
            let k;
            f.value = e ? e.alloc(c, f, {}, g) : {};
            let l = new Set();
            for (let e of j)
              if ("string" == typeof e || "number" == typeof e || "symbol" == typeof e) {
                if ((l.add("number" == typeof e ? e.toString() : e), "__proto__" === e)) continue;
                let j = d.keyType._zod.run({ value: e, issues: [] }, g);
                if (j instanceof Promise)
                  throw Error("Async schemas not supported in object keys currently");
                if (j.issues.length) {
                  f.issues.push({
                    code: "invalid_key",
                    origin: "record",
                    issues: j.issues.map((c) => aC(c, g, a6())),
                    input: e,
                    path: [e],
                    inst: c,
                  });
                  continue;
                }
                let k = j.value;
                if ("__proto__" === k) continue;
                let m = d.valueType._zod.run({ value: h[e], issues: [] }, g);
                m instanceof Promise
                  ? i.push(
                      m.then((c) => {
                        (c.issues.length && f.issues.push(...ay(e, c.issues)),
                          (f.value[k] = c.value));
                      }),
                    )
                  : (m.issues.length && f.issues.push(...ay(e, m.issues)), (f.value[k] = m.value));
              }
            for (let c in h)
              if (!l.has(c))
                if ("loose" === d.mode) {
                  if ("__proto__" === c) continue;
                  f.value[c] = h[c];
                } else (k = k ?? []).push(c);
            k &&
              k.length > 0 &&
              f.issues.push({
                code: "unrecognized_keys",
                input: h,
                inst: c,
                keys: k,
                continue: !0,
              });
          } else {
            let k;
            for (let l of ((f.value = e ? e.alloc(c, f, {}, g) : {}), Reflect.ownKeys(h))) {
              if ("__proto__" === l || !Object.prototype.propertyIsEnumerable.call(h, l)) continue;
              let e = d.keyType._zod.run({ value: l, issues: [] }, g);
              if (e instanceof Promise)
                throw Error("Async schemas not supported in object keys currently");
              if ("string" == typeof l && bQ.test(l) && e.issues.length) {
                let c = d.keyType._zod.run({ value: Number(l), issues: [] }, g);
                if (c instanceof Promise)
                  throw Error("Async schemas not supported in object keys currently");
                0 === c.issues.length && (e = c);
              }
              if (e.issues.length) {
                "loose" === d.mode
                  ? (f.value[l] = h[l])
                  : j
                    ? (k = k ?? []).push(l)
                    : f.issues.push({
                        code: "invalid_key",
                        origin: "record",
                        issues: e.issues.map((c) => aC(c, g, a6())),
                        input: l,
                        path: [l],
                        inst: c,
                      });
                continue;
              }
              let m = e.value;
              if ("__proto__" === m) continue;
              let n = d.valueType._zod.run({ value: h[l], issues: [] }, g);
              n instanceof Promise
                ? i.push(
                    n.then((c) => {
                      (c.issues.length && f.issues.push(...ay(l, c.issues)),
                        (f.value[m] = c.value));
                    }),
                  )
                : (n.issues.length && f.issues.push(...ay(l, n.issues)), (f.value[m] = n.value));
            }
            k &&
              k.length > 0 &&
              f.issues.push({
                code: "unrecognized_keys",
                input: h,
                inst: c,
                keys: k,
                continue: !0,
              });
          }
          return i.length ? Promise.all(i).then(() => f) : f;
        }));
    });
    function dR(c, d, e, f, g, h, i) {
      (c.issues.length &&
        (ad.has(typeof f)
          ? e.issues.push(...ay(f, c.issues))
          : e.issues.push({
              code: "invalid_key",
              origin: "map",
              input: g,
              inst: h,
              issues: c.issues.map((c) => aC(c, i, a6())),
            })),
        d.issues.length &&
          (ad.has(typeof f)
            ? e.issues.push(...ay(f, d.issues))
            : e.issues.push({
                origin: "map",
                code: "invalid_element",
                input: g,
                inst: h,
                key: f,
                issues: d.issues.map((c) => aC(c, i, a6())),
              })),
        e.value.set(c.value, d.value));
    }
    function dS(c, d) {
      (c.issues.length && d.issues.push(...c.issues), d.value.add(c.value));
    }
    ((c, d) => {
      cN.init(c, d);
      let e = a5.memoizer;
      (e?.attach(c),
        (c._zod.parse = (f, g) => {
          let h = f.value;
          if (!(h instanceof Map))
            return (f.issues.push({ expected: "map", code: "invalid_type", input: h, inst: c }), f);
          let i = [];
          f.value = e ? e.alloc(c, f, new Map(), g) : new Map();
          let j = g?.abortEarly,
            k = f.issues.length;
          for (let [e, l] of h) {
            if (j && f.issues.length !== k) {
              if (aw(f, k)) break;
              k = f.issues.length;
            }
            let m = d.keyType._zod.run({ value: e, issues: [] }, g),
              n = d.valueType._zod.run({ value: l, issues: [] }, g);
            m instanceof Promise || n instanceof Promise
              ? i.push(
                  Promise.all([m, n]).then(([d, i]) => {
                    dR(d, i, f, e, h, c, g);
                  }),
                )
              : dR(m, n, f, e, h, c, g);
          }
          return i.length ? Promise.all(i).then(() => f) : f;
        }),
        dv(c, dx));
    },
      (c, d) => {
        cN.init(c, d);
        let e = a5.memoizer;
        (e?.attach(c),
          (c._zod.parse = (f, g) => {
            let h = f.value;
            if (!(h instanceof Set))
              return (
                f.issues.push({ input: h, inst: c, expected: "set", code: "invalid_type" }),
                f
              );
            let i = [];
            f.value = e ? e.alloc(c, f, new Set(), g) : new Set();
            let j = g?.abortEarly,
              k = f.issues.length;
            for (let c of h) {
              if (j && f.issues.length !== k) {
                if (aw(f, k)) break;
                k = f.issues.length;
              }
              let e = d.valueType._zod.run({ value: c, issues: [] }, g);
              e instanceof Promise ? i.push(e.then((c) => dS(c, f))) : dS(e, f);
            }
            return i.length ? Promise.all(i).then(() => f) : f;
          }),
          dv(c, dy));
      });
    let dT = a2("$ZodEnum", (c, d) => {
        cN.init(c, d);
        let e = A(d.entries),
          f = new Set(e);
        ((c._zod.values = f),
          aX(c, "pattern", (c) => {
            let d = A(c.def.entries).filter((c) => ad.has(typeof c));
            return new RegExp(
              d.length ? `^(${d.map((c) => af(c.toString())).join("|")})$` : "^[^\\s\\S]$",
            );
          }),
          (c._zod.parse = (d, g) => {
            let h = d.value;
            return (
              f.has(h) || d.issues.push({ code: "invalid_value", values: e, input: h, inst: c }),
              d
            );
          }));
      }),
      dU =
        ((c, d) => {
          cN.init(c, d);
          let e = new Set(d.values);
          ((c._zod.values = e),
            aX(c, "pattern", (c) => {
              let d = c.def.values;
              return new RegExp(
                d.length
                  ? `^(${d.map((c) => ("string" == typeof c ? af(c) : c ? af(c.toString()) : String(c))).join("|")})$`
                  : "^[^\\s\\S]$",
              );
            }),
            (c._zod.parse = (f, g) => {
              let h = f.value;
              return (
                e.has(h) ||
                  f.issues.push({ code: "invalid_value", values: d.values, input: h, inst: c }),
                f
              );
            }));
        },
        a2("$ZodTransform", (c, d) => {
          (cN.init(c, d),
            (c._zod.optin = "optional"),
            a5.memoizer?.guard(c),
            (c._zod.parse = (e, f) => {
              if ("backward" === f.direction) throw new a4(c.constructor.name);
              let g = d.transform(e.value, e);
              if (f.async)
                return (g instanceof Promise ? g : Promise.resolve(g)).then(
                  (c) => ((e.value = c), e),
                );
              if (g instanceof Promise) throw new a3();
              return ((e.value = g), e);
            }));
        }));
    function dV(c, d) {
      return ((c.value = d.issues.length ? void 0 : d.value), c);
    }
    let dW = a2("$ZodOptional", (c, d) => {
        (cN.init(c, d),
          aX(c, "optin", (c) =>
            "defaulted" === c.def.innerType._zod.optin ? "defaulted" : "optional",
          ),
          (c._zod.optout = "optional"),
          aX(c, "values", (c) => {
            let d = c.def.innerType._zod.values;
            return d ? new Set([...d, void 0]) : void 0;
          }),
          aX(c, "pattern", (c) => {
            let d = c.def.innerType._zod.pattern;
            return d ? RegExp(`^(${G(d.source)})?$`) : void 0;
          }),
          (c._zod.parse = (c, e) => {
            if (void 0 === c.value) {
              if ("defaulted" !== d.innerType._zod.optin) return c;
              let f = d.innerType._zod.run({ value: c.value, issues: [] }, e);
              return f instanceof Promise ? f.then((d) => dV(c, d)) : dV(c, f);
            }
            return d.innerType._zod.run(c, e);
          }));
      }),
      dX = a2("$ZodExactOptional", (c, d) => {
        (dW.init(c, d),
          aX(c, "values", (c) => c.def.innerType._zod.values),
          aX(c, "pattern", (c) => c.def.innerType._zod.pattern),
          (c._zod.parse = (c, e) => d.innerType._zod.run(c, e)));
      }),
      dY = a2("$ZodNullable", (c, d) => {
        (cN.init(c, d),
          aX(c, "optin", (c) => c.def.innerType._zod.optin),
          aX(c, "optout", (c) => c.def.innerType._zod.optout),
          aX(c, "pattern", (c) => {
            let d = c.def.innerType._zod.pattern;
            return d ? RegExp(`^(${G(d.source)}|null)$`) : void 0;
          }),
          aX(c, "values", (c) =>
            c.def.innerType._zod.values ? new Set([...c.def.innerType._zod.values, null]) : void 0,
          ),
          (c._zod.parse = (c, e) => (null === c.value ? c : d.innerType._zod.run(c, e))));
      }),
      dZ = a2("$ZodDefault", (c, d) => {
        (cN.init(c, d),
          (c._zod.optin = "defaulted"),
          aX(c, "values", (c) => c.def.innerType._zod.values),
          (c._zod.parse = (c, e) => {
            if ("backward" === e.direction) return d.innerType._zod.run(c, e);
            if (void 0 === c.value) return ((c.value = d.defaultValue), c);
            let f = d.innerType._zod.run(c, e);
            return f instanceof Promise ? f.then((c) => d$(c, d)) : d$(f, d);
          }));
      });
    function d$(c, d) {
      return (void 0 === c.value && (c.value = d.defaultValue), c);
    }
    let d_ = a2("$ZodPrefault", (c, d) => {
        (cN.init(c, d),
          (c._zod.optin = "defaulted"),
          aX(c, "values", (c) => c.def.innerType._zod.values),
          (c._zod.parse = (c, e) => (
            "backward" === e.direction || (void 0 === c.value && (c.value = d.defaultValue)),
            d.innerType._zod.run(c, e)
          )));
      }),
      d0 = a2("$ZodNonOptional", (c, d) => {
        (cN.init(c, d),
          aX(c, "values", (c) => {
            let d = c.def.innerType._zod.values;
            return d ? new Set([...d].filter((c) => void 0 !== c)) : void 0;
          }),
          (c._zod.parse = (e, f) => {
            let g = d.innerType._zod.run(e, f);
            return g instanceof Promise ? g.then((d) => d1(d, c)) : d1(g, c);
          }));
      });
    function d1(c, d) {
      return (
        c.issues.length ||
          void 0 !== c.value ||
          c.issues.push({ code: "invalid_type", expected: "nonoptional", input: c.value, inst: d }),
        c
      );
    }
    function d2(c, d, e, f) {
      return (
        d.issues.length
          ? (c.value = e.catchValue({
              ...d,
              value: c.value,
              error: { issues: d.issues.map((c) => aC(c, f, a6())) },
              input: c.value,
            }))
          : ((c.value = d.value), d.memo && (c.memo = !0)),
        c
      );
    }
    (c, d) => {
      (cN.init(c, d),
        (c._zod.parse = (c, e) => {
          if ("backward" === e.direction) throw new a4("ZodSuccess");
          let f = d.innerType._zod.run(c, e);
          return f instanceof Promise
            ? f.then((d) => ((c.value = 0 === d.issues.length), c))
            : ((c.value = 0 === f.issues.length), c);
        }));
    };
    let d3 = a2("$ZodCatch", (c, d) => {
        (cN.init(c, d),
          aX(c, "optin", (c) =>
            "defaulted" === c.def.innerType._zod.optin ? "defaulted" : "optional",
          ),
          aX(c, "optout", (c) => c.def.innerType._zod.optout),
          aX(c, "values", (c) => c.def.innerType._zod.values),
          (c._zod.parse = (c, e) => {
            if ("backward" === e.direction) return d.innerType._zod.run(c, e);
            let f = d.innerType._zod.run({ value: c.value, issues: [] }, e);
            return f instanceof Promise ? f.then((f) => d2(c, f, d, e)) : d2(c, f, d, e);
          }));
      }),
      d4 =
        ((c, d) => {
          (cN.init(c, d),
            (c._zod.parse = (d, e) => (
              ("number" == typeof d.value && Number.isNaN(d.value)) ||
                d.issues.push({ input: d.value, inst: c, expected: "nan", code: "invalid_type" }),
              d
            )));
        },
        a2("$ZodPipe", (c, d) => {
          (cN.init(c, d),
            aX(c, "values", (c) => c.def.in._zod.values),
            aX(c, "optin", (c) => c.def.in._zod.optin),
            aX(c, "optout", (c) => c.def.out._zod.optout),
            aX(c, "propValues", (c) => c.def.in._zod.propValues),
            (c._zod.parse = (c, e) => {
              if ("backward" === e.direction) {
                let f = d.out._zod.run(c, e);
                return f instanceof Promise ? f.then((c) => d5(c, d.in, e)) : d5(f, d.in, e);
              }
              let f = d.in._zod.run(c, e);
              return f instanceof Promise ? f.then((c) => d5(c, d.out, e)) : d5(f, d.out, e);
            }));
        }));
    function d5(c, d, e) {
      return c.issues.some((c) => "unrecognized_keys" !== c.code)
        ? ((c.aborted = !0), c)
        : d._zod.run({ value: c.value, issues: c.issues }, e);
    }
    function d6(c, d, e) {
      if (c.issues.length) return ((c.aborted = !0), c);
      if ("forward" === (e.direction || "forward")) {
        let f = d.transform(c.value, c);
        return f instanceof Promise ? f.then((f) => d7(c, f, d.out, e)) : d7(c, f, d.out, e);
      }
      {
        let f = d.reverseTransform(c.value, c);
        return f instanceof Promise ? f.then((f) => d7(c, f, d.in, e)) : d7(c, f, d.in, e);
      }
    }
    function d7(c, d, e, f) {
      return c.issues.length
        ? ((c.aborted = !0), c)
        : e._zod.run({ value: d, issues: c.issues }, f);
    }
    ((c, d) => {
      (cN.init(c, d),
        aX(c, "values", (c) => c.def.in._zod.values),
        aX(c, "optin", (c) => c.def.in._zod.optin),
        aX(c, "optout", (c) => c.def.out._zod.optout),
        aX(c, "propValues", (c) => c.def.in._zod.propValues),
        (c._zod.parse = (c, e) => {
          if ("forward" === (e.direction || "forward")) {
            let f = d.in._zod.run(c, e);
            return f instanceof Promise ? f.then((c) => d6(c, d, e)) : d6(f, d, e);
          }
          {
            let f = d.out._zod.run(c, e);
            return f instanceof Promise ? f.then((c) => d6(c, d, e)) : d6(f, d, e);
          }
        }));
    },
      (c, d) => {
        d4.init(c, d);
      });
    let d8 = a2("$ZodReadonly", (c, d) => {
      (cN.init(c, d),
        aX(c, "propValues", (c) => c.def.innerType._zod.propValues),
        aX(c, "values", (c) => c.def.innerType._zod.values),
        aX(c, "optin", (c) => c.def.innerType?._zod?.optin),
        aX(c, "optout", (c) => c.def.innerType?._zod?.optout),
        (c._zod.parse = (c, e) => {
          if ("backward" === e.direction) return d.innerType._zod.run(c, e);
          let f = d.innerType._zod.run(c, e);
          return f instanceof Promise ? f.then(d9) : d9(f);
        }));
    });
    function d9(c) {
      return (c.memo || (c.value = Object.freeze(c.value)), c);
    }
    ((c, d) => {
      cN.init(c, d);
      let e = [];
      for (let c of d.parts)
        if ("object" == typeof c && null !== c) {
          let d = (function c(d) {
            let e = d._zod.def,
              f = d._zod.pattern?.source,
              g = e.innerType ?? d._zod.innerType;
            if (g) {
              let d = g._zod.pattern?.source,
                e = c(g);
              return f && d && e && e !== d ? f.replace(G(d), () => G(e)) : f;
            }
            if (e.options) {
              let d = e.options.map(c);
              if (d.every(Boolean)) return `^(${d.map((c) => G(c)).join("|")})$`;
            }
            return (function (c) {
              let d,
                e,
                f = c._zod.def,
                g = f.pattern,
                h = !!f.format?.includes("int");
              for (let c of f.checks ?? []) {
                let f = c._zod.def;
                (f.pattern && (g = f.pattern), h || (h = !!f.format?.includes("int")));
                let i = f.minimum ?? f.length,
                  j = f.maximum ?? f.length;
                (void 0 !== i && (void 0 === d || i > d) && (d = i),
                  void 0 !== j && (void 0 === e || j < e) && (e = j));
              }
              if (g) return g.source;
              if (void 0 !== d && void 0 !== e && d > e) return "(?!)";
              if (void 0 !== d || void 0 !== e) return bN({ minimum: d, maximum: e }).source;
              let i = c._zod.pattern;
              return (h && i === bQ ? bP : i)?.source;
            })(d);
          })(c);
          if (!d)
            throw Error(
              `Invalid template literal part, no pattern found: ${[...c._zod.traits].shift()}`,
            );
          e.push(G(d));
        } else if (null === c || ae.has(typeof c)) e.push(af(`${c}`));
        else throw Error(`Invalid template literal part: ${c}`);
      ((c._zod.pattern = RegExp(`^${e.join("")}$`)),
        (c._zod.parse = (e, f) => (
          "string" != typeof e.value
            ? e.issues.push({ input: e.value, inst: c, expected: "string", code: "invalid_type" })
            : ((c._zod.pattern.lastIndex = 0),
              c._zod.pattern.test(e.value) ||
                e.issues.push({
                  input: e.value,
                  inst: c,
                  code: "invalid_format",
                  format: d.format ?? "template_literal",
                  pattern: c._zod.pattern.source,
                })),
          e
        )));
    },
      (c, d) => {
        (cN.init(c, d),
          J(
            c._zod,
            "innerType",
            () => (d._cachedInner || (d._cachedInner = d.getter()), d._cachedInner),
          ),
          aX(c, "pattern", (c) => c.innerType?._zod?.pattern),
          aX(c, "propValues", (c) => c.innerType?._zod?.propValues),
          aX(c, "optin", (c) => c.innerType?._zod?.optin ?? void 0),
          aX(c, "optout", (c) => c.innerType?._zod?.optout ?? void 0),
          (c._zod.parse = (d, e) => c._zod.innerType._zod.run(d, e)));
      });
    let ea = a2("$ZodCustom", (c, d) => {
      (b6.init(c, d),
        cN.init(c, d),
        (c._zod.parse = (c, d) => c),
        (c._zod.check = (e) => {
          let f = e.value,
            g = d.fn(f);
          if (g instanceof Promise) return g.then((d) => eb(d, e, f, c));
          eb(g, e, f, c);
        }));
    });
    function eb(c, d, e, f) {
      if (!c) {
        let c = {
          code: "custom",
          input: e,
          inst: f,
          path: [...(f._zod.def.path ?? [])],
          continue: !f._zod.def.abort,
        };
        (f._zod.def.params && (c.params = f._zod.def.params), d.issues.push(aI(c)));
      }
    }
    function ec(c) {
      return (c.checks && (c.checks = [...c.checks]), c);
    }
    function ed(c, d) {
      return new c({ type: "string", format: "url", check: "string_format", abort: !1, ...ah(d) });
    }
    function ee(c, d) {
      return new ca({ check: "less_than", ...ah(d), value: c, inclusive: !1 });
    }
    function ef(c, d) {
      return new ca({ check: "less_than", ...ah(d), value: c, inclusive: !0 });
    }
    function eg(c, d) {
      return new cb({ check: "greater_than", ...ah(d), value: c, inclusive: !1 });
    }
    function eh(c, d) {
      return new cb({ check: "greater_than", ...ah(d), value: c, inclusive: !0 });
    }
    function ei(c, d) {
      return new cc({ check: "multiple_of", ...ah(d), value: c });
    }
    function ej(c, d) {
      return new ci({ check: "max_length", ...ah(d), maximum: c });
    }
    function ek(c, d) {
      return new cj({ check: "min_length", ...ah(d), minimum: c });
    }
    function el(c, d) {
      return new ck({ check: "length_equals", ...ah(d), length: c });
    }
    function em(c) {
      return new ct({ check: "overwrite", tx: c });
    }
    c.i(20559);
    var en = c.i(49660),
      en = en,
      eo = en,
      ep = en,
      eq = en,
      er = en,
      es = en,
      et = en,
      eu = en,
      ev = en,
      ew = en,
      ex = en,
      ey = en,
      ez = en,
      eA = en,
      eB = en,
      eC = en;
    function eD(c, ...d) {
      for (let e of d)
        for (let d of Reflect.ownKeys(e))
          Object.prototype.propertyIsEnumerable.call(e, d) && L(c, d, e[d]);
      return c;
    }
    function eE(c) {
      let d = c?.target ?? "draft-2020-12";
      return (
        "draft-4" === d && (d = "draft-04"),
        "draft-7" === d && (d = "draft-07"),
        {
          processors: c.processors ?? {},
          metadataRegistry: c?.metadata ?? bf,
          target: d,
          unrepresentable: c?.unrepresentable ?? "throw",
          override: c?.override ?? (() => {}),
          io: c?.io ?? "output",
          counter: 0,
          seen: new Map(),
          sharedDefsExtractedFor: void 0,
          sharedEmitDoneFor: void 0,
          cycles: c?.cycles ?? "ref",
          reused: c?.reused ?? "inline",
          intersections: [],
          deferred: [],
          external: c?.external ?? void 0,
        }
      );
    }
    function eF(c, d, e, f, g) {
      let h =
        "function" == typeof d.unrepresentable
          ? d.unrepresentable({ zodSchema: c, path: f.path, message: g })
          : d.unrepresentable;
      if ("any" === h) return !1;
      if (void 0 === h || "throw" === h) throw Error(g);
      return (Object.assign(e, h), !0);
    }
    function eG(c, d, e = { path: [], schemaPath: [] }) {
      var f;
      let g = c._zod.def,
        h = d.seen.get(c);
      if (h) return (h.count++, e.schemaPath.includes(c) && (h.cycle = e.path), h.schema);
      let i = { schema: {}, count: 1, cycle: void 0, path: e.path };
      (d.seen.set(c, i), (d.sharedDefsExtractedFor = void 0), (d.sharedEmitDoneFor = void 0));
      let j = c._zod.toJSONSchema?.();
      if (j) i.schema = j;
      else {
        let f = { ...e, schemaPath: [...e.schemaPath, c], path: e.path };
        if (c._zod.processJSONSchema) c._zod.processJSONSchema(d, i.schema, f);
        else {
          let e = i.schema,
            h = d.processors[g.type];
          if (!h) throw Error(`[toJSONSchema]: Non-representable type encountered: ${g.type}`);
          h(c, d, e, f);
        }
        let h = c._zod.parent;
        h && (i.ref || (i.ref = h), eG(h, d, f), (d.seen.get(h).isParent = !0));
      }
      let k = d.metadataRegistry.get(c);
      return (
        k && eD(i.schema, k),
        "input" === d.io &&
          (function c(d, e) {
            let f = e ?? { seen: new Set() };
            if (f.seen.has(d)) return !1;
            f.seen.add(d);
            let g = d._zod.def;
            if ("transform" === g.type) return !0;
            if ("array" === g.type) return c(g.element, f);
            if ("set" === g.type) return c(g.valueType, f);
            if ("lazy" === g.type) return c(g.getter(), f);
            if (
              "promise" === g.type ||
              "optional" === g.type ||
              "nonoptional" === g.type ||
              "nullable" === g.type ||
              "readonly" === g.type ||
              "default" === g.type ||
              "prefault" === g.type ||
              "catch" === g.type
            )
              return c(g.innerType, f);
            if ("intersection" === g.type) return c(g.left, f) || c(g.right, f);
            if ("record" === g.type || "map" === g.type)
              return c(g.keyType, f) || c(g.valueType, f);
            if ("pipe" === g.type)
              return !!d._zod.traits.has("$ZodCodec") || c(g.in, f) || c(g.out, f);
            if ("object" === g.type) {
              for (let d in g.shape) if (c(g.shape[d], f)) return !0;
              return !1;
            }
            if ("union" === g.type) {
              for (let d of g.options) if (c(d, f)) return !0;
              return !1;
            }
            if ("tuple" === g.type) {
              for (let d of g.items) if (c(d, f)) return !0;
              if (g.rest && c(g.rest, f)) return !0;
            }
            return !1;
          })(c) &&
          (delete i.schema.examples, delete i.schema.default),
        "input" === d.io &&
          "_prefault" in i.schema &&
          ((f = i.schema).default ?? (f.default = i.schema._prefault)),
        delete i.schema._prefault,
        d.seen.get(c).schema
      );
    }
    function eH(c) {
      return c.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    function eI(c, d) {
      let e = c.seen.get(d);
      if (!e) throw Error("Unprocessed schema. This is a bug in Zod.");
      if (c.external && c.sharedDefsExtractedFor === c.external) return;
      let f = new Map();
      for (let d of c.seen.entries()) {
        let e = c.metadataRegistry.get(d[0])?.id;
        if (e) {
          let c = f.get(e);
          if (c && c !== d[0])
            throw Error(
              `Duplicate schema id "${e}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`,
            );
          f.set(e, d[0]);
        }
      }
      let g = (d) => {
        if (d[1].schema.$ref) return;
        let f = d[1],
          { ref: g, defId: h } = ((d) => {
            let f = "draft-2020-12" === c.target ? "$defs" : "definitions";
            if (c.external) {
              let e = c.external.registry.get(d[0])?.id,
                g = c.external.uri ?? ((c) => c);
              if (e) return { ref: g(e) };
              let h = d[1].defId ?? d[1].schema.id ?? `schema${c.counter++}`;
              return ((d[1].defId = h), { defId: h, ref: `${g("__shared")}#/${f}/${eH(h)}` });
            }
            let g = `#/${f}/`;
            if (d[1] === e && !d[1].schema.id) return { ref: "#" };
            let h = d[1].schema.id ?? `__schema${c.counter++}`;
            return { defId: h, ref: g + eH(h) };
          })(d);
        ((f.def = { ...f.schema }), h && (f.defId = h));
        let i = f.schema;
        for (let c in i) delete i[c];
        i.$ref = g;
      };
      if ("throw" === c.cycles)
        for (let d of c.seen.entries()) {
          let c = d[1];
          if (c.cycle)
            throw Error(`Cycle detected: #/${c.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
        }
      for (let e of c.seen.entries()) {
        let f = e[1];
        if (d === e[0]) {
          g(e);
          continue;
        }
        if (c.external) {
          let f = c.external.registry.get(e[0])?.id;
          if (d !== e[0] && f) {
            g(e);
            continue;
          }
        }
        if (c.metadataRegistry.get(e[0])?.id || f.cycle) {
          g(e);
          continue;
        }
        f.count > 1 && "ref" === c.reused && g(e);
      }
      c.external && (c.sharedDefsExtractedFor = c.external);
    }
    let eJ = new Set(["type", "properties", "required", "additionalProperties"]),
      eK = ["oneOf", "anyOf"];
    function eL(c) {
      let d = c.additionalProperties;
      return void 0 === d || !1 === d || "object" != typeof d || null === d
        ? null
        : Object.keys(d).length
          ? d
          : null;
    }
    function eM(c) {
      let d = [];
      for (let e of c) {
        if ("object" != typeof e || "object" !== e.type) return null;
        for (let c in e) if (!eJ.has(c)) return null;
        d.push(e);
      }
      let e = {},
        f = new Set();
      for (let c of d) {
        for (let f in c.properties) {
          if (Object.prototype.hasOwnProperty.call(e, f)) continue;
          let c = [];
          for (let e of d) {
            let d = e.properties?.[f] ?? eL(e);
            null != d && (c.some((c) => JSON.stringify(c) === JSON.stringify(d)) || c.push(d));
          }
          L(e, f, 1 === c.length ? c[0] : (eM(c) ?? { allOf: c }));
        }
        for (let d of c.required ?? []) f.add(d);
      }
      let g = { type: "object", properties: e };
      if ((f.size && (g.required = [...f]), d.every((c) => !1 === c.additionalProperties)))
        g.additionalProperties = !1;
      else {
        let c = [];
        for (let e of d) {
          let d = eL(e);
          d && !c.some((c) => JSON.stringify(c) === JSON.stringify(d)) && c.push(d);
        }
        1 === c.length
          ? (g.additionalProperties = c[0])
          : c.length > 1 && (g.additionalProperties = { allOf: c });
      }
      return g;
    }
    function eN(c, d) {
      let e = c.seen.get(d);
      if (!e) throw Error("Unprocessed schema. This is a bug in Zod.");
      let f = (d) => {
        let e = c.seen.get(d);
        if (null === e.ref) return;
        let g = e.def ?? e.schema,
          h = { ...g },
          i = e.ref;
        if (((e.ref = null), i)) {
          f(i);
          let e = c.seen.get(i),
            j = e.schema;
          if (
            (j.$ref &&
            ("draft-07" === c.target || "draft-04" === c.target || "openapi-3.0" === c.target)
              ? ((g.allOf = g.allOf ?? []), g.allOf.push(j))
              : eD(g, j),
            eD(g, h),
            d._zod.parent === i)
          )
            for (let c in g) "$ref" !== c && "allOf" !== c && (c in h || delete g[c]);
          if (j.$ref && e.def)
            for (let c in g)
              "$ref" !== c &&
                "allOf" !== c &&
                c in e.def &&
                JSON.stringify(g[c]) === JSON.stringify(e.def[c]) &&
                delete g[c];
        }
        let j = d._zod.parent;
        if (j && j !== i) {
          f(j);
          let d = c.seen.get(j);
          if (d?.schema.$ref && ((g.$ref = d.schema.$ref), d.def))
            for (let c in g)
              "$ref" !== c &&
                "allOf" !== c &&
                c in d.def &&
                JSON.stringify(g[c]) === JSON.stringify(d.def[c]) &&
                delete g[c];
        }
        c.override({ zodSchema: d, jsonSchema: g, path: e.path ?? [] });
      };
      if (!c.external || c.sharedEmitDoneFor !== c.external) {
        for (let d of [...c.seen.entries()].reverse()) f(d[0]);
        if ("openapi-3.0" !== c.target)
          for (let d of c.seen.entries())
            !(function c(d) {
              let e = d.anyOf;
              if (!Array.isArray(e) || 0 === e.length || void 0 !== d.type) return;
              let f = [];
              for (let d of e) {
                if (!d || "object" != typeof d) return;
                c(d);
                let e = Object.keys(d);
                if (1 !== e.length || "type" !== e[0]) return;
                let g = d.type;
                for (let c of Array.isArray(g) ? g : [g]) {
                  if ("string" != typeof c) return;
                  f.includes(c) || f.push(c);
                }
              }
              (delete d.anyOf, (d.type = 1 === f.length ? f[0] : f));
            })(d[1].def ?? d[1].schema);
        for (let d of c.deferred) d();
        if (c.intersections.length) {
          let d = new Map();
          for (let e of c.seen.values())
            for (let c of [e.schema, e.def]) {
              let e = c?.allOf;
              if (!Array.isArray(e)) continue;
              let f = d.get(e);
              f ? f.push(c) : d.set(e, [c]);
            }
          for (let e of c.intersections)
            for (let c of d.get(e) ?? [])
              !(function (c) {
                let d = c.allOf;
                if (!Array.isArray(d) || d.length < 2) return;
                for (let d of eJ) if (d in c) return;
                let e = d.filter((c) => eK.some((d) => Array.isArray(c[d]))),
                  f = null;
                if (e.length) {
                  let c = e[0],
                    g = eK.find((d) => Array.isArray(c[d]));
                  if (1 !== Object.keys(c).length) return;
                  let h = d.filter((d) => d !== c),
                    i = c[g].map((c) => eM([...h, c]));
                  if (i.some((c) => !c)) return;
                  f = { [g]: i };
                } else f = eM(d);
                f && (delete c.allOf, eD(c, f));
              })(c);
        }
      }
      let g = {};
      if (
        ("draft-2020-12" === c.target
          ? (g.$schema = "https://json-schema.org/draft/2020-12/schema")
          : "draft-07" === c.target
            ? (g.$schema = "http://json-schema.org/draft-07/schema#")
            : "draft-04" === c.target
              ? (g.$schema = "http://json-schema.org/draft-04/schema#")
              : c.target,
        c.external?.uri)
      ) {
        let e = c.external.registry.get(d)?.id;
        if (!e) throw Error("Schema is missing an `id` property");
        g.$id = c.external.uri(e);
      }
      eD(g, e.defId ? e.schema : (e.def ?? e.schema));
      let h = c.metadataRegistry.get(d)?.id;
      void 0 !== h && g.id === h && delete g.id;
      let i = c.external?.defs ?? {};
      if (!c.external || c.sharedEmitDoneFor !== c.external)
        for (let d of c.seen.entries()) {
          let c = d[1];
          c.def && c.defId && (c.def.id === c.defId && delete c.def.id, L(i, c.defId, c.def));
        }
      (c.external && (c.sharedEmitDoneFor = c.external),
        c.external ||
          (Object.keys(i).length > 0 &&
            ("draft-2020-12" === c.target ? (g.$defs = i) : (g.definitions = i))));
      try {
        let e = JSON.parse(JSON.stringify(g));
        return (
          Object.defineProperty(e, "~standard", {
            value: {
              ...d["~standard"],
              jsonSchema: {
                input: eO(d, "input", c.processors),
                output: eO(d, "output", c.processors),
              },
            },
            enumerable: !1,
            writable: !1,
          }),
          e
        );
      } catch (c) {
        throw Error("Error converting schema to JSON.");
      }
    }
    let eO =
        (c, d, e = {}) =>
        (f) => {
          let { libraryOptions: g, target: h } = f ?? {},
            i = eE({ ...(g ?? {}), target: h, io: d, processors: e });
          return (eG(c, i), eI(i, c), eN(i, c));
        },
      eP = (c, d, e) => {
        (void 0 === c[d] || e > c[d]) && (c[d] = e);
      },
      eQ = (c, d, e) => {
        (void 0 === c[d] || e < c[d]) && (c[d] = e);
      },
      eR = (c, d) => {
        (eP(c, "minimum", d), eQ(c, "maximum", d));
      },
      eS = (c, d) => {
        (c.multipleOf ?? (c.multipleOf = []), c.multipleOf.includes(d) || c.multipleOf.push(d));
      },
      eT = (c, d) => {
        (c.patterns ?? (c.patterns = new Set()), c.patterns.add(d));
      },
      eU = (c, d) => {
        c.mime = c.mime ? c.mime.filter((c) => d.includes(c)) : [...d];
      },
      eV = (c, d) => {
        ((c.format = d), d.includes("int") && (c.isInt = !0));
      },
      eW = (c, d) => eP(c, "minimum", d.minimum),
      eX = (c, d) => eQ(c, "maximum", d.maximum),
      eY = (c) => (d, e) => {
        eV(d, e.format);
        let [f, g] = c[e.format];
        (eP(d, "minimum", f), eQ(d, "maximum", g));
      },
      eZ = {
        greater_than: (c, d) => eP(c, d.inclusive ? "minimum" : "exclusiveMinimum", d.value),
        less_than: (c, d) => eQ(c, d.inclusive ? "maximum" : "exclusiveMaximum", d.value),
        multiple_of: (c, d) => eS(c, d.value),
        number_format: eY(al),
        bigint_format: eY(am),
        min_length: eW,
        max_length: eX,
        length_equals: (c, d) => eR(c, d.length),
        min_size: eW,
        max_size: eX,
        size_equals: (c, d) => eR(c, d.size),
        string_format: (c, d) => {
          (eV(c, d.format),
            d.pattern && eT(c, d.pattern),
            ("base64" === d.format || "base64url" === d.format) && (c.contentEncoding = d.format),
            (d.local || -1 === d.precision) && (c.laxFormat = !0));
        },
        mime_type: (c, d) => eU(c, d.mime),
      };
    function e$(c) {
      let d = {},
        e = c._zod.def;
      for (let f of c._zod.traits.has("$ZodCheck") ? [c, ...(e.checks ?? [])] : (e.checks ?? []))
        eZ[f._zod.def.check]?.(d, f._zod.def);
      let f = c._zod.bag;
      for (let c of (void 0 !== f.minimum && eP(d, "minimum", f.minimum),
      void 0 !== f.exclusiveMinimum && eP(d, "exclusiveMinimum", f.exclusiveMinimum),
      void 0 !== f.maximum && eQ(d, "maximum", f.maximum),
      void 0 !== f.exclusiveMaximum && eQ(d, "exclusiveMaximum", f.exclusiveMaximum),
      void 0 !== f.multipleOf && eS(d, f.multipleOf),
      void 0 !== f.format &&
        (d.format ?? (d.format = f.format), f.format.includes("int") && (d.isInt = !0)),
      f.mime && eU(d, f.mime),
      f.patterns ?? []))
        eT(d, c);
      return d;
    }
    let e_ = {
        guid: "uuid",
        url: "uri",
        datetime: "date-time",
        json_string: "json-string",
        regex: "",
      },
      e0 = new Map([
        [dg, bB],
        [di, bC],
      ]),
      e1 = (c) => e0.get(c) ?? c;
    function e2(c) {
      let d = c._zod.def;
      return "pipe" === d.type && d.in._zod.traits.has("$ZodTransform")
        ? e2(d.out)
        : "catch" === d.type
          ? e2(d.innerType)
          : c._zod.optin;
    }
    let e3 = new WeakMap(),
      e4 = Symbol();
    function e5(c, d, e, f, g) {
      let h = !1,
        i = JSON.stringify(c, (c, d) => ("bigint" != typeof d ? d : ((h = !0), null)));
      return h
        ? (eF(d, e, f, g, "BigInt defaults cannot be represented in JSON Schema"), e4)
        : JSON.parse(i);
    }
    let e6 = (c, d, e, f) => {
        let g = c._zod.def;
        (eG(g.innerType, d, f), (d.seen.get(c).ref = g.innerType));
      },
      e7 = new WeakSet([Object.prototype, Error.prototype]);
    function e8(c, d, e) {
      Object.defineProperty(c, d, {
        configurable: !0,
        enumerable: !1,
        get() {
          let c = e(this);
          return (Object.defineProperty(this, d, { value: c, configurable: !0, writable: !0 }), c);
        },
        set(c) {
          Object.defineProperty(this, d, { value: c, configurable: !0, writable: !0 });
        },
      });
    }
    let e9 = a2(
      "ZodError",
      (c, d) => {
        (cz.init(c, d), (c.name = "ZodError"));
        let e = Object.getPrototypeOf(c);
        e7.has(e) ||
          (e7.add(e),
          e8(
            e,
            "format",
            (c) => (d) =>
              (function (c, d = (c) => c.message) {
                let e = { _errors: [] },
                  f = (c, g = []) => {
                    for (let h of c.issues)
                      if ("invalid_union" === h.code && h.errors.length)
                        h.errors.map((c) => f({ issues: c }, [...g, ...h.path]));
                      else if ("invalid_key" === h.code) f({ issues: h.issues }, [...g, ...h.path]);
                      else if ("invalid_element" === h.code)
                        f({ issues: h.issues }, [...g, ...h.path]);
                      else {
                        let c = [...g, ...h.path];
                        if (0 === c.length) e._errors.push(d(h));
                        else {
                          let f = e,
                            g = 0;
                          for (; g < c.length;) {
                            let e = c[g],
                              i = g === c.length - 1;
                            if ("_errors" === e) {
                              (i && f._errors.push(d(h)), g++);
                              continue;
                            }
                            Object.prototype.hasOwnProperty.call(f, e) ||
                              Object.defineProperty(f, e, {
                                value: { _errors: [] },
                                enumerable: !0,
                                writable: !0,
                                configurable: !0,
                              });
                            let j = f[e];
                            (i && j._errors.push(d(h)), (f = j), g++);
                          }
                        }
                      }
                  };
                return (f(c), e);
              })(c, d),
          ),
          e8(
            e,
            "flatten",
            (c) => (d) =>
              (function (c, d = (c) => c.message) {
                let e = {},
                  f = [];
                for (let i of c.issues)
                  if (i.path.length > 0) {
                    var g, h;
                    ((g = i.path[0]),
                    (h = () => []),
                    !Object.prototype.hasOwnProperty.call(e, g) &&
                      ("__proto__" === g
                        ? Object.defineProperty(e, g, {
                            value: h(),
                            writable: !0,
                            enumerable: !0,
                            configurable: !0,
                          })
                        : (e[g] = h())),
                    e[g]).push(d(i));
                  } else f.push(d(i));
                return { formErrors: f, fieldErrors: e };
              })(c, d),
          ),
          e8(e, "addIssue", (c) => (d) => {
            (c.issues.push(d), (c.message = JSON.stringify(c.issues, C, 2)));
          }),
          e8(e, "addIssues", (c) => (d) => {
            (c.issues.push(...d), (c.message = JSON.stringify(c.issues, C, 2)));
          }),
          Object.defineProperty(e, "isEmpty", {
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
    c.s(["ZodRealError", 0, e9], 75160);
    let fa = cC(e9),
      fb = cE(e9),
      fc = cG(e9),
      fd = cI(e9),
      fe =
        ((g = cC(e9)),
        (h = (c, d, e, f) =>
          g(c, d, e ? { ...e, direction: "backward" } : { direction: "backward" }, cB(h, f)))),
      ff = ((i = cC(e9)), (j = (c, d, e, f) => i(c, d, e, cB(j, f)))),
      fg =
        ((k = cE(e9)),
        (l = async (c, d, e, f) => {
          let g = e ? { ...e, direction: "backward" } : { direction: "backward" };
          return await k(c, d, g, cB(l, f));
        })),
      fh = ((m = cE(e9)), (n = async (c, d, e, f) => await m(c, d, e, cB(n, f)))),
      fi = (c, d, e) => {
        let f = e ? { ...e, direction: "backward" } : { direction: "backward" };
        return cG(e9)(c, d, f);
      },
      fj = (c, d, e) => cG(e9)(c, d, e),
      fk = async (c, d, e) => {
        let f = e ? { ...e, direction: "backward" } : { direction: "backward" };
        return cI(e9)(c, d, f);
      },
      fl = async (c, d, e) => cI(e9)(c, d, e);
    function fm() {
      a5.memoizer || a6({ memoizer: be });
    }
    let fn = a2(
        "ZodType",
        (c, d) => (
          a5.localeError ||
            a6({
              localeError: (() => {
                let c = {
                    string: { unit: "characters", verb: "to have" },
                    file: { unit: "bytes", verb: "to have" },
                    array: { unit: "items", verb: "to have" },
                    set: { unit: "items", verb: "to have" },
                    map: { unit: "entries", verb: "to have" },
                  },
                  d = {
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
                  e = { nan: "NaN" };
                function f(c, d) {
                  return "number" !== c || "number" != typeof d || Number.isFinite(d)
                    ? (e[c] ?? c)
                    : String(d);
                }
                return (e) => {
                  switch (e.code) {
                    case "invalid_type": {
                      let c = f(e.expected),
                        d = f(aH(e.input), e.input);
                      return `Invalid input: expected ${c}, received ${d}`;
                    }
                    case "invalid_value":
                      if (1 === e.values.length)
                        return `Invalid input: expected ${aj(e.values[0])}`;
                      return `Invalid option: expected one of ${B(e.values, "|")}`;
                    case "too_big": {
                      let d = e.exact ? "exactly " : e.inclusive ? "<=" : "<",
                        f = c[e.origin] ?? null;
                      if (f)
                        return `Too big: expected ${e.origin ?? "value"} to have ${d}${e.maximum.toString()} ${f.unit ?? "elements"}`;
                      return `Too big: expected ${e.origin ?? "value"} to be ${d}${e.maximum.toString()}`;
                    }
                    case "too_small": {
                      let d = e.exact ? "exactly " : e.inclusive ? ">=" : ">",
                        f = c[e.origin] ?? null;
                      if (f)
                        return `Too small: expected ${e.origin} to have ${d}${e.minimum.toString()} ${f.unit}`;
                      return `Too small: expected ${e.origin} to be ${d}${e.minimum.toString()}`;
                    }
                    case "invalid_format":
                      if ("starts_with" === e.format)
                        return `Invalid string: must start with "${e.prefix}"`;
                      if ("ends_with" === e.format)
                        return `Invalid string: must end with "${e.suffix}"`;
                      if ("includes" === e.format)
                        return `Invalid string: must include "${e.includes}"`;
                      if ("regex" === e.format)
                        return `Invalid string: must match pattern ${e.pattern}`;
                      return `Invalid ${d[e.format] ?? e.format}`;
                    case "not_multiple_of":
                      return `Invalid number: must be a multiple of ${e.divisor}`;
                    case "unrecognized_keys":
                      return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${B(e.keys, ", ")}`;
                    case "invalid_key":
                      return `Invalid key in ${e.origin}`;
                    case "invalid_union":
                      if (e.options && Array.isArray(e.options) && e.options.length > 0) {
                        let c = e.options.map((c) => `'${c}'`).join(" | ");
                        return `Invalid discriminator value. Expected ${c}`;
                      }
                      if (!1 === e.inclusive) return "Invalid input: more than one option matched";
                      return "Invalid input";
                    case "invalid_element":
                      return `Invalid value in ${e.origin}`;
                    default:
                      return "Invalid input";
                  }
                };
              })(),
            }),
          cN.init(c, d),
          (c.def = d),
          (c.type = d.type),
          c
        ),
        {
          check(...c) {
            let d = this.def;
            return this.clone(
              eo.mergeDefs(d, {
                checks: [
                  ...(d.checks ?? []),
                  ...c.map((c) =>
                    "function" == typeof c
                      ? { _zod: { check: c, def: { check: "custom" }, onattach: [] } }
                      : c,
                  ),
                ],
              }),
              { parent: !0 },
            );
          },
          with(...c) {
            return this.check(...c);
          },
          clone(c, d) {
            return ag(this, c, d);
          },
          brand() {
            return this;
          },
          register(c, d) {
            return (c.add(this, d), this);
          },
          refine(c, d) {
            return this.check(
              (function (c, d = {}) {
                return new gn({ type: "custom", check: "custom", fn: c, ...ah(d) });
              })(c, d),
            );
          },
          superRefine(c, d) {
            return this.check(
              (function (c, d) {
                var e;
                let f, g;
                return (
                  (e = (d) => (
                    (d.addIssue = (c) => {
                      "string" == typeof c
                        ? d.issues.push(aI(c, d.value, f._zod.def))
                        : (c.fatal && (c.continue = !1),
                          c.code ?? (c.code = "custom"),
                          "input" in c || (c.input = d.value),
                          c.inst ?? (c.inst = f),
                          c.continue ?? (c.continue = !f._zod.def.abort),
                          d.issues.push(aI(c)));
                    }),
                    c(d.value, d)
                  )),
                  ((g = new b6({ check: "custom", ...ah(d) }))._zod.check = e),
                  (f = g)
                );
              })(c, d),
            );
          },
          overwrite(c) {
            return this.check(em(c));
          },
          optional() {
            return gc(this);
          },
          exactOptional() {
            var c;
            return ((c = this), new gd({ type: "optional", innerType: c }));
          },
          nullable() {
            return gf(this);
          },
          nullish() {
            return gc(gf(this));
          },
          nonoptional(c) {
            var d, e;
            return (
              (d = this),
              (e = c),
              new gi({ type: "nonoptional", innerType: d, ...es.normalizeParams(e) })
            );
          },
          array() {
            return f0(this);
          },
          or(c) {
            return f5([this, c]);
          },
          and(c) {
            var d;
            return ((d = this), new f6({ type: "intersection", left: d, right: c }));
          },
          transform(c) {
            return gl(this, new ga({ type: "transform", transform: c }));
          },
          default(c) {
            var d, e;
            return (
              (d = this),
              (e = c),
              new gg({
                type: "default",
                innerType: d,
                get defaultValue() {
                  return "function" == typeof e ? e() : eC.shallowClone(e);
                },
              })
            );
          },
          prefault(c) {
            var d, e;
            return (
              (d = this),
              (e = c),
              new gh({
                type: "prefault",
                innerType: d,
                get defaultValue() {
                  return "function" == typeof e ? e() : eC.shallowClone(e);
                },
              })
            );
          },
          catch(c) {
            var d, e;
            return (
              (d = this),
              new gj({
                type: "catch",
                innerType: d,
                catchValue: "function" == typeof (e = c) ? e : en.constantCatch(e),
              })
            );
          },
          pipe(c) {
            return gl(this, c);
          },
          readonly() {
            var c;
            return ((c = this), new gm({ type: "readonly", innerType: c }));
          },
          describe(c) {
            let d = this.clone();
            return (bf.add(d, { description: c }), d);
          },
          meta(...c) {
            if (0 === c.length) return bf.get(this);
            let d = this.clone();
            return (bf.add(d, c[0]), d);
          },
          isOptional() {
            return this.safeParse(void 0).success;
          },
          isNullable() {
            return this.safeParse(null).success;
          },
          apply(c, ...d) {
            return 0 === d.length ? c(this) : c(this, ...d);
          },
          get "~standard"() {
            return ep.hide(this, "~standard", {
              ...cQ(this),
              jsonSchema: { input: eO(this, "input"), output: eO(this, "output") },
            });
          },
          set "~standard"(c) {
            eq.own(this, "~standard", c);
          },
          parse: function c(d, e) {
            return fa(this, d, e, { callee: c });
          },
          parseAsync: async function c(d, e) {
            return await fb(this, d, e, { callee: c });
          },
          safeParse(c, d) {
            return fc(this, c, d);
          },
          async safeParseAsync(c, d) {
            return fd(this, c, d);
          },
          get spa() {
            return this?.safeParseAsync;
          },
          set spa(c) {
            eq.own(this, "spa", c);
          },
          validate(c, d) {
            let e = this._zod.bag.validator;
            if (void 0 !== e) {
              if (e(c) !== cJ) return !0;
              if (!0 === e.definite && void 0 === d) return !1;
            }
            return (function (c, d, e) {
              let f,
                g = e ? { ...e, async: !1, abortEarly: !0 } : { async: !1, abortEarly: !0 },
                h = c._zod.bag.fallbackRun;
              if (
                (h
                  ? ((g[cK] = !0), (f = h({ value: d, issues: [] }, g)))
                  : (f = c._zod.run({ value: d, issues: [] }, g)),
                f instanceof Promise)
              )
                throw new a3();
              return 0 === f.issues.length;
            })(this, c, d);
          },
          validateAsync(c, d) {
            return cL(this, c, d);
          },
          encode: function c(d, e) {
            return fe(this, d, e, { callee: c });
          },
          decode: function c(d, e) {
            return ff(this, d, e, { callee: c });
          },
          encodeAsync: async function c(d, e) {
            return await fg(this, d, e, { callee: c });
          },
          decodeAsync: async function c(d, e) {
            return await fh(this, d, e, { callee: c });
          },
          safeEncode(c, d) {
            return fi(this, c, d);
          },
          safeDecode(c, d) {
            return fj(this, c, d);
          },
          async safeEncodeAsync(c, d) {
            return fk(this, c, d);
          },
          async safeDecodeAsync(c, d) {
            return fl(this, c, d);
          },
          toJSONSchema(c) {
            return (
              (c, d = {}) =>
              (e) => {
                let f = eE({ ...e, processors: d });
                return (eG(c, f), eI(f, c), eN(f, c));
              }
            )(
              this,
              {},
            )(c);
          },
          get description() {
            return bf.get(this)?.description;
          },
          get _def() {
            return this._zod.def;
          },
        },
      ),
      fo = a2(
        "_ZodString",
        (c, d) => {
          (cR.init(c, d),
            fn.init(c, d),
            (c._zod.processJSONSchema = (d, e, f) =>
              ((c, d, e) => {
                e.type = "string";
                let {
                  minimum: f,
                  maximum: g,
                  format: h,
                  patterns: i,
                  contentEncoding: j,
                  laxFormat: k,
                } = e$(c);
                if (
                  ("number" == typeof f && (e.minLength = f),
                  "number" == typeof g && (e.maxLength = g),
                  h &&
                    ((e.format = e_[h] ?? h),
                    "" === e.format && delete e.format,
                    ("time" === h || k) && delete e.format),
                  j && (e.contentEncoding = j),
                  i && i.size > 0)
                ) {
                  let c = [...i].map(e1);
                  1 === c.length
                    ? (e.pattern = c[0].source)
                    : c.length > 1 &&
                      (e.allOf = [
                        ...c.map((c) => ({
                          ...("draft-07" === d.target ||
                          "draft-04" === d.target ||
                          "openapi-3.0" === d.target
                            ? { type: "string" }
                            : {}),
                          pattern: c.source,
                        })),
                      ]);
                }
              })(c, d, e)));
        },
        er.derived(
          {
            format: (c) => e$(c).format ?? null,
            minLength: (c) => e$(c).minimum ?? null,
            maxLength: (c) => e$(c).maximum ?? null,
          },
          {
            regex(...c) {
              return this.check(
                (function (c, d) {
                  return new cm({ check: "string_format", format: "regex", ...ah(d), pattern: c });
                })(...c),
              );
            },
            includes(...c) {
              return this.check(
                (function (c, d) {
                  return new cp({
                    check: "string_format",
                    format: "includes",
                    ...ah(d),
                    includes: c,
                  });
                })(...c),
              );
            },
            startsWith(...c) {
              return this.check(
                (function (c, d) {
                  return new cq({
                    check: "string_format",
                    format: "starts_with",
                    ...ah(d),
                    prefix: c,
                  });
                })(...c),
              );
            },
            endsWith(...c) {
              return this.check(
                (function (c, d) {
                  return new cr({
                    check: "string_format",
                    format: "ends_with",
                    ...ah(d),
                    suffix: c,
                  });
                })(...c),
              );
            },
            min(...c) {
              return this.check(ek(...c));
            },
            max(...c) {
              return this.check(ej(...c));
            },
            length(...c) {
              return this.check(el(...c));
            },
            nonempty(...c) {
              return this.check(ek(1, ...c));
            },
            lowercase(c) {
              return this.check(new cn({ check: "string_format", format: "lowercase", ...ah(c) }));
            },
            uppercase(c) {
              return this.check(new co({ check: "string_format", format: "uppercase", ...ah(c) }));
            },
            trim() {
              return this.check(em((c) => c.trim()));
            },
            normalize(...c) {
              return this.check(
                (function (c) {
                  return em((d) => d.normalize(c));
                })(...c),
              );
            },
            toLowerCase() {
              return this.check(em((c) => c.toLowerCase()));
            },
            toUpperCase() {
              return this.check(em((c) => c.toUpperCase()));
            },
            slugify() {
              return this.check(em((c) => X(c)));
            },
          },
        ),
      ),
      fp = a2(
        "ZodString",
        (c, d) => {
          (cR.init(c, d), fo.init(c, d));
        },
        {
          email(c) {
            return this.check(
              new fw({
                type: "string",
                format: "email",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          url(c) {
            return this.check(ed(fz, c));
          },
          jwt(c) {
            return this.check(
              new fP({
                type: "string",
                format: "jwt",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          emoji(c) {
            return this.check(
              new fB({
                type: "string",
                format: "emoji",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          guid(c) {
            return this.check(
              new fx({
                type: "string",
                format: "guid",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          uuid(c) {
            return this.check(
              new fy({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          uuidv4(c) {
            return this.check(
              new fy({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                version: "v4",
                ...ah(c),
              }),
            );
          },
          uuidv6(c) {
            return this.check(
              new fy({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                version: "v6",
                ...ah(c),
              }),
            );
          },
          uuidv7(c) {
            return this.check(
              new fy({
                type: "string",
                format: "uuid",
                check: "string_format",
                abort: !1,
                version: "v7",
                ...ah(c),
              }),
            );
          },
          nanoid(c) {
            return this.check(
              new fC({
                type: "string",
                format: "nanoid",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          cuid(c) {
            return this.check(
              new fD({
                type: "string",
                format: "cuid",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          cuid2(c) {
            return this.check(
              new fE({
                type: "string",
                format: "cuid2",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          ulid(c) {
            return this.check(
              new fF({
                type: "string",
                format: "ulid",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          base64(c) {
            return this.check(
              new fM({
                type: "string",
                format: "base64",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          base64url(c) {
            return this.check(
              new fN({
                type: "string",
                format: "base64url",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          xid(c) {
            return this.check(
              new fG({
                type: "string",
                format: "xid",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          ksuid(c) {
            return this.check(
              new fH({
                type: "string",
                format: "ksuid",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          ipv4(c) {
            return this.check(
              new fI({
                type: "string",
                format: "ipv4",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          ipv6(c) {
            return this.check(
              new fJ({
                type: "string",
                format: "ipv6",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          cidrv4(c) {
            return this.check(
              new fK({
                type: "string",
                format: "cidrv4",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          cidrv6(c) {
            return this.check(
              new fL({
                type: "string",
                format: "cidrv6",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          e164(c) {
            return this.check(
              new fO({
                type: "string",
                format: "e164",
                check: "string_format",
                abort: !1,
                ...ah(c),
              }),
            );
          },
          datetime(c) {
            return this.check(
              new fs({
                type: "string",
                format: "datetime",
                check: "string_format",
                offset: !1,
                local: !1,
                precision: null,
                ...ah(c),
              }),
            );
          },
          date(c) {
            return this.check(
              new ft({ type: "string", format: "date", check: "string_format", ...ah(c) }),
            );
          },
          time(c) {
            return this.check(
              new fu({
                type: "string",
                format: "time",
                check: "string_format",
                precision: null,
                ...ah(c),
              }),
            );
          },
          duration(c) {
            return this.check(
              new fv({ type: "string", format: "duration", check: "string_format", ...ah(c) }),
            );
          },
        },
      );
    function fq(c) {
      return new fp(ec({ type: "string", ...ah(c) }));
    }
    let fr = a2("ZodStringFormat", (c, d) => {
        (cS.init(c, d), fo.init(c, d));
      }),
      fs = a2("ZodISODateTime", (c, d) => {
        (c5.init(c, d), fr.init(c, d));
      }),
      ft = a2("ZodISODate", (c, d) => {
        (c6.init(c, d), fr.init(c, d));
      }),
      fu = a2("ZodISOTime", (c, d) => {
        (c7.init(c, d), fr.init(c, d));
      }),
      fv = a2("ZodISODuration", (c, d) => {
        (c8.init(c, d), fr.init(c, d));
      }),
      fw = a2("ZodEmail", (c, d) => {
        (cV.init(c, d), fr.init(c, d));
      }),
      fx = a2("ZodGUID", (c, d) => {
        (cT.init(c, d), fr.init(c, d));
      }),
      fy = a2("ZodUUID", (c, d) => {
        (cU.init(c, d), fr.init(c, d));
      }),
      fz = a2("ZodURL", (c, d) => {
        (cZ.init(c, d), fr.init(c, d));
      });
    function fA(c) {
      return ed(fz, c);
    }
    let fB = a2("ZodEmoji", (c, d) => {
        (c$.init(c, d), fr.init(c, d));
      }),
      fC = a2("ZodNanoID", (c, d) => {
        (c_.init(c, d), fr.init(c, d));
      }),
      fD = a2("ZodCUID", (c, d) => {
        (c0.init(c, d), fr.init(c, d));
      }),
      fE = a2("ZodCUID2", (c, d) => {
        (c1.init(c, d), fr.init(c, d));
      }),
      fF = a2("ZodULID", (c, d) => {
        (c2.init(c, d), fr.init(c, d));
      }),
      fG = a2("ZodXID", (c, d) => {
        (c3.init(c, d), fr.init(c, d));
      }),
      fH = a2("ZodKSUID", (c, d) => {
        (c4.init(c, d), fr.init(c, d));
      }),
      fI = a2("ZodIPv4", (c, d) => {
        (c9.init(c, d), fr.init(c, d));
      }),
      fJ = a2("ZodIPv6", (c, d) => {
        (dc.init(c, d), fr.init(c, d));
      }),
      fK = a2("ZodCIDRv4", (c, d) => {
        (dd.init(c, d), fr.init(c, d));
      }),
      fL = a2("ZodCIDRv6", (c, d) => {
        (de.init(c, d), fr.init(c, d));
      }),
      fM = a2("ZodBase64", (c, d) => {
        (dh.init(c, d), fr.init(c, d));
      }),
      fN = a2("ZodBase64URL", (c, d) => {
        (dj.init(c, d), fr.init(c, d));
      }),
      fO = a2("ZodE164", (c, d) => {
        (dk.init(c, d), fr.init(c, d));
      }),
      fP = a2("ZodJWT", (c, d) => {
        (dm.init(c, d), fr.init(c, d));
      }),
      fQ = a2(
        "ZodNumber",
        (c, d) => {
          (dn.init(c, d),
            fn.init(c, d),
            (c._zod.processJSONSchema = (d, e, f) =>
              ((c, d, e, f) => {
                let {
                  minimum: g,
                  maximum: h,
                  multipleOf: i,
                  exclusiveMaximum: j,
                  exclusiveMinimum: k,
                  isInt: l,
                } = e$(c);
                e.type = l ? "integer" : "number";
                let m = "number" == typeof k && k >= (g ?? -1 / 0),
                  n = "number" == typeof j && j <= (h ?? 1 / 0),
                  o = "draft-04" === d.target || "openapi-3.0" === d.target;
                if (
                  (m
                    ? o
                      ? ((e.minimum = k), (e.exclusiveMinimum = !0))
                      : (e.exclusiveMinimum = k)
                    : "number" == typeof g && (e.minimum = g),
                  n
                    ? o
                      ? ((e.maximum = j), (e.exclusiveMaximum = !0))
                      : (e.exclusiveMaximum = j)
                    : "number" == typeof h && (e.maximum = h),
                  i)
                ) {
                  let g = new Set();
                  for (let h of i)
                    Number.isFinite(h) && 0 !== h
                      ? g.add(Math.abs(h))
                      : eF(
                          c,
                          d,
                          e,
                          f,
                          `A multipleOf divisor of ${h} cannot be represented in JSON Schema`,
                        );
                  let [h, ...j] = g;
                  (void 0 !== h && (e.multipleOf = h),
                    j.length &&
                      (e.allOf = [...(e.allOf ?? []), ...j.map((c) => ({ multipleOf: c }))]));
                }
              })(c, d, e, f)),
            (c.isFinite = !0));
        },
        er.derived(
          {
            minValue: (c) => {
              let { minimum: d, exclusiveMinimum: e } = e$(c);
              return Math.max(d ?? -1 / 0, e ?? -1 / 0);
            },
            maxValue: (c) => {
              let { maximum: d, exclusiveMaximum: e } = e$(c);
              return Math.min(d ?? 1 / 0, e ?? 1 / 0);
            },
            isInt: (c) => {
              let { isInt: d, multipleOf: e } = e$(c);
              return !!d || !!e?.some(Number.isSafeInteger);
            },
            format: (c) => e$(c).format ?? null,
          },
          {
            gt(c, d) {
              return this.check(eg(c, d));
            },
            gte(c, d) {
              return this.check(eh(c, d));
            },
            min(c, d) {
              return this.check(eh(c, d));
            },
            lt(c, d) {
              return this.check(ee(c, d));
            },
            lte(c, d) {
              return this.check(ef(c, d));
            },
            max(c, d) {
              return this.check(ef(c, d));
            },
            int(c) {
              return this.check(fT(c));
            },
            safe(c) {
              return this.check(fT(c));
            },
            positive(c) {
              return this.check(eg(0, c));
            },
            nonnegative(c) {
              return this.check(eh(0, c));
            },
            negative(c) {
              return this.check(ee(0, c));
            },
            nonpositive(c) {
              return this.check(ef(0, c));
            },
            multipleOf(c, d) {
              return this.check(ei(c, d));
            },
            step(c, d) {
              return this.check(ei(c, d));
            },
            finite() {
              return this;
            },
          },
        ),
      );
    function fR(c) {
      return new fQ(ec({ type: "number", checks: [], ...ah(c) }));
    }
    let fS = a2("ZodNumberFormat", (c, d) => {
      (dp.init(c, d), fQ.init(c, d));
    });
    function fT(c) {
      return new fS({
        type: "number",
        check: "number_format",
        abort: !1,
        format: "safeint",
        ...ah(c),
      });
    }
    let fU = a2("ZodBoolean", (c, d) => {
      (dq.init(c, d),
        fn.init(c, d),
        (c._zod.processJSONSchema = (c, d, e) => {
          d.type = "boolean";
        }));
    });
    function fV(c) {
      return new fU({ type: "boolean", ...ah(c) });
    }
    (c, d) => {
      (dr.init(c, d),
        fn.init(c, d),
        (c._zod.processJSONSchema = (d, e, f) => {
          eF(c, d, e, f, "BigInt cannot be represented in JSON Schema");
        }));
    };
    let fW = a2("ZodUnknown", (c, d) => {
      (ds.init(c, d), fn.init(c, d), (c._zod.processJSONSchema = (c, d, e) => void 0));
    });
    function fX() {
      return new fW({ type: "unknown" });
    }
    let fY = a2("ZodNever", (c, d) => {
        (dt.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (c, d, e) => {
            d.not = {};
          }));
      }),
      fZ = a2(
        "ZodDate",
        (c, d) => {
          (du.init(c, d),
            fn.init(c, d),
            (c._zod.processJSONSchema = (d, e, f) => {
              eF(c, d, e, f, "Date cannot be represented in JSON Schema");
            }),
            (c.min = (d, e) => c.check(eh(d, e))),
            (c.max = (d, e) => c.check(ef(d, e))));
        },
        er.derived(
          {
            minDate: (c) => {
              let { minimum: d } = e$(c);
              return d ? new Date(d) : null;
            },
            maxDate: (c) => {
              let { maximum: d } = e$(c);
              return d ? new Date(d) : null;
            },
          },
          {},
        ),
      );
    function f$(c) {
      return new fZ({ type: "date", ...ah(c) });
    }
    let f_ = a2(
      "ZodArray",
      (c, d) => {
        (fm(),
          dA.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) =>
            ((c, d, e, f) => {
              let g = c._zod.def,
                { minimum: h, maximum: i } = e$(c);
              ("number" == typeof h && (e.minItems = h),
                "number" == typeof i && (e.maxItems = i),
                (e.type = "array"),
                (e.items = eG(g.element, d, { ...f, path: [...f.path, "items"] })));
            })(c, d, e, f)),
          (c.element = d.element));
      },
      {
        min(c, d) {
          return this.check(ek(c, d));
        },
        nonempty(c) {
          return this.check(ek(1, c));
        },
        max(c, d) {
          return this.check(ej(c, d));
        },
        length(c, d) {
          return this.check(el(c, d));
        },
        unwrap() {
          return this.element;
        },
      },
    );
    function f0(c, d) {
      return new f_({ type: "array", element: c, ...ah(d) });
    }
    let f1 = a2(
      "ZodObject",
      (c, d) => {
        (fm(),
          dG.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) =>
            ((c, d, e, f) => {
              let g = c._zod.def,
                h = g.shape;
              if (
                Object.getOwnPropertySymbols(h).length &&
                eF(c, d, e, f, "Symbol keys cannot be represented in JSON Schema")
              )
                return;
              for (let c in ((e.type = "object"), (e.properties = {}), h))
                L(e.properties, c, eG(h[c], d, { ...f, path: [...f.path, "properties", c] }));
              let i = [];
              for (let c of Object.keys(h)) {
                let e = g.shape[c];
                ("input" === d.io ? void 0 === e2(e) : void 0 === e._zod.optout) && i.push(c);
              }
              (i.length > 0 && (e.required = i),
                g.catchall?._zod.def.type === "never"
                  ? (e.additionalProperties = !1)
                  : g.catchall
                    ? g.catchall &&
                      (e.additionalProperties = eG(g.catchall, d, {
                        ...f,
                        path: [...f.path, "additionalProperties"],
                      }))
                    : "output" === d.io && (e.additionalProperties = !1));
            })(c, d, e, f)),
          eA.installLazyProp(c, "shape", (c) => c._zod.def.shape, !1));
      },
      {
        keyof() {
          var c;
          return new f9({
            type: "enum",
            entries: Array.isArray((c = Object.keys(this._zod.def.shape)))
              ? Object.fromEntries(c.map((c) => [c, c]))
              : c,
            ...es.normalizeParams(void 0),
          });
        },
        catchall(c) {
          return this.clone(eo.mergeDefs(this._zod.def, { catchall: c }));
        },
        passthrough() {
          return this.clone(eo.mergeDefs(this._zod.def, { catchall: fX() }));
        },
        loose() {
          return this.clone(eo.mergeDefs(this._zod.def, { catchall: fX() }));
        },
        strict() {
          return this.clone(
            eo.mergeDefs(this._zod.def, { catchall: new fY({ type: "never", ...ah(void 0) }) }),
          );
        },
        strip() {
          return this.clone(eo.mergeDefs(this._zod.def, { catchall: void 0 }));
        },
        extend(c) {
          return et.extend(this, c);
        },
        safeExtend(c) {
          return eu.safeExtend(this, c);
        },
        merge(c) {
          return ev.merge(this, c);
        },
        pick(c) {
          return ew.pick(this, c);
        },
        omit(c) {
          return ex.omit(this, c);
        },
        partial(...c) {
          return ey.partial(gb, this, c[0]);
        },
        exactPartial(...c) {
          return ey.partial(gd, this, c[0], "exactPartial");
        },
        required(...c) {
          return ez.required(gi, this, c[0]);
        },
      },
    );
    function f2(c, d) {
      return new f1({ type: "object", shape: c ?? {}, ...es.normalizeParams(d) });
    }
    function f3(c, d) {
      return new f1({ type: "object", shape: c, catchall: fX(), ...es.normalizeParams(d) });
    }
    let f4 = a2("ZodUnion", (c, d) => {
      (dI.init(c, d),
        fn.init(c, d),
        (c._zod.processJSONSchema = (d, e, f) => {
          var g, h, i, j;
          let k, l, m;
          return (
            (g = c),
            (h = d),
            (i = e),
            (j = f),
            (l = !1 === (k = g._zod.def).inclusive),
            (m = k.options.map((c, d) =>
              eG(c, h, { ...j, path: [...j.path, l ? "oneOf" : "anyOf", d] }),
            )),
            void (l ? (i.oneOf = m) : (i.anyOf = m))
          );
        }),
        (c.options = d.options));
    });
    function f5(c, d) {
      return new f4({ type: "union", options: c, ...es.normalizeParams(d) });
    }
    let f6 = a2("ZodIntersection", (c, d) => {
        (dK.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            let g, h, i, j, k;
            return (
              (h = eG((g = c._zod.def).left, d, { ...f, path: [...f.path, "allOf", 0] })),
              (i = eG(g.right, d, { ...f, path: [...f.path, "allOf", 1] })),
              void (
                (e.allOf = k =
                  [
                    ...((j = (c) => "allOf" in c && 1 === Object.keys(c).length)(h)
                      ? h.allOf
                      : [h]),
                    ...(j(i) ? i.allOf : [i]),
                  ]),
                d.intersections.push(k)
              )
            );
          }));
      }),
      f7 = a2("ZodRecord", (c, d) => {
        (fm(),
          dQ.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) =>
            ((c, d, e, f) => {
              let g = c._zod.def;
              e.type = "object";
              let h = g.keyType,
                i = e$(h).patterns;
              if ("loose" === g.mode && i && i.size > 0) {
                let c = eG(g.valueType, d, { ...f, path: [...f.path, "patternProperties", "*"] });
                for (let d of ((e.patternProperties = {}), i))
                  L(e.patternProperties, e1(d).source, c);
              } else {
                if ("draft-07" === d.target || "draft-2020-12" === d.target) {
                  e.propertyNames = eG(g.keyType, d, { ...f, path: [...f.path, "propertyNames"] });
                  let h = e3.get(d);
                  (h ||
                    ((h = []),
                    e3.set(d, h),
                    d.deferred.push(() =>
                      (function (c) {
                        let d = new Map();
                        for (let e of c.seen.values())
                          e.def && !d.has(e.schema) && d.set(e.schema, e);
                        let e = new Map();
                        for (let f of e3.get(c) ?? []) {
                          let g = c.seen.get(f),
                            h = (g?.def ?? g?.schema)?.propertyNames;
                          if (!h || !0 === h || e.has(h)) continue;
                          let i = (function c(d, e, f) {
                            if (e.$ref) {
                              if (f.has(e)) return e;
                              f.add(e);
                              let g = d.get(e)?.def;
                              if (!g) return e;
                              let h = c(d, g, f);
                              return h === g ? e : h;
                            }
                            for (let g of ["anyOf", "oneOf"]) {
                              let h = e[g];
                              if (!Array.isArray(h)) continue;
                              let i = h.map((e) => c(d, e, f));
                              i.some((c, d) => c !== h[d]) && (e = { ...e, [g]: i });
                            }
                            let g = Array.isArray(e.type) ? e.type : [e.type],
                              h =
                                !g.includes("string") &&
                                g.some((c) => "number" === c || "integer" === c),
                              i = e.enum ?? (void 0 !== e.const ? [e.const] : void 0);
                            if (!h && !i?.some((c) => "number" == typeof c)) return e;
                            let {
                              minimum: j,
                              maximum: k,
                              exclusiveMinimum: l,
                              exclusiveMaximum: m,
                              multipleOf: n,
                              format: o,
                              id: p,
                              ...q
                            } = e;
                            return (
                              q.enum
                                ? (q.enum = q.enum.map((c) =>
                                    "number" == typeof c ? String(c) : c,
                                  ))
                                : "number" == typeof q.const && (q.const = String(q.const)),
                              h &&
                                ((q.type = "string"),
                                i || (q.pattern = (g.includes("number") ? bQ : bP).source)),
                              q
                            );
                          })(d, h, new Set());
                          i !== h && e.set(h, i);
                        }
                        if (e.size)
                          for (let d of c.seen.values())
                            for (let c of [d.schema, d.def]) {
                              let d = c && e.get(c.propertyNames);
                              d && (c.propertyNames = d);
                            }
                      })(d),
                    )),
                    h.push(c));
                }
                e.additionalProperties = eG(g.valueType, d, {
                  ...f,
                  path: [...f.path, "additionalProperties"],
                });
              }
              let j = h._zod.values,
                k = "input" === d.io && void 0 !== e2(g.valueType);
              if (j && !g.partial && !k) {
                let c = [...j].filter((c) => "string" == typeof c || "number" == typeof c);
                c.length > 0 && (e.required = c.map(String));
              }
            })(c, d, e, f)),
          (c.keyType = d.keyType),
          (c.valueType = d.valueType));
      });
    function f8(c, d, e) {
      return new f7(
        d && d._zod
          ? { type: "record", keyType: c, valueType: d, ...es.normalizeParams(e) }
          : { type: "record", keyType: fq(), valueType: c, ...es.normalizeParams(d) },
      );
    }
    let f9 = a2("ZodEnum", (c, d) => {
        (dT.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) =>
            ((c, d) => {
              let e = A(c._zod.def.entries);
              if (0 === e.length) {
                d.not = {};
                return;
              }
              (e.every((c) => "number" == typeof c) && (d.type = "number"),
                e.every((c) => "string" == typeof c) && (d.type = "string"),
                (d.enum = e));
            })(c, e)),
          (c.enum = d.entries),
          (c.options = [...c._zod.values]));
        let e = new Set(Object.keys(d.entries));
        ((c.extract = (c, f) => {
          let g = {};
          for (let f of c)
            if (e.has(f)) g[f] = d.entries[f];
            else throw Error(`Key ${f} not found in enum`);
          return new f9({ ...d, checks: [], ...es.normalizeParams(f), entries: g });
        }),
          (c.exclude = (c, f) => {
            let g = { ...d.entries };
            for (let d of c)
              if (e.has(d)) delete g[d];
              else throw Error(`Key ${d} not found in enum`);
            return new f9({ ...d, checks: [], ...es.normalizeParams(f), entries: g });
          }));
      }),
      ga = a2("ZodTransform", (c, d) => {
        (fm(),
          dU.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            eF(c, d, e, f, "Transforms cannot be represented in JSON Schema");
          }),
          (c._zod.parse = (e, f) => {
            if ("backward" === f.direction) throw new a4(c.constructor.name);
            e.addIssue = (f) => {
              "string" == typeof f
                ? e.issues.push(eB.issue(f, e.value, d))
                : (f.fatal && (f.continue = !1),
                  f.code ?? (f.code = "custom"),
                  "input" in f || (f.input = e.value),
                  f.inst ?? (f.inst = c),
                  e.issues.push(eB.issue(f)));
            };
            let g = d.transform(e.value, e);
            return g instanceof Promise ? g.then((c) => ((e.value = c), e)) : ((e.value = g), e);
          }));
      }),
      gb = a2("ZodOptional", (c, d) => {
        (dW.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => e6(c, d, e, f)),
          (c.unwrap = () => c._zod.def.innerType));
      });
    function gc(c) {
      return new gb({ type: "optional", innerType: c });
    }
    let gd = a2("ZodExactOptional", (c, d) => {
        (dX.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => e6(c, d, e, f)),
          (c.unwrap = () => c._zod.def.innerType));
      }),
      ge = a2("ZodNullable", (c, d) => {
        (dY.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            let g, h, i;
            return (
              (h = eG((g = c._zod.def).innerType, d, f)),
              (i = d.seen.get(c)),
              void ("openapi-3.0" === d.target
                ? ((i.ref = g.innerType), (e.nullable = !0))
                : (e.anyOf = [h, { type: "null" }]))
            );
          }),
          (c.unwrap = () => c._zod.def.innerType));
      });
    function gf(c) {
      return new ge({ type: "nullable", innerType: c });
    }
    let gg = a2("ZodDefault", (c, d) => {
        (dZ.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            let g, h;
            return (
              eG((g = c._zod.def).innerType, d, f),
              (d.seen.get(c).ref = g.innerType),
              void ((h = e5(g.defaultValue, c, d, e, f)) !== e4 && (e.default = h))
            );
          }),
          (c.unwrap = () => c._zod.def.innerType),
          (c.removeDefault = c.unwrap));
      }),
      gh = a2("ZodPrefault", (c, d) => {
        (d_.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) =>
            ((c, d, e, f) => {
              let g = c._zod.def;
              if ((eG(g.innerType, d, f), (d.seen.get(c).ref = g.innerType), "input" !== d.io))
                return;
              let h = e5(g.defaultValue, c, d, e, f);
              h !== e4 && (e._prefault = h);
            })(c, d, e, f)),
          (c.unwrap = () => c._zod.def.innerType));
      }),
      gi = a2("ZodNonOptional", (c, d) => {
        (d0.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            let g;
            (eG((g = c._zod.def).innerType, d, f), (d.seen.get(c).ref = g.innerType));
          }),
          (c.unwrap = () => c._zod.def.innerType));
      }),
      gj = a2("ZodCatch", (c, d) => {
        (d3.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) =>
            ((c, d, e, f) => {
              let g,
                h = c._zod.def;
              (eG(h.innerType, d, f), (d.seen.get(c).ref = h.innerType));
              try {
                g = h.catchValue(void 0);
              } catch {
                eF(c, d, e, f, "Dynamic catch values are not supported in JSON Schema");
                return;
              }
              e.default = g;
            })(c, d, e, f)),
          (c.unwrap = () => c._zod.def.innerType),
          (c.removeCatch = c.unwrap));
      }),
      gk = a2("ZodPipe", (c, d) => {
        (d4.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            let g, h, i;
            return (
              (h = (g = c._zod.def).in._zod.traits.has("$ZodTransform")),
              void (
                eG((i = "input" === d.io ? (h ? g.out : g.in) : g.out), d, f),
                (d.seen.get(c).ref = i)
              )
            );
          }),
          (c.in = d.in),
          (c.out = d.out));
      });
    function gl(c, d) {
      return new gk({ type: "pipe", in: c, out: d });
    }
    let gm = a2("ZodReadonly", (c, d) => {
        (d8.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            let g;
            (eG((g = c._zod.def).innerType, d, f),
              (d.seen.get(c).ref = g.innerType),
              (e.readOnly = !0));
          }),
          (c.unwrap = () => c._zod.def.innerType));
      }),
      gn = a2("ZodCustom", (c, d) => {
        (ea.init(c, d),
          fn.init(c, d),
          (c._zod.processJSONSchema = (d, e, f) => {
            eF(c, d, e, f, "Custom types cannot be represented in JSON Schema");
          }));
      });
    (c.s(
      [
        "array",
        0,
        f0,
        "boolean",
        0,
        fV,
        "date",
        0,
        f$,
        "looseObject",
        0,
        f3,
        "number",
        0,
        fR,
        "object",
        0,
        f2,
        "record",
        0,
        f8,
        "string",
        0,
        fq,
        "union",
        0,
        f5,
        "unknown",
        0,
        fX,
        "url",
        0,
        fA,
      ],
      94219,
    ),
      c.i(94219),
      c.s([], 54375),
      c.i(54375),
      c.i(75160),
      c.s([], 73590),
      c.i(73590),
      c.s([], 29126),
      c.i(29126),
      c.s(
        [
          "NEVER",
          0,
          a_,
          "array",
          0,
          f0,
          "boolean",
          0,
          fV,
          "date",
          0,
          f$,
          "looseObject",
          0,
          f3,
          "number",
          0,
          fR,
          "object",
          0,
          f2,
          "record",
          0,
          f8,
          "string",
          0,
          fq,
          "union",
          0,
          f5,
          "unknown",
          0,
          fX,
          "url",
          0,
          fA,
        ],
        54757,
      ));
    var go = c.i(54757),
      go = go,
      gp = go,
      gq = go,
      gr = go,
      gs = go,
      gt = go,
      gu = go,
      gs = go,
      gv = go,
      gq = go,
      gw = go,
      gx = go,
      gt = go,
      go = go,
      gr = go,
      gy = go,
      gz = go;
    let gA = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
      gB = "must be a date like 2024-10-05 or 2024-10-05T16:05:00Z",
      gC = gs
        .union([gv.date(), gq.string().trim()], {
          error: (c) => (void 0 === c.input ? "is required" : gB),
        })
        .transform((c, d) => {
          if (c instanceof Date) {
            if (!Number.isNaN(c.getTime())) return c;
          } else if (gA.test(c)) {
            let d = new Date(10 === c.length ? `${c}T00:00:00Z` : c.replace(" ", "T"));
            if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === c.slice(0, 10))
              return d;
          }
          return (
            d.addIssue({ code: "custom", message: `${gB}, got ${JSON.stringify(c)}` }),
            gw.NEVER
          );
        }),
      gD = gq
        .string()
        .trim()
        .nullish()
        .transform((c) => c || void 0),
      gE = gs
        .union([gq.string(), gx.number(), gt.array(gs.union([gq.string(), gx.number()]))])
        .nullish()
        .transform((c) =>
          null == c
            ? []
            : (Array.isArray(c) ? c : String(c).split(","))
                .map((c) => String(c).trim())
                .filter(Boolean),
        ),
      gF = go
        .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" })
        .nullish()
        .transform((c) => c || void 0),
      gG = gr.looseObject({
        title: gq
          .string({ error: (c) => (void 0 === c.input ? "is required" : "must be text") })
          .trim()
          .min(1, "must not be empty"),
        date: gC,
        updated: gC.nullish().transform((c) => c ?? void 0),
        description: gD,
        tags: gE,
        author: gD,
        thumbnail: gD,
        thumbnail_alt: gD,
        meta_title: gD,
        meta_description: gD,
        canonical: gF,
        draft: gy
          .boolean({ error: "must be true or false" })
          .nullish()
          .transform((c) => c ?? !1),
        layout: gz.unknown().optional(),
      }),
      gH = new Set(["post", "posts"]);
    function gI(c) {
      return c.issues
        .map((c) => {
          let d = c.path.join(".") || "(root)";
          return `front matter field "${d}" ${c.message}`;
        })
        .join("; ");
    }
    var gJ = c.i(62434),
      gK = c.i(266),
      gL = c.i(4850),
      gM = c.i(23020);
    function gN(c) {
      let d = c.trim().replace(/\+/g, " plus").replace(/#/g, " sharp");
      return (0, gM.J)(d.replace(/[\s_]+/g, "-"))
        .replace(/-+/g, "-")
        .replace(/^-|-$/g, "");
    }
    let gO = () => {
        throw Error("JavaScript front matter (---js) is not allowed; use YAML");
      },
      gP = { engines: { js: gO, javascript: gO } };
    function gQ(c) {
      try {
        let d = (0, gJ.default)(c.source, gP);
        return { data: d.data, body: d.content };
      } catch (g) {
        let d = g.mark,
          e = g.reason ?? g.message,
          f = "number" == typeof d?.line ? d.line + 2 : void 0;
        throw new t.M(c.file, `invalid front matter: ${e}`, f);
      }
    }
    function gR(c) {
      let { data: d, body: e } = gQ(c),
        f = gG.safeParse(d);
      if (!f.success) throw new t.M(c.file, gI(f.error));
      let g = f.data,
        h = gS(e),
        i = g.author ?? "";
      return {
        slug: c.slug,
        file: c.file,
        format: c.format,
        title: g.title,
        description: g.description,
        date: g.date,
        updated: g.updated,
        tags: (function (c) {
          let d = new Map();
          for (let e of c) {
            let c = e.trim().replace(/\s+/g, " "),
              f = gN(c);
            f && !d.has(f) && d.set(f, { slug: f, name: c });
          }
          return [...d.values()];
        })(g.tags.filter((c) => !gH.has(c.trim().toLowerCase()))),
        author: { id: "", name: i },
        thumbnail: (function (c, d) {
          let e;
          if (!c || !c.startsWith("/") || c.startsWith("//")) return;
          let f = (0, gL._)();
          try {
            e = decodeURI(c.split(/[?#]/)[0] ?? "");
          } catch {
            return;
          }
          let g = s.default.resolve(f, "." + e);
          if (g.startsWith(f + s.default.sep) && q.default.existsSync(g)) return { src: c, alt: d };
        })(g.thumbnail, g.thumbnail_alt ?? g.title),
        metaTitle: g.meta_title ?? g.title,
        metaDescription: g.meta_description ?? g.description,
        canonical: g.canonical,
        draft: g.draft,
        readingMinutes: Math.max(1, Math.round((0, gK.default)(h).minutes)),
        body: e,
        bodyLineOffset: c.source.split("\n").length - e.split("\n").length,
        text: h,
      };
    }
    function gS(c) {
      return c
        .replace(/```[^\n]*\n([\s\S]*?)```/g, " $1 ")
        .replace(/<\/?[A-Za-z][^>]*>/g, " ")
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, " $1 ")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, " $1 ")
        .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
        .replace(/[*_~`|$\\]+/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    }
    let gT = go.url({ protocol: /^(https?|mailto)$/, error: "must be an http(s) or mailto URL" }),
      gU = gp.object({ label: gq.string().trim().min(1), url: gT }),
      gV = gr.looseObject({
        name: gq.string({ error: "is required" }).trim().min(1, "must not be empty"),
        bio: gq.string().trim().nullish(),
        avatar: gq.string().trim().nullish(),
        links: gs
          .union([gt.array(gU), gu.record(gq.string(), gT)])
          .nullish()
          .transform((c) =>
            Array.isArray(c) ? c : Object.entries(c ?? {}).map(([c, d]) => ({ label: c, url: d })),
          ),
      });
    function gW(c) {
      let { data: d, body: e } = gQ(c),
        f = gV.safeParse(d);
      if (!f.success) throw new t.M(c.file, gI(f.error));
      let { name: g, bio: h, avatar: i, links: j } = f.data;
      return {
        id: c.slug,
        name: g,
        bio: h || gS(e) || void 0,
        avatar: i && i.startsWith("/") && !i.startsWith("//") ? i : void 0,
        links: j,
        hasProfile: !0,
      };
    }
    let gX = { ".mdx": "mdx", ".md": "md" };
    function gY(c, d) {
      let e,
        f = [],
        g = [],
        h = s.default.basename(c);
      try {
        e = q.default.readdirSync(c, { withFileTypes: !0 });
      } catch (c) {
        if ("ENOENT" === c.code) return { raw: f, errors: g };
        throw c;
      }
      for (let i of e.sort((c, d) => c.name.localeCompare(d.name))) {
        let e = s.default.extname(i.name),
          j = d[e];
        if (!j || i.name.startsWith(".")) continue;
        let k = `${h}/${i.name}`,
          l = i.name.slice(0, -e.length);
        i.isFile()
          ? (0, gL.l)(l)
            ? f.some((c) => c.slug === l)
              ? g.push(new t.M(k, `two files share the slug "${l}"`))
              : f.push({
                  slug: l,
                  file: k,
                  format: j,
                  source: q.default.readFileSync(s.default.join(c, i.name), "utf8"),
                })
            : g.push(
                new t.M(k, "file name must be a lowercase kebab-case slug, like my-first-post.mdx"),
              )
          : g.push(new t.M(k, "is not a regular file (symbolic links are refused)"));
      }
      return { raw: f, errors: g };
    }
    function gZ(c, d, e) {
      let f = [];
      for (let g of c)
        try {
          f.push(d(g));
        } catch (c) {
          if (c instanceof t.M) e.push(c);
          else throw c;
        }
      return f;
    }
    function g$() {
      let c = (0, gL.r)();
      return (
        f?.root !== c &&
          (f = {
            root: c,
            index: (function () {
              let c = gY((0, gL.B)(), gX),
                d = gY((0, gL.Q)(), { ".md": "md" }),
                e = [...c.errors, ...d.errors],
                f = new Map(gZ(d.raw, gW, e).map((c) => [c.id, c])),
                g = gZ(c.raw, gR, e);
              for (let c of g)
                c.author = (function (c, d) {
                  let e = c.trim() || r.S.defaultAuthor,
                    f = gN(e),
                    g =
                      d.get(e) ??
                      d.get(f) ??
                      [...d.values()].find((c) => c.name.toLowerCase() === e.toLowerCase());
                  return g ? { id: g.id, name: g.name } : { id: f, name: e };
                })(c.author.name, f);
              return (
                g.sort(
                  (c, d) => d.date.getTime() - c.date.getTime() || c.slug.localeCompare(d.slug),
                ),
                { posts: g, authors: f, errors: e }
              );
            })(),
          }),
        f.index
      );
    }
    function g_(c) {
      return (
        !!(0, gL.l)(c) &&
        Object.keys(gX).some((d) => q.default.existsSync((0, gL.s)((0, gL.B)(), c, d)))
      );
    }
    function g0() {
      f = void 0;
    }
    function g1(c) {
      if (0 !== c.errors.length && "phase-production-build" === process.env.NEXT_PHASE)
        throw (0, t.L)(c.errors);
    }
    function g2(c = new Date()) {
      let d = g$();
      return (
        g1(d),
        d.posts.filter((d) =>
          (function (c, d = new Date()) {
            return !c.draft && c.date.getTime() <= d.getTime();
          })(d, c),
        )
      );
    }
    function g3() {
      let c = new Map();
      for (let d of g2()) for (let e of d.tags) c.set(e.slug, [...(c.get(e.slug) ?? []), e.name]);
      return [...c.entries()]
        .map(([c, d]) => ({
          slug: c,
          name: (function (c) {
            let d = new Map();
            for (let e of c) d.set(e, (d.get(e) ?? 0) + 1);
            let e = (c) => (d.get(c) ?? 0) * 2 + +(c !== gN(c));
            return [...d.keys()].sort((c, d) => e(d) - e(c) || c.localeCompare(d))[0] ?? "";
          })(d),
          count: d.length,
        }))
        .sort((c, d) => d.count - c.count || c.name.localeCompare(d.name));
    }
    function g4() {
      let { authors: c } = g$(),
        d = new Map(c);
      for (let c of g2())
        d.has(c.author.id) ||
          d.set(c.author.id, { id: c.author.id, name: c.author.name, links: [], hasProfile: !1 });
      return [...d.values()].sort((c, d) => c.name.localeCompare(d.name));
    }
    (c.s(["L", 0, g1, "l", 0, g$, "J", 0, g0, "b", 0, g_], 72130),
      c.s(
        [
          "d",
          0,
          function (c) {
            let d = g2(),
              e = d.findIndex((d) => d.slug === c);
            return -1 === e ? {} : { newer: d[e - 1], older: d[e + 1] };
          },
          "O",
          0,
          function (c) {
            return g4().find((d) => d.id === c);
          },
          "u",
          0,
          g4,
          "v",
          0,
          function (c) {
            return g2().filter((d) => d.author.id === c);
          },
          "X",
          0,
          function (c) {
            return g2().filter((d) => d.tags.some((d) => d.slug === c));
          },
          "F",
          0,
          function (c) {
            let d = g$();
            return (
              !(
                d.posts.some((d) => d.slug === c) ||
                d.errors.some((d) => d.file.startsWith(`posts/${c}.`))
              ) &&
                g_(c) &&
                g0(),
              g2().find((d) => d.slug === c)
            );
          },
          "w",
          0,
          g2,
          "x",
          0,
          function (c, d = 3) {
            let e = new Set(c.tags.map((c) => c.slug));
            return 0 === e.size
              ? []
              : g2()
                  .filter((d) => d.slug !== c.slug)
                  .map((c) => ({ other: c, shared: c.tags.filter((c) => e.has(c.slug)).length }))
                  .filter(({ shared: c }) => c > 0)
                  .sort(
                    (c, d) =>
                      d.shared - c.shared || d.other.date.getTime() - c.other.date.getTime(),
                  )
                  .slice(0, d)
                  .map(({ other: c }) => c);
          },
          "R",
          0,
          function (c) {
            return g3().find((d) => d.slug === c);
          },
          "N",
          0,
          g3,
          "$",
          0,
          function (c, d, e = r.S.postsPerPage) {
            let f = Math.max(1, Math.ceil(c.length / e));
            if (Number.isInteger(d) && !(d < 1) && !(d > f))
              return {
                items: c.slice((d - 1) * e, d * e),
                page: d,
                totalPages: f,
                total: c.length,
              };
          },
          "M",
          0,
          function (c) {
            return /^[1-9]\d{0,5}$/.test(c) ? Number(c) : 0 / 0;
          },
        ],
        94664,
      ));
  },
  4850,
  (c) => {
    "use strict";
    var d = c.i(50227);
    let e = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    function f(c) {
      return c.length <= 120 && e.test(c);
    }
    function g() {
      let c = process.env.CONTENT_DIR?.trim();
      return c ? d.default.resolve(c) : d.default.join(process.cwd(), "content");
    }
    c.s([
      "Q",
      0,
      function () {
        return d.default.join(g(), "authors");
      },
      "r",
      0,
      g,
      "s",
      0,
      function (c, e, g) {
        if (!f(e)) throw Error(`Invalid slug: ${JSON.stringify(e)}`);
        let h = d.default.resolve(c, `${e}${g}`);
        if (d.default.dirname(h) !== d.default.resolve(c)) throw Error("Path escapes its folder");
        return h;
      },
      "l",
      0,
      f,
      "B",
      0,
      function () {
        return d.default.join(g(), "posts");
      },
      "_",
      0,
      function () {
        return d.default.join(process.cwd(), "public");
      },
    ]);
  },
  14982,
  (c) => {
    "use strict";
    let d = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    c.s([
      "C",
      0,
      function (c) {
        return d.format(c);
      },
      "D",
      0,
      function (c, d, e = `${d}s`) {
        return `${c} ${1 === c ? d : e}`;
      },
    ]);
  },
  36137,
  (c, d, e) => {
    (c.e,
      (d.exports = (function () {
        var c = [
            function (c, d, e) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var f = e(1),
                g = e(3),
                h = e(8),
                i = e(15);
              function j(c, d, e) {
                var i,
                  j = null,
                  k = function (c, d) {
                    (e && e(c, d), j && j.visit(c, d));
                  },
                  l = "function" == typeof e ? k : null,
                  m = !1;
                if (d) {
                  m = "boolean" == typeof d.comment && d.comment;
                  var n = "boolean" == typeof d.attachComment && d.attachComment;
                  (m || n) &&
                    (((j = new f.CommentHandler()).attach = n), (d.comment = !0), (l = k));
                }
                var o = !1;
                (d && "string" == typeof d.sourceType && (o = "module" === d.sourceType),
                  (i =
                    d && "boolean" == typeof d.jsx && d.jsx
                      ? new g.JSXParser(c, d, l)
                      : new h.Parser(c, d, l)));
                var p = o ? i.parseModule() : i.parseScript();
                return (
                  m && j && (p.comments = j.comments),
                  i.config.tokens && (p.tokens = i.tokens),
                  i.config.tolerant && (p.errors = i.errorHandler.errors),
                  p
                );
              }
              ((d.parse = j),
                (d.parseModule = function (c, d, e) {
                  var f = d || {};
                  return ((f.sourceType = "module"), j(c, f, e));
                }),
                (d.parseScript = function (c, d, e) {
                  var f = d || {};
                  return ((f.sourceType = "script"), j(c, f, e));
                }),
                (d.tokenize = function (c, d, e) {
                  var f,
                    g = new i.Tokenizer(c, d);
                  f = [];
                  try {
                    for (;;) {
                      var h = g.getNextToken();
                      if (!h) break;
                      (e && (h = e(h)), f.push(h));
                    }
                  } catch (c) {
                    g.errorHandler.tolerate(c);
                  }
                  return (g.errorHandler.tolerant && (f.errors = g.errors()), f);
                }),
                (d.Syntax = e(2).Syntax),
                (d.version = "4.0.1"));
            },
            function (c, d, e) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var f = e(2);
              d.CommentHandler = (function () {
                function c() {
                  ((this.attach = !1),
                    (this.comments = []),
                    (this.stack = []),
                    (this.leading = []),
                    (this.trailing = []));
                }
                return (
                  (c.prototype.insertInnerComments = function (c, d) {
                    if (c.type === f.Syntax.BlockStatement && 0 === c.body.length) {
                      for (var e = [], g = this.leading.length - 1; g >= 0; --g) {
                        var h = this.leading[g];
                        d.end.offset >= h.start &&
                          (e.unshift(h.comment),
                          this.leading.splice(g, 1),
                          this.trailing.splice(g, 1));
                      }
                      e.length && (c.innerComments = e);
                    }
                  }),
                  (c.prototype.findTrailingComments = function (c) {
                    var d = [];
                    if (this.trailing.length > 0) {
                      for (var e = this.trailing.length - 1; e >= 0; --e) {
                        var f = this.trailing[e];
                        f.start >= c.end.offset && d.unshift(f.comment);
                      }
                      return ((this.trailing.length = 0), d);
                    }
                    var g = this.stack[this.stack.length - 1];
                    if (g && g.node.trailingComments) {
                      var h = g.node.trailingComments[0];
                      h &&
                        h.range[0] >= c.end.offset &&
                        ((d = g.node.trailingComments), delete g.node.trailingComments);
                    }
                    return d;
                  }),
                  (c.prototype.findLeadingComments = function (c) {
                    for (var d, e = []; this.stack.length > 0;) {
                      var f = this.stack[this.stack.length - 1];
                      if (f && f.start >= c.start.offset) ((d = f.node), this.stack.pop());
                      else break;
                    }
                    if (d) {
                      for (
                        var g = d.leadingComments ? d.leadingComments.length : 0, h = g - 1;
                        h >= 0;
                        --h
                      ) {
                        var i = d.leadingComments[h];
                        i.range[1] <= c.start.offset &&
                          (e.unshift(i), d.leadingComments.splice(h, 1));
                      }
                      return (
                        d.leadingComments &&
                          0 === d.leadingComments.length &&
                          delete d.leadingComments,
                        e
                      );
                    }
                    for (var h = this.leading.length - 1; h >= 0; --h) {
                      var f = this.leading[h];
                      f.start <= c.start.offset &&
                        (e.unshift(f.comment), this.leading.splice(h, 1));
                    }
                    return e;
                  }),
                  (c.prototype.visitNode = function (c, d) {
                    if (c.type !== f.Syntax.Program || !(c.body.length > 0)) {
                      this.insertInnerComments(c, d);
                      var e = this.findTrailingComments(d),
                        g = this.findLeadingComments(d);
                      (g.length > 0 && (c.leadingComments = g),
                        e.length > 0 && (c.trailingComments = e),
                        this.stack.push({ node: c, start: d.start.offset }));
                    }
                  }),
                  (c.prototype.visitComment = function (c, d) {
                    var e = "L" === c.type[0] ? "Line" : "Block",
                      f = { type: e, value: c.value };
                    if (
                      (c.range && (f.range = c.range),
                      c.loc && (f.loc = c.loc),
                      this.comments.push(f),
                      this.attach)
                    ) {
                      var g = {
                        comment: { type: e, value: c.value, range: [d.start.offset, d.end.offset] },
                        start: d.start.offset,
                      };
                      (c.loc && (g.comment.loc = c.loc),
                        (c.type = e),
                        this.leading.push(g),
                        this.trailing.push(g));
                    }
                  }),
                  (c.prototype.visit = function (c, d) {
                    "LineComment" === c.type || "BlockComment" === c.type
                      ? this.visitComment(c, d)
                      : this.attach && this.visitNode(c, d);
                  }),
                  c
                );
              })();
            },
            function (c, d) {
              "use strict";
              (Object.defineProperty(d, "__esModule", { value: !0 }),
                (d.Syntax = {
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
            function (c, d, e) {
              "use strict";
              var f,
                g =
                  (this && this.__extends) ||
                  ((f =
                    Object.setPrototypeOf ||
                    ({ __proto__: [] } instanceof Array &&
                      function (c, d) {
                        c.__proto__ = d;
                      }) ||
                    function (c, d) {
                      for (var e in d) d.hasOwnProperty(e) && (c[e] = d[e]);
                    }),
                  function (c, d) {
                    function e() {
                      this.constructor = c;
                    }
                    (f(c, d),
                      (c.prototype =
                        null === d ? Object.create(d) : ((e.prototype = d.prototype), new e())));
                  });
              Object.defineProperty(d, "__esModule", { value: !0 });
              var h = e(4),
                i = e(5),
                j = e(6),
                k = e(7),
                l = e(8),
                m = e(13),
                n = e(14);
              function o(c) {
                var d;
                switch (c.type) {
                  case j.JSXSyntax.JSXIdentifier:
                    d = c.name;
                    break;
                  case j.JSXSyntax.JSXNamespacedName:
                    d = o(c.namespace) + ":" + o(c.name);
                    break;
                  case j.JSXSyntax.JSXMemberExpression:
                    d = o(c.object) + "." + o(c.property);
                }
                return d;
              }
              ((m.TokenName[100] = "JSXIdentifier"),
                (m.TokenName[101] = "JSXText"),
                (d.JSXParser = (function (c) {
                  function d(d, e, f) {
                    return c.call(this, d, e, f) || this;
                  }
                  return (
                    g(d, c),
                    (d.prototype.parsePrimaryExpression = function () {
                      return this.match("<")
                        ? this.parseJSXRoot()
                        : c.prototype.parsePrimaryExpression.call(this);
                    }),
                    (d.prototype.startJSX = function () {
                      ((this.scanner.index = this.startMarker.index),
                        (this.scanner.lineNumber = this.startMarker.line),
                        (this.scanner.lineStart =
                          this.startMarker.index - this.startMarker.column));
                    }),
                    (d.prototype.finishJSX = function () {
                      this.nextToken();
                    }),
                    (d.prototype.reenterJSX = function () {
                      (this.startJSX(),
                        this.expectJSX("}"),
                        this.config.tokens && this.tokens.pop());
                    }),
                    (d.prototype.createJSXNode = function () {
                      return (
                        this.collectComments(),
                        {
                          index: this.scanner.index,
                          line: this.scanner.lineNumber,
                          column: this.scanner.index - this.scanner.lineStart,
                        }
                      );
                    }),
                    (d.prototype.createJSXChildNode = function () {
                      return {
                        index: this.scanner.index,
                        line: this.scanner.lineNumber,
                        column: this.scanner.index - this.scanner.lineStart,
                      };
                    }),
                    (d.prototype.scanXHTMLEntity = function (c) {
                      for (
                        var d = "&", e = !0, f = !1, g = !1, i = !1;
                        !this.scanner.eof() && e && !f;
                      ) {
                        var j = this.scanner.source[this.scanner.index];
                        if (j === c) break;
                        if (((f = ";" === j), (d += j), ++this.scanner.index, !f))
                          switch (d.length) {
                            case 2:
                              g = "#" === j;
                              break;
                            case 3:
                              g &&
                                ((e =
                                  (i = "x" === j) || h.Character.isDecimalDigit(j.charCodeAt(0))),
                                (g = g && !i));
                              break;
                            default:
                              e =
                                (e = e && !(g && !h.Character.isDecimalDigit(j.charCodeAt(0)))) &&
                                !(i && !h.Character.isHexDigit(j.charCodeAt(0)));
                          }
                      }
                      if (e && f && d.length > 2) {
                        var k = d.substr(1, d.length - 2);
                        g && k.length > 1
                          ? (d = String.fromCharCode(parseInt(k.substr(1), 10)))
                          : i && k.length > 2
                            ? (d = String.fromCharCode(parseInt("0" + k.substr(1), 16)))
                            : g || i || !n.XHTMLEntities[k] || (d = n.XHTMLEntities[k]);
                      }
                      return d;
                    }),
                    (d.prototype.lexJSX = function () {
                      var c = this.scanner.source.charCodeAt(this.scanner.index);
                      if (
                        60 === c ||
                        62 === c ||
                        47 === c ||
                        58 === c ||
                        61 === c ||
                        123 === c ||
                        125 === c
                      ) {
                        var d = this.scanner.source[this.scanner.index++];
                        return {
                          type: 7,
                          value: d,
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: this.scanner.index - 1,
                          end: this.scanner.index,
                        };
                      }
                      if (34 === c || 39 === c) {
                        for (
                          var e = this.scanner.index,
                            f = this.scanner.source[this.scanner.index++],
                            g = "";
                          !this.scanner.eof();
                        ) {
                          var i = this.scanner.source[this.scanner.index++];
                          if (i === f) break;
                          "&" === i ? (g += this.scanXHTMLEntity(f)) : (g += i);
                        }
                        return {
                          type: 8,
                          value: g,
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: e,
                          end: this.scanner.index,
                        };
                      }
                      if (46 === c) {
                        var j = this.scanner.source.charCodeAt(this.scanner.index + 1),
                          k = this.scanner.source.charCodeAt(this.scanner.index + 2),
                          d = 46 === j && 46 === k ? "..." : ".",
                          e = this.scanner.index;
                        return (
                          (this.scanner.index += d.length),
                          {
                            type: 7,
                            value: d,
                            lineNumber: this.scanner.lineNumber,
                            lineStart: this.scanner.lineStart,
                            start: e,
                            end: this.scanner.index,
                          }
                        );
                      }
                      if (96 === c)
                        return {
                          type: 10,
                          value: "",
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: this.scanner.index,
                          end: this.scanner.index,
                        };
                      if (h.Character.isIdentifierStart(c) && 92 !== c) {
                        var e = this.scanner.index;
                        for (++this.scanner.index; !this.scanner.eof();) {
                          var i = this.scanner.source.charCodeAt(this.scanner.index);
                          if (h.Character.isIdentifierPart(i) && 92 !== i) ++this.scanner.index;
                          else if (45 === i) ++this.scanner.index;
                          else break;
                        }
                        return {
                          type: 100,
                          value: this.scanner.source.slice(e, this.scanner.index),
                          lineNumber: this.scanner.lineNumber,
                          lineStart: this.scanner.lineStart,
                          start: e,
                          end: this.scanner.index,
                        };
                      }
                      return this.scanner.lex();
                    }),
                    (d.prototype.nextJSXToken = function () {
                      (this.collectComments(),
                        (this.startMarker.index = this.scanner.index),
                        (this.startMarker.line = this.scanner.lineNumber),
                        (this.startMarker.column = this.scanner.index - this.scanner.lineStart));
                      var c = this.lexJSX();
                      return (
                        (this.lastMarker.index = this.scanner.index),
                        (this.lastMarker.line = this.scanner.lineNumber),
                        (this.lastMarker.column = this.scanner.index - this.scanner.lineStart),
                        this.config.tokens && this.tokens.push(this.convertToken(c)),
                        c
                      );
                    }),
                    (d.prototype.nextJSXText = function () {
                      ((this.startMarker.index = this.scanner.index),
                        (this.startMarker.line = this.scanner.lineNumber),
                        (this.startMarker.column = this.scanner.index - this.scanner.lineStart));
                      for (var c = this.scanner.index, d = ""; !this.scanner.eof();) {
                        var e = this.scanner.source[this.scanner.index];
                        if ("{" === e || "<" === e) break;
                        (++this.scanner.index,
                          (d += e),
                          h.Character.isLineTerminator(e.charCodeAt(0)) &&
                            (++this.scanner.lineNumber,
                            "\r" === e &&
                              "\n" === this.scanner.source[this.scanner.index] &&
                              ++this.scanner.index,
                            (this.scanner.lineStart = this.scanner.index)));
                      }
                      ((this.lastMarker.index = this.scanner.index),
                        (this.lastMarker.line = this.scanner.lineNumber),
                        (this.lastMarker.column = this.scanner.index - this.scanner.lineStart));
                      var f = {
                        type: 101,
                        value: d,
                        lineNumber: this.scanner.lineNumber,
                        lineStart: this.scanner.lineStart,
                        start: c,
                        end: this.scanner.index,
                      };
                      return (
                        d.length > 0 &&
                          this.config.tokens &&
                          this.tokens.push(this.convertToken(f)),
                        f
                      );
                    }),
                    (d.prototype.peekJSXToken = function () {
                      var c = this.scanner.saveState();
                      this.scanner.scanComments();
                      var d = this.lexJSX();
                      return (this.scanner.restoreState(c), d);
                    }),
                    (d.prototype.expectJSX = function (c) {
                      var d = this.nextJSXToken();
                      (7 !== d.type || d.value !== c) && this.throwUnexpectedToken(d);
                    }),
                    (d.prototype.matchJSX = function (c) {
                      var d = this.peekJSXToken();
                      return 7 === d.type && d.value === c;
                    }),
                    (d.prototype.parseJSXIdentifier = function () {
                      var c = this.createJSXNode(),
                        d = this.nextJSXToken();
                      return (
                        100 !== d.type && this.throwUnexpectedToken(d),
                        this.finalize(c, new i.JSXIdentifier(d.value))
                      );
                    }),
                    (d.prototype.parseJSXElementName = function () {
                      var c = this.createJSXNode(),
                        d = this.parseJSXIdentifier();
                      if (this.matchJSX(":")) {
                        var e = d;
                        this.expectJSX(":");
                        var f = this.parseJSXIdentifier();
                        d = this.finalize(c, new i.JSXNamespacedName(e, f));
                      } else if (this.matchJSX("."))
                        for (; this.matchJSX(".");) {
                          var g = d;
                          this.expectJSX(".");
                          var h = this.parseJSXIdentifier();
                          d = this.finalize(c, new i.JSXMemberExpression(g, h));
                        }
                      return d;
                    }),
                    (d.prototype.parseJSXAttributeName = function () {
                      var c,
                        d = this.createJSXNode(),
                        e = this.parseJSXIdentifier();
                      if (this.matchJSX(":")) {
                        this.expectJSX(":");
                        var f = this.parseJSXIdentifier();
                        c = this.finalize(d, new i.JSXNamespacedName(e, f));
                      } else c = e;
                      return c;
                    }),
                    (d.prototype.parseJSXStringLiteralAttribute = function () {
                      var c = this.createJSXNode(),
                        d = this.nextJSXToken();
                      8 !== d.type && this.throwUnexpectedToken(d);
                      var e = this.getTokenRaw(d);
                      return this.finalize(c, new k.Literal(d.value, e));
                    }),
                    (d.prototype.parseJSXExpressionAttribute = function () {
                      var c = this.createJSXNode();
                      (this.expectJSX("{"),
                        this.finishJSX(),
                        this.match("}") &&
                          this.tolerateError(
                            "JSX attributes must only be assigned a non-empty expression",
                          ));
                      var d = this.parseAssignmentExpression();
                      return (this.reenterJSX(), this.finalize(c, new i.JSXExpressionContainer(d)));
                    }),
                    (d.prototype.parseJSXAttributeValue = function () {
                      return this.matchJSX("{")
                        ? this.parseJSXExpressionAttribute()
                        : this.matchJSX("<")
                          ? this.parseJSXElement()
                          : this.parseJSXStringLiteralAttribute();
                    }),
                    (d.prototype.parseJSXNameValueAttribute = function () {
                      var c = this.createJSXNode(),
                        d = this.parseJSXAttributeName(),
                        e = null;
                      return (
                        this.matchJSX("=") &&
                          (this.expectJSX("="), (e = this.parseJSXAttributeValue())),
                        this.finalize(c, new i.JSXAttribute(d, e))
                      );
                    }),
                    (d.prototype.parseJSXSpreadAttribute = function () {
                      var c = this.createJSXNode();
                      (this.expectJSX("{"), this.expectJSX("..."), this.finishJSX());
                      var d = this.parseAssignmentExpression();
                      return (this.reenterJSX(), this.finalize(c, new i.JSXSpreadAttribute(d)));
                    }),
                    (d.prototype.parseJSXAttributes = function () {
                      for (var c = []; !this.matchJSX("/") && !this.matchJSX(">");) {
                        var d = this.matchJSX("{")
                          ? this.parseJSXSpreadAttribute()
                          : this.parseJSXNameValueAttribute();
                        c.push(d);
                      }
                      return c;
                    }),
                    (d.prototype.parseJSXOpeningElement = function () {
                      var c = this.createJSXNode();
                      this.expectJSX("<");
                      var d = this.parseJSXElementName(),
                        e = this.parseJSXAttributes(),
                        f = this.matchJSX("/");
                      return (
                        f && this.expectJSX("/"),
                        this.expectJSX(">"),
                        this.finalize(c, new i.JSXOpeningElement(d, f, e))
                      );
                    }),
                    (d.prototype.parseJSXBoundaryElement = function () {
                      var c = this.createJSXNode();
                      if ((this.expectJSX("<"), this.matchJSX("/"))) {
                        this.expectJSX("/");
                        var d = this.parseJSXElementName();
                        return (this.expectJSX(">"), this.finalize(c, new i.JSXClosingElement(d)));
                      }
                      var e = this.parseJSXElementName(),
                        f = this.parseJSXAttributes(),
                        g = this.matchJSX("/");
                      return (
                        g && this.expectJSX("/"),
                        this.expectJSX(">"),
                        this.finalize(c, new i.JSXOpeningElement(e, g, f))
                      );
                    }),
                    (d.prototype.parseJSXEmptyExpression = function () {
                      var c = this.createJSXChildNode();
                      return (
                        this.collectComments(),
                        (this.lastMarker.index = this.scanner.index),
                        (this.lastMarker.line = this.scanner.lineNumber),
                        (this.lastMarker.column = this.scanner.index - this.scanner.lineStart),
                        this.finalize(c, new i.JSXEmptyExpression())
                      );
                    }),
                    (d.prototype.parseJSXExpressionContainer = function () {
                      var c,
                        d = this.createJSXNode();
                      return (
                        this.expectJSX("{"),
                        this.matchJSX("}")
                          ? ((c = this.parseJSXEmptyExpression()), this.expectJSX("}"))
                          : (this.finishJSX(),
                            (c = this.parseAssignmentExpression()),
                            this.reenterJSX()),
                        this.finalize(d, new i.JSXExpressionContainer(c))
                      );
                    }),
                    (d.prototype.parseJSXChildren = function () {
                      for (var c = []; !this.scanner.eof();) {
                        var d = this.createJSXChildNode(),
                          e = this.nextJSXText();
                        if (e.start < e.end) {
                          var f = this.getTokenRaw(e),
                            g = this.finalize(d, new i.JSXText(e.value, f));
                          c.push(g);
                        }
                        if ("{" === this.scanner.source[this.scanner.index]) {
                          var h = this.parseJSXExpressionContainer();
                          c.push(h);
                        } else break;
                      }
                      return c;
                    }),
                    (d.prototype.parseComplexJSXElement = function (c) {
                      for (var d = []; !this.scanner.eof();) {
                        c.children = c.children.concat(this.parseJSXChildren());
                        var e = this.createJSXChildNode(),
                          f = this.parseJSXBoundaryElement();
                        if (f.type === j.JSXSyntax.JSXOpeningElement)
                          if (f.selfClosing) {
                            var g = this.finalize(e, new i.JSXElement(f, [], null));
                            c.children.push(g);
                          } else
                            (d.push(c), (c = { node: e, opening: f, closing: null, children: [] }));
                        if (f.type === j.JSXSyntax.JSXClosingElement) {
                          c.closing = f;
                          var h = o(c.opening.name);
                          if (
                            (h !== o(c.closing.name) &&
                              this.tolerateError(
                                "Expected corresponding JSX closing tag for %0",
                                h,
                              ),
                            d.length > 0)
                          ) {
                            var g = this.finalize(
                              c.node,
                              new i.JSXElement(c.opening, c.children, c.closing),
                            );
                            ((c = d[d.length - 1]).children.push(g), d.pop());
                          } else break;
                        }
                      }
                      return c;
                    }),
                    (d.prototype.parseJSXElement = function () {
                      var c = this.createJSXNode(),
                        d = this.parseJSXOpeningElement(),
                        e = [],
                        f = null;
                      if (!d.selfClosing) {
                        var g = this.parseComplexJSXElement({
                          node: c,
                          opening: d,
                          closing: f,
                          children: e,
                        });
                        ((e = g.children), (f = g.closing));
                      }
                      return this.finalize(c, new i.JSXElement(d, e, f));
                    }),
                    (d.prototype.parseJSXRoot = function () {
                      (this.config.tokens && this.tokens.pop(), this.startJSX());
                      var c = this.parseJSXElement();
                      return (this.finishJSX(), c);
                    }),
                    (d.prototype.isStartOfExpression = function () {
                      return c.prototype.isStartOfExpression.call(this) || this.match("<");
                    }),
                    d
                  );
                })(l.Parser)));
            },
            function (c, d) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var e =
                  /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u08A0-\u08B4\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309B-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF30-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDEC0-\uDEF8]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F]|\uD82C[\uDC00\uDC01]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1]|\uD87E[\uDC00-\uDE1D]/,
                f =
                  /[\xAA\xB5\xB7\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u08A0-\u08B4\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C81-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D01-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1369-\u1371\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19DA\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1CD0-\u1CD2\u1CD4-\u1CF6\u1CF8\u1CF9\u1D00-\u1DF5\u1DFC-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u200C\u200D\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2118-\u211D\u2124\u2126\u2128\u212A-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312D\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FD5\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AD\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C4\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF30-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDEC0-\uDEF8]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F]|\uD82C[\uDC00\uDC01]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
              d.Character = {
                fromCodePoint: function (c) {
                  return c < 65536
                    ? String.fromCharCode(c)
                    : String.fromCharCode(55296 + ((c - 65536) >> 10)) +
                        String.fromCharCode(56320 + ((c - 65536) & 1023));
                },
                isWhiteSpace: function (c) {
                  return (
                    32 === c ||
                    9 === c ||
                    11 === c ||
                    12 === c ||
                    160 === c ||
                    (c >= 5760 &&
                      [
                        5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202,
                        8239, 8287, 12288, 65279,
                      ].indexOf(c) >= 0)
                  );
                },
                isLineTerminator: function (c) {
                  return 10 === c || 13 === c || 8232 === c || 8233 === c;
                },
                isIdentifierStart: function (c) {
                  return (
                    36 === c ||
                    95 === c ||
                    (c >= 65 && c <= 90) ||
                    (c >= 97 && c <= 122) ||
                    92 === c ||
                    (c >= 128 && e.test(d.Character.fromCodePoint(c)))
                  );
                },
                isIdentifierPart: function (c) {
                  return (
                    36 === c ||
                    95 === c ||
                    (c >= 65 && c <= 90) ||
                    (c >= 97 && c <= 122) ||
                    (c >= 48 && c <= 57) ||
                    92 === c ||
                    (c >= 128 && f.test(d.Character.fromCodePoint(c)))
                  );
                },
                isDecimalDigit: function (c) {
                  return c >= 48 && c <= 57;
                },
                isHexDigit: function (c) {
                  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
                },
                isOctalDigit: function (c) {
                  return c >= 48 && c <= 55;
                },
              };
            },
            function (c, d, e) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var f = e(6);
              ((d.JSXClosingElement = function (c) {
                ((this.type = f.JSXSyntax.JSXClosingElement), (this.name = c));
              }),
                (d.JSXElement = function (c, d, e) {
                  ((this.type = f.JSXSyntax.JSXElement),
                    (this.openingElement = c),
                    (this.children = d),
                    (this.closingElement = e));
                }),
                (d.JSXEmptyExpression = function () {
                  this.type = f.JSXSyntax.JSXEmptyExpression;
                }),
                (d.JSXExpressionContainer = function (c) {
                  ((this.type = f.JSXSyntax.JSXExpressionContainer), (this.expression = c));
                }),
                (d.JSXIdentifier = function (c) {
                  ((this.type = f.JSXSyntax.JSXIdentifier), (this.name = c));
                }),
                (d.JSXMemberExpression = function (c, d) {
                  ((this.type = f.JSXSyntax.JSXMemberExpression),
                    (this.object = c),
                    (this.property = d));
                }),
                (d.JSXAttribute = function (c, d) {
                  ((this.type = f.JSXSyntax.JSXAttribute), (this.name = c), (this.value = d));
                }),
                (d.JSXNamespacedName = function (c, d) {
                  ((this.type = f.JSXSyntax.JSXNamespacedName),
                    (this.namespace = c),
                    (this.name = d));
                }),
                (d.JSXOpeningElement = function (c, d, e) {
                  ((this.type = f.JSXSyntax.JSXOpeningElement),
                    (this.name = c),
                    (this.selfClosing = d),
                    (this.attributes = e));
                }),
                (d.JSXSpreadAttribute = function (c) {
                  ((this.type = f.JSXSyntax.JSXSpreadAttribute), (this.argument = c));
                }),
                (d.JSXText = function (c, d) {
                  ((this.type = f.JSXSyntax.JSXText), (this.value = c), (this.raw = d));
                }));
            },
            function (c, d) {
              "use strict";
              (Object.defineProperty(d, "__esModule", { value: !0 }),
                (d.JSXSyntax = {
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
            function (c, d, e) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var f = e(2);
              ((d.ArrayExpression = function (c) {
                ((this.type = f.Syntax.ArrayExpression), (this.elements = c));
              }),
                (d.ArrayPattern = function (c) {
                  ((this.type = f.Syntax.ArrayPattern), (this.elements = c));
                }),
                (d.ArrowFunctionExpression = function (c, d, e) {
                  ((this.type = f.Syntax.ArrowFunctionExpression),
                    (this.id = null),
                    (this.params = c),
                    (this.body = d),
                    (this.generator = !1),
                    (this.expression = e),
                    (this.async = !1));
                }),
                (d.AssignmentExpression = function (c, d, e) {
                  ((this.type = f.Syntax.AssignmentExpression),
                    (this.operator = c),
                    (this.left = d),
                    (this.right = e));
                }),
                (d.AssignmentPattern = function (c, d) {
                  ((this.type = f.Syntax.AssignmentPattern), (this.left = c), (this.right = d));
                }),
                (d.AsyncArrowFunctionExpression = function (c, d, e) {
                  ((this.type = f.Syntax.ArrowFunctionExpression),
                    (this.id = null),
                    (this.params = c),
                    (this.body = d),
                    (this.generator = !1),
                    (this.expression = e),
                    (this.async = !0));
                }),
                (d.AsyncFunctionDeclaration = function (c, d, e) {
                  ((this.type = f.Syntax.FunctionDeclaration),
                    (this.id = c),
                    (this.params = d),
                    (this.body = e),
                    (this.generator = !1),
                    (this.expression = !1),
                    (this.async = !0));
                }),
                (d.AsyncFunctionExpression = function (c, d, e) {
                  ((this.type = f.Syntax.FunctionExpression),
                    (this.id = c),
                    (this.params = d),
                    (this.body = e),
                    (this.generator = !1),
                    (this.expression = !1),
                    (this.async = !0));
                }),
                (d.AwaitExpression = function (c) {
                  ((this.type = f.Syntax.AwaitExpression), (this.argument = c));
                }),
                (d.BinaryExpression = function (c, d, e) {
                  ((this.type =
                    "||" === c || "&&" === c
                      ? f.Syntax.LogicalExpression
                      : f.Syntax.BinaryExpression),
                    (this.operator = c),
                    (this.left = d),
                    (this.right = e));
                }),
                (d.BlockStatement = function (c) {
                  ((this.type = f.Syntax.BlockStatement), (this.body = c));
                }),
                (d.BreakStatement = function (c) {
                  ((this.type = f.Syntax.BreakStatement), (this.label = c));
                }),
                (d.CallExpression = function (c, d) {
                  ((this.type = f.Syntax.CallExpression), (this.callee = c), (this.arguments = d));
                }),
                (d.CatchClause = function (c, d) {
                  ((this.type = f.Syntax.CatchClause), (this.param = c), (this.body = d));
                }),
                (d.ClassBody = function (c) {
                  ((this.type = f.Syntax.ClassBody), (this.body = c));
                }),
                (d.ClassDeclaration = function (c, d, e) {
                  ((this.type = f.Syntax.ClassDeclaration),
                    (this.id = c),
                    (this.superClass = d),
                    (this.body = e));
                }),
                (d.ClassExpression = function (c, d, e) {
                  ((this.type = f.Syntax.ClassExpression),
                    (this.id = c),
                    (this.superClass = d),
                    (this.body = e));
                }),
                (d.ComputedMemberExpression = function (c, d) {
                  ((this.type = f.Syntax.MemberExpression),
                    (this.computed = !0),
                    (this.object = c),
                    (this.property = d));
                }),
                (d.ConditionalExpression = function (c, d, e) {
                  ((this.type = f.Syntax.ConditionalExpression),
                    (this.test = c),
                    (this.consequent = d),
                    (this.alternate = e));
                }),
                (d.ContinueStatement = function (c) {
                  ((this.type = f.Syntax.ContinueStatement), (this.label = c));
                }),
                (d.DebuggerStatement = function () {
                  this.type = f.Syntax.DebuggerStatement;
                }),
                (d.Directive = function (c, d) {
                  ((this.type = f.Syntax.ExpressionStatement),
                    (this.expression = c),
                    (this.directive = d));
                }),
                (d.DoWhileStatement = function (c, d) {
                  ((this.type = f.Syntax.DoWhileStatement), (this.body = c), (this.test = d));
                }),
                (d.EmptyStatement = function () {
                  this.type = f.Syntax.EmptyStatement;
                }),
                (d.ExportAllDeclaration = function (c) {
                  ((this.type = f.Syntax.ExportAllDeclaration), (this.source = c));
                }),
                (d.ExportDefaultDeclaration = function (c) {
                  ((this.type = f.Syntax.ExportDefaultDeclaration), (this.declaration = c));
                }),
                (d.ExportNamedDeclaration = function (c, d, e) {
                  ((this.type = f.Syntax.ExportNamedDeclaration),
                    (this.declaration = c),
                    (this.specifiers = d),
                    (this.source = e));
                }),
                (d.ExportSpecifier = function (c, d) {
                  ((this.type = f.Syntax.ExportSpecifier), (this.exported = d), (this.local = c));
                }),
                (d.ExpressionStatement = function (c) {
                  ((this.type = f.Syntax.ExpressionStatement), (this.expression = c));
                }),
                (d.ForInStatement = function (c, d, e) {
                  ((this.type = f.Syntax.ForInStatement),
                    (this.left = c),
                    (this.right = d),
                    (this.body = e),
                    (this.each = !1));
                }),
                (d.ForOfStatement = function (c, d, e) {
                  ((this.type = f.Syntax.ForOfStatement),
                    (this.left = c),
                    (this.right = d),
                    (this.body = e));
                }),
                (d.ForStatement = function (c, d, e, g) {
                  ((this.type = f.Syntax.ForStatement),
                    (this.init = c),
                    (this.test = d),
                    (this.update = e),
                    (this.body = g));
                }),
                (d.FunctionDeclaration = function (c, d, e, g) {
                  ((this.type = f.Syntax.FunctionDeclaration),
                    (this.id = c),
                    (this.params = d),
                    (this.body = e),
                    (this.generator = g),
                    (this.expression = !1),
                    (this.async = !1));
                }),
                (d.FunctionExpression = function (c, d, e, g) {
                  ((this.type = f.Syntax.FunctionExpression),
                    (this.id = c),
                    (this.params = d),
                    (this.body = e),
                    (this.generator = g),
                    (this.expression = !1),
                    (this.async = !1));
                }),
                (d.Identifier = function (c) {
                  ((this.type = f.Syntax.Identifier), (this.name = c));
                }),
                (d.IfStatement = function (c, d, e) {
                  ((this.type = f.Syntax.IfStatement),
                    (this.test = c),
                    (this.consequent = d),
                    (this.alternate = e));
                }),
                (d.ImportDeclaration = function (c, d) {
                  ((this.type = f.Syntax.ImportDeclaration),
                    (this.specifiers = c),
                    (this.source = d));
                }),
                (d.ImportDefaultSpecifier = function (c) {
                  ((this.type = f.Syntax.ImportDefaultSpecifier), (this.local = c));
                }),
                (d.ImportNamespaceSpecifier = function (c) {
                  ((this.type = f.Syntax.ImportNamespaceSpecifier), (this.local = c));
                }),
                (d.ImportSpecifier = function (c, d) {
                  ((this.type = f.Syntax.ImportSpecifier), (this.local = c), (this.imported = d));
                }),
                (d.LabeledStatement = function (c, d) {
                  ((this.type = f.Syntax.LabeledStatement), (this.label = c), (this.body = d));
                }),
                (d.Literal = function (c, d) {
                  ((this.type = f.Syntax.Literal), (this.value = c), (this.raw = d));
                }),
                (d.MetaProperty = function (c, d) {
                  ((this.type = f.Syntax.MetaProperty), (this.meta = c), (this.property = d));
                }),
                (d.MethodDefinition = function (c, d, e, g, h) {
                  ((this.type = f.Syntax.MethodDefinition),
                    (this.key = c),
                    (this.computed = d),
                    (this.value = e),
                    (this.kind = g),
                    (this.static = h));
                }),
                (d.Module = function (c) {
                  ((this.type = f.Syntax.Program), (this.body = c), (this.sourceType = "module"));
                }),
                (d.NewExpression = function (c, d) {
                  ((this.type = f.Syntax.NewExpression), (this.callee = c), (this.arguments = d));
                }),
                (d.ObjectExpression = function (c) {
                  ((this.type = f.Syntax.ObjectExpression), (this.properties = c));
                }),
                (d.ObjectPattern = function (c) {
                  ((this.type = f.Syntax.ObjectPattern), (this.properties = c));
                }),
                (d.Property = function (c, d, e, g, h, i) {
                  ((this.type = f.Syntax.Property),
                    (this.key = d),
                    (this.computed = e),
                    (this.value = g),
                    (this.kind = c),
                    (this.method = h),
                    (this.shorthand = i));
                }),
                (d.RegexLiteral = function (c, d, e, g) {
                  ((this.type = f.Syntax.Literal),
                    (this.value = c),
                    (this.raw = d),
                    (this.regex = { pattern: e, flags: g }));
                }),
                (d.RestElement = function (c) {
                  ((this.type = f.Syntax.RestElement), (this.argument = c));
                }),
                (d.ReturnStatement = function (c) {
                  ((this.type = f.Syntax.ReturnStatement), (this.argument = c));
                }),
                (d.Script = function (c) {
                  ((this.type = f.Syntax.Program), (this.body = c), (this.sourceType = "script"));
                }),
                (d.SequenceExpression = function (c) {
                  ((this.type = f.Syntax.SequenceExpression), (this.expressions = c));
                }),
                (d.SpreadElement = function (c) {
                  ((this.type = f.Syntax.SpreadElement), (this.argument = c));
                }),
                (d.StaticMemberExpression = function (c, d) {
                  ((this.type = f.Syntax.MemberExpression),
                    (this.computed = !1),
                    (this.object = c),
                    (this.property = d));
                }),
                (d.Super = function () {
                  this.type = f.Syntax.Super;
                }),
                (d.SwitchCase = function (c, d) {
                  ((this.type = f.Syntax.SwitchCase), (this.test = c), (this.consequent = d));
                }),
                (d.SwitchStatement = function (c, d) {
                  ((this.type = f.Syntax.SwitchStatement),
                    (this.discriminant = c),
                    (this.cases = d));
                }),
                (d.TaggedTemplateExpression = function (c, d) {
                  ((this.type = f.Syntax.TaggedTemplateExpression),
                    (this.tag = c),
                    (this.quasi = d));
                }),
                (d.TemplateElement = function (c, d) {
                  ((this.type = f.Syntax.TemplateElement), (this.value = c), (this.tail = d));
                }),
                (d.TemplateLiteral = function (c, d) {
                  ((this.type = f.Syntax.TemplateLiteral),
                    (this.quasis = c),
                    (this.expressions = d));
                }),
                (d.ThisExpression = function () {
                  this.type = f.Syntax.ThisExpression;
                }),
                (d.ThrowStatement = function (c) {
                  ((this.type = f.Syntax.ThrowStatement), (this.argument = c));
                }),
                (d.TryStatement = function (c, d, e) {
                  ((this.type = f.Syntax.TryStatement),
                    (this.block = c),
                    (this.handler = d),
                    (this.finalizer = e));
                }),
                (d.UnaryExpression = function (c, d) {
                  ((this.type = f.Syntax.UnaryExpression),
                    (this.operator = c),
                    (this.argument = d),
                    (this.prefix = !0));
                }),
                (d.UpdateExpression = function (c, d, e) {
                  ((this.type = f.Syntax.UpdateExpression),
                    (this.operator = c),
                    (this.argument = d),
                    (this.prefix = e));
                }),
                (d.VariableDeclaration = function (c, d) {
                  ((this.type = f.Syntax.VariableDeclaration),
                    (this.declarations = c),
                    (this.kind = d));
                }),
                (d.VariableDeclarator = function (c, d) {
                  ((this.type = f.Syntax.VariableDeclarator), (this.id = c), (this.init = d));
                }),
                (d.WhileStatement = function (c, d) {
                  ((this.type = f.Syntax.WhileStatement), (this.test = c), (this.body = d));
                }),
                (d.WithStatement = function (c, d) {
                  ((this.type = f.Syntax.WithStatement), (this.object = c), (this.body = d));
                }),
                (d.YieldExpression = function (c, d) {
                  ((this.type = f.Syntax.YieldExpression),
                    (this.argument = c),
                    (this.delegate = d));
                }));
            },
            function (c, d, e) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var f = e(9),
                g = e(10),
                h = e(11),
                i = e(7),
                j = e(12),
                k = e(2),
                l = e(13),
                m = "ArrowParameterPlaceHolder";
              d.Parser = (function () {
                function c(c, d, e) {
                  (void 0 === d && (d = {}),
                    (this.config = {
                      range: "boolean" == typeof d.range && d.range,
                      loc: "boolean" == typeof d.loc && d.loc,
                      source: null,
                      tokens: "boolean" == typeof d.tokens && d.tokens,
                      comment: "boolean" == typeof d.comment && d.comment,
                      tolerant: "boolean" == typeof d.tolerant && d.tolerant,
                    }),
                    this.config.loc &&
                      d.source &&
                      null !== d.source &&
                      (this.config.source = String(d.source)),
                    (this.delegate = e),
                    (this.errorHandler = new g.ErrorHandler()),
                    (this.errorHandler.tolerant = this.config.tolerant),
                    (this.scanner = new j.Scanner(c, this.errorHandler)),
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
                  (c.prototype.throwError = function (c) {
                    for (var d = [], e = 1; e < arguments.length; e++) d[e - 1] = arguments[e];
                    var g = Array.prototype.slice.call(arguments, 1),
                      h = c.replace(/%(\d)/g, function (c, d) {
                        return (f.assert(d < g.length, "Message reference must be in range"), g[d]);
                      }),
                      i = this.lastMarker.index,
                      j = this.lastMarker.line,
                      k = this.lastMarker.column + 1;
                    throw this.errorHandler.createError(i, j, k, h);
                  }),
                  (c.prototype.tolerateError = function (c) {
                    for (var d = [], e = 1; e < arguments.length; e++) d[e - 1] = arguments[e];
                    var g = Array.prototype.slice.call(arguments, 1),
                      h = c.replace(/%(\d)/g, function (c, d) {
                        return (f.assert(d < g.length, "Message reference must be in range"), g[d]);
                      }),
                      i = this.lastMarker.index,
                      j = this.scanner.lineNumber,
                      k = this.lastMarker.column + 1;
                    this.errorHandler.tolerateError(i, j, k, h);
                  }),
                  (c.prototype.unexpectedTokenError = function (c, d) {
                    var e,
                      f = d || h.Messages.UnexpectedToken;
                    if (
                      (c
                        ? (!d &&
                            ((f =
                              2 === c.type
                                ? h.Messages.UnexpectedEOS
                                : 3 === c.type
                                  ? h.Messages.UnexpectedIdentifier
                                  : 6 === c.type
                                    ? h.Messages.UnexpectedNumber
                                    : 8 === c.type
                                      ? h.Messages.UnexpectedString
                                      : 10 === c.type
                                        ? h.Messages.UnexpectedTemplate
                                        : h.Messages.UnexpectedToken),
                            4 === c.type &&
                              (this.scanner.isFutureReservedWord(c.value)
                                ? (f = h.Messages.UnexpectedReserved)
                                : this.context.strict &&
                                  this.scanner.isStrictModeReservedWord(c.value) &&
                                  (f = h.Messages.StrictReservedWord))),
                          (e = c.value))
                        : (e = "ILLEGAL"),
                      (f = f.replace("%0", e)),
                      c && "number" == typeof c.lineNumber)
                    ) {
                      var g = c.start,
                        i = c.lineNumber,
                        j = this.lastMarker.index - this.lastMarker.column,
                        k = c.start - j + 1;
                      return this.errorHandler.createError(g, i, k, f);
                    }
                    var g = this.lastMarker.index,
                      i = this.lastMarker.line,
                      k = this.lastMarker.column + 1;
                    return this.errorHandler.createError(g, i, k, f);
                  }),
                  (c.prototype.throwUnexpectedToken = function (c, d) {
                    throw this.unexpectedTokenError(c, d);
                  }),
                  (c.prototype.tolerateUnexpectedToken = function (c, d) {
                    this.errorHandler.tolerate(this.unexpectedTokenError(c, d));
                  }),
                  (c.prototype.collectComments = function () {
                    if (this.config.comment) {
                      var c = this.scanner.scanComments();
                      if (c.length > 0 && this.delegate)
                        for (var d = 0; d < c.length; ++d) {
                          var e = c[d],
                            f = void 0;
                          ((f = {
                            type: e.multiLine ? "BlockComment" : "LineComment",
                            value: this.scanner.source.slice(e.slice[0], e.slice[1]),
                          }),
                            this.config.range && (f.range = e.range),
                            this.config.loc && (f.loc = e.loc));
                          var g = {
                            start: {
                              line: e.loc.start.line,
                              column: e.loc.start.column,
                              offset: e.range[0],
                            },
                            end: {
                              line: e.loc.end.line,
                              column: e.loc.end.column,
                              offset: e.range[1],
                            },
                          };
                          this.delegate(f, g);
                        }
                    } else this.scanner.scanComments();
                  }),
                  (c.prototype.getTokenRaw = function (c) {
                    return this.scanner.source.slice(c.start, c.end);
                  }),
                  (c.prototype.convertToken = function (c) {
                    var d = { type: l.TokenName[c.type], value: this.getTokenRaw(c) };
                    return (
                      this.config.range && (d.range = [c.start, c.end]),
                      this.config.loc &&
                        (d.loc = {
                          start: { line: this.startMarker.line, column: this.startMarker.column },
                          end: {
                            line: this.scanner.lineNumber,
                            column: this.scanner.index - this.scanner.lineStart,
                          },
                        }),
                      9 === c.type && (d.regex = { pattern: c.pattern, flags: c.flags }),
                      d
                    );
                  }),
                  (c.prototype.nextToken = function () {
                    var c = this.lookahead;
                    ((this.lastMarker.index = this.scanner.index),
                      (this.lastMarker.line = this.scanner.lineNumber),
                      (this.lastMarker.column = this.scanner.index - this.scanner.lineStart),
                      this.collectComments(),
                      this.scanner.index !== this.startMarker.index &&
                        ((this.startMarker.index = this.scanner.index),
                        (this.startMarker.line = this.scanner.lineNumber),
                        (this.startMarker.column = this.scanner.index - this.scanner.lineStart)));
                    var d = this.scanner.lex();
                    return (
                      (this.hasLineTerminator = c.lineNumber !== d.lineNumber),
                      d &&
                        this.context.strict &&
                        3 === d.type &&
                        this.scanner.isStrictModeReservedWord(d.value) &&
                        (d.type = 4),
                      (this.lookahead = d),
                      this.config.tokens && 2 !== d.type && this.tokens.push(this.convertToken(d)),
                      c
                    );
                  }),
                  (c.prototype.nextRegexToken = function () {
                    this.collectComments();
                    var c = this.scanner.scanRegExp();
                    return (
                      this.config.tokens &&
                        (this.tokens.pop(), this.tokens.push(this.convertToken(c))),
                      (this.lookahead = c),
                      this.nextToken(),
                      c
                    );
                  }),
                  (c.prototype.createNode = function () {
                    return {
                      index: this.startMarker.index,
                      line: this.startMarker.line,
                      column: this.startMarker.column,
                    };
                  }),
                  (c.prototype.startNode = function (c, d) {
                    void 0 === d && (d = 0);
                    var e = c.start - c.lineStart,
                      f = c.lineNumber;
                    return (e < 0 && ((e += d), f--), { index: c.start, line: f, column: e });
                  }),
                  (c.prototype.finalize = function (c, d) {
                    if (
                      (this.config.range && (d.range = [c.index, this.lastMarker.index]),
                      this.config.loc &&
                        ((d.loc = {
                          start: { line: c.line, column: c.column },
                          end: { line: this.lastMarker.line, column: this.lastMarker.column },
                        }),
                        this.config.source && (d.loc.source = this.config.source)),
                      this.delegate)
                    ) {
                      var e = {
                        start: { line: c.line, column: c.column, offset: c.index },
                        end: {
                          line: this.lastMarker.line,
                          column: this.lastMarker.column,
                          offset: this.lastMarker.index,
                        },
                      };
                      this.delegate(d, e);
                    }
                    return d;
                  }),
                  (c.prototype.expect = function (c) {
                    var d = this.nextToken();
                    (7 !== d.type || d.value !== c) && this.throwUnexpectedToken(d);
                  }),
                  (c.prototype.expectCommaSeparator = function () {
                    if (this.config.tolerant) {
                      var c = this.lookahead;
                      7 === c.type && "," === c.value
                        ? this.nextToken()
                        : 7 === c.type && ";" === c.value
                          ? (this.nextToken(), this.tolerateUnexpectedToken(c))
                          : this.tolerateUnexpectedToken(c, h.Messages.UnexpectedToken);
                    } else this.expect(",");
                  }),
                  (c.prototype.expectKeyword = function (c) {
                    var d = this.nextToken();
                    (4 !== d.type || d.value !== c) && this.throwUnexpectedToken(d);
                  }),
                  (c.prototype.match = function (c) {
                    return 7 === this.lookahead.type && this.lookahead.value === c;
                  }),
                  (c.prototype.matchKeyword = function (c) {
                    return 4 === this.lookahead.type && this.lookahead.value === c;
                  }),
                  (c.prototype.matchContextualKeyword = function (c) {
                    return 3 === this.lookahead.type && this.lookahead.value === c;
                  }),
                  (c.prototype.matchAssign = function () {
                    if (7 !== this.lookahead.type) return !1;
                    var c = this.lookahead.value;
                    return (
                      "=" === c ||
                      "*=" === c ||
                      "**=" === c ||
                      "/=" === c ||
                      "%=" === c ||
                      "+=" === c ||
                      "-=" === c ||
                      "<<=" === c ||
                      ">>=" === c ||
                      ">>>=" === c ||
                      "&=" === c ||
                      "^=" === c ||
                      "|=" === c
                    );
                  }),
                  (c.prototype.isolateCoverGrammar = function (c) {
                    var d = this.context.isBindingElement,
                      e = this.context.isAssignmentTarget,
                      f = this.context.firstCoverInitializedNameError;
                    ((this.context.isBindingElement = !0),
                      (this.context.isAssignmentTarget = !0),
                      (this.context.firstCoverInitializedNameError = null));
                    var g = c.call(this);
                    return (
                      null !== this.context.firstCoverInitializedNameError &&
                        this.throwUnexpectedToken(this.context.firstCoverInitializedNameError),
                      (this.context.isBindingElement = d),
                      (this.context.isAssignmentTarget = e),
                      (this.context.firstCoverInitializedNameError = f),
                      g
                    );
                  }),
                  (c.prototype.inheritCoverGrammar = function (c) {
                    var d = this.context.isBindingElement,
                      e = this.context.isAssignmentTarget,
                      f = this.context.firstCoverInitializedNameError;
                    ((this.context.isBindingElement = !0),
                      (this.context.isAssignmentTarget = !0),
                      (this.context.firstCoverInitializedNameError = null));
                    var g = c.call(this);
                    return (
                      (this.context.isBindingElement = this.context.isBindingElement && d),
                      (this.context.isAssignmentTarget = this.context.isAssignmentTarget && e),
                      (this.context.firstCoverInitializedNameError =
                        f || this.context.firstCoverInitializedNameError),
                      g
                    );
                  }),
                  (c.prototype.consumeSemicolon = function () {
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
                  (c.prototype.parsePrimaryExpression = function () {
                    var c,
                      d,
                      e,
                      f = this.createNode();
                    switch (this.lookahead.type) {
                      case 3:
                        ((this.context.isModule || this.context.await) &&
                          "await" === this.lookahead.value &&
                          this.tolerateUnexpectedToken(this.lookahead),
                          (c = this.matchAsyncFunction()
                            ? this.parseFunctionExpression()
                            : this.finalize(f, new i.Identifier(this.nextToken().value))));
                        break;
                      case 6:
                      case 8:
                        (this.context.strict &&
                          this.lookahead.octal &&
                          this.tolerateUnexpectedToken(
                            this.lookahead,
                            h.Messages.StrictOctalLiteral,
                          ),
                          (this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          (d = this.nextToken()),
                          (e = this.getTokenRaw(d)),
                          (c = this.finalize(f, new i.Literal(d.value, e))));
                        break;
                      case 1:
                        ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          (d = this.nextToken()),
                          (e = this.getTokenRaw(d)),
                          (c = this.finalize(f, new i.Literal("true" === d.value, e))));
                        break;
                      case 5:
                        ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          (d = this.nextToken()),
                          (e = this.getTokenRaw(d)),
                          (c = this.finalize(f, new i.Literal(null, e))));
                        break;
                      case 10:
                        c = this.parseTemplateLiteral();
                        break;
                      case 7:
                        switch (this.lookahead.value) {
                          case "(":
                            ((this.context.isBindingElement = !1),
                              (c = this.inheritCoverGrammar(this.parseGroupExpression)));
                            break;
                          case "[":
                            c = this.inheritCoverGrammar(this.parseArrayInitializer);
                            break;
                          case "{":
                            c = this.inheritCoverGrammar(this.parseObjectInitializer);
                            break;
                          case "/":
                          case "/=":
                            ((this.context.isAssignmentTarget = !1),
                              (this.context.isBindingElement = !1),
                              (this.scanner.index = this.startMarker.index),
                              (d = this.nextRegexToken()),
                              (e = this.getTokenRaw(d)),
                              (c = this.finalize(
                                f,
                                new i.RegexLiteral(d.regex, e, d.pattern, d.flags),
                              )));
                            break;
                          default:
                            c = this.throwUnexpectedToken(this.nextToken());
                        }
                        break;
                      case 4:
                        !this.context.strict &&
                        this.context.allowYield &&
                        this.matchKeyword("yield")
                          ? (c = this.parseIdentifierName())
                          : !this.context.strict && this.matchKeyword("let")
                            ? (c = this.finalize(f, new i.Identifier(this.nextToken().value)))
                            : ((this.context.isAssignmentTarget = !1),
                              (this.context.isBindingElement = !1),
                              this.matchKeyword("function")
                                ? (c = this.parseFunctionExpression())
                                : this.matchKeyword("this")
                                  ? (this.nextToken(),
                                    (c = this.finalize(f, new i.ThisExpression())))
                                  : (c = this.matchKeyword("class")
                                      ? this.parseClassExpression()
                                      : this.throwUnexpectedToken(this.nextToken())));
                        break;
                      default:
                        c = this.throwUnexpectedToken(this.nextToken());
                    }
                    return c;
                  }),
                  (c.prototype.parseSpreadElement = function () {
                    var c = this.createNode();
                    this.expect("...");
                    var d = this.inheritCoverGrammar(this.parseAssignmentExpression);
                    return this.finalize(c, new i.SpreadElement(d));
                  }),
                  (c.prototype.parseArrayInitializer = function () {
                    var c = this.createNode(),
                      d = [];
                    for (this.expect("["); !this.match("]");)
                      if (this.match(",")) (this.nextToken(), d.push(null));
                      else if (this.match("...")) {
                        var e = this.parseSpreadElement();
                        (this.match("]") ||
                          ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1),
                          this.expect(",")),
                          d.push(e));
                      } else
                        (d.push(this.inheritCoverGrammar(this.parseAssignmentExpression)),
                          this.match("]") || this.expect(","));
                    return (this.expect("]"), this.finalize(c, new i.ArrayExpression(d)));
                  }),
                  (c.prototype.parsePropertyMethod = function (c) {
                    ((this.context.isAssignmentTarget = !1), (this.context.isBindingElement = !1));
                    var d = this.context.strict,
                      e = this.context.allowStrictDirective;
                    this.context.allowStrictDirective = c.simple;
                    var f = this.isolateCoverGrammar(this.parseFunctionSourceElements);
                    return (
                      this.context.strict &&
                        c.firstRestricted &&
                        this.tolerateUnexpectedToken(c.firstRestricted, c.message),
                      this.context.strict &&
                        c.stricted &&
                        this.tolerateUnexpectedToken(c.stricted, c.message),
                      (this.context.strict = d),
                      (this.context.allowStrictDirective = e),
                      f
                    );
                  }),
                  (c.prototype.parsePropertyMethodFunction = function () {
                    var c = this.createNode(),
                      d = this.context.allowYield;
                    this.context.allowYield = !0;
                    var e = this.parseFormalParameters(),
                      f = this.parsePropertyMethod(e);
                    return (
                      (this.context.allowYield = d),
                      this.finalize(c, new i.FunctionExpression(null, e.params, f, !1))
                    );
                  }),
                  (c.prototype.parsePropertyMethodAsyncFunction = function () {
                    var c = this.createNode(),
                      d = this.context.allowYield,
                      e = this.context.await;
                    ((this.context.allowYield = !1), (this.context.await = !0));
                    var f = this.parseFormalParameters(),
                      g = this.parsePropertyMethod(f);
                    return (
                      (this.context.allowYield = d),
                      (this.context.await = e),
                      this.finalize(c, new i.AsyncFunctionExpression(null, f.params, g))
                    );
                  }),
                  (c.prototype.parseObjectPropertyKey = function () {
                    var c,
                      d = this.createNode(),
                      e = this.nextToken();
                    switch (e.type) {
                      case 8:
                      case 6:
                        this.context.strict &&
                          e.octal &&
                          this.tolerateUnexpectedToken(e, h.Messages.StrictOctalLiteral);
                        var f = this.getTokenRaw(e);
                        c = this.finalize(d, new i.Literal(e.value, f));
                        break;
                      case 3:
                      case 1:
                      case 5:
                      case 4:
                        c = this.finalize(d, new i.Identifier(e.value));
                        break;
                      case 7:
                        "[" === e.value
                          ? ((c = this.isolateCoverGrammar(this.parseAssignmentExpression)),
                            this.expect("]"))
                          : (c = this.throwUnexpectedToken(e));
                        break;
                      default:
                        c = this.throwUnexpectedToken(e);
                    }
                    return c;
                  }),
                  (c.prototype.isPropertyKey = function (c, d) {
                    return (
                      (c.type === k.Syntax.Identifier && c.name === d) ||
                      (c.type === k.Syntax.Literal && c.value === d)
                    );
                  }),
                  (c.prototype.parseObjectProperty = function (c) {
                    var d,
                      e = this.createNode(),
                      f = this.lookahead,
                      g = null,
                      j = null,
                      k = !1,
                      l = !1,
                      m = !1,
                      n = !1;
                    if (3 === f.type) {
                      var o = f.value;
                      (this.nextToken(),
                        (k = this.match("[")),
                        (g = (n =
                          !this.hasLineTerminator &&
                          "async" === o &&
                          !this.match(":") &&
                          !this.match("(") &&
                          !this.match("*") &&
                          !this.match(","))
                          ? this.parseObjectPropertyKey()
                          : this.finalize(e, new i.Identifier(o))));
                    } else
                      this.match("*")
                        ? this.nextToken()
                        : ((k = this.match("[")), (g = this.parseObjectPropertyKey()));
                    var p = this.qualifiedPropertyName(this.lookahead);
                    if (3 === f.type && !n && "get" === f.value && p)
                      ((d = "get"),
                        (k = this.match("[")),
                        (g = this.parseObjectPropertyKey()),
                        (this.context.allowYield = !1),
                        (j = this.parseGetterMethod()));
                    else if (3 === f.type && !n && "set" === f.value && p)
                      ((d = "set"),
                        (k = this.match("[")),
                        (g = this.parseObjectPropertyKey()),
                        (j = this.parseSetterMethod()));
                    else if (7 === f.type && "*" === f.value && p)
                      ((d = "init"),
                        (k = this.match("[")),
                        (g = this.parseObjectPropertyKey()),
                        (j = this.parseGeneratorMethod()),
                        (l = !0));
                    else if (
                      (g || this.throwUnexpectedToken(this.lookahead),
                      (d = "init"),
                      this.match(":") && !n)
                    )
                      (!k &&
                        this.isPropertyKey(g, "__proto__") &&
                        (c.value && this.tolerateError(h.Messages.DuplicateProtoProperty),
                        (c.value = !0)),
                        this.nextToken(),
                        (j = this.inheritCoverGrammar(this.parseAssignmentExpression)));
                    else if (this.match("("))
                      ((j = n
                        ? this.parsePropertyMethodAsyncFunction()
                        : this.parsePropertyMethodFunction()),
                        (l = !0));
                    else if (3 === f.type) {
                      var o = this.finalize(e, new i.Identifier(f.value));
                      if (this.match("=")) {
                        ((this.context.firstCoverInitializedNameError = this.lookahead),
                          this.nextToken(),
                          (m = !0));
                        var q = this.isolateCoverGrammar(this.parseAssignmentExpression);
                        j = this.finalize(e, new i.AssignmentPattern(o, q));
                      } else ((m = !0), (j = o));
                    } else this.throwUnexpectedToken(this.nextToken());
                    return this.finalize(e, new i.Property(d, g, k, j, l, m));
                  }),
                  (c.prototype.parseObjectInitializer = function () {
                    var c = this.createNode();
                    this.expect("{");
                    for (var d = [], e = { value: !1 }; !this.match("}");)
                      (d.push(this.parseObjectProperty(e)),
                        this.match("}") || this.expectCommaSeparator());
                    return (this.expect("}"), this.finalize(c, new i.ObjectExpression(d)));
                  }),
                  (c.prototype.parseTemplateHead = function () {
                    f.assert(
                      this.lookahead.head,
                      "Template literal must start with a template head",
                    );
                    var c = this.createNode(),
                      d = this.nextToken(),
                      e = d.value,
                      g = d.cooked;
                    return this.finalize(c, new i.TemplateElement({ raw: e, cooked: g }, d.tail));
                  }),
                  (c.prototype.parseTemplateElement = function () {
                    10 !== this.lookahead.type && this.throwUnexpectedToken();
                    var c = this.createNode(),
                      d = this.nextToken(),
                      e = d.value,
                      f = d.cooked;
                    return this.finalize(c, new i.TemplateElement({ raw: e, cooked: f }, d.tail));
                  }),
                  (c.prototype.parseTemplateLiteral = function () {
                    var c = this.createNode(),
                      d = [],
                      e = [],
                      f = this.parseTemplateHead();
                    for (e.push(f); !f.tail;)
                      (d.push(this.parseExpression()),
                        (f = this.parseTemplateElement()),
                        e.push(f));
                    return this.finalize(c, new i.TemplateLiteral(e, d));
                  }),
                  (c.prototype.reinterpretExpressionAsPattern = function (c) {
                    switch (c.type) {
                      case k.Syntax.Identifier:
                      case k.Syntax.MemberExpression:
                      case k.Syntax.RestElement:
                      case k.Syntax.AssignmentPattern:
                        break;
                      case k.Syntax.SpreadElement:
                        ((c.type = k.Syntax.RestElement),
                          this.reinterpretExpressionAsPattern(c.argument));
                        break;
                      case k.Syntax.ArrayExpression:
                        c.type = k.Syntax.ArrayPattern;
                        for (var d = 0; d < c.elements.length; d++)
                          null !== c.elements[d] &&
                            this.reinterpretExpressionAsPattern(c.elements[d]);
                        break;
                      case k.Syntax.ObjectExpression:
                        c.type = k.Syntax.ObjectPattern;
                        for (var d = 0; d < c.properties.length; d++)
                          this.reinterpretExpressionAsPattern(c.properties[d].value);
                        break;
                      case k.Syntax.AssignmentExpression:
                        ((c.type = k.Syntax.AssignmentPattern),
                          delete c.operator,
                          this.reinterpretExpressionAsPattern(c.left));
                    }
                  }),
                  (c.prototype.parseGroupExpression = function () {
                    var c;
                    if ((this.expect("("), this.match(")")))
                      (this.nextToken(),
                        this.match("=>") || this.expect("=>"),
                        (c = { type: m, params: [], async: !1 }));
                    else {
                      var d = this.lookahead,
                        e = [];
                      if (this.match("..."))
                        ((c = this.parseRestElement(e)),
                          this.expect(")"),
                          this.match("=>") || this.expect("=>"),
                          (c = { type: m, params: [c], async: !1 }));
                      else {
                        var f = !1;
                        if (
                          ((this.context.isBindingElement = !0),
                          (c = this.inheritCoverGrammar(this.parseAssignmentExpression)),
                          this.match(","))
                        ) {
                          var g = [];
                          for (
                            this.context.isAssignmentTarget = !1, g.push(c);
                            2 !== this.lookahead.type && this.match(",");
                          ) {
                            if ((this.nextToken(), this.match(")"))) {
                              this.nextToken();
                              for (var h = 0; h < g.length; h++)
                                this.reinterpretExpressionAsPattern(g[h]);
                              ((f = !0), (c = { type: m, params: g, async: !1 }));
                            } else if (this.match("...")) {
                              (this.context.isBindingElement ||
                                this.throwUnexpectedToken(this.lookahead),
                                g.push(this.parseRestElement(e)),
                                this.expect(")"),
                                this.match("=>") || this.expect("=>"),
                                (this.context.isBindingElement = !1));
                              for (var h = 0; h < g.length; h++)
                                this.reinterpretExpressionAsPattern(g[h]);
                              ((f = !0), (c = { type: m, params: g, async: !1 }));
                            } else g.push(this.inheritCoverGrammar(this.parseAssignmentExpression));
                            if (f) break;
                          }
                          f || (c = this.finalize(this.startNode(d), new i.SequenceExpression(g)));
                        }
                        if (!f) {
                          if (
                            (this.expect(")"),
                            this.match("=>") &&
                              (c.type === k.Syntax.Identifier &&
                                "yield" === c.name &&
                                ((f = !0), (c = { type: m, params: [c], async: !1 })),
                              !f))
                          ) {
                            if (
                              (this.context.isBindingElement ||
                                this.throwUnexpectedToken(this.lookahead),
                              c.type === k.Syntax.SequenceExpression)
                            )
                              for (var h = 0; h < c.expressions.length; h++)
                                this.reinterpretExpressionAsPattern(c.expressions[h]);
                            else this.reinterpretExpressionAsPattern(c);
                            c = {
                              type: m,
                              params: c.type === k.Syntax.SequenceExpression ? c.expressions : [c],
                              async: !1,
                            };
                          }
                          this.context.isBindingElement = !1;
                        }
                      }
                    }
                    return c;
                  }),
                  (c.prototype.parseArguments = function () {
                    this.expect("(");
                    var c = [];
                    if (!this.match(")"))
                      for (;;) {
                        var d = this.match("...")
                          ? this.parseSpreadElement()
                          : this.isolateCoverGrammar(this.parseAssignmentExpression);
                        if (
                          (c.push(d),
                          this.match(")") || (this.expectCommaSeparator(), this.match(")")))
                        )
                          break;
                      }
                    return (this.expect(")"), c);
                  }),
                  (c.prototype.isIdentifierName = function (c) {
                    return 3 === c.type || 4 === c.type || 1 === c.type || 5 === c.type;
                  }),
                  (c.prototype.parseIdentifierName = function () {
                    var c = this.createNode(),
                      d = this.nextToken();
                    return (
                      this.isIdentifierName(d) || this.throwUnexpectedToken(d),
                      this.finalize(c, new i.Identifier(d.value))
                    );
                  }),
                  (c.prototype.parseNewExpression = function () {
                    var c,
                      d = this.createNode(),
                      e = this.parseIdentifierName();
                    if (
                      (f.assert("new" === e.name, "New expression must start with `new`"),
                      this.match("."))
                    )
                      if (
                        (this.nextToken(),
                        3 === this.lookahead.type &&
                          this.context.inFunctionBody &&
                          "target" === this.lookahead.value)
                      ) {
                        var g = this.parseIdentifierName();
                        c = new i.MetaProperty(e, g);
                      } else this.throwUnexpectedToken(this.lookahead);
                    else {
                      var h = this.isolateCoverGrammar(this.parseLeftHandSideExpression),
                        j = this.match("(") ? this.parseArguments() : [];
                      ((c = new i.NewExpression(h, j)),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    }
                    return this.finalize(d, c);
                  }),
                  (c.prototype.parseAsyncArgument = function () {
                    var c = this.parseAssignmentExpression();
                    return ((this.context.firstCoverInitializedNameError = null), c);
                  }),
                  (c.prototype.parseAsyncArguments = function () {
                    this.expect("(");
                    var c = [];
                    if (!this.match(")"))
                      for (;;) {
                        var d = this.match("...")
                          ? this.parseSpreadElement()
                          : this.isolateCoverGrammar(this.parseAsyncArgument);
                        if (
                          (c.push(d),
                          this.match(")") || (this.expectCommaSeparator(), this.match(")")))
                        )
                          break;
                      }
                    return (this.expect(")"), c);
                  }),
                  (c.prototype.parseLeftHandSideExpressionAllowCall = function () {
                    var c,
                      d = this.lookahead,
                      e = this.matchContextualKeyword("async"),
                      f = this.context.allowIn;
                    for (
                      this.context.allowIn = !0,
                        this.matchKeyword("super") && this.context.inFunctionBody
                          ? ((c = this.createNode()),
                            this.nextToken(),
                            (c = this.finalize(c, new i.Super())),
                            this.match("(") ||
                              this.match(".") ||
                              this.match("[") ||
                              this.throwUnexpectedToken(this.lookahead))
                          : (c = this.inheritCoverGrammar(
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
                        var g = this.parseIdentifierName();
                        c = this.finalize(this.startNode(d), new i.StaticMemberExpression(c, g));
                      } else if (this.match("(")) {
                        var h = e && d.lineNumber === this.lookahead.lineNumber;
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !1));
                        var j = h ? this.parseAsyncArguments() : this.parseArguments();
                        if (
                          ((c = this.finalize(this.startNode(d), new i.CallExpression(c, j))),
                          h && this.match("=>"))
                        ) {
                          for (var k = 0; k < j.length; ++k)
                            this.reinterpretExpressionAsPattern(j[k]);
                          c = { type: m, params: j, async: !0 };
                        }
                      } else if (this.match("[")) {
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !0),
                          this.expect("["));
                        var g = this.isolateCoverGrammar(this.parseExpression);
                        (this.expect("]"),
                          (c = this.finalize(
                            this.startNode(d),
                            new i.ComputedMemberExpression(c, g),
                          )));
                      } else if (10 === this.lookahead.type && this.lookahead.head) {
                        var l = this.parseTemplateLiteral();
                        c = this.finalize(this.startNode(d), new i.TaggedTemplateExpression(c, l));
                      } else break;
                    return ((this.context.allowIn = f), c);
                  }),
                  (c.prototype.parseSuper = function () {
                    var c = this.createNode();
                    return (
                      this.expectKeyword("super"),
                      this.match("[") ||
                        this.match(".") ||
                        this.throwUnexpectedToken(this.lookahead),
                      this.finalize(c, new i.Super())
                    );
                  }),
                  (c.prototype.parseLeftHandSideExpression = function () {
                    f.assert(
                      this.context.allowIn,
                      "callee of new expression always allow in keyword.",
                    );
                    for (
                      var c = this.startNode(this.lookahead),
                        d =
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
                        var e = this.isolateCoverGrammar(this.parseExpression);
                        (this.expect("]"),
                          (d = this.finalize(c, new i.ComputedMemberExpression(d, e))));
                      } else if (this.match(".")) {
                        ((this.context.isBindingElement = !1),
                          (this.context.isAssignmentTarget = !0),
                          this.expect("."));
                        var e = this.parseIdentifierName();
                        d = this.finalize(c, new i.StaticMemberExpression(d, e));
                      } else if (10 === this.lookahead.type && this.lookahead.head) {
                        var g = this.parseTemplateLiteral();
                        d = this.finalize(c, new i.TaggedTemplateExpression(d, g));
                      } else break;
                    return d;
                  }),
                  (c.prototype.parseUpdateExpression = function () {
                    var c,
                      d = this.lookahead;
                    if (this.match("++") || this.match("--")) {
                      var e = this.startNode(d),
                        f = this.nextToken();
                      ((c = this.inheritCoverGrammar(this.parseUnaryExpression)),
                        this.context.strict &&
                          c.type === k.Syntax.Identifier &&
                          this.scanner.isRestrictedWord(c.name) &&
                          this.tolerateError(h.Messages.StrictLHSPrefix),
                        this.context.isAssignmentTarget ||
                          this.tolerateError(h.Messages.InvalidLHSInAssignment));
                      var g = !0;
                      ((c = this.finalize(e, new i.UpdateExpression(f.value, c, g))),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    } else if (
                      ((c = this.inheritCoverGrammar(this.parseLeftHandSideExpressionAllowCall)),
                      !this.hasLineTerminator &&
                        7 === this.lookahead.type &&
                        (this.match("++") || this.match("--")))
                    ) {
                      (this.context.strict &&
                        c.type === k.Syntax.Identifier &&
                        this.scanner.isRestrictedWord(c.name) &&
                        this.tolerateError(h.Messages.StrictLHSPostfix),
                        this.context.isAssignmentTarget ||
                          this.tolerateError(h.Messages.InvalidLHSInAssignment),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                      var j = this.nextToken().value,
                        g = !1;
                      c = this.finalize(this.startNode(d), new i.UpdateExpression(j, c, g));
                    }
                    return c;
                  }),
                  (c.prototype.parseAwaitExpression = function () {
                    var c = this.createNode();
                    this.nextToken();
                    var d = this.parseUnaryExpression();
                    return this.finalize(c, new i.AwaitExpression(d));
                  }),
                  (c.prototype.parseUnaryExpression = function () {
                    var c;
                    if (
                      this.match("+") ||
                      this.match("-") ||
                      this.match("~") ||
                      this.match("!") ||
                      this.matchKeyword("delete") ||
                      this.matchKeyword("void") ||
                      this.matchKeyword("typeof")
                    ) {
                      var d = this.startNode(this.lookahead),
                        e = this.nextToken();
                      ((c = this.inheritCoverGrammar(this.parseUnaryExpression)),
                        (c = this.finalize(d, new i.UnaryExpression(e.value, c))),
                        this.context.strict &&
                          "delete" === c.operator &&
                          c.argument.type === k.Syntax.Identifier &&
                          this.tolerateError(h.Messages.StrictDelete),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    } else
                      c =
                        this.context.await && this.matchContextualKeyword("await")
                          ? this.parseAwaitExpression()
                          : this.parseUpdateExpression();
                    return c;
                  }),
                  (c.prototype.parseExponentiationExpression = function () {
                    var c = this.lookahead,
                      d = this.inheritCoverGrammar(this.parseUnaryExpression);
                    if (d.type !== k.Syntax.UnaryExpression && this.match("**")) {
                      (this.nextToken(),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                      var e = d,
                        f = this.isolateCoverGrammar(this.parseExponentiationExpression);
                      d = this.finalize(this.startNode(c), new i.BinaryExpression("**", e, f));
                    }
                    return d;
                  }),
                  (c.prototype.binaryPrecedence = function (c) {
                    var d = c.value;
                    return 7 === c.type
                      ? this.operatorPrecedence[d] || 0
                      : 4 === c.type && ("instanceof" === d || (this.context.allowIn && "in" === d))
                        ? 7
                        : 0;
                  }),
                  (c.prototype.parseBinaryExpression = function () {
                    var c = this.lookahead,
                      d = this.inheritCoverGrammar(this.parseExponentiationExpression),
                      e = this.lookahead,
                      f = this.binaryPrecedence(e);
                    if (f > 0) {
                      (this.nextToken(),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                      for (
                        var g = [c, this.lookahead],
                          h = d,
                          j = this.isolateCoverGrammar(this.parseExponentiationExpression),
                          k = [h, e.value, j],
                          l = [f];
                        !((f = this.binaryPrecedence(this.lookahead)) <= 0);
                      ) {
                        for (; k.length > 2 && f <= l[l.length - 1];) {
                          j = k.pop();
                          var m = k.pop();
                          (l.pop(), (h = k.pop()), g.pop());
                          var n = this.startNode(g[g.length - 1]);
                          k.push(this.finalize(n, new i.BinaryExpression(m, h, j)));
                        }
                        (k.push(this.nextToken().value),
                          l.push(f),
                          g.push(this.lookahead),
                          k.push(this.isolateCoverGrammar(this.parseExponentiationExpression)));
                      }
                      var o = k.length - 1;
                      d = k[o];
                      for (var p = g.pop(); o > 1;) {
                        var q = g.pop(),
                          r = p && p.lineStart,
                          n = this.startNode(q, r),
                          m = k[o - 1];
                        ((d = this.finalize(n, new i.BinaryExpression(m, k[o - 2], d))),
                          (o -= 2),
                          (p = q));
                      }
                    }
                    return d;
                  }),
                  (c.prototype.parseConditionalExpression = function () {
                    var c = this.lookahead,
                      d = this.inheritCoverGrammar(this.parseBinaryExpression);
                    if (this.match("?")) {
                      this.nextToken();
                      var e = this.context.allowIn;
                      this.context.allowIn = !0;
                      var f = this.isolateCoverGrammar(this.parseAssignmentExpression);
                      ((this.context.allowIn = e), this.expect(":"));
                      var g = this.isolateCoverGrammar(this.parseAssignmentExpression);
                      ((d = this.finalize(this.startNode(c), new i.ConditionalExpression(d, f, g))),
                        (this.context.isAssignmentTarget = !1),
                        (this.context.isBindingElement = !1));
                    }
                    return d;
                  }),
                  (c.prototype.checkPatternParam = function (c, d) {
                    switch (d.type) {
                      case k.Syntax.Identifier:
                        this.validateParam(c, d, d.name);
                        break;
                      case k.Syntax.RestElement:
                        this.checkPatternParam(c, d.argument);
                        break;
                      case k.Syntax.AssignmentPattern:
                        this.checkPatternParam(c, d.left);
                        break;
                      case k.Syntax.ArrayPattern:
                        for (var e = 0; e < d.elements.length; e++)
                          null !== d.elements[e] && this.checkPatternParam(c, d.elements[e]);
                        break;
                      case k.Syntax.ObjectPattern:
                        for (var e = 0; e < d.properties.length; e++)
                          this.checkPatternParam(c, d.properties[e].value);
                    }
                    c.simple = c.simple && d instanceof i.Identifier;
                  }),
                  (c.prototype.reinterpretAsCoverFormalsList = function (c) {
                    var d,
                      e = [c],
                      f = !1;
                    switch (c.type) {
                      case k.Syntax.Identifier:
                        break;
                      case m:
                        ((e = c.params), (f = c.async));
                        break;
                      default:
                        return null;
                    }
                    d = { simple: !0, paramSet: {} };
                    for (var g = 0; g < e.length; ++g) {
                      var i = e[g];
                      (i.type === k.Syntax.AssignmentPattern
                        ? i.right.type === k.Syntax.YieldExpression &&
                          (i.right.argument && this.throwUnexpectedToken(this.lookahead),
                          (i.right.type = k.Syntax.Identifier),
                          (i.right.name = "yield"),
                          delete i.right.argument,
                          delete i.right.delegate)
                        : f &&
                          i.type === k.Syntax.Identifier &&
                          "await" === i.name &&
                          this.throwUnexpectedToken(this.lookahead),
                        this.checkPatternParam(d, i),
                        (e[g] = i));
                    }
                    if (this.context.strict || !this.context.allowYield)
                      for (var g = 0; g < e.length; ++g) {
                        var i = e[g];
                        i.type === k.Syntax.YieldExpression &&
                          this.throwUnexpectedToken(this.lookahead);
                      }
                    if (d.message === h.Messages.StrictParamDupe) {
                      var j = this.context.strict ? d.stricted : d.firstRestricted;
                      this.throwUnexpectedToken(j, d.message);
                    }
                    return {
                      simple: d.simple,
                      params: e,
                      stricted: d.stricted,
                      firstRestricted: d.firstRestricted,
                      message: d.message,
                    };
                  }),
                  (c.prototype.parseAssignmentExpression = function () {
                    var c;
                    if (!this.context.allowYield && this.matchKeyword("yield"))
                      c = this.parseYieldExpression();
                    else {
                      var d = this.lookahead,
                        e = d;
                      if (
                        ((c = this.parseConditionalExpression()),
                        3 === e.type &&
                          e.lineNumber === this.lookahead.lineNumber &&
                          "async" === e.value &&
                          (3 === this.lookahead.type || this.matchKeyword("yield")))
                      ) {
                        var f = this.parsePrimaryExpression();
                        (this.reinterpretExpressionAsPattern(f),
                          (c = { type: m, params: [f], async: !0 }));
                      }
                      if (c.type === m || this.match("=>")) {
                        ((this.context.isAssignmentTarget = !1),
                          (this.context.isBindingElement = !1));
                        var g = c.async,
                          j = this.reinterpretAsCoverFormalsList(c);
                        if (j) {
                          (this.hasLineTerminator && this.tolerateUnexpectedToken(this.lookahead),
                            (this.context.firstCoverInitializedNameError = null));
                          var l = this.context.strict,
                            n = this.context.allowStrictDirective;
                          this.context.allowStrictDirective = j.simple;
                          var o = this.context.allowYield,
                            p = this.context.await;
                          ((this.context.allowYield = !0), (this.context.await = g));
                          var q = this.startNode(d);
                          this.expect("=>");
                          var r = void 0;
                          if (this.match("{")) {
                            var s = this.context.allowIn;
                            ((this.context.allowIn = !0),
                              (r = this.parseFunctionSourceElements()),
                              (this.context.allowIn = s));
                          } else r = this.isolateCoverGrammar(this.parseAssignmentExpression);
                          var t = r.type !== k.Syntax.BlockStatement;
                          (this.context.strict &&
                            j.firstRestricted &&
                            this.throwUnexpectedToken(j.firstRestricted, j.message),
                            this.context.strict &&
                              j.stricted &&
                              this.tolerateUnexpectedToken(j.stricted, j.message),
                            (c = g
                              ? this.finalize(q, new i.AsyncArrowFunctionExpression(j.params, r, t))
                              : this.finalize(q, new i.ArrowFunctionExpression(j.params, r, t))),
                            (this.context.strict = l),
                            (this.context.allowStrictDirective = n),
                            (this.context.allowYield = o),
                            (this.context.await = p));
                        }
                      } else if (this.matchAssign()) {
                        if (
                          (this.context.isAssignmentTarget ||
                            this.tolerateError(h.Messages.InvalidLHSInAssignment),
                          this.context.strict && c.type === k.Syntax.Identifier)
                        ) {
                          var u = c;
                          (this.scanner.isRestrictedWord(u.name) &&
                            this.tolerateUnexpectedToken(e, h.Messages.StrictLHSAssignment),
                            this.scanner.isStrictModeReservedWord(u.name) &&
                              this.tolerateUnexpectedToken(e, h.Messages.StrictReservedWord));
                        }
                        this.match("=")
                          ? this.reinterpretExpressionAsPattern(c)
                          : ((this.context.isAssignmentTarget = !1),
                            (this.context.isBindingElement = !1));
                        var v = (e = this.nextToken()).value,
                          w = this.isolateCoverGrammar(this.parseAssignmentExpression);
                        ((c = this.finalize(
                          this.startNode(d),
                          new i.AssignmentExpression(v, c, w),
                        )),
                          (this.context.firstCoverInitializedNameError = null));
                      }
                    }
                    return c;
                  }),
                  (c.prototype.parseExpression = function () {
                    var c = this.lookahead,
                      d = this.isolateCoverGrammar(this.parseAssignmentExpression);
                    if (this.match(",")) {
                      var e = [];
                      for (e.push(d); 2 !== this.lookahead.type && this.match(",");)
                        (this.nextToken(),
                          e.push(this.isolateCoverGrammar(this.parseAssignmentExpression)));
                      d = this.finalize(this.startNode(c), new i.SequenceExpression(e));
                    }
                    return d;
                  }),
                  (c.prototype.parseStatementListItem = function () {
                    var c;
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
                              h.Messages.IllegalExportDeclaration,
                            ),
                            (c = this.parseExportDeclaration()));
                          break;
                        case "import":
                          (this.context.isModule ||
                            this.tolerateUnexpectedToken(
                              this.lookahead,
                              h.Messages.IllegalImportDeclaration,
                            ),
                            (c = this.parseImportDeclaration()));
                          break;
                        case "const":
                          c = this.parseLexicalDeclaration({ inFor: !1 });
                          break;
                        case "function":
                          c = this.parseFunctionDeclaration();
                          break;
                        case "class":
                          c = this.parseClassDeclaration();
                          break;
                        case "let":
                          c = this.isLexicalDeclaration()
                            ? this.parseLexicalDeclaration({ inFor: !1 })
                            : this.parseStatement();
                          break;
                        default:
                          c = this.parseStatement();
                      }
                    else c = this.parseStatement();
                    return c;
                  }),
                  (c.prototype.parseBlock = function () {
                    var c = this.createNode();
                    this.expect("{");
                    for (var d = []; !this.match("}");) d.push(this.parseStatementListItem());
                    return (this.expect("}"), this.finalize(c, new i.BlockStatement(d)));
                  }),
                  (c.prototype.parseLexicalBinding = function (c, d) {
                    var e = this.createNode(),
                      f = this.parsePattern([], c);
                    this.context.strict &&
                      f.type === k.Syntax.Identifier &&
                      this.scanner.isRestrictedWord(f.name) &&
                      this.tolerateError(h.Messages.StrictVarName);
                    var g = null;
                    return (
                      "const" === c
                        ? this.matchKeyword("in") ||
                          this.matchContextualKeyword("of") ||
                          (this.match("=")
                            ? (this.nextToken(),
                              (g = this.isolateCoverGrammar(this.parseAssignmentExpression)))
                            : this.throwError(h.Messages.DeclarationMissingInitializer, "const"))
                        : ((!d.inFor && f.type !== k.Syntax.Identifier) || this.match("=")) &&
                          (this.expect("="),
                          (g = this.isolateCoverGrammar(this.parseAssignmentExpression))),
                      this.finalize(e, new i.VariableDeclarator(f, g))
                    );
                  }),
                  (c.prototype.parseBindingList = function (c, d) {
                    for (var e = [this.parseLexicalBinding(c, d)]; this.match(",");)
                      (this.nextToken(), e.push(this.parseLexicalBinding(c, d)));
                    return e;
                  }),
                  (c.prototype.isLexicalDeclaration = function () {
                    var c = this.scanner.saveState();
                    this.scanner.scanComments();
                    var d = this.scanner.lex();
                    return (
                      this.scanner.restoreState(c),
                      3 === d.type ||
                        (7 === d.type && "[" === d.value) ||
                        (7 === d.type && "{" === d.value) ||
                        (4 === d.type && "let" === d.value) ||
                        (4 === d.type && "yield" === d.value)
                    );
                  }),
                  (c.prototype.parseLexicalDeclaration = function (c) {
                    var d = this.createNode(),
                      e = this.nextToken().value;
                    f.assert(
                      "let" === e || "const" === e,
                      "Lexical declaration must be either let or const",
                    );
                    var g = this.parseBindingList(e, c);
                    return (
                      this.consumeSemicolon(),
                      this.finalize(d, new i.VariableDeclaration(g, e))
                    );
                  }),
                  (c.prototype.parseBindingRestElement = function (c, d) {
                    var e = this.createNode();
                    this.expect("...");
                    var f = this.parsePattern(c, d);
                    return this.finalize(e, new i.RestElement(f));
                  }),
                  (c.prototype.parseArrayPattern = function (c, d) {
                    var e = this.createNode();
                    this.expect("[");
                    for (var f = []; !this.match("]");)
                      if (this.match(",")) (this.nextToken(), f.push(null));
                      else {
                        if (this.match("...")) {
                          f.push(this.parseBindingRestElement(c, d));
                          break;
                        }
                        (f.push(this.parsePatternWithDefault(c, d)),
                          this.match("]") || this.expect(","));
                      }
                    return (this.expect("]"), this.finalize(e, new i.ArrayPattern(f)));
                  }),
                  (c.prototype.parsePropertyPattern = function (c, d) {
                    var e,
                      f,
                      g = this.createNode(),
                      h = !1,
                      j = !1;
                    if (3 === this.lookahead.type) {
                      var k = this.lookahead;
                      e = this.parseVariableIdentifier();
                      var l = this.finalize(g, new i.Identifier(k.value));
                      if (this.match("=")) {
                        (c.push(k), (j = !0), this.nextToken());
                        var m = this.parseAssignmentExpression();
                        f = this.finalize(this.startNode(k), new i.AssignmentPattern(l, m));
                      } else
                        this.match(":")
                          ? (this.expect(":"), (f = this.parsePatternWithDefault(c, d)))
                          : (c.push(k), (j = !0), (f = l));
                    } else
                      ((h = this.match("[")),
                        (e = this.parseObjectPropertyKey()),
                        this.expect(":"),
                        (f = this.parsePatternWithDefault(c, d)));
                    return this.finalize(g, new i.Property("init", e, h, f, !1, j));
                  }),
                  (c.prototype.parseObjectPattern = function (c, d) {
                    var e = this.createNode(),
                      f = [];
                    for (this.expect("{"); !this.match("}");)
                      (f.push(this.parsePropertyPattern(c, d)),
                        this.match("}") || this.expect(","));
                    return (this.expect("}"), this.finalize(e, new i.ObjectPattern(f)));
                  }),
                  (c.prototype.parsePattern = function (c, d) {
                    var e;
                    return (
                      this.match("[")
                        ? (e = this.parseArrayPattern(c, d))
                        : this.match("{")
                          ? (e = this.parseObjectPattern(c, d))
                          : (this.matchKeyword("let") &&
                              ("const" === d || "let" === d) &&
                              this.tolerateUnexpectedToken(
                                this.lookahead,
                                h.Messages.LetInLexicalBinding,
                              ),
                            c.push(this.lookahead),
                            (e = this.parseVariableIdentifier(d))),
                      e
                    );
                  }),
                  (c.prototype.parsePatternWithDefault = function (c, d) {
                    var e = this.lookahead,
                      f = this.parsePattern(c, d);
                    if (this.match("=")) {
                      this.nextToken();
                      var g = this.context.allowYield;
                      this.context.allowYield = !0;
                      var h = this.isolateCoverGrammar(this.parseAssignmentExpression);
                      ((this.context.allowYield = g),
                        (f = this.finalize(this.startNode(e), new i.AssignmentPattern(f, h))));
                    }
                    return f;
                  }),
                  (c.prototype.parseVariableIdentifier = function (c) {
                    var d = this.createNode(),
                      e = this.nextToken();
                    return (
                      4 === e.type && "yield" === e.value
                        ? this.context.strict
                          ? this.tolerateUnexpectedToken(e, h.Messages.StrictReservedWord)
                          : this.context.allowYield || this.throwUnexpectedToken(e)
                        : 3 !== e.type
                          ? this.context.strict &&
                            4 === e.type &&
                            this.scanner.isStrictModeReservedWord(e.value)
                            ? this.tolerateUnexpectedToken(e, h.Messages.StrictReservedWord)
                            : (this.context.strict || "let" !== e.value || "var" !== c) &&
                              this.throwUnexpectedToken(e)
                          : (this.context.isModule || this.context.await) &&
                            3 === e.type &&
                            "await" === e.value &&
                            this.tolerateUnexpectedToken(e),
                      this.finalize(d, new i.Identifier(e.value))
                    );
                  }),
                  (c.prototype.parseVariableDeclaration = function (c) {
                    var d = this.createNode(),
                      e = this.parsePattern([], "var");
                    this.context.strict &&
                      e.type === k.Syntax.Identifier &&
                      this.scanner.isRestrictedWord(e.name) &&
                      this.tolerateError(h.Messages.StrictVarName);
                    var f = null;
                    return (
                      this.match("=")
                        ? (this.nextToken(),
                          (f = this.isolateCoverGrammar(this.parseAssignmentExpression)))
                        : e.type === k.Syntax.Identifier || c.inFor || this.expect("="),
                      this.finalize(d, new i.VariableDeclarator(e, f))
                    );
                  }),
                  (c.prototype.parseVariableDeclarationList = function (c) {
                    var d = { inFor: c.inFor },
                      e = [];
                    for (e.push(this.parseVariableDeclaration(d)); this.match(",");)
                      (this.nextToken(), e.push(this.parseVariableDeclaration(d)));
                    return e;
                  }),
                  (c.prototype.parseVariableStatement = function () {
                    var c = this.createNode();
                    this.expectKeyword("var");
                    var d = this.parseVariableDeclarationList({ inFor: !1 });
                    return (
                      this.consumeSemicolon(),
                      this.finalize(c, new i.VariableDeclaration(d, "var"))
                    );
                  }),
                  (c.prototype.parseEmptyStatement = function () {
                    var c = this.createNode();
                    return (this.expect(";"), this.finalize(c, new i.EmptyStatement()));
                  }),
                  (c.prototype.parseExpressionStatement = function () {
                    var c = this.createNode(),
                      d = this.parseExpression();
                    return (
                      this.consumeSemicolon(),
                      this.finalize(c, new i.ExpressionStatement(d))
                    );
                  }),
                  (c.prototype.parseIfClause = function () {
                    return (
                      this.context.strict &&
                        this.matchKeyword("function") &&
                        this.tolerateError(h.Messages.StrictFunction),
                      this.parseStatement()
                    );
                  }),
                  (c.prototype.parseIfStatement = function () {
                    var c,
                      d = this.createNode(),
                      e = null;
                    (this.expectKeyword("if"), this.expect("("));
                    var f = this.parseExpression();
                    return (
                      !this.match(")") && this.config.tolerant
                        ? (this.tolerateUnexpectedToken(this.nextToken()),
                          (c = this.finalize(this.createNode(), new i.EmptyStatement())))
                        : (this.expect(")"),
                          (c = this.parseIfClause()),
                          this.matchKeyword("else") &&
                            (this.nextToken(), (e = this.parseIfClause()))),
                      this.finalize(d, new i.IfStatement(f, c, e))
                    );
                  }),
                  (c.prototype.parseDoWhileStatement = function () {
                    var c = this.createNode();
                    this.expectKeyword("do");
                    var d = this.context.inIteration;
                    this.context.inIteration = !0;
                    var e = this.parseStatement();
                    ((this.context.inIteration = d), this.expectKeyword("while"), this.expect("("));
                    var f = this.parseExpression();
                    return (
                      !this.match(")") && this.config.tolerant
                        ? this.tolerateUnexpectedToken(this.nextToken())
                        : (this.expect(")"), this.match(";") && this.nextToken()),
                      this.finalize(c, new i.DoWhileStatement(e, f))
                    );
                  }),
                  (c.prototype.parseWhileStatement = function () {
                    var c,
                      d = this.createNode();
                    (this.expectKeyword("while"), this.expect("("));
                    var e = this.parseExpression();
                    if (!this.match(")") && this.config.tolerant)
                      (this.tolerateUnexpectedToken(this.nextToken()),
                        (c = this.finalize(this.createNode(), new i.EmptyStatement())));
                    else {
                      this.expect(")");
                      var f = this.context.inIteration;
                      ((this.context.inIteration = !0),
                        (c = this.parseStatement()),
                        (this.context.inIteration = f));
                    }
                    return this.finalize(d, new i.WhileStatement(e, c));
                  }),
                  (c.prototype.parseForStatement = function () {
                    var c,
                      d,
                      e,
                      f = null,
                      g = null,
                      j = null,
                      l = !0,
                      m = this.createNode();
                    if ((this.expectKeyword("for"), this.expect("("), this.match(";")))
                      this.nextToken();
                    else if (this.matchKeyword("var")) {
                      ((f = this.createNode()), this.nextToken());
                      var n = this.context.allowIn;
                      this.context.allowIn = !1;
                      var o = this.parseVariableDeclarationList({ inFor: !0 });
                      if (((this.context.allowIn = n), 1 === o.length && this.matchKeyword("in"))) {
                        var p = o[0];
                        (p.init &&
                          (p.id.type === k.Syntax.ArrayPattern ||
                            p.id.type === k.Syntax.ObjectPattern ||
                            this.context.strict) &&
                          this.tolerateError(h.Messages.ForInOfLoopInitializer, "for-in"),
                          (f = this.finalize(f, new i.VariableDeclaration(o, "var"))),
                          this.nextToken(),
                          (c = f),
                          (d = this.parseExpression()),
                          (f = null));
                      } else
                        1 === o.length && null === o[0].init && this.matchContextualKeyword("of")
                          ? ((f = this.finalize(f, new i.VariableDeclaration(o, "var"))),
                            this.nextToken(),
                            (c = f),
                            (d = this.parseAssignmentExpression()),
                            (f = null),
                            (l = !1))
                          : ((f = this.finalize(f, new i.VariableDeclaration(o, "var"))),
                            this.expect(";"));
                    } else if (this.matchKeyword("const") || this.matchKeyword("let")) {
                      f = this.createNode();
                      var q = this.nextToken().value;
                      if (this.context.strict || "in" !== this.lookahead.value) {
                        var n = this.context.allowIn;
                        this.context.allowIn = !1;
                        var o = this.parseBindingList(q, { inFor: !0 });
                        ((this.context.allowIn = n),
                          1 === o.length && null === o[0].init && this.matchKeyword("in")
                            ? ((f = this.finalize(f, new i.VariableDeclaration(o, q))),
                              this.nextToken(),
                              (c = f),
                              (d = this.parseExpression()),
                              (f = null))
                            : 1 === o.length &&
                                null === o[0].init &&
                                this.matchContextualKeyword("of")
                              ? ((f = this.finalize(f, new i.VariableDeclaration(o, q))),
                                this.nextToken(),
                                (c = f),
                                (d = this.parseAssignmentExpression()),
                                (f = null),
                                (l = !1))
                              : (this.consumeSemicolon(),
                                (f = this.finalize(f, new i.VariableDeclaration(o, q)))));
                      } else
                        ((f = this.finalize(f, new i.Identifier(q))),
                          this.nextToken(),
                          (c = f),
                          (d = this.parseExpression()),
                          (f = null));
                    } else {
                      var r = this.lookahead,
                        n = this.context.allowIn;
                      if (
                        ((this.context.allowIn = !1),
                        (f = this.inheritCoverGrammar(this.parseAssignmentExpression)),
                        (this.context.allowIn = n),
                        this.matchKeyword("in"))
                      )
                        ((this.context.isAssignmentTarget &&
                          f.type !== k.Syntax.AssignmentExpression) ||
                          this.tolerateError(h.Messages.InvalidLHSInForIn),
                          this.nextToken(),
                          this.reinterpretExpressionAsPattern(f),
                          (c = f),
                          (d = this.parseExpression()),
                          (f = null));
                      else if (this.matchContextualKeyword("of"))
                        ((this.context.isAssignmentTarget &&
                          f.type !== k.Syntax.AssignmentExpression) ||
                          this.tolerateError(h.Messages.InvalidLHSInForLoop),
                          this.nextToken(),
                          this.reinterpretExpressionAsPattern(f),
                          (c = f),
                          (d = this.parseAssignmentExpression()),
                          (f = null),
                          (l = !1));
                      else {
                        if (this.match(",")) {
                          for (var s = [f]; this.match(",");)
                            (this.nextToken(),
                              s.push(this.isolateCoverGrammar(this.parseAssignmentExpression)));
                          f = this.finalize(this.startNode(r), new i.SequenceExpression(s));
                        }
                        this.expect(";");
                      }
                    }
                    if (
                      (void 0 === c &&
                        (this.match(";") || (g = this.parseExpression()),
                        this.expect(";"),
                        this.match(")") || (j = this.parseExpression())),
                      !this.match(")") && this.config.tolerant)
                    )
                      (this.tolerateUnexpectedToken(this.nextToken()),
                        (e = this.finalize(this.createNode(), new i.EmptyStatement())));
                    else {
                      this.expect(")");
                      var t = this.context.inIteration;
                      ((this.context.inIteration = !0),
                        (e = this.isolateCoverGrammar(this.parseStatement)),
                        (this.context.inIteration = t));
                    }
                    return void 0 === c
                      ? this.finalize(m, new i.ForStatement(f, g, j, e))
                      : l
                        ? this.finalize(m, new i.ForInStatement(c, d, e))
                        : this.finalize(m, new i.ForOfStatement(c, d, e));
                  }),
                  (c.prototype.parseContinueStatement = function () {
                    var c = this.createNode();
                    this.expectKeyword("continue");
                    var d = null;
                    if (3 === this.lookahead.type && !this.hasLineTerminator) {
                      var e = this.parseVariableIdentifier();
                      d = e;
                      var f = "$" + e.name;
                      Object.prototype.hasOwnProperty.call(this.context.labelSet, f) ||
                        this.throwError(h.Messages.UnknownLabel, e.name);
                    }
                    return (
                      this.consumeSemicolon(),
                      null !== d ||
                        this.context.inIteration ||
                        this.throwError(h.Messages.IllegalContinue),
                      this.finalize(c, new i.ContinueStatement(d))
                    );
                  }),
                  (c.prototype.parseBreakStatement = function () {
                    var c = this.createNode();
                    this.expectKeyword("break");
                    var d = null;
                    if (3 === this.lookahead.type && !this.hasLineTerminator) {
                      var e = this.parseVariableIdentifier(),
                        f = "$" + e.name;
                      (Object.prototype.hasOwnProperty.call(this.context.labelSet, f) ||
                        this.throwError(h.Messages.UnknownLabel, e.name),
                        (d = e));
                    }
                    return (
                      this.consumeSemicolon(),
                      null !== d ||
                        this.context.inIteration ||
                        this.context.inSwitch ||
                        this.throwError(h.Messages.IllegalBreak),
                      this.finalize(c, new i.BreakStatement(d))
                    );
                  }),
                  (c.prototype.parseReturnStatement = function () {
                    this.context.inFunctionBody || this.tolerateError(h.Messages.IllegalReturn);
                    var c = this.createNode();
                    this.expectKeyword("return");
                    var d =
                      (this.match(";") ||
                        this.match("}") ||
                        this.hasLineTerminator ||
                        2 === this.lookahead.type) &&
                      8 !== this.lookahead.type &&
                      10 !== this.lookahead.type
                        ? null
                        : this.parseExpression();
                    return (this.consumeSemicolon(), this.finalize(c, new i.ReturnStatement(d)));
                  }),
                  (c.prototype.parseWithStatement = function () {
                    this.context.strict && this.tolerateError(h.Messages.StrictModeWith);
                    var c,
                      d = this.createNode();
                    (this.expectKeyword("with"), this.expect("("));
                    var e = this.parseExpression();
                    return (
                      !this.match(")") && this.config.tolerant
                        ? (this.tolerateUnexpectedToken(this.nextToken()),
                          (c = this.finalize(this.createNode(), new i.EmptyStatement())))
                        : (this.expect(")"), (c = this.parseStatement())),
                      this.finalize(d, new i.WithStatement(e, c))
                    );
                  }),
                  (c.prototype.parseSwitchCase = function () {
                    var c,
                      d = this.createNode();
                    (this.matchKeyword("default")
                      ? (this.nextToken(), (c = null))
                      : (this.expectKeyword("case"), (c = this.parseExpression())),
                      this.expect(":"));
                    for (
                      var e = [];
                      !(
                        this.match("}") ||
                        this.matchKeyword("default") ||
                        this.matchKeyword("case")
                      );
                    )
                      e.push(this.parseStatementListItem());
                    return this.finalize(d, new i.SwitchCase(c, e));
                  }),
                  (c.prototype.parseSwitchStatement = function () {
                    var c = this.createNode();
                    (this.expectKeyword("switch"), this.expect("("));
                    var d = this.parseExpression();
                    this.expect(")");
                    var e = this.context.inSwitch;
                    this.context.inSwitch = !0;
                    var f = [],
                      g = !1;
                    for (this.expect("{"); !this.match("}");) {
                      var j = this.parseSwitchCase();
                      (null === j.test &&
                        (g && this.throwError(h.Messages.MultipleDefaultsInSwitch), (g = !0)),
                        f.push(j));
                    }
                    return (
                      this.expect("}"),
                      (this.context.inSwitch = e),
                      this.finalize(c, new i.SwitchStatement(d, f))
                    );
                  }),
                  (c.prototype.parseLabelledStatement = function () {
                    var c,
                      d = this.createNode(),
                      e = this.parseExpression();
                    if (e.type === k.Syntax.Identifier && this.match(":")) {
                      this.nextToken();
                      var f = "$" + e.name;
                      (Object.prototype.hasOwnProperty.call(this.context.labelSet, f) &&
                        this.throwError(h.Messages.Redeclaration, "Label", e.name),
                        (this.context.labelSet[f] = !0));
                      var g = void 0;
                      if (this.matchKeyword("class"))
                        (this.tolerateUnexpectedToken(this.lookahead),
                          (g = this.parseClassDeclaration()));
                      else if (this.matchKeyword("function")) {
                        var j = this.lookahead,
                          l = this.parseFunctionDeclaration();
                        (this.context.strict
                          ? this.tolerateUnexpectedToken(j, h.Messages.StrictFunction)
                          : l.generator &&
                            this.tolerateUnexpectedToken(j, h.Messages.GeneratorInLegacyContext),
                          (g = l));
                      } else g = this.parseStatement();
                      (delete this.context.labelSet[f], (c = new i.LabeledStatement(e, g)));
                    } else (this.consumeSemicolon(), (c = new i.ExpressionStatement(e)));
                    return this.finalize(d, c);
                  }),
                  (c.prototype.parseThrowStatement = function () {
                    var c = this.createNode();
                    (this.expectKeyword("throw"),
                      this.hasLineTerminator && this.throwError(h.Messages.NewlineAfterThrow));
                    var d = this.parseExpression();
                    return (this.consumeSemicolon(), this.finalize(c, new i.ThrowStatement(d)));
                  }),
                  (c.prototype.parseCatchClause = function () {
                    var c = this.createNode();
                    (this.expectKeyword("catch"),
                      this.expect("("),
                      this.match(")") && this.throwUnexpectedToken(this.lookahead));
                    for (var d = [], e = this.parsePattern(d), f = {}, g = 0; g < d.length; g++) {
                      var j = "$" + d[g].value;
                      (Object.prototype.hasOwnProperty.call(f, j) &&
                        this.tolerateError(h.Messages.DuplicateBinding, d[g].value),
                        (f[j] = !0));
                    }
                    (this.context.strict &&
                      e.type === k.Syntax.Identifier &&
                      this.scanner.isRestrictedWord(e.name) &&
                      this.tolerateError(h.Messages.StrictCatchVariable),
                      this.expect(")"));
                    var l = this.parseBlock();
                    return this.finalize(c, new i.CatchClause(e, l));
                  }),
                  (c.prototype.parseFinallyClause = function () {
                    return (this.expectKeyword("finally"), this.parseBlock());
                  }),
                  (c.prototype.parseTryStatement = function () {
                    var c = this.createNode();
                    this.expectKeyword("try");
                    var d = this.parseBlock(),
                      e = this.matchKeyword("catch") ? this.parseCatchClause() : null,
                      f = this.matchKeyword("finally") ? this.parseFinallyClause() : null;
                    return (
                      e || f || this.throwError(h.Messages.NoCatchOrFinally),
                      this.finalize(c, new i.TryStatement(d, e, f))
                    );
                  }),
                  (c.prototype.parseDebuggerStatement = function () {
                    var c = this.createNode();
                    return (
                      this.expectKeyword("debugger"),
                      this.consumeSemicolon(),
                      this.finalize(c, new i.DebuggerStatement())
                    );
                  }),
                  (c.prototype.parseStatement = function () {
                    var c;
                    switch (this.lookahead.type) {
                      case 1:
                      case 5:
                      case 6:
                      case 8:
                      case 10:
                      case 9:
                        c = this.parseExpressionStatement();
                        break;
                      case 7:
                        var d = this.lookahead.value;
                        c =
                          "{" === d
                            ? this.parseBlock()
                            : "(" === d
                              ? this.parseExpressionStatement()
                              : ";" === d
                                ? this.parseEmptyStatement()
                                : this.parseExpressionStatement();
                        break;
                      case 3:
                        c = this.matchAsyncFunction()
                          ? this.parseFunctionDeclaration()
                          : this.parseLabelledStatement();
                        break;
                      case 4:
                        switch (this.lookahead.value) {
                          case "break":
                            c = this.parseBreakStatement();
                            break;
                          case "continue":
                            c = this.parseContinueStatement();
                            break;
                          case "debugger":
                            c = this.parseDebuggerStatement();
                            break;
                          case "do":
                            c = this.parseDoWhileStatement();
                            break;
                          case "for":
                            c = this.parseForStatement();
                            break;
                          case "function":
                            c = this.parseFunctionDeclaration();
                            break;
                          case "if":
                            c = this.parseIfStatement();
                            break;
                          case "return":
                            c = this.parseReturnStatement();
                            break;
                          case "switch":
                            c = this.parseSwitchStatement();
                            break;
                          case "throw":
                            c = this.parseThrowStatement();
                            break;
                          case "try":
                            c = this.parseTryStatement();
                            break;
                          case "var":
                            c = this.parseVariableStatement();
                            break;
                          case "while":
                            c = this.parseWhileStatement();
                            break;
                          case "with":
                            c = this.parseWithStatement();
                            break;
                          default:
                            c = this.parseExpressionStatement();
                        }
                        break;
                      default:
                        c = this.throwUnexpectedToken(this.lookahead);
                    }
                    return c;
                  }),
                  (c.prototype.parseFunctionSourceElements = function () {
                    var c = this.createNode();
                    this.expect("{");
                    var d = this.parseDirectivePrologues(),
                      e = this.context.labelSet,
                      f = this.context.inIteration,
                      g = this.context.inSwitch,
                      h = this.context.inFunctionBody;
                    for (
                      this.context.labelSet = {},
                        this.context.inIteration = !1,
                        this.context.inSwitch = !1,
                        this.context.inFunctionBody = !0;
                      2 !== this.lookahead.type && !this.match("}");
                    )
                      d.push(this.parseStatementListItem());
                    return (
                      this.expect("}"),
                      (this.context.labelSet = e),
                      (this.context.inIteration = f),
                      (this.context.inSwitch = g),
                      (this.context.inFunctionBody = h),
                      this.finalize(c, new i.BlockStatement(d))
                    );
                  }),
                  (c.prototype.validateParam = function (c, d, e) {
                    var f = "$" + e;
                    (this.context.strict
                      ? (this.scanner.isRestrictedWord(e) &&
                          ((c.stricted = d), (c.message = h.Messages.StrictParamName)),
                        Object.prototype.hasOwnProperty.call(c.paramSet, f) &&
                          ((c.stricted = d), (c.message = h.Messages.StrictParamDupe)))
                      : !c.firstRestricted &&
                        (this.scanner.isRestrictedWord(e)
                          ? ((c.firstRestricted = d), (c.message = h.Messages.StrictParamName))
                          : this.scanner.isStrictModeReservedWord(e)
                            ? ((c.firstRestricted = d), (c.message = h.Messages.StrictReservedWord))
                            : Object.prototype.hasOwnProperty.call(c.paramSet, f) &&
                              ((c.stricted = d), (c.message = h.Messages.StrictParamDupe))),
                      "function" == typeof Object.defineProperty
                        ? Object.defineProperty(c.paramSet, f, {
                            value: !0,
                            enumerable: !0,
                            writable: !0,
                            configurable: !0,
                          })
                        : (c.paramSet[f] = !0));
                  }),
                  (c.prototype.parseRestElement = function (c) {
                    var d = this.createNode();
                    this.expect("...");
                    var e = this.parsePattern(c);
                    return (
                      this.match("=") && this.throwError(h.Messages.DefaultRestParameter),
                      this.match(")") || this.throwError(h.Messages.ParameterAfterRestParameter),
                      this.finalize(d, new i.RestElement(e))
                    );
                  }),
                  (c.prototype.parseFormalParameter = function (c) {
                    for (
                      var d = [],
                        e = this.match("...")
                          ? this.parseRestElement(d)
                          : this.parsePatternWithDefault(d),
                        f = 0;
                      f < d.length;
                      f++
                    )
                      this.validateParam(c, d[f], d[f].value);
                    ((c.simple = c.simple && e instanceof i.Identifier), c.params.push(e));
                  }),
                  (c.prototype.parseFormalParameters = function (c) {
                    var d;
                    if (
                      ((d = { simple: !0, params: [], firstRestricted: c }),
                      this.expect("("),
                      !this.match(")"))
                    )
                      for (
                        d.paramSet = {};
                        2 !== this.lookahead.type &&
                        (this.parseFormalParameter(d), !this.match(")")) &&
                        (this.expect(","), !this.match(")"));
                      );
                    return (
                      this.expect(")"),
                      {
                        simple: d.simple,
                        params: d.params,
                        stricted: d.stricted,
                        firstRestricted: d.firstRestricted,
                        message: d.message,
                      }
                    );
                  }),
                  (c.prototype.matchAsyncFunction = function () {
                    var c = this.matchContextualKeyword("async");
                    if (c) {
                      var d = this.scanner.saveState();
                      this.scanner.scanComments();
                      var e = this.scanner.lex();
                      (this.scanner.restoreState(d),
                        (c =
                          d.lineNumber === e.lineNumber && 4 === e.type && "function" === e.value));
                    }
                    return c;
                  }),
                  (c.prototype.parseFunctionDeclaration = function (c) {
                    var d,
                      e = this.createNode(),
                      f = this.matchContextualKeyword("async");
                    (f && this.nextToken(), this.expectKeyword("function"));
                    var g = !f && this.match("*");
                    g && this.nextToken();
                    var j = null,
                      k = null;
                    if (!c || !this.match("(")) {
                      var l = this.lookahead;
                      ((j = this.parseVariableIdentifier()),
                        this.context.strict
                          ? this.scanner.isRestrictedWord(l.value) &&
                            this.tolerateUnexpectedToken(l, h.Messages.StrictFunctionName)
                          : this.scanner.isRestrictedWord(l.value)
                            ? ((k = l), (d = h.Messages.StrictFunctionName))
                            : this.scanner.isStrictModeReservedWord(l.value) &&
                              ((k = l), (d = h.Messages.StrictReservedWord)));
                    }
                    var m = this.context.await,
                      n = this.context.allowYield;
                    ((this.context.await = f), (this.context.allowYield = !g));
                    var o = this.parseFormalParameters(k),
                      p = o.params,
                      q = o.stricted;
                    ((k = o.firstRestricted), o.message && (d = o.message));
                    var r = this.context.strict,
                      s = this.context.allowStrictDirective;
                    this.context.allowStrictDirective = o.simple;
                    var t = this.parseFunctionSourceElements();
                    return (
                      this.context.strict && k && this.throwUnexpectedToken(k, d),
                      this.context.strict && q && this.tolerateUnexpectedToken(q, d),
                      (this.context.strict = r),
                      (this.context.allowStrictDirective = s),
                      (this.context.await = m),
                      (this.context.allowYield = n),
                      f
                        ? this.finalize(e, new i.AsyncFunctionDeclaration(j, p, t))
                        : this.finalize(e, new i.FunctionDeclaration(j, p, t, g))
                    );
                  }),
                  (c.prototype.parseFunctionExpression = function () {
                    var c,
                      d,
                      e = this.createNode(),
                      f = this.matchContextualKeyword("async");
                    (f && this.nextToken(), this.expectKeyword("function"));
                    var g = !f && this.match("*");
                    g && this.nextToken();
                    var j = null,
                      k = this.context.await,
                      l = this.context.allowYield;
                    if (
                      ((this.context.await = f), (this.context.allowYield = !g), !this.match("("))
                    ) {
                      var m = this.lookahead;
                      ((j =
                        !this.context.strict && !g && this.matchKeyword("yield")
                          ? this.parseIdentifierName()
                          : this.parseVariableIdentifier()),
                        this.context.strict
                          ? this.scanner.isRestrictedWord(m.value) &&
                            this.tolerateUnexpectedToken(m, h.Messages.StrictFunctionName)
                          : this.scanner.isRestrictedWord(m.value)
                            ? ((d = m), (c = h.Messages.StrictFunctionName))
                            : this.scanner.isStrictModeReservedWord(m.value) &&
                              ((d = m), (c = h.Messages.StrictReservedWord)));
                    }
                    var n = this.parseFormalParameters(d),
                      o = n.params,
                      p = n.stricted;
                    ((d = n.firstRestricted), n.message && (c = n.message));
                    var q = this.context.strict,
                      r = this.context.allowStrictDirective;
                    this.context.allowStrictDirective = n.simple;
                    var s = this.parseFunctionSourceElements();
                    return (
                      this.context.strict && d && this.throwUnexpectedToken(d, c),
                      this.context.strict && p && this.tolerateUnexpectedToken(p, c),
                      (this.context.strict = q),
                      (this.context.allowStrictDirective = r),
                      (this.context.await = k),
                      (this.context.allowYield = l),
                      f
                        ? this.finalize(e, new i.AsyncFunctionExpression(j, o, s))
                        : this.finalize(e, new i.FunctionExpression(j, o, s, g))
                    );
                  }),
                  (c.prototype.parseDirective = function () {
                    var c = this.lookahead,
                      d = this.createNode(),
                      e = this.parseExpression(),
                      f = e.type === k.Syntax.Literal ? this.getTokenRaw(c).slice(1, -1) : null;
                    return (
                      this.consumeSemicolon(),
                      this.finalize(d, f ? new i.Directive(e, f) : new i.ExpressionStatement(e))
                    );
                  }),
                  (c.prototype.parseDirectivePrologues = function () {
                    for (var c = null, d = []; ;) {
                      var e = this.lookahead;
                      if (8 !== e.type) break;
                      var f = this.parseDirective();
                      d.push(f);
                      var g = f.directive;
                      if ("string" != typeof g) break;
                      "use strict" === g
                        ? ((this.context.strict = !0),
                          c && this.tolerateUnexpectedToken(c, h.Messages.StrictOctalLiteral),
                          this.context.allowStrictDirective ||
                            this.tolerateUnexpectedToken(
                              e,
                              h.Messages.IllegalLanguageModeDirective,
                            ))
                        : !c && e.octal && (c = e);
                    }
                    return d;
                  }),
                  (c.prototype.qualifiedPropertyName = function (c) {
                    switch (c.type) {
                      case 3:
                      case 8:
                      case 1:
                      case 5:
                      case 6:
                      case 4:
                        return !0;
                      case 7:
                        return "[" === c.value;
                    }
                    return !1;
                  }),
                  (c.prototype.parseGetterMethod = function () {
                    var c = this.createNode(),
                      d = this.context.allowYield;
                    this.context.allowYield = !0;
                    var e = this.parseFormalParameters();
                    e.params.length > 0 && this.tolerateError(h.Messages.BadGetterArity);
                    var f = this.parsePropertyMethod(e);
                    return (
                      (this.context.allowYield = d),
                      this.finalize(c, new i.FunctionExpression(null, e.params, f, !1))
                    );
                  }),
                  (c.prototype.parseSetterMethod = function () {
                    var c = this.createNode(),
                      d = this.context.allowYield;
                    this.context.allowYield = !0;
                    var e = this.parseFormalParameters();
                    1 !== e.params.length
                      ? this.tolerateError(h.Messages.BadSetterArity)
                      : e.params[0] instanceof i.RestElement &&
                        this.tolerateError(h.Messages.BadSetterRestParameter);
                    var f = this.parsePropertyMethod(e);
                    return (
                      (this.context.allowYield = d),
                      this.finalize(c, new i.FunctionExpression(null, e.params, f, !1))
                    );
                  }),
                  (c.prototype.parseGeneratorMethod = function () {
                    var c = this.createNode(),
                      d = this.context.allowYield;
                    this.context.allowYield = !0;
                    var e = this.parseFormalParameters();
                    this.context.allowYield = !1;
                    var f = this.parsePropertyMethod(e);
                    return (
                      (this.context.allowYield = d),
                      this.finalize(c, new i.FunctionExpression(null, e.params, f, !0))
                    );
                  }),
                  (c.prototype.isStartOfExpression = function () {
                    var c = !0,
                      d = this.lookahead.value;
                    switch (this.lookahead.type) {
                      case 7:
                        c =
                          "[" === d ||
                          "(" === d ||
                          "{" === d ||
                          "+" === d ||
                          "-" === d ||
                          "!" === d ||
                          "~" === d ||
                          "++" === d ||
                          "--" === d ||
                          "/" === d ||
                          "/=" === d;
                        break;
                      case 4:
                        c =
                          "class" === d ||
                          "delete" === d ||
                          "function" === d ||
                          "let" === d ||
                          "new" === d ||
                          "super" === d ||
                          "this" === d ||
                          "typeof" === d ||
                          "void" === d ||
                          "yield" === d;
                    }
                    return c;
                  }),
                  (c.prototype.parseYieldExpression = function () {
                    var c = this.createNode();
                    this.expectKeyword("yield");
                    var d = null,
                      e = !1;
                    if (!this.hasLineTerminator) {
                      var f = this.context.allowYield;
                      ((this.context.allowYield = !1),
                        (e = this.match("*"))
                          ? (this.nextToken(), (d = this.parseAssignmentExpression()))
                          : this.isStartOfExpression() && (d = this.parseAssignmentExpression()),
                        (this.context.allowYield = f));
                    }
                    return this.finalize(c, new i.YieldExpression(d, e));
                  }),
                  (c.prototype.parseClassElement = function (c) {
                    var d = this.lookahead,
                      e = this.createNode(),
                      f = "",
                      g = null,
                      j = null,
                      k = !1,
                      l = !1,
                      m = !1,
                      n = !1;
                    if (this.match("*")) this.nextToken();
                    else if (
                      ((k = this.match("[")),
                      "static" === (g = this.parseObjectPropertyKey()).name &&
                        (this.qualifiedPropertyName(this.lookahead) || this.match("*")) &&
                        ((d = this.lookahead),
                        (m = !0),
                        (k = this.match("[")),
                        this.match("*") ? this.nextToken() : (g = this.parseObjectPropertyKey())),
                      3 === d.type && !this.hasLineTerminator && "async" === d.value)
                    ) {
                      var o = this.lookahead.value;
                      ":" !== o &&
                        "(" !== o &&
                        "*" !== o &&
                        ((n = !0),
                        (d = this.lookahead),
                        (g = this.parseObjectPropertyKey()),
                        3 === d.type &&
                          "constructor" === d.value &&
                          this.tolerateUnexpectedToken(d, h.Messages.ConstructorIsAsync));
                    }
                    var p = this.qualifiedPropertyName(this.lookahead);
                    return (
                      3 === d.type
                        ? "get" === d.value && p
                          ? ((f = "get"),
                            (k = this.match("[")),
                            (g = this.parseObjectPropertyKey()),
                            (this.context.allowYield = !1),
                            (j = this.parseGetterMethod()))
                          : "set" === d.value &&
                            p &&
                            ((f = "set"),
                            (k = this.match("[")),
                            (g = this.parseObjectPropertyKey()),
                            (j = this.parseSetterMethod()))
                        : 7 === d.type &&
                          "*" === d.value &&
                          p &&
                          ((f = "init"),
                          (k = this.match("[")),
                          (g = this.parseObjectPropertyKey()),
                          (j = this.parseGeneratorMethod()),
                          (l = !0)),
                      !f &&
                        g &&
                        this.match("(") &&
                        ((f = "init"),
                        (j = n
                          ? this.parsePropertyMethodAsyncFunction()
                          : this.parsePropertyMethodFunction()),
                        (l = !0)),
                      f || this.throwUnexpectedToken(this.lookahead),
                      "init" === f && (f = "method"),
                      !k &&
                        (m &&
                          this.isPropertyKey(g, "prototype") &&
                          this.throwUnexpectedToken(d, h.Messages.StaticPrototype),
                        !m &&
                          this.isPropertyKey(g, "constructor") &&
                          (("method" !== f || !l || (j && j.generator)) &&
                            this.throwUnexpectedToken(d, h.Messages.ConstructorSpecialMethod),
                          c.value
                            ? this.throwUnexpectedToken(d, h.Messages.DuplicateConstructor)
                            : (c.value = !0),
                          (f = "constructor"))),
                      this.finalize(e, new i.MethodDefinition(g, k, j, f, m))
                    );
                  }),
                  (c.prototype.parseClassElementList = function () {
                    var c = [],
                      d = { value: !1 };
                    for (this.expect("{"); !this.match("}");)
                      this.match(";") ? this.nextToken() : c.push(this.parseClassElement(d));
                    return (this.expect("}"), c);
                  }),
                  (c.prototype.parseClassBody = function () {
                    var c = this.createNode(),
                      d = this.parseClassElementList();
                    return this.finalize(c, new i.ClassBody(d));
                  }),
                  (c.prototype.parseClassDeclaration = function (c) {
                    var d = this.createNode(),
                      e = this.context.strict;
                    ((this.context.strict = !0), this.expectKeyword("class"));
                    var f = c && 3 !== this.lookahead.type ? null : this.parseVariableIdentifier(),
                      g = null;
                    this.matchKeyword("extends") &&
                      (this.nextToken(),
                      (g = this.isolateCoverGrammar(this.parseLeftHandSideExpressionAllowCall)));
                    var h = this.parseClassBody();
                    return (
                      (this.context.strict = e),
                      this.finalize(d, new i.ClassDeclaration(f, g, h))
                    );
                  }),
                  (c.prototype.parseClassExpression = function () {
                    var c = this.createNode(),
                      d = this.context.strict;
                    ((this.context.strict = !0), this.expectKeyword("class"));
                    var e = 3 === this.lookahead.type ? this.parseVariableIdentifier() : null,
                      f = null;
                    this.matchKeyword("extends") &&
                      (this.nextToken(),
                      (f = this.isolateCoverGrammar(this.parseLeftHandSideExpressionAllowCall)));
                    var g = this.parseClassBody();
                    return (
                      (this.context.strict = d),
                      this.finalize(c, new i.ClassExpression(e, f, g))
                    );
                  }),
                  (c.prototype.parseModule = function () {
                    ((this.context.strict = !0),
                      (this.context.isModule = !0),
                      (this.scanner.isModule = !0));
                    for (
                      var c = this.createNode(), d = this.parseDirectivePrologues();
                      2 !== this.lookahead.type;
                    )
                      d.push(this.parseStatementListItem());
                    return this.finalize(c, new i.Module(d));
                  }),
                  (c.prototype.parseScript = function () {
                    for (
                      var c = this.createNode(), d = this.parseDirectivePrologues();
                      2 !== this.lookahead.type;
                    )
                      d.push(this.parseStatementListItem());
                    return this.finalize(c, new i.Script(d));
                  }),
                  (c.prototype.parseModuleSpecifier = function () {
                    var c = this.createNode();
                    8 !== this.lookahead.type && this.throwError(h.Messages.InvalidModuleSpecifier);
                    var d = this.nextToken(),
                      e = this.getTokenRaw(d);
                    return this.finalize(c, new i.Literal(d.value, e));
                  }),
                  (c.prototype.parseImportSpecifier = function () {
                    var c,
                      d,
                      e = this.createNode();
                    return (
                      3 === this.lookahead.type
                        ? ((d = c = this.parseVariableIdentifier()),
                          this.matchContextualKeyword("as") &&
                            (this.nextToken(), (d = this.parseVariableIdentifier())))
                        : ((d = c = this.parseIdentifierName()),
                          this.matchContextualKeyword("as")
                            ? (this.nextToken(), (d = this.parseVariableIdentifier()))
                            : this.throwUnexpectedToken(this.nextToken())),
                      this.finalize(e, new i.ImportSpecifier(d, c))
                    );
                  }),
                  (c.prototype.parseNamedImports = function () {
                    this.expect("{");
                    for (var c = []; !this.match("}");)
                      (c.push(this.parseImportSpecifier()), this.match("}") || this.expect(","));
                    return (this.expect("}"), c);
                  }),
                  (c.prototype.parseImportDefaultSpecifier = function () {
                    var c = this.createNode(),
                      d = this.parseIdentifierName();
                    return this.finalize(c, new i.ImportDefaultSpecifier(d));
                  }),
                  (c.prototype.parseImportNamespaceSpecifier = function () {
                    var c = this.createNode();
                    (this.expect("*"),
                      this.matchContextualKeyword("as") ||
                        this.throwError(h.Messages.NoAsAfterImportNamespace),
                      this.nextToken());
                    var d = this.parseIdentifierName();
                    return this.finalize(c, new i.ImportNamespaceSpecifier(d));
                  }),
                  (c.prototype.parseImportDeclaration = function () {
                    this.context.inFunctionBody &&
                      this.throwError(h.Messages.IllegalImportDeclaration);
                    var c,
                      d = this.createNode();
                    this.expectKeyword("import");
                    var e = [];
                    if (8 === this.lookahead.type) c = this.parseModuleSpecifier();
                    else {
                      if (
                        (this.match("{")
                          ? (e = e.concat(this.parseNamedImports()))
                          : this.match("*")
                            ? e.push(this.parseImportNamespaceSpecifier())
                            : this.isIdentifierName(this.lookahead) && !this.matchKeyword("default")
                              ? (e.push(this.parseImportDefaultSpecifier()),
                                this.match(",") &&
                                  (this.nextToken(),
                                  this.match("*")
                                    ? e.push(this.parseImportNamespaceSpecifier())
                                    : this.match("{")
                                      ? (e = e.concat(this.parseNamedImports()))
                                      : this.throwUnexpectedToken(this.lookahead)))
                              : this.throwUnexpectedToken(this.nextToken()),
                        !this.matchContextualKeyword("from"))
                      ) {
                        var f = this.lookahead.value
                          ? h.Messages.UnexpectedToken
                          : h.Messages.MissingFromClause;
                        this.throwError(f, this.lookahead.value);
                      }
                      (this.nextToken(), (c = this.parseModuleSpecifier()));
                    }
                    return (
                      this.consumeSemicolon(),
                      this.finalize(d, new i.ImportDeclaration(e, c))
                    );
                  }),
                  (c.prototype.parseExportSpecifier = function () {
                    var c = this.createNode(),
                      d = this.parseIdentifierName(),
                      e = d;
                    return (
                      this.matchContextualKeyword("as") &&
                        (this.nextToken(), (e = this.parseIdentifierName())),
                      this.finalize(c, new i.ExportSpecifier(d, e))
                    );
                  }),
                  (c.prototype.parseExportDeclaration = function () {
                    this.context.inFunctionBody &&
                      this.throwError(h.Messages.IllegalExportDeclaration);
                    var c,
                      d = this.createNode();
                    if ((this.expectKeyword("export"), this.matchKeyword("default")))
                      if ((this.nextToken(), this.matchKeyword("function"))) {
                        var e = this.parseFunctionDeclaration(!0);
                        c = this.finalize(d, new i.ExportDefaultDeclaration(e));
                      } else if (this.matchKeyword("class")) {
                        var e = this.parseClassDeclaration(!0);
                        c = this.finalize(d, new i.ExportDefaultDeclaration(e));
                      } else if (this.matchContextualKeyword("async")) {
                        var e = this.matchAsyncFunction()
                          ? this.parseFunctionDeclaration(!0)
                          : this.parseAssignmentExpression();
                        c = this.finalize(d, new i.ExportDefaultDeclaration(e));
                      } else {
                        this.matchContextualKeyword("from") &&
                          this.throwError(h.Messages.UnexpectedToken, this.lookahead.value);
                        var e = this.match("{")
                          ? this.parseObjectInitializer()
                          : this.match("[")
                            ? this.parseArrayInitializer()
                            : this.parseAssignmentExpression();
                        (this.consumeSemicolon(),
                          (c = this.finalize(d, new i.ExportDefaultDeclaration(e))));
                      }
                    else if (this.match("*")) {
                      if ((this.nextToken(), !this.matchContextualKeyword("from"))) {
                        var f = this.lookahead.value
                          ? h.Messages.UnexpectedToken
                          : h.Messages.MissingFromClause;
                        this.throwError(f, this.lookahead.value);
                      }
                      this.nextToken();
                      var g = this.parseModuleSpecifier();
                      (this.consumeSemicolon(),
                        (c = this.finalize(d, new i.ExportAllDeclaration(g))));
                    } else if (4 === this.lookahead.type) {
                      var e = void 0;
                      switch (this.lookahead.value) {
                        case "let":
                        case "const":
                          e = this.parseLexicalDeclaration({ inFor: !1 });
                          break;
                        case "var":
                        case "class":
                        case "function":
                          e = this.parseStatementListItem();
                          break;
                        default:
                          this.throwUnexpectedToken(this.lookahead);
                      }
                      c = this.finalize(d, new i.ExportNamedDeclaration(e, [], null));
                    } else if (this.matchAsyncFunction()) {
                      var e = this.parseFunctionDeclaration();
                      c = this.finalize(d, new i.ExportNamedDeclaration(e, [], null));
                    } else {
                      var j = [],
                        k = null,
                        l = !1;
                      for (this.expect("{"); !this.match("}");)
                        ((l = l || this.matchKeyword("default")),
                          j.push(this.parseExportSpecifier()),
                          this.match("}") || this.expect(","));
                      if ((this.expect("}"), this.matchContextualKeyword("from")))
                        (this.nextToken(),
                          (k = this.parseModuleSpecifier()),
                          this.consumeSemicolon());
                      else if (l) {
                        var f = this.lookahead.value
                          ? h.Messages.UnexpectedToken
                          : h.Messages.MissingFromClause;
                        this.throwError(f, this.lookahead.value);
                      } else this.consumeSemicolon();
                      c = this.finalize(d, new i.ExportNamedDeclaration(null, j, k));
                    }
                    return c;
                  }),
                  c
                );
              })();
            },
            function (c, d) {
              "use strict";
              (Object.defineProperty(d, "__esModule", { value: !0 }),
                (d.assert = function (c, d) {
                  if (!c) throw Error("ASSERT: " + d);
                }));
            },
            function (c, d) {
              "use strict";
              (Object.defineProperty(d, "__esModule", { value: !0 }),
                (d.ErrorHandler = (function () {
                  function c() {
                    ((this.errors = []), (this.tolerant = !1));
                  }
                  return (
                    (c.prototype.recordError = function (c) {
                      this.errors.push(c);
                    }),
                    (c.prototype.tolerate = function (c) {
                      if (this.tolerant) this.recordError(c);
                      else throw c;
                    }),
                    (c.prototype.constructError = function (c, d) {
                      var e = Error(c);
                      try {
                        throw e;
                      } catch (c) {
                        Object.create &&
                          Object.defineProperty &&
                          Object.defineProperty((e = Object.create(c)), "column", { value: d });
                      }
                      return e;
                    }),
                    (c.prototype.createError = function (c, d, e, f) {
                      var g = this.constructError("Line " + d + ": " + f, e);
                      return ((g.index = c), (g.lineNumber = d), (g.description = f), g);
                    }),
                    (c.prototype.throwError = function (c, d, e, f) {
                      throw this.createError(c, d, e, f);
                    }),
                    (c.prototype.tolerateError = function (c, d, e, f) {
                      var g = this.createError(c, d, e, f);
                      if (this.tolerant) this.recordError(g);
                      else throw g;
                    }),
                    c
                  );
                })()));
            },
            function (c, d) {
              "use strict";
              (Object.defineProperty(d, "__esModule", { value: !0 }),
                (d.Messages = {
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
            function (c, d, e) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var f = e(9),
                g = e(4),
                h = e(11);
              function i(c) {
                return "0123456789abcdef".indexOf(c.toLowerCase());
              }
              function j(c) {
                return "01234567".indexOf(c);
              }
              d.Scanner = (function () {
                function c(c, d) {
                  ((this.source = c),
                    (this.errorHandler = d),
                    (this.trackComment = !1),
                    (this.isModule = !1),
                    (this.length = c.length),
                    (this.index = 0),
                    (this.lineNumber = +(c.length > 0)),
                    (this.lineStart = 0),
                    (this.curlyStack = []));
                }
                return (
                  (c.prototype.saveState = function () {
                    return {
                      index: this.index,
                      lineNumber: this.lineNumber,
                      lineStart: this.lineStart,
                    };
                  }),
                  (c.prototype.restoreState = function (c) {
                    ((this.index = c.index),
                      (this.lineNumber = c.lineNumber),
                      (this.lineStart = c.lineStart));
                  }),
                  (c.prototype.eof = function () {
                    return this.index >= this.length;
                  }),
                  (c.prototype.throwUnexpectedToken = function (c) {
                    return (
                      void 0 === c && (c = h.Messages.UnexpectedTokenIllegal),
                      this.errorHandler.throwError(
                        this.index,
                        this.lineNumber,
                        this.index - this.lineStart + 1,
                        c,
                      )
                    );
                  }),
                  (c.prototype.tolerateUnexpectedToken = function (c) {
                    (void 0 === c && (c = h.Messages.UnexpectedTokenIllegal),
                      this.errorHandler.tolerateError(
                        this.index,
                        this.lineNumber,
                        this.index - this.lineStart + 1,
                        c,
                      ));
                  }),
                  (c.prototype.skipSingleLineComment = function (c) {
                    var d,
                      e,
                      f = [];
                    for (
                      this.trackComment &&
                      ((f = []),
                      (d = this.index - c),
                      (e = {
                        start: { line: this.lineNumber, column: this.index - this.lineStart - c },
                        end: {},
                      }));
                      !this.eof();
                    ) {
                      var h = this.source.charCodeAt(this.index);
                      if ((++this.index, g.Character.isLineTerminator(h))) {
                        if (this.trackComment) {
                          e.end = {
                            line: this.lineNumber,
                            column: this.index - this.lineStart - 1,
                          };
                          var i = {
                            multiLine: !1,
                            slice: [d + c, this.index - 1],
                            range: [d, this.index - 1],
                            loc: e,
                          };
                          f.push(i);
                        }
                        return (
                          13 === h && 10 === this.source.charCodeAt(this.index) && ++this.index,
                          ++this.lineNumber,
                          (this.lineStart = this.index),
                          f
                        );
                      }
                    }
                    if (this.trackComment) {
                      e.end = { line: this.lineNumber, column: this.index - this.lineStart };
                      var i = {
                        multiLine: !1,
                        slice: [d + c, this.index],
                        range: [d, this.index],
                        loc: e,
                      };
                      f.push(i);
                    }
                    return f;
                  }),
                  (c.prototype.skipMultiLineComment = function () {
                    var c,
                      d,
                      e = [];
                    for (
                      this.trackComment &&
                      ((e = []),
                      (c = this.index - 2),
                      (d = {
                        start: { line: this.lineNumber, column: this.index - this.lineStart - 2 },
                        end: {},
                      }));
                      !this.eof();
                    ) {
                      var f = this.source.charCodeAt(this.index);
                      if (g.Character.isLineTerminator(f))
                        (13 === f && 10 === this.source.charCodeAt(this.index + 1) && ++this.index,
                          ++this.lineNumber,
                          ++this.index,
                          (this.lineStart = this.index));
                      else if (42 === f) {
                        if (47 === this.source.charCodeAt(this.index + 1)) {
                          if (((this.index += 2), this.trackComment)) {
                            d.end = { line: this.lineNumber, column: this.index - this.lineStart };
                            var h = {
                              multiLine: !0,
                              slice: [c + 2, this.index - 2],
                              range: [c, this.index],
                              loc: d,
                            };
                            e.push(h);
                          }
                          return e;
                        }
                        ++this.index;
                      } else ++this.index;
                    }
                    if (this.trackComment) {
                      d.end = { line: this.lineNumber, column: this.index - this.lineStart };
                      var h = {
                        multiLine: !0,
                        slice: [c + 2, this.index],
                        range: [c, this.index],
                        loc: d,
                      };
                      e.push(h);
                    }
                    return (this.tolerateUnexpectedToken(), e);
                  }),
                  (c.prototype.scanComments = function () {
                    this.trackComment && (c = []);
                    for (var c, d = 0 === this.index; !this.eof();) {
                      var e = this.source.charCodeAt(this.index);
                      if (g.Character.isWhiteSpace(e)) ++this.index;
                      else if (g.Character.isLineTerminator(e))
                        (++this.index,
                          13 === e && 10 === this.source.charCodeAt(this.index) && ++this.index,
                          ++this.lineNumber,
                          (this.lineStart = this.index),
                          (d = !0));
                      else if (47 === e)
                        if (47 === (e = this.source.charCodeAt(this.index + 1))) {
                          this.index += 2;
                          var f = this.skipSingleLineComment(2);
                          (this.trackComment && (c = c.concat(f)), (d = !0));
                        } else if (42 === e) {
                          this.index += 2;
                          var f = this.skipMultiLineComment();
                          this.trackComment && (c = c.concat(f));
                        } else break;
                      else if (d && 45 === e)
                        if (
                          45 === this.source.charCodeAt(this.index + 1) &&
                          62 === this.source.charCodeAt(this.index + 2)
                        ) {
                          this.index += 3;
                          var f = this.skipSingleLineComment(3);
                          this.trackComment && (c = c.concat(f));
                        } else break;
                      else if (60 !== e || this.isModule) break;
                      else if ("!--" === this.source.slice(this.index + 1, this.index + 4)) {
                        this.index += 4;
                        var f = this.skipSingleLineComment(4);
                        this.trackComment && (c = c.concat(f));
                      } else break;
                    }
                    return c;
                  }),
                  (c.prototype.isFutureReservedWord = function (c) {
                    switch (c) {
                      case "enum":
                      case "export":
                      case "import":
                      case "super":
                        return !0;
                      default:
                        return !1;
                    }
                  }),
                  (c.prototype.isStrictModeReservedWord = function (c) {
                    switch (c) {
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
                  (c.prototype.isRestrictedWord = function (c) {
                    return "eval" === c || "arguments" === c;
                  }),
                  (c.prototype.isKeyword = function (c) {
                    switch (c.length) {
                      case 2:
                        return "if" === c || "in" === c || "do" === c;
                      case 3:
                        return (
                          "var" === c || "for" === c || "new" === c || "try" === c || "let" === c
                        );
                      case 4:
                        return (
                          "this" === c ||
                          "else" === c ||
                          "case" === c ||
                          "void" === c ||
                          "with" === c ||
                          "enum" === c
                        );
                      case 5:
                        return (
                          "while" === c ||
                          "break" === c ||
                          "catch" === c ||
                          "throw" === c ||
                          "const" === c ||
                          "yield" === c ||
                          "class" === c ||
                          "super" === c
                        );
                      case 6:
                        return (
                          "return" === c ||
                          "typeof" === c ||
                          "delete" === c ||
                          "switch" === c ||
                          "export" === c ||
                          "import" === c
                        );
                      case 7:
                        return "default" === c || "finally" === c || "extends" === c;
                      case 8:
                        return "function" === c || "continue" === c || "debugger" === c;
                      case 10:
                        return "instanceof" === c;
                      default:
                        return !1;
                    }
                  }),
                  (c.prototype.codePointAt = function (c) {
                    var d = this.source.charCodeAt(c);
                    if (d >= 55296 && d <= 56319) {
                      var e = this.source.charCodeAt(c + 1);
                      e >= 56320 && e <= 57343 && (d = (d - 55296) * 1024 + e - 56320 + 65536);
                    }
                    return d;
                  }),
                  (c.prototype.scanHexEscape = function (c) {
                    for (var d = "u" === c ? 4 : 2, e = 0, f = 0; f < d; ++f)
                      if (!(
                        !this.eof() && g.Character.isHexDigit(this.source.charCodeAt(this.index))
                      ))
                        return null;
                      else e = 16 * e + i(this.source[this.index++]);
                    return String.fromCharCode(e);
                  }),
                  (c.prototype.scanUnicodeCodePointEscape = function () {
                    var c = this.source[this.index],
                      d = 0;
                    for (
                      "}" === c && this.throwUnexpectedToken();
                      !this.eof() &&
                      ((c = this.source[this.index++]), g.Character.isHexDigit(c.charCodeAt(0)));
                    )
                      d = 16 * d + i(c);
                    return (
                      (d > 1114111 || "}" !== c) && this.throwUnexpectedToken(),
                      g.Character.fromCodePoint(d)
                    );
                  }),
                  (c.prototype.getIdentifier = function () {
                    for (var c = this.index++; !this.eof();) {
                      var d = this.source.charCodeAt(this.index);
                      if (92 === d || (d >= 55296 && d < 57343))
                        return ((this.index = c), this.getComplexIdentifier());
                      if (g.Character.isIdentifierPart(d)) ++this.index;
                      else break;
                    }
                    return this.source.slice(c, this.index);
                  }),
                  (c.prototype.getComplexIdentifier = function () {
                    var c,
                      d = this.codePointAt(this.index),
                      e = g.Character.fromCodePoint(d);
                    for (
                      this.index += e.length,
                        92 === d &&
                          (117 !== this.source.charCodeAt(this.index) &&
                            this.throwUnexpectedToken(),
                          ++this.index,
                          "{" === this.source[this.index]
                            ? (++this.index, (c = this.scanUnicodeCodePointEscape()))
                            : (null !== (c = this.scanHexEscape("u")) &&
                                "\\" !== c &&
                                g.Character.isIdentifierStart(c.charCodeAt(0))) ||
                              this.throwUnexpectedToken(),
                          (e = c));
                      !this.eof() &&
                      ((d = this.codePointAt(this.index)), g.Character.isIdentifierPart(d));
                    )
                      ((e += c = g.Character.fromCodePoint(d)),
                        (this.index += c.length),
                        92 === d &&
                          ((e = e.substr(0, e.length - 1)),
                          117 !== this.source.charCodeAt(this.index) && this.throwUnexpectedToken(),
                          ++this.index,
                          "{" === this.source[this.index]
                            ? (++this.index, (c = this.scanUnicodeCodePointEscape()))
                            : (null !== (c = this.scanHexEscape("u")) &&
                                "\\" !== c &&
                                g.Character.isIdentifierPart(c.charCodeAt(0))) ||
                              this.throwUnexpectedToken(),
                          (e += c)));
                    return e;
                  }),
                  (c.prototype.octalToDecimal = function (c) {
                    var d = "0" !== c,
                      e = j(c);
                    return (
                      !this.eof() &&
                        g.Character.isOctalDigit(this.source.charCodeAt(this.index)) &&
                        ((d = !0),
                        (e = 8 * e + j(this.source[this.index++])),
                        "0123".indexOf(c) >= 0 &&
                          !this.eof() &&
                          g.Character.isOctalDigit(this.source.charCodeAt(this.index)) &&
                          (e = 8 * e + j(this.source[this.index++]))),
                      { code: e, octal: d }
                    );
                  }),
                  (c.prototype.scanIdentifier = function () {
                    var c,
                      d = this.index,
                      e =
                        92 === this.source.charCodeAt(d)
                          ? this.getComplexIdentifier()
                          : this.getIdentifier();
                    if (
                      3 !=
                        (c =
                          1 === e.length
                            ? 3
                            : this.isKeyword(e)
                              ? 4
                              : "null" === e
                                ? 5
                                : "true" === e || "false" === e
                                  ? 1
                                  : 3) &&
                      d + e.length !== this.index
                    ) {
                      var f = this.index;
                      ((this.index = d),
                        this.tolerateUnexpectedToken(h.Messages.InvalidEscapedReservedWord),
                        (this.index = f));
                    }
                    return {
                      type: c,
                      value: e,
                      lineNumber: this.lineNumber,
                      lineStart: this.lineStart,
                      start: d,
                      end: this.index,
                    };
                  }),
                  (c.prototype.scanPunctuator = function () {
                    var c = this.index,
                      d = this.source[this.index];
                    switch (d) {
                      case "(":
                      case "{":
                        ("{" === d && this.curlyStack.push("{"), ++this.index);
                        break;
                      case ".":
                        (++this.index,
                          "." === this.source[this.index] &&
                            "." === this.source[this.index + 1] &&
                            ((this.index += 2), (d = "...")));
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
                        ">>>=" === (d = this.source.substr(this.index, 4))
                          ? (this.index += 4)
                          : "===" === (d = d.substr(0, 3)) ||
                              "!==" === d ||
                              ">>>" === d ||
                              "<<=" === d ||
                              ">>=" === d ||
                              "**=" === d
                            ? (this.index += 3)
                            : "&&" === (d = d.substr(0, 2)) ||
                                "||" === d ||
                                "==" === d ||
                                "!=" === d ||
                                "+=" === d ||
                                "-=" === d ||
                                "*=" === d ||
                                "/=" === d ||
                                "++" === d ||
                                "--" === d ||
                                "<<" === d ||
                                ">>" === d ||
                                "&=" === d ||
                                "|=" === d ||
                                "^=" === d ||
                                "%=" === d ||
                                "<=" === d ||
                                ">=" === d ||
                                "=>" === d ||
                                "**" === d
                              ? (this.index += 2)
                              : ((d = this.source[this.index]),
                                "<>=!+-*%&|^/".indexOf(d) >= 0 && ++this.index);
                    }
                    return (
                      this.index === c && this.throwUnexpectedToken(),
                      {
                        type: 7,
                        value: d,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: c,
                        end: this.index,
                      }
                    );
                  }),
                  (c.prototype.scanHexLiteral = function (c) {
                    for (
                      var d = "";
                      !this.eof() && g.Character.isHexDigit(this.source.charCodeAt(this.index));
                    )
                      d += this.source[this.index++];
                    return (
                      0 === d.length && this.throwUnexpectedToken(),
                      g.Character.isIdentifierStart(this.source.charCodeAt(this.index)) &&
                        this.throwUnexpectedToken(),
                      {
                        type: 6,
                        value: parseInt("0x" + d, 16),
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: c,
                        end: this.index,
                      }
                    );
                  }),
                  (c.prototype.scanBinaryLiteral = function (c) {
                    for (
                      var d, e = "";
                      !this.eof() && ("0" === (d = this.source[this.index]) || "1" === d);
                    )
                      e += this.source[this.index++];
                    return (
                      0 === e.length && this.throwUnexpectedToken(),
                      !this.eof() &&
                        ((d = this.source.charCodeAt(this.index)),
                        (g.Character.isIdentifierStart(d) || g.Character.isDecimalDigit(d)) &&
                          this.throwUnexpectedToken()),
                      {
                        type: 6,
                        value: parseInt(e, 2),
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: c,
                        end: this.index,
                      }
                    );
                  }),
                  (c.prototype.scanOctalLiteral = function (c, d) {
                    var e = "",
                      f = !1;
                    for (
                      g.Character.isOctalDigit(c.charCodeAt(0))
                        ? ((f = !0), (e = "0" + this.source[this.index++]))
                        : ++this.index;
                      !this.eof() && g.Character.isOctalDigit(this.source.charCodeAt(this.index));
                    )
                      e += this.source[this.index++];
                    return (
                      f || 0 !== e.length || this.throwUnexpectedToken(),
                      (g.Character.isIdentifierStart(this.source.charCodeAt(this.index)) ||
                        g.Character.isDecimalDigit(this.source.charCodeAt(this.index))) &&
                        this.throwUnexpectedToken(),
                      {
                        type: 6,
                        value: parseInt(e, 8),
                        octal: f,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: d,
                        end: this.index,
                      }
                    );
                  }),
                  (c.prototype.isImplicitOctalLiteral = function () {
                    for (var c = this.index + 1; c < this.length; ++c) {
                      var d = this.source[c];
                      if ("8" === d || "9" === d) return !1;
                      if (!g.Character.isOctalDigit(d.charCodeAt(0))) break;
                    }
                    return !0;
                  }),
                  (c.prototype.scanNumericLiteral = function () {
                    var c = this.index,
                      d = this.source[c];
                    f.assert(
                      g.Character.isDecimalDigit(d.charCodeAt(0)) || "." === d,
                      "Numeric literal must start with a decimal digit or a decimal point",
                    );
                    var e = "";
                    if ("." !== d) {
                      if (
                        ((e = this.source[this.index++]), (d = this.source[this.index]), "0" === e)
                      ) {
                        if ("x" === d || "X" === d) return (++this.index, this.scanHexLiteral(c));
                        if ("b" === d || "B" === d)
                          return (++this.index, this.scanBinaryLiteral(c));
                        if (
                          "o" === d ||
                          "O" === d ||
                          (d &&
                            g.Character.isOctalDigit(d.charCodeAt(0)) &&
                            this.isImplicitOctalLiteral())
                        )
                          return this.scanOctalLiteral(d, c);
                      }
                      for (; g.Character.isDecimalDigit(this.source.charCodeAt(this.index));)
                        e += this.source[this.index++];
                      d = this.source[this.index];
                    }
                    if ("." === d) {
                      for (
                        e += this.source[this.index++];
                        g.Character.isDecimalDigit(this.source.charCodeAt(this.index));
                      )
                        e += this.source[this.index++];
                      d = this.source[this.index];
                    }
                    if ("e" === d || "E" === d)
                      if (
                        ((e += this.source[this.index++]),
                        ("+" === (d = this.source[this.index]) || "-" === d) &&
                          (e += this.source[this.index++]),
                        g.Character.isDecimalDigit(this.source.charCodeAt(this.index)))
                      )
                        for (; g.Character.isDecimalDigit(this.source.charCodeAt(this.index));)
                          e += this.source[this.index++];
                      else this.throwUnexpectedToken();
                    return (
                      g.Character.isIdentifierStart(this.source.charCodeAt(this.index)) &&
                        this.throwUnexpectedToken(),
                      {
                        type: 6,
                        value: parseFloat(e),
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: c,
                        end: this.index,
                      }
                    );
                  }),
                  (c.prototype.scanStringLiteral = function () {
                    var c = this.index,
                      d = this.source[c];
                    (f.assert("'" === d || '"' === d, "String literal must starts with a quote"),
                      ++this.index);
                    for (var e = !1, i = ""; !this.eof();) {
                      var j = this.source[this.index++];
                      if (j === d) {
                        d = "";
                        break;
                      }
                      if ("\\" === j)
                        if (
                          (j = this.source[this.index++]) &&
                          g.Character.isLineTerminator(j.charCodeAt(0))
                        )
                          (++this.lineNumber,
                            "\r" === j && "\n" === this.source[this.index] && ++this.index,
                            (this.lineStart = this.index));
                        else
                          switch (j) {
                            case "u":
                              if ("{" === this.source[this.index])
                                (++this.index, (i += this.scanUnicodeCodePointEscape()));
                              else {
                                var k = this.scanHexEscape(j);
                                (null === k && this.throwUnexpectedToken(), (i += k));
                              }
                              break;
                            case "x":
                              var l = this.scanHexEscape(j);
                              (null === l &&
                                this.throwUnexpectedToken(h.Messages.InvalidHexEscapeSequence),
                                (i += l));
                              break;
                            case "n":
                              i += "\n";
                              break;
                            case "r":
                              i += "\r";
                              break;
                            case "t":
                              i += "	";
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
                            case "8":
                            case "9":
                              ((i += j), this.tolerateUnexpectedToken());
                              break;
                            default:
                              if (j && g.Character.isOctalDigit(j.charCodeAt(0))) {
                                var m = this.octalToDecimal(j);
                                ((e = m.octal || e), (i += String.fromCharCode(m.code)));
                              } else i += j;
                          }
                      else if (g.Character.isLineTerminator(j.charCodeAt(0))) break;
                      else i += j;
                    }
                    return (
                      "" !== d && ((this.index = c), this.throwUnexpectedToken()),
                      {
                        type: 8,
                        value: i,
                        octal: e,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: c,
                        end: this.index,
                      }
                    );
                  }),
                  (c.prototype.scanTemplate = function () {
                    var c = "",
                      d = !1,
                      e = this.index,
                      f = "`" === this.source[e],
                      i = !1,
                      j = 2;
                    for (++this.index; !this.eof();) {
                      var k = this.source[this.index++];
                      if ("`" === k) {
                        ((j = 1), (i = !0), (d = !0));
                        break;
                      }
                      if ("$" === k) {
                        if ("{" === this.source[this.index]) {
                          (this.curlyStack.push("${"), ++this.index, (d = !0));
                          break;
                        }
                        c += k;
                      } else if ("\\" === k)
                        if (
                          ((k = this.source[this.index++]),
                          g.Character.isLineTerminator(k.charCodeAt(0)))
                        )
                          (++this.lineNumber,
                            "\r" === k && "\n" === this.source[this.index] && ++this.index,
                            (this.lineStart = this.index));
                        else
                          switch (k) {
                            case "n":
                              c += "\n";
                              break;
                            case "r":
                              c += "\r";
                              break;
                            case "t":
                              c += "	";
                              break;
                            case "u":
                              if ("{" === this.source[this.index])
                                (++this.index, (c += this.scanUnicodeCodePointEscape()));
                              else {
                                var l = this.index,
                                  m = this.scanHexEscape(k);
                                null !== m ? (c += m) : ((this.index = l), (c += k));
                              }
                              break;
                            case "x":
                              var n = this.scanHexEscape(k);
                              (null === n &&
                                this.throwUnexpectedToken(h.Messages.InvalidHexEscapeSequence),
                                (c += n));
                              break;
                            case "b":
                              c += "\b";
                              break;
                            case "f":
                              c += "\f";
                              break;
                            case "v":
                              c += "\v";
                              break;
                            default:
                              "0" === k
                                ? (g.Character.isDecimalDigit(this.source.charCodeAt(this.index)) &&
                                    this.throwUnexpectedToken(h.Messages.TemplateOctalLiteral),
                                  (c += "\0"))
                                : g.Character.isOctalDigit(k.charCodeAt(0))
                                  ? this.throwUnexpectedToken(h.Messages.TemplateOctalLiteral)
                                  : (c += k);
                          }
                      else
                        g.Character.isLineTerminator(k.charCodeAt(0))
                          ? (++this.lineNumber,
                            "\r" === k && "\n" === this.source[this.index] && ++this.index,
                            (this.lineStart = this.index),
                            (c += "\n"))
                          : (c += k);
                    }
                    return (
                      d || this.throwUnexpectedToken(),
                      f || this.curlyStack.pop(),
                      {
                        type: 10,
                        value: this.source.slice(e + 1, this.index - j),
                        cooked: c,
                        head: f,
                        tail: i,
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: e,
                        end: this.index,
                      }
                    );
                  }),
                  (c.prototype.testRegExp = function (c, d) {
                    var e = c,
                      f = this;
                    d.indexOf("u") >= 0 &&
                      (e = e
                        .replace(/\\u\{([0-9a-fA-F]+)\}|\\u([a-fA-F0-9]{4})/g, function (c, d, e) {
                          var g = parseInt(d || e, 16);
                          return (g > 1114111 && f.throwUnexpectedToken(h.Messages.InvalidRegExp),
                          g <= 65535)
                            ? String.fromCharCode(g)
                            : "￿";
                        })
                        .replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "￿"));
                    try {
                      RegExp(e);
                    } catch (c) {
                      this.throwUnexpectedToken(h.Messages.InvalidRegExp);
                    }
                    try {
                      return new RegExp(c, d);
                    } catch (c) {
                      return null;
                    }
                  }),
                  (c.prototype.scanRegExpBody = function () {
                    var c = this.source[this.index];
                    f.assert("/" === c, "Regular expression literal must start with a slash");
                    for (var d = this.source[this.index++], e = !1, i = !1; !this.eof();)
                      if (((d += c = this.source[this.index++]), "\\" === c))
                        ((c = this.source[this.index++]),
                          g.Character.isLineTerminator(c.charCodeAt(0)) &&
                            this.throwUnexpectedToken(h.Messages.UnterminatedRegExp),
                          (d += c));
                      else if (g.Character.isLineTerminator(c.charCodeAt(0)))
                        this.throwUnexpectedToken(h.Messages.UnterminatedRegExp);
                      else if (e) "]" === c && (e = !1);
                      else if ("/" === c) {
                        i = !0;
                        break;
                      } else "[" === c && (e = !0);
                    return (
                      i || this.throwUnexpectedToken(h.Messages.UnterminatedRegExp),
                      d.substr(1, d.length - 2)
                    );
                  }),
                  (c.prototype.scanRegExpFlags = function () {
                    for (var c = "", d = ""; !this.eof();) {
                      var e = this.source[this.index];
                      if (!g.Character.isIdentifierPart(e.charCodeAt(0))) break;
                      if ((++this.index, "\\" !== e || this.eof())) ((d += e), (c += e));
                      else if ("u" === (e = this.source[this.index])) {
                        ++this.index;
                        var f = this.index,
                          h = this.scanHexEscape("u");
                        if (null !== h)
                          for (d += h, c += "\\u"; f < this.index; ++f) c += this.source[f];
                        else ((this.index = f), (d += "u"), (c += "\\u"));
                        this.tolerateUnexpectedToken();
                      } else ((c += "\\"), this.tolerateUnexpectedToken());
                    }
                    return d;
                  }),
                  (c.prototype.scanRegExp = function () {
                    var c = this.index,
                      d = this.scanRegExpBody(),
                      e = this.scanRegExpFlags(),
                      f = this.testRegExp(d, e);
                    return {
                      type: 9,
                      value: "",
                      pattern: d,
                      flags: e,
                      regex: f,
                      lineNumber: this.lineNumber,
                      lineStart: this.lineStart,
                      start: c,
                      end: this.index,
                    };
                  }),
                  (c.prototype.lex = function () {
                    if (this.eof())
                      return {
                        type: 2,
                        value: "",
                        lineNumber: this.lineNumber,
                        lineStart: this.lineStart,
                        start: this.index,
                        end: this.index,
                      };
                    var c = this.source.charCodeAt(this.index);
                    return g.Character.isIdentifierStart(c)
                      ? this.scanIdentifier()
                      : 40 === c || 41 === c || 59 === c
                        ? this.scanPunctuator()
                        : 39 === c || 34 === c
                          ? this.scanStringLiteral()
                          : 46 === c
                            ? g.Character.isDecimalDigit(this.source.charCodeAt(this.index + 1))
                              ? this.scanNumericLiteral()
                              : this.scanPunctuator()
                            : g.Character.isDecimalDigit(c)
                              ? this.scanNumericLiteral()
                              : 96 === c ||
                                  (125 === c &&
                                    "${" === this.curlyStack[this.curlyStack.length - 1])
                                ? this.scanTemplate()
                                : c >= 55296 &&
                                    c < 57343 &&
                                    g.Character.isIdentifierStart(this.codePointAt(this.index))
                                  ? this.scanIdentifier()
                                  : this.scanPunctuator();
                  }),
                  c
                );
              })();
            },
            function (c, d) {
              "use strict";
              (Object.defineProperty(d, "__esModule", { value: !0 }),
                (d.TokenName = {}),
                (d.TokenName[1] = "Boolean"),
                (d.TokenName[2] = "<end>"),
                (d.TokenName[3] = "Identifier"),
                (d.TokenName[4] = "Keyword"),
                (d.TokenName[5] = "Null"),
                (d.TokenName[6] = "Numeric"),
                (d.TokenName[7] = "Punctuator"),
                (d.TokenName[8] = "String"),
                (d.TokenName[9] = "RegularExpression"),
                (d.TokenName[10] = "Template"));
            },
            function (c, d) {
              "use strict";
              (Object.defineProperty(d, "__esModule", { value: !0 }),
                (d.XHTMLEntities = {
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
            function (c, d, e) {
              "use strict";
              Object.defineProperty(d, "__esModule", { value: !0 });
              var f = e(10),
                g = e(12),
                h = e(13),
                i = (function () {
                  function c() {
                    ((this.values = []), (this.curly = this.paren = -1));
                  }
                  return (
                    (c.prototype.beforeFunctionExpression = function (c) {
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
                        ].indexOf(c) >= 0
                      );
                    }),
                    (c.prototype.isRegexStart = function () {
                      var c = this.values[this.values.length - 1],
                        d = null !== c;
                      switch (c) {
                        case "this":
                        case "]":
                          d = !1;
                          break;
                        case ")":
                          var e = this.values[this.paren - 1];
                          d = "if" === e || "while" === e || "for" === e || "with" === e;
                          break;
                        case "}":
                          if (((d = !1), "function" === this.values[this.curly - 3])) {
                            var f = this.values[this.curly - 4];
                            d = !!f && !this.beforeFunctionExpression(f);
                          } else if ("function" === this.values[this.curly - 4]) {
                            var f = this.values[this.curly - 5];
                            d = !f || !this.beforeFunctionExpression(f);
                          }
                      }
                      return d;
                    }),
                    (c.prototype.push = function (c) {
                      7 === c.type || 4 === c.type
                        ? ("{" === c.value
                            ? (this.curly = this.values.length)
                            : "(" === c.value && (this.paren = this.values.length),
                          this.values.push(c.value))
                        : this.values.push(null);
                    }),
                    c
                  );
                })();
              d.Tokenizer = (function () {
                function c(c, d) {
                  ((this.errorHandler = new f.ErrorHandler()),
                    (this.errorHandler.tolerant =
                      !!d && "boolean" == typeof d.tolerant && d.tolerant),
                    (this.scanner = new g.Scanner(c, this.errorHandler)),
                    (this.scanner.trackComment = !!d && "boolean" == typeof d.comment && d.comment),
                    (this.trackRange = !!d && "boolean" == typeof d.range && d.range),
                    (this.trackLoc = !!d && "boolean" == typeof d.loc && d.loc),
                    (this.buffer = []),
                    (this.reader = new i()));
                }
                return (
                  (c.prototype.errors = function () {
                    return this.errorHandler.errors;
                  }),
                  (c.prototype.getNextToken = function () {
                    if (0 === this.buffer.length) {
                      var c = this.scanner.scanComments();
                      if (this.scanner.trackComment)
                        for (var d = 0; d < c.length; ++d) {
                          var e = c[d],
                            f = this.scanner.source.slice(e.slice[0], e.slice[1]),
                            g = { type: e.multiLine ? "BlockComment" : "LineComment", value: f };
                          (this.trackRange && (g.range = e.range),
                            this.trackLoc && (g.loc = e.loc),
                            this.buffer.push(g));
                        }
                      if (!this.scanner.eof()) {
                        var i = void 0;
                        this.trackLoc &&
                          (i = {
                            start: {
                              line: this.scanner.lineNumber,
                              column: this.scanner.index - this.scanner.lineStart,
                            },
                            end: {},
                          });
                        var j =
                          "/" === this.scanner.source[this.scanner.index] &&
                          this.reader.isRegexStart()
                            ? this.scanner.scanRegExp()
                            : this.scanner.lex();
                        this.reader.push(j);
                        var k = {
                          type: h.TokenName[j.type],
                          value: this.scanner.source.slice(j.start, j.end),
                        };
                        (this.trackRange && (k.range = [j.start, j.end]),
                          this.trackLoc &&
                            ((i.end = {
                              line: this.scanner.lineNumber,
                              column: this.scanner.index - this.scanner.lineStart,
                            }),
                            (k.loc = i)),
                          9 === j.type && (k.regex = { pattern: j.pattern, flags: j.flags }),
                          this.buffer.push(k));
                      }
                    }
                    return this.buffer.shift();
                  }),
                  c
                );
              })();
            },
          ],
          d = {};
        function e(f) {
          if (d[f]) return d[f].exports;
          var g = (d[f] = { exports: {}, id: f, loaded: !1 });
          return (c[f].call(g.exports, g, g.exports, e), (g.loaded = !0), g.exports);
        }
        return ((e.m = c), (e.c = d), (e.p = ""), e(0));
      })()));
  },
  55381,
  (c, d, e) => {
    "use strict";
    var f = c.r(1383);
    d.exports = function (c) {
      f(c) || (c = {});
      for (var d = arguments.length, e = 1; e < d; e++) {
        var g = arguments[e];
        f(g) &&
          (function (c, d) {
            for (var e in d) {
              var f, g;
              ((f = d), (g = e), Object.prototype.hasOwnProperty.call(f, g) && (c[e] = d[e]));
            }
          })(c, g);
      }
      return c;
    };
  },
  23020,
  (c) => {
    "use strict";
    let d =
        /[\0-\x1F!-,\.\/:-@\[-\^`\{-\xA9\xAB-\xB4\xB6-\xB9\xBB-\xBF\xD7\xF7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u0378\u0379\u037E\u0380-\u0385\u0387\u038B\u038D\u03A2\u03F6\u0482\u0530\u0557\u0558\u055A-\u055F\u0589-\u0590\u05BE\u05C0\u05C3\u05C6\u05C8-\u05CF\u05EB-\u05EE\u05F3-\u060F\u061B-\u061F\u066A-\u066D\u06D4\u06DD\u06DE\u06E9\u06FD\u06FE\u0700-\u070F\u074B\u074C\u07B2-\u07BF\u07F6-\u07F9\u07FB\u07FC\u07FE\u07FF\u082E-\u083F\u085C-\u085F\u086B-\u089F\u08B5\u08C8-\u08D2\u08E2\u0964\u0965\u0970\u0984\u098D\u098E\u0991\u0992\u09A9\u09B1\u09B3-\u09B5\u09BA\u09BB\u09C5\u09C6\u09C9\u09CA\u09CF-\u09D6\u09D8-\u09DB\u09DE\u09E4\u09E5\u09F2-\u09FB\u09FD\u09FF\u0A00\u0A04\u0A0B-\u0A0E\u0A11\u0A12\u0A29\u0A31\u0A34\u0A37\u0A3A\u0A3B\u0A3D\u0A43-\u0A46\u0A49\u0A4A\u0A4E-\u0A50\u0A52-\u0A58\u0A5D\u0A5F-\u0A65\u0A76-\u0A80\u0A84\u0A8E\u0A92\u0AA9\u0AB1\u0AB4\u0ABA\u0ABB\u0AC6\u0ACA\u0ACE\u0ACF\u0AD1-\u0ADF\u0AE4\u0AE5\u0AF0-\u0AF8\u0B00\u0B04\u0B0D\u0B0E\u0B11\u0B12\u0B29\u0B31\u0B34\u0B3A\u0B3B\u0B45\u0B46\u0B49\u0B4A\u0B4E-\u0B54\u0B58-\u0B5B\u0B5E\u0B64\u0B65\u0B70\u0B72-\u0B81\u0B84\u0B8B-\u0B8D\u0B91\u0B96-\u0B98\u0B9B\u0B9D\u0BA0-\u0BA2\u0BA5-\u0BA7\u0BAB-\u0BAD\u0BBA-\u0BBD\u0BC3-\u0BC5\u0BC9\u0BCE\u0BCF\u0BD1-\u0BD6\u0BD8-\u0BE5\u0BF0-\u0BFF\u0C0D\u0C11\u0C29\u0C3A-\u0C3C\u0C45\u0C49\u0C4E-\u0C54\u0C57\u0C5B-\u0C5F\u0C64\u0C65\u0C70-\u0C7F\u0C84\u0C8D\u0C91\u0CA9\u0CB4\u0CBA\u0CBB\u0CC5\u0CC9\u0CCE-\u0CD4\u0CD7-\u0CDD\u0CDF\u0CE4\u0CE5\u0CF0\u0CF3-\u0CFF\u0D0D\u0D11\u0D45\u0D49\u0D4F-\u0D53\u0D58-\u0D5E\u0D64\u0D65\u0D70-\u0D79\u0D80\u0D84\u0D97-\u0D99\u0DB2\u0DBC\u0DBE\u0DBF\u0DC7-\u0DC9\u0DCB-\u0DCE\u0DD5\u0DD7\u0DE0-\u0DE5\u0DF0\u0DF1\u0DF4-\u0E00\u0E3B-\u0E3F\u0E4F\u0E5A-\u0E80\u0E83\u0E85\u0E8B\u0EA4\u0EA6\u0EBE\u0EBF\u0EC5\u0EC7\u0ECE\u0ECF\u0EDA\u0EDB\u0EE0-\u0EFF\u0F01-\u0F17\u0F1A-\u0F1F\u0F2A-\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F48\u0F6D-\u0F70\u0F85\u0F98\u0FBD-\u0FC5\u0FC7-\u0FFF\u104A-\u104F\u109E\u109F\u10C6\u10C8-\u10CC\u10CE\u10CF\u10FB\u1249\u124E\u124F\u1257\u1259\u125E\u125F\u1289\u128E\u128F\u12B1\u12B6\u12B7\u12BF\u12C1\u12C6\u12C7\u12D7\u1311\u1316\u1317\u135B\u135C\u1360-\u137F\u1390-\u139F\u13F6\u13F7\u13FE-\u1400\u166D\u166E\u1680\u169B-\u169F\u16EB-\u16ED\u16F9-\u16FF\u170D\u1715-\u171F\u1735-\u173F\u1754-\u175F\u176D\u1771\u1774-\u177F\u17D4-\u17D6\u17D8-\u17DB\u17DE\u17DF\u17EA-\u180A\u180E\u180F\u181A-\u181F\u1879-\u187F\u18AB-\u18AF\u18F6-\u18FF\u191F\u192C-\u192F\u193C-\u1945\u196E\u196F\u1975-\u197F\u19AC-\u19AF\u19CA-\u19CF\u19DA-\u19FF\u1A1C-\u1A1F\u1A5F\u1A7D\u1A7E\u1A8A-\u1A8F\u1A9A-\u1AA6\u1AA8-\u1AAF\u1AC1-\u1AFF\u1B4C-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F\u1BF4-\u1BFF\u1C38-\u1C3F\u1C4A-\u1C4C\u1C7E\u1C7F\u1C89-\u1C8F\u1CBB\u1CBC\u1CC0-\u1CCF\u1CD3\u1CFB-\u1CFF\u1DFA\u1F16\u1F17\u1F1E\u1F1F\u1F46\u1F47\u1F4E\u1F4F\u1F58\u1F5A\u1F5C\u1F5E\u1F7E\u1F7F\u1FB5\u1FBD\u1FBF-\u1FC1\u1FC5\u1FCD-\u1FCF\u1FD4\u1FD5\u1FDC-\u1FDF\u1FED-\u1FF1\u1FF5\u1FFD-\u203E\u2041-\u2053\u2055-\u2070\u2072-\u207E\u2080-\u208F\u209D-\u20CF\u20F1-\u2101\u2103-\u2106\u2108\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127\u2129\u212E\u213A\u213B\u2140-\u2144\u214A-\u214D\u214F-\u215F\u2189-\u24B5\u24EA-\u2BFF\u2C2F\u2C5F\u2CE5-\u2CEA\u2CF4-\u2CFF\u2D26\u2D28-\u2D2C\u2D2E\u2D2F\u2D68-\u2D6E\u2D70-\u2D7E\u2D97-\u2D9F\u2DA7\u2DAF\u2DB7\u2DBF\u2DC7\u2DCF\u2DD7\u2DDF\u2E00-\u2E2E\u2E30-\u3004\u3008-\u3020\u3030\u3036\u3037\u303D-\u3040\u3097\u3098\u309B\u309C\u30A0\u30FB\u3100-\u3104\u3130\u318F-\u319F\u31C0-\u31EF\u3200-\u33FF\u4DC0-\u4DFF\u9FFD-\u9FFF\uA48D-\uA4CF\uA4FE\uA4FF\uA60D-\uA60F\uA62C-\uA63F\uA673\uA67E\uA6F2-\uA716\uA720\uA721\uA789\uA78A\uA7C0\uA7C1\uA7CB-\uA7F4\uA828-\uA82B\uA82D-\uA83F\uA874-\uA87F\uA8C6-\uA8CF\uA8DA-\uA8DF\uA8F8-\uA8FA\uA8FC\uA92E\uA92F\uA954-\uA95F\uA97D-\uA97F\uA9C1-\uA9CE\uA9DA-\uA9DF\uA9FF\uAA37-\uAA3F\uAA4E\uAA4F\uAA5A-\uAA5F\uAA77-\uAA79\uAAC3-\uAADA\uAADE\uAADF\uAAF0\uAAF1\uAAF7-\uAB00\uAB07\uAB08\uAB0F\uAB10\uAB17-\uAB1F\uAB27\uAB2F\uAB5B\uAB6A-\uAB6F\uABEB\uABEE\uABEF\uABFA-\uABFF\uD7A4-\uD7AF\uD7C7-\uD7CA\uD7FC-\uD7FF\uE000-\uF8FF\uFA6E\uFA6F\uFADA-\uFAFF\uFB07-\uFB12\uFB18-\uFB1C\uFB29\uFB37\uFB3D\uFB3F\uFB42\uFB45\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90\uFD91\uFDC8-\uFDEF\uFDFC-\uFDFF\uFE10-\uFE1F\uFE30-\uFE32\uFE35-\uFE4C\uFE50-\uFE6F\uFE75\uFEFD-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF3E\uFF40\uFF5B-\uFF65\uFFBF-\uFFC1\uFFC8\uFFC9\uFFD0\uFFD1\uFFD8\uFFD9\uFFDD-\uFFFF]|\uD800[\uDC0C\uDC27\uDC3B\uDC3E\uDC4E\uDC4F\uDC5E-\uDC7F\uDCFB-\uDD3F\uDD75-\uDDFC\uDDFE-\uDE7F\uDE9D-\uDE9F\uDED1-\uDEDF\uDEE1-\uDEFF\uDF20-\uDF2C\uDF4B-\uDF4F\uDF7B-\uDF7F\uDF9E\uDF9F\uDFC4-\uDFC7\uDFD0\uDFD6-\uDFFF]|\uD801[\uDC9E\uDC9F\uDCAA-\uDCAF\uDCD4-\uDCD7\uDCFC-\uDCFF\uDD28-\uDD2F\uDD64-\uDDFF\uDF37-\uDF3F\uDF56-\uDF5F\uDF68-\uDFFF]|\uD802[\uDC06\uDC07\uDC09\uDC36\uDC39-\uDC3B\uDC3D\uDC3E\uDC56-\uDC5F\uDC77-\uDC7F\uDC9F-\uDCDF\uDCF3\uDCF6-\uDCFF\uDD16-\uDD1F\uDD3A-\uDD7F\uDDB8-\uDDBD\uDDC0-\uDDFF\uDE04\uDE07-\uDE0B\uDE14\uDE18\uDE36\uDE37\uDE3B-\uDE3E\uDE40-\uDE5F\uDE7D-\uDE7F\uDE9D-\uDEBF\uDEC8\uDEE7-\uDEFF\uDF36-\uDF3F\uDF56-\uDF5F\uDF73-\uDF7F\uDF92-\uDFFF]|\uD803[\uDC49-\uDC7F\uDCB3-\uDCBF\uDCF3-\uDCFF\uDD28-\uDD2F\uDD3A-\uDE7F\uDEAA\uDEAD-\uDEAF\uDEB2-\uDEFF\uDF1D-\uDF26\uDF28-\uDF2F\uDF51-\uDFAF\uDFC5-\uDFDF\uDFF7-\uDFFF]|\uD804[\uDC47-\uDC65\uDC70-\uDC7E\uDCBB-\uDCCF\uDCE9-\uDCEF\uDCFA-\uDCFF\uDD35\uDD40-\uDD43\uDD48-\uDD4F\uDD74\uDD75\uDD77-\uDD7F\uDDC5-\uDDC8\uDDCD\uDDDB\uDDDD-\uDDFF\uDE12\uDE38-\uDE3D\uDE3F-\uDE7F\uDE87\uDE89\uDE8E\uDE9E\uDEA9-\uDEAF\uDEEB-\uDEEF\uDEFA-\uDEFF\uDF04\uDF0D\uDF0E\uDF11\uDF12\uDF29\uDF31\uDF34\uDF3A\uDF45\uDF46\uDF49\uDF4A\uDF4E\uDF4F\uDF51-\uDF56\uDF58-\uDF5C\uDF64\uDF65\uDF6D-\uDF6F\uDF75-\uDFFF]|\uD805[\uDC4B-\uDC4F\uDC5A-\uDC5D\uDC62-\uDC7F\uDCC6\uDCC8-\uDCCF\uDCDA-\uDD7F\uDDB6\uDDB7\uDDC1-\uDDD7\uDDDE-\uDDFF\uDE41-\uDE43\uDE45-\uDE4F\uDE5A-\uDE7F\uDEB9-\uDEBF\uDECA-\uDEFF\uDF1B\uDF1C\uDF2C-\uDF2F\uDF3A-\uDFFF]|\uD806[\uDC3B-\uDC9F\uDCEA-\uDCFE\uDD07\uDD08\uDD0A\uDD0B\uDD14\uDD17\uDD36\uDD39\uDD3A\uDD44-\uDD4F\uDD5A-\uDD9F\uDDA8\uDDA9\uDDD8\uDDD9\uDDE2\uDDE5-\uDDFF\uDE3F-\uDE46\uDE48-\uDE4F\uDE9A-\uDE9C\uDE9E-\uDEBF\uDEF9-\uDFFF]|\uD807[\uDC09\uDC37\uDC41-\uDC4F\uDC5A-\uDC71\uDC90\uDC91\uDCA8\uDCB7-\uDCFF\uDD07\uDD0A\uDD37-\uDD39\uDD3B\uDD3E\uDD48-\uDD4F\uDD5A-\uDD5F\uDD66\uDD69\uDD8F\uDD92\uDD99-\uDD9F\uDDAA-\uDEDF\uDEF7-\uDFAF\uDFB1-\uDFFF]|\uD808[\uDF9A-\uDFFF]|\uD809[\uDC6F-\uDC7F\uDD44-\uDFFF]|[\uD80A\uD80B\uD80E-\uD810\uD812-\uD819\uD824-\uD82B\uD82D\uD82E\uD830-\uD833\uD837\uD839\uD83D\uD83F\uD87B-\uD87D\uD87F\uD885-\uDB3F\uDB41-\uDBFF][\uDC00-\uDFFF]|\uD80D[\uDC2F-\uDFFF]|\uD811[\uDE47-\uDFFF]|\uD81A[\uDE39-\uDE3F\uDE5F\uDE6A-\uDECF\uDEEE\uDEEF\uDEF5-\uDEFF\uDF37-\uDF3F\uDF44-\uDF4F\uDF5A-\uDF62\uDF78-\uDF7C\uDF90-\uDFFF]|\uD81B[\uDC00-\uDE3F\uDE80-\uDEFF\uDF4B-\uDF4E\uDF88-\uDF8E\uDFA0-\uDFDF\uDFE2\uDFE5-\uDFEF\uDFF2-\uDFFF]|\uD821[\uDFF8-\uDFFF]|\uD823[\uDCD6-\uDCFF\uDD09-\uDFFF]|\uD82C[\uDD1F-\uDD4F\uDD53-\uDD63\uDD68-\uDD6F\uDEFC-\uDFFF]|\uD82F[\uDC6B-\uDC6F\uDC7D-\uDC7F\uDC89-\uDC8F\uDC9A-\uDC9C\uDC9F-\uDFFF]|\uD834[\uDC00-\uDD64\uDD6A-\uDD6C\uDD73-\uDD7A\uDD83\uDD84\uDD8C-\uDDA9\uDDAE-\uDE41\uDE45-\uDFFF]|\uD835[\uDC55\uDC9D\uDCA0\uDCA1\uDCA3\uDCA4\uDCA7\uDCA8\uDCAD\uDCBA\uDCBC\uDCC4\uDD06\uDD0B\uDD0C\uDD15\uDD1D\uDD3A\uDD3F\uDD45\uDD47-\uDD49\uDD51\uDEA6\uDEA7\uDEC1\uDEDB\uDEFB\uDF15\uDF35\uDF4F\uDF6F\uDF89\uDFA9\uDFC3\uDFCC\uDFCD]|\uD836[\uDC00-\uDDFF\uDE37-\uDE3A\uDE6D-\uDE74\uDE76-\uDE83\uDE85-\uDE9A\uDEA0\uDEB0-\uDFFF]|\uD838[\uDC07\uDC19\uDC1A\uDC22\uDC25\uDC2B-\uDCFF\uDD2D-\uDD2F\uDD3E\uDD3F\uDD4A-\uDD4D\uDD4F-\uDEBF\uDEFA-\uDFFF]|\uD83A[\uDCC5-\uDCCF\uDCD7-\uDCFF\uDD4C-\uDD4F\uDD5A-\uDFFF]|\uD83B[\uDC00-\uDDFF\uDE04\uDE20\uDE23\uDE25\uDE26\uDE28\uDE33\uDE38\uDE3A\uDE3C-\uDE41\uDE43-\uDE46\uDE48\uDE4A\uDE4C\uDE50\uDE53\uDE55\uDE56\uDE58\uDE5A\uDE5C\uDE5E\uDE60\uDE63\uDE65\uDE66\uDE6B\uDE73\uDE78\uDE7D\uDE7F\uDE8A\uDE9C-\uDEA0\uDEA4\uDEAA\uDEBC-\uDFFF]|\uD83C[\uDC00-\uDD2F\uDD4A-\uDD4F\uDD6A-\uDD6F\uDD8A-\uDFFF]|\uD83E[\uDC00-\uDFEF\uDFFA-\uDFFF]|\uD869[\uDEDE-\uDEFF]|\uD86D[\uDF35-\uDF3F]|\uD86E[\uDC1E\uDC1F]|\uD873[\uDEA2-\uDEAF]|\uD87A[\uDFE1-\uDFFF]|\uD87E[\uDE1E-\uDFFF]|\uD884[\uDF4B-\uDFFF]|\uDB40[\uDC00-\uDCFF\uDDF0-\uDFFF]/g,
      e = Object.hasOwnProperty;
    function f(c, e) {
      return "string" != typeof c
        ? ""
        : (e || (c = c.toLowerCase()), c.replace(d, "").replace(/ /g, "-"));
    }
    c.s(
      [
        "U",
        0,
        class {
          constructor() {
            (this.occurrences, this.reset());
          }
          slug(c, d) {
            let g = f(c, !0 === d),
              h = g;
            for (; e.call(this.occurrences, g);)
              (this.occurrences[h]++, (g = h + "-" + this.occurrences[h]));
            return ((this.occurrences[g] = 0), g);
          }
          reset() {
            this.occurrences = Object.create(null);
          }
        },
        "J",
        0,
        f,
      ],
      23020,
    );
  },
  62434,
  (c, d, e) => {
    "use strict";
    let f = c.r(22734),
      g = c.r(9226),
      h = c.r(70624),
      i = c.r(42185),
      j = c.r(24950),
      k = c.r(49171),
      l = c.r(42886),
      m = c.r(96867),
      n = c.r(66642);
    function o(c, d) {
      if ("" === c) return { data: {}, content: c, excerpt: "", orig: c };
      let e = l(c),
        f = o.cache[e.content];
      if (!d) {
        if (f) return (((e = Object.assign({}, f)).orig = f.orig), e);
        o.cache[e.content] = e;
      }
      return (function (c, d) {
        let e = h(d),
          f = e.delimiters[0],
          i = "\n" + e.delimiters[1],
          k = c.content;
        e.language && (c.language = e.language);
        let l = f.length;
        if (!n.startsWith(k, f, l)) return (j(c, e), c);
        if (k.charAt(l) === f.slice(-1)) return c;
        let p = (k = k.slice(l)).length,
          q = o.language(k, e);
        q.name && ((c.language = q.name), (k = k.slice(q.raw.length)));
        let r = k.indexOf(i);
        return (
          -1 === r && (r = p),
          (c.matter = k.slice(0, r)),
          "" === c.matter.replace(/^\s*#[^\n]+/gm, "").trim()
            ? ((c.isEmpty = !0), (c.empty = c.content), (c.data = {}))
            : (c.data = m(c.language, c.matter, e)),
          r === p
            ? (c.content = "")
            : ((c.content = k.slice(r + i.length)),
              "\r" === c.content[0] && (c.content = c.content.slice(1)),
              "\n" === c.content[0] && (c.content = c.content.slice(1))),
          j(c, e),
          (!0 === e.sections || "function" == typeof e.section) && g(c, e.section),
          c
        );
      })(e, d);
    }
    ((o.engines = k),
      (o.stringify = function (c, d, e) {
        return ("string" == typeof c && (c = o(c, e)), i(c, d, e));
      }),
      (o.read = function (c, d) {
        let e = o(f.readFileSync(c, "utf8"), d);
        return ((e.path = c), e);
      }),
      (o.test = function (c, d) {
        return n.startsWith(c, h(d).delimiters[0]);
      }),
      (o.language = function (c, d) {
        let e = h(d).delimiters[0];
        o.test(c) && (c = c.slice(e.length));
        let f = c.slice(0, c.search(/\r?\n/));
        return { raw: f, name: f ? f.trim() : "" };
      }),
      (o.cache = {}),
      (o.clearCache = function () {
        o.cache = {};
      }),
      (d.exports = o));
  },
  70624,
  (c, d, e) => {
    "use strict";
    let f = c.r(49171),
      g = c.r(66642);
    d.exports = function (c) {
      let d = Object.assign({}, c);
      return (
        (d.delimiters = g.arrayify(d.delims || d.delimiters || "---")),
        1 === d.delimiters.length && d.delimiters.push(d.delimiters[0]),
        (d.language = (d.language || d.lang || "yaml").toLowerCase()),
        (d.engines = Object.assign({}, f, d.parsers, d.engines)),
        d
      );
    };
  },
  26017,
  (c, d, e) => {
    "use strict";
    d.exports = function (c, d) {
      let e =
        d.engines[c] ||
        d.engines[
          (function (c) {
            switch (c.toLowerCase()) {
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
                return c;
            }
          })(c)
        ];
      if (void 0 === e) throw Error('gray-matter engine "' + c + '" is not registered');
      return ("function" == typeof e && (e = { parse: e }), e);
    };
  },
  49171,
  (__turbopack_context__, module, exports) => {
    "use strict";
    let yaml = __turbopack_context__.r(97761),
      engines = (exports = module.exports);
    ((engines.yaml = { parse: yaml.safeLoad.bind(yaml), stringify: yaml.safeDump.bind(yaml) }),
      (engines.json = {
        parse: JSON.parse.bind(JSON),
        stringify: function (c, d) {
          let e = Object.assign({ replacer: null, space: 2 }, d);
          return JSON.stringify(c, e.replacer, e.space);
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
  24950,
  (c, d, e) => {
    "use strict";
    let f = c.r(70624);
    d.exports = function (c, d) {
      let e = f(d);
      if ((null == c.data && (c.data = {}), "function" == typeof e.excerpt)) return e.excerpt(c, e);
      let g = c.data.excerpt_separator || e.excerpt_separator;
      if (null == g && (!1 === e.excerpt || null == e.excerpt)) return c;
      let h = "string" == typeof e.excerpt ? e.excerpt : g || e.delimiters[0],
        i = c.content.indexOf(h);
      return (-1 !== i && (c.excerpt = c.content.slice(0, i)), c);
    };
  },
  96867,
  (c, d, e) => {
    "use strict";
    let f = c.r(26017),
      g = c.r(70624);
    d.exports = function (c, d, e) {
      let h = g(e),
        i = f(c, h);
      if ("function" != typeof i.parse)
        throw TypeError('expected "' + c + '.parse" to be a function');
      return i.parse(d, h);
    };
  },
  42185,
  (c, d, e) => {
    "use strict";
    let f = c.r(46182),
      g = c.r(26017),
      h = c.r(70624);
    function i(c) {
      return "\n" !== c.slice(-1) ? c + "\n" : c;
    }
    d.exports = function (c, d, e) {
      if (null == d && null == e)
        switch (f(c)) {
          case "object":
            ((d = c.data), (e = {}));
            break;
          case "string":
            return c;
          default:
            throw TypeError("expected file to be a string or object");
        }
      let j = c.content,
        k = h(e);
      if (null == d) {
        if (!k.data) return c;
        d = k.data;
      }
      let l = c.language || k.language,
        m = g(l, k);
      if ("function" != typeof m.stringify)
        throw TypeError('expected "' + l + '.stringify" to be a function');
      d = Object.assign({}, c.data, d);
      let n = k.delimiters[0],
        o = k.delimiters[1],
        p = m.stringify(d, e).trim(),
        q = "";
      return (
        "{}" !== p && (q = i(n) + i(p) + i(o)),
        "string" == typeof c.excerpt &&
          "" !== c.excerpt &&
          -1 === j.indexOf(c.excerpt.trim()) &&
          (q += i(c.excerpt) + i(o)),
        q + i(j)
      );
    };
  },
  42886,
  (c, d, e) => {
    "use strict";
    let f = c.r(46182),
      g = c.r(42185),
      h = c.r(66642);
    d.exports = function (c) {
      return (
        "object" !== f(c) && (c = { content: c }),
        "object" !== f(c.data) && (c.data = {}),
        c.contents && null == c.content && (c.content = c.contents),
        h.define(c, "orig", h.toBuffer(c.content)),
        h.define(c, "language", c.language || ""),
        h.define(c, "matter", c.matter || ""),
        h.define(c, "stringify", function (d, e) {
          return (e && e.language && (c.language = e.language), g(c, d, e));
        }),
        (c.content = h.toString(c.content)),
        (c.isEmpty = !1),
        (c.excerpt = ""),
        c
      );
    };
  },
  66642,
  (c, d, e) => {
    "use strict";
    let f = c.r(52473),
      g = c.r(46182);
    ((e.define = function (c, d, e) {
      Reflect.defineProperty(c, d, { enumerable: !1, configurable: !0, writable: !0, value: e });
    }),
      (e.isBuffer = function (c) {
        return "buffer" === g(c);
      }),
      (e.isObject = function (c) {
        return "object" === g(c);
      }),
      (e.toBuffer = function (c) {
        return "string" == typeof c ? Buffer.from(c) : c;
      }),
      (e.toString = function (c) {
        if (e.isBuffer(c)) return f(String(c));
        if ("string" != typeof c) throw TypeError("expected input to be a string or buffer");
        return f(c);
      }),
      (e.arrayify = function (c) {
        return c ? (Array.isArray(c) ? c : [c]) : [];
      }),
      (e.startsWith = function (c, d, e) {
        return ("number" != typeof e && (e = d.length), c.slice(0, e) === d);
      }));
  },
  1383,
  (c, d, e) => {
    "use strict";
    d.exports = function (c) {
      return null != c && ("object" == typeof c || "function" == typeof c);
    };
  },
  97761,
  (c, d, e) => {
    "use strict";
    d.exports = c.r(98456);
  },
  98456,
  (c, d, e) => {
    "use strict";
    var f = c.r(4299),
      g = c.r(34003);
    function h(c) {
      return function () {
        throw Error("Function " + c + " is deprecated and cannot be used.");
      };
    }
    ((d.exports.Type = c.r(66677)),
      (d.exports.Schema = c.r(56994)),
      (d.exports.FAILSAFE_SCHEMA = c.r(34155)),
      (d.exports.JSON_SCHEMA = c.r(42314)),
      (d.exports.CORE_SCHEMA = c.r(35219)),
      (d.exports.DEFAULT_SAFE_SCHEMA = c.r(51137)),
      (d.exports.DEFAULT_FULL_SCHEMA = c.r(55781)),
      (d.exports.load = f.load),
      (d.exports.loadAll = f.loadAll),
      (d.exports.safeLoad = f.safeLoad),
      (d.exports.safeLoadAll = f.safeLoadAll),
      (d.exports.dump = g.dump),
      (d.exports.safeDump = g.safeDump),
      (d.exports.YAMLException = c.r(44440)),
      (d.exports.MINIMAL_SCHEMA = c.r(34155)),
      (d.exports.SAFE_SCHEMA = c.r(51137)),
      (d.exports.DEFAULT_SCHEMA = c.r(55781)),
      (d.exports.scan = h("scan")),
      (d.exports.parse = h("parse")),
      (d.exports.compose = h("compose")),
      (d.exports.addConstructor = h("addConstructor")));
  },
  55444,
  (c, d, e) => {
    "use strict";
    function f(c) {
      return null == c;
    }
    ((d.exports.isNothing = f),
      (d.exports.isObject = function (c) {
        return "object" == typeof c && null !== c;
      }),
      (d.exports.toArray = function (c) {
        return Array.isArray(c) ? c : f(c) ? [] : [c];
      }),
      (d.exports.repeat = function (c, d) {
        var e,
          f = "";
        for (e = 0; e < d; e += 1) f += c;
        return f;
      }),
      (d.exports.isNegativeZero = function (c) {
        return 0 === c && -1 / 0 == 1 / c;
      }),
      (d.exports.extend = function (c, d) {
        var e, f, g, h;
        if (d) for (e = 0, f = (h = Object.keys(d)).length; e < f; e += 1) c[(g = h[e])] = d[g];
        return c;
      }));
  },
  34003,
  (c, d, e) => {
    "use strict";
    var f = c.r(55444),
      g = c.r(44440),
      h = c.r(55781),
      i = c.r(51137),
      j = Object.prototype.toString,
      k = Object.prototype.hasOwnProperty,
      l = {};
    ((l[0] = "\\0"),
      (l[7] = "\\a"),
      (l[8] = "\\b"),
      (l[9] = "\\t"),
      (l[10] = "\\n"),
      (l[11] = "\\v"),
      (l[12] = "\\f"),
      (l[13] = "\\r"),
      (l[27] = "\\e"),
      (l[34] = '\\"'),
      (l[92] = "\\\\"),
      (l[133] = "\\N"),
      (l[160] = "\\_"),
      (l[8232] = "\\L"),
      (l[8233] = "\\P"));
    var m = [
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
    function n(c) {
      var d, e, h;
      if (((d = c.toString(16).toUpperCase()), c <= 255)) ((e = "x"), (h = 2));
      else if (c <= 65535) ((e = "u"), (h = 4));
      else if (c <= 0xffffffff) ((e = "U"), (h = 8));
      else throw new g("code point within a string may not be greater than 0xFFFFFFFF");
      return "\\" + e + f.repeat("0", h - d.length) + d;
    }
    function o(c) {
      ((this.schema = c.schema || h),
        (this.indent = Math.max(1, c.indent || 2)),
        (this.noArrayIndent = c.noArrayIndent || !1),
        (this.skipInvalid = c.skipInvalid || !1),
        (this.flowLevel = f.isNothing(c.flowLevel) ? -1 : c.flowLevel),
        (this.styleMap = (function (c, d) {
          var e, f, g, h, i, j, l;
          if (null === d) return {};
          for (g = 0, e = {}, h = (f = Object.keys(d)).length; g < h; g += 1)
            ((j = String(d[(i = f[g])])),
              "!!" === i.slice(0, 2) && (i = "tag:yaml.org,2002:" + i.slice(2)),
              (l = c.compiledTypeMap.fallback[i]) &&
                k.call(l.styleAliases, j) &&
                (j = l.styleAliases[j]),
              (e[i] = j));
          return e;
        })(this.schema, c.styles || null)),
        (this.sortKeys = c.sortKeys || !1),
        (this.lineWidth = c.lineWidth || 80),
        (this.noRefs = c.noRefs || !1),
        (this.noCompatMode = c.noCompatMode || !1),
        (this.condenseFlow = c.condenseFlow || !1),
        (this.implicitTypes = this.schema.compiledImplicit),
        (this.explicitTypes = this.schema.compiledExplicit),
        (this.tag = null),
        (this.result = ""),
        (this.duplicates = []),
        (this.usedDuplicates = null));
    }
    function p(c, d) {
      for (var e, g = f.repeat(" ", d), h = 0, i = -1, j = "", k = c.length; h < k;)
        (-1 === (i = c.indexOf("\n", h))
          ? ((e = c.slice(h)), (h = k))
          : ((e = c.slice(h, i + 1)), (h = i + 1)),
          e.length && "\n" !== e && (j += g),
          (j += e));
      return j;
    }
    function q(c, d) {
      return "\n" + f.repeat(" ", c.indent * d);
    }
    function r(c) {
      return 32 === c || 9 === c;
    }
    function s(c) {
      return (
        (32 <= c && c <= 126) ||
        (161 <= c && c <= 55295 && 8232 !== c && 8233 !== c) ||
        (57344 <= c && c <= 65533 && 65279 !== c) ||
        (65536 <= c && c <= 1114111)
      );
    }
    function t(c, d) {
      var e;
      return (
        s(c) &&
        65279 !== c &&
        44 !== c &&
        91 !== c &&
        93 !== c &&
        123 !== c &&
        125 !== c &&
        58 !== c &&
        (35 !== c || (d && s((e = d)) && !r(e) && 65279 !== e && 13 !== e && 10 !== e))
      );
    }
    function u(c) {
      return /^\n* /.test(c);
    }
    function v(c, d) {
      var e = u(c) ? String(d) : "",
        f = "\n" === c[c.length - 1];
      return e + (f && ("\n" === c[c.length - 2] || "\n" === c) ? "+" : f ? "" : "-") + "\n";
    }
    function w(c) {
      return "\n" === c[c.length - 1] ? c.slice(0, -1) : c;
    }
    function x(c, d) {
      if ("" === c || " " === c[0]) return c;
      for (var e, f, g = / [^ ]/g, h = 0, i = 0, j = 0, k = ""; (e = g.exec(c));)
        ((j = e.index) - h > d && ((f = i > h ? i : j), (k += "\n" + c.slice(h, f)), (h = f + 1)),
          (i = j));
      return (
        (k += "\n"),
        c.length - h > d && i > h
          ? (k += c.slice(h, i) + "\n" + c.slice(i + 1))
          : (k += c.slice(h)),
        k.slice(1)
      );
    }
    function y(c, d, e) {
      var f, h, i, l, m, n;
      for (i = 0, l = (h = e ? c.explicitTypes : c.implicitTypes).length; i < l; i += 1)
        if (
          ((m = h[i]).instanceOf || m.predicate) &&
          (!m.instanceOf || ("object" == typeof d && d instanceof m.instanceOf)) &&
          (!m.predicate || m.predicate(d))
        ) {
          if (((c.tag = e ? m.tag : "?"), m.represent)) {
            if (
              ((n = c.styleMap[m.tag] || m.defaultStyle),
              "[object Function]" === j.call(m.represent))
            )
              f = m.represent(d, n);
            else if (k.call(m.represent, n)) f = m.represent[n](d, n);
            else throw new g("!<" + m.tag + '> tag resolver accepts not "' + n + '" style');
            c.dump = f;
          }
          return !0;
        }
      return !1;
    }
    function z(c, d) {
      var e = new o((d = d || {}));
      return (e.noRefs ||
        (function (c, d) {
          var e,
            f,
            g = [],
            h = [];
          for (
            (function c(d, e, f) {
              var g, h, i;
              if (null !== d && "object" == typeof d)
                if (-1 !== (h = e.indexOf(d))) -1 === f.indexOf(h) && f.push(h);
                else if ((e.push(d), Array.isArray(d)))
                  for (h = 0, i = d.length; h < i; h += 1) c(d[h], e, f);
                else for (h = 0, i = (g = Object.keys(d)).length; h < i; h += 1) c(d[g[h]], e, f);
            })(c, g, h),
              e = 0,
              f = h.length;
            e < f;
            e += 1
          )
            d.duplicates.push(g[h[e]]);
          d.usedDuplicates = Array(f);
        })(c, e),
      (function c(d, e, f, h, i, k) {
        ((d.tag = null), (d.dump = f), y(d, f, !1) || y(d, f, !0));
        var o = j.call(d.dump);
        h && (h = d.flowLevel < 0 || d.flowLevel > e);
        var z,
          A,
          B = "[object Object]" === o || "[object Array]" === o;
        if (
          (B && (A = -1 !== (z = d.duplicates.indexOf(f))),
          ((null !== d.tag && "?" !== d.tag) || A || (2 !== d.indent && e > 0)) && (i = !1),
          A && d.usedDuplicates[z])
        )
          d.dump = "*ref_" + z;
        else {
          if (
            (B && A && !d.usedDuplicates[z] && (d.usedDuplicates[z] = !0), "[object Object]" === o)
          )
            h && 0 !== Object.keys(d.dump).length
              ? (!(function (d, e, f, h) {
                  var i,
                    j,
                    k,
                    l,
                    m,
                    n,
                    o = "",
                    p = d.tag,
                    r = Object.keys(f);
                  if (!0 === d.sortKeys) r.sort();
                  else if ("function" == typeof d.sortKeys) r.sort(d.sortKeys);
                  else if (d.sortKeys) throw new g("sortKeys must be a boolean or a function");
                  for (i = 0, j = r.length; i < j; i += 1)
                    ((n = ""),
                      (h && 0 === i) || (n += q(d, e)),
                      (l = f[(k = r[i])]),
                      c(d, e + 1, k, !0, !0, !0) &&
                        ((m =
                          (null !== d.tag && "?" !== d.tag) || (d.dump && d.dump.length > 1024)) &&
                          (d.dump && 10 === d.dump.charCodeAt(0) ? (n += "?") : (n += "? ")),
                        (n += d.dump),
                        m && (n += q(d, e)),
                        c(d, e + 1, l, !0, m) &&
                          (d.dump && 10 === d.dump.charCodeAt(0) ? (n += ":") : (n += ": "),
                          (n += d.dump),
                          (o += n))));
                  ((d.tag = p), (d.dump = o || "{}"));
                })(d, e, d.dump, i),
                A && (d.dump = "&ref_" + z + d.dump))
              : (!(function (d, e, f) {
                  var g,
                    h,
                    i,
                    j,
                    k,
                    l = "",
                    m = d.tag,
                    n = Object.keys(f);
                  for (g = 0, h = n.length; g < h; g += 1)
                    ((k = ""),
                      0 !== g && (k += ", "),
                      d.condenseFlow && (k += '"'),
                      (j = f[(i = n[g])]),
                      c(d, e, i, !1, !1) &&
                        (d.dump.length > 1024 && (k += "? "),
                        (k +=
                          d.dump + (d.condenseFlow ? '"' : "") + ":" + (d.condenseFlow ? "" : " ")),
                        c(d, e, j, !1, !1) && ((k += d.dump), (l += k))));
                  ((d.tag = m), (d.dump = "{" + l + "}"));
                })(d, e, d.dump),
                A && (d.dump = "&ref_" + z + " " + d.dump));
          else if ("[object Array]" === o) {
            var C,
              D = d.noArrayIndent && e > 0 ? e - 1 : e;
            h && 0 !== d.dump.length
              ? (!(function (d, e, f, g) {
                  var h,
                    i,
                    j = "",
                    k = d.tag;
                  for (h = 0, i = f.length; h < i; h += 1)
                    c(d, e + 1, f[h], !0, !0) &&
                      ((g && 0 === h) || (j += q(d, e)),
                      d.dump && 10 === d.dump.charCodeAt(0) ? (j += "-") : (j += "- "),
                      (j += d.dump));
                  ((d.tag = k), (d.dump = j || "[]"));
                })(d, D, d.dump, i),
                A && (d.dump = "&ref_" + z + d.dump))
              : (!(function (d, e, f) {
                  var g,
                    h,
                    i = "",
                    j = d.tag;
                  for (g = 0, h = f.length; g < h; g += 1)
                    c(d, e, f[g], !1, !1) &&
                      (0 !== g && (i += "," + (d.condenseFlow ? "" : " ")), (i += d.dump));
                  ((d.tag = j), (d.dump = "[" + i + "]"));
                })(d, D, d.dump),
                A && (d.dump = "&ref_" + z + " " + d.dump));
          } else if ("[object String]" === o)
            "?" !== d.tag &&
              ((C = d.dump),
              (d.dump = (function () {
                if (0 === C.length) return "''";
                if (!d.noCompatMode && -1 !== m.indexOf(C)) return "'" + C + "'";
                var c = d.indent * Math.max(1, e),
                  f =
                    -1 === d.lineWidth ? -1 : Math.max(Math.min(d.lineWidth, 40), d.lineWidth - c);
                switch (
                  (function (c, d, e, f, g) {
                    var h,
                      i,
                      j,
                      k,
                      l = !1,
                      m = !1,
                      n = -1 !== f,
                      o = -1,
                      p =
                        s((h = c.charCodeAt(0))) &&
                        65279 !== h &&
                        !r(h) &&
                        45 !== h &&
                        63 !== h &&
                        58 !== h &&
                        44 !== h &&
                        91 !== h &&
                        93 !== h &&
                        123 !== h &&
                        125 !== h &&
                        35 !== h &&
                        38 !== h &&
                        42 !== h &&
                        33 !== h &&
                        124 !== h &&
                        61 !== h &&
                        62 !== h &&
                        39 !== h &&
                        34 !== h &&
                        37 !== h &&
                        64 !== h &&
                        96 !== h &&
                        !r(c.charCodeAt(c.length - 1));
                    if (d)
                      for (i = 0; i < c.length; i++) {
                        if (!s((j = c.charCodeAt(i)))) return 5;
                        ((k = i > 0 ? c.charCodeAt(i - 1) : null), (p = p && t(j, k)));
                      }
                    else {
                      for (i = 0; i < c.length; i++) {
                        if (10 === (j = c.charCodeAt(i)))
                          ((l = !0),
                            n && ((m = m || (i - o - 1 > f && " " !== c[o + 1])), (o = i)));
                        else if (!s(j)) return 5;
                        ((k = i > 0 ? c.charCodeAt(i - 1) : null), (p = p && t(j, k)));
                      }
                      m = m || (n && i - o - 1 > f && " " !== c[o + 1]);
                    }
                    return l || m ? (e > 9 && u(c) ? 5 : m ? 4 : 3) : p && !g(c) ? 1 : 2;
                  })(C, k || (d.flowLevel > -1 && e >= d.flowLevel), d.indent, f, function (c) {
                    var e, f;
                    for (e = 0, f = d.implicitTypes.length; e < f; e += 1)
                      if (d.implicitTypes[e].resolve(c)) return !0;
                    return !1;
                  })
                ) {
                  case 1:
                    return C;
                  case 2:
                    return "'" + C.replace(/'/g, "''") + "'";
                  case 3:
                    return "|" + v(C, d.indent) + w(p(C, c));
                  case 4:
                    return (
                      ">" +
                      v(C, d.indent) +
                      w(
                        p(
                          (function (c, d) {
                            for (
                              var e,
                                f,
                                g,
                                h = /(\n+)([^\n]*)/g,
                                i =
                                  ((h.lastIndex = e = -1 !== (e = c.indexOf("\n")) ? e : c.length),
                                  x(c.slice(0, e), d)),
                                j = "\n" === c[0] || " " === c[0];
                              (g = h.exec(c));
                            ) {
                              var k = g[1],
                                l = g[2];
                              ((f = " " === l[0]),
                                (i += k + (j || f || "" === l ? "" : "\n") + x(l, d)),
                                (j = f));
                            }
                            return i;
                          })(C, f),
                          c,
                        ),
                      )
                    );
                  case 5:
                    return (
                      '"' +
                      (function (c) {
                        for (var d, e, f, g = "", h = 0; h < c.length; h++) {
                          if (
                            (d = c.charCodeAt(h)) >= 55296 &&
                            d <= 56319 &&
                            (e = c.charCodeAt(h + 1)) >= 56320 &&
                            e <= 57343
                          ) {
                            ((g += n((d - 55296) * 1024 + e - 56320 + 65536)), h++);
                            continue;
                          }
                          g += !(f = l[d]) && s(d) ? c[h] : f || n(d);
                        }
                        return g;
                      })(C) +
                      '"'
                    );
                  default:
                    throw new g("impossible error: invalid scalar style");
                }
              })()));
          else {
            if (d.skipInvalid) return !1;
            throw new g("unacceptable kind of an object to dump " + o);
          }
          null !== d.tag && "?" !== d.tag && (d.dump = "!<" + d.tag + "> " + d.dump);
        }
        return !0;
      })(e, 0, c, !0, !0))
        ? e.dump + "\n"
        : "";
    }
    ((d.exports.dump = z),
      (d.exports.safeDump = function (c, d) {
        return z(c, f.extend({ schema: i }, d));
      }));
  },
  44440,
  (c, d, e) => {
    "use strict";
    function f(c, d) {
      (Error.call(this),
        (this.name = "YAMLException"),
        (this.reason = c),
        (this.mark = d),
        (this.message =
          (this.reason || "(unknown reason)") + (this.mark ? " " + this.mark.toString() : "")),
        Error.captureStackTrace
          ? Error.captureStackTrace(this, this.constructor)
          : (this.stack = Error().stack || ""));
    }
    ((f.prototype = Object.create(Error.prototype)),
      (f.prototype.constructor = f),
      (f.prototype.toString = function (c) {
        var d = this.name + ": ";
        return (
          (d += this.reason || "(unknown reason)"),
          !c && this.mark && (d += " " + this.mark.toString()),
          d
        );
      }),
      (d.exports = f));
  },
  4299,
  (c, d, e) => {
    "use strict";
    var f = c.r(55444),
      g = c.r(44440),
      h = c.r(13298),
      i = c.r(51137),
      j = c.r(55781),
      k = Object.prototype.hasOwnProperty,
      l =
        /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/,
      m = /[\x85\u2028\u2029]/,
      n = /[,\[\]\{\}]/,
      o = /^(?:!|!!|![a-z\-]+!)$/i,
      p = /^(?:!|[^,\[\]\{\}])(?:%[0-9a-f]{2}|[0-9a-z\-#;\/\?:@&=\+\$,_\.!~\*'\(\)\[\]])*$/i;
    function q(c) {
      return Object.prototype.toString.call(c);
    }
    function r(c) {
      return 10 === c || 13 === c;
    }
    function s(c) {
      return 9 === c || 32 === c;
    }
    function t(c) {
      return 9 === c || 32 === c || 10 === c || 13 === c;
    }
    function u(c) {
      return 44 === c || 91 === c || 93 === c || 123 === c || 125 === c;
    }
    function v(c) {
      return 48 === c
        ? "\0"
        : 97 === c
          ? "\x07"
          : 98 === c
            ? "\b"
            : 116 === c || 9 === c
              ? "	"
              : 110 === c
                ? "\n"
                : 118 === c
                  ? "\v"
                  : 102 === c
                    ? "\f"
                    : 114 === c
                      ? "\r"
                      : 101 === c
                        ? "\x1b"
                        : 32 === c
                          ? " "
                          : 34 === c
                            ? '"'
                            : 47 === c
                              ? "/"
                              : 92 === c
                                ? "\\"
                                : 78 === c
                                  ? ""
                                  : 95 === c
                                    ? " "
                                    : 76 === c
                                      ? "\u2028"
                                      : 80 === c
                                        ? "\u2029"
                                        : "";
    }
    function w(c, d, e) {
      "__proto__" === d
        ? Object.defineProperty(c, d, { configurable: !0, enumerable: !0, writable: !0, value: e })
        : (c[d] = e);
    }
    for (var x = Array(256), y = Array(256), z = 0; z < 256; z++) ((x[z] = +!!v(z)), (y[z] = v(z)));
    function A(c, d) {
      ((this.input = c),
        (this.filename = d.filename || null),
        (this.schema = d.schema || j),
        (this.onWarning = d.onWarning || null),
        (this.legacy = d.legacy || !1),
        (this.json = d.json || !1),
        (this.listener = d.listener || null),
        (this.maxTotalMergeKeys =
          "number" == typeof d.maxTotalMergeKeys ? d.maxTotalMergeKeys : 1e4),
        (this.implicitTypes = this.schema.compiledImplicit),
        (this.typeMap = this.schema.compiledTypeMap),
        (this.length = c.length),
        (this.position = 0),
        (this.line = 0),
        (this.lineStart = 0),
        (this.lineIndent = 0),
        (this.totalMergeKeys = 0),
        (this.documents = []));
    }
    function B(c, d) {
      return new g(d, new h(c.filename, c.input, c.position, c.line, c.position - c.lineStart));
    }
    function C(c, d) {
      throw B(c, d);
    }
    function D(c, d) {
      c.onWarning && c.onWarning.call(null, B(c, d));
    }
    var E = {
      YAML: function (c, d, e) {
        var f, g, h;
        (null !== c.version && C(c, "duplication of %YAML directive"),
          1 !== e.length && C(c, "YAML directive accepts exactly one argument"),
          null === (f = /^([0-9]+)\.([0-9]+)$/.exec(e[0])) &&
            C(c, "ill-formed argument of the YAML directive"),
          (g = parseInt(f[1], 10)),
          (h = parseInt(f[2], 10)),
          1 !== g && C(c, "unacceptable YAML version of the document"),
          (c.version = e[0]),
          (c.checkLineBreaks = h < 2),
          1 !== h && 2 !== h && D(c, "unsupported YAML version of the document"));
      },
      TAG: function (c, d, e) {
        var f, g;
        (2 !== e.length && C(c, "TAG directive accepts exactly two arguments"),
          (f = e[0]),
          (g = e[1]),
          o.test(f) || C(c, "ill-formed tag handle (first argument) of the TAG directive"),
          k.call(c.tagMap, f) &&
            C(c, 'there is a previously declared suffix for "' + f + '" tag handle'),
          p.test(g) || C(c, "ill-formed tag prefix (second argument) of the TAG directive"),
          (c.tagMap[f] = g));
      },
    };
    function F(c, d, e, f) {
      var g, h, i, j;
      if (d < e) {
        if (((j = c.input.slice(d, e)), f))
          for (g = 0, h = j.length; g < h; g += 1)
            9 === (i = j.charCodeAt(g)) ||
              (32 <= i && i <= 1114111) ||
              C(c, "expected valid JSON character");
        else l.test(j) && C(c, "the stream contains non-printable characters");
        c.result += j;
      }
    }
    function G(c) {
      ((c.totalMergeKeys += 1),
        -1 !== c.maxTotalMergeKeys &&
          c.totalMergeKeys > c.maxTotalMergeKeys &&
          C(c, "merge keys exceeded maxTotalMergeKeys (" + c.maxTotalMergeKeys + ")"));
    }
    function H(c, d, e, g) {
      var h, i, j, l;
      for (
        f.isObject(e) || C(c, "cannot merge mappings; the provided source object is unacceptable"),
          G(c),
          j = 0,
          l = (h = Object.keys(e)).length;
        j < l;
        j += 1
      )
        ((i = h[j]), G(c), k.call(d, i) || (w(d, i, e[i]), (g[i] = !0)));
    }
    function I(c, d, e, f, g, h, i, j) {
      var l, m;
      if (Array.isArray(g))
        for (l = 0, m = (g = Array.prototype.slice.call(g)).length; l < m; l += 1)
          (Array.isArray(g[l]) && C(c, "nested arrays are not supported inside keys"),
            "object" == typeof g && "[object Object]" === q(g[l]) && (g[l] = "[object Object]"));
      if (
        ("object" == typeof g && "[object Object]" === q(g) && (g = "[object Object]"),
        (g = String(g)),
        null === d && (d = {}),
        "tag:yaml.org,2002:merge" === f)
      )
        if (Array.isArray(h))
          for (
            h.length > 100 && C(c, "abnormal merge sequence size"), l = 0, m = h.length;
            l < m;
            l += 1
          )
            H(c, d, h[l], e);
        else H(c, d, h, e);
      else
        (!c.json &&
          !k.call(e, g) &&
          k.call(d, g) &&
          ((c.line = i || c.line), (c.position = j || c.position), C(c, "duplicated mapping key")),
          w(d, g, h),
          delete e[g]);
      return d;
    }
    function J(c) {
      var d;
      (10 === (d = c.input.charCodeAt(c.position))
        ? c.position++
        : 13 === d
          ? (c.position++, 10 === c.input.charCodeAt(c.position) && c.position++)
          : C(c, "a line break is expected"),
        (c.line += 1),
        (c.lineStart = c.position));
    }
    function K(c, d, e) {
      for (var f = 0, g = c.input.charCodeAt(c.position); 0 !== g;) {
        for (; s(g);) g = c.input.charCodeAt(++c.position);
        if (d && 35 === g)
          do g = c.input.charCodeAt(++c.position);
          while (10 !== g && 13 !== g && 0 !== g);
        if (r(g))
          for (J(c), g = c.input.charCodeAt(c.position), f++, c.lineIndent = 0; 32 === g;)
            (c.lineIndent++, (g = c.input.charCodeAt(++c.position)));
        else break;
      }
      return (-1 !== e && 0 !== f && c.lineIndent < e && D(c, "deficient indentation"), f);
    }
    function L(c) {
      var d,
        e = c.position;
      return (
        !!(
          (45 === (d = c.input.charCodeAt(e)) || 46 === d) &&
          d === c.input.charCodeAt(e + 1) &&
          d === c.input.charCodeAt(e + 2) &&
          ((e += 3), 0 === (d = c.input.charCodeAt(e)) || t(d))
        ) || !1
      );
    }
    function M(c, d) {
      1 === d ? (c.result += " ") : d > 1 && (c.result += f.repeat("\n", d - 1));
    }
    function N(c, d) {
      var e,
        f,
        g = c.tag,
        h = c.anchor,
        i = [],
        j = !1;
      for (
        null !== c.anchor && (c.anchorMap[c.anchor] = i), f = c.input.charCodeAt(c.position);
        0 !== f && 45 === f && t(c.input.charCodeAt(c.position + 1));
      ) {
        if (((j = !0), c.position++, K(c, !0, -1) && c.lineIndent <= d)) {
          (i.push(null), (f = c.input.charCodeAt(c.position)));
          continue;
        }
        if (
          ((e = c.line),
          O(c, d, 3, !1, !0),
          i.push(c.result),
          K(c, !0, -1),
          (f = c.input.charCodeAt(c.position)),
          (c.line === e || c.lineIndent > d) && 0 !== f)
        )
          C(c, "bad indentation of a sequence entry");
        else if (c.lineIndent < d) break;
      }
      return !!j && ((c.tag = g), (c.anchor = h), (c.kind = "sequence"), (c.result = i), !0);
    }
    function O(c, d, e, g, h) {
      var i,
        j,
        l,
        m,
        q,
        v,
        w,
        z,
        A = 1,
        B = !1,
        D = !1;
      if (
        (null !== c.listener && c.listener("open", c),
        (c.tag = null),
        (c.anchor = null),
        (c.kind = null),
        (c.result = null),
        (i = j = l = 4 === e || 3 === e),
        g &&
          K(c, !0, -1) &&
          ((B = !0),
          c.lineIndent > d ? (A = 1) : c.lineIndent === d ? (A = 0) : c.lineIndent < d && (A = -1)),
        1 === A)
      )
        for (
          ;
          (function (c) {
            var d,
              e,
              f,
              g,
              h = !1,
              i = !1;
            if (33 !== (g = c.input.charCodeAt(c.position))) return !1;
            if (
              (null !== c.tag && C(c, "duplication of a tag property"),
              60 === (g = c.input.charCodeAt(++c.position))
                ? ((h = !0), (g = c.input.charCodeAt(++c.position)))
                : 33 === g
                  ? ((i = !0), (e = "!!"), (g = c.input.charCodeAt(++c.position)))
                  : (e = "!"),
              (d = c.position),
              h)
            ) {
              do g = c.input.charCodeAt(++c.position);
              while (0 !== g && 62 !== g);
              c.position < c.length
                ? ((f = c.input.slice(d, c.position)), (g = c.input.charCodeAt(++c.position)))
                : C(c, "unexpected end of the stream within a verbatim tag");
            } else {
              for (; 0 !== g && !t(g);)
                (33 === g &&
                  (i
                    ? C(c, "tag suffix cannot contain exclamation marks")
                    : ((e = c.input.slice(d - 1, c.position + 1)),
                      o.test(e) || C(c, "named tag handle cannot contain such characters"),
                      (i = !0),
                      (d = c.position + 1))),
                  (g = c.input.charCodeAt(++c.position)));
              ((f = c.input.slice(d, c.position)),
                n.test(f) && C(c, "tag suffix cannot contain flow indicator characters"));
            }
            return (
              f && !p.test(f) && C(c, "tag name cannot contain such characters: " + f),
              h
                ? (c.tag = f)
                : k.call(c.tagMap, e)
                  ? (c.tag = c.tagMap[e] + f)
                  : "!" === e
                    ? (c.tag = "!" + f)
                    : "!!" === e
                      ? (c.tag = "tag:yaml.org,2002:" + f)
                      : C(c, 'undeclared tag handle "' + e + '"'),
              !0
            );
          })(c) ||
          (function (c) {
            var d, e;
            if (38 !== (e = c.input.charCodeAt(c.position))) return !1;
            for (
              null !== c.anchor && C(c, "duplication of an anchor property"),
                e = c.input.charCodeAt(++c.position),
                d = c.position;
              0 !== e && !t(e) && !u(e);
            )
              e = c.input.charCodeAt(++c.position);
            return (
              c.position === d &&
                C(c, "name of an anchor node must contain at least one character"),
              (c.anchor = c.input.slice(d, c.position)),
              !0
            );
          })(c);
        )
          K(c, !0, -1)
            ? ((B = !0),
              (l = i),
              c.lineIndent > d
                ? (A = 1)
                : c.lineIndent === d
                  ? (A = 0)
                  : c.lineIndent < d && (A = -1))
            : (l = !1);
      if (
        (l && (l = B || h),
        (1 === A || 4 === e) &&
          ((w = 1 === e || 2 === e ? d : d + 1),
          (z = c.position - c.lineStart),
          1 === A
            ? (l &&
                (N(c, z) ||
                  (function (c, d, e) {
                    var f,
                      g,
                      h,
                      i,
                      j,
                      k = c.tag,
                      l = c.anchor,
                      m = {},
                      n = {},
                      o = null,
                      p = null,
                      q = null,
                      r = !1,
                      u = !1;
                    for (
                      null !== c.anchor && (c.anchorMap[c.anchor] = m),
                        j = c.input.charCodeAt(c.position);
                      0 !== j;
                    ) {
                      if (
                        ((f = c.input.charCodeAt(c.position + 1)),
                        (h = c.line),
                        (i = c.position),
                        (63 === j || 58 === j) && t(f))
                      )
                        (63 === j
                          ? (r && (I(c, m, n, o, p, null), (o = p = q = null)),
                            (u = !0),
                            (r = !0),
                            (g = !0))
                          : r
                            ? ((r = !1), (g = !0))
                            : C(
                                c,
                                "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line",
                              ),
                          (c.position += 1),
                          (j = f));
                      else if (O(c, e, 2, !1, !0))
                        if (c.line === h) {
                          for (j = c.input.charCodeAt(c.position); s(j);)
                            j = c.input.charCodeAt(++c.position);
                          if (58 === j)
                            (t((j = c.input.charCodeAt(++c.position))) ||
                              C(
                                c,
                                "a whitespace character is expected after the key-value separator within a block mapping",
                              ),
                              r && (I(c, m, n, o, p, null), (o = p = q = null)),
                              (u = !0),
                              (r = !1),
                              (g = !1),
                              (o = c.tag),
                              (p = c.result));
                          else {
                            if (!u) return ((c.tag = k), (c.anchor = l), !0);
                            C(c, "can not read an implicit mapping pair; a colon is missed");
                          }
                        } else {
                          if (!u) return ((c.tag = k), (c.anchor = l), !0);
                          C(
                            c,
                            "can not read a block mapping entry; a multiline key may not be an implicit key",
                          );
                        }
                      else break;
                      if (
                        ((c.line === h || c.lineIndent > d) &&
                          (O(c, d, 4, !0, g) && (r ? (p = c.result) : (q = c.result)),
                          r || (I(c, m, n, o, p, q, h, i), (o = p = q = null)),
                          K(c, !0, -1),
                          (j = c.input.charCodeAt(c.position))),
                        c.lineIndent > d && 0 !== j)
                      )
                        C(c, "bad indentation of a mapping entry");
                      else if (c.lineIndent < d) break;
                    }
                    return (
                      r && I(c, m, n, o, p, null),
                      u && ((c.tag = k), (c.anchor = l), (c.kind = "mapping"), (c.result = m)),
                      u
                    );
                  })(c, z, w))) ||
              (function (c, d) {
                var e,
                  f,
                  g,
                  h,
                  i,
                  j,
                  k,
                  l,
                  m,
                  n,
                  o = !0,
                  p = c.tag,
                  q = c.anchor,
                  r = {};
                if (91 === (n = c.input.charCodeAt(c.position))) ((g = 93), (j = !1), (f = []));
                else {
                  if (123 !== n) return !1;
                  ((g = 125), (j = !0), (f = {}));
                }
                for (
                  null !== c.anchor && (c.anchorMap[c.anchor] = f),
                    n = c.input.charCodeAt(++c.position);
                  0 !== n;
                ) {
                  if ((K(c, !0, d), (n = c.input.charCodeAt(c.position)) === g))
                    return (
                      c.position++,
                      (c.tag = p),
                      (c.anchor = q),
                      (c.kind = j ? "mapping" : "sequence"),
                      (c.result = f),
                      !0
                    );
                  (o || C(c, "missed comma between flow collection entries"),
                    (l = k = m = null),
                    (h = i = !1),
                    63 === n &&
                      t(c.input.charCodeAt(c.position + 1)) &&
                      ((h = i = !0), c.position++, K(c, !0, d)),
                    (e = c.line),
                    O(c, d, 1, !1, !0),
                    (l = c.tag),
                    (k = c.result),
                    K(c, !0, d),
                    (n = c.input.charCodeAt(c.position)),
                    (i || c.line === e) &&
                      58 === n &&
                      ((h = !0),
                      (n = c.input.charCodeAt(++c.position)),
                      K(c, !0, d),
                      O(c, d, 1, !1, !0),
                      (m = c.result)),
                    j ? I(c, f, r, l, k, m) : h ? f.push(I(c, null, r, l, k, m)) : f.push(k),
                    K(c, !0, d),
                    44 === (n = c.input.charCodeAt(c.position))
                      ? ((o = !0), (n = c.input.charCodeAt(++c.position)))
                      : (o = !1));
                }
                C(c, "unexpected end of the stream within a flow collection");
              })(c, w)
              ? (D = !0)
              : ((j &&
                  (function (c, d) {
                    var e,
                      g,
                      h,
                      i,
                      j,
                      k = 1,
                      l = !1,
                      m = !1,
                      n = d,
                      o = 0,
                      p = !1;
                    if (124 === (j = c.input.charCodeAt(c.position))) h = !1;
                    else {
                      if (62 !== j) return !1;
                      h = !0;
                    }
                    for (c.kind = "scalar", c.result = ""; 0 !== j;)
                      if (43 === (j = c.input.charCodeAt(++c.position)) || 45 === j)
                        1 === k
                          ? (k = 43 === j ? 3 : 2)
                          : C(c, "repeat of a chomping mode identifier");
                      else if ((i = 48 <= (e = j) && e <= 57 ? e - 48 : -1) >= 0)
                        0 === i
                          ? C(
                              c,
                              "bad explicit indentation width of a block scalar; it cannot be less than one",
                            )
                          : m
                            ? C(c, "repeat of an indentation width identifier")
                            : ((n = d + i - 1), (m = !0));
                      else break;
                    if (s(j)) {
                      do j = c.input.charCodeAt(++c.position);
                      while (s(j));
                      if (35 === j)
                        do j = c.input.charCodeAt(++c.position);
                        while (!r(j) && 0 !== j);
                    }
                    for (; 0 !== j;) {
                      for (
                        J(c), c.lineIndent = 0, j = c.input.charCodeAt(c.position);
                        (!m || c.lineIndent < n) && 32 === j;
                      )
                        (c.lineIndent++, (j = c.input.charCodeAt(++c.position)));
                      if ((!m && c.lineIndent > n && (n = c.lineIndent), r(j))) {
                        o++;
                        continue;
                      }
                      if (c.lineIndent < n) {
                        3 === k
                          ? (c.result += f.repeat("\n", l ? 1 + o : o))
                          : 1 === k && l && (c.result += "\n");
                        break;
                      }
                      for (
                        h
                          ? s(j)
                            ? ((p = !0), (c.result += f.repeat("\n", l ? 1 + o : o)))
                            : p
                              ? ((p = !1), (c.result += f.repeat("\n", o + 1)))
                              : 0 === o
                                ? l && (c.result += " ")
                                : (c.result += f.repeat("\n", o))
                          : (c.result += f.repeat("\n", l ? 1 + o : o)),
                          l = !0,
                          m = !0,
                          o = 0,
                          g = c.position;
                        !r(j) && 0 !== j;
                      )
                        j = c.input.charCodeAt(++c.position);
                      F(c, g, c.position, !1);
                    }
                    return !0;
                  })(c, w)) ||
                (function (c, d) {
                  var e, f, g;
                  if (39 !== (e = c.input.charCodeAt(c.position))) return !1;
                  for (
                    c.kind = "scalar", c.result = "", c.position++, f = g = c.position;
                    0 !== (e = c.input.charCodeAt(c.position));
                  )
                    if (39 === e) {
                      if ((F(c, f, c.position, !0), 39 !== (e = c.input.charCodeAt(++c.position))))
                        return !0;
                      ((f = c.position), c.position++, (g = c.position));
                    } else
                      r(e)
                        ? (F(c, f, g, !0), M(c, K(c, !1, d)), (f = g = c.position))
                        : c.position === c.lineStart && L(c)
                          ? C(c, "unexpected end of the document within a single quoted scalar")
                          : (c.position++, (g = c.position));
                  C(c, "unexpected end of the stream within a single quoted scalar");
                })(c, w) ||
                (function (c, d) {
                  var e, f, g, h, i, j, k, l;
                  if (34 !== (j = c.input.charCodeAt(c.position))) return !1;
                  for (
                    c.kind = "scalar", c.result = "", c.position++, e = f = c.position;
                    0 !== (j = c.input.charCodeAt(c.position));
                  )
                    if (34 === j) return (F(c, e, c.position, !0), c.position++, !0);
                    else if (92 === j) {
                      if ((F(c, e, c.position, !0), r((j = c.input.charCodeAt(++c.position)))))
                        K(c, !1, d);
                      else if (j < 256 && x[j]) ((c.result += y[j]), c.position++);
                      else if ((i = 120 === (k = j) ? 2 : 117 === k ? 4 : 8 * (85 === k)) > 0) {
                        for (g = i, h = 0; g > 0; g--)
                          (i = (function (c) {
                            var d;
                            return 48 <= c && c <= 57
                              ? c - 48
                              : 97 <= (d = 32 | c) && d <= 102
                                ? d - 97 + 10
                                : -1;
                          })((j = c.input.charCodeAt(++c.position)))) >= 0
                            ? (h = (h << 4) + i)
                            : C(c, "expected hexadecimal character");
                        ((c.result +=
                          (l = h) <= 65535
                            ? String.fromCharCode(l)
                            : String.fromCharCode(
                                ((l - 65536) >> 10) + 55296,
                                ((l - 65536) & 1023) + 56320,
                              )),
                          c.position++);
                      } else C(c, "unknown escape sequence");
                      e = f = c.position;
                    } else
                      r(j)
                        ? (F(c, e, f, !0), M(c, K(c, !1, d)), (e = f = c.position))
                        : c.position === c.lineStart && L(c)
                          ? C(c, "unexpected end of the document within a double quoted scalar")
                          : (c.position++, (f = c.position));
                  C(c, "unexpected end of the stream within a double quoted scalar");
                })(c, w)
                  ? (D = !0)
                  : !(function (c) {
                        var d, e, f;
                        if (42 !== (f = c.input.charCodeAt(c.position))) return !1;
                        for (
                          f = c.input.charCodeAt(++c.position), d = c.position;
                          0 !== f && !t(f) && !u(f);
                        )
                          f = c.input.charCodeAt(++c.position);
                        return (
                          c.position === d &&
                            C(c, "name of an alias node must contain at least one character"),
                          (e = c.input.slice(d, c.position)),
                          k.call(c.anchorMap, e) || C(c, 'unidentified alias "' + e + '"'),
                          (c.result = c.anchorMap[e]),
                          K(c, !0, -1),
                          !0
                        );
                      })(c)
                    ? (function (c, d, e) {
                        var f,
                          g,
                          h,
                          i,
                          j,
                          k,
                          l,
                          m,
                          n = c.kind,
                          o = c.result;
                        if (
                          t((m = c.input.charCodeAt(c.position))) ||
                          u(m) ||
                          35 === m ||
                          38 === m ||
                          42 === m ||
                          33 === m ||
                          124 === m ||
                          62 === m ||
                          39 === m ||
                          34 === m ||
                          37 === m ||
                          64 === m ||
                          96 === m ||
                          ((63 === m || 45 === m) &&
                            (t((f = c.input.charCodeAt(c.position + 1))) || (e && u(f))))
                        )
                          return !1;
                        for (
                          c.kind = "scalar", c.result = "", g = h = c.position, i = !1;
                          0 !== m;
                        ) {
                          if (58 === m) {
                            if (t((f = c.input.charCodeAt(c.position + 1))) || (e && u(f))) break;
                          } else if (35 === m) {
                            if (t(c.input.charCodeAt(c.position - 1))) break;
                          } else if ((c.position === c.lineStart && L(c)) || (e && u(m))) break;
                          else if (r(m)) {
                            if (
                              ((j = c.line),
                              (k = c.lineStart),
                              (l = c.lineIndent),
                              K(c, !1, -1),
                              c.lineIndent >= d)
                            ) {
                              ((i = !0), (m = c.input.charCodeAt(c.position)));
                              continue;
                            }
                            ((c.position = h), (c.line = j), (c.lineStart = k), (c.lineIndent = l));
                            break;
                          }
                          (i && (F(c, g, h, !1), M(c, c.line - j), (g = h = c.position), (i = !1)),
                            s(m) || (h = c.position + 1),
                            (m = c.input.charCodeAt(++c.position)));
                        }
                        return (F(c, g, h, !1), !!c.result || ((c.kind = n), (c.result = o), !1));
                      })(c, w, 1 === e) && ((D = !0), null === c.tag && (c.tag = "?"))
                    : ((D = !0),
                      (null !== c.tag || null !== c.anchor) &&
                        C(c, "alias node should not have any properties")),
                null !== c.anchor && (c.anchorMap[c.anchor] = c.result))
            : 0 === A && (D = l && N(c, z))),
        null !== c.tag && "!" !== c.tag)
      )
        if ("?" === c.tag) {
          for (
            null !== c.result &&
              "scalar" !== c.kind &&
              C(
                c,
                'unacceptable node kind for !<?> tag; it should be "scalar", not "' + c.kind + '"',
              ),
              m = 0,
              q = c.implicitTypes.length;
            m < q;
            m += 1
          )
            if ((v = c.implicitTypes[m]).resolve(c.result)) {
              ((c.result = v.construct(c.result)),
                (c.tag = v.tag),
                null !== c.anchor && (c.anchorMap[c.anchor] = c.result));
              break;
            }
        } else
          k.call(c.typeMap[c.kind || "fallback"], c.tag)
            ? ((v = c.typeMap[c.kind || "fallback"][c.tag]),
              null !== c.result &&
                v.kind !== c.kind &&
                C(
                  c,
                  "unacceptable node kind for !<" +
                    c.tag +
                    '> tag; it should be "' +
                    v.kind +
                    '", not "' +
                    c.kind +
                    '"',
                ),
              v.resolve(c.result)
                ? ((c.result = v.construct(c.result)),
                  null !== c.anchor && (c.anchorMap[c.anchor] = c.result))
                : C(c, "cannot resolve a node with !<" + c.tag + "> explicit tag"))
            : C(c, "unknown tag !<" + c.tag + ">");
      return (
        null !== c.listener && c.listener("close", c),
        null !== c.tag || null !== c.anchor || D
      );
    }
    function P(c, d) {
      ((c = String(c)),
        (d = d || {}),
        0 !== c.length &&
          (10 !== c.charCodeAt(c.length - 1) && 13 !== c.charCodeAt(c.length - 1) && (c += "\n"),
          65279 === c.charCodeAt(0) && (c = c.slice(1))));
      var e = new A(c, d),
        f = c.indexOf("\0");
      for (
        -1 !== f && ((e.position = f), C(e, "null byte is not allowed in input")), e.input += "\0";
        32 === e.input.charCodeAt(e.position);
      )
        ((e.lineIndent += 1), (e.position += 1));
      for (; e.position < e.length - 1;)
        !(function (c) {
          var d,
            e,
            f,
            g,
            h = c.position,
            i = !1;
          for (
            c.version = null, c.checkLineBreaks = c.legacy, c.tagMap = {}, c.anchorMap = {};
            0 !== (g = c.input.charCodeAt(c.position)) &&
            (K(c, !0, -1), (g = c.input.charCodeAt(c.position)), !(c.lineIndent > 0) && 37 === g);
          ) {
            for (i = !0, g = c.input.charCodeAt(++c.position), d = c.position; 0 !== g && !t(g);)
              g = c.input.charCodeAt(++c.position);
            for (
              e = c.input.slice(d, c.position),
                f = [],
                e.length < 1 &&
                  C(c, "directive name must not be less than one character in length");
              0 !== g;
            ) {
              for (; s(g);) g = c.input.charCodeAt(++c.position);
              if (35 === g) {
                do g = c.input.charCodeAt(++c.position);
                while (0 !== g && !r(g));
                break;
              }
              if (r(g)) break;
              for (d = c.position; 0 !== g && !t(g);) g = c.input.charCodeAt(++c.position);
              f.push(c.input.slice(d, c.position));
            }
            (0 !== g && J(c),
              k.call(E, e) ? E[e](c, e, f) : D(c, 'unknown document directive "' + e + '"'));
          }
          if (
            (K(c, !0, -1),
            0 === c.lineIndent &&
            45 === c.input.charCodeAt(c.position) &&
            45 === c.input.charCodeAt(c.position + 1) &&
            45 === c.input.charCodeAt(c.position + 2)
              ? ((c.position += 3), K(c, !0, -1))
              : i && C(c, "directives end mark is expected"),
            O(c, c.lineIndent - 1, 4, !1, !0),
            K(c, !0, -1),
            c.checkLineBreaks &&
              m.test(c.input.slice(h, c.position)) &&
              D(c, "non-ASCII line breaks are interpreted as content"),
            c.documents.push(c.result),
            c.position === c.lineStart && L(c))
          ) {
            46 === c.input.charCodeAt(c.position) && ((c.position += 3), K(c, !0, -1));
            return;
          }
          c.position < c.length - 1 &&
            C(c, "end of the stream or a document separator is expected");
        })(e);
      return e.documents;
    }
    function Q(c, d, e) {
      null !== d && "object" == typeof d && void 0 === e && ((e = d), (d = null));
      var f = P(c, e);
      if ("function" != typeof d) return f;
      for (var g = 0, h = f.length; g < h; g += 1) d(f[g]);
    }
    function R(c, d) {
      var e = P(c, d);
      if (0 !== e.length) {
        if (1 === e.length) return e[0];
        throw new g("expected a single document in the stream, but found more");
      }
    }
    ((d.exports.loadAll = Q),
      (d.exports.load = R),
      (d.exports.safeLoadAll = function (c, d, e) {
        return (
          "object" == typeof d && null !== d && void 0 === e && ((e = d), (d = null)),
          Q(c, d, f.extend({ schema: i }, e))
        );
      }),
      (d.exports.safeLoad = function (c, d) {
        return R(c, f.extend({ schema: i }, d));
      }));
  },
  13298,
  (c, d, e) => {
    "use strict";
    var f = c.r(55444);
    function g(c, d, e, f, g) {
      ((this.name = c), (this.buffer = d), (this.position = e), (this.line = f), (this.column = g));
    }
    ((g.prototype.getSnippet = function (c, d) {
      var e, g, h, i, j;
      if (!this.buffer) return null;
      for (
        c = c || 4, d = d || 75, e = "", g = this.position;
        g > 0 && -1 === "\0\r\n\u2028\u2029".indexOf(this.buffer.charAt(g - 1));
      )
        if (((g -= 1), this.position - g > d / 2 - 1)) {
          ((e = " ... "), (g += 5));
          break;
        }
      for (
        h = "", i = this.position;
        i < this.buffer.length && -1 === "\0\r\n\u2028\u2029".indexOf(this.buffer.charAt(i));
      )
        if ((i += 1) - this.position > d / 2 - 1) {
          ((h = " ... "), (i -= 5));
          break;
        }
      return (
        (j = this.buffer.slice(g, i)),
        f.repeat(" ", c) + e + j + h + "\n" + f.repeat(" ", c + this.position - g + e.length) + "^"
      );
    }),
      (g.prototype.toString = function (c) {
        var d,
          e = "";
        return (
          this.name && (e += 'in "' + this.name + '" '),
          (e += "at line " + (this.line + 1) + ", column " + (this.column + 1)),
          !c && (d = this.getSnippet()) && (e += ":\n" + d),
          e
        );
      }),
      (d.exports = g));
  },
  56994,
  (c, d, e) => {
    "use strict";
    var f = c.r(55444),
      g = c.r(44440),
      h = c.r(66677);
    function i(c, d, e) {
      var f = [];
      return (
        c.include.forEach(function (c) {
          e = i(c, d, e);
        }),
        c[d].forEach(function (c) {
          (e.forEach(function (d, e) {
            d.tag === c.tag && d.kind === c.kind && f.push(e);
          }),
            e.push(c));
        }),
        e.filter(function (c, d) {
          return -1 === f.indexOf(d);
        })
      );
    }
    function j(c) {
      ((this.include = c.include || []),
        (this.implicit = c.implicit || []),
        (this.explicit = c.explicit || []),
        this.implicit.forEach(function (c) {
          if (c.loadKind && "scalar" !== c.loadKind)
            throw new g(
              "There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.",
            );
        }),
        (this.compiledImplicit = i(this, "implicit", [])),
        (this.compiledExplicit = i(this, "explicit", [])),
        (this.compiledTypeMap = (function () {
          var c,
            d,
            e = { scalar: {}, sequence: {}, mapping: {}, fallback: {} };
          function f(c) {
            e[c.kind][c.tag] = e.fallback[c.tag] = c;
          }
          for (c = 0, d = arguments.length; c < d; c += 1) arguments[c].forEach(f);
          return e;
        })(this.compiledImplicit, this.compiledExplicit)));
    }
    ((j.DEFAULT = null),
      (j.create = function () {
        var c, d;
        switch (arguments.length) {
          case 1:
            ((c = j.DEFAULT), (d = arguments[0]));
            break;
          case 2:
            ((c = arguments[0]), (d = arguments[1]));
            break;
          default:
            throw new g("Wrong number of arguments for Schema.create function");
        }
        if (
          ((c = f.toArray(c)),
          (d = f.toArray(d)),
          !c.every(function (c) {
            return c instanceof j;
          }))
        )
          throw new g(
            "Specified list of super schemas (or a single Schema object) contains a non-Schema object.",
          );
        if (
          !d.every(function (c) {
            return c instanceof h;
          })
        )
          throw new g(
            "Specified list of YAML types (or a single Type object) contains a non-Type object.",
          );
        return new j({ include: c, explicit: d });
      }),
      (d.exports = j));
  },
  35219,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(56994))({ include: [c.r(42314)] });
  },
  55781,
  (c, d, e) => {
    "use strict";
    var f = c.r(56994);
    d.exports = f.DEFAULT = new f({
      include: [c.r(51137)],
      explicit: [c.r(77165), c.r(7717), c.r(47981)],
    });
  },
  51137,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(56994))({
      include: [c.r(35219)],
      implicit: [c.r(39998), c.r(42592)],
      explicit: [c.r(13562), c.r(62934), c.r(34084), c.r(15150)],
    });
  },
  34155,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(56994))({ explicit: [c.r(75613), c.r(7525), c.r(20580)] });
  },
  42314,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(56994))({
      include: [c.r(34155)],
      implicit: [c.r(57759), c.r(3383), c.r(40951), c.r(83553)],
    });
  },
  66677,
  (c, d, e) => {
    "use strict";
    var f = c.r(44440),
      g = [
        "kind",
        "resolve",
        "construct",
        "instanceOf",
        "predicate",
        "represent",
        "defaultStyle",
        "styleAliases",
      ],
      h = ["scalar", "sequence", "mapping"];
    d.exports = function (c, d) {
      var e, i;
      if (
        (Object.keys((d = d || {})).forEach(function (d) {
          if (-1 === g.indexOf(d))
            throw new f(
              'Unknown option "' + d + '" is met in definition of "' + c + '" YAML type.',
            );
        }),
        (this.tag = c),
        (this.kind = d.kind || null),
        (this.resolve =
          d.resolve ||
          function () {
            return !0;
          }),
        (this.construct =
          d.construct ||
          function (c) {
            return c;
          }),
        (this.instanceOf = d.instanceOf || null),
        (this.predicate = d.predicate || null),
        (this.represent = d.represent || null),
        (this.defaultStyle = d.defaultStyle || null),
        (this.styleAliases =
          ((e = d.styleAliases || null),
          (i = {}),
          null !== e &&
            Object.keys(e).forEach(function (c) {
              e[c].forEach(function (d) {
                i[String(d)] = c;
              });
            }),
          i)),
        -1 === h.indexOf(this.kind))
      )
        throw new f('Unknown kind "' + this.kind + '" is specified for "' + c + '" YAML type.');
    };
  },
  13562,
  (c, d, e) => {
    "use strict";
    try {
      var f;
      f = (0, c.t)("buffer").Buffer;
    } catch (c) {}
    var g = c.r(66677),
      h = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
    d.exports = new g("tag:yaml.org,2002:binary", {
      kind: "scalar",
      resolve: function (c) {
        if (null === c) return !1;
        var d,
          e,
          f = 0,
          g = c.length;
        for (e = 0; e < g; e++)
          if (!((d = h.indexOf(c.charAt(e))) > 64)) {
            if (d < 0) return !1;
            f += 6;
          }
        return f % 8 == 0;
      },
      construct: function (c) {
        var d,
          e,
          g = c.replace(/[\r\n=]/g, ""),
          i = g.length,
          j = 0,
          k = [];
        for (d = 0; d < i; d++)
          (d % 4 == 0 && d && (k.push((j >> 16) & 255), k.push((j >> 8) & 255), k.push(255 & j)),
            (j = (j << 6) | h.indexOf(g.charAt(d))));
        return (0 == (e = (i % 4) * 6)
          ? (k.push((j >> 16) & 255), k.push((j >> 8) & 255), k.push(255 & j))
          : 18 === e
            ? (k.push((j >> 10) & 255), k.push((j >> 2) & 255))
            : 12 === e && k.push((j >> 4) & 255),
        f)
          ? f.from
            ? f.from(k)
            : new f(k)
          : k;
      },
      predicate: function (c) {
        return f && f.isBuffer(c);
      },
      represent: function (c) {
        var d,
          e,
          f = "",
          g = 0,
          i = c.length;
        for (d = 0; d < i; d++)
          (d % 3 == 0 &&
            d &&
            ((f += h[(g >> 18) & 63]),
            (f += h[(g >> 12) & 63]),
            (f += h[(g >> 6) & 63]),
            (f += h[63 & g])),
            (g = (g << 8) + c[d]));
        return (
          0 == (e = i % 3)
            ? ((f += h[(g >> 18) & 63]),
              (f += h[(g >> 12) & 63]),
              (f += h[(g >> 6) & 63]),
              (f += h[63 & g]))
            : 2 === e
              ? ((f += h[(g >> 10) & 63]),
                (f += h[(g >> 4) & 63]),
                (f += h[(g << 2) & 63]),
                (f += h[64]))
              : 1 === e &&
                ((f += h[(g >> 2) & 63]), (f += h[(g << 4) & 63]), (f += h[64]), (f += h[64])),
          f
        );
      },
    });
  },
  3383,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: function (c) {
        if (null === c) return !1;
        var d = c.length;
        return (
          (4 === d && ("true" === c || "True" === c || "TRUE" === c)) ||
          (5 === d && ("false" === c || "False" === c || "FALSE" === c))
        );
      },
      construct: function (c) {
        return "true" === c || "True" === c || "TRUE" === c;
      },
      predicate: function (c) {
        return "[object Boolean]" === Object.prototype.toString.call(c);
      },
      represent: {
        lowercase: function (c) {
          return c ? "true" : "false";
        },
        uppercase: function (c) {
          return c ? "TRUE" : "FALSE";
        },
        camelcase: function (c) {
          return c ? "True" : "False";
        },
      },
      defaultStyle: "lowercase",
    });
  },
  83553,
  (c, d, e) => {
    "use strict";
    var f = c.r(55444),
      g = c.r(66677),
      h = RegExp(
        "^(?:[-+]?(?:0|[1-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$",
      ),
      i = /^[-+]?[0-9]+e/;
    d.exports = new g("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: function (c) {
        return null !== c && !!h.test(c) && "_" !== c[c.length - 1];
      },
      construct: function (c) {
        var d, e, f, g;
        return ((e = "-" === (d = c.replace(/_/g, "").toLowerCase())[0] ? -1 : 1),
        (g = []),
        "+-".indexOf(d[0]) >= 0 && (d = d.slice(1)),
        ".inf" === d)
          ? 1 === e
            ? 1 / 0
            : -1 / 0
          : ".nan" === d
            ? 0 / 0
            : d.indexOf(":") >= 0
              ? (d.split(":").forEach(function (c) {
                  g.unshift(parseFloat(c, 10));
                }),
                (d = 0),
                (f = 1),
                g.forEach(function (c) {
                  ((d += c * f), (f *= 60));
                }),
                e * d)
              : e * parseFloat(d, 10);
      },
      predicate: function (c) {
        return (
          "[object Number]" === Object.prototype.toString.call(c) &&
          (c % 1 != 0 || f.isNegativeZero(c))
        );
      },
      represent: function (c, d) {
        var e;
        if (isNaN(c))
          switch (d) {
            case "lowercase":
              return ".nan";
            case "uppercase":
              return ".NAN";
            case "camelcase":
              return ".NaN";
          }
        else if (1 / 0 === c)
          switch (d) {
            case "lowercase":
              return ".inf";
            case "uppercase":
              return ".INF";
            case "camelcase":
              return ".Inf";
          }
        else if (-1 / 0 === c)
          switch (d) {
            case "lowercase":
              return "-.inf";
            case "uppercase":
              return "-.INF";
            case "camelcase":
              return "-.Inf";
          }
        else if (f.isNegativeZero(c)) return "-0.0";
        return ((e = c.toString(10)), i.test(e) ? e.replace("e", ".e") : e);
      },
      defaultStyle: "lowercase",
    });
  },
  40951,
  (c, d, e) => {
    "use strict";
    var f = c.r(55444);
    d.exports = new (c.r(66677))("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: function (c) {
        if (null === c) return !1;
        var d,
          e,
          f,
          g,
          h = c.length,
          i = 0,
          j = !1;
        if (!h) return !1;
        if ((("-" === (g = c[i]) || "+" === g) && (g = c[++i]), "0" === g)) {
          if (i + 1 === h) return !0;
          if ("b" === (g = c[++i])) {
            for (i++; i < h; i++)
              if ("_" !== (g = c[i])) {
                if ("0" !== g && "1" !== g) return !1;
                j = !0;
              }
            return j && "_" !== g;
          }
          if ("x" === g) {
            for (i++; i < h; i++)
              if ("_" !== (g = c[i])) {
                if (!(
                  (48 <= (d = c.charCodeAt(i)) && d <= 57) ||
                  (65 <= d && d <= 70) ||
                  (97 <= d && d <= 102)
                ))
                  return !1;
                j = !0;
              }
            return j && "_" !== g;
          }
          for (; i < h; i++)
            if ("_" !== (g = c[i])) {
              if (!(48 <= (e = c.charCodeAt(i)) && e <= 55)) return !1;
              j = !0;
            }
          return j && "_" !== g;
        }
        if ("_" === g) return !1;
        for (; i < h; i++)
          if ("_" !== (g = c[i])) {
            if (":" === g) break;
            if (!(48 <= (f = c.charCodeAt(i)) && f <= 57)) return !1;
            j = !0;
          }
        return !!j && "_" !== g && (":" !== g || /^(:[0-5]?[0-9])+$/.test(c.slice(i)));
      },
      construct: function (c) {
        var d,
          e,
          f = c,
          g = 1,
          h = [];
        return (-1 !== f.indexOf("_") && (f = f.replace(/_/g, "")),
        ("-" === (d = f[0]) || "+" === d) && ("-" === d && (g = -1), (d = (f = f.slice(1))[0])),
        "0" === f)
          ? 0
          : "0" === d
            ? "b" === f[1]
              ? g * parseInt(f.slice(2), 2)
              : "x" === f[1]
                ? g * parseInt(f, 16)
                : g * parseInt(f, 8)
            : -1 !== f.indexOf(":")
              ? (f.split(":").forEach(function (c) {
                  h.unshift(parseInt(c, 10));
                }),
                (f = 0),
                (e = 1),
                h.forEach(function (c) {
                  ((f += c * e), (e *= 60));
                }),
                g * f)
              : g * parseInt(f, 10);
      },
      predicate: function (c) {
        return (
          "[object Number]" === Object.prototype.toString.call(c) &&
          c % 1 == 0 &&
          !f.isNegativeZero(c)
        );
      },
      represent: {
        binary: function (c) {
          return c >= 0 ? "0b" + c.toString(2) : "-0b" + c.toString(2).slice(1);
        },
        octal: function (c) {
          return c >= 0 ? "0" + c.toString(8) : "-0" + c.toString(8).slice(1);
        },
        decimal: function (c) {
          return c.toString(10);
        },
        hexadecimal: function (c) {
          return c >= 0
            ? "0x" + c.toString(16).toUpperCase()
            : "-0x" + c.toString(16).toUpperCase().slice(1);
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
  47981,
  (c, d, e) => {
    "use strict";
    try {
      var f;
      f = (0, c.t)("esprima");
    } catch (c) {}
    d.exports = new (c.r(66677))("tag:yaml.org,2002:js/function", {
      kind: "scalar",
      resolve: function (c) {
        if (null === c) return !1;
        try {
          var d = f.parse("(" + c + ")", { range: !0 });
          if (
            "Program" !== d.type ||
            1 !== d.body.length ||
            "ExpressionStatement" !== d.body[0].type ||
            ("ArrowFunctionExpression" !== d.body[0].expression.type &&
              "FunctionExpression" !== d.body[0].expression.type)
          )
            return !1;
          return !0;
        } catch (c) {
          return !1;
        }
      },
      construct: function (c) {
        var d,
          e = "(" + c + ")",
          g = f.parse(e, { range: !0 }),
          h = [];
        if (
          "Program" !== g.type ||
          1 !== g.body.length ||
          "ExpressionStatement" !== g.body[0].type ||
          ("ArrowFunctionExpression" !== g.body[0].expression.type &&
            "FunctionExpression" !== g.body[0].expression.type)
        )
          throw Error("Failed to resolve function");
        return (g.body[0].expression.params.forEach(function (c) {
          h.push(c.name);
        }),
        (d = g.body[0].expression.body.range),
        "BlockStatement" === g.body[0].expression.body.type)
          ? Function(h, e.slice(d[0] + 1, d[1] - 1))
          : Function(h, "return " + e.slice(d[0], d[1]));
      },
      predicate: function (c) {
        return "[object Function]" === Object.prototype.toString.call(c);
      },
      represent: function (c) {
        return c.toString();
      },
    });
  },
  7717,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:js/regexp", {
      kind: "scalar",
      resolve: function (c) {
        if (null === c || 0 === c.length) return !1;
        var d = /\/([gim]*)$/.exec(c),
          e = "";
        return (
          ("/" !== c[0] ||
            (d && (e = d[1]), !(e.length > 3) && "/" === c[c.length - e.length - 1])) &&
          !0
        );
      },
      construct: function (c) {
        var d = c,
          e = /\/([gim]*)$/.exec(c),
          f = "";
        return (
          "/" === d[0] && (e && (f = e[1]), (d = d.slice(1, d.length - f.length - 1))),
          new RegExp(d, f)
        );
      },
      predicate: function (c) {
        return "[object RegExp]" === Object.prototype.toString.call(c);
      },
      represent: function (c) {
        var d = "/" + c.source + "/";
        return (c.global && (d += "g"), c.multiline && (d += "m"), c.ignoreCase && (d += "i"), d);
      },
    });
  },
  77165,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:js/undefined", {
      kind: "scalar",
      resolve: function () {
        return !0;
      },
      construct: function () {},
      predicate: function (c) {
        return void 0 === c;
      },
      represent: function () {
        return "";
      },
    });
  },
  20580,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:map", {
      kind: "mapping",
      construct: function (c) {
        return null !== c ? c : {};
      },
    });
  },
  42592,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:merge", {
      kind: "scalar",
      resolve: function (c) {
        return "<<" === c || null === c;
      },
    });
  },
  57759,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: function (c) {
        if (null === c) return !0;
        var d = c.length;
        return (
          (1 === d && "~" === c) || (4 === d && ("null" === c || "Null" === c || "NULL" === c))
        );
      },
      construct: function () {
        return null;
      },
      predicate: function (c) {
        return null === c;
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
  62934,
  (c, d, e) => {
    "use strict";
    var f = c.r(66677),
      g = Object.prototype.hasOwnProperty,
      h = Object.prototype.toString;
    d.exports = new f("tag:yaml.org,2002:omap", {
      kind: "sequence",
      resolve: function (c) {
        if (null === c) return !0;
        var d,
          e,
          f,
          i,
          j,
          k = {};
        for (d = 0, e = c.length; d < e; d += 1) {
          if (((f = c[d]), (j = !1), "[object Object]" !== h.call(f))) return !1;
          for (i in f)
            if (g.call(f, i))
              if (j) return !1;
              else j = !0;
          if (!j || g.call(k, i)) return !1;
          Object.defineProperty(k, i, { value: !0 });
        }
        return !0;
      },
      construct: function (c) {
        return null !== c ? c : [];
      },
    });
  },
  34084,
  (c, d, e) => {
    "use strict";
    var f = c.r(66677),
      g = Object.prototype.toString;
    d.exports = new f("tag:yaml.org,2002:pairs", {
      kind: "sequence",
      resolve: function (c) {
        var d, e, f, h, i;
        if (null === c) return !0;
        for (i = Array(c.length), d = 0, e = c.length; d < e; d += 1) {
          if (((f = c[d]), "[object Object]" !== g.call(f) || 1 !== (h = Object.keys(f)).length))
            return !1;
          i[d] = [h[0], f[h[0]]];
        }
        return !0;
      },
      construct: function (c) {
        var d, e, f, g, h;
        if (null === c) return [];
        for (h = Array(c.length), d = 0, e = c.length; d < e; d += 1)
          ((g = Object.keys((f = c[d]))), (h[d] = [g[0], f[g[0]]]));
        return h;
      },
    });
  },
  7525,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:seq", {
      kind: "sequence",
      construct: function (c) {
        return null !== c ? c : [];
      },
    });
  },
  15150,
  (c, d, e) => {
    "use strict";
    var f = c.r(66677),
      g = Object.prototype.hasOwnProperty;
    d.exports = new f("tag:yaml.org,2002:set", {
      kind: "mapping",
      resolve: function (c) {
        var d;
        if (null === c) return !0;
        for (d in c) if (g.call(c, d) && null !== c[d]) return !1;
        return !0;
      },
      construct: function (c) {
        return null !== c ? c : {};
      },
    });
  },
  75613,
  (c, d, e) => {
    "use strict";
    d.exports = new (c.r(66677))("tag:yaml.org,2002:str", {
      kind: "scalar",
      construct: function (c) {
        return null !== c ? c : "";
      },
    });
  },
  39998,
  (c, d, e) => {
    "use strict";
    var f = c.r(66677),
      g = RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"),
      h = RegExp(
        "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$",
      );
    d.exports = new f("tag:yaml.org,2002:timestamp", {
      kind: "scalar",
      resolve: function (c) {
        return null !== c && (null !== g.exec(c) || null !== h.exec(c));
      },
      construct: function (c) {
        var d,
          e,
          f,
          i,
          j,
          k,
          l,
          m,
          n = 0,
          o = null;
        if ((null === (d = g.exec(c)) && (d = h.exec(c)), null === d))
          throw Error("Date resolve error");
        if (((e = +d[1]), (f = d[2] - 1), (i = +d[3]), !d[4])) return new Date(Date.UTC(e, f, i));
        if (((j = +d[4]), (k = +d[5]), (l = +d[6]), d[7])) {
          for (n = d[7].slice(0, 3); n.length < 3;) n += "0";
          n *= 1;
        }
        return (
          d[9] && ((o = (60 * d[10] + +(d[11] || 0)) * 6e4), "-" === d[9] && (o = -o)),
          (m = new Date(Date.UTC(e, f, i, j, k, l, n))),
          o && m.setTime(m.getTime() - o),
          m
        );
      },
      instanceOf: Date,
      represent: function (c) {
        return c.toISOString();
      },
    });
  },
  46182,
  (c, d, e) => {
    var f = Object.prototype.toString;
    function g(c) {
      return "function" == typeof c.constructor ? c.constructor.name : null;
    }
    d.exports = function (c) {
      if (void 0 === c) return "undefined";
      if (null === c) return "null";
      var d,
        e,
        h,
        i,
        j,
        k,
        l = typeof c;
      if ("boolean" === l) return "boolean";
      if ("string" === l) return "string";
      if ("number" === l) return "number";
      if ("symbol" === l) return "symbol";
      if ("function" === l) return "GeneratorFunction" === g(c) ? "generatorfunction" : "function";
      if (((d = c), Array.isArray ? Array.isArray(d) : d instanceof Array)) return "array";
      if (
        (e = c).constructor &&
        "function" == typeof e.constructor.isBuffer &&
        e.constructor.isBuffer(e)
      )
        return "buffer";
      if (
        (function (c) {
          try {
            if ("number" == typeof c.length && "function" == typeof c.callee) return !0;
          } catch (c) {
            if (-1 !== c.message.indexOf("callee")) return !0;
          }
          return !1;
        })(c)
      )
        return "arguments";
      if (
        (h = c) instanceof Date ||
        ("function" == typeof h.toDateString &&
          "function" == typeof h.getDate &&
          "function" == typeof h.setDate)
      )
        return "date";
      if (
        (i = c) instanceof Error ||
        ("string" == typeof i.message &&
          i.constructor &&
          "number" == typeof i.constructor.stackTraceLimit)
      )
        return "error";
      if (
        (j = c) instanceof RegExp ||
        ("string" == typeof j.flags &&
          "boolean" == typeof j.ignoreCase &&
          "boolean" == typeof j.multiline &&
          "boolean" == typeof j.global)
      )
        return "regexp";
      switch (g(c)) {
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
        "function" == typeof (k = c).throw &&
        "function" == typeof k.return &&
        "function" == typeof k.next
      )
        return "generator";
      switch ((l = f.call(c))) {
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
      return l.slice(8, -1).toLowerCase().replace(/\s/g, "");
    };
  },
  266,
  (c, d, e) => {
    ((d.exports.default = d.exports = c.r(3844)), (d.exports.readingTimeStream = c.r(13098)));
  },
  3844,
  (c, d, e) => {
    "use strict";
    function f(c, d) {
      return d.some(([d, e]) => d <= c && c <= e);
    }
    function g(c) {
      return (
        "string" == typeof c &&
        f(c.charCodeAt(0), [
          [12352, 12447],
          [19968, 40959],
          [44032, 55203],
          [131072, 191456],
        ])
      );
    }
    function h(c) {
      return " \n\r	".includes(c);
    }
    d.exports = function (c, d = {}) {
      let e = 0,
        i = 0,
        j = c.length - 1,
        k = d.wordsPerMinute || 200,
        l = d.wordBound || h;
      for (; l(c[i]);) i++;
      for (; l(c[j]);) j--;
      let m = `${c}
`;
      for (let c = i; c <= j; c++)
        if (((g(m[c]) || (!l(m[c]) && (l(m[c + 1]) || g(m[c + 1])))) && e++, g(m[c])))
          for (
            var n;
            c <= j &&
            (("string" == typeof (n = m[c + 1]) &&
              f(n.charCodeAt(0), [
                [33, 47],
                [58, 64],
                [91, 96],
                [123, 126],
                [12288, 12351],
                [65280, 65519],
              ])) ||
              l(m[c + 1]));
          )
            c++;
      let o = e / k,
        p = Math.round(60 * o * 1e3);
      return { text: Math.ceil(o.toFixed(2)) + " min read", minutes: o, time: p, words: e };
    };
  },
  13098,
  (c, d, e) => {
    "use strict";
    let f = c.r(3844),
      g = c.r(88947).Transform;
    function h(c) {
      if (!(this instanceof h)) return new h(c);
      (g.call(this, { objectMode: !0 }),
        (this.options = c || {}),
        (this.stats = { minutes: 0, time: 0, words: 0 }));
    }
    (c.r(24361).inherits(h, g),
      (h.prototype._transform = function (c, d, e) {
        let g = f(c.toString(d), this.options);
        ((this.stats.minutes += g.minutes),
          (this.stats.time += g.time),
          (this.stats.words += g.words),
          e());
      }),
      (h.prototype._flush = function (c) {
        ((this.stats.text = Math.ceil(this.stats.minutes.toFixed(2)) + " min read"),
          this.push(this.stats),
          c());
      }),
      (d.exports = h));
  },
  9226,
  (c, d, e) => {
    "use strict";
    var f = c.r(46182),
      g = c.r(55381);
    function h() {
      return { key: "", data: "", content: "" };
    }
    function i(c) {
      return c;
    }
    d.exports = function (c, d) {
      "function" == typeof d && (d = { parse: d });
      var e = (function (c) {
          var d;
          if (
            ("object" !== f(c) && (c = { content: c }),
            "string" != typeof c.content &&
              !(
                (d = c.content) &&
                d.constructor &&
                "function" == typeof d.constructor.isBuffer &&
                d.constructor.isBuffer(d)
              ))
          )
            throw TypeError("expected a buffer or string");
          return ((c.content = c.content.toString()), (c.sections = []), c);
        })(c),
        j = g({}, { section_delimiter: "---", parse: i }, d),
        k = j.section_delimiter,
        l = e.content.split(/\r?\n/),
        m = null,
        n = h(),
        o = [],
        p = [];
      function q(c) {
        ((e.content = c), (m = []), (o = []));
      }
      function r(c) {
        var d, e;
        p.length &&
          ((n.key = ((d = p[0]), (e = k), d ? d.slice(e.length).trim() : "")),
          (n.content = c),
          j.parse(n, m),
          m.push(n),
          (n = h()),
          (o = []),
          (p = []));
      }
      for (var s = 0; s < l.length; s++) {
        var t,
          u,
          v = l[s],
          w = p.length,
          x = v.trim();
        if (
          ((t = x), (u = k), t.slice(0, u.length) === u && t.charAt(u.length + 1) !== u.slice(-1))
        ) {
          if (3 === x.length && 0 !== s) {
            if (0 === w || 2 === w) {
              o.push(v);
              continue;
            }
            (p.push(x), (n.data = o.join("\n")), (o = []));
            continue;
          }
          (null === m && q(o.join("\n")), 2 === w && r(o.join("\n")), p.push(x));
          continue;
        }
        o.push(v);
      }
      return (null === m ? q(o.join("\n")) : r(o.join("\n")), (e.sections = m), e);
    };
  },
  52473,
  (c, d, e) => {
    "use strict";
    d.exports = function (c) {
      return "string" == typeof c && "\uFEFF" === c.charAt(0) ? c.slice(1) : c;
    };
  },
];

//# sourceMappingURL=_0t2jcmvvgrbl-._.js.map
