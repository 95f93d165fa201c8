module.exports = [
  18622,
  (a, b, c) => {
    b.exports = a.x("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js", () =>
      require("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"),
    );
  },
  33290,
  (a) => {
    "use strict";
    var b = a.i(7997);
    function c() {
      return (0, b.jsx)("script", {
        dangerouslySetInnerHTML: {
          __html:
            '(function(){try{var s=localStorage.getItem("theme");var d=s?s==="dark":matchMedia("(prefers-color-scheme: dark)").matches;var e=document.documentElement;e.classList.toggle("dark",d);e.style.colorScheme=d?"dark":"light"}catch(_){}})()',
        },
      });
    }
    var d = a.i(87359);
    let e = {
      metadataBase: new URL(d.S.url),
      title: { default: d.S.title, template: `%s \xb7 ${d.S.title}` },
      description: d.S.description,
      alternates: {
        types: {
          "application/rss+xml": [{ url: "/feed.xml", title: `${d.S.title} (RSS)` }],
          "application/atom+xml": [{ url: "/atom.xml", title: `${d.S.title} (Atom)` }],
          "application/feed+json": [{ url: "/feed.json", title: `${d.S.title} (JSON Feed)` }],
        },
      },
      openGraph: { siteName: d.S.title, locale: "en", type: "website" },
      twitter: { card: "summary_large_image" },
    };
    a.s(
      [
        "default",
        0,
        function ({ children: a }) {
          return (0, b.jsxs)("html", {
            lang: d.S.language,
            suppressHydrationWarning: !0,
            children: [
              (0, b.jsx)("head", { children: (0, b.jsx)(c, {}) }),
              (0, b.jsx)("body", {
                className: "flex min-h-screen flex-col font-sans",
                children: a,
              }),
            ],
          });
        },
        "metadata",
        0,
        e,
        "viewport",
        0,
        {
          themeColor: [
            { media: "(prefers-color-scheme: light)", color: "#ffffff" },
            { media: "(prefers-color-scheme: dark)", color: "#09090b" },
          ],
        },
      ],
      33290,
    );
  },
  70864,
  function (a) {
    a.n(a.i(33290));
  },
  87359,
  (a) => {
    "use strict";
    let b = {
      title: process.env.SITE_TITLE?.trim() || "Mentor Notes",
      description:
        process.env.SITE_DESCRIPTION?.trim() ||
        "Practical writing from mentors on software, data and careers.",
      url: (process.env.SITE_URL?.trim() || "http://localhost:3000").replace(/\/+$/, ""),
      language: "en",
      defaultAuthor: "The Mentors",
      postsPerPage: 10,
      nav: [
        { label: "Blog", href: "/" },
        { label: "Tags", href: "/tags" },
        { label: "Search", href: "/search" },
      ],
      social: [{ label: "RSS feed", href: "/feed.xml" }],
    };
    a.s([
      "I",
      0,
      function (a) {
        return new URL(a, b.url + "/").toString();
      },
      "S",
      0,
      b,
    ]);
  },
  24951,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(18622);
  },
  7997,
  (a, b, c) => {
    "use strict";
    b.exports = a.r(24951).vendored["react-rsc"].ReactJsxRuntime;
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__0f0ozac9fop6t._.js.map
