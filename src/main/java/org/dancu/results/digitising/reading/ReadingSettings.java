package org.dancu.results.digitising.reading;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How scanned pages are read ({@code dancu.results.reading.*}, docs/results.md "Reading scans").
 *
 * @param tesseract      the Tesseract command (Debian's {@code tesseract-ocr} with {@code tesseract-ocr-vie})
 * @param timeout        how long one page may take before its recogniser is stopped
 * @param concurrentPages how many recognisers run at once, whoever asks; each uses one core
 */
@Validated
@ConfigurationProperties("dancu.results.reading")
public record ReadingSettings(
        @DefaultValue("tesseract") @NotBlank String tesseract,
        @DefaultValue("60s") @NotNull Duration timeout,
        @DefaultValue("2") @Min(1) int concurrentPages) {

    /** The defaults, for readers built outside the application (tests, benchmarks). */
    public static ReadingSettings defaults() {
        return new ReadingSettings("tesseract", Duration.ofSeconds(60), 2);
    }
}
