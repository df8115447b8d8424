package org.dancu.jobs;

import java.util.List;

/**
 * Words a {@link JobHandler} gives the jobs page: a message key of its module's bundle and the key's arguments
 * (a dataset's title, a partner's name), never personal data.
 */
public record JobWords(String key, List<Object> arguments) {

    public JobWords {
        arguments = List.copyOf(arguments);
    }

    public static JobWords of(String key, Object... arguments) {
        return new JobWords(key, List.of(arguments));
    }
}
