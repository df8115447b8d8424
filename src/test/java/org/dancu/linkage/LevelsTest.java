package org.dancu.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dancu.linkage.People.prepared;

import java.util.Map;

import org.junit.jupiter.api.Test;

class LevelsTest {

    private static String idLevel(String a, String b) {
        return Comparison.ID.level(Levels.id(prepared("An", a, "", "", "").pin, prepared("An", b, "", "", "").pin,
                true));
    }

    @Test
    void idLevels() {
        assertThat(idLevel("011095001234", "011095001234")).isEqualTo("exact");
        assertThat(idLevel("011 095 001 234", "011095001234")).isEqualTo("exact");
        assertThat(idLevel("11095001234", "011095001234")).as("leading zero lost").isEqualTo("exact");
        assertThat(idLevel("011095001234", "011095001284")).as("one digit").isEqualTo("one_edit");
        assertThat(idLevel("011095001234", "011095002134")).as("transposition").isEqualTo("one_edit");
        assertThat(idLevel("011095001234", "011095004321")).isEqualTo("prefix");
        assertThat(idLevel("011095001234", "012195001234").equals("one_edit")).isFalse();
        assertThat(idLevel("011095001234", "001196777777")).isEqualTo("different");
        assertThat(idLevel("", "011095001234")).isEqualTo("missing");
        assertThat(Levels.oneEdit("12345", "21435")).isFalse();
    }

    private static String nameLevel(String a, String b) {
        return Comparison.NAME.level(Levels.name(prepared(a, "", "", "", ""), prepared(b, "", "", "", "")));
    }

    @Test
    void nameLevels() {
        assertThat(nameLevel("Lò Văn Hùng", "LÒ VĂN HÙNG")).isEqualTo("exact");
        assertThat(nameLevel("Nguyễn Thị Hoà", "Nguyễn Thị Hòa")).as("tone placement").isEqualTo("exact");
        assertThat(nameLevel("Lò Văn Hùng", java.text.Normalizer.normalize("Lò Văn Hùng",
                java.text.Normalizer.Form.NFD))).as("NFD").isEqualTo("exact");
        assertThat(nameLevel("Lò Văn Hùng", "Lo Van Hung")).isEqualTo("ascii");
        assertThat(nameLevel("Lò Thị Hương", "Hương Lò Thị")).isEqualTo("reordered");
        assertThat(nameLevel("Giàng A Dình", "Giàng Dình")).isEqualTo("no_middle");
        assertThat(nameLevel("Nguyễn Văn Thanh", "Nguyễn Văn Thành")).as("ascii equal").isEqualTo("ascii");
        assertThat(nameLevel("Vàng A Sử", "Vàn A Sử")).isEqualTo("jw95");
        assertThat(nameLevel("Sùng Thị Mai", "Xùng Thị Mai")).isEqualTo("jw88");
        assertThat(nameLevel("Thào A Páo", "Thao Seo Pao")).as("middle name changed").isEqualTo("no_middle");
        assertThat(nameLevel("Lò Văn Hùng", "Quàng Thị Hùng")).isEqualTo("given_only");
        assertThat(nameLevel("Lò Văn Hùng", "Nguyễn Thị Mai")).isEqualTo("different");
        assertThat(nameLevel("", "Nguyễn Thị Mai")).isEqualTo("missing");
    }

    private static String dateLevel(String a, String b) {
        return Comparison.BIRTH_DATE.level(Levels.date(prepared("An", "", a, "", ""), prepared("An", "", b, "", "")));
    }

    @Test
    void dateLevels() {
        assertThat(dateLevel("1990-03-21", "21/03/1990")).isEqualTo("exact");
        assertThat(dateLevel("1990-03-05", "1990-05-03")).isEqualTo("day_month_swap");
        assertThat(dateLevel("1958", "1958-07-14")).isEqualTo("year_only");
        assertThat(dateLevel("1958-01-01", "1958-07-14")).isEqualTo("default_0101");
        assertThat(dateLevel("1990-03-21", "1990-08-02")).isEqualTo("same_year");
        assertThat(dateLevel("1990-03-21", "1991-03-21")).isEqualTo("one_year");
        assertThat(dateLevel("1990-03-21", "1975-03-21")).isEqualTo("different");
        assertThat(dateLevel("", "1975-03-21")).isEqualTo("missing");
        assertThat(dateLevel("not a date", "1975-03-21")).isEqualTo("missing");
    }

    @Test
    void sexLevels() {
        assertThat(Levels.sex(prepared("An", "", "", "Nữ", ""), prepared("An", "", "", "F", ""))).isZero();
        assertThat(Levels.sex(prepared("An", "", "", "Nam", ""), prepared("An", "", "", "F", ""))).isEqualTo(1);
        assertThat(Levels.sex(prepared("An", "", "", "", ""), prepared("An", "", "", "F", "")))
                .isEqualTo(Comparison.MISSING);
    }

    @Test
    void communeLevelsUseTheGivenMapping() {
        CommuneMapping communes = CommuneMapping.of(Map.of("03124", "03334", "03136", "03127", "03130", "03127"),
                Map.of("03124", "094", "03136", "094", "03130", "094", "03160", "094"));
        assertThat(commune("03124", "03124", communes)).isEqualTo("same");
        assertThat(commune("03124", "03334", communes)).as("old and new code").isEqualTo("same_mapped");
        assertThat(commune("03136", "03130", communes)).as("merged into one").isEqualTo("same_mapped");
        assertThat(commune("03124", "03160", communes)).isEqualTo("same_district");
        assertThat(commune("03124", "03400", communes)).isEqualTo("different");
        assertThat(commune("3124", "03124", communes)).as("lost zero").isEqualTo("same");
        assertThat(commune("", "03124", communes)).isEqualTo("missing");
    }

    private static String commune(String a, String b, CommuneMapping communes) {
        return Comparison.COMMUNE.level(Levels.commune(prepared(People.person("a", "An", "", "", "", a), communes),
                prepared(People.person("b", "An", "", "", "", b), communes)));
    }

    @Test
    void addressLevels() {
        assertThat(address("Bản Nà Nhạn, Xã Nà Nhạn", "ban na nhan xa na nhan")).isEqualTo("high");
        assertThat(address("Bản Nà Nhạn, Xã Nà Nhạn, Huyện Điện Biên", "Bản Nà Nhạn, Xã Nà Nhạn")).isEqualTo("medium");
        assertThat(address("Bản Nà Nhạn, Xã Nà Nhạn, Huyện Điện Biên", "Bản Huổi Só, Xã Nà Tấu")).isEqualTo("low");
        assertThat(address("Bản Nà Nhạn", "Tổ dân phố 3")).isEqualTo("none");
        assertThat(address("", "Tổ dân phố 3")).isEqualTo("missing");
    }

    private static String address(String a, String b) {
        PersonRecord x = new PersonRecord("a", "An", null, null, null, null, null, a);
        PersonRecord y = new PersonRecord("b", "An", null, null, null, null, null, b);
        return Comparison.ADDRESS.level(Levels.address(prepared(x, CommuneMapping.none()).address,
                prepared(y, CommuneMapping.none()).address));
    }

    private static Prepared kin(String ethnicity, String father, String mother) {
        return prepared(new PersonRecord("x", "An", null, null, null, null, null, null, ethnicity, father, mother),
                CommuneMapping.none());
    }

    @Test
    void ethnicityLevels() {
        assertThat(Comparison.ETHNICITY.level(Levels.ethnicity(kin("8", "", "").ethnicity, kin("08", "", "").ethnicity)))
                .as("a code that lost its leading zero").isEqualTo("same");
        assertThat(Comparison.ETHNICITY.level(Levels.ethnicity(kin("Thái", "", "").ethnicity,
                kin("THAI", "", "").ethnicity))).isEqualTo("same");
        assertThat(Comparison.ETHNICITY.level(Levels.ethnicity(kin("03", "", "").ethnicity, kin("08", "", "").ethnicity)))
                .isEqualTo("different");
        assertThat(Comparison.ETHNICITY.level(Levels.ethnicity(kin("", "", "").ethnicity, kin("08", "", "").ethnicity)))
                .isEqualTo("missing");
    }

    private static String parent(String a, String b) {
        return Comparison.FATHER_NAME.level(Levels.parent(kin("", a, "").father, kin("", b, "").father));
    }

    @Test
    void parentNameLevels() {
        assertThat(parent("Lò Văn Hùng", "LO VAN HUNG")).isEqualTo("exact");
        assertThat(parent("Lò Văn Hùng", "Lò Hùng")).as("middle name dropped").isEqualTo("similar");
        assertThat(parent("Lò Văn Hùng", "Lò Thanh Hùng")).as("middle name changed").isEqualTo("similar");
        assertThat(parent("Sùng A Páo", "Xùng A Páo")).as("one letter replaced").isEqualTo("similar");
        assertThat(parent("Lò Văn Hùng", "Lò Văn Hng")).as("one letter dropped").isEqualTo("similar");
        assertThat(parent("Lò Văn Hùng", "Lò Văn Hùgn")).as("two letters swapped").isEqualTo("similar");
        assertThat(parent("Lò Văn Tú", "Lò Văn Tuấn")).as("two letters more").isEqualTo("different");
        assertThat(parent("Lò Văn Hùng", "Lò Văn Tú")).isEqualTo("different");
        assertThat(parent("Lò Văn Hùng", "Quàng Văn Hùng")).isEqualTo("different");
        assertThat(parent("", "Lò Văn Hùng")).isEqualTo("missing");
        PersonRecord record = new PersonRecord("x", "An", null, null, null, null, null, null, null, null, "Lò Thị Ín");
        assertThat(Levels.parent(prepared(record, CommuneMapping.none()).mother, kin("", "", "Lo Thi In").mother))
                .as("the mother's name is compared as the father's").isZero();
    }

    @Test
    void jaroWinklerMatchesTheTextbookValues() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.84, org.assertj.core.data.Offset.offset(0.001));
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }
}
