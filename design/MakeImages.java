import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws the site's icons and its default share image into assets/images/ (run from the repository root:
 * {@code java -Djava.awt.headless=true design/MakeImages.java}). The mark is a ledger page: three ruled lines
 * and a dot, in the site's accent and paper colours (assets/css/site.css). The outputs are committed, so the
 * build never runs this; run it again after changing the collection's name or tagline.
 */
public final class MakeImages {

    private static final Color ACCENT = new Color(0x8a2b1f);
    private static final Color PAPER = new Color(0xfbfaf7);
    private static final Color INK = new Color(0x1d1c1a);
    private static final Color INK_SOFT = new Color(0x55524c);
    private static final Color MARK = new Color(0xf6e39a);

    private MakeImages() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/images");
        String name = args.length > 1 ? args[1] : "The Commentary Ledger";
        String tagline = args.length > 2 ? args[2] : "Commentary on world affairs, republished with attribution";
        Files.createDirectories(out);
        Files.writeString(out.resolve("favicon.svg"), svg(), StandardCharsets.UTF_8);
        ImageIO.write(icon(32), "png", out.resolve("favicon-32.png").toFile());
        ImageIO.write(icon(180), "png", out.resolve("apple-touch-icon.png").toFile());
        ImageIO.write(share(name, tagline), "png", out.resolve("share.png").toFile());
    }

    /** The mark as SVG, on a 64-unit square: the same shapes {@link #drawMark} draws. */
    static String svg() {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
                  <rect width="64" height="64" rx="12" fill="#8a2b1f"/>
                  <path d="M15 20h34M15 32h34M15 44h20" stroke="#fbfaf7" stroke-width="5" stroke-linecap="round"/>
                  <circle cx="46" cy="44" r="5.5" fill="#f6e39a"/>
                </svg>
                """;
    }

    static BufferedImage icon(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        drawMark(g, 0, 0, size);
        g.dispose();
        return image;
    }

    // The mark at (x, y), size pixels square, in units of a 64-unit square.
    static void drawMark(Graphics2D g, double x, double y, double size) {
        double u = size / 64.0;
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Double(x, y, size, size, 24 * u, 24 * u));
        g.setColor(PAPER);
        g.setStroke(new BasicStroke((float) (5 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(x + 15 * u, y + 20 * u, x + 49 * u, y + 20 * u));
        g.draw(new java.awt.geom.Line2D.Double(x + 15 * u, y + 32 * u, x + 49 * u, y + 32 * u));
        g.draw(new java.awt.geom.Line2D.Double(x + 15 * u, y + 44 * u, x + 35 * u, y + 44 * u));
        g.setColor(MARK);
        g.fill(new Ellipse2D.Double(x + 40.5 * u, y + 38.5 * u, 11 * u, 11 * u));
    }

    /** 1200 x 630, the size Open Graph readers show large and crop least. */
    static BufferedImage share(String name, String tagline) {
        BufferedImage image = new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(PAPER);
        g.fillRect(0, 0, 1200, 630);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 24, 630);
        drawMark(g, 96, 72, 112);
        g.setColor(INK);
        Font title = new Font(Font.SERIF, Font.BOLD, 84);
        int y = 290;
        for (String line : wrap(g, title, name, 1000)) {
            g.setFont(title);
            g.drawString(line, 96, y);
            y += 92;
        }
        g.setColor(INK_SOFT);
        Font sub = new Font(Font.SANS_SERIF, Font.PLAIN, 38);
        for (String line : wrap(g, sub, tagline, 1000)) {
            g.setFont(sub);
            g.drawString(line, 96, y + 10);
            y += 50;
        }
        g.dispose();
        return image;
    }

    private static List<String> wrap(Graphics2D g, Font font, String text, int width) {
        FontMetrics metrics = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(tried) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
