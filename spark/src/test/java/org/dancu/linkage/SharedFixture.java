package org.dancu.linkage;

import java.util.List;

/** The engine's own synthetic test fixture ({@link TrainingFixture}), opened to the Spark runner's tests. */
public final class SharedFixture {

    private SharedFixture() {
    }

    public static List<PersonRecord> register(int size) {
        return TrainingFixture.register(size);
    }

    public static List<PersonRecord> records(List<PersonRecord> register, int size, int outsiders) {
        return TrainingFixture.records(register, size, outsiders);
    }
}
