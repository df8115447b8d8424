package org.dancu.steering.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the steering module.
 *
 * @param historyMonths     how far back a recompute asks the sources (env DANCU_STEERING_HISTORY_MONTHS)
 * @param evidenceMaxBytes  the largest evidence file accepted (env DANCU_STEERING_EVIDENCE_MAX_BYTES);
 *                          the servlet container's multipart limit (1 MB by default) also applies
 * @param zone              the province's time zone, which decides what "today" is
 */
@ConfigurationProperties("dancu.steering")
record SteeringProperties(Integer historyMonths, Integer evidenceMaxBytes, String zone) {

    SteeringProperties {
        historyMonths = historyMonths == null ? 24 : historyMonths;
        evidenceMaxBytes = evidenceMaxBytes == null ? 1_000_000 : evidenceMaxBytes;
        zone = zone == null ? "Asia/Ho_Chi_Minh" : zone;
        if (historyMonths < 1 || evidenceMaxBytes < 1) {
            throw new IllegalArgumentException("dancu.steering settings must be positive");
        }
    }
}
