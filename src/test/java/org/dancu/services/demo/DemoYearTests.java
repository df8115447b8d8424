package org.dancu.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.register.RegisterFixture;
import org.dancu.services.Channel;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierView;
import org.dancu.services.Dossiers;
import org.dancu.services.LegStatus;
import org.dancu.services.LegView;
import org.dancu.services.Procedures;
import org.dancu.services.ServicesIndicators;
import org.dancu.steering.IndicatorCount;
import org.dancu.steering.IndicatorSource;
import org.dancu.steering.Period;
import org.dancu.workdays.Workdays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Half a year of the demo's dossiers, bulk-loaded as closed: the dossier aggregate reads each back as
 * the plan made it, and the services indicators count exactly what the plan holds: dossiers filed
 * online, legs ended by their deadline, components re-asked, per commune.
 */
@SpringBootTest
class DemoYearTests {

    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    private static final Instant END = ZonedDateTime.of(2025, 7, 1, 0, 0, 0, 0, ProvinceTime.VIETNAM).toInstant();
    private static final Instant START = FIRST.atStartOfDay(ProvinceTime.VIETNAM).toInstant();
    private static final Set<String> COMMUNES = Set.of("03334", "03127");

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired DossierHistoryCopy history;
    @Autowired Procedures procedures;
    @Autowired Workdays workdays;
    @Autowired Dossiers dossiers;
    @Autowired List<IndicatorSource> sources;

    @AfterEach
    void remove() {
        for (String table : List.of("timeline", "leg")) {
            jdbc.sql("DELETE FROM services." + table + " WHERE dossier_code LIKE '011-HS-2025-%'").update();
        }
        jdbc.sql("DELETE FROM services.dossier WHERE code LIKE '011-HS-2025-%'").update();
    }

    @Test
    void closedDossiersLoadAsTheAggregateReadsThemAndTheIndicatorsCountThemExactly() throws Exception {
        Map<String, List<Pin>> residents = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            residents.computeIfAbsent(i % 2 == 0 ? "03334" : "03127", c -> new ArrayList<>())
                    .add(Pin.of(RegisterFixture.aPersonPin(context, 20 + i)));
        }
        List<DossierYear.PlannedDossier> planned = new ArrayList<>();
        new DossierYear(procedures.all(LocalDate.now(ProvinceTime.VIETNAM)), workdays.calendar(), 7, 8)
                .generate(FIRST, LAST, Map.of("03334", 2, "03127", 1), END.plusSeconds(90L * 86_400), planned::add);
        assertThat(planned).noneMatch(DossierYear.PlannedDossier::open);
        DossierRows rows = new DossierRows("11", residents, List.of(Pin.of(RegisterFixture.aPersonPin(context, 40))),
                new String[] {"Thiếu giấy tờ"});
        long[] numbers = history.drawNumbers(planned.size());
        DossierHistoryCopy.Batch batch = new DossierHistoryCopy.Batch();
        for (DossierYear.PlannedDossier dossier : planned) {
            rows.add(batch, numbers[(int) dossier.number() - 1], dossier);
        }
        history.copy(batch);

        for (DossierYear.PlannedDossier dossier : planned.subList(0, 40)) {
            DossierView view = dossiers.find(new DossierCode("011-HS-2025-%08d".formatted(numbers[(int) dossier.number() - 1])))
                    .orElseThrow();
            assertThat(view.status()).isEqualTo(DossierRows.status(dossier.legs()));
            assertThat(view.channel()).isEqualTo(dossier.channel());
            assertThat(view.legs()).extracting(LegView::status)
                    .containsExactlyElementsOf(dossier.legs().stream().map(DossierYear.PlannedLeg::status).toList());
            assertThat(view.legs()).extracting(LegView::finishedAt)
                    .containsExactlyElementsOf(dossier.legs().stream().map(DossierYear.PlannedLeg::finished).toList());
        }

        Period half = Period.parse("2025S1");
        long[] online = new long[2];
        long[] onTime = new long[2];
        long[] reAsked = new long[2];
        for (DossierYear.PlannedDossier dossier : planned) {
            if (dossier.procedure().essentialNumber() != null) {
                online[0] += dossier.channel() != Channel.COUNTER ? 1 : 0;
                online[1]++;
            }
            reAsked[0] += dossier.reAsked();
            reAsked[1] += dossier.heldComponents();
            for (DossierYear.PlannedLeg leg : dossier.legs()) {
                boolean ended = leg.status() == LegStatus.COMPLETED || leg.status() == LegStatus.REFUSED;
                if (ended && leg.finished().isBefore(END) && !leg.finished().isBefore(START)) {
                    onTime[0] += leg.late() ? 0 : 1;
                    onTime[1]++;
                }
            }
        }
        assertThat(onTime[1] - onTime[0]).as("some legs ran late").isPositive();
        assertThat(counted(ServicesIndicators.ONLINE_ESSENTIAL, half)).containsExactly(online);
        assertThat(counted(ServicesIndicators.ON_TIME, half)).containsExactly(onTime);
        assertThat(counted(ServicesIndicators.REASKED, half)).containsExactly(reAsked);
    }

    /** The source's numerator and denominator of the period for the two communes, over every agency. */
    private long[] counted(String indicator, Period period) {
        IndicatorSource source = sources.stream().filter(s -> s.indicators().contains(indicator)).findFirst()
                .orElseThrow();
        long[] sum = new long[2];
        for (IndicatorCount count : source.count(indicator, List.of(period), COMMUNES)) {
            assertThat(count.period()).isEqualTo(period);
            assertThat(COMMUNES).contains(count.communeCode());
            sum[0] += count.numerator();
            sum[1] += count.denominator();
        }
        return sum;
    }
}
