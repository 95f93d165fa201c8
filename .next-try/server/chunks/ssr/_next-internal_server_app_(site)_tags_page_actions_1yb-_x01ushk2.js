module.exports = [
  35862,
  (a) => {
    "use strict";
    a.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_tags_page_actions_1yb-_x01ushk2.js.map
