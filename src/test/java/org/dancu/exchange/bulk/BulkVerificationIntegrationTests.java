package org.dancu.exchange.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.dancu.exchange.gateway.CallContext;
import org.dancu.exchange.gateway.ExchangeApiTestBase;
import org.dancu.exchange.gateway.ExchangeError;
import org.dancu.exchange.gateway.ExchangeRefusal;
import org.dancu.exchange.TestPartner;
import org.junit.jupiter.api.Test;

class BulkVerificationIntegrationTests extends ExchangeApiTestBase {

    private String bulkBody(String csv) {
        return "{\"purpose\":\"identity-check\",\"endUser\":\"officer-9\",\"caseRef\":\"BULK-1\",\"csv\":\""
                + csv.replace("\n", "\\n") + "\"}";
    }

    private List<Map<String, Object>> people(int n) {
        return jdbc.sql("SELECT pin, full_name, birth_date FROM register.person WHERE pin IS NOT NULL "
                + "ORDER BY person_id LIMIT :n").param("n", n).query().listOfRows();
    }

    private String awaitDone(String jobId) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            String status = JsonPath.read(get(BULK + "/" + jobId).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(), "$.status");
            if (status.equals("DONE")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    @Test
    void aBulkUploadIsVerifiedRowByRowAuditedPerPersonAndItsResultsDownloaded() throws Exception {
        StringBuilder csv = new StringBuilder("pin,fullName,birthDate\n");
        List<Map<String, Object>> people = people(5);
        for (Map<String, Object> p : people) {
            csv.append(p.get("pin")).append(',').append(p.get("full_name")).append(',').append(p.get("birth_date"))
                    .append('\n');
        }
        csv.append(people.get(0).get("pin")).append(",Someone Else,1900\n");
        csv.append("not-a-pin,X,1990\n");

        String accepted = post(BULK, bulkBody(csv.toString())).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.totalRows").value(7))
                .andReturn().getResponse().getContentAsString();
        String jobId = JsonPath.read(accepted, "$.jobId");
        awaitDone(jobId);

        String result = get(BULK + "/" + jobId + "/result").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(result.split("\r\n")).containsExactly("row,fullName,birthDate",
                "1,MATCH,MATCH", "2,MATCH,MATCH", "3,MATCH,MATCH", "4,MATCH,MATCH", "5,MATCH,MATCH",
                "6,NO_MATCH,NO_MATCH", "7,INVALID,INVALID");
        Long perPerson = jdbc.sql("""
                        SELECT count(*) FROM audit.ledger WHERE action = 'exchange.bulk-verify' AND actor_id = :partner
                          AND object_id = :pin AND detail LIKE :job""")
                .param("partner", partner.code).param("pin", people.get(0).get("pin")).param("job", "%" + jobId + "%")
                .query(Long.class).single();
        assertThat(perPerson).isEqualTo(2);
    }

    @Test
    void anInterruptedJobResumesAfterItsCursorWithoutRedoingStoredRows() throws Exception {
        List<Map<String, Object>> people = people(3);
        StringBuilder csv = new StringBuilder("pin,fullName\n");
        people.forEach(p -> csv.append(p.get("pin")).append(',').append(p.get("full_name")).append('\n'));
        BulkJobs jobs = context.getBean(BulkJobs.class);
        UUID jobId = UUID.randomUUID();
        // as a restart leaves it: one chunk stored, status RUNNING on a server that is gone
        jobs.create(jobId, partner.code, CallContext.of("identity-check", "officer-9", "BULK-2"), "digest",
                csv.toString(), 3);
        jobs.storeChunk(jobId, 1, List.of("1,STORED-BEFORE-RESTART"), false);
        jdbc.sql("UPDATE exchange.bulk_job SET status = 'RUNNING' WHERE job_id = :id").param("id", jobId).update();

        // the runner takes the job up again as after a restart, from its cursor
        context.getBean(BulkRuns.class).start(jobId, partner.code);
        awaitDone(jobId.toString());

        assertThat(jobs.resultLines(jobId)).containsExactly("1,STORED-BEFORE-RESTART", "2,MATCH", "3,MATCH");
    }

    @Test
    void bulkRefusals() throws Exception {
        assertRefused(post(BULK, bulkBody("fullName,pin\nA,011000000001\n")), "malformed");
        assertRefused(post(BULK, bulkBody("pin,favouriteColour\n011000000001,red\n")), "attribute-not-allowed");
        assertRefused(get(BULK + "/" + UUID.randomUUID()), "job-unknown");
        assertRefused(get(BULK + "/not-a-uuid/result"), "job-unknown");

        UUID running = UUID.randomUUID();
        context.getBean(BulkJobs.class).create(running, partner.code,
                CallContext.of("identity-check", "officer-9", "BULK-3"), "digest", "pin,fullName\n011000000001,A\n", 1);
        // as a worker holds it: claimed, not finished
        jdbc.sql("UPDATE exchange.bulk_job SET status = 'RUNNING' WHERE job_id = :id").param("id", running).update();
        assertRefused(get(BULK + "/" + running + "/result"), "job-not-finished");
        assertThat(lastEntry("exchange.bulk-verify", partner.code)).containsEntry("outcome", "DENIED")
                .extractingByKey("detail").asString().contains("refused: job-not-finished");

        String jobId = JsonPath.read(post(BULK, bulkBody("pin,fullName\n011000000001,A\n"))
                .andReturn().getResponse().getContentAsString(), "$.jobId");
        partner = TestPartner.create(context, 100);
        assertRefused(get(BULK + "/" + jobId), "job-unknown");
    }

    @Test
    void moreRowsThanAllowedAreTooLarge() {
        StringBuilder csv = new StringBuilder("pin,fullName\n");
        for (int i = 0; i < 4; i++) {
            csv.append("01100000000").append(i).append(",A\n");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BulkInput.parse(csv.toString(), 3))
                .isInstanceOfSatisfying(ExchangeRefusal.class,
                        r -> assertThat(r.error()).isEqualTo(ExchangeError.TOO_LARGE));
        assertThat(BulkInput.parse(csv.toString(), 4).rows()).hasSize(4);
    }
}
