package org.dancu.locality.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the locality module.
 *
 * @param province GSO code of the province this installation serves ({@code DANCU_PROVINCE});
 *                 Điện Biên, 11, by default
 */
@ConfigurationProperties("dancu.locality")
public record LocalityProperties(@DefaultValue("11") String province) {
}
