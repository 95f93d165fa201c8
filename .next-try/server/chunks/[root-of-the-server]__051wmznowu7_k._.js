module.exports = [
  874,
  (e, r, t) => {
    r.exports = e.x("buffer", () => require("buffer"));
  },
  54799,
  (e, r, t) => {
    r.exports = e.x("crypto", () => require("crypto"));
  },
  22734,
  (e, r, t) => {
    r.exports = e.x("fs", () => require("fs"));
  },
  70406,
  (e, r, t) => {
    r.exports = e.x("next/dist/compiled/@opentelemetry/api", () =>
      require("next/dist/compiled/@opentelemetry/api"),
    );
  },
  18622,
  (e, r, t) => {
    r.exports = e.x("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js", () =>
      require("next/dist/compiled/next-server/app-page-turbo.runtime.prod.js"),
    );
  },
  56704,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/app-render/work-async-storage.external.js", () =>
      require("next/dist/server/app-render/work-async-storage.external.js"),
    );
  },
  32319,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/app-render/work-unit-async-storage.external.js", () =>
      require("next/dist/server/app-render/work-unit-async-storage.external.js"),
    );
  },
  59043,
  (e, r, t) => {
    r.exports = e.x("next/dist/server/runtime-reacts.external.js", () =>
      require("next/dist/server/runtime-reacts.external.js"),
    );
  },
  93695,
  (e, r, t) => {
    r.exports = e.x("next/dist/shared/lib/no-fallback-error.external.js", () =>
      require("next/dist/shared/lib/no-fallback-error.external.js"),
    );
  },
  2157,
  (e, r, t) => {
    r.exports = e.x("node:fs", () => require("node:fs"));
  },
  50227,
  (e, r, t) => {
    r.exports = e.x("node:path", () => require("node:path"));
  },
  81111,
  (e, r, t) => {
    r.exports = e.x("node:stream", () => require("node:stream"));
  },
  14747,
  (e, r, t) => {
    r.exports = e.x("path", () => require("path"));
  },
  88947,
  (e, r, t) => {
    r.exports = e.x("stream", () => require("stream"));
  },
  24361,
  (e, r, t) => {
    r.exports = e.x("util", () => require("util"));
  },
  13233,
  (e) => {
    "use strict";
    let r = {
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
    e.s([
      "I",
      0,
      function (e) {
        return new URL(e, r.url + "/").toString();
      },
      "S",
      0,
      r,
    ]);
  },
];

//# sourceMappingURL=%5Broot-of-the-server%5D__051wmznowu7_k._.js.map
