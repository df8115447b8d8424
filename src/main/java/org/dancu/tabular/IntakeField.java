package org.dancu.tabular;

import java.util.Collection;

/**
 * A field a column of an uploaded file can fill: its machine name ({@code full_name}), which a header may also
 * read as, and the other header texts that name it, reduced by {@link org.dancu.civil.ColumnHeaders#key}.
 */
public interface IntakeField {

    String key();

    Collection<String> headers();
}
