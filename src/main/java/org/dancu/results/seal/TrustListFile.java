package org.dancu.results.seal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.dancu.cluster.ChangeSignals;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a copy of the published trust list beside the installation's data ({@code dancu.results.seal.trust-list-file},
 * by default {@code data/results-trust-list.json}), where {@code ./dancu verify-result} reads it when no
 * {@code --trust-list} is given: written at start and again whenever a key is made, rotated or withdrawn on any
 * instance. The list is public, so the copy holds nothing secret; an empty setting writes none.
 */
@Component
class TrustListFile {

    private final PublishedLists published;
    private final Path file;

    TrustListFile(PublishedLists published, SealProperties properties, ChangeSignals signals) {
        this.published = published;
        this.file = properties.trustListFile().isBlank() ? null : Path.of(properties.trustListFile());
        signals.onChange(ProvinceKeys.TOPIC, this::write);
    }

    @EventListener(ApplicationReadyEvent.class)
    void write() {
        if (file == null) {
            return;
        }
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path next = absolute.resolveSibling(absolute.getFileName() + ".new");
            Files.writeString(next, published.trustList().toJson(), StandardCharsets.UTF_8);
            Files.move(next, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trust list to " + file, e);
        }
    }
}
