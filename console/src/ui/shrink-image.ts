/**
 * Shrinks a picked image file to fit `size`×`size` (cropped to a centred square) and returns it as
 * a data URL small enough for the server's avatar limit (32,000 characters): WebP where the
 * browser encodes it, else JPEG, lowering quality until it fits. `null` for a file that is not
 * an image the browser can decode.
 */
export async function shrinkImage(file: File, size = 128, maxChars = 32_000): Promise<string | null> {
  if (!/^image\/(png|jpeg|webp|gif)$/.test(file.type)) return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const side = Math.min(bitmap.width, bitmap.height);
  context.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, size, size);
  bitmap.close();
  for (const quality of [0.9, 0.8, 0.65, 0.5]) {
    const webp = canvas.toDataURL('image/webp', quality);
    const url = webp.startsWith('data:image/webp') ? webp : canvas.toDataURL('image/jpeg', quality);
    if (url.length <= maxChars) return url;
  }
  return null;
}
