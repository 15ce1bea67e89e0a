package org.steplens.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a PNG with text chunks: {@code Title}, {@code Software}, {@code Description} (the provenance as lines)
 * and one {@code steplens.<field>} chunk per provenance field. Latin-1 text goes into {@code tEXt}, anything
 * else into UTF-8 {@code iTXt}.
 */
final class PngWriter {
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngWriter() {
    }

    static void write(BufferedImage image, String title, Provenance provenance, OutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(FORMAT, textTree(chunks(title, provenance)));
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** The keyword → text pairs that go into the file. */
    static Map<String, String> chunks(String title, Provenance provenance) {
        Map<String, String> chunks = new LinkedHashMap<>();
        chunks.put("Title", title);
        chunks.put("Software", "StepLens " + (provenance == null ? StepLensVersion.current() : provenance.version()));
        if (provenance != null) {
            chunks.put("Description", String.join("\n", provenance.lines()));
            chunks.put("Creation Time", provenance.created().toString());
            provenance.entries().forEach((k, v) -> chunks.put("steplens." + k, v));
        }
        return chunks;
    }

    private static IIOMetadataNode textTree(Map<String, String> chunks) throws IIOInvalidTreeException {
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode text = new IIOMetadataNode("tEXt");
        IIOMetadataNode international = new IIOMetadataNode("iTXt");
        chunks.forEach((keyword, value) -> {
            if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(value)) {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", keyword);
                entry.setAttribute("value", value);
                text.appendChild(entry);
            } else {
                IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
                entry.setAttribute("keyword", keyword);
                entry.setAttribute("compressionFlag", "FALSE");
                entry.setAttribute("compressionMethod", "0");
                entry.setAttribute("languageTag", "");
                entry.setAttribute("translatedKeyword", "");
                entry.setAttribute("text", value);
                international.appendChild(entry);
            }
        });
        if (text.hasChildNodes()) {
            root.appendChild(text);
        }
        if (international.hasChildNodes()) {
            root.appendChild(international);
        }
        return root;
    }
}
