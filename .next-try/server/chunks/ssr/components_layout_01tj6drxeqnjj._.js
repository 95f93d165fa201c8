module.exports = [
  32165,
  (a) => {
    "use strict";
    var b = a.i(72131);
    a.s([
      "SearchShortcut",
      0,
      function ({ inputId: a }) {
        return (
          (0, b.useEffect)(() => {
            let b = (b) => {
              let c = b.target,
                d = c?.closest("input, textarea, select, [contenteditable='true']");
              if ("/" !== b.key || d || b.ctrlKey || b.metaKey || b.altKey) return;
              let e = document.getElementById(a);
              e && (b.preventDefault(), e.focus());
            };
            return (
              window.addEventListener("keydown", b),
              () => window.removeEventListener("keydown", b)
            );
          }, [a]),
          null
        );
      },
    ]);
  },
  56363,
  (a) => {
    "use strict";
    var b = a.i(87924),
      c = a.i(72131);
    function d(a) {
      let b = new MutationObserver(a);
      return (
        b.observe(document.documentElement, { attributes: !0, attributeFilter: ["class"] }),
        () => b.disconnect()
      );
    }
    let e = () => document.documentElement.classList.contains("dark");
    a.s([
      "ThemeToggle",
      0,
      function () {
        let a = (0, c.useSyncExternalStore)(d, e, () => !1);
        return (0, b.jsx)("button", {
          type: "button",
          "aria-pressed": a,
          "aria-label": "Dark theme",
          title: a ? "Switch to light theme" : "Switch to dark theme",
          className: "rounded-md p-2 text-muted hover:text-accent",
          onClick: () => {
            let a = !e();
            (document.documentElement.classList.toggle("dark", a),
              (document.documentElement.style.colorScheme = a ? "dark" : "light"));
            try {
              localStorage.setItem("theme", a ? "dark" : "light");
            } catch {}
          },
          children: (0, b.jsx)("svg", {
            "aria-hidden": "true",
            width: "20",
            height: "20",
            viewBox: "0 0 24 24",
            fill: "none",
            stroke: "currentColor",
            strokeWidth: "2",
            children: a
              ? (0, b.jsx)("path", { d: "M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" })
              : (0, b.jsxs)(b.Fragment, {
                  children: [
                    (0, b.jsx)("circle", { cx: "12", cy: "12", r: "4" }),
                    (0, b.jsx)("path", {
                      d: "M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4",
                    }),
                  ],
                }),
          }),
        });
      },
    ]);
  },
];

//# sourceMappingURL=components_layout_01tj6drxeqnjj._.js.map
