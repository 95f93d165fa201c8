import { UserError } from "@/lib/actions/result";

/** An upload or a deletion refused for a reason the mentor can act on; nothing was changed. */
export class MediaError extends UserError {}
