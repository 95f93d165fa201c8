self.__SSG_MANIFEST = new Set([
  "\u002Fauthors\u002F[id]",
  "\u002Fblog\u002F[slug]",
  "\u002Fpage\u002F[page]",
  "\u002Ftags\u002F[tag]",
  "\u002Ftags\u002F[tag]\u002Ffeed.xml",
  "\u002Ftags\u002F[tag]\u002Fpage\u002F[page]",
]);
self.__SSG_MANIFEST_CB && self.__SSG_MANIFEST_CB();
