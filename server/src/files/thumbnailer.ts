import sharp from 'sharp';

// Each thumbnail is made once and stored: libvips' operation cache would only hold memory.
sharp.cache(false);

/** Makes a thumbnail of the image at `from` into `to`; rejects when the image cannot be read. */
export type Thumbnailer = (from: string, to: string) => Promise<void>;

/**
 * Thumbnails with sharp (libvips, shipped prebuilt inside its npm packages): at most 320×320,
 * never enlarged, WebP, first frame of an animation. Decoding also proves the image is one.
 */
export const sharpThumbnailer: Thumbnailer = async (from, to) => {
  await sharp(from, { limitInputPixels: 100_000_000 }).rotate().resize(320, 320, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toFile(to);
};
