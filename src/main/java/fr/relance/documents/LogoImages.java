package fr.relance.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The creditor's logo as the letters print it: decoded once, flattened onto white in RGB (PDF/A: no soft mask, no
 * CMYK without a matching output intent), scaled down to 300 dpi at the size of the letterhead's logo box so that a
 * photo-sized file does not weigh down every letter; embedded once per document.
 */
final class LogoImages {

    /** The letterhead's logo box, in millimetres. */
    static final double BOX_WIDTH_MM = 55;
    static final double BOX_HEIGHT_MM = 20;
    private static final int MAX_WIDTH_PX = (int) Math.round(BOX_WIDTH_MM / 25.4 * 300);
    private static final int MAX_HEIGHT_PX = (int) Math.round(BOX_HEIGHT_MM / 25.4 * 300);

    /** Encoded logos by content, the last few (a company has one logo; tests and previews switch a little). */
    private final Map<Key, Encoded> encoded = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Encoded> eldest) {
            return size() > 4;
        }
    };

    /**
     * The image as the PDF stores it: RGB samples, Flate-compressed once (a preview refresh or a batch of a
     * thousand letters does not compress the logo again); null when the bytes are not an image Java can read.
     */
    Encoded decode(byte[] bytes) {
        Key key = new Key(bytes);
        Encoded image = encoded.get(key);
        if (image == null) {
            BufferedImage flat = read(bytes);
            if (flat == null) {
                return null;
            }
            image = Encoded.of(flat);
            encoded.put(new Key(bytes.clone()), image);
        }
        return image;
    }

    /** RGB samples, 8 bits each, row after row, deflated. */
    record Encoded(int width, int height, byte[] deflated) {

        static Encoded of(BufferedImage image) {
            int width = image.getWidth();
            int height = image.getHeight();
            int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
            byte[] rgb = new byte[argb.length * 3];
            for (int i = 0; i < argb.length; i++) {
                rgb[3 * i] = (byte) (argb[i] >> 16);
                rgb[3 * i + 1] = (byte) (argb[i] >> 8);
                rgb[3 * i + 2] = (byte) argb[i];
            }
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try {
                deflater.setInput(rgb);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream(rgb.length / 4 + 64);
                byte[] buffer = new byte[16 * 1024];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return new Encoded(width, height, out.toByteArray());
            } finally {
                deflater.end();
            }
        }
    }

    /** Embeds images into one document, each distinct logo once. */
    final class Embedder {
        private final PDDocument document;
        private final Map<Encoded, PDImageXObject> embedded = new IdentityHashMap<>();

        Embedder(PDDocument document) {
            this.document = document;
        }

        /** @return null when the bytes cannot be decoded (the check refuses such a letter before) */
        PDImageXObject embed(byte[] bytes) throws IOException {
            Encoded image = decode(bytes);
            if (image == null) {
                return null;
            }
            PDImageXObject xobject = embedded.get(image);
            if (xobject == null) {
                xobject = new PDImageXObject(document, new ByteArrayInputStream(image.deflated()),
                        COSName.FLATE_DECODE, image.width(), image.height(), 8, PDDeviceRGB.INSTANCE);
                embedded.put(image, xobject);
            }
            return xobject;
        }
    }

    private static BufferedImage read(byte[] bytes) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null; // a truncated or corrupt file: the caller says so in the user's words
        }
        if (source == null || source.getWidth() <= 0 || source.getHeight() <= 0) {
            return null;
        }
        double scale = Math.min(1.0, Math.min((double) MAX_WIDTH_PX / source.getWidth(),
                (double) MAX_HEIGHT_PX / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage flat = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // Area averaging keeps a logo crisp when it is scaled down a lot; drawn as is otherwise.
            g.drawImage(scale < 1.0 ? source.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING) : source,
                    0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    private record Key(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(bytes, key.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "logo of " + bytes.length + " bytes";
        }
    }
}
