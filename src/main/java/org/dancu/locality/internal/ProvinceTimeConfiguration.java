package org.dancu.locality.internal;

import org.dancu.civil.ProvinceTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The province's clock for every module: the zone is a property of the province the installation serves. */
@Configuration(proxyBeanMethods = false)
class ProvinceTimeConfiguration {

    @Bean
    ProvinceTime provinceTime(LocalityProperties properties) {
        return new ProvinceTime(properties.zone());
    }
}
