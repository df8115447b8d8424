package org.dancu.services.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dancu.civil.Pin;
import org.dancu.services.Channel;
import org.dancu.services.DossierClosed;
import org.dancu.services.DossierCode;
import org.dancu.services.DossierFiled;
import org.dancu.services.DossierRefusedException;
import org.dancu.services.DossierStateException;
import org.dancu.services.DossierStatus;
import org.dancu.services.Handler;
import org.dancu.services.LegCompleted;
import org.dancu.services.LegDefinition;
import org.dancu.services.LegRefused;
import org.dancu.services.LegRunningLate;
import org.dancu.services.LegStatus;
import org.dancu.services.NewDossier;
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

/**
 * A dossier moves only through its own methods: a bundle's legs wait for civil status, each leg keeps its
 * own clock (suspension stops it, extension moves it, lateness is apologised for once), a move from the
 * wrong state throws and changes nothing, and the dossier closes with every leg's outcome.
 */
class DossierTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Weekdays work, weekends rest: December 2026 from Monday the 7th. */
    static final WorkingCalendar CALENDAR = calendar();
    /** Monday 7/12/2026 09:00 in the province. */
    static final Instant MONDAY = Instant.parse("2026-12-07T02:00:00Z");
    static final Pin APPLICANT = Pin.of("011090001234");
    static final DossierCode CODE = new DossierCode("011-HS-2026-00000001");

    static WorkingCalendar calendar() {
        LocalDate first = LocalDate.of(2026, 1, 1);
        DayKind[] kinds = new DayKind[730];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = WorkingCalendar.weekend(first.plusDays(i)) ? DayKind.WEEKLY_REST : DayKind.WORKING_DAY;
        }
        return new WorkingCalendar(first, kinds, new Occasion[kinds.length], new WorkingHours(ZONE, LocalTime.of(7, 30),
                LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0), false));
    }

    static Procedure birthBundle() {
        return new Procedure(new ProcedureCode("1.011535"), 17, "Liên thông khai sinh", "Birth bundle",
                ProcedureFamily.BIRTH_BUNDLE, OnlineLevel.FULL, 0, TimeLimit.workingDays(10), List.of(
                leg("birth", "1.001193", List.of(Handler.commune()), 3, true, false),
                leg("residence", "1.004222", List.of(Handler.agency("CONG_AN")), 7, false, false),
                leg("health-card", "1.002009", List.of(Handler.agency("BHXH"), Handler.agency("BHXH")), 5, false,
                        true)), List.of(), "NĐ 63/2024", "test", LocalDate.of(2024, 7, 1));
    }

    static LegDefinition leg(String key, String code, List<Handler> steps, int days, boolean first, boolean optional) {
        return new LegDefinition(key, new ProcedureCode(code), key, key, steps, TimeLimit.workingDays(days), first,
                optional, null);
    }

    static NewDossier newDossier(Set<String> legs) {
        return new NewDossier(new ProcedureCode("1.011535"), Channel.ONLINE, APPLICANT, null, "03124", Map.of(),
                List.of(), legs, null, null, MONDAY);
    }

    static Dossier filed() {
        Dossier dossier = Dossier.file(CODE, newDossier(Set.of()), birthBundle(), CALENDAR);
        return new Dossier(CODE, 0, dossier.procedure(), dossier.channel(), dossier.applicant(), null,
                dossier.communeCode(), dossier.receivedAt(), Map.of(), List.of(), null, null, dossier.legs(),
                dossier.status(), null, null, null, null);
    }

    static Instant day(int december, int hour) {
        return LocalDate.of(2026, 12, december).atTime(hour, 0).atZone(ZONE).toInstant();
    }

    @Test
    void aBundleStartsWithCivilStatusAloneOnItsOwnClock() {
        Dossier dossier = Dossier.file(CODE, newDossier(Set.of()), birthBundle(), CALENDAR);
        assertThat(dossier.events()).containsExactly(new DossierFiled(CODE, new ProcedureCode("1.011535"),
                Channel.ONLINE, "03124", MONDAY));
        assertThat(dossier.leg("birth").status).isEqualTo(LegStatus.IN_PROGRESS);
        // three working days after Monday: the close of Thursday
        assertThat(dossier.leg("birth").due).isEqualTo(day(10, 17));
        assertThat(dossier.leg("residence").status).isEqualTo(LegStatus.WAITING);
        assertThat(dossier.leg("residence").due).isNull();
        assertThat(dossier.legs()).hasSize(3);
    }

    @Test
    void anOptionalLegIsLeftOutUnlessChosenAndAnUnknownChoiceIsRefused() {
        Dossier dossier = Dossier.file(CODE, newDossier(Set.of("residence")), birthBundle(), CALENDAR);
        assertThat(dossier.legs()).extracting(l -> l.key).containsExactly("birth", "residence");
        assertThatThrownBy(() -> Dossier.file(CODE, newDossier(Set.of("passport")), birthBundle(), CALENDAR))
                .isInstanceOf(DossierRefusedException.class);
    }

    @Test
    void completingCivilStatusStartsTheOtherLegsInParallelEachWithItsOwnDeadline() {
        Dossier dossier = filed();
        assertThat(dossier.completeStep("birth", "xa.tuphap", day(8, 10), null, CALENDAR)).isTrue();
        assertThat(dossier.events()).containsExactly(new LegCompleted(CODE, "birth", new ProcedureCode("1.001193"),
                "03124", true));
        assertThat(dossier.leg("residence").status).isEqualTo(LegStatus.IN_PROGRESS);
        assertThat(dossier.leg("residence").due).isEqualTo(day(17, 17));
        assertThat(dossier.leg("health-card").due).isEqualTo(day(15, 17));
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void aLegOfTwoStepsMovesToItsSecondHandlerBeforeItCompletes() {
        Dossier dossier = filed();
        dossier.completeStep("birth", "xa.tuphap", day(8, 10), null, CALENDAR);
        dossier.reassign("health-card", "bhxh.a", "bhxh.lead", day(8, 11));
        assertThat(dossier.completeStep("health-card", "bhxh.a", day(9, 10), null, CALENDAR)).isFalse();
        assertThat(dossier.leg("health-card").step).isEqualTo(1);
        assertThat(dossier.leg("health-card").assignee).isNull();
        assertThat(dossier.leg("health-card").status).isEqualTo(LegStatus.IN_PROGRESS);
    }

    @Test
    void aRefusedFirstLegCancelsTheOthersAndClosesTheDossierRefused() {
        Dossier dossier = filed();
        dossier.refuse("birth", "Giấy chứng sinh không hợp lệ", "xa.tuphap", day(8, 10));
        assertThat(dossier.leg("residence").status).isEqualTo(LegStatus.CANCELLED);
        assertThat(dossier.leg("health-card").status).isEqualTo(LegStatus.CANCELLED);
        assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
        assertThat(dossier.events()).containsExactly(
                new LegRefused(CODE, "birth", new ProcedureCode("1.001193"), "Giấy chứng sinh không hợp lệ"),
                new DossierClosed(CODE, new ProcedureCode("1.011535"), DossierStatus.REFUSED));
    }

    @Test
    void everyLegEndedClosesTheDossierWithEachOutcome() {
        Dossier dossier = filed();
        dossier.completeStep("birth", "xa.tuphap", day(8, 10), null, CALENDAR);
        dossier.refuse("residence", "Chỗ ở không hợp pháp", "ca.a", day(9, 10));
        dossier.completeStep("health-card", "bhxh.a", day(9, 10), null, CALENDAR);
        dossier.completeStep("health-card", "bhxh.b", day(9, 11), null, CALENDAR);
        assertThat(dossier.status()).isEqualTo(DossierStatus.PARTLY_COMPLETED);
        assertThat(dossier.events()).last().isEqualTo(new DossierClosed(CODE, new ProcedureCode("1.011535"),
                DossierStatus.PARTLY_COMPLETED));
        assertThat(dossier.view().legs()).extracting(org.dancu.services.LegView::status)
                .containsExactly(LegStatus.COMPLETED, LegStatus.REFUSED, LegStatus.COMPLETED);
    }

    @Test
    void aSuspensionStopsTheClockForTheWorkingDaysItLasted() {
        Dossier dossier = filed();
        dossier.suspend("birth", List.of("birth-certificate"), "Thiếu giấy chứng sinh", "xa.tuphap", day(8, 9),
                day(17, 17), ZONE);
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUSPENDED);
        assertThatThrownBy(() -> dossier.completeStep("birth", "xa.tuphap", day(8, 10), null, CALENDAR))
                .isInstanceOf(DossierStateException.class);
        // stopped Tuesday 8 to Thursday 10, running again on Friday 11: three working days later
        dossier.resume("birth", "xa.tuphap", day(11, 9), CALENDAR, ZONE);
        assertThat(dossier.leg("birth").due).isEqualTo(day(15, 17));
        assertThat(dossier.status()).isEqualTo(DossierStatus.IN_PROGRESS);
    }

    @Test
    void aSuspensionWithNothingMissingIsRefusedAndChangesNothing() {
        Dossier dossier = filed();
        assertThatThrownBy(() -> dossier.suspend("birth", List.of(), "", "xa.tuphap", day(8, 9), day(17, 17), ZONE))
                .isInstanceOf(DossierRefusedException.class);
        assertThat(dossier.leg("birth").status).isEqualTo(LegStatus.IN_PROGRESS);
    }

    @Test
    void itemsNotSuppliedInTimeRefuseTheLegButNotBefore() {
        Dossier dossier = filed();
        dossier.suspend("birth", List.of("birth-certificate"), "", "xa.tuphap", day(8, 9), day(17, 17), ZONE);
        assertThatThrownBy(() -> dossier.expireSuspension("birth", day(17, 16), "Không bổ sung đúng hạn"))
                .isInstanceOf(DossierStateException.class);
        dossier.expireSuspension("birth", day(17, 17), "Không bổ sung đúng hạn");
        assertThat(dossier.leg("birth").status).isEqualTo(LegStatus.REFUSED);
        assertThat(dossier.leg("birth").reason).isEqualTo("Không bổ sung đúng hạn");
        assertThat(dossier.status()).isEqualTo(DossierStatus.REFUSED);
    }

    @Test
    void anExtensionMovesTheDeadlineByWorkingDaysAndNeedsPositiveDays() {
        Dossier dossier = filed();
        dossier.extend("birth", 2, "Xác minh", "xa.tuphap", day(8, 9), CALENDAR);
        assertThat(dossier.leg("birth").due).isEqualTo(day(14, 17));
        assertThatThrownBy(() -> dossier.extend("birth", 0, "", "xa.tuphap", day(8, 9), CALENDAR))
                .isInstanceOf(DossierRefusedException.class);
        assertThatThrownBy(() -> dossier.extend("residence", 1, "", "xa.tuphap", day(8, 9), CALENDAR))
                .isInstanceOf(DossierStateException.class);
    }

    @Test
    void aLateLegIsApologisedForOnceAndOnlyAfterItsDeadline() {
        Dossier dossier = filed();
        assertThatThrownBy(() -> dossier.runLate("birth", day(10, 16), day(14, 17)))
                .isInstanceOf(DossierStateException.class);
        assertThat(dossier.overdue("birth", day(11, 8))).isTrue();
        dossier.runLate("birth", day(11, 8), day(14, 17));
        assertThat(dossier.events()).last().isEqualTo(new LegRunningLate(CODE, "birth",
                new ProcedureCode("1.001193"), "03124", day(14, 17)));
        assertThat(dossier.overdue("birth", day(11, 9))).isFalse();
        assertThatThrownBy(() -> dossier.runLate("birth", day(11, 9), day(14, 17)))
                .isInstanceOf(DossierStateException.class);
        dossier.completeStep("birth", "xa.tuphap", day(11, 10), null, CALENDAR);
        assertThat(dossier.events()).last().isEqualTo(new LegCompleted(CODE, "birth", new ProcedureCode("1.001193"),
                "03124", false));
        assertThat(dossier.view().legs().get(0).late()).isTrue();
    }

    @Test
    void anEndedLegMovesNoFurther() {
        Dossier dossier = filed();
        dossier.completeStep("birth", "xa.tuphap", day(8, 10), null, CALENDAR);
        assertThatThrownBy(() -> dossier.completeStep("birth", "xa.tuphap", day(8, 11), null, CALENDAR))
                .isInstanceOf(DossierStateException.class);
        assertThatThrownBy(() -> dossier.refuse("birth", "x", "xa.tuphap", day(8, 11)))
                .isInstanceOf(DossierStateException.class);
        assertThatThrownBy(() -> dossier.reassign("birth", "x", "xa.tuphap", day(8, 11)))
                .isInstanceOf(DossierStateException.class);
        assertThatThrownBy(() -> dossier.completeStep("marriage", "xa.tuphap", day(8, 11), null, CALENDAR))
                .isInstanceOf(DossierRefusedException.class);
    }

    @Test
    void onlyTheApplicantRatesAnEndedDossierOnce() {
        Dossier dossier = filed();
        assertThatThrownBy(() -> dossier.rate(APPLICANT, 5, day(8, 10))).isInstanceOf(DossierStateException.class);
        dossier.refuse("birth", "x", "xa.tuphap", day(8, 10));
        assertThatThrownBy(() -> dossier.rate(Pin.of("011090001235"), 5, day(8, 11)))
                .isInstanceOf(DossierStateException.class);
        assertThatThrownBy(() -> dossier.rate(APPLICANT, 6, day(8, 11))).isInstanceOf(DossierRefusedException.class);
        dossier.rate(APPLICANT, 4, day(8, 11));
        assertThat(dossier.rating()).isEqualTo(4);
        assertThatThrownBy(() -> dossier.rate(APPLICANT, 5, day(8, 12))).isInstanceOf(DossierStateException.class);
    }
}
