package org.dancu.steering.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the steering module.
 *
 * @param historyMonths     how far back a recompute asks the sources (env DANCU_STEERING_HISTORY_MONTHS)
 * @param evidenceMaxBytes  the largest evidence file accepted (env DANCU_STEERING_EVIDENCE_MAX_BYTES);
 *                          the servlet container's multipart limit (1 MB by default) also applies
 * @param zone              the province's time zone, which decides what "today" is
 * @param reviewIssuer      the body issuing the six-monthly review in the administrative format
 *                          (env DANCU_STEERING_REVIEW_ISSUER)
 * @param reviewPlace       the place named in its date line (env DANCU_STEERING_REVIEW_PLACE)
 * @param reviewRecipients  its recipients ("Nơi nhận"), the last one usually the archive
 *                          (env DANCU_STEERING_REVIEW_RECIPIENTS_0_, _1_, …)
 * @param followQuiet       after a change of the counted data, how long no further change must come
 *                          before the indicators are recounted (env DANCU_STEERING_FOLLOW_QUIET)
 * @param followLongest     the longest a change waits for its recount while changes keep coming
 *                          (env DANCU_STEERING_FOLLOW_LONGEST)
 */
@ConfigurationProperties("dancu.steering")
public record SteeringProperties(Integer historyMonths, Integer evidenceMaxBytes, String zone, String reviewIssuer,
                                 String reviewPlace, List<String> reviewRecipients, Duration followQuiet,
                                 Duration followLongest) {

    public SteeringProperties {
        historyMonths = historyMonths == null ? 24 : historyMonths;
        evidenceMaxBytes = evidenceMaxBytes == null ? 1_000_000 : evidenceMaxBytes;
        zone = zone == null ? "Asia/Ho_Chi_Minh" : zone;
        reviewIssuer = reviewIssuer == null || reviewIssuer.isBlank() ? "Ban Chỉ đạo Đề án 06 tỉnh Điện Biên"
                : reviewIssuer;
        reviewPlace = reviewPlace == null || reviewPlace.isBlank() ? "Điện Biên" : reviewPlace;
        reviewRecipients = reviewRecipients == null || reviewRecipients.isEmpty()
                ? List.of("Ban Chỉ đạo Đề án 06 Chính phủ (để báo cáo);",
                        "Thường trực Tỉnh uỷ, HĐND tỉnh (để báo cáo);", "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
                        "Thành viên Ban Chỉ đạo;", "Lưu: VT.")
                : List.copyOf(reviewRecipients);
        followQuiet = followQuiet == null ? Duration.ofSeconds(10) : followQuiet;
        followLongest = followLongest == null ? Duration.ofSeconds(45) : followLongest;
        if (historyMonths < 1 || evidenceMaxBytes < 1) {
            throw new IllegalArgumentException("dancu.steering settings must be positive");
        }
    }
}
