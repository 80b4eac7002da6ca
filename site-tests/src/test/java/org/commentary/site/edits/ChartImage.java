package org.commentary.site.edits;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** A small bar chart as a real PNG file, the kind of image an editor saves beside an article. */
public final class ChartImage {

    private ChartImage() {
    }

    /** Writes a 240×120 PNG with one bar per value (values in 0..1) to {@code file}. */
    public static void write(Path file, double... values) throws IOException {
        int width = 240;
        int height = 120;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(new Color(0x1f4e79));
            int slot = width / Math.max(1, values.length);
            for (int i = 0; i < values.length; i++) {
                int bar = (int) Math.round(values[i] * (height - 10));
                graphics.fillRect(i * slot + slot / 4, height - bar, slot / 2, bar);
            }
        } finally {
            graphics.dispose();
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer in this JVM");
        }
    }
}
