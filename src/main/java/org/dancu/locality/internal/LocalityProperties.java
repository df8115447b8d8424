package org.dancu.locality.internal;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the locality module.
 *
 * @param province GSO code of the province this installation serves ({@code DANCU_PROVINCE});
 *                 Điện Biên, 11, by default
 * @param zone     the province's time zone ({@code DANCU_ZONE}), in which every page shows dates
 *                 and times and reads the dates typed into it
 */
@ConfigurationProperties("dancu.locality")
public record LocalityProperties(@DefaultValue("11") String province,
                                 @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
