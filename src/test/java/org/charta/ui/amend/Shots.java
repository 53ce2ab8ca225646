package org.charta.ui.amend;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves snapshots of scenes as PNG files into the folder the system property {@value #PROPERTY} names, so that a
 * person can look at what a test saw; without the property nothing is written. Call on the JavaFX thread.
 */
public final class Shots {

    public static final String PROPERTY = "charta.shots";

    private Shots() {
    }

    public static void save(Scene scene, String name) {
        save(scene.getRoot(), name);
    }

    public static void save(Node node, String name) {
        String folder = System.getProperty(PROPERTY);
        if (folder == null || folder.isBlank()) {
            return;
        }
        WritableImage image = node.snapshot(null, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path target = Files.createDirectories(Path.of(folder)).resolve(name + ".png");
            ImageIO.write(buffered, "png", target.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
