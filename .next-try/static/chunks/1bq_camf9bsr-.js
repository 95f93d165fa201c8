(globalThis.TURBOPACK || (globalThis.TURBOPACK = [])).push([
  "object" == typeof document ? document.currentScript : void 0,
  33861,
  (e) => {
    "use strict";
    var t = e.i(43476),
      o = e.i(71645);
    e.s([
      "CopyButton",
      0,
      function () {
        let [e, i] = (0, o.useState)(!1);
        return (0, t.jsxs)("button", {
          type: "button",
          className: "copy-button",
          onClick: async (e) => {
            let t = e.currentTarget.closest("[data-code-block]")?.querySelector("pre")?.innerText;
            void 0 !== t &&
              (await navigator.clipboard.writeText(t), i(!0), setTimeout(() => i(!1), 2e3));
          },
          children: [
            (0, t.jsx)("span", { "aria-live": "polite", children: e ? "Copied" : "Copy" }),
            (0, t.jsx)("span", { className: "sr-only", children: " code" }),
          ],
        });
      },
    ]);
  },
]);
