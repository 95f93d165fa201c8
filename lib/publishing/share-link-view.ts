/** A share link as the editor lists it: never its token, which only its maker ever saw. */
export type ShareLinkView = {
  id: string;
  /** The name of the mentor who made it. */
  createdBy: string;
  expiresAt: string;
  /** "expires in 47 hours, on 4 December at 09:30 UTC" */
  expiry: string;
};
