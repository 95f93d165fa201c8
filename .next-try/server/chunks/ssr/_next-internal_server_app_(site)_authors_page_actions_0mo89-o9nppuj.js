module.exports = [
  51416,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_authors_page_actions_0mo89-o9nppuj.js.map
