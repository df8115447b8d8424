package org.dancu.results.digitising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.dancu.results.DigitisedEntriesDisagreed;
import org.dancu.results.DigitisedRecordChecked;
import org.dancu.results.DigitisedRecordEntered;
import org.dancu.results.DigitisedRecordIssued;
import org.dancu.results.DigitisedRecordResolved;
import org.dancu.results.DigitisedRecordReturned;
import org.dancu.results.ResultCode;
import org.dancu.results.ResultRefusedException;
import org.dancu.results.ResultType;
import org.junit.jupiter.api.Test;

/**
 * The digitised record's moves through the queue: each from the right state by the right person
 * registers its event; from the wrong state, or by someone who may not, it throws and changes nothing.
 */
class DigitisedRecordTest {

    private static final ResultCode CODE = ResultCode.of("011", ResultType.BIRTH_EXTRACT, 2026, 42);
    private static final Sampling NONE = new Sampling(0);
    private static final Sampling ALL = new Sampling(100);
    private static final List<RecordField> READ = List.of(RecordField.read("full-name", "Lò Văn Minh", 0.97),
            RecordField.read("birth-date", "03/04/1987", 0.41));

    private static DigitisedRecord stored(RecordState state, String firstBy, String secondBy, String resolvedBy,
                                          List<RecordField> fields) {
        return new DigitisedRecord(7L, 70L, 1L, "03334", RecordType.BIRTH_EXTRACT, state,
                Set.of(EntryReason.UNSURE_FIELD), fields, firstBy, secondBy, resolvedBy, null, false, false, null, 0);
    }

    private static DigitisedRecord toEnter() {
        return stored(RecordState.TO_ENTER, null, null, null, READ);
    }

    private static Map<String, String> values(String birthDate) {
        return Map.of("full-name", "Lò Văn Minh", "birth-date", birthDate);
    }

    @Test
    void aRecordOcrIsSureOfIsSettledAsReadAndCheckedOnlyWhenPicked() {
        DigitisedRecord unpicked = DigitisedRecord.read(70, 1, "03334", RecordType.BIRTH_EXTRACT, READ, Set.of(), NONE);
        assertThat(unpicked.state()).isEqualTo(RecordState.APPROVED);
        assertThat(unpicked.settled("birth-date")).isEqualTo("03/04/1987");
        assertThat(DigitisedRecord.read(70, 1, "03334", RecordType.BIRTH_EXTRACT, READ, Set.of(), ALL).state())
                .isEqualTo(RecordState.TO_CHECK);
        DigitisedRecord unsure = DigitisedRecord.read(70, 1, "03334", RecordType.BIRTH_EXTRACT, READ,
                Set.of(EntryReason.UNSURE_FIELD), NONE);
        assertThat(unsure.state()).isEqualTo(RecordState.TO_ENTER);
        assertThat(unsure.settled("full-name")).isEmpty();
    }

    @Test
    void twoAgreeingEntriesByTwoDigitisersSettleTheRecordAndACorrectionIsAlwaysChecked() {
        DigitisedRecord record = toEnter();
        record.enter("so.hoa.a", values("03/04/1988"), NONE);
        assertThat(record.state()).isEqualTo(RecordState.TO_ENTER);
        record.enter("so.hoa.b", values("03/04/1988"), NONE);

        assertThat(record.state()).isEqualTo(RecordState.TO_CHECK);
        assertThat(record.corrected()).isTrue();
        assertThat(record.settled("birth-date")).isEqualTo("03/04/1988");
        assertThat(record.events()).containsExactly(new DigitisedRecordEntered(7, "so.hoa.a", 1),
                new DigitisedRecordEntered(7, "so.hoa.b", 2));
    }

    @Test
    void twoEntriesAgreeingWithOcrAreApprovedUnlessPicked() {
        DigitisedRecord record = toEnter();
        record.enter("so.hoa.a", values("03/04/1987"), NONE);
        record.enter("so.hoa.b", values("03/04/1987"), NONE);
        assertThat(record.state()).isEqualTo(RecordState.APPROVED);
        assertThat(record.corrected()).isFalse();
    }

    @Test
    void theSameDigitiserCannotMakeBothEntries() {
        DigitisedRecord record = toEnter();
        record.enter("so.hoa.a", values("03/04/1988"), NONE);
        record.clearEvents();

        assertThatThrownBy(() -> record.enter("so.hoa.a", values("03/04/1988"), NONE))
                .isInstanceOf(ResultRefusedException.class).extracting("messageKey")
                .isEqualTo("results.digitising.error.same-digitiser");
        assertThat(record.secondBy()).isNull();
        assertThat(record.fields()).extracting(RecordField::second).containsOnlyNulls();
        assertThat(record.events()).isEmpty();
    }

    @Test
    void disagreeingEntriesGoToAClerkWhoSettlesThemForACheck() {
        DigitisedRecord record = toEnter();
        record.enter("so.hoa.a", values("03/04/1988"), NONE);
        record.enter("so.hoa.b", values("08/04/1988"), NONE);
        assertThat(record.state()).isEqualTo(RecordState.DISAGREED);
        assertThat(record.events()).contains(new DigitisedEntriesDisagreed(7));

        assertThatThrownBy(() -> record.resolve("so.hoa.b", values("03/04/1988")))
                .isInstanceOf(ResultRefusedException.class).extracting("messageKey")
                .isEqualTo("results.digitising.error.own-entry");
        record.resolve("van.thu", values("03/04/1988"));
        assertThat(record.state()).isEqualTo(RecordState.TO_CHECK);
        assertThat(record.settled("birth-date")).isEqualTo("03/04/1988");
        assertThat(record.events()).endsWith(new DigitisedRecordResolved(7, "van.thu"));
    }

    @Test
    void aSpotCheckerWhoEnteredOrSettledTheRecordCannotCheckIt() {
        List<RecordField> settled = READ.stream().map(f -> f.withFirst(f.read()).withSecond(f.read())
                .settledAs(f.read())).toList();
        for (String own : List.of("so.hoa.a", "so.hoa.b", "van.thu")) {
            DigitisedRecord record = stored(RecordState.TO_CHECK, "so.hoa.a", "so.hoa.b", "van.thu", settled);
            assertThatThrownBy(() -> record.approve(own)).isInstanceOf(ResultRefusedException.class)
                    .extracting("messageKey").isEqualTo("results.digitising.error.own-entry");
            assertThatThrownBy(() -> record.sendBack(own)).isInstanceOf(ResultRefusedException.class);
            assertThat(record.state()).isEqualTo(RecordState.TO_CHECK);
            assertThat(record.events()).isEmpty();
        }
    }

    @Test
    void anApprovedRecordIsIssuedOnce() {
        DigitisedRecord record = stored(RecordState.TO_CHECK, "so.hoa.a", "so.hoa.b", null, READ);
        record.approve("kiem.tra");
        record.issued(CODE);

        assertThat(record.state()).isEqualTo(RecordState.ISSUED);
        assertThat(record.events()).containsExactly(new DigitisedRecordChecked(7, "kiem.tra"),
                new DigitisedRecordIssued(7, CODE, "03334"));
        assertThatThrownBy(() -> record.issued(CODE)).isInstanceOf(ResultRefusedException.class);
        assertThatThrownBy(() -> record.approve("kiem.tra")).isInstanceOf(ResultRefusedException.class);
    }

    @Test
    void aRecordSentBackIsEnteredAgainFromScratch() {
        List<RecordField> settled = READ.stream().map(f -> f.withFirst("x").withSecond("x").settledAs("x")).toList();
        DigitisedRecord record = stored(RecordState.TO_CHECK, "so.hoa.a", "so.hoa.b", null, settled);
        record.sendBack("kiem.tra");

        assertThat(record.state()).isEqualTo(RecordState.TO_ENTER);
        assertThat(record.reasons()).contains(EntryReason.RETURNED);
        assertThat(record.firstBy()).isNull();
        assertThat(record.fields()).allSatisfy(f -> assertThat(f.first()).isNull());
        assertThat(record.events()).containsExactly(new DigitisedRecordReturned(7, "kiem.tra"));
        record.enter("so.hoa.a", values("03/04/1987"), NONE);
        assertThat(record.firstBy()).isEqualTo("so.hoa.a");
    }

    @Test
    void noMoveIsTakenFromTheWrongState() {
        DigitisedRecord toEnter = toEnter();
        assertThatThrownBy(() -> toEnter.resolve("van.thu", values("x"))).isInstanceOf(ResultRefusedException.class)
                .extracting("messageKey").isEqualTo("results.digitising.error.state");
        assertThatThrownBy(() -> toEnter.approve("kiem.tra")).isInstanceOf(ResultRefusedException.class);
        assertThatThrownBy(() -> toEnter.sendBack("kiem.tra")).isInstanceOf(ResultRefusedException.class);
        assertThatThrownBy(() -> toEnter.issued(CODE)).isInstanceOf(ResultRefusedException.class);
        DigitisedRecord disagreed = stored(RecordState.DISAGREED, "so.hoa.a", "so.hoa.b", null, READ);
        assertThatThrownBy(() -> disagreed.enter("so.hoa.c", values("x"), NONE)).isInstanceOf(ResultRefusedException.class);
        assertThat(toEnter.state()).isEqualTo(RecordState.TO_ENTER);
        assertThat(disagreed.state()).isEqualTo(RecordState.DISAGREED);
        assertThat(toEnter.events()).isEmpty();
        assertThat(disagreed.events()).isEmpty();
    }

    @Test
    void theSampleTakesEveryCorrectionAndAboutTheShareOfTheRest() {
        Sampling tenth = new Sampling(10);
        long picked = LongStream.rangeClosed(1, 10_000).filter(page -> tenth.picks(page, false)).count();
        assertThat(picked).isBetween(800L, 1200L);
        assertThat(LongStream.rangeClosed(1, 1000).allMatch(page -> tenth.picks(page, true))).isTrue();
        assertThat(new Sampling(0).picks(5, false)).isFalse();
    }
}
