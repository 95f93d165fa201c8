/**
 * Builds the browser tests' folders before a server's build (playwright.config.ts): the reader
 * server's content, or with the `admin` argument the admin server's content, data and sign-in
 * folders. Both start from `e2e/fixtures/content/`, never the repo's `content/`.
 */
import {
  ADMIN_CONTENT_DIR,
  ADMIN_DATA_DIR,
  AUTH_STATE_DIR,
  E2E_CONTENT_DIR,
  E2E_DATA_DIR,
} from "./env";
import { prepareAdminContent, prepareReaderContent } from "./content-folders";
import { writePhonePhotos } from "./phone-photo";

if (process.argv[2] === "admin") {
  prepareAdminContent(ADMIN_CONTENT_DIR, ADMIN_DATA_DIR, AUTH_STATE_DIR);
  console.log(`E2E admin content ready in ${ADMIN_CONTENT_DIR}`);
} else {
  prepareReaderContent(E2E_CONTENT_DIR, E2E_DATA_DIR);
  // Before the build: the post pages that show it are measured and rendered then.
  await writePhonePhotos(E2E_DATA_DIR);
  console.log(`E2E content ready in ${E2E_CONTENT_DIR}`);
}
