module.exports = [
  68933,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_search_page_actions_0um2lhezw2i1p.js.map
