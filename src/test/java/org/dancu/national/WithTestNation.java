package org.dancu.national;

import java.io.IOException;

import org.dancu.register.RegisterTestData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For a test class whose code under test looks the national database up when it needs it: the
 * shared context gets a connector to the test nation before the class's tests and loses it after, so
 * the next class sees the context as configured (no connector).
 */
public final class WithTestNation implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext extension) throws IOException {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        RegisterTestData.ensureLoaded(context);
        TestNationConnector.attach(context);
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        TestNationConnector.detach(SpringExtension.getApplicationContext(extension));
    }
}
