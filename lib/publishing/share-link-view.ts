/** A share link as the editor lists it: never its token, which only its maker ever saw. */
export type ShareLinkView = {
  id: string;
  /** The name of the mentor who made it. */
  createdBy: string;
  /** When it stops working (ISO): the editor says so in the mentor's zone (expiryInWords). */
  expiresAt: string;
};
