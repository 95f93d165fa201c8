module.exports = [
  10609,
  (a) => {
    "use strict";
    var b = a.i(87924),
      c = a.i(72131);
    a.s([
      "CopyButton",
      0,
      function () {
        let [a, d] = (0, c.useState)(!1);
        return (0, b.jsxs)("button", {
          type: "button",
          className: "copy-button",
          onClick: async (a) => {
            let b = a.currentTarget.closest("[data-code-block]")?.querySelector("pre")?.innerText;
            void 0 !== b &&
              (await navigator.clipboard.writeText(b), d(!0), setTimeout(() => d(!1), 2e3));
          },
          children: [
            (0, b.jsx)("span", { "aria-live": "polite", children: a ? "Copied" : "Copy" }),
            (0, b.jsx)("span", { className: "sr-only", children: " code" }),
          ],
        });
      },
    ]);
  },
];

//# sourceMappingURL=components_mdx_copy-button_tsx_1ybl5haro80sh._.js.map
