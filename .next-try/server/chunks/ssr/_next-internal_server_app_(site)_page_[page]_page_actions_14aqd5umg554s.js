module.exports = [
  42673,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_page_%5Bpage%5D_page_actions_14aqd5umg554s.js.map
