package org.dancu.register.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the population register ({@code dancu.register.*}, or {@code DANCU_REGISTER_*} in the
 * environment). See docs/register.md and docs/configuration.md.
 *
 * @param keyset         the Tink keyset (JSON) that encrypts phone numbers and e-mail addresses at
 *                       rest; when given it wins over the file, so production can pass it from a
 *                       secret store without writing it to disk
 * @param keysetFile     the file holding that keyset; empty means no file
 * @param generateKeyset when no keyset is given: create one (written to {@code keysetFile} if one is
 *                       named, else kept in memory only, which suits throw-away test databases);
 *                       off in production, where a missing keyset stops the start
 */
@ConfigurationProperties("dancu.register")
public record RegisterProperties(
        @DefaultValue("") String keyset,
        @DefaultValue("") String keysetFile,
        @DefaultValue("true") boolean generateKeyset) {
}
