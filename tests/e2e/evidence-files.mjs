// Evidence files for the tests of issue 16: two images drawn by the browser (a JPEG carrying a GPS
// location in its EXIF, a PNG) and a small PDF, with their SHA-256 as node computes it.
import { createHash } from 'node:crypto';

export const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

/** An EXIF APP1 segment, little-endian: IFD0 with the orientation and a GPS pointer; the GPS IFD with
 * the latitude reference "N" and 31°12'34" (the same layout as the Rust unit test). */
function exifWithGps() {
  const tiff = Buffer.alloc(92);
  tiff.write('II*\0', 0, 'latin1');
  tiff.writeUInt32LE(8, 4);
  tiff.writeUInt16LE(2, 8);
  Buffer.from([0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]).copy(tiff, 10);
  Buffer.from([0x25, 0x88, 4, 0, 1, 0, 0, 0, 38, 0, 0, 0]).copy(tiff, 22);
  tiff.writeUInt16LE(2, 38);
  Buffer.from([1, 0, 2, 0, 2, 0, 0, 0, 0x4e, 0, 0, 0]).copy(tiff, 40);
  Buffer.from([2, 0, 5, 0, 3, 0, 0, 0, 68, 0, 0, 0]).copy(tiff, 52);
  [31, 1, 12, 1, 34, 1].forEach((value, index) => tiff.writeUInt32LE(value, 68 + 4 * index));
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** Where a JPEG's GPS IFD starts (its entry count), or -1. */
export function gpsEntryCount(jpeg) {
  const tiff = jpeg.indexOf(Buffer.from('Exif\0\0', 'latin1')) + 6;
  return tiff < 6 ? -1 : jpeg.readUInt16LE(tiff + 38);
}

/** A PDF of one A6 page with `line` written on it, its cross-reference table at the right offsets. */
function onePagePdf(line) {
  const content = `BT /F1 14 Tf 20 360 Td (${line}) Tj ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 298 420]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>',
    `<</Length ${content.length}>>\nstream\n${content}\nendstream`,
    '<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const at = text.length;
    text += `${index + 1} 0 obj ${object} endobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer <</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** The three files as `setInputFiles` takes them, drawn in `page` (any page of the app). */
export async function evidenceFiles(page) {
  const [jpeg, png] = await page.evaluate(async () => {
    const draw = async (type, colour, label) => {
      const canvas = document.createElement('canvas');
      canvas.width = 480;
      canvas.height = 360;
      const pen = canvas.getContext('2d');
      pen.fillStyle = colour;
      pen.fillRect(0, 0, 480, 360);
      pen.fillStyle = '#fff';
      pen.font = 'bold 64px sans-serif';
      pen.fillText(label, 40, 200);
      const blob = await new Promise((done) => canvas.toBlob(done, type, 0.9));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    };
    return [await draw('image/jpeg', '#b45309', 'ZIPPER'), await draw('image/png', '#1d4ed8', 'CHAT')];
  });
  const plainJpeg = Buffer.from(jpeg);
  const app0End = 4 + plainJpeg.readUInt16BE(4);
  const located = Buffer.concat([plainJpeg.subarray(0, app0End), exifWithGps(), plainJpeg.subarray(app0End)]);
  const pdf = onePagePdf('ORDER 3901234567890  RMB 199.50');
  return {
    images: [
      { name: '拉链断了.jpg', mimeType: 'image/jpeg', buffer: located },
      { name: 'chat.png', mimeType: 'image/png', buffer: Buffer.from(png) },
    ],
    pdf: { name: '订单详情.pdf', mimeType: 'application/pdf', buffer: pdf },
  };
}

/** The cards on the evidence step: name and fingerprint of each, sorted by name. */
export async function cards(page) {
  const list = await page.$$eval('[data-testid=file-card]', (cards) => cards.map((card) => ({
    name: card.querySelector('[data-testid=file-name]').textContent,
    sha256: card.dataset.sha256,
  })));
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

/** Waits until every image thumbnail on the page has loaded and has pixels. */
export async function thumbnailsLoaded(page, count) {
  await page.waitForFunction((count) => {
    const images = [...document.querySelectorAll('[data-testid=file-image]')];
    return images.length === count && images.every((image) => image.complete && image.naturalWidth > 0);
  }, count);
}
