package org.dancu.results.internal;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the results register ({@code dancu.results.*}, {@code DANCU_RESULTS_*}).
 *
 * @param publicBaseUrl where the public reaches this installation: the online QR link on every
 *                      result is {@code <publicBaseUrl>/r/<public id>}
 */
@Validated
@ConfigurationProperties("dancu.results")
public record ResultsProperties(@NotNull URI publicBaseUrl) {

    /** The online link printed, as a QR code, on a result. */
    public String onlineLink(String publicId) {
        return publicBaseUrl.toString().replaceAll("/+$", "") + "/r/" + publicId;
    }
}
