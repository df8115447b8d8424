package org.dancu.steering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.pdf.BaseFont;

import org.springframework.core.io.ClassPathResource;

/**
 * The one Unicode font the application's PDFs embed (DejaVu Sans, regular and bold), so Vietnamese
 * diacritics print on any reader without relying on fonts installed where the file is opened: the
 * six-monthly review, the results register's renditions.
 */
public final class DocumentFonts {

    private static final BaseFont REGULAR = font("steering/fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("steering/fonts/DejaVuSans-Bold.ttf");

    private DocumentFonts() {
    }

    public static BaseFont regular() {
        return REGULAR;
    }

    public static BaseFont bold() {
        return BOLD;
    }

    private static BaseFont font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
