package org.dancu.locality.internal.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class LocalityPageTests {

    @Autowired
    MockMvc mvc;

    private ResultActions page(String url, String... params) throws Exception {
        var request = get(url).with(user(Staff.officer()));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void startsAtTheDeploymentProvinceInTheCurrentView() throws Exception {
        page("/localities")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tỉnh Điện Biên"),
                        containsString("45 đơn vị cấp xã"),
                        containsString("Hình thành từ (trước 01/07/2025)"),
                        containsString("href=\"/localities/03334?view=current\""),
                        containsString("Phường Noong Bua"),
                        containsString("hx-get=\"/localities/search\""))));
    }

    @Test
    void theViewBeforeTheReformShowsDistricts() throws Exception {
        page("/localities/11", "view", "before2025")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("10 đơn vị cấp huyện"),
                        containsString("href=\"/localities/094?view=before2025\""),
                        containsString("Thành phố thuộc tỉnh"),
                        containsString("Số xã"))));
    }

    @Test
    void anOldDistrictShowsItsCommunesAndWhereTheyWent() throws Exception {
        page("/localities/094")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Thành phố Điện Biên Phủ"),
                        containsString("12 đơn vị cấp xã"),
                        containsString(">Noong Bua</a>"),
                        containsString("Nay thuộc (từ 01/07/2025)"),
                        containsString("href=\"/localities/03334?view=current\""),
                        containsString("aria-current=\"location\""))));
    }

    @Test
    void anOldCodeInTheCurrentViewSaysWhereItsAreaWent() throws Exception {
        page("/localities/03124", "view", "current")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Phường Noong Bua (mã 03124) chỉ tồn tại đến hết ngày 30/06/2025"),
                        containsString("Phường Mường Thanh"),
                        containsString("href=\"/localities/03124?view=before2025\""))));
    }

    @Test
    void aCurrentCommuneShowsItsPredecessorsAndTheEarlierUnitWithItsCode() throws Exception {
        page("/localities/03127")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Phường Điện Biên Phủ"),
                        containsString("Hình thành từ 6 đơn vị trước 01/07/2025"),
                        containsString("Phường Him Lam"),
                        containsString("Mã 03127 cũng từng là mã của:"))));
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        page("/localities/11", "lang", "en", "view", "before2025")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Before 1 July 2025 (province → district → commune)"),
                        containsString("10 district-level units"),
                        containsString("Provincial city"))));
    }

    @Test
    void anUnknownCodeIsATranslated404() throws Exception {
        page("/localities/99999")
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(
                        containsString("Không tìm thấy đơn vị hành chính"),
                        containsString("Mã “99999” không phải là mã của tỉnh, huyện hay xã nào"))));
        page("/localities/abc", "lang", "en")
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("“abc” is not the code of any province")));
    }

    @Test
    void searchAsYouTypeReturnsAFragment() throws Exception {
        mvc.perform(get("/localities/search").param("q", "dien bien phu").header("HX-Request", "true")
                        .with(user(Staff.officer())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Phường Điện Biên Phủ"),
                        containsString("href=\"/localities/03127?view=current\""),
                        containsString("Thành phố Điện Biên Phủ"),
                        not(containsString("<html")))))
                .andExpect(header().string("Vary", containsString("HX-Request")));
    }

    @Test
    void searchFindsByNameWithoutDiacriticsAndByCode() throws Exception {
        mvc.perform(get("/localities/search").param("q", "muong thanh").header("HX-Request", "true")
                        .with(user(Staff.officer())))
                .andExpect(content().string(allOf(containsString("Phường Mường Thanh"), containsString("Tỉnh Điện Biên"))));
        mvc.perform(get("/localities/search").param("q", "03124").header("HX-Request", "true")
                        .with(user(Staff.officer())))
                .andExpect(content().string(containsString("Phường Noong Bua")));
        mvc.perform(get("/localities/search").param("q", "zzzz").header("HX-Request", "true")
                        .with(user(Staff.officer())))
                .andExpect(content().string(containsString("Không có đơn vị nào khớp với “zzzz”.")));
    }

    @Test
    void searchWithoutScriptRendersTheWholePage() throws Exception {
        page("/localities/search", "q", "muong thanh")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html"),
                        containsString("Kết quả cho “muong thanh”"),
                        containsString("Tỉnh Điện Biên"))));
    }
}
