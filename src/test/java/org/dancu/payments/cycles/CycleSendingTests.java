package org.dancu.payments.cycles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import org.dancu.banksim.SimulatedAccounts;
import org.dancu.jobs.Jobs;
import org.dancu.payments.CycleSent;
import org.dancu.payments.CycleStatus;
import org.dancu.payments.CyclesFixtures;
import org.dancu.payments.PayChannel;
import org.dancu.payments.PaymentStateException;
import org.dancu.payments.PaymentsFixtures;
import org.dancu.payments.PaymentsFixtures.Beneficiary;
import org.dancu.payments.accounts.VerifiedAccounts;
import org.dancu.payments.iso.IsoDocumentReader;
import org.dancu.payments.iso.IsoMessageType;
import org.dancu.payments.iso.IsoValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** An approved cycle sent: its pain.001 files per bank written, valid, exact, stored and received by the banks. */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class CycleSendingTests {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired CycleDecisions decisions;
    @Autowired Cycles cycles;
    @Autowired Jobs jobs;
    @Autowired IsoValidator validator;

    @Test
    void anApprovedCycleGoesToEachBankAsAValidFileWithExactTotals(Scenario scenario) {
        List<Beneficiary> banked = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.STUDY_SUPPORT, 3);
        VerifiedAccounts.add(context, banked.get(0).pin(), "970436");
        VerifiedAccounts.add(context, banked.get(1).pin(), "970436");
        VerifiedAccounts.add(context, banked.get(2).pin(), "970415");
        Beneficiary unverified = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.STUDY_SUPPORT, 1).get(0);
        Beneficiary byPost = PaymentsFixtures.activeBeneficiaries(context, PaymentsFixtures.STUDY_SUPPORT, 1,
                PayChannel.POST_CASH).get(0);
        VerifiedAccounts.none(context, unverified.pin());
        Cycle cycle = CyclesFixtures.approvedCycle(context, PaymentsFixtures.STUDY_SUPPORT);

        // the job starts once the sending transaction commits; the cycle is sent when its files are with the banks
        scenario.stimulate(() -> decisions.send(cycle.id(), CyclesFixtures.CHECKER))
                .andWaitAtMost(Duration.ofMinutes(3))
                .andWaitForEventOfType(CycleSent.class).matching(event -> event.cycleId() == cycle.id())
                .toArriveAndVerify(event -> assertThat(event.files()).isEqualTo(files(cycle).size()));

        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.SENT);
        Map<String, Object> expected = jdbc.sql("""
                        SELECT bank_bin, count(*) || ' ' || sum(amount) FROM payments.line
                        WHERE cycle_id = ? AND status = 'SENT' GROUP BY bank_bin""").param(cycle.id())
                .query((rs, i) -> Map.entry(rs.getString(1), (Object) rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<String> seen = new ArrayList<>();
        for (Map<String, Object> file : files(cycle)) {
            byte[] content = (byte[]) file.get("content");
            validator.validate(IsoMessageType.PAIN_001, content);
            List<String> header = new ArrayList<>();
            long[] sum = new long[2];
            IsoDocumentReader.of(IsoMessageType.PAIN_001)
                    .on("GrpHdr", GroupHeader85.class, h -> header.add(h.getNbOfTxs() + " " + h.getCtrlSum().toPlainString()))
                    .on("CdtTrfTxInf", CreditTransferTransaction34.class, line -> {
                        sum[0]++;
                        sum[1] += line.getAmt().getInstdAmt().getValue().longValueExact();
                        String pin = line.getCdtr().getId().getPrvtId().getOthr().get(0).getId();
                        assertThat(line.getCdtrAcct().getId().getOthr().getId())
                                .isEqualTo(SimulatedAccounts.numberOf(org.dancu.civil.Pin.of(pin)));
                        assertThat(line.getAmt().getInstdAmt().getCcy()).isEqualTo("VND");
                        assertThat(String.join(" ", line.getRmtInf().getUstrd()))
                                .contains(cycle.period()).contains("81/2021");
                        seen.add(line.getPmtId().getEndToEndId() + " " + pin);
                    })
                    .read(new ByteArrayInputStream(content));
            String bin = ((String) file.get("bank_bin")).strip();
            assertThat(header).containsExactly(expected.get(bin) + "");
            assertThat(sum[0] + " " + sum[1]).isEqualTo(expected.get(bin));
            assertThat(file.get("nb_of_txs") + " " + file.get("ctrl_sum")).isEqualTo(expected.get(bin));
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM audit.ledger WHERE action = 'payments.cycle.file.send'
                            AND object_id = ? AND outcome = 'SUCCESS'""").param(file.get("message_id"))
                    .query(Long.class).single()).isOne();
        }
        for (Beneficiary person : banked) {
            assertThat(seen).contains(endToEndId(cycle, person) + " " + person.pin().value());
            assertThat(status(cycle, person)).isEqualTo("SENT");
        }
        assertThat(status(cycle, unverified)).isEqualTo("HELD");
        assertThat(status(cycle, byPost)).isEqualTo("CASH_DUE");
    }

    @Test
    void aCycleNotApprovedIsNotSent() {
        Cycle cycle = CyclesFixtures.preparedCycle(context, PaymentsFixtures.MONTHLY_ASSISTANCE);

        assertThatThrownBy(() -> decisions.send(cycle.id(), CyclesFixtures.CHECKER))
                .isInstanceOf(PaymentStateException.class);
        assertThat(files(cycle)).isEmpty();
        assertThat(jobs.latest(CycleSending.KIND, String.valueOf(cycle.id()))).isEmpty();
        assertThat(cycles.findById(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.PREPARED);
    }

    private List<Map<String, Object>> files(Cycle cycle) {
        return jdbc.sql("""
                        SELECT message_id, bank_bin, nb_of_txs, ctrl_sum, content FROM payments.message
                        WHERE cycle_id = ? AND direction = 'OUT' AND type = 'pain.001' ORDER BY id""")
                .param(cycle.id()).query().listOfRows();
    }

    private String endToEndId(Cycle cycle, Beneficiary person) {
        return jdbc.sql("SELECT end_to_end_id FROM payments.line WHERE cycle_id = ? AND beneficiary_id = ?")
                .params(cycle.id(), person.id()).query(String.class).single();
    }

    private String status(Cycle cycle, Beneficiary person) {
        return jdbc.sql("SELECT status FROM payments.line WHERE cycle_id = ? AND beneficiary_id = ?")
                .params(cycle.id(), person.id()).query(String.class).single();
    }
}
