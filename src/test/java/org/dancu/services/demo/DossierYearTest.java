package org.dancu.services.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.civil.ProvinceTime;
import org.dancu.services.Channel;
import org.dancu.services.ComponentSource;
import org.dancu.services.DossierComponent;
import org.dancu.services.Handler;
import org.dancu.services.LegDefinition;
import org.dancu.services.LegStatus;
import org.dancu.services.OnlineLevel;
import org.dancu.services.Procedure;
import org.dancu.services.ProcedureCode;
import org.dancu.services.ProcedureFamily;
import org.dancu.workdays.DayKind;
import org.dancu.workdays.Occasion;
import org.dancu.workdays.TimeLimit;
import org.dancu.workdays.WorkingCalendar;
import org.dancu.workdays.WorkingHours;
import org.junit.jupiter.api.Test;

class DossierYearTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = LocalDate.of(2026, 11, 30).atTime(17, 0).atZone(ProvinceTime.VIETNAM).toInstant();
    private static final WorkingCalendar CALENDAR = weekdays(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31));

    private static final Procedure RESIDENCE = new Procedure(new ProcedureCode("1.004194"), 3, "Đăng ký thường trú",
            "Permanent residence registration", ProcedureFamily.SINGLE_AGENCY, OnlineLevel.FULL, 0,
            TimeLimit.workingDays(7),
            List.of(new LegDefinition("main", new ProcedureCode("1.004194"), "Đăng ký thường trú",
                    "Permanent residence", List.of(Handler.agency("CONG_AN")), TimeLimit.workingDays(7), true, false,
                    null)),
            List.of(new DossierComponent("identity", "Căn cước", "Identity", ComponentSource.REGISTER, true, null),
                    new DossierComponent("form", "Tờ khai", "Form", ComponentSource.DECLARATION, true, null)),
            "Luật Cư trú 2020", "test", FIRST);
    private static final Procedure BIRTH = new Procedure(new ProcedureCode("1.001193"), 14, "Liên thông khai sinh",
            "Birth bundle", ProcedureFamily.BIRTH_BUNDLE, OnlineLevel.FULL, 0, TimeLimit.workingDays(5),
            List.of(new LegDefinition("birth", new ProcedureCode("1.001193"), "Khai sinh", "Birth",
                            List.of(Handler.commune()), TimeLimit.workingDays(3), true, false, null),
                    new LegDefinition("residence", new ProcedureCode("1.004194"), "Thường trú", "Residence",
                            List.of(Handler.agency("CONG_AN")), TimeLimit.workingDays(7), false, false, null),
                    new LegDefinition("insurance", new ProcedureCode("1.002001"), "Thẻ BHYT", "Insurance card",
                            List.of(Handler.agency("BHXH")), TimeLimit.workingDays(5), false, true, null)),
            List.of(new DossierComponent("parent", "Cha mẹ", "Parents", ComponentSource.REGISTER, true, null)),
            "Nghị định 63/2024/NĐ-CP", "test", FIRST);

    private final List<DossierYear.PlannedDossier> year = generate(1);

    @Test
    void dossiersArriveOnWorkingDaysInOfficeHoursAtAboutTheDailyVolume() {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (DossierYear.PlannedDossier dossier : year) {
            var local = dossier.receivedAt().atZone(ProvinceTime.VIETNAM);
            assertThat(CALENDAR.isWorkingDay(local.toLocalDate())).isTrue();
            assertThat(local.toLocalTime()).isBetween(LocalTime.of(7, 30), LocalTime.of(16, 30));
            perDay.merge(local.toLocalDate(), 1, Integer::sum);
        }
        double mean = perDay.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(mean).isCloseTo(40, within(2.0));
        assertThat(year).extracting(DossierYear.PlannedDossier::receivedAt).isSorted();
    }

    @Test
    void theSameSeedGivesTheSameYearAndAnotherSeedAnother() {
        assertThat(generate(1)).isEqualTo(year);
        assertThat(generate(2)).isNotEqualTo(year);
    }

    @Test
    void legsEndByTheirDeadlineButForEachAgencysLateShare() {
        Map<String, int[]> byAgency = new HashMap<>();
        for (DossierYear.PlannedDossier dossier : year) {
            for (DossierYear.PlannedLeg leg : dossier.legs()) {
                if (leg.status() == LegStatus.COMPLETED || leg.status() == LegStatus.REFUSED) {
                    assertThat(leg.due()).isEqualTo(CALENDAR.deadline(leg.started(), leg.definition().limit()).due());
                    assertThat(leg.finished()).isAfter(leg.started());
                    int[] counts = byAgency.computeIfAbsent(String.valueOf(leg.handler().agencyCode()), a -> new int[2]);
                    counts[0] += leg.late() ? 1 : 0;
                    counts[1]++;
                }
            }
        }
        assertThat(byAgency).containsOnlyKeys("CONG_AN", "BHXH", "null");
        byAgency.forEach((agency, counts) -> assertThat((double) counts[0] / counts[1]).as(agency)
                .isCloseTo(DossierYear.lateShare(agency.equals("null") ? Handler.commune() : Handler.agency(agency)),
                        within(0.02)));
    }

    @Test
    void aBundlesOtherLegsStartWhenItsFirstEndsAndAreCancelledWhenItIsRefused() {
        List<DossierYear.PlannedDossier> bundles = year.stream()
                .filter(d -> d.procedure().family() == ProcedureFamily.BIRTH_BUNDLE).toList();
        assertThat(bundles).isNotEmpty();
        boolean refusedSeen = false;
        for (DossierYear.PlannedDossier bundle : bundles) {
            DossierYear.PlannedLeg first = bundle.legs().get(0);
            assertThat(first.definition().key()).isEqualTo("birth");
            assertThat(bundle.legs()).extracting(leg -> leg.definition().key()).contains("residence");
            for (DossierYear.PlannedLeg leg : bundle.legs().subList(1, bundle.legs().size())) {
                if (first.finished() == null) {
                    assertThat(leg.status()).isEqualTo(LegStatus.WAITING);
                } else if (first.status() == LegStatus.REFUSED) {
                    refusedSeen = true;
                    assertThat(leg.status()).isEqualTo(LegStatus.CANCELLED);
                } else {
                    assertThat(leg.started()).isEqualTo(first.finished());
                }
            }
        }
        assertThat(refusedSeen).as("some first legs are refused in a year").isTrue();
    }

    @Test
    void onlyDossiersStillBeingHandledAtTheEndAreOpenAndMoreAreFiledOnlineAsTheYearGoesOn() {
        List<DossierYear.PlannedDossier> open = year.stream().filter(DossierYear.PlannedDossier::open).toList();
        assertThat(open).isNotEmpty().allSatisfy(d -> assertThat(d.receivedAt()).isAfter(NOW.minusSeconds(40L * 86_400)));
        int half = year.size() / 2;
        assertThat(onlineShare(year.subList(half, year.size()))).isGreaterThan(onlineShare(year.subList(0, half)));
        assertThat(onlineShare(year)).isBetween(DossierYear.ONLINE_FROM - 0.02, DossierYear.ONLINE_TO);
        assertThat(year).allSatisfy(d -> assertThat(d.reAsked()).isBetween(0, d.heldComponents()));
    }

    private static double onlineShare(List<DossierYear.PlannedDossier> dossiers) {
        return dossiers.stream().filter(d -> d.channel() != Channel.COUNTER).count() / (double) dossiers.size();
    }

    private static List<DossierYear.PlannedDossier> generate(long seed) {
        List<DossierYear.PlannedDossier> dossiers = new ArrayList<>();
        new DossierYear(List.of(RESIDENCE, BIRTH), CALENDAR, seed, 40)
                .generate(FIRST, LAST, Map.of("03334", 3, "03127", 1, "03999", 0), NOW, dossiers::add);
        return dossiers;
    }

    private static WorkingCalendar weekdays(LocalDate first, LocalDate last) {
        int days = (int) (last.toEpochDay() - first.toEpochDay() + 1);
        DayKind[] kinds = new DayKind[days];
        for (int i = 0; i < days; i++) {
            kinds[i] = WorkingCalendar.weekend(first.plusDays(i)) ? DayKind.WEEKLY_REST : DayKind.WORKING_DAY;
        }
        return new WorkingCalendar(first, kinds, new Occasion[days], new WorkingHours(ZoneId.of("Asia/Ho_Chi_Minh"),
                LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0),
                LocalTime.of(15, 0), false));
    }
}
