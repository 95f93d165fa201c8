module.exports = [
  54692,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_authors_%5Bid%5D_page_actions_1qpexgoacg93z.js.map
