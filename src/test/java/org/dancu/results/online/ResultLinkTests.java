package org.dancu.results.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.dancu.citizen.CitizenLogins;
import org.dancu.citizen.EidLevel;
import org.dancu.civil.Pin;
import org.dancu.civil.ProvinceTime;
import org.dancu.cleansing.CleansingFixtures;
import org.dancu.cleansing.CleansingFixtures.TestPerson;
import org.dancu.cleansing.PropertyRecord;
import org.dancu.cleansing.PropertyRecords;
import org.dancu.cleansing.Sector;
import org.dancu.register.RegisterFixture;
import org.dancu.results.IssuedResult;
import org.dancu.results.NewResult;
import org.dancu.results.ParcelRef;
import org.dancu.results.Provenance;
import org.dancu.results.ResultField;
import org.dancu.results.ResultType;
import org.dancu.results.Results;
import org.dancu.results.ResultsFixtures;
import org.dancu.results.land.ParcelRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The online QR link's page, as anyone without a login opens it: the minimum to check a result, its status in
 * words, nothing cached, nothing said about ids that lead nowhere, every view on the ledger where the holder
 * sees it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResultLinkTests {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Results results;
    @Autowired ProvinceTime time;

    private Pin holder;
    private String name;

    @BeforeEach
    void holder() throws Exception {
        holder = Pin.of(RegisterFixture.aPersonPin(context, 41));
        name = jdbc.sql("SELECT full_name FROM register.person WHERE pin = :pin").param("pin", holder.value())
                .query(String.class).single();
    }

    @Test
    void aValidResultShowsItsMinimumWithTheHoldersNameAndMaskedIdAndIsNeverCached() throws Exception {
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(holder));

        MockHttpServletResponse page = mvc.perform(get("/r/{id}", result.publicId()).with(from("10.1.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(result.code().value()), containsString(name),
                        containsString(holder.masked()), not(containsString(holder.value())),
                        containsString("Còn hiệu lực"), containsString("Sở Tư pháp"),
                        containsString(time.date(result.issuedAt())),
                        not(containsString("??")), not(containsString("Đăng xuất")))))
                .andReturn().getResponse();

        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        assertThat(page.getHeader("Content-Security-Policy")).isNotNull();
        assertThat(page.getHeader("Set-Cookie")).isNull();
        mvc.perform(get("/r/{id}", result.publicId()).param("lang", "en").with(from("10.1.0.1")))
                .andExpect(content().string(allOf(containsString("Valid"), containsString("Department of Justice"))));
    }

    @Test
    void aRevokedResultSaysWhenAndWhyAndAReplacedOneLeadsToItsSuccessor() throws Exception {
        IssuedResult revoked = results.issue(ResultsFixtures.birthExtract(holder));
        results.revoke(revoked.code(), "Cấp nhầm người", ResultsFixtures.OFFICER);
        IssuedResult replaced = results.issue(ResultsFixtures.birthExtract(holder));
        IssuedResult successor = results.supersede(replaced.code(), ResultsFixtures.birthExtract(holder),
                ResultsFixtures.OFFICER);
        String today = time.date(java.time.Instant.now());

        mvc.perform(get("/r/{id}", revoked.publicId()).with(from("10.1.0.2"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đã bị thu hồi ngày " + today + ", lý do: Cấp nhầm người"),
                        not(containsString("Còn hiệu lực")))));
        mvc.perform(get("/r/{id}", replaced.publicId()).with(from("10.1.0.2"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Đã được thay thế bằng " + successor.code().value() + " ngày " + today),
                        containsString("href=\"/r/" + successor.publicId() + "\""))));
        mvc.perform(get("/r/{id}", revoked.publicId()).param("lang", "en").with(from("10.1.0.2")))
                .andExpect(content().string(containsString("Revoked on " + today + " because: Cấp nhầm người")));
    }

    @Test
    void anUnknownAndAMalformedIdGetTheSameAnswerAndTheLedgerHasBoth() throws Exception {
        IssuedResult real = results.issue(ResultsFixtures.birthExtract(holder));
        String unknown = real.publicId().substring(1) + (real.publicId().charAt(0) == 'A' ? 'B' : 'A');
        long refusedBefore = refusals();

        String[] bodies = new String[3];
        String[] asked = {unknown, "không-phải-mã", "x".repeat(300)};
        for (int i = 0; i < asked.length; i++) {
            bodies[i] = mvc.perform(get("/r/{id}", asked[i]).with(from("10.1.0.3"))).andExpect(status().isNotFound())
                    .andExpect(content().string(allOf(containsString("Không có kết quả nào như vậy"),
                            not(containsString(real.code().value())))))
                    .andReturn().getResponse().getContentAsString();
        }

        assertThat(bodies[1]).isEqualTo(bodies[0]);
        assertThat(bodies[2]).isEqualTo(bodies[0]);
        assertThat(refusals()).isEqualTo(refusedBefore + 3);
    }

    @Test
    void theHolderSeesTheViewUnderWhoUsedMyData() throws Exception {
        IssuedResult result = results.issue(ResultsFixtures.birthExtract(holder));

        mvc.perform(get("/r/{id}", result.publicId()).with(from("10.1.0.4"))).andExpect(status().isOk());

        MockHttpSession citizen = CitizenLogins.logIn(mvc, holder, EidLevel.LEVEL_1);
        mvc.perform(get("/citizen/access").session(citizen)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Có người kiểm tra kết quả của bạn qua mã QR"),
                        containsString("kết quả " + result.code().value()), containsString("Chưa xác định"))));
    }

    @Test
    void oneAddressLooksUpAboutSixtyTimesAMinuteWhileOthersGoOn() throws Exception {
        int answered = 0;
        while (mvc.perform(get("/r/{id}", "nothing-" + answered).with(from("10.1.0.5"))).andReturn().getResponse()
                .getStatus() == 404 && answered < 100) {
            answered++;
        }
        // a minute's worth, and the one or two the bucket refilled while the requests ran
        assertThat(answered).isBetween(60, 70);
        mvc.perform(get("/r/{id}", "nothing").with(from("10.1.0.5"))).andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("tra cứu quá nhiều lần")));
        mvc.perform(get("/r/{id}", "nothing").with(from("10.1.0.6"))).andExpect(status().isNotFound());
    }

    @Test
    void aLandResultsAnswerShowsTheCleansedLandRecordsOfItsParcelAsTheSectorReadsThem() throws Exception {
        TestPerson husband = CleansingFixtures.person(context, "M");
        TestPerson wife = CleansingFixtures.person(context, "F");
        TestPerson seller = CleansingFixtures.person(context, "M");
        String number = Long.toString(100_000 + System.nanoTime() % 800_000);
        ParcelRef parcel = new ParcelRef(CleansingFixtures.MUONG_THANH, "21", number);
        String serial = "DB " + (10_000_000 + System.nanoTime() % 89_999_999);
        CleansingFixtures.evaluatedDataset(context, Sector.LAND, ResultsFixtures.LAND,
                "full_name,pin,birth_date,sex,commune_code,land_certificate,land_parcel\n"
                        + land(husband, serial, parcel) + land(wife, serial, parcel) + land(seller, "DB 1", parcel), null);
        IssuedResult result = results.issue(new NewResult(ResultType.LAND_USE_CERTIFICATE,
                List.of(Pin.of(husband.pin()), Pin.of(wife.pin())), ResultsFixtures.LAND, ResultsFixtures.OFFICER,
                "Luật Đất đai 2024", null, List.of(new ResultField(ParcelRecords.CERTIFICATE_SERIAL, serial)), parcel,
                Provenance.ISSUED));

        String page = mvc.perform(get("/r/{id}", result.publicId()).with(from("10.1.0.7"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<PropertyRecord> sector = context.getBean(PropertyRecords.class).ofParcel(parcel.code());
        assertThat(sector).hasSize(3);
        String table = page.substring(page.indexOf("id=\"sector-rows\""), page.indexOf("</table>"));
        assertThat(table.split("<tr", -1)).hasSize(sector.size() + 2);
        for (PropertyRecord record : sector) {
            assertThat(table).contains(record.owner().masked()).doesNotContain(record.owner().value());
        }
        assertThat(table).contains(parcel.code(), serial, "DB 1");
        assertThat(table.split("<td>Có</td>", -1)).hasSize(3);
        assertThat(table.split("<td>Không</td>", -1)).hasSize(2);
    }

    private static String land(TestPerson p, String serial, ParcelRef parcel) {
        return String.join(",", p.fullName(), p.pin(), p.birthDate(), p.sex(), CleansingFixtures.MUONG_THANH, serial,
                parcel.code()) + "\n";
    }

    private long refusals() {
        return jdbc.sql("SELECT count(*) FROM audit.ledger WHERE action = 'results.online.unknown' AND outcome = 'DENIED'")
                .query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
