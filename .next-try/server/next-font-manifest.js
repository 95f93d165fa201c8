self.__NEXT_FONT_MANIFEST =
  '{\n  "app": {\n    "[project]/app/(site)/blog/[slug]/page": []\n  },\n  "appUsingSizeAdjust": false,\n  "pages": {},\n  "pagesUsingSizeAdjust": false\n}';
