package org.dancu.register;

import java.util.Set;

import org.dancu.steering.CountedDataChanged;

/**
 * An import job was applied: {@code added} persons entered the register in one transaction, living in
 * the current {@code communes} named. Carries no personal data; a listener that needs the persons reads
 * them.
 */
public record PersonsImported(long jobId, long added, Set<String> communes) implements CountedDataChanged {

    public PersonsImported {
        communes = Set.copyOf(communes);
    }
}
