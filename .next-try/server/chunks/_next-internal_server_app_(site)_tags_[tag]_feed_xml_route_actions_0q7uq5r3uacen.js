module.exports = [
  19441,
  (s) => {
    "use strict";
    s.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_%28site%29_tags_%5Btag%5D_feed_xml_route_actions_0q7uq5r3uacen.js.map
