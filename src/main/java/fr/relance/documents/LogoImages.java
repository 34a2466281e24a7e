package fr.relance.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
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

    /** Decoded logos by content, the last few (a company has one logo; tests and previews switch a little). */
    private final Map<Key, BufferedImage> decoded = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, BufferedImage> eldest) {
            return size() > 4;
        }
    };

    /** The image ready to embed; null when the bytes are not an image Java can read. */
    BufferedImage decode(byte[] bytes) {
        Key key = new Key(bytes);
        BufferedImage image = decoded.get(key);
        if (image == null) {
            image = read(bytes);
            if (image == null) {
                return null;
            }
            decoded.put(new Key(bytes.clone()), image);
        }
        return image;
    }

    /** Embeds images into one document, each distinct logo once. */
    final class Embedder {
        private final PDDocument document;
        private final Map<BufferedImage, PDImageXObject> embedded = new IdentityHashMap<>();

        Embedder(PDDocument document) {
            this.document = document;
        }

        /** @return null when the bytes cannot be decoded (the check refuses such a letter before) */
        PDImageXObject embed(byte[] bytes) throws IOException {
            BufferedImage image = decode(bytes);
            if (image == null) {
                return null;
            }
            PDImageXObject xobject = embedded.get(image);
            if (xobject == null) {
                xobject = LosslessFactory.createFromImage(document, image);
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
