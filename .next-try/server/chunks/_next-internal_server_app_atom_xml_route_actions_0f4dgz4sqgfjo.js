module.exports = [
  13957,
  (s) => {
    "use strict";
    s.s([]);
  },
];

//# sourceMappingURL=_next-internal_server_app_atom_xml_route_actions_0f4dgz4sqgfjo.js.map
