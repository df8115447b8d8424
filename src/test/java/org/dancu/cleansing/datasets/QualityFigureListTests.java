package org.dancu.cleansing.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dancu.cleansing.CleansingFixtures;
import org.dancu.register.Officers;
import org.dancu.cleansing.Criterion;
import org.dancu.cleansing.QualityFigure;
import org.dancu.cleansing.Sector;
import org.dancu.cleansing.evaluation.Verdict;
import org.dancu.cleansing.figures.RecordList;
import org.dancu.security.Role;
import org.dancu.security.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

/**
 * Every figure of the cleansing figures page is the total of the record list it links to, for every
 * officer who sees it (the steering figures' drill-down is checked in steering).
 */
@SpringBootTest
@AutoConfigureMockMvc
class QualityFigureListTests {

    private static final String MUONG_THANH = CleansingFixtures.MUONG_THANH;

    @Autowired ApplicationContext context;
    @Autowired DatasetRecords records;

    @Test
    void everyFigureOfTheCleansingFiguresPageIsTheTotalOfItsListForEveryOfficerWhoSeesIt() {
        CleansingFixtures.severalPagesDataset(context);
        Map<Role, Scope> officers = Map.of(Role.PROVINCE_OFFICER, new Scope("11", null),
                Role.AGENCY_OFFICER, new Scope(null, "SO_TC"), Role.COMMUNE_OFFICER, new Scope(MUONG_THANH, null));
        officers.forEach((role, scope) -> {
            Officers.signIn("soat." + role.name().toLowerCase(java.util.Locale.ROOT), role, scope);
            try {
                for (QualityFigure figure : records.bySector(null)) {
                    assertListsMatch(figure, Sector.valueOf(figure.key()), null, null);
                }
                for (QualityFigure figure : records.byAgency(Sector.TAX, null).stream().limit(3).toList()) {
                    assertListsMatch(figure, Sector.TAX, figure.key(), null);
                }
                List<QualityFigure> communes = records.byCommune(Sector.TAX, null);
                assertThat(communes).extracting(QualityFigure::key).contains(MUONG_THANH);
                for (QualityFigure figure : communes.stream().limit(3).toList()) {
                    assertListsMatch(figure, Sector.TAX, null,
                            figure.key().isEmpty() ? RecordList.NO_COMMUNE : figure.key());
                }
            } finally {
                Officers.signOut();
            }
        });
    }

    private void assertListsMatch(QualityFigure figure, Sector sector, String agency, String commune) {
        String what = figure.key() + " " + sector + " " + agency + " " + commune;
        assertThat(total(sector, agency, commune, null, null, null)).as(what).isEqualTo(figure.records());
        assertThat(total(sector, agency, commune, null, null, true)).as(what).isEqualTo(figure.allFour());
        assertThat(total(sector, agency, commune, null, null, false)).as(what)
                .isEqualTo(figure.records() - figure.allFour());
        for (Criterion criterion : Criterion.values()) {
            assertThat(total(sector, agency, commune, criterion, Verdict.Status.OK, null)).as(what + " " + criterion)
                    .isEqualTo(figure.meeting(criterion));
        }
    }

    private long total(Sector sector, String agency, String commune, Criterion criterion, Verdict.Status status,
                       Boolean allFour) {
        return records.list(new RecordList(null, sector, agency, commune, null, false, criterion, status, allFour), null)
                .total();
    }
}
