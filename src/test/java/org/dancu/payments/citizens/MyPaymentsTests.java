package org.dancu.payments.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.payments.MyPaymentsFixtures;
import org.dancu.payments.MyPaymentsFixtures.Payments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "My payments": the signed-in citizen's own payments, each with its programme, period, amount, status in
 * words (and why, when returned), and its day in the Vietnamese order; never another person's; the read in
 * the ledger against the person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyPaymentsTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private Payments payments;

    @BeforeEach
    void aCitizenPaidOnceAndReturnedOnce() {
        payments = MyPaymentsFixtures.paidAndReturned(context);
    }

    @Test
    void eachPaymentShowsItsProgrammeAmountStatusInWordsAndDay() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, payments.citizen(), EidLevel.LEVEL_2);

        String page = mvc.perform(get("/citizen/payments").session(citizen)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String paid = card(page, payments.paidLine());
        assertThat(paid).contains(programmeVi(), "Đã chuyển vào tài khoản", amountVi(payments.paidLine()),
                day(payments.paidLine(), "paid_on"), "Tài khoản ngân hàng");
        assertThat(card(page, payments.returnedLine())).contains("Bị trả lại", "Tài khoản đã đóng",
                "Ngày dự kiến chi trả", day(payments.returnedLine(), "(SELECT pays_on FROM payments.cycle c WHERE c.id = l.cycle_id)"));
        assertThat(page).doesNotContain("payment-" + payments.neighboursLine(), "AC04", "RETURNED", "PAID",
                "BANK_ACCOUNT", "??");
    }

    @Test
    void inEnglishTheWordsAreEnglish() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, payments.citizen(), EidLevel.LEVEL_2);

        String page = mvc.perform(get("/citizen/payments").session(citizen).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(card(page, payments.returnedLine())).contains("Returned", "Account closed",
                NumberFormat.getIntegerInstance(Locale.ENGLISH).format(amount(payments.returnedLine())) + " VND");
    }

    @Test
    void theReadIsInTheLedgerAgainstThePerson() throws Exception {
        MockHttpSession citizen = CitizenLogins.logIn(mvc, payments.citizen(), EidLevel.LEVEL_2);
        long before = reads();

        mvc.perform(get("/citizen/payments").session(citizen)).andExpect(status().isOk());

        assertThat(reads()).isEqualTo(before + 1);
    }

    @Test
    void aCitizenWithoutPaymentsIsToldSo() throws Exception {
        MockHttpSession neighbourless = CitizenLogins.logIn(mvc, Pin.of(jdbc.sql("""
                        SELECT pin FROM register.person p WHERE alive AND pin IS NOT NULL
                            AND NOT EXISTS (SELECT 1 FROM payments.line l WHERE l.pin = p.pin) LIMIT 1""")
                .query(String.class).single()), EidLevel.LEVEL_2);

        mvc.perform(get("/citizen/payments").session(neighbourless)).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("Bạn chưa có khoản chi trả nào").doesNotContain("class=\"card\""));
    }

    private long reads() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'payments.citizen.read' AND object_id = ?")
                .param(payments.citizen().value()).query(Long.class).single();
    }

    private String programmeVi() {
        return jdbc.sql("""
                SELECT p.name_vi FROM payments.line l JOIN payments.cycle c ON c.id = l.cycle_id
                JOIN payments.programme p ON p.code = c.programme_code WHERE l.id = ?""")
                .param(payments.paidLine()).query(String.class).single();
    }

    private long amount(long line) {
        return jdbc.sql("SELECT amount FROM payments.line WHERE id = ?").param(line).query(Long.class).single();
    }

    private String amountVi(long line) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(amount(line)) + " ₫";
    }

    private String day(long line, String column) {
        LocalDate day = jdbc.sql("SELECT " + column + " FROM payments.line l WHERE l.id = ?").param(line)
                .query(LocalDate.class).single();
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The card of one payment on the page. */
    private static String card(String page, long line) {
        int start = page.indexOf("id=\"payment-" + line + "\"");
        assertThat(start).as("the card of line " + line).isPositive();
        int end = page.indexOf("</article>", start);
        return page.substring(start, end);
    }
}
