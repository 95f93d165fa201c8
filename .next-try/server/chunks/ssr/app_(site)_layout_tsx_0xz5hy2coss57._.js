module.exports = [
  5425,
  (a) => {
    "use strict";
    var b = a.i(7997),
      c = a.i(15329),
      d = a.i(6562);
    a.s([
      "default",
      0,
      function ({ children: a }) {
        return (0, b.jsxs)(b.Fragment, {
          children: [
            (0, b.jsx)(d.f, {}),
            (0, b.jsx)("main", {
              id: "main",
              className: "mx-auto w-full max-w-5xl flex-1 px-4 py-8",
              children: a,
            }),
            (0, b.jsx)(c.f, {}),
          ],
        });
      },
    ]);
  },
  89858,
  function (a) {
    a.n(a.i(5425));
  },
];

//# sourceMappingURL=app_%28site%29_layout_tsx_0xz5hy2coss57._.js.map
