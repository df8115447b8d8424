package org.dancu.cleansing;

import java.util.List;

/**
 * The quality figures of the sectoral datasets, for the steering dashboard and any other reader of
 * aggregates. Counts only, no personal data, over every dataset of the province (not scoped: a
 * caller that shows them to an officer restricts by its own rules). A period is a dataset's year
 * ({@code "2024"}); null means every period.
 */
public interface CleansingFigures {

    /** One figure per commune (current code of the record's scope commune) for a sector; null sector = all. */
    List<QualityFigure> byCommune(Sector sector, String period);

    /** One figure per sector (key = {@link Sector#name()}). */
    List<QualityFigure> bySector(String period);

    /** One figure per source agency (key = agency code) for a sector; null sector = all. */
    List<QualityFigure> byAgency(Sector sector, String period);

    /** The figure of one dataset (key = dataset id). */
    QualityFigure ofDataset(long datasetId);
}
