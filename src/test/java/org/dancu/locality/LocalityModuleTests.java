package org.dancu.locality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The locality module bootstrapped on its own, without any other module: it loads its reference data
 * into its tables and answers the deployment province and the current commune of a code from them.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest
class LocalityModuleTests {

    @Autowired Localities localities;

    @Test
    void standsAloneWithItsDataAndTheCommuneRule() {
        assertThat(localities.deploymentProvince().fullName()).isEqualTo("Tỉnh Điện Biên");
        assertThat(localities.currentCommune("03124", CommuneHistory.REFORM_2025).currentCode()).contains("03334");
    }
}
