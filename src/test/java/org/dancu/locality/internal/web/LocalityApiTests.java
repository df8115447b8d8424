package org.dancu.locality.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class LocalityApiTests {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder staff(String url) {
        return get(url).with(user(Staff.officer()));
    }

    @Test
    void resolvesAnOldCode() throws Exception {
        mvc.perform(staff("/api/localities/03124"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.unit.code").value("03124"))
                .andExpect(jsonPath("$.unit.fullName").value("Phường Noong Bua"))
                .andExpect(jsonPath("$.unit.level").value("COMMUNE"))
                .andExpect(jsonPath("$.unit.parentCode").value("094"))
                .andExpect(jsonPath("$.unit.validUntil").value("2025-06-30"))
                .andExpect(jsonPath("$.unit.current").value(false))
                .andExpect(jsonPath("$.currentSuccessors[0].code").value("03334"))
                .andExpect(jsonPath("$.currentSuccessors[0].fullName").value("Phường Mường Thanh"))
                .andExpect(jsonPath("$.partial").value(false))
                .andExpect(jsonPath("$.sameCodeElsewhereInTime").isEmpty());
    }

    @Test
    void resolvesAReusedCodeToTheCurrentUnit() throws Exception {
        mvc.perform(staff("/api/localities/03127"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.fullName").value("Phường Điện Biên Phủ"))
                .andExpect(jsonPath("$.unit.validFrom").value("2025-07-01"))
                .andExpect(jsonPath("$.unit.current").value(true))
                .andExpect(jsonPath("$.sameCodeElsewhereInTime[0].fullName").value("Phường Him Lam"));
    }

    @Test
    void anUnknownCodeIsA404ProblemInVietnamese() throws Exception {
        mvc.perform(staff("/api/localities/99999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Không tìm thấy đơn vị hành chính"))
                .andExpect(jsonPath("$.detail").value(startsWith("Không có đơn vị hành chính nào mang mã 99999")))
                .andExpect(jsonPath("$.code").value("99999"));
    }

    @Test
    void anUnknownCodeIsA404ProblemInEnglishOnRequest() throws Exception {
        mvc.perform(staff("/api/localities/99999").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown administrative unit"))
                .andExpect(jsonPath("$.detail").value(startsWith("No administrative unit carries the code 99999")));
    }

    @Test
    void aMalformedCodeIsA400Problem() throws Exception {
        mvc.perform(staff("/api/localities/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail").value(containsString("“abc” không phải là mã đơn vị hành chính")));
        mvc.perform(staff("/api/localities/1234/children").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("“1234” is not an administrative unit code")));
    }

    @Test
    void childrenDependOnTheDate() throws Exception {
        mvc.perform(staff("/api/localities/11/children").param("asOf", "2024-06-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(10)))
                .andExpect(jsonPath("$[*].level", everyItem(org.hamcrest.Matchers.is("DISTRICT"))))
                .andExpect(jsonPath("$[0].code").value("094"));
        mvc.perform(staff("/api/localities/11/children").param("asOf", "2026-01-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(45)))
                .andExpect(jsonPath("$[*].level", everyItem(org.hamcrest.Matchers.is("COMMUNE"))));
        mvc.perform(staff("/api/localities/11/children"))
                .andExpect(jsonPath("$", hasSize(45)));
    }

    @Test
    void aBadDateIsA400Problem() throws Exception {
        mvc.perform(staff("/api/localities/11/children").param("asOf", "01/06/2024"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("'01/06/2024' của 'asOf'")));
    }

    @Test
    void childrenOfAnUnknownCodeIsA404() throws Exception {
        mvc.perform(staff("/api/localities/99999/children"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("99999"));
    }

    @Test
    void searchesWithoutDiacritics() throws Exception {
        mvc.perform(staff("/api/localities").param("q", "muong thanh").param("asOf", "2026-01-15"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("03334"))
                .andExpect(jsonPath("$[0].fullName").value("Phường Mường Thanh"));
        mvc.perform(staff("/api/localities").param("q", "xa").param("limit", "3"))
                .andExpect(jsonPath("$", hasSize(3)));
    }

    @Test
    void searchRejectsABlankQueryAndABadLimit() throws Exception {
        mvc.perform(staff("/api/localities").param("q", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("tham số q")));
        mvc.perform(staff("/api/localities"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("'q'")));
        mvc.perform(staff("/api/localities").param("q", "xa").param("limit", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("từ 1 đến 100")));
        mvc.perform(staff("/api/localities").param("q", "xa").param("limit", "many").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'many' of 'limit'")));
    }
}
