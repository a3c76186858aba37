package org.coltrain.ui.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * The diagrams and plots of a run: every SVG under its output folder, rasterised by SWT (the org.eclipse.swt.svg
 * fragment plugs an SVG rasteriser into SWT's image loading).
 */
final class SvgImages {

    private SvgImages() {
    }

    /** The SVG files under {@code folder}, in path order; none if the folder does not exist. */
    static List<Path> under(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".svg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rasterised image (the caller disposes it). */
    static Image load(Display display, Path svg) throws IOException {
        try (InputStream in = Files.newInputStream(svg)) {
            ImageData[] data = new ImageLoader().load(in);
            if (data.length == 0) throw new IOException("no image in " + svg);
            return new Image(display, data[0]);
        } catch (SWTException e) {
            throw new IOException("SWT cannot render " + svg.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
