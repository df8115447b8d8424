package org.dancu.cleansing;

import static org.assertj.core.api.Assertions.assertThat;

import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Cleansing bootstrapped with the modules it depends on: evaluating a dataset publishes
 * {@link RecordsEvaluated} with the number of records evaluated, which steering recounts on.
 */
@TestPropertySource(properties = "flowable.process.enabled=false")
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CleansingModuleTests {

    @Autowired ApplicationContext context;

    @Test
    void evaluatingADatasetPublishesRecordsEvaluated(Scenario scenario) {
        TestPerson complete = CleansingFixtures.person(context, "M");
        TestPerson noTaxCode = CleansingFixtures.person(context, "F");
        String csv = CleansingFixtures.TAX_HEADER
                + CleansingFixtures.taxRow(complete, complete.pin(), CleansingFixtures.MUONG_THANH, "8600000092")
                + CleansingFixtures.taxRow(noTaxCode, noTaxCode.pin(), CleansingFixtures.MUONG_THANH, "");

        scenario.stimulate(() -> CleansingFixtures.evaluatedDataset(context, csv))
                .andWaitForEventOfType(RecordsEvaluated.class)
                .toArriveAndVerify(event -> assertThat(event.records()).isEqualTo(2));
    }
}
