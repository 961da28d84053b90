/** UI text for the teach domain (see ../index.ts for the conventions). */
export const teach = {} as const;
