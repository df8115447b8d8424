package org.dancu.national.internal;

import org.dancu.register.RegisteredPersons;
import org.dancu.nationalsim.NationalSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tests against a simulated nation of the test register, started for each test over real HTTP. */
@SpringBootTest
abstract class SimulatedNationTests {

    @Autowired ApplicationContext context;
    @Autowired RegisteredPersons register;
    @Autowired JdbcClient jdbc;

    NationalSimulator nation;
    JdbcClient owner;

    @AfterAll
    static void stop() {
        TestNation.closeAll();
    }

    @BeforeEach
    void start() throws Exception {
        nation = TestNation.simulator(context, 0);
        owner = TestNation.owner(context);
    }
}
