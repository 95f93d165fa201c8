import { UserError } from "@/lib/errors";

/** An upload or a deletion refused for a reason the mentor can act on; nothing was changed. */
export class MediaError extends UserError {}
