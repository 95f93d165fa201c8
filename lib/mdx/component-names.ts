/**
 * The components an author may write in a post (`<Callout>`), as the MDX checks know them. The
 * components themselves live in components/mdx/ (lib/ never imports components/): its map must
 * hold exactly these names, which TypeScript (a missing one) and tests/mdx-safety.test.ts (an
 * extra one) enforce. Adding a component: its file and one line in components/mdx/index.ts, and
 * its name here.
 */
export const MDX_COMPONENT_NAMES = ["Callout", "Figure"] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
