/** Stored names are generated: `<24 hex>.<type>`. Nothing a user typed becomes a path. */
export const MEDIA_NAME = /^[a-f0-9]{24}\.(png|jpg|webp|gif|avif)$/;

export const mediaUrl = (name: string) => `/media/${name}`;
