self.__RSC_SERVER_MANIFEST =
  '{\n  "node": {},\n  "edge": {},\n  "encryptionKey": "8zzjaN8i9fIR+o5AzTi5oVVXBFPM6KgptxK7N3WOXNY="\n}';
