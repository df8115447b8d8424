package org.dancu.steering.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SteeringProperties.class)
@EnableScheduling
class SteeringConfiguration {

    /** "Today" in the province, not on the server: a month closes at midnight in Điện Biên. */
    @Bean
    Today steeringToday(SteeringProperties properties) {
        return new Today(Clock.system(ZoneId.of(properties.zone())));
    }
}
