package org.dancu;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** The dancu application: every module below this package is wired into one Spring context. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "dancu")
public class DancuApplication {
}
